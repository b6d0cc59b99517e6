/**
 * Plans from spreadsheets: a plan CSV imported as a new scenario (version 1), or replacing the content of an existing
 * one (a versioned, conflict-checked save). Nothing is written when the file has a problem.
 */
import type { Kysely } from 'kysely';
import { datasetDefaultRuleSetId, RULE_SETS } from '../../domain/rules/index.ts';
import { checkScenarioName } from '../../domain/scenario/lifecycle.ts';
import { getScenario, type Scenario } from '../db/scenario.repository.ts';
import type { DB } from '../db/schema.ts';
import { listUnits } from '../db/unit.repository.ts';
import { ImportError, type ImportWarning } from '../import/errors.ts';
import { readPlan } from '../import/plan-csv.ts';
import { store, type Actor } from './scenario-change.ts';
import { saveScenario } from './scenario-edit.service.ts';
import { requireDataset } from './scenario-workspace.ts';
import { both } from '../../i18n/catalogue.ts';

type Db = Kysely<DB>;

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
