/**
 * Scenario use cases: what routes, form actions and the CLI call. Each takes the database (no module state: no
 * assumed user, request or province) and, when it changes something, the actor who does it. The rules come from
 * domain/scenario/lifecycle.ts (frozen, undo/redo, retention, names) and domain/scenario/model.ts (edit rules);
 * the SQL from db/scenario.repository.ts. A change is one transaction that also reads back what it wrote.
 * Refusals are typed bilingual errors (ScenarioStateError, VersionConflictError, ScenarioContentError,
 * ScenarioEditError, ImportError); src/lib/server/scenario-http.ts maps them to status codes.
 */
import type { Kysely } from 'kysely';
import { datasetDefaultRuleSetId, RULE_SETS, type PhaseId } from '../../domain/rules/index.ts';
import {
	applyOps,
	diffContent,
	evaluateScenarioEdit,
	normalizeContent,
	summarizeOps,
	validateContent,
	type ScenarioContent,
	type ScenarioEditEvaluation,
	type ScenarioOp
} from '../../domain/scenario/index.ts';
import {
	afterSave,
	checkNotDeleted,
	checkRestorable,
	checkScenarioName,
	checkWritable,
	copyName,
	purgeAfter,
	redoStep,
	retentionCutoff,
	scenarioNotFound,
	stepSummary,
	undoStep,
	unknownRuleSet,
	ScenarioContentError,
	VersionConflictError,
	type NextState
} from '../../domain/scenario/lifecycle.ts';
import type { AuditEntry } from '../db/audit.repository.ts';
import type { DB } from '../db/schema.ts';
import {
	getScenario,
	getScenarioVersion,
	insertScenario,
	listDeletedBefore,
	listScenarioAudit,
	listScenarios,
	listScenarioVersions,
	lockScenario,
	removeScenarios,
	updateScenarioRow,
	writeScenarioVersion,
	type NewScenario,
	type Scenario,
	type ScenarioSummary,
	type ScenarioVersionInfo,
	type StoredScenario
} from '../db/scenario.repository.ts';
import { listUnits } from '../db/unit.repository.ts';
import { ImportError, type ImportWarning } from '../import/errors.ts';
import { readPlan } from '../import/plan-csv.ts';
import { loadWorkspace, requireDataset } from './scenario-workspace.ts';
import { both } from '../../i18n/catalogue.ts';

type Db = Kysely<DB>;

/** Who makes a change (today the signed-in `locals.user`, or the CLI's --who). Recorded in versions and audit. */
export interface Actor {
	id: string;
	name: string;
}

/** Restrict a look-up to one dataset: a scenario of another dataset is "not found" there. */
export interface DatasetScope {
	datasetId?: number;
}

// ---------------------------------------------------------------------------------------------------------------
// Reading
// ---------------------------------------------------------------------------------------------------------------

/** The rule sets a scenario can use, for a choice list. */
export function ruleSetChoices(): { id: string; document: string }[] {
	return Object.values(RULE_SETS).map((r) => ({ id: r.id, document: r.document }));
}

/**
 * A known rule set id, or a ScenarioStateError (unknown_rule_set). When none is given: the default of the dataset's
 * structure (NQ 112/2025 for a two-tier dataset), else NQ 35/2023.
 */
export function checkRuleSetId(raw: unknown, structure?: string | null): string {
	const id = raw == null || raw === '' ? datasetDefaultRuleSetId(structure) : String(raw);
	if (!RULE_SETS[id]) throw unknownRuleSet(id, Object.keys(RULE_SETS));
	return id;
}

/** A scenario that exists (in `scope.datasetId` when given), deleted or not; else not_found. */
export async function findScenario(db: Db, id: number, scope: DatasetScope = {}): Promise<Scenario> {
	const s = await getScenario(db, id);
	if (!s || (scope.datasetId != null && s.datasetId !== scope.datasetId)) throw scenarioNotFound(id);
	return s;
}

/** A scenario that exists (in `scope.datasetId` when given) and is not deleted; else not_found / deleted. */
export async function requireScenario(db: Db, id: number, scope: DatasetScope = {}): Promise<Scenario> {
	const s = await findScenario(db, id, scope);
	checkNotDeleted(s);
	return s;
}

/** A dataset's scenarios (not deleted) and those deleted within the retention period (restorable). */
export async function listDatasetScenarios(
	db: Db,
	datasetId: number,
	now = new Date()
): Promise<{ scenarios: ScenarioSummary[]; deleted: ScenarioSummary[] }> {
	await requireDataset(db, datasetId);
	const [scenarios, deleted] = await Promise.all([
		listScenarios(db, datasetId),
		listScenarios(db, datasetId, { deletedSince: retentionCutoff(now) })
	]);
	return { scenarios, deleted: deleted.map((s) => ({ ...s, purgeAfter: purgeAfter(s.deletedAt!) })) };
}

