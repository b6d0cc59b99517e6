/**
 * Comparing 2–4 scenarios of one dataset (issue 11 item 5): the figures a committee weighs side by side, and the
 * differences between the scenarios' merger groups. Plain functions over what the screens already compute (each
 * scenario's evaluation from evaluateScenarioOn and its staffing totals from scenarioStaffing): nothing is
 * recomputed here, only read and lined up, so the compare page shows the figures of the scenario and staffing pages.
 */
import { bi, type Bilingual } from '../messages.ts';
import { KIND_LABEL_EN, KIND_LABEL_VI, type UnitKind } from '../units.ts';
import type { GroupEvaluation, KindCounts, ScenarioEvaluation } from './evaluation.ts';
import type { ScenarioLevel } from './types.ts';
import { both } from '../../i18n/catalogue.ts';

/** A comparison takes at least two and at most four scenarios (four maps still fit an A4 landscape page). */
export const COMPARE_MIN = 2;
export const COMPARE_MAX = 4;

export type CompareErrorCode = 'bad_selection' | 'too_few' | 'too_many' | 'other_dataset' | 'not_found' | 'deleted';

/** The scenarios asked for cannot be compared (too few, too many, not ids, of another dataset). */
export class CompareSelectionError extends Error {
	readonly code: CompareErrorCode;
	readonly messages: Bilingual;
	constructor(code: CompareErrorCode, messages: Bilingual) {
		super(messages.en);
		this.name = 'CompareSelectionError';
		this.code = code;
		this.messages = messages;
	}
}

/** The scenario ids of a `s=1,2,3` query value, in order, without repeats; 2–4 of them or a CompareSelectionError. */
export function parseCompareSelection(raw: string | null | undefined): number[] {
	const parts = (raw ?? '')
		.split(',')
		.map((s) => s.trim())
		.filter(Boolean);
	const bad = parts.filter((p) => !/^\d+$/.test(p) || Number(p) < 1);
	if (bad.length)
		throw new CompareSelectionError('bad_selection', both('scenario.compare.notAScenarioIdP1', { p1: bad.join(', ') }));
	const ids = [...new Set(parts.map(Number))];
	if (ids.length < COMPARE_MIN)
		throw new CompareSelectionError(
			'too_few',
			both('scenario.compare.chooseAtLeastCompareMin', { COMPARE_MIN, idsLength: ids.length })
		);
	if (ids.length > COMPARE_MAX)
		throw new CompareSelectionError(
			'too_many',
			both('scenario.compare.atMostCompareMaxScenarios', { COMPARE_MAX, idsLength: ids.length })
		);
	return ids;
}

/**
 * A scenario named for comparison that belongs to another dataset than the one being compared. Its name is not
 * told: the reader may have no access to that dataset.
 */
export function otherDatasetError(id: number, datasetName: string): CompareSelectionError {
	return new CompareSelectionError(
		'other_dataset',
		both('scenario.compare.scenarioIdDoesNotBelong', { id, datasetName })
	);
}

/** A scenario named for comparison that does not exist. */
export function scenarioMissingError(id: number): CompareSelectionError {
	return new CompareSelectionError('not_found', both('scenario.compare.thereIsNoScenarioId', { id }));
}

/** A scenario named for comparison that is deleted (it can be restored, then compared). */
export function scenarioDeletedError(scenario: { id: number; name: string }): CompareSelectionError {
	return new CompareSelectionError(
		'deleted',
		both('scenario.compare.scenarioIdNameIsDeleted', { id: scenario.id, name: scenario.name })
	);
}

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

// ---------------------------------------------------------------------------------------------------------------
// The groups' differences
// ---------------------------------------------------------------------------------------------------------------

/** One scenario's group with a given member set, as the diff shows it. */
export interface GroupSide {
	groupId: string;
	name: string | null;
	seatCode: string | null;
	phase: string | null;
	meets: GroupEvaluation['meets'];
	valid: boolean;
}

/** What differs between the scenarios' groups with the same members. */
export type GroupField = 'name' | 'seat' | 'phase';

/**
 * One member set across the compared scenarios: `sides[i]` is scenario i's group with exactly these members (null
 * when scenario i has no such group). `kind`: `some` = not every scenario has it (only in A, only in B…), `differs`
 * = all have it but with another name, seat or phase, `same` = all have it alike.
 */
export interface GroupDiffEntry {
	key: string;
	level: ScenarioLevel;
	members: string[];
	sides: (GroupSide | null)[];
	kind: 'some' | 'differs' | 'same';
	differs: GroupField[];
}

/** The key of a member set: level and sorted codes (the order members were added in does not matter). */
export const memberSetKey = (level: ScenarioLevel, members: readonly string[]) =>
	`${level}:${[...members].sort().join(',')}`;

/**
 * The groups of the compared scenarios lined up by member set: those not in every scenario first, then those in
 * all with another name, seat or phase, then those alike. Empty groups are left out.
 */
export function diffGroups(scenarios: readonly { evaluation: Pick<ScenarioEvaluation, 'groups'> }[]): GroupDiffEntry[] {
	const byKey = new Map<string, GroupDiffEntry>();
	scenarios.forEach((s, i) => {
		for (const g of s.evaluation.groups) {
			if (!g.members.length) continue;
			const key = memberSetKey(g.level, g.members);
			let e = byKey.get(key);
			if (!e) {
				e = {
					key,
					level: g.level,
					members: [...g.members].sort(),
					sides: scenarios.map(() => null),
					kind: 'same',
					differs: []
				};
				byKey.set(key, e);
			}
			e.sides[i] = {
				groupId: g.id,
				name: g.name,
				seatCode: g.seatCode,
				phase: g.phase,
				meets: g.meets,
				valid: g.valid
			};
		}
	});
	const order = { some: 0, differs: 1, same: 2 } as const;
	const out = [...byKey.values()];
	for (const e of out) {
		const present = e.sides.filter((s): s is GroupSide => !!s);
		if (present.length < scenarios.length) e.kind = 'some';
		const differs = (f: (s: GroupSide) => unknown) => new Set(present.map(f)).size > 1;
		if (differs((s) => s.name)) e.differs.push('name');
		if (differs((s) => s.seatCode)) e.differs.push('seat');
		if (differs((s) => s.phase)) e.differs.push('phase');
		if (e.kind !== 'some' && e.differs.length) e.kind = 'differs';
	}
	return out.sort((a, b) => order[a.kind] - order[b.kind] || a.key.localeCompare(b.key));
}

/** What one scenario's map draws: its groups with their verdicts, the subject units left, the units kept. */
export interface CompareMapData {
	groups: {
		id: string;
		level: ScenarioLevel;
		members: string[];
		name: string | null;
		meets: GroupEvaluation['meets'];
	}[];
	left: { code: string; level: ScenarioLevel }[];
	exempted: { code: string; level: ScenarioLevel }[];
}

/** The map data of one evaluated scenario. */
export function compareMapData(e: Pick<ScenarioEvaluation, 'groups' | 'mandatoryLeft' | 'exemptions'>): CompareMapData {
	return {
		groups: e.groups
			.filter((g) => g.members.length)
			.map((g) => ({ id: g.id, level: g.level, members: g.members, name: g.name, meets: g.meets })),
		left: e.mandatoryLeft.map((m) => ({ code: m.code, level: m.level })),
		exempted: e.exemptions.filter((x) => x.needed).map((x) => ({ code: x.code, level: x.level }))
	};
}

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
