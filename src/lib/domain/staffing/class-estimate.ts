/**
 * Estimate of a commune-level unit's class (loại I/II/III) from the NQ 1211/2016 scoring (domain.md §6). The class
 * of a unit is an input; this estimate is offered beside it and always labelled as an estimate.
 *
 * Only population and area are computed here (at most 35 + 30 = 65 points); budget, new-rural status and special
 * factors are "other points", an optional input. Without them the estimate is a LOWER BOUND: the unit may reach a
 * higher class with its other points, and the result says so (`lowerBound`, a reason, and the possible range).
 *
 * Readings: "+0.5 per further 100 people" counts FULL steps; a mountainous (75 %) or border (30 %) xã scales both
 * population levels (the 3,500 threshold and the 100-person step); when several apply the more favourable (smaller)
 * ratio is used. Caps for phường and thị trấn: 35 population and 30 area points, like the xã (verify).
 * Island units (domain.md §3, §6; NQ 1211 Art. 21, verify): the island factor counts too, scaling the population
 * and the area levels to 20 % (settings `staffing.class.island.*`).
 *
 * Two classification rule sets give the bands (domain.md §6): NQ 1211/2016 (I from 75, II from 50; its
 * classification chapter) and, for the two-tier datasets, Decree 307/2025/NĐ-CP from 27 Nov 2025 (I from 75, II
 * from 60, a special class from 90 for wards; verify). Only the bands of Decree 307 are encoded: the points still
 * come from NQ 1211's scales, and the estimate says so.
 */
import type { CommuneClass, CommuneKind } from '../units';
import type { Citation, Reason } from '../rules/types';
import type { ClassBands, ClassRuleSetId, PointScale, StaffingSettings, StaffingValue } from './settings';
import { STAFFING_SETTINGS } from './settings';
import { fullSteps } from './quota';

/** Inputs of the class estimate. */
export interface ClassEstimateInput {
	population: number | null; // persons
	areaKm2: number | null; // km²
	/** Mountainous/highland unit (xã only: population levels at 75 %). */
	mountainous?: boolean;
	/** On a national land border (population levels at 30 %). */
	border?: boolean;
	/** Island unit (population and area levels at 20 %, verify). */
	island?: boolean;
	/** Classification rule set giving the bands; default NQ 1211/2016 (see defaultClassRuleSet). */
	ruleSet?: ClassRuleSetId;
	/** Points of the other criteria (budget, new-rural status, special factors), when known. */
	otherPoints?: number | null;
}

/** Result of the estimate. Points are NQ 1211 points. */
export interface ClassEstimate {
	kind: CommuneKind;
	/** Always true: this is an estimate, the class of record is an input. */
	estimate: true;
	/** Class for the quota (Decree 33 has no special class: a special ward counts as class I there). */
	communeClass: CommuneClass | null;
	/** Decree 307/2025: a ward (or special zone) at or above the special band. */
	special: boolean;
	/** The classification rule set whose bands were used. */
	ruleSet: ClassRuleSetId;
	points: number | null;
	populationPoints: number | null;
	areaPoints: number | null;
	otherPoints: number | null;
	/** Ratio applied to the population levels (1, 0.75 mountainous, 0.3 border, 0.2 island). */
	populationLevelRatio: number;
	/** Ratio applied to the area levels (1, or 0.2 for an island unit). */
	areaLevelRatio: number;
	/** True when other points were not given: the class may be higher. */
	lowerBound: boolean;
	/** The classes the unit may reach: from `points` to `points + otherPointsMax` (when other points are unknown). */
	range: { lowest: EstimatedClass; highest: EstimatedClass } | null;
	steps: Reason[];
	warnings: Reason[];
}

/** A class as estimated: I, II, III, or the special class of Decree 307 (wards). */
export type EstimatedClass = CommuneClass | 'special';

/** The classification rule set a dataset's estimate uses by default: Decree 307/2025 for two-tier datasets. */
export function defaultClassRuleSet(dataset: { twoTier: boolean }): ClassRuleSetId {
	return dataset.twoTier ? 'd307_2025' : 'nq1211_2016';
}

