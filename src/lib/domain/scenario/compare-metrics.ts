/**
 * The figures of each compared scenario (units, mandatory units handled, standards met, residents, staff, offices)
 * and the metrics table the committee reads, with the best value marked only where the law gives a direction.
 */
import { bi, type Bilingual } from '../messages.ts';
import { KIND_LABEL_EN, KIND_LABEL_VI, type UnitKind } from '../units.ts';
import type { GroupEvaluation, KindCounts, ScenarioEvaluation } from './evaluation.ts';
import type { ScenarioLevel } from './types.ts';
import { both } from '../../i18n/catalogue.ts';

/** The staffing totals a comparison reads (ScenarioStaffingResult's totals, as the staffing tab shows them). */
export interface CompareStaffingTotals {
	surplus: number;
	nonProfessionalSurplus: number;
	officesBefore: number;
	officesAfter: number;
	annualSavingVnd: number;
	meetsDeadline: boolean;
}

/** What the comparison needs of one scenario: its identity, its evaluation, its staffing totals. */
export interface CompareInput {
	id: number;
	name: string;
	status: string;
	version: number;
	evaluation: ScenarioEvaluation;
	staffing: CompareStaffingTotals;
	/** Groups whose staff before is known (the staffing tab's totals count only those; 0 = no staff figure). */
	staffedGroups: number;
}

/** The figures of one scenario the committee compares. Persons, units, posts, VND a year. */
export interface ScenarioMetrics {
	unitsBefore: KindCounts;
	unitsAfter: KindCounts;
	unitCount: ScenarioEvaluation['unitCount'];
	mandatory: { total: number; inGroups: number; exempted: number; left: number };
	/** New units (groups of 2+ members) by the standards they meet: both, one of the two, none, not known. */
	newUnits: { total: number; both: number; one: number; none: number; unknown: number };
	residentsAffected: number;
	/** Units whose population is missing (counted as 0 in residentsAffected). */
	residentsMissingPopulation: number;
	/** Surplus cadres and civil servants, null when no group has staff figures (the staffing tab says so too). */
	surplusStaff: number | null;
	nonProfessionalSurplus: number | null;
	officesBefore: number;
	officesAfter: number;
	/** Offices no longer needed as seats (before − after). */
	surplusOffices: number;
	annualSavingVnd: number;
	/** Every group's plan absorbs its surplus within 5 years (NQ 35 Art. 11.3); null with no staff figure. */
	meetsDeadline: boolean | null;
}

/** A merger group that makes a new unit: two or more members (a one-member group merges nothing). */
const makesNewUnit = (g: Pick<GroupEvaluation, 'members'>) => g.members.length >= 2;

/** The compared figures of one scenario, read from its evaluation and staffing totals. */
export function scenarioMetrics(x: Pick<CompareInput, 'evaluation' | 'staffing' | 'staffedGroups'>): ScenarioMetrics {
	const e = x.evaluation;
	const newUnits = { total: 0, both: 0, one: 0, none: 0, unknown: 0 };
	for (const g of e.groups) {
		if (!makesNewUnit(g)) continue;
		newUnits.total++;
		if (g.meets === 'both') newUnits.both++;
		else if (g.meets === 'area' || g.meets === 'population') newUnits.one++;
		else if (g.meets === 'none') newUnits.none++;
		else newUnits.unknown++;
	}
	const staffed = x.staffedGroups > 0;
	const s = x.staffing;
	return {
		unitsBefore: e.unitsBefore,
		unitsAfter: e.unitsAfter,
		unitCount: e.unitCount,
		mandatory: {
			total: e.summary.mandatory,
			inGroups: e.summary.mandatoryInGroups,
			exempted: e.summary.mandatoryExempted,
			left: e.summary.mandatoryLeft
		},
		newUnits,
		residentsAffected: e.residentsAffected.total,
		residentsMissingPopulation: e.residentsAffected.missingPopulation.length,
		surplusStaff: staffed ? s.surplus : null,
		nonProfessionalSurplus: staffed ? s.nonProfessionalSurplus : null,
		officesBefore: s.officesBefore,
		officesAfter: s.officesAfter,
		surplusOffices: s.officesBefore - s.officesAfter,
		annualSavingVnd: s.annualSavingVnd,
		meetsDeadline: staffed ? s.meetsDeadline : null
	};
}

/** How a row's values read: a count, persons, money, yes/no, or "before → after". */
export type MetricFormat = 'count' | 'persons' | 'vnd' | 'yesno' | 'beforeAfter';

/** One line of the metrics table: its label and one value per scenario (null = no figure). */
export interface MetricRow {
	key: string;
	label: Bilingual;
	/** Indented under the row above (a kind under its level). */
	sub?: boolean;
	format: MetricFormat;
	values: (number | boolean | [number, number] | null)[];
	/**
	 * Which way is better, for marking the best value: only where the law says so (subject units handled, standards
	 * met). Units, residents, surplus and saving are weighed by the committee, not ranked by the tool.
	 */
	better?: 'low' | 'high';
}

const LEVEL_LABEL: Record<ScenarioLevel, Bilingual> = {
	district: both('scenario.compare.districtLevelUnits'),
	commune: both('scenario.compare.communeLevelUnits')
};

