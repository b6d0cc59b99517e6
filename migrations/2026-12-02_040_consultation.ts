import type { Kysely } from 'kysely';

// Frozen once landed: imports nothing from the app and works on Kysely<any>. Dialect-neutral (SQLite and PostgreSQL):
// text ids, integer counts, ISO dates as text, no autoincrement.
// Public consultation of a scenario (issue 12 item 1; domain.md §7): per affected unit, the voters consulted and how
// many agreed (the rate must exceed 50%), with the date; and the People's Council resolutions at commune, district and
// province level with their votes.

export async function up(db: Kysely<any>): Promise<void> {
	await db.schema
		.createTable('consultation_votes')
		.addColumn('scenario_id', 'integer', (c) => c.notNull().references('scenarios.id').onDelete('cascade'))
		.addColumn('unit_code', 'text', (c) => c.notNull()) // GSO code, text (leading zeros)
		.addColumn('voters', 'integer') // persons on the voters' list; null = not entered yet
		.addColumn('agreeing', 'integer') // persons who agreed; null = not entered yet
		.addColumn('vote_date', 'text') // ISO yyyy-mm-dd
		.addColumn('note', 'text')
		.addColumn('updated_at', 'text', (c) => c.notNull())
		.addColumn('updated_by', 'text', (c) => c.notNull())
		.addPrimaryKeyConstraint('consultation_votes_pk', ['scenario_id', 'unit_code'])
		.execute();

	await db.schema
		.createTable('council_resolutions')
		.addColumn('id', 'text', (c) => c.primaryKey()) // crypto.randomUUID()
		.addColumn('scenario_id', 'integer', (c) => c.notNull().references('scenarios.id').onDelete('cascade'))
		.addColumn('level', 'text', (c) => c.notNull()) // commune | district | province
		.addColumn('unit_code', 'text') // the commune or district whose council voted; null for the province
		.addColumn('number', 'text', (c) => c.notNull()) // e.g. "15/NQ-HĐND"
		.addColumn('resolution_date', 'text', (c) => c.notNull()) // ISO yyyy-mm-dd
		.addColumn('votes_for', 'integer', (c) => c.notNull())
		.addColumn('votes_against', 'integer', (c) => c.notNull())
		.addColumn('votes_abstaining', 'integer', (c) => c.notNull())
		.addColumn('note', 'text')
		.addColumn('created_at', 'text', (c) => c.notNull())
		.addColumn('created_by', 'text', (c) => c.notNull())
		.addColumn('updated_at', 'text', (c) => c.notNull())
		.addColumn('updated_by', 'text', (c) => c.notNull())
		.execute();
	await db.schema
		.createIndex('council_resolutions_scenario')
		.on('council_resolutions')
		.columns(['scenario_id', 'level', 'unit_code'])
		.execute();
}

export async function down(db: Kysely<any>): Promise<void> {
	await db.schema.dropTable('council_resolutions').ifExists().execute();
	await db.schema.dropTable('consultation_votes').ifExists().execute();
}
