/**
 * Scenario use cases shared by the HTTP API and the CLI: load what evaluation needs from the database, apply a
 * batch of edit operations and save it, evaluate a stored scenario. Thin glue over the repository and the domain.
 */
import type { Kysely } from 'kysely';
import { getRuleSet, RULE_SETS, type PhaseId, type RuleSet } from '../domain/rules/index.ts';
import {
	applyOps,
	evaluateScenarioOn,
	scenarioBasis,
	scenarioCatalog,
	summarizeOps,
	type ScenarioBasis,
	type ScenarioCatalog,
	type ScenarioEvaluation,
	type ScenarioOp
} from '../domain/scenario/index.ts';
import type { UnitView } from '../domain/units.ts';
import { getDataset, type DatasetRow } from './db/dataset.repository.ts';
import { listAdjacency } from './db/adjacency.repository.ts';
import {
	getScenario,
	saveScenario,
	ScenarioStateError,
	VersionConflictError,
	type Scenario
} from './db/scenario.repository.ts';
import type { DB } from './db/schema.ts';
import { listUnits } from './db/unit.repository.ts';
import { loadRuleSet } from './rules.ts';
import { datasetContext } from '../domain/units.ts';
import { bi } from '../domain/messages.ts';

/** Everything about a dataset that editing and evaluating its scenarios needs. */
export interface ScenarioWorkspace {
	dataset: DatasetRow;
	units: UnitView[];
	rules: RuleSet;
	basis: ScenarioBasis;
	catalog: ScenarioCatalog;
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

/** Load a dataset's units, adjacency and rule set (with the administrator's overrides) for scenario work. */
export async function loadWorkspace(
	db: Kysely<DB>,
	datasetId: number,
	ruleSetId: string,
	opts: { phases?: PhaseId[] } = {}
): Promise<ScenarioWorkspace> {
	const dataset = await requireDataset(db, datasetId);
	const { rules } = await loadRuleSet(db, RULE_SETS[ruleSetId] ? ruleSetId : getRuleSet().id);
	const [units, district, commune] = await Promise.all([
		listUnits(db, datasetId),
		listAdjacency(db, datasetId, 'district'),
		listAdjacency(db, datasetId, 'commune')
	]);
	const edges = (rows: { a_code: string; b_code: string }[]) => rows.map((r) => ({ a: r.a_code, b: r.b_code }));
	const basis = scenarioBasis(
		units,
		datasetContext(dataset),
		rules,
		{ district: edges(district), commune: edges(commune) },
		{ phases: opts.phases }
	);
	return { dataset, units, rules, basis, catalog: scenarioCatalog(units, rules.exemptionReasons) };
}

/** A dataset that exists, or a ScenarioStateError (dataset_not_found). */
export async function requireDataset(db: Kysely<DB>, datasetId: number): Promise<DatasetRow> {
	const dataset = await getDataset(db, datasetId);
	if (!dataset)
		throw new ScenarioStateError(
			'dataset_not_found',
			null,
			bi(`Không có bộ dữ liệu #${datasetId}.`, `No dataset #${datasetId}.`)
		);
	return dataset;
}

/** A scenario that exists and is not deleted, or a ScenarioStateError (not_found / deleted). */
export async function requireScenario(db: Kysely<DB>, id: number): Promise<Scenario> {
	const s = Number.isInteger(id) ? await getScenario(db, id) : undefined;
	if (!s) throw new ScenarioStateError('not_found', id, bi(`Không có phương án #${id}.`, `No scenario #${id}.`));
	if (s.deletedAt)
		throw new ScenarioStateError(
			'deleted',
			id,
			bi(
				`Phương án #${id} đã bị xoá (có thể khôi phục trong 30 ngày).`,
				`Scenario #${id} is deleted (restorable for 30 days).`
			)
		);
	return s;
}

/** Evaluate a stored scenario on its dataset under its rule set. */
export async function evaluateStored(
	db: Kysely<DB>,
	scenario: Scenario,
	opts: { phases?: PhaseId[] } = {}
): Promise<{ evaluation: ScenarioEvaluation; workspace: ScenarioWorkspace }> {
	const workspace = await loadWorkspace(db, scenario.datasetId, scenario.ruleSetId, opts);
	return { evaluation: evaluateScenarioOn(scenario.content, workspace.basis), workspace };
}

/**
 * Apply a batch of ops made on `expectedVersion` and save them as one new version. Throws VersionConflictError
 * (stale version: checked before the ops run, and again in the saving transaction), ScenarioOpError (an op is
 * refused: nothing saved) or ScenarioStateError.
 */
export async function applyScenarioOps(
	db: Kysely<DB>,
	id: number,
	expectedVersion: number,
	ops: readonly ScenarioOp[],
	who: string,
	opts: { phases?: PhaseId[] } = {}
): Promise<{ scenario: Scenario; evaluation: ScenarioEvaluation }> {
	const current = await requireScenario(db, id);
	// A stale client must hear "conflict", not an op error computed against content it has not seen.
	if (current.version !== expectedVersion) throw new VersionConflictError(id, expectedVersion, current.version);
	const workspace = await loadWorkspace(db, current.datasetId, current.ruleSetId, opts);
	const content = applyOps(current.content, ops, workspace.catalog);
	const scenario = await saveScenario(db, id, expectedVersion, content, who, summarizeOps(ops));
	return { scenario, evaluation: evaluateScenarioOn(scenario.content, workspace.basis) };
}