function kindLabel(k: UnitKind | 'unknown'): Bilingual {
	return k === 'unknown' ? both('scenario.compare.kindUnknown') : bi(KIND_LABEL_VI[k], KIND_LABEL_EN[k]);
}

/** The metrics table of the compared scenarios, in the order the committee reads it. */
export function metricRows(metrics: readonly ScenarioMetrics[]): MetricRow[] {
	const rows: MetricRow[] = [];
	const row = (r: Omit<MetricRow, 'values'>, f: (m: ScenarioMetrics) => MetricRow['values'][number]) =>
		rows.push({ ...r, values: metrics.map(f) });
	for (const level of ['district', 'commune'] as const) {
		row({ key: `units.${level}`, label: LEVEL_LABEL[level], format: 'beforeAfter' }, (m) => [
			m.unitCount.before[level],
			m.unitCount.after[level]
		]);
		const kinds = new Set<UnitKind | 'unknown'>();
		for (const m of metrics)
			for (const k of [...Object.keys(m.unitsBefore[level]), ...Object.keys(m.unitsAfter[level])])
				kinds.add(k as UnitKind | 'unknown');
		for (const k of kinds)
			row({ key: `units.${level}.${k}`, label: kindLabel(k), sub: true, format: 'beforeAfter' }, (m) => [
				m.unitsBefore[level][k] ?? 0,
				m.unitsAfter[level][k] ?? 0
			]);
	}
	row(
		{ key: 'mandatory.total', label: both('subjectList.unitsSubjectToArrangement'), format: 'count' },
		(m) => m.mandatory.total
	);
	row(
		{
			key: 'mandatory.inGroups',
			label: both('scenario.compare.inAMergerGroup'),
			sub: true,
			format: 'count',
			better: 'high'
		},
		(m) => m.mandatory.inGroups
	);
	row(
		{ key: 'mandatory.exempted', label: both('scenario.compare.keptWithAReason'), sub: true, format: 'count' },
		(m) => m.mandatory.exempted
	);
	row(
		{
			key: 'mandatory.left',
			label: both('scenario.compare.leftNotYetHandled'),
			sub: true,
			format: 'count',
			better: 'low'
		},
		(m) => m.mandatory.left
	);
	row(
		{ key: 'newUnits.total', label: both('scenario.compare.newUnitsFormed'), format: 'count' },
		(m) => m.newUnits.total
	);
	row(
		{
			key: 'newUnits.both',
			label: both('scenario.compare.meetingBothStandardsAreaPopulation'),
			sub: true,
			format: 'count',
			better: 'high'
		},
		(m) => m.newUnits.both
	);
	row(
		{ key: 'newUnits.one', label: both('scenario.compare.meetingOneStandard'), sub: true, format: 'count' },
		(m) => m.newUnits.one
	);
	row(
		{
			key: 'newUnits.none',
			label: both('scenario.compare.meetingNeitherStandard'),
			sub: true,
			format: 'count',
			better: 'low'
		},
		(m) => m.newUnits.none
	);
	if (metrics.some((m) => m.newUnits.unknown))
		row(
			{
				key: 'newUnits.unknown',
				label: both('scenario.compare.notEnoughDataToJudge'),
				sub: true,
				format: 'count'
			},
			(m) => m.newUnits.unknown
		);
	row(
		{
			key: 'residents',
			label: both('scenario.compare.residentsWhoseDocumentsChange'),
			format: 'persons'
		},
		(m) => m.residentsAffected
	);
	row(
		{
			key: 'surplusStaff',
			label: both('scenario.compare.surplusCadresAndCivilServants'),
			format: 'persons'
		},
		(m) => m.surplusStaff
	);
	row(
		{
			key: 'nonProfessionalSurplus',
			label: both('scenario.compare.surplusNonProfessionalWorkers'),
			sub: true,
			format: 'persons'
		},
		(m) => m.nonProfessionalSurplus
	);
	row({ key: 'offices', label: both('staffingTotals.officesBeforeAfter'), format: 'beforeAfter' }, (m) => [
		m.officesBefore,
		m.officesAfter
	]);
	row(
		{ key: 'surplusOffices', label: both('scenario.compare.surplusOffices'), sub: true, format: 'count' },
		(m) => m.surplusOffices
	);
	row({ key: 'saving', label: both('staffingTotals.annualPayrollSaving'), format: 'vnd' }, (m) => m.annualSavingVnd);
	row(
		{
			key: 'deadline',
			label: both('scenario.compare.surplusAbsorbedWithin5Years'),
			format: 'yesno'
		},
		(m) => m.meetsDeadline
	);
	return rows;
}

/** The index of the best value of a row (for a mark), or null when the row has no direction or values tie. */
export function bestOf(row: MetricRow): number | null {
	if (!row.better) return null;
	const nums = row.values.map((v) => (Array.isArray(v) ? v[1] : typeof v === 'number' ? v : null));
	const known = nums.filter((n): n is number => n != null);
	if (known.length < 2) return null;
	const best = row.better === 'low' ? Math.min(...known) : Math.max(...known);
	if (known.filter((n) => n === best).length > 1) return null;
	return nums.indexOf(best);
}
