import type { Kysely } from 'kysely';

// Frozen once landed: imports nothing from the app and works on Kysely<any>.
// Scenarios (phương án sắp xếp) of a dataset and every saved version of their content (undo/redo across saves).

export async function up(db: Kysely<any>): Promise<void> {
	await db.schema
		.createTable('scenarios')
		.addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
		.addColumn('dataset_id', 'integer', (c) => c.notNull().references('datasets.id').onDelete('cascade'))
		.addColumn('rule_set_id', 'text', (c) => c.notNull().defaultTo('nq35-2023'))
		.addColumn('name', 'text', (c) => c.notNull())
		.addColumn('description', 'text')
		.addColumn('status', 'text', (c) => c.notNull().defaultTo('draft')) // draft | submitted | approved | returned
		.addColumn('owner', 'text', (c) => c.notNull())
		// Optimistic concurrency: every save must name the version it was made on; +1 per saved change.
		.addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
		.addColumn('content', 'text', (c) => c.notNull()) // JSON { groups, exemptions } of the current version
		// Undo/redo: the "edit state" (version number of a create/save) whose content is current, and the states
		// that redo would bring back (JSON array, last = next redo). An undo or redo is itself a new version.
		.addColumn('state_version', 'integer', (c) => c.notNull().defaultTo(1))
		.addColumn('redo_states', 'text', (c) => c.notNull().defaultTo('[]'))
		.addColumn('created_at', 'text', (c) => c.notNull())
		.addColumn('created_by', 'text', (c) => c.notNull())
		.addColumn('updated_at', 'text', (c) => c.notNull())
		.addColumn('updated_by', 'text', (c) => c.notNull())
		.addColumn('deleted_at', 'text') // soft delete: restorable for 30 days, then purged
		.addColumn('deleted_by', 'text')
		.addColumn('copied_from', 'integer', (c) => c.references('scenarios.id').onDelete('set null'))
		.execute();
	await db.schema.createIndex('scenarios_dataset').on('scenarios').columns(['dataset_id', 'deleted_at']).execute();

	await db.schema
		.createTable('scenario_versions')
		.addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
		.addColumn('scenario_id', 'integer', (c) => c.notNull().references('scenarios.id').onDelete('cascade'))
		.addColumn('version', 'integer', (c) => c.notNull())
		.addColumn('content', 'text', (c) => c.notNull()) // JSON, the whole content at this version
		.addColumn('at', 'text', (c) => c.notNull())
		.addColumn('who', 'text', (c) => c.notNull())
		.addColumn('op', 'text', (c) => c.notNull()) // create | save | undo | redo | import | duplicate
		.addColumn('summary', 'text') // what the user did, e.g. "addMember 25111 → g1"
		// The edit state this version's content equals (= version for create/save/import/duplicate rows; the state
		// restored for undo/redo rows), and for create/save rows the state the change was applied to (undo target).
		.addColumn('state_version', 'integer', (c) => c.notNull())
		.addColumn('parent_state', 'integer')
		.execute();
	await db.schema.createIndex('scenario_versions_version').on('scenario_versions').columns(['scenario_id', 'version']).unique().execute();
}

export async function down(db: Kysely<any>): Promise<void> {
	await db.schema.dropTable('scenario_versions').ifExists().execute();
	await db.schema.dropTable('scenarios').ifExists().execute();
}
