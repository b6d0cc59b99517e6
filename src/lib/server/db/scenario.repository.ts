/**
 * Scenarios (phương án sắp xếp) and their versions: the only place with scenario SQL. Typed queries only; the rules
 * (frozen, undo/redo, retention, names, conflicts) live in domain/scenario/lifecycle.ts and the scenario service
 * (src/lib/server/services/scenario.service.ts), which runs these queries inside its transactions.
 *
 * Storage: `scenarios` holds the current version (and no content); every version is a row of `scenario_versions`
 * with the edit state it equals (`state_version`) and, for a saved state, the state it was saved on (`parent_state`);
 * `redo_states` is the JSON list of states undone. A version row holds its change from the version before (`delta`)
 * and, at checkpoints, the whole content (scenario-content.repository.ts). Every write appends its audit rows in the
 * same transaction.
 */
import type { Kysely, Selectable, Transaction } from 'kysely';
import {
	contentJson,
	deltaChanges,
	deltaJson,
	diffContent,
	emptyContent,
	type ContentDelta,
	type ScenarioContent
} from '../../domain/scenario/model.ts';
import type { ContentChange } from '../../domain/scenario/diff.ts';
import type { NextState, VersionOp } from '../../domain/scenario/lifecycle.ts';
import type { Scenario, ScenarioSummary, ScenarioVersionInfo } from '../../domain/scenario/stored.ts';
import { appendAudit, withWhoName, type AuditEntry, type AuditRecord } from './audit.repository.ts';
import { isCheckpoint, readContentAt, readDelta } from './scenario-content.repository.ts';
import { lockScenarioHead, undoRedoOf, type StoredHead } from './scenario-head.repository.ts';
import { scenarioBase, toSummary } from './scenario-row.ts';
import type { DB, ScenarioTable } from './schema.ts';

export type { ScenarioStatus, VersionOp } from '../../domain/scenario/lifecycle.ts';
export type { Scenario, ScenarioSummary, ScenarioVersionInfo, StoredScenario } from '../../domain/scenario/stored.ts';
export type { StoredHead } from './scenario-head.repository.ts';

type Executor = Kysely<DB> | Transaction<DB>;
type Row = Selectable<ScenarioTable>;

export { parseStates, scenarioBase } from './scenario-row.ts';

/** Audit rows for the changes between two contents (one per group field or exemption). */
function auditChanges(
	datasetId: number,
	scenarioId: number,
	changes: readonly ContentChange[],
	who: string,
	note: string
): AuditEntry[] {
	return changes.map((c) => ({
		who,
		dataset_id: datasetId,
		entity: c.entity === 'group' ? 'group' : 'scenario_exemption',
		entity_key: `${scenarioId}/${c.key}`,
		action: c.action,
		field: c.field,
		before: c.before ?? undefined,
		after: c.after ?? undefined,
		note
	}));
}

// ---------------------------------------------------------------------------------------------------------------
// Reading
// ---------------------------------------------------------------------------------------------------------------

/** One scenario (also a deleted one: check `deletedAt`), or undefined. Works inside a transaction too. */
export async function getScenario(db: Executor, id: number): Promise<Scenario | undefined> {
	if (!Number.isInteger(id)) return undefined;
	const r = await db.selectFrom('scenarios').selectAll().where('id', '=', id).executeTakeFirst();
	if (!r) return undefined;
	const content = await readContentAt(db, id, r.version, r.checkpoint_version);
	return { ...scenarioBase(r), content, ...(await undoRedoOf(db, r)) };
}

/**
 * Scenarios of a dataset that are not deleted, most recently changed first; or, with `deletedSince` (ISO), those
 * deleted at or after it, most recently deleted first. `purgeAfter` is left null (the service sets it).
 */
export async function listScenarios(
	db: Executor,
	datasetId: number,
	opts: { deletedSince?: string } = {}
): Promise<ScenarioSummary[]> {
	const q = db.selectFrom('scenarios').selectAll().where('dataset_id', '=', datasetId);
	const rows = await (
		opts.deletedSince === undefined
			? q.where('deleted_at', 'is', null).orderBy('updated_at', 'desc').orderBy('id', 'desc')
			: q.where('deleted_at', 'is not', null).where('deleted_at', '>=', opts.deletedSince).orderBy('deleted_at', 'desc')
	).execute();
	return rows.map(toSummary);
}

/** The saved versions of a scenario, newest first (without content). */
export async function listScenarioVersions(db: Executor, id: number): Promise<ScenarioVersionInfo[]> {
	const rows = await db
		.selectFrom('scenario_versions')
		.select(['version', 'at', 'who', 'op', 'summary', 'state_version'])
		.where('scenario_id', '=', id)
		.orderBy('version', 'desc')
		.execute();
	return rows.map((r) => ({
		version: r.version,
		at: r.at,
		who: r.who,
		op: r.op as VersionOp,
		summary: r.summary,
		stateVersion: r.state_version
	}));
}

