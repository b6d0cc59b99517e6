/**
 * Estimate of a commune-level unit's class (loại I/II/III) from the NQ 1211/2016 scoring (domain.md §6). The class
 * of a unit is an input; this estimate is offered beside it and always labelled as an estimate.
 *
 * Only population and area are computed here (at most 35 + 30 = 65 points); budget, new-rural status and special
 * factors are "other points", an optional input. Without them the estimate is a LOWER BOUND: the unit may reach a
 * higher class with its other points, and the result says so (`lowerBound`, a reason, and the possible range).
 *
 * Readings: "+0.5 per further 100 people" counts FULL steps; a mountainous (75 %) or border (30 %) xã scales both
 * population levels (the 3,500 threshold and the 100-person step); when both apply the more favourable (smaller)
 * ratio is used. Caps for phường and thị trấn: 35 population and 30 area points, like the xã (verify).
 */
import type { CommuneClass, CommuneKind } from '../units';
import type { Citation, Reason } from '../rules/types';
import type { PointScale, StaffingSettings, StaffingValue } from './settings';
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
	/** Points of the other criteria (budget, new-rural status, special factors), when known. */
	otherPoints?: number | null;
}

/** Result of the estimate. Points are NQ 1211 points. */
export interface ClassEstimate {
	kind: CommuneKind;
	/** Always true: this is an estimate, the class of record is an input. */
	estimate: true;
	communeClass: CommuneClass | null;
	points: number | null;
	populationPoints: number | null;
	areaPoints: number | null;
	otherPoints: number | null;
	/** Ratio applied to the population levels (1, 0.75 mountainous, 0.3 border). */
	populationLevelRatio: number;
	/** True when other points were not given: the class may be higher. */
	lowerBound: boolean;
	/** The classes the unit may reach: from `points` to `points + otherPointsMax` (when other points are unknown). */
	range: { lowest: CommuneClass; highest: CommuneClass } | null;
	steps: Reason[];
	warnings: Reason[];
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

/** Class of a number of points: I from `classIMin`, II from `classIIMin`, else III (small float noise tolerated). */
export function classOfPoints(points: number, settings: StaffingSettings = STAFFING_SETTINGS): CommuneClass {
	const eps = 1e-9;
	if (points + eps >= settings.classScoring.classIMin.value) return 'I';
	if (points + eps >= settings.classScoring.classIIMin.value) return 'II';
	return 'III';
}

/** Ratio applied to the population levels and the value it comes from (the smaller one when both apply). */
function populationRatio(
	kind: CommuneKind,
	input: ClassEstimateInput,
	settings: StaffingSettings
): { ratio: number; value: StaffingValue | null; factor: 'mountainous' | 'border' | null } {
	const scale = settings.classScoring.population[kind];
	const options: { ratio: number; value: StaffingValue; factor: 'mountainous' | 'border' }[] = [];
	if (input.mountainous && scale.mountainousRatio)
		options.push({ ratio: scale.mountainousRatio.value, value: scale.mountainousRatio, factor: 'mountainous' });
	if (input.border && scale.borderRatio)
		options.push({ ratio: scale.borderRatio.value, value: scale.borderRatio, factor: 'border' });
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
	if (usable(input.areaKm2)) {
		areaPoints = scalePoints(input.areaKm2, areaScale);
		steps.push(
			reason(
				'class_area_points',
				{
					kind,
					areaKm2: input.areaKm2,
					baseLevel: areaScale.baseLevel.value,
					step: areaScale.step.value,
					points: areaPoints,
					max: areaScale.maxPoints.value,
					capVerified: areaScale.maxPoints.verified
				},
				areaScale.citation
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

	const result: ClassEstimate = {
		kind,
		estimate: true,
		communeClass: null,
		points: null,
		populationPoints,
		areaPoints,
		otherPoints,
		populationLevelRatio: pr.ratio,
		lowerBound: otherPoints == null,
		range: null,
		steps,
		warnings
	};
	if (populationPoints == null || areaPoints == null) return result;

	const points = populationPoints + areaPoints + (otherPoints ?? 0);
	const cls = classOfPoints(points, settings);
	result.points = points;
	result.communeClass = cls;
	const bandsVerified = cs.classIMin.verified && cs.classIIMin.verified;
	steps.push(
		reason(
			'class_estimate',
			{
				kind,
				points,
				communeClass: cls,
				classIMin: cs.classIMin.value,
				classIIMin: cs.classIIMin.value,
				verified: bandsVerified
			},
			cs.classIMin.citation
		)
	);
	if (otherPoints == null) {
		const highest = classOfPoints(points + cs.otherPointsMax.value, settings);
		result.range = { lowest: cls, highest };
		steps.push(
			reason(
				'class_estimate_lower_bound',
				{ points, otherPointsMax: cs.otherPointsMax.value, lowest: cls, highest },
				cs.otherPointsMax.citation
			)
		);
	} else result.range = { lowest: cls, highest: cls };
	return result;
}
