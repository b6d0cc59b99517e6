import type { Kysely } from 'kysely';

// Frozen once landed: imports nothing from the app and works on Kysely<any>. Dialect-neutral (SQLite and PostgreSQL).
// Review comments (issue 11 item 4): on a scenario, one of its merger groups or one unit, tied to the scenario version
// they were written on; a thread is a root comment and its replies (parent_id); a root is resolved or open.

export async function up(db: Kysely<any>): Promise<void> {
	await db.schema
		.createTable('scenario_comments')
		.addColumn('id', 'text', (c) => c.primaryKey()) // crypto.randomUUID()
		.addColumn('scenario_id', 'integer', (c) => c.notNull().references('scenarios.id').onDelete('cascade'))
		.addColumn('parent_id', 'text', (c) => c.references('scenario_comments.id').onDelete('cascade'))
		.addColumn('target_kind', 'text', (c) => c.notNull()) // scenario | group | unit
		.addColumn('target_key', 'text') // group id or unit code; null for the scenario
		.addColumn('scenario_version', 'integer', (c) => c.notNull())
		.addColumn('body', 'text', (c) => c.notNull())
		.addColumn('author', 'text', (c) => c.notNull())
		.addColumn('created_at', 'text', (c) => c.notNull())
		.addColumn('resolved_at', 'text')
		.addColumn('resolved_by', 'text')
		.execute();
	await db.schema
		.createIndex('scenario_comments_scenario')
		.on('scenario_comments')
		.columns(['scenario_id', 'created_at'])
		.execute();
	await db.schema.createIndex('audit_log_at').on('audit_log').columns(['at']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
	await db.schema.dropIndex('audit_log_at').ifExists().execute();
	await db.schema.dropTable('scenario_comments').ifExists().execute();
}