/** The bands of a classification rule set. */
export function classBands(ruleSet: ClassRuleSetId = 'nq1211_2016', settings = STAFFING_SETTINGS): ClassBands {
	return settings.classScoring.bands[ruleSet] ?? settings.classScoring.bands.nq1211_2016;
}

const reason = (code: string, params: Record<string, unknown> = {}, clause?: Citation): Reason =>
	clause ? { code, params, clause } : { code, params };

/** Points of a figure on a scale whose levels are multiplied by `ratio` (population of mountainous/border units). */
export function scalePoints(value: number, s: PointScale, ratio = 1): number {
	const baseLevel = s.baseLevel.value * ratio;
	const step = s.step.value * ratio;
	const steps = value > baseLevel ? fullSteps(value - baseLevel, step) : 0;
	return Math.min(s.maxPoints.value, s.basePoints.value + s.stepPoints.value * steps);
}

/**
 * Class of a number of points under a classification rule set: I from `classIMin`, II from `classIIMin`, else III
 * (small float noise tolerated); 'special' for a ward at or above the special band of Decree 307.
 */
export function estimatedClassOfPoints(
	points: number,
	settings: StaffingSettings = STAFFING_SETTINGS,
	ruleSet: ClassRuleSetId = 'nq1211_2016',
	kind?: CommuneKind
): EstimatedClass {
	const eps = 1e-9;
	const b = classBands(ruleSet, settings);
	if (b.specialMin && kind === 'phuong' && points + eps >= b.specialMin.value) return 'special';
	if (points + eps >= b.classIMin.value) return 'I';
	if (points + eps >= b.classIIMin.value) return 'II';
	return 'III';
}

/** Class of a number of points for the quota (I, II or III; a special ward counts as I). */
export function classOfPoints(
	points: number,
	settings: StaffingSettings = STAFFING_SETTINGS,
	ruleSet: ClassRuleSetId = 'nq1211_2016'
): CommuneClass {
	const c = estimatedClassOfPoints(points, settings, ruleSet);
	return c === 'special' ? 'I' : c;
}

type LevelFactor = 'mountainous' | 'border' | 'island';

/** Ratio applied to the population levels and the value it comes from (the smallest one when several apply). */
function populationRatio(
	kind: CommuneKind,
	input: ClassEstimateInput,
	settings: StaffingSettings
): { ratio: number; value: StaffingValue | null; factor: LevelFactor | null } {
	const scale = settings.classScoring.population[kind];
	const options: { ratio: number; value: StaffingValue; factor: LevelFactor }[] = [];
	if (input.mountainous && scale.mountainousRatio)
		options.push({ ratio: scale.mountainousRatio.value, value: scale.mountainousRatio, factor: 'mountainous' });
	if (input.border && scale.borderRatio)
		options.push({ ratio: scale.borderRatio.value, value: scale.borderRatio, factor: 'border' });
	if (input.island) {
		const v = settings.classScoring.island.populationRatio;
		options.push({ ratio: v.value, value: v, factor: 'island' });
	}
	if (!options.length) return { ratio: 1, value: null, factor: null };
	options.sort((a, b) => a.ratio - b.ratio);
	return options[0];
}

const usable = (x: number | null | undefined): x is number => x != null && Number.isFinite(x) && x >= 0;

