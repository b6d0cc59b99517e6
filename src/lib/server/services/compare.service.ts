/**
 * Comparing 2–4 scenarios of one dataset (issue 11 item 5): each scenario's evaluation and staffing come from
 * computeScenarioStaffing (which evaluates through evaluateStored), the very function the scenario's staffing tab
 * and its map panel read, so the compare page shows the same figures as the scenario's own pages.
 */
import type { Kysely } from 'kysely';
import {
	compareScenarios,
	otherDatasetError,
	parseCompareSelection,
	scenarioDeletedError,
	scenarioMissingError,
	type ScenarioComparison
} from '../../domain/scenario/compare.ts';
import { getScenario } from '../db/scenario.repository.ts';
import type { DatasetRow } from '../db/dataset.repository.ts';
import type { DB } from '../db/schema.ts';
import { computeScenarioStaffing } from '../scenario-staffing.ts';
import { requireDataset } from './scenario-workspace.ts';

/**
 * The comparison of the scenarios named by `selection` ("1,2,3") within dataset `datasetId`. Throws a
 * ScenarioStateError (dataset_not_found) or a CompareSelectionError (too few or too many, not ids, a scenario
 * missing, deleted or of another dataset), each with a bilingual message.
 */
export async function compareDatasetScenarios(
	db: Kysely<DB>,
	datasetId: number,
	selection: string | null | undefined
): Promise<{ dataset: DatasetRow; comparison: ScenarioComparison }> {
	const dataset = await requireDataset(db, datasetId);
	const ids = parseCompareSelection(selection);
	const scenarios = [];
	for (const id of ids) {
		const s = await getScenario(db, id);
		if (!s) throw scenarioMissingError(id);
		if (s.datasetId !== dataset.id) throw otherDatasetError(id, dataset.name);
		if (s.deletedAt) throw scenarioDeletedError(s);
		scenarios.push(s);
	}
	const inputs = [];
	for (const s of scenarios) {
		const r = await computeScenarioStaffing(db, s.id);
		inputs.push({
			id: s.id,
			name: s.name,
			status: s.status,
			version: r.scenarioVersion,
			evaluation: r.evaluation,
			staffing: r.staffing.totals,
			staffedGroups: r.staffing.groups.filter((g) => g.impact.before.cadresCivilServants != null).length
		});
	}
	return { dataset, comparison: compareScenarios(inputs) };
}
