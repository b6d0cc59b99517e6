/**
 * Scenarios (phương án sắp xếp) and their versions: the only place with scenario SQL.
 *
 * - Optimistic versioning: every change names the version it was made on (`expectedVersion`); a stale one throws
 *   `VersionConflictError` with the current version and nothing is written. A change is one transaction: the new
 *   version row, the scenario row and one audit row per changed group field or exemption.
 * - Undo/redo across saves: an undo writes the previous state's content as a NEW version (so it is versioned and
 *   conflict-checked like any save); redo brings back what was undone; a save after an undo clears the redo list.
 * - Soft delete: a deleted scenario is listed as "recently deleted" and can be restored for 30 days, then purged.
 */
import type { Kysely, Selectable, Transaction } from 'kysely';
import { bi, type Bilingual } from '../../domain/messages.ts';
import { diffContent, emptyContent, normalizeContent, type ScenarioContent } from '../../domain/scenario/model.ts';
import { appendAudit, type AuditEntry } from './audit.repository.ts';
import type { AuditLogTable, DB, ScenarioTable } from './schema.ts';

/** Days a deleted scenario can be restored before `purgeDeletedScenarios` removes it. */
export const SCENARIO_RETENTION_DAYS = 30;
const DAY_MS = 86_400_000;

export type ScenarioStatus = 'draft' | 'submitted' | 'approved' | 'returned';
/** How a version came to be. */
export type VersionOp = 'create' | 'save' | 'undo' | 'redo' | 'import' | 'duplicate';

/** A scenario as the app uses it. Dates are ISO strings. */
export interface Scenario {
	id: number;
	datasetId: number;
	ruleSetId: string;
	name: string;
	description: string | null;
	status: ScenarioStatus;
	owner: string;
	version: number;
	content: ScenarioContent;
	canUndo: boolean;
	canRedo: boolean;
	createdAt: string;
	createdBy: string;
	updatedAt: string;
	updatedBy: string;
	deletedAt: string | null;
	deletedBy: string | null;
	copiedFrom: number | null;
}

/** A scenario in a list: without its content, with counts. */
export interface ScenarioSummary extends Omit<Scenario, 'content' | 'canUndo' | 'canRedo'> {
	groups: number;
	exemptions: number;
	/** For a deleted scenario: when it will be purged (ISO). */
	purgeAfter: string | null;
}

/** One saved version (the history list). */
export interface ScenarioVersionInfo {
	version: number;
	at: string;
	who: string;
	op: VersionOp;
	summary: string | null;
	/** The edit state this version's content equals (undo/redo rows point back to the state they restored). */
	stateVersion: number;
}

// ---------------------------------------------------------------------------------------------------------------
// Errors
// ---------------------------------------------------------------------------------------------------------------

/** The change was made on a version that is no longer current. Nothing was written. */
export class VersionConflictError extends Error {
	readonly scenarioId: number;
	readonly expectedVersion: number;
	readonly currentVersion: number;
	readonly messages: Bilingual;
	constructor(scenarioId: number, expectedVersion: number, currentVersion: number) {
		const messages = bi(
			`Phương án đã được sửa ở nơi khác (phiên bản hiện tại ${currentVersion}, thay đổi này dựa trên phiên bản ${expectedVersion}). Tải lại rồi làm lại thay đổi.`,
			`The scenario was changed elsewhere (current version ${currentVersion}, this change was made on version ${expectedVersion}). Reload and redo the change.`
		);
		super(messages.en);
		this.name = 'VersionConflictError';
		this.scenarioId = scenarioId;
		this.expectedVersion = expectedVersion;
		this.currentVersion = currentVersion;
		this.messages = messages;
	}
}

export type ScenarioStateCode =
	| 'not_found'
	| 'dataset_not_found'
	| 'deleted'
	| 'frozen'
	| 'nothing_to_undo'
	| 'nothing_to_redo'
	| 'not_deleted'
	| 'restore_expired'
	| 'bad_name';

/** The scenario is not in a state that allows the change (missing, deleted, approved, nothing to undo…). */
export class ScenarioStateError extends Error {
	readonly code: ScenarioStateCode;
	readonly scenarioId: number | null;
	readonly messages: Bilingual;
	constructor(code: ScenarioStateCode, scenarioId: number | null, messages: Bilingual) {
		super(messages.en);
		this.name = 'ScenarioStateError';
		this.code = code;
		this.scenarioId = scenarioId;
		this.messages = messages;
	}
}