/** Estimate the class of a commune-level unit from population, area and (optionally) the other points. */
export function estimateCommuneClass(
	kind: CommuneKind,
	input: ClassEstimateInput,
	settings: StaffingSettings = STAFFING_SETTINGS
): ClassEstimate {
	const cs = settings.classScoring;
	const steps: Reason[] = [];
	const warnings: Reason[] = [];
	const popScale = cs.population[kind];
	const areaScale = cs.area[kind];
	const pr = populationRatio(kind, input, settings);
	if (input.mountainous && !popScale.mountainousRatio)
		warnings.push(reason('class_mountainous_not_applicable', { kind }));

	let populationPoints: number | null = null;
	if (usable(input.population)) {
		populationPoints = scalePoints(input.population, popScale, pr.ratio);
		steps.push(
			reason(
				'class_population_points',
				{
					kind,
					population: input.population,
					baseLevel: popScale.baseLevel.value * pr.ratio,
					step: popScale.step.value * pr.ratio,
					ratio: pr.ratio,
					factor: pr.factor,
					points: populationPoints,
					max: popScale.maxPoints.value,
					capVerified: popScale.maxPoints.verified
				},
				pr.value?.citation ?? popScale.citation
			)
		);
	} else warnings.push(reason('class_population_missing', {}));

	let areaPoints: number | null = null;
	const islandArea = input.island ? cs.island.areaRatio : null;
	const areaRatio = islandArea ? islandArea.value : 1;
	if (usable(input.areaKm2)) {
		areaPoints = scalePoints(input.areaKm2, areaScale, areaRatio);
		steps.push(
			reason(
				'class_area_points',
				{
					kind,
					areaKm2: input.areaKm2,
					baseLevel: areaScale.baseLevel.value * areaRatio,
					step: areaScale.step.value * areaRatio,
					ratio: areaRatio,
					factor: islandArea ? 'island' : null,
					points: areaPoints,
					max: areaScale.maxPoints.value,
					capVerified: areaScale.maxPoints.verified
				},
				islandArea?.citation ?? areaScale.citation
			)
		);
	} else warnings.push(reason('class_area_missing', {}));

	let otherPoints: number | null = null;
	if (input.otherPoints != null) {
		if (!Number.isFinite(input.otherPoints) || input.otherPoints < 0)
			warnings.push(reason('class_other_points_invalid', { value: input.otherPoints }));
		else if (input.otherPoints > cs.otherPointsMax.value) {
			// The score is out of 100: more than the other criteria can give is a data error, counted at the maximum.
			warnings.push(reason('class_other_points_above_max', { value: input.otherPoints, max: cs.otherPointsMax.value }));
			otherPoints = cs.otherPointsMax.value;
		} else otherPoints = input.otherPoints;
	}

	const ruleSet: ClassRuleSetId = input.ruleSet && cs.bands[input.ruleSet] ? input.ruleSet : 'nq1211_2016';
	const bands = classBands(ruleSet, settings);
	if (ruleSet === 'd307_2025') warnings.push(reason('class_d307_scales_not_encoded', {}, bands.citation));

	const result: ClassEstimate = {
		kind,
		estimate: true,
		communeClass: null,
		special: false,
		ruleSet,
		points: null,
		populationPoints,
		areaPoints,
		otherPoints,
		populationLevelRatio: pr.ratio,
		areaLevelRatio: areaRatio,
		lowerBound: otherPoints == null,
		range: null,
		steps,
		warnings
	};
	if (populationPoints == null || areaPoints == null) return result;

	const points = populationPoints + areaPoints + (otherPoints ?? 0);
	const estimated = estimatedClassOfPoints(points, settings, ruleSet, kind);
	const cls: CommuneClass = estimated === 'special' ? 'I' : estimated;
	result.points = points;
	result.communeClass = cls;
	result.special = estimated === 'special';
	const bandsVerified = bands.classIMin.verified && bands.classIIMin.verified && (bands.specialMin?.verified ?? true);
	steps.push(
		reason(
			'class_estimate',
			{
				kind,
				points,
				communeClass: cls,
				estimatedClass: estimated,
				ruleSet,
				classIMin: bands.classIMin.value,
				classIIMin: bands.classIIMin.value,
				specialMin: kind === 'phuong' ? (bands.specialMin?.value ?? null) : null,
				verified: bandsVerified
			},
			bands.citation
		)
	);
	if (otherPoints == null) {
		const highest = estimatedClassOfPoints(points + cs.otherPointsMax.value, settings, ruleSet, kind);
		result.range = { lowest: estimated, highest };
		steps.push(
			reason(
				'class_estimate_lower_bound',
				{ points, otherPointsMax: cs.otherPointsMax.value, lowest: estimated, highest },
				cs.otherPointsMax.citation
			)
		);
	} else result.range = { lowest: estimated, highest: estimated };
	return result;
}