/** One saved version's summary and the state it was saved on (not its content); or undefined. */
export async function getVersionStep(
	db: Executor,
	id: number,
	version: number
): Promise<{ summary: string | null; parentState: number | null } | undefined> {
	const r = await db
		.selectFrom('scenario_versions')
		.select(['summary', 'parent_state'])
		.where('scenario_id', '=', id)
		.where('version', '=', version)
		.executeTakeFirst();
	return r && { summary: r.summary, parentState: r.parent_state };
}

/** One saved version: its content, summary and the state it was saved on; or undefined. */
export async function getScenarioVersion(
	db: Executor,
	id: number,
	version: number
): Promise<{ content: ScenarioContent; summary: string | null; parentState: number | null } | undefined> {
	const r = await getVersionStep(db, id, version);
	return r && { content: await readContentAt(db, id, version), ...r };
}

/**
 * One saved version's change from the version before (null: a first version, or one written before changes were
 * stored), its summary and the state it was saved on; or undefined.
 */
export async function getVersionDelta(
	db: Executor,
	id: number,
	version: number
): Promise<{ delta: ContentDelta | null; summary: string | null; parentState: number | null } | undefined> {
	const r = await db
		.selectFrom('scenario_versions')
		.select(['delta', 'summary', 'parent_state'])
		.where('scenario_id', '=', id)
		.where('version', '=', version)
		.executeTakeFirst();
	return r && { delta: readDelta(r.delta), summary: r.summary, parentState: r.parent_state };
}

/** The audit trail of a scenario (the scenario itself, its groups and its exemptions), newest first. */
export async function listScenarioAudit(db: Executor, id: number, limit = 500): Promise<AuditRecord[]> {
	return withWhoName(db)
		.where((eb) =>
			eb.or([
				eb.and([eb('entity', '=', 'scenario'), eb('entity_key', '=', String(id))]),
				eb.and([eb('entity', 'in', ['group', 'scenario_exemption']), eb('entity_key', 'like', `${id}/%`)])
			])
		)
		.orderBy('id', 'desc')
		.limit(limit)
		.execute();
}

/** Lock a scenario's row for a change (lockScenarioRow) and read it (without its content). */
export const lockScenario = (trx: Transaction<DB>, id: number): Promise<StoredHead | undefined> =>
	lockScenarioHead(trx, id);

/** Ids of the scenarios deleted before `cutoff` (ISO), with what the purge records. */
export async function listDeletedBefore(
	db: Executor,
	cutoff: string
): Promise<{ id: number; datasetId: number; name: string; deletedAt: string }[]> {
	const rows = await db
		.selectFrom('scenarios')
		.select(['id', 'dataset_id', 'name', 'deleted_at'])
		.where('deleted_at', 'is not', null)
		.where('deleted_at', '<', cutoff)
		.execute();
	return rows.map((r) => ({ id: r.id, datasetId: r.dataset_id, name: r.name, deletedAt: r.deleted_at! }));
}

// ---------------------------------------------------------------------------------------------------------------
// Writing (inside the caller's transaction)
// ---------------------------------------------------------------------------------------------------------------

/** A new scenario as stored at version 1. */
export interface NewScenario {
	datasetId: number;
	name: string;
	description?: string | null;
	ruleSetId?: string;
	content?: ScenarioContent;
	who: string;
	/** How it came to be (default 'create'). */
	op?: 'create' | 'import' | 'duplicate';
	summary?: string | null;
	copiedFrom?: number | null;
}

/** Insert a scenario at version 1 with its version row and audit rows; returns its id. */
export async function insertScenario(trx: Executor, input: NewScenario, at: string): Promise<number> {
	const content = input.content ?? emptyContent();
	const text = JSON.stringify(content);
	const ruleSetId = input.ruleSetId ?? 'nq35-2023';
	const op = input.op ?? 'create';
	const { id } = await trx
		.insertInto('scenarios')
		.values({
			dataset_id: input.datasetId,
			rule_set_id: ruleSetId,
			name: input.name,
			description: input.description ?? null,
			owner: input.who,
			version: 1,
			state_version: 1,
			redo_states: '[]',
			created_at: at,
			created_by: input.who,
			updated_at: at,
			updated_by: input.who,
			deleted_at: null,
			deleted_by: null,
			copied_from: input.copiedFrom ?? null,
			checkpoint_version: 1,
			group_count: content.groups.length,
			exemption_count: content.exemptions.length
		})
		.returning('id')
		.executeTakeFirstOrThrow();
	await trx
		.insertInto('scenario_versions')
		.values({
			scenario_id: id,
			version: 1,
			content: text,
			at,
			who: input.who,
			op,
			summary: input.summary ?? null,
			state_version: 1,
			parent_state: null,
			delta: null,
			checkpoint: 1
		})
		.execute();
	await appendAudit(
		trx,
		[
			{
				who: input.who,
				dataset_id: input.datasetId,
				entity: 'scenario',
				entity_key: String(id),
				action: op === 'import' ? 'import' : 'create',
				after: {
					name: input.name,
					ruleSetId,
					groups: content.groups.length,
					exemptions: content.exemptions.length,
					copiedFrom: input.copiedFrom ?? null
				},
				note: input.summary ?? null
			},
			...auditChanges(input.datasetId, id, diffContent(emptyContent(), content), input.who, `v1: ${op}`)
		],
		at
	);
	return id;
}

