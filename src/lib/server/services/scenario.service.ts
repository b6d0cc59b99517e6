/**
 * Scenario use cases: what routes, form actions and the CLI call. Each takes the database (no module state: no
 * assumed user, request or province) and, when it changes something, the actor who does it. The rules come from
 * domain/scenario/lifecycle.ts (frozen, undo/redo, retention, names) and domain/scenario/model.ts (edit rules);
 * the SQL from db/scenario.repository.ts. A change is one transaction that also reads back what it wrote. Editing
 * the content (ops, saves, undo/redo) is in scenario-edit.service.ts, plans from spreadsheets in
 * scenario-plan.service.ts, the shared helpers in scenario-change.ts; all are exported from here.
 * Refusals are typed bilingual errors (ScenarioStateError, VersionConflictError, ScenarioContentError,
 * ScenarioEditError, ImportError); src/lib/server/scenario-http.ts maps them to status codes.
 */
import type { Kysely } from 'kysely';
import { datasetDefaultRuleSetId, RULE_SETS } from '../../domain/rules/index.ts';
import { normalizeContent, validateContent } from '../../domain/scenario/index.ts';
import {
	checkNotDeleted,
	checkRestorable,
	checkScenarioName,
	checkWritable,
	copyName,
	purgeAfter,
	retentionCutoff,
	unknownRuleSet,
	ScenarioContentError
} from '../../domain/scenario/lifecycle.ts';
import type { AuditEntry } from '../db/audit.repository.ts';
import type { DB } from '../db/schema.ts';
import {
	listDeletedBefore,
	listScenarioAudit,
	listScenarios,
	listScenarioVersions,
	removeScenarios,
	updateScenarioRow,
	type Scenario,
	type ScenarioSummary,
	type ScenarioVersionInfo
} from '../db/scenario.repository.ts';
import { change, findScenario, requireScenario, store, type Actor, type DatasetScope } from './scenario-change.ts';
import { loadWorkspace, requireDataset } from './scenario-workspace.ts';

type Db = Kysely<DB>;

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
 * What the scenario editor needs, besides the units and their adjacency (the browser fetches both from
 * GET /api/datasets/[id]/units), to evaluate in the browser as the user clicks: the dataset, the scenario (of that
 * dataset, not deleted) and the administrator's overrides of its rule set.
 */
export async function scenarioEditorData(db: Db, datasetId: number, scenarioId: number) {
	await requireDataset(db, datasetId);
	const scenario = await requireScenario(db, scenarioId, { datasetId });
	// The shared workspace (made ready for the page's edits): nothing is read again while the dataset and the
	// overrides are unchanged.
	const { dataset, overrides } = await loadWorkspace(db, datasetId, scenario.ruleSetId);
	return { dataset, scenario, overrides };
}

// ---------------------------------------------------------------------------------------------------------------
// Writing
// ---------------------------------------------------------------------------------------------------------------

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

export { evaluateStored, loadWorkspace, parsePhases, requireDataset } from './scenario-workspace.ts';
export { findScenario, requireScenario, type Actor, type DatasetScope } from './scenario-change.ts';
export { applyScenarioOps, redoScenario, saveScenario, stepScenario, undoScenario } from './scenario-edit.service.ts';
export { importPlanScenario, replacePlanFromCsv } from './scenario-plan.service.ts';
export type { Scenario, ScenarioSummary, ScenarioVersionInfo } from '../db/scenario.repository.ts';
