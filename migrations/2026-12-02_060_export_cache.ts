import type { Kysely } from 'kysely';

// Frozen once landed: imports nothing from the app and works on Kysely<any>. Dialect-neutral (SQLite and PostgreSQL).
// The dossier's export cache (issue 12 item 7): the last file made for each (scenario, format, level, language), with
// the scenario version and the data stamp it was made from; a newer version or stamp makes it stale. The bytes are
// stored as base64 text: the same column type on both databases and through `db copy`.

export async function up(db: Kysely<any>): Promise<void> {
	await db.schema
		.createTable('export_cache')
		.addColumn('scenario_id', 'integer', (c) => c.notNull().references('scenarios.id').onDelete('cascade'))
		.addColumn('format', 'text', (c) => c.notNull())
		.addColumn('level', 'text', (c) => c.notNull())
		.addColumn('lang', 'text', (c) => c.notNull())
		.addColumn('scenario_version', 'integer', (c) => c.notNull())
		.addColumn('data_stamp', 'text', (c) => c.notNull())
		.addColumn('filename', 'text', (c) => c.notNull())
		.addColumn('content_type', 'text', (c) => c.notNull())
		.addColumn('size', 'integer', (c) => c.notNull())
		.addColumn('content_base64', 'text', (c) => c.notNull())
		.addColumn('created_at', 'text', (c) => c.notNull())
		.addPrimaryKeyConstraint('export_cache_pk', ['scenario_id', 'format', 'level', 'lang'])
		.execute();
}

export async function down(db: Kysely<any>): Promise<void> {
	await db.schema.dropTable('export_cache').ifExists().execute();
}
