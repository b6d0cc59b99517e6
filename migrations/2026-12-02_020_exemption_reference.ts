import type { Kysely } from 'kysely';

// Frozen once landed: imports nothing from the app and works on Kysely<any>.
// The reference document of a recorded exemption (NQ 35 Art. 3.1): number and date of the district's or commune's
// letter that asks to keep the unit. Optional; the date is ISO text (yyyy-mm-dd).
export async function up(db: Kysely<any>): Promise<void> {
	await db.schema.alterTable('units').addColumn('exemption_ref_number', 'text').execute();
	await db.schema.alterTable('units').addColumn('exemption_ref_date', 'text').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
	await db.schema.alterTable('units').dropColumn('exemption_ref_date').execute();
	await db.schema.alterTable('units').dropColumn('exemption_ref_number').execute();
}