/** Saved versions (newest first) and the audit trail of a scenario (deleted ones too), values parsed. */
export async function scenarioHistory(
	db: Db,
	id: number
): Promise<{ versions: ScenarioVersionInfo[]; audit: Record<string, unknown>[] }> {
	await findScenario(db, id);
	const audit = (await listScenarioAudit(db, id)).map((a) => ({
		...a,
		before: a.before == null ? null : JSON.parse(a.before),
		after: a.after == null ? null : JSON.parse(a.after)
	}));
	return { versions: await listScenarioVersions(db, id), audit };
}

/**
 * What the scenario editor needs to evaluate in the browser as the user clicks: the dataset, the scenario (of that
 * dataset, not deleted), its units and adjacency, and the administrator's overrides of its rule set.
 */
export async function scenarioEditorData(db: Db, datasetId: number, scenarioId: number) {
	await requireDataset(db, datasetId);
	const scenario = await requireScenario(db, scenarioId, { datasetId });
	// The shared workspace: nothing is read again while the dataset and the overrides are unchanged.
	const { dataset, units, overrides, adjacency } = await loadWorkspace(db, datasetId, scenario.ruleSetId);
	return { dataset, scenario, units, overrides, adjacency };
}

// ---------------------------------------------------------------------------------------------------------------
// Writing
// ---------------------------------------------------------------------------------------------------------------

/** Run a change on a locked scenario in one transaction and read the result back inside it. */
async function change(
	db: Db,
	id: number,
	fn: (s: StoredScenario, trx: Parameters<typeof lockScenario>[0]) => Promise<void>
) {
	return db.transaction().execute(async (trx) => {
		const s = await lockScenario(trx, id);
		if (!s) throw scenarioNotFound(id);
		await fn(s, trx);
		return (await getScenario(trx, id))!;
	});
}

/** Store a validated new scenario in one transaction and read it back. */
async function store(db: Db, input: NewScenario): Promise<Scenario> {
	return db.transaction().execute(async (trx) => {
		const id = await insertScenario(trx, input, new Date().toISOString());
		return (await getScenario(trx, id))!;
	});
}

export interface CreateScenarioInput {
	datasetId: number;
	name: unknown;
	description?: string | null;
	ruleSetId?: unknown;
	/** Raw content (normalised and checked against the dataset; every problem → ScenarioContentError). */
	content?: unknown;
}

/** Create a scenario (version 1): the one validation path of the API, the form actions and the CLI. */
export async function createScenario(db: Db, actor: Actor, input: CreateScenarioInput): Promise<Scenario> {
	const dataset = await requireDataset(db, input.datasetId);
	const ruleSetId = checkRuleSetId(input.ruleSetId, dataset.structure);
	const name = checkScenarioName(input.name, null);
	const content = normalizeContent(input.content ?? {});
	if (content.groups.length || content.exemptions.length) {
		const { catalog } = await loadWorkspace(db, input.datasetId, ruleSetId);
		const problems = validateContent(content, catalog);
		if (problems.length) throw new ScenarioContentError(problems);
	}
	return store(db, {
		datasetId: input.datasetId,
		name,
		description: input.description || null,
		ruleSetId,
		content,
		who: actor.id
	});
}

/** Write a new version of a locked scenario; the version moved under the lock → conflict. */
async function writeVersion(
	trx: Parameters<typeof lockScenario>[0],
	s: StoredScenario,
	actor: Actor,
	content: ScenarioContent,
	op: 'save' | 'undo' | 'redo',
	summary: string | null,
	next: NextState
): Promise<void> {
	const at = new Date().toISOString();
	if (!(await writeScenarioVersion(trx, s, { content, who: actor.id, op, summary, next, at })))
		throw new VersionConflictError(s.id, s.version, s.version + 1);
}

/**
 * Save a new content made on `expectedVersion`. Stale version → VersionConflictError (nothing written). Returns the
 * scenario at its new version; an unchanged content writes nothing and returns the scenario as it is.
 */
export async function saveScenario(
	db: Db,
	actor: Actor,
	id: number,
	expectedVersion: number,
	content: ScenarioContent,
	summary: string | null = null
): Promise<Scenario> {
	return change(db, id, async (s, trx) => {
		checkWritable(s, expectedVersion);
		if (diffContent(s.content, content).length === 0) return;
		await writeVersion(trx, s, actor, content, 'save', summary, afterSave(s));
	});
}

/**
 * Apply a batch of ops made on `expectedVersion` and save them as one new version. Throws VersionConflictError
 * (stale version: checked before the ops run, and again in the saving transaction), ScenarioOpError (an op is
 * refused: nothing saved) or ScenarioStateError. The evaluation answered is the edit's: the groups it changed and
 * the scenario's totals, evaluated incrementally on the shared workspace (the cost does not grow with the dataset).
 */