const notFound = (id: number) =>
	new ScenarioStateError('not_found', id, bi(`Không có phương án #${id}.`, `No scenario #${id}.`));

// ---------------------------------------------------------------------------------------------------------------
// Mapping
// ---------------------------------------------------------------------------------------------------------------

type Row = Selectable<ScenarioTable>;

function parseContent(text: string): ScenarioContent {
	try {
		return normalizeContent(JSON.parse(text));
	} catch {
		return emptyContent();
	}
}

function parseStates(text: string): number[] {
	try {
		const a = JSON.parse(text);
		return Array.isArray(a) ? a.filter((x) => Number.isInteger(x)) : [];
	} catch {
		return [];
	}
}

function base(r: Row): Omit<Scenario, 'content' | 'canUndo' | 'canRedo'> {
	return {
		id: r.id,
		datasetId: r.dataset_id,
		ruleSetId: r.rule_set_id,
		name: r.name,
		description: r.description,
		status: r.status as ScenarioStatus,
		owner: r.owner,
		version: r.version,
		createdAt: r.created_at,
		createdBy: r.created_by,
		updatedAt: r.updated_at,
		updatedBy: r.updated_by,
		deletedAt: r.deleted_at,
		deletedBy: r.deleted_by,
		copiedFrom: r.copied_from
	};
}

async function toScenario(db: Kysely<DB> | Transaction<DB>, r: Row): Promise<Scenario> {
	const state = await db
		.selectFrom('scenario_versions')
		.select('parent_state')
		.where('scenario_id', '=', r.id)
		.where('version', '=', r.state_version)
		.executeTakeFirst();
	return {
		...base(r),
		content: parseContent(r.content),
		canUndo: state?.parent_state != null,
		canRedo: parseStates(r.redo_states).length > 0
	};
}

function toSummary(r: Row): ScenarioSummary {
	const c = parseContent(r.content);
	return {
		...base(r),
		groups: c.groups.length,
		exemptions: c.exemptions.length,
		purgeAfter: r.deleted_at
			? new Date(Date.parse(r.deleted_at) + SCENARIO_RETENTION_DAYS * DAY_MS).toISOString()
			: null
	};
}

