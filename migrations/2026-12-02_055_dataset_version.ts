import type { Kysely } from 'kysely';

// Frozen once landed: imports nothing from the app and works on Kysely<any>.
// A change counter per dataset: every change of its units or adjacency adds one, in the same transaction. Servers
// key their in-memory copy of a dataset (units, adjacency, compiled rules, simplified geometry) by it, so a change
// made through any app instance on the same database is seen by all of them.
export async function up(db: Kysely<any>): Promise<void> {
	await db.schema
		.alterTable('datasets')
		.addColumn('data_version', 'integer', (c) => c.notNull().defaultTo(1))
		.execute();
}

export async function down(db: Kysely<any>): Promise<void> {
	await db.schema.alterTable('datasets').dropColumn('data_version').execute();
}