export async function applyScenarioOps(
	db: Db,
	actor: Actor,
	id: number,
	expectedVersion: number,
	ops: readonly ScenarioOp[],
	opts: { phases?: PhaseId[] } = {}
): Promise<{ scenario: Scenario; evaluation: ScenarioEditEvaluation }> {
	const current = await requireScenario(db, id);
	// A stale client must hear "conflict", and an edit of a submitted or approved scenario "frozen", not an op error
	// computed against content it may not change.
	checkWritable(current, expectedVersion);
	const workspace = await loadWorkspace(db, current.datasetId, current.ruleSetId, opts);
	const content = applyOps(current.content, ops, workspace.catalog);
	const scenario = await saveScenario(db, actor, id, expectedVersion, content, summarizeOps(ops));
	return {
		scenario,
		evaluation: evaluateScenarioEdit(current.content, scenario.content, workspace.basis, workspace.memo, ops)
	};
}

/** Undo the last change (across saves) or redo the last undone one: the target state's content becomes a new version. */
export async function stepScenario(
	db: Db,
	actor: Actor,
	id: number,
	kind: 'undo' | 'redo',
	expectedVersion: number
): Promise<Scenario> {
	return change(db, id, async (s, trx) => {
		checkWritable(s, expectedVersion);
		const current = await getScenarioVersion(trx, id, s.stateVersion);
		const edit = { stateVersion: s.stateVersion, parentState: current?.parentState ?? null, redo: s.redo };
		const { target, next } = kind === 'undo' ? undoStep(id, edit) : redoStep(id, edit);
		const to = await getScenarioVersion(trx, id, target);
		if (!to) throw new Error(`scenario ${id}: version ${target} missing`);
		// The summary names the change undone (the current state's) or redone (the target's).
		const summary = stepSummary(target, kind === 'undo' ? (current?.summary ?? null) : to.summary);
		await writeVersion(trx, s, actor, to.content, kind, summary, next);
	});
}

/** Undo the last change (across saves). */
export const undoScenario = (db: Db, actor: Actor, id: number, expectedVersion: number) =>
	stepScenario(db, actor, id, 'undo', expectedVersion);

/** Redo the last undone change. */
export const redoScenario = (db: Db, actor: Actor, id: number, expectedVersion: number) =>
	stepScenario(db, actor, id, 'redo', expectedVersion);

/** Change a scenario's name, description or rule set (not versioned: the content does not change; audited). */
export async function updateScenarioMeta(
	db: Db,
	actor: Actor,
	id: number,
	patch: { name?: unknown; description?: string | null; ruleSetId?: unknown }
): Promise<Scenario> {
	const ruleSetId = patch.ruleSetId == null ? undefined : checkRuleSetId(patch.ruleSetId);
	return change(db, id, async (s, trx) => {
		// Submitted and approved scenarios are frozen, their name and rule set too (issue 11 item 3).
		checkWritable(s, s.version);
		const set: { name?: string; description?: string | null; rule_set_id?: string } = {};
		const audit: AuditEntry[] = [];
		const record = (field: string, before: unknown, after: unknown) =>
			audit.push({
				who: actor.id,
				dataset_id: s.datasetId,
				entity: 'scenario',
				entity_key: String(id),
				action: 'update',
				field,
				before,
				after
			});
		if (patch.name !== undefined) {
			const n = checkScenarioName(patch.name, id);
			if (n !== s.name) record('name', s.name, (set.name = n));
		}
		if (patch.description !== undefined && (patch.description ?? null) !== s.description)
			record('description', s.description, (set.description = patch.description ?? null));
		if (ruleSetId !== undefined && ruleSetId !== s.ruleSetId)
			record('rule_set_id', s.ruleSetId, (set.rule_set_id = ruleSetId));
		if (!audit.length) return;
		const at = new Date().toISOString();
		await updateScenarioRow(trx, id, { ...set, updated_at: at, updated_by: actor.id }, audit, at);
	});
}

/** Copy a scenario's current content as a new draft named "Bản sao của …" (or `name`). Frozen ones can be copied. */
export async function duplicateScenario(
	db: Db,
	actor: Actor,
	id: number,
	opts: { name?: string } & DatasetScope = {}
): Promise<Scenario> {
	const r = await requireScenario(db, id, opts);
	return store(db, {
		datasetId: r.datasetId,
		name: checkScenarioName(copyName(r.name, opts.name), null),
		description: r.description,
		ruleSetId: r.ruleSetId,
		content: r.content,
		who: actor.id,
		op: 'duplicate',
		summary: `#${id} v${r.version}`,
		copiedFrom: id
	});
}

