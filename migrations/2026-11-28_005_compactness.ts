import type { Kysely } from 'kysely';

// Frozen once landed: imports nothing from the app and works on Kysely<any>.
// Polsby–Popper compactness of each unit (4πA/P², computed at import in an equal-area projection): information
// shown beside a unit, never a criterion.
export async function up(db: Kysely<any>): Promise<void> {
	await db.schema.alterTable('units').addColumn('compactness', 'real').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
	await db.schema.alterTable('units').dropColumn('compactness').execute();
}
