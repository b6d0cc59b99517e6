/**
 * Comparing 2–4 scenarios of one dataset (issue 11 item 5): the figures a committee weighs side by side, and the
 * differences between the scenarios' merger groups. Plain functions over what the screens already compute (each
 * scenario's evaluation from evaluateScenarioOn and its staffing totals from scenarioStaffing): nothing is
 * recomputed here, only read and lined up, so the compare page shows the figures of the scenario and staffing pages.
 */
import { COMPARE_MAX, COMPARE_MIN, CompareSelectionError } from './compare-selection.ts';
import {
	metricRows,
	scenarioMetrics,
	type CompareInput,
	type MetricRow,
	type ScenarioMetrics
} from './compare-metrics.ts';
import { compareMapData, diffGroups, type CompareMapData, type GroupDiffEntry } from './compare-groups.ts';
import { both } from '../../i18n/catalogue.ts';

export * from './compare-selection.ts';
export * from './compare-metrics.ts';
export * from './compare-groups.ts';

/** The whole comparison: the scenarios, their metrics, the table rows, the groups' differences and the maps. */
export interface ScenarioComparison {
	scenarios: { id: number; name: string; status: string; version: number }[];
	metrics: ScenarioMetrics[];
	rows: MetricRow[];
	groups: GroupDiffEntry[];
	maps: CompareMapData[];
}

/** Compare 2–4 evaluated scenarios (of one dataset: the service checks that). */
export function compareScenarios(inputs: readonly CompareInput[]): ScenarioComparison {
	if (inputs.length < COMPARE_MIN || inputs.length > COMPARE_MAX)
		throw new CompareSelectionError(
			inputs.length < COMPARE_MIN ? 'too_few' : 'too_many',
			both('scenario.compare.aComparisonTakesCompareMin', { COMPARE_MIN, COMPARE_MAX })
		);
	const metrics = inputs.map(scenarioMetrics);
	return {
		scenarios: inputs.map(({ id, name, status, version }) => ({ id, name, status, version })),
		metrics,
		rows: metricRows(metrics),
		groups: diffGroups(inputs),
		maps: inputs.map((x) => compareMapData(x.evaluation))
	};
}
