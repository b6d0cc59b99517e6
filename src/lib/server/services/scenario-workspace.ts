/**
 * The per-dataset side of scenario work: a dataset's units, adjacency and rule set (with the administrator's
 * overrides) made into what editing and evaluating its scenarios needs, and the evaluation of a stored scenario.
 *
 * Workspaces are kept in memory and shared by requests (issue 14 item 2), keyed by what they are made of, read from
 * the database on every request: the dataset (id, creation time, `data_version`: every change of its units,
 * adjacency or settings adds one, migration 055), the rule set, the administrator's overrides in force (their ids
 * and values) and the phases. A change made through any app instance on the same database changes the key, so no
 * instance serves a stale workspace. The cache is per database handle and bounded (least recently used go first;
 * SCENARIO_WORKSPACE_CACHE workspaces, default 8).
 */
import type { Kysely } from 'kysely';
import { GroupMemo } from '../../domain/scenario/incremental.ts';
import type { AdjacencyEdge } from '../../domain/scenario/basis.ts';
import { datasetDataKey } from '../db/dataset-version.repository.ts';
import { listActiveOverrides } from '../db/rule-override.repository.ts';
import { DEFAULT_RULE_SET_ID, RULE_SETS, type PhaseId, type RuleSet } from '../../domain/rules/index.ts';
import {
	evaluateScenarioIncremental,
	scenarioBasis,
	scenarioCatalog,
	type ScenarioBasis,
	type ScenarioCatalog,
	type ScenarioEvaluation
} from '../../domain/scenario/index.ts';
import { datasetNotFound } from '../../domain/scenario/lifecycle.ts';
import { datasetContext, type UnitView } from '../../domain/units.ts';
import { listAdjacency } from '../db/adjacency.repository.ts';
import { getDataset, type DatasetRow } from '../db/dataset.repository.ts';
import { HandleCache } from '../handle-cache.ts';
import type { Scenario } from '../db/scenario.repository.ts';
import type { DB } from '../db/schema.ts';
import { sharedDatasetUnits } from './dataset-units.ts';
import { applyOverrides, getRuleSet } from '../../domain/rules/index.ts';

/** Everything about a dataset that editing and evaluating its scenarios needs. */
export interface ScenarioWorkspace {
	dataset: DatasetRow;
	units: UnitView[];
	rules: RuleSet;
	basis: ScenarioBasis;
	catalog: ScenarioCatalog;
	/** The administrator's overrides of the rule set in force (what the browser applies to evaluate as it edits). */
	overrides: { key: string; value: number | boolean | string }[];
	adjacency: { district: AdjacencyEdge[]; commune: AdjacencyEdge[] };
	/** Group evaluations remembered across requests and scenarios on this workspace (incremental evaluation). */
	memo: GroupMemo;
	/** The cache key (dataset data key, rule set, overrides, phases). */
	key: string;
}

const cacheLimit = () => Math.max(1, Number(process.env.SCENARIO_WORKSPACE_CACHE) || 8);
/** Per database handle: key → workspace being built or built (least recently used first). */
const caches = new HandleCache<ScenarioWorkspace>(cacheLimit);

/** How many workspaces are cached for this database handle, and their keys (tests, diagnostics). */
export function cachedWorkspaceKeys(db: Kysely<DB>): string[] {
	return caches.keys(db);
}

/** Phases from a query string ("2023-2025,2026-2030"); undefined = the rule set's default. */
export function parsePhases(raw: string | null | undefined): PhaseId[] | undefined {
	if (!raw) return undefined;
	const out = raw
		.split(',')
		.map((s) => s.trim().replace('–', '-'))
		.filter((s): s is PhaseId => s === '2023-2025' || s === '2026-2030');
	return out.length ? out : undefined;
}

/** A dataset that exists, or a ScenarioStateError (dataset_not_found). */
export async function requireDataset(db: Kysely<DB>, datasetId: number): Promise<DatasetRow> {
	const dataset = Number.isInteger(datasetId) ? await getDataset(db, datasetId) : undefined;
	if (!dataset) throw datasetNotFound(datasetId);
	return dataset;
}

/**
 * A dataset's units, adjacency and rule set (with the administrator's overrides) for scenario work: from the cache
 * when the dataset, the overrides and the phases are as they were, else loaded (two small queries per call: the
 * dataset row and the overrides in force).
 */
export async function loadWorkspace(
	db: Kysely<DB>,
	datasetId: number,
	ruleSetId: string,
	opts: { phases?: PhaseId[] } = {}
): Promise<ScenarioWorkspace> {
	const [dataset, active] = await Promise.all([
		requireDataset(db, datasetId),
		listActiveOverrides(db, RULE_SETS[ruleSetId] ? ruleSetId : DEFAULT_RULE_SET_ID)
	]);
	const base = getRuleSet(RULE_SETS[ruleSetId] ? ruleSetId : DEFAULT_RULE_SET_ID);
	const overrides = active.map((o) => ({ key: o.key, value: o.value }));
	const key = [
		datasetDataKey(dataset),
		base.id,
		active.map((o) => `${o.id}=${JSON.stringify(o.value)}`).join(','),
		opts.phases?.join(',') ?? ''
	].join('|');
	return caches.get(db, key, () => buildWorkspace(db, dataset, applyOverrides(base, overrides), overrides, key, opts));
}

/** A dataset's stored adjacency of both levels (manual edges applied) as unit code pairs, in the stored order. */
export async function datasetAdjacency(db: Kysely<DB>, datasetId: number): Promise<ScenarioWorkspace['adjacency']> {
	const [district, commune] = await Promise.all([
		listAdjacency(db, datasetId, 'district'),
		listAdjacency(db, datasetId, 'commune')
	]);
	const edges = (rows: { a_code: string; b_code: string }[]) => rows.map((r) => ({ a: r.a_code, b: r.b_code }));
	return { district: edges(district), commune: edges(commune) };
}

async function buildWorkspace(
	db: Kysely<DB>,
	dataset: DatasetRow,
	rules: RuleSet,
	overrides: ScenarioWorkspace['overrides'],
	key: string,
	opts: { phases?: PhaseId[] }
): Promise<ScenarioWorkspace> {
	const [units, adjacency] = await Promise.all([sharedDatasetUnits(db, dataset), datasetAdjacency(db, dataset.id)]);
	const basis = scenarioBasis(units, datasetContext(dataset), rules, adjacency, { phases: opts.phases });
	return {
		dataset,
		units,
		rules,
		basis,
		catalog: scenarioCatalog(units, rules.exemptionReasons),
		overrides,
		adjacency,
		memo: new GroupMemo(),
		key
	};
}

/** Evaluate a stored scenario on its dataset under its rule set. */
export async function evaluateStored(
	db: Kysely<DB>,
	scenario: Scenario,
	opts: { phases?: PhaseId[] } = {}
): Promise<{ evaluation: ScenarioEvaluation; workspace: ScenarioWorkspace }> {
	const workspace = await loadWorkspace(db, scenario.datasetId, scenario.ruleSetId, opts);
	return { evaluation: evaluateScenarioIncremental(scenario.content, workspace.basis, workspace.memo), workspace };
}
