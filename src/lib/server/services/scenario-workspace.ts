/**
 * The per-dataset side of scenario work: a dataset's units, adjacency and rule set (with the administrator's
 * overrides) made into what editing and evaluating its scenarios needs, and the evaluation of a stored scenario.
 */
import type { Kysely } from 'kysely';
import { DEFAULT_RULE_SET_ID, RULE_SETS, type PhaseId, type RuleSet } from '../../domain/rules/index.ts';
import {
	evaluateScenarioOn,
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
import type { Scenario } from '../db/scenario.repository.ts';
import type { DB } from '../db/schema.ts';
import { listUnits } from '../db/unit.repository.ts';
import { loadRuleSet } from '../rules.ts';

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

/** A dataset that exists, or a ScenarioStateError (dataset_not_found). */
export async function requireDataset(db: Kysely<DB>, datasetId: number): Promise<DatasetRow> {
	const dataset = Number.isInteger(datasetId) ? await getDataset(db, datasetId) : undefined;
	if (!dataset) throw datasetNotFound(datasetId);
	return dataset;
}

/** Load a dataset's units, adjacency and rule set (with the administrator's overrides) for scenario work. */
export async function loadWorkspace(
	db: Kysely<DB>,
	datasetId: number,
	ruleSetId: string,
	opts: { phases?: PhaseId[] } = {}
): Promise<ScenarioWorkspace> {
	const dataset = await requireDataset(db, datasetId);
	const { rules } = await loadRuleSet(db, RULE_SETS[ruleSetId] ? ruleSetId : DEFAULT_RULE_SET_ID);
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

/** Evaluate a stored scenario on its dataset under its rule set. */
export async function evaluateStored(
	db: Kysely<DB>,
	scenario: Scenario,
	opts: { phases?: PhaseId[] } = {}
): Promise<{ evaluation: ScenarioEvaluation; workspace: ScenarioWorkspace }> {
	const workspace = await loadWorkspace(db, scenario.datasetId, scenario.ruleSetId, opts);
	return { evaluation: evaluateScenarioOn(scenario.content, workspace.basis), workspace };
}
