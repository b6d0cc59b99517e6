import type { Kysely } from 'kysely';

// Frozen once landed: imports nothing from the app and works on Kysely<any>. Dialect-neutral (SQLite and PostgreSQL).
// Import jobs (issue 14 item 3): an upload becomes a job run in a worker thread; its status, step and progress are
// kept here so that any app instance can report it and the page can be left and come back.

export async function up(db: Kysely<any>): Promise<void> {
	await db.schema
		.createTable('import_jobs')
		.addColumn('id', 'text', (c) => c.primaryKey()) // crypto.randomUUID()
		.addColumn('status', 'text', (c) => c.notNull()) // queued | running | done | failed
		.addColumn('step', 'text', (c) => c.notNull()) // upload | parse | adjacency | quality | store | done
		.addColumn('progress', 'double precision', (c) => c.notNull()) // 0..1 over all steps
		.addColumn('steps_json', 'text', (c) => c.notNull()) // [{step, started_at, ms}] of the steps reached
		.addColumn('file_names', 'text', (c) => c.notNull())
		.addColumn('upload_bytes', 'integer', (c) => c.notNull())
		.addColumn('dataset_id', 'integer') // set when done
		.addColumn('result_json', 'text') // counts and warnings when done
		.addColumn('error_code', 'text')
		.addColumn('message_vi', 'text')
		.addColumn('message_en', 'text')
		.addColumn('created_by', 'text', (c) => c.notNull())
		.addColumn('created_at', 'text', (c) => c.notNull())
		.addColumn('updated_at', 'text', (c) => c.notNull())
		.execute();
	await db.schema
		.createIndex('import_jobs_created_by')
		.on('import_jobs')
		.columns(['created_by', 'created_at'])
		.execute();
}

export async function down(db: Kysely<any>): Promise<void> {
	await db.schema.dropTable('import_jobs').ifExists().execute();
}