/** Soft-delete a scenario (restorable for the retention period). */
export async function deleteScenario(
	db: Db,
	actor: Actor,
	id: number,
	opts: { now?: Date } & DatasetScope = {}
): Promise<Scenario> {
	await requireScenario(db, id, opts);
	const at = (opts.now ?? new Date()).toISOString();
	return change(db, id, async (s, trx) => {
		checkNotDeleted(s);
		const audit: AuditEntry = {
			who: actor.id,
			dataset_id: s.datasetId,
			entity: 'scenario',
			entity_key: String(id),
			action: 'delete',
			before: { name: s.name, version: s.version }
		};
		await updateScenarioRow(trx, id, { deleted_at: at, deleted_by: actor.id }, [audit], at);
	});
}

/** Restore a soft-deleted scenario within the retention period. */
export async function restoreScenario(
	db: Db,
	actor: Actor,
	id: number,
	opts: { now?: Date } & DatasetScope = {}
): Promise<Scenario> {
	await findScenario(db, id, opts);
	const now = opts.now ?? new Date();
	return change(db, id, async (s, trx) => {
		checkRestorable(s, now);
		const at = now.toISOString();
		const audit: AuditEntry = {
			who: actor.id,
			dataset_id: s.datasetId,
			entity: 'scenario',
			entity_key: String(id),
			action: 'restore',
			before: { deletedAt: s.deletedAt, deletedBy: s.deletedBy }
		};
		const set = { deleted_at: null, deleted_by: null, updated_at: at, updated_by: actor.id };
		await updateScenarioRow(trx, id, set, [audit], at);
	});
}

/** Remove for good the scenarios deleted before the retention period (versions cascade; the audit trail stays). */
export async function purgeDeletedScenarios(db: Db, actor: Actor, now = new Date()): Promise<number[]> {
	return db.transaction().execute(async (trx) => {
		const rows = await listDeletedBefore(trx, retentionCutoff(now));
		await removeScenarios(
			trx,
			rows.map((r) => r.id),
			rows.map((r) => ({
				who: actor.id,
				dataset_id: r.datasetId,
				entity: 'scenario',
				entity_key: String(r.id),
				action: 'purge',
				before: { name: r.name, deletedAt: r.deletedAt }
			})),
			now.toISOString()
		);
		return rows.map((r) => r.id);
	});
}

// ---------------------------------------------------------------------------------------------------------------
// Plans from spreadsheets
// ---------------------------------------------------------------------------------------------------------------

type PlanFile = { name: string; data: Uint8Array | string };

/** Import a plan CSV as a new scenario of a dataset (version 1). Nothing is written when the file has a problem. */
export async function importPlanScenario(
	db: Db,
	actor: Actor,
	datasetId: number,
	file: PlanFile,
	opts: { name?: string; ruleSetId?: string; description?: string | null } = {}
): Promise<{ scenario: Scenario; warnings: ImportWarning[] }> {
	let dataset;
	try {
		dataset = await requireDataset(db, datasetId);
	} catch {
		throw new ImportError('plan_no_dataset', both('services.scenarioService.noDatasetDatasetid', { datasetId }));
	}
	const ruleSetId = opts.ruleSetId ?? datasetDefaultRuleSetId(dataset.structure);
	if (!RULE_SETS[ruleSetId])
		throw new ImportError(
			'plan_unknown_rule_set',
			both('services.scenarioService.unknownRuleSetRulesetidP1', { ruleSetId, p1: Object.keys(RULE_SETS).join(', ') })
		);
	const { content, warnings } = readPlan(file, await listUnits(db, datasetId), ruleSetId);
	const scenario = await store(db, {
		datasetId,
		name: checkScenarioName(opts.name?.trim() || `Phương án từ ${file.name}`, null),
		description: opts.description ?? null,
		ruleSetId,
		content,
		who: actor.id,
		op: 'import',
		summary: `CSV ${file.name}`
	});
	return { scenario, warnings };
}

/** Replace the content of an existing scenario with a plan CSV (a versioned, conflict-checked save). */
export async function replacePlanFromCsv(
	db: Db,
	actor: Actor,
	scenarioId: number,
	expectedVersion: number,
	file: PlanFile
): Promise<{ scenario: Scenario; warnings: ImportWarning[] }> {
	const s = await getScenario(db, scenarioId);
	if (!s)
		throw new ImportError('plan_no_scenario', both('services.scenarioService.noScenarioScenarioid', { scenarioId }));
	const { content, warnings } = readPlan(file, await listUnits(db, s.datasetId), s.ruleSetId);
	const scenario = await saveScenario(db, actor, scenarioId, expectedVersion, content, `CSV ${file.name}`);
	return { scenario, warnings };
}

export { evaluateStored, loadWorkspace, parsePhases, requireDataset } from './scenario-workspace.ts';
export type { Scenario, ScenarioSummary, ScenarioVersionInfo } from '../db/scenario.repository.ts';