/** Audit rows for the changes between two contents (one per group field or exemption). */
function auditChanges(
	datasetId: number,
	scenarioId: number,
	before: ScenarioContent,
	after: ScenarioContent,
	who: string,
	note: string
): AuditEntry[] {
	return diffContent(before, after).map((c) => ({
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

function checkName(name: string, id: number | null): string {
	const n = String(name ?? '').trim();
	if (!n || n.length > 200)
		throw new ScenarioStateError(
			'bad_name',
			id,
			bi('Tên phương án phải có từ 1 đến 200 ký tự.', 'A scenario name must have 1 to 200 characters.')
		);
	return n;
}

// ---------------------------------------------------------------------------------------------------------------
// Reading
// ---------------------------------------------------------------------------------------------------------------

/** One scenario (also a deleted one: check `deletedAt`), or undefined. */
export async function getScenario(db: Kysely<DB>, id: number): Promise<Scenario | undefined> {
	const s = db;
	const r = await s.selectFrom('scenarios').selectAll().where('id', '=', id).executeTakeFirst();
	return r && toScenario(s, r);
}

/** Scenarios of a dataset that are not deleted, most recently changed first. */
export async function listScenarios(db: Kysely<DB>, datasetId: number): Promise<ScenarioSummary[]> {
	const rows = await db
		.selectFrom('scenarios')
		.selectAll()
		.where('dataset_id', '=', datasetId)
		.where('deleted_at', 'is', null)
		.orderBy('updated_at', 'desc')
		.orderBy('id', 'desc')
		.execute();
	return rows.map((r) => toSummary(r));
}

/** Scenarios of a dataset deleted within the last 30 days (restorable), most recently deleted first. */
export async function listDeletedScenarios(
	db: Kysely<DB>,
	datasetId: number,
	now = new Date()
): Promise<ScenarioSummary[]> {
	const since = new Date(now.getTime() - SCENARIO_RETENTION_DAYS * DAY_MS).toISOString();
	const rows = await db
		.selectFrom('scenarios')
		.selectAll()
		.where('dataset_id', '=', datasetId)
		.where('deleted_at', 'is not', null)
		.where('deleted_at', '>=', since)
		.orderBy('deleted_at', 'desc')
		.execute();
	return rows.map((r) => toSummary(r));
}

/** The saved versions of a scenario, newest first (without content). */
export async function listScenarioVersions(db: Kysely<DB>, id: number): Promise<ScenarioVersionInfo[]> {
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

/** The content of one saved version (to preview history), or undefined. */
export async function getScenarioVersion(
	db: Kysely<DB>,
	id: number,
	version: number
): Promise<ScenarioContent | undefined> {
	const r = await db
		.selectFrom('scenario_versions')
		.select('content')
		.where('scenario_id', '=', id)
		.where('version', '=', version)
		.executeTakeFirst();
	return r && parseContent(r.content);
}

/** The audit trail of a scenario (the scenario itself, its groups and its exemptions), newest first. */
export async function listScenarioAudit(db: Kysely<DB>, id: number, limit = 500): Promise<Selectable<AuditLogTable>[]> {
	return db
		.selectFrom('audit_log')
		.selectAll()
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

// ---------------------------------------------------------------------------------------------------------------
// Writing
// ---------------------------------------------------------------------------------------------------------------

export interface CreateScenarioInput {
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

async function insertScenario(trx: Transaction<DB>, input: CreateScenarioInput, at: string): Promise<number> {
	const ds = await trx.selectFrom('datasets').select('id').where('id', '=', input.datasetId).executeTakeFirst();
	if (!ds)
		throw new ScenarioStateError(
			'dataset_not_found',
			null,
			bi(`Không có bộ dữ liệu #${input.datasetId}.`, `No dataset #${input.datasetId}.`)
		);
	const name = checkName(input.name, null);
	const content = input.content ?? emptyContent();
	const text = JSON.stringify(content);
	const { id } = await trx
		.insertInto('scenarios')
		.values({
			dataset_id: input.datasetId,
			rule_set_id: input.ruleSetId ?? 'nq35-2023',
			name,
			description: input.description ?? null,
			owner: input.who,
			version: 1,
			content: text,
			state_version: 1,
			redo_states: '[]',
			created_at: at,
			created_by: input.who,
			updated_at: at,
			updated_by: input.who,
			deleted_at: null,
			deleted_by: null,
			copied_from: input.copiedFrom ?? null
		})
		.returning('id')
		.executeTakeFirstOrThrow();
	const op = input.op ?? 'create';
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
			parent_state: null
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
					name,
					ruleSetId: input.ruleSetId ?? 'nq35-2023',
					groups: content.groups.length,
					exemptions: content.exemptions.length,
					copiedFrom: input.copiedFrom ?? null
				},
				note: input.summary ?? null
			},
			...auditChanges(input.datasetId, id, emptyContent(), content, input.who, `v1: ${op}`)
		],
		at
	);
	return id;
}

/** Create a scenario (version 1) in one transaction, with its audit rows. */
export async function createScenario(db: Kysely<DB>, input: CreateScenarioInput): Promise<Scenario> {
	const s = db;
	const id = await s.transaction().execute((trx) => insertScenario(trx, input, new Date().toISOString()));
	return (await getScenario(db, id))!;
}

/**
 * Take SQLite's write lock first, so that two writers (even in two processes) are serialised before either reads:
 * the first statement of the transaction is a write, which waits for the lock (busy_timeout) rather than failing
 * on a stale snapshot.
 */
async function lockRow(trx: Transaction<DB>, id: number): Promise<Row> {
	await trx
		.updateTable('scenarios')
		.set((eb) => ({ version: eb.ref('version') }))
		.where('id', '=', id)
		.execute();
	const r = await trx.selectFrom('scenarios').selectAll().where('id', '=', id).executeTakeFirst();
	if (!r) throw notFound(id);
	return r;
}

/** Checks before any content change: exists, not deleted, not frozen, version current. */
function checkWritable(r: Row, expectedVersion: number): void {
	if (r.deleted_at) {
		throw new ScenarioStateError(
			'deleted',
			r.id,
			bi(
				`Phương án #${r.id} đã bị xoá; khôi phục trước khi sửa.`,
				`Scenario #${r.id} is deleted; restore it before editing.`
			)
		);
	}
	if (r.status === 'approved') {
		throw new ScenarioStateError(
			'frozen',
			r.id,
			bi(
				`Phương án #${r.id} đã được phê duyệt nên không sửa được; hãy tạo bản sao để sửa.`,
				`Scenario #${r.id} is approved and frozen; duplicate it to make changes.`
			)
		);
	}
	if (r.version !== expectedVersion) throw new VersionConflictError(r.id, expectedVersion, r.version);
}

/** Write a new version of a scenario (the common tail of save, undo and redo). */
async function writeVersion(
	trx: Transaction<DB>,
	r: Row,
	content: ScenarioContent,
	who: string,
	op: VersionOp,
	summary: string | null,
	state: { stateVersion: number | 'self'; parentState: number | null; redo: number[] }
): Promise<void> {
	const at = new Date().toISOString();
	const version = r.version + 1;
	const stateVersion = state.stateVersion === 'self' ? version : state.stateVersion;
	const text = JSON.stringify(content);
	const res = await trx
		.updateTable('scenarios')
		.set({
			version,
			content: text,
			state_version: stateVersion,
			redo_states: JSON.stringify(state.redo),
			updated_at: at,
			updated_by: who
		})
		.where('id', '=', r.id)
		.where('version', '=', r.version)
		.executeTakeFirst();
	// Cannot happen while the row lock is held; kept as the last guard of the optimistic check.
	if (Number(res.numUpdatedRows) !== 1) throw new VersionConflictError(r.id, r.version, r.version + 1);
	await trx
		.insertInto('scenario_versions')
		.values({
			scenario_id: r.id,
			version,
			content: text,
			at,
			who,
			op,
			summary,
			state_version: stateVersion,
			parent_state: state.parentState
		})
		.execute();
	const note = `v${version}: ${op}${summary ? ` — ${summary}` : ''}`;
	const entries = auditChanges(r.dataset_id, r.id, parseContent(r.content), content, who, note);
	if (op === 'undo' || op === 'redo') {
		entries.unshift({
			who,
			dataset_id: r.dataset_id,
			entity: 'scenario',
			entity_key: String(r.id),
			action: op,
			field: 'version',
			before: r.version,
			after: version,
			note
		});
	}
	await appendAudit(trx, entries, at);
}

/**
 * Save a new content made on `expectedVersion`. Stale version → VersionConflictError (nothing written). Returns the
 * scenario at its new version; an unchanged content writes nothing and returns the scenario as it is.
 */
export async function saveScenario(
	db: Kysely<DB>,
	id: number,
	expectedVersion: number,
	content: ScenarioContent,
	who: string,
	summary: string | null = null
): Promise<Scenario> {
	const s = db;
	await s.transaction().execute(async (trx) => {
		const r = await lockRow(trx, id);
		checkWritable(r, expectedVersion);
		if (diffContent(parseContent(r.content), content).length === 0) return;
		await writeVersion(trx, r, content, who, 'save', summary, {
			stateVersion: 'self',
			parentState: r.state_version,
			redo: []
		});
	});
	return (await getScenario(db, id))!;
}

/** Undo the last change (across saves): the previous state's content becomes a new version. */
export async function undoScenario(
	db: Kysely<DB>,
	id: number,
	expectedVersion: number,
	who: string
): Promise<Scenario> {
	const s = db;
	await s.transaction().execute(async (trx) => {
		const r = await lockRow(trx, id);
		checkWritable(r, expectedVersion);
		const cur = await trx
			.selectFrom('scenario_versions')
			.select(['parent_state', 'summary'])
			.where('scenario_id', '=', id)
			.where('version', '=', r.state_version)
			.executeTakeFirst();
		if (cur?.parent_state == null) {
			throw new ScenarioStateError(
				'nothing_to_undo',
				id,
				bi('Không còn thay đổi nào để hoàn tác.', 'Nothing to undo.')
			);
		}
		const target = await trx
			.selectFrom('scenario_versions')
			.select('content')
			.where('scenario_id', '=', id)
			.where('version', '=', cur.parent_state)
			.executeTakeFirstOrThrow();
		await writeVersion(
			trx,
			r,
			parseContent(target.content),
			who,
			'undo',
			`→ v${cur.parent_state}${cur.summary ? ` (${cur.summary})` : ''}`,
			{
				stateVersion: cur.parent_state,
				parentState: null,
				redo: [...parseStates(r.redo_states), r.state_version]
			}
		);
	});
	return (await getScenario(db, id))!;
}

/** Redo the last undone change: its content becomes a new version. */
export async function redoScenario(
	db: Kysely<DB>,
	id: number,
	expectedVersion: number,
	who: string
): Promise<Scenario> {
	const s = db;
	await s.transaction().execute(async (trx) => {
		const r = await lockRow(trx, id);
		checkWritable(r, expectedVersion);
		const redo = parseStates(r.redo_states);
		const next = redo.pop();
		if (next == null)
			throw new ScenarioStateError('nothing_to_redo', id, bi('Không có thay đổi nào để làm lại.', 'Nothing to redo.'));
		const target = await trx
			.selectFrom('scenario_versions')
			.select(['content', 'summary'])
			.where('scenario_id', '=', id)
			.where('version', '=', next)
			.executeTakeFirstOrThrow();
		await writeVersion(
			trx,
			r,
			parseContent(target.content),
			who,
			'redo',
			`→ v${next}${target.summary ? ` (${target.summary})` : ''}`,
			{
				stateVersion: next,
				parentState: null,
				redo
			}
		);
	});
	return (await getScenario(db, id))!;
}

/** Change a scenario's name, description or rule set (not versioned: the content does not change; audited). */
export async function updateScenarioMeta(
	db: Kysely<DB>,
	id: number,
	patch: { name?: string; description?: string | null; ruleSetId?: string },
	who: string
): Promise<Scenario> {
	const s = db;
	await s.transaction().execute(async (trx) => {
		const r = await lockRow(trx, id);
		if (r.deleted_at)
			throw new ScenarioStateError('deleted', id, bi(`Phương án #${id} đã bị xoá.`, `Scenario #${id} is deleted.`));
		const set: { name?: string; description?: string | null; rule_set_id?: string } = {};
		const audit: AuditEntry[] = [];
		const at = new Date().toISOString();
		if (patch.name !== undefined) {
			const n = checkName(patch.name, id);
			if (n !== r.name) {
				set.name = n;
				audit.push({
					who,
					dataset_id: r.dataset_id,
					entity: 'scenario',
					entity_key: String(id),
					action: 'update',
					field: 'name',
					before: r.name,
					after: n
				});
			}
		}
		if (patch.description !== undefined && (patch.description ?? null) !== r.description) {
			set.description = patch.description ?? null;
			audit.push({
				who,
				dataset_id: r.dataset_id,
				entity: 'scenario',
				entity_key: String(id),
				action: 'update',
				field: 'description',
				before: r.description,
				after: set.description
			});
		}
		if (patch.ruleSetId !== undefined && patch.ruleSetId !== r.rule_set_id) {
			set.rule_set_id = patch.ruleSetId;
			audit.push({
				who,
				dataset_id: r.dataset_id,
				entity: 'scenario',
				entity_key: String(id),
				action: 'update',
				field: 'rule_set_id',
				before: r.rule_set_id,
				after: patch.ruleSetId
			});
		}
		if (!audit.length) return;
		await trx
			.updateTable('scenarios')
			.set({ ...set, updated_at: at, updated_by: who })
			.where('id', '=', id)
			.execute();
		await appendAudit(trx, audit, at);
	});
	return (await getScenario(db, id))!;
}

/** Copy a scenario's current content as a new draft named "Bản sao của …" (or `name`). */
export async function duplicateScenario(
	db: Kysely<DB>,
	id: number,
	who: string,
	opts: { name?: string } = {}
): Promise<Scenario> {
	const s = db;
	const newId = await s.transaction().execute(async (trx) => {
		const r = await trx.selectFrom('scenarios').selectAll().where('id', '=', id).executeTakeFirst();
		if (!r) throw notFound(id);
		if (r.deleted_at)
			throw new ScenarioStateError('deleted', id, bi(`Phương án #${id} đã bị xoá.`, `Scenario #${id} is deleted.`));
		const name = opts.name?.trim() || `Bản sao của ${r.name}`.slice(0, 200);
		return insertScenario(
			trx,
			{
				datasetId: r.dataset_id,
				name,
				description: r.description,
				ruleSetId: r.rule_set_id,
				content: parseContent(r.content),
				who,
				op: 'duplicate',
				summary: `#${id} v${r.version}`,
				copiedFrom: id
			},
			new Date().toISOString()
		);
	});
	return (await getScenario(db, newId))!;
}

/** Soft-delete a scenario (restorable for 30 days). */
export async function deleteScenario(db: Kysely<DB>, id: number, who: string, now = new Date()): Promise<Scenario> {
	const s = db;
	await s.transaction().execute(async (trx) => {
		const r = await lockRow(trx, id);
		if (r.deleted_at) return;
		const at = now.toISOString();
		await trx.updateTable('scenarios').set({ deleted_at: at, deleted_by: who }).where('id', '=', id).execute();
		await appendAudit(
			trx,
			[
				{
					who,
					dataset_id: r.dataset_id,
					entity: 'scenario',
					entity_key: String(id),
					action: 'delete',
					before: { name: r.name, version: r.version }
				}
			],
			at
		);
	});
	return (await getScenario(db, id))!;
}

/** Restore a soft-deleted scenario within 30 days of its deletion. */
export async function restoreScenario(db: Kysely<DB>, id: number, who: string, now = new Date()): Promise<Scenario> {
	const s = db;
	await s.transaction().execute(async (trx) => {
		const r = await lockRow(trx, id);
		if (!r.deleted_at)
			throw new ScenarioStateError(
				'not_deleted',
				id,
				bi(`Phương án #${id} chưa bị xoá.`, `Scenario #${id} is not deleted.`)
			);
		if (now.getTime() - Date.parse(r.deleted_at) > SCENARIO_RETENTION_DAYS * DAY_MS) {
			throw new ScenarioStateError(
				'restore_expired',
				id,
				bi(
					`Phương án #${id} đã bị xoá quá ${SCENARIO_RETENTION_DAYS} ngày, không khôi phục được.`,
					`Scenario #${id} was deleted more than ${SCENARIO_RETENTION_DAYS} days ago and cannot be restored.`
				)
			);
		}
		const at = now.toISOString();
		await trx
			.updateTable('scenarios')
			.set({ deleted_at: null, deleted_by: null, updated_at: at, updated_by: who })
			.where('id', '=', id)
			.execute();
		await appendAudit(
			trx,
			[
				{
					who,
					dataset_id: r.dataset_id,
					entity: 'scenario',
					entity_key: String(id),
					action: 'restore',
					before: { deletedAt: r.deleted_at, deletedBy: r.deleted_by }
				}
			],
			at
		);
	});
	return (await getScenario(db, id))!;
}

/** Remove for good the scenarios deleted more than 30 days before `now` (versions cascade; the audit trail stays). */
export async function purgeDeletedScenarios(db: Kysely<DB>, who: string, now = new Date()): Promise<number[]> {
	const s = db;
	const cutoff = new Date(now.getTime() - SCENARIO_RETENTION_DAYS * DAY_MS).toISOString();
	return s.transaction().execute(async (trx) => {
		const rows = await trx
			.selectFrom('scenarios')
			.select(['id', 'dataset_id', 'name', 'deleted_at'])
			.where('deleted_at', 'is not', null)
			.where('deleted_at', '<', cutoff)
			.execute();
		if (!rows.length) return [];
		await trx
			.deleteFrom('scenarios')
			.where(
				'id',
				'in',
				rows.map((r) => r.id)
			)
			.execute();
		await appendAudit(
			trx,
			rows.map((r) => ({
				who,
				dataset_id: r.dataset_id,
				entity: 'scenario',
				entity_key: String(r.id),
				action: 'purge',
				before: { name: r.name, deletedAt: r.deleted_at }
			})),
			now.toISOString()
		);
		return rows.map((r) => r.id);
	});
}
