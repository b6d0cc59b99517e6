import type { Kysely } from 'kysely';

// Frozen once landed: imports nothing from the app and works on Kysely<any>.
// The staffing inputs of a scenario (effective date, the typical leaver, per-group plans): one JSON document
// per scenario, versioned by a counter of its own so two editors of the staffing tab cannot overwrite each other.
export async function up(db: Kysely<any>): Promise<void> {
	await db.schema
		.createTable('scenario_staffing')
		.addColumn('scenario_id', 'integer', (c) => c.primaryKey().references('scenarios.id').onDelete('cascade'))
		.addColumn('inputs', 'text', (c) => c.notNull()) // JSON
		.addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
		.addColumn('updated_at', 'text', (c) => c.notNull())
		.addColumn('updated_by', 'text', (c) => c.notNull())
		.execute();
}

export async function down(db: Kysely<any>): Promise<void> {
	await db.schema.dropTable('scenario_staffing').ifExists().execute();
}