/**
 * Store a scenario as given (version 1) in one transaction and read it back there. No rule is checked here: the
 * scenario service validates names, rule sets and content first; tests use this to set up fixtures.
 */
export async function createScenario(db: Kysely<DB>, input: NewScenario): Promise<Scenario> {
	return db.transaction().execute(async (trx) => {
		const id = await insertScenario(trx, input, new Date().toISOString());
		return (await getScenario(trx, id))!;
	});
}

/**
 * Write a new version of a locked scenario (save, undo and redo): the scenario row, the version row (the change
 * `delta` from the locked content, and the whole content when a checkpoint is due: isCheckpoint) and one audit row
 * per changed group field or exemption (plus one for an undo/redo). False when the row's version moved (cannot
 * happen while the lock is held; the caller reports a conflict). `content` is the content `delta` makes (the rows
 * hold only `delta`, except at a checkpoint, and the counts a list shows).
 */
export async function writeScenarioVersion(
	trx: Transaction<DB>,
	s: Omit<StoredHead, 'updatedAt'>,
	change: {
		delta: ContentDelta;
		content: ScenarioContent;
		who: string;
		op: VersionOp;
		summary: string | null;
		next: NextState;
		at: string;
	}
): Promise<boolean> {
	const { delta, content, who, op, summary, next, at } = change;
	const version = s.version + 1;
	const stateVersion = next.stateVersion === 'self' ? version : next.stateVersion;
	const checkpoint = isCheckpoint(version, s.checkpointVersion, delta, content);
	const res = await trx
		.updateTable('scenarios')
		.set({
			version,
			state_version: stateVersion,
			redo_states: JSON.stringify(next.redo),
			updated_at: at,
			updated_by: who,
			group_count: content.groups.length,
			exemption_count: content.exemptions.length,
			...(checkpoint ? { checkpoint_version: version } : {})
		})
		.where('id', '=', s.id)
		.where('version', '=', s.version)
		.executeTakeFirst();
	if (Number(res.numUpdatedRows) !== 1) return false;
	await trx
		.insertInto('scenario_versions')
		.values({
			scenario_id: s.id,
			version,
			content: checkpoint ? contentJson(content) : '',
			at,
			who,
			op,
			summary,
			state_version: stateVersion,
			parent_state: next.parentState,
			delta: deltaJson(delta),
			checkpoint: checkpoint ? 1 : 0
		})
		.execute();
	const note = `v${version}: ${op}${summary ? ` — ${summary}` : ''}`;
	const entries = auditChanges(s.datasetId, s.id, deltaChanges(delta), who, note);
	if (op === 'undo' || op === 'redo') {
		entries.unshift({
			who,
			dataset_id: s.datasetId,
			entity: 'scenario',
			entity_key: String(s.id),
			action: op,
			field: 'version',
			before: s.version,
			after: version,
			note
		});
	}
	await appendAudit(trx, entries, at);
	return true;
}

/** Update a scenario's row outside its content (name, description, rule set, deletion), with its audit rows. */
export async function updateScenarioRow(
	trx: Transaction<DB>,
	id: number,
	set: Partial<
		Pick<Row, 'name' | 'description' | 'rule_set_id' | 'deleted_at' | 'deleted_by' | 'updated_at' | 'updated_by'>
	>,
	audit: AuditEntry[],
	at: string
): Promise<void> {
	await trx.updateTable('scenarios').set(set).where('id', '=', id).execute();
	await appendAudit(trx, audit, at);
}

/** Remove scenarios for good (their versions cascade; the audit trail stays), with their audit rows. */
export async function removeScenarios(
	trx: Transaction<DB>,
	ids: number[],
	audit: AuditEntry[],
	at: string
): Promise<void> {
	if (!ids.length) return;
	await trx.deleteFrom('scenarios').where('id', 'in', ids).execute();
	await appendAudit(trx, audit, at);
}
