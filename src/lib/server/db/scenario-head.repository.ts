/**
 * A scenario's row (the "head": version, status, undo/redo state; it holds no content), and its content read apart.
 * The edit path (issue 14 item 2) reads the head on every request and takes the content from the service's cache
 * while the head's version and update time are those of the cached copy, so a click parses no content and never
 * moves the whole content JSON out of the database. The content is the versions' (scenario-content.repository.ts):
 * the latest checkpoint and the deltas after it.
 */
import type { Kysely, Transaction } from 'kysely';
import type { ScenarioContent } from '../../domain/scenario/model.ts';
import type { Scenario, StoredScenario } from '../../domain/scenario/stored.ts';
import type { DB } from './schema.ts';
import { readContentAt } from './scenario-content.repository.ts';
import { parseStates, scenarioBase } from './scenario-row.ts';

type Executor = Kysely<DB> | Transaction<DB>;

/** A scenario without its content. */
export type ScenarioHead = Omit<Scenario, 'content'>;
/**
 * A locked scenario row without its content, with its update time (the content cache's check) and the version of
 * its latest checkpoint (when the next one is due).
 */
export type StoredHead = Omit<StoredScenario, 'content'> & { updatedAt: string; checkpointVersion: number };

const HEAD_COLUMNS = [
	'id',
	'dataset_id',
	'rule_set_id',
	'name',
	'description',
	'status',
	'owner',
	'version',
	'state_version',
	'redo_states',
	'created_at',
	'created_by',
	'updated_at',
	'updated_by',
	'deleted_at',
	'deleted_by',
	'copied_from',
	'checkpoint_version'
] as const;

/** The undo/redo flags of a scenario row: whether its state was saved on another, whether states were undone. */
export async function undoRedoOf(
	db: Executor,
	r: { id: number; state_version: number; redo_states: string }
): Promise<{ canUndo: boolean; canRedo: boolean }> {
	const state = await db
		.selectFrom('scenario_versions')
		.select('parent_state')
		.where('scenario_id', '=', r.id)
		.where('version', '=', r.state_version)
		.executeTakeFirst();
	return { canUndo: state?.parent_state != null, canRedo: parseStates(r.redo_states).length > 0 };
}

/** One scenario without its content (also a deleted one), or undefined. Works inside a transaction too. */
export async function getScenarioHead(db: Executor, id: number): Promise<ScenarioHead | undefined> {
	if (!Number.isInteger(id)) return undefined;
	const r = await db.selectFrom('scenarios').select(HEAD_COLUMNS).where('id', '=', id).executeTakeFirst();
	return r && { ...scenarioBase(r), ...(await undoRedoOf(db, r)) };
}

/**
 * Take a scenario row's lock for a change: the first statement of the transaction is a write, so that two writers
 * (even in two processes or app instances) are serialised before either reads: on SQLite it takes the database's
 * write lock (waiting up to busy_timeout rather than failing on a stale snapshot), on PostgreSQL the row's lock (the
 * second writer waits, then reads the committed row: read committed). Same SQL on both.
 */
export async function lockScenarioRow(trx: Transaction<DB>, id: number): Promise<void> {
	await trx
		.updateTable('scenarios')
		.set((eb) => ({ version: eb.ref('version') }))
		.where('id', '=', id)
		.execute();
}

/** Lock a scenario's row for a change (lockScenarioRow) and read it without its content. */
export async function lockScenarioHead(trx: Transaction<DB>, id: number): Promise<StoredHead | undefined> {
	if (!Number.isInteger(id)) return undefined;
	await lockScenarioRow(trx, id);
	const r = await trx.selectFrom('scenarios').select(HEAD_COLUMNS).where('id', '=', id).executeTakeFirst();
	if (!r) return undefined;
	const { datasetId, ruleSetId, name, description, status, version, deletedAt, deletedBy, updatedAt } = scenarioBase(r);
	return {
		...{ id: r.id, datasetId, ruleSetId, name, description, status, version, deletedAt, deletedBy, updatedAt },
		stateVersion: r.state_version,
		redo: parseStates(r.redo_states),
		checkpointVersion: r.checkpoint_version
	};
}

/** A scenario's current content with the version and update time it belongs to, or undefined. */
export async function getScenarioContent(
	db: Executor,
	id: number
): Promise<{ content: ScenarioContent; version: number; updatedAt: string } | undefined> {
	const r = await db
		.selectFrom('scenarios')
		.select(['version', 'updated_at', 'checkpoint_version'])
		.where('id', '=', id)
		.executeTakeFirst();
	if (!r) return undefined;
	return {
		content: await readContentAt(db, id, r.version, r.checkpoint_version),
		version: r.version,
		updatedAt: r.updated_at
	};
}
