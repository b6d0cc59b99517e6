/**
 * Commune-level staffing quota (domain.md §6; Decree 33/2023/NĐ-CP Art. 6 and Art. 33): the base number of cadres and
 * civil servants by kind and class, the increments above the unit's standards, and the non-professional workers.
 *
 * Reading of the silent point (domain.md says nothing about non-professional increments): Decree 33 Art. 33.2 adds
 * one non-professional worker for each civil servant added under Art. 6.2, so the non-professional count gets the
 * same increments (population and area) times `staffing.increment.non_professional_per_civil_servant` (1, verify).
 *
 * Increments are counted on the NORMAL standard of the unit's kind and terrain (domain.md §6): the Ministry's
 * guidance (Công văn 4368/BNV-CQĐP) gives fixed steps of 5,000 / 3,500 / 2,500 / 4,000 people, half or a third of the
 * normal standards, so a mountainous xã of 6,000 people whose Art. 3a-reduced standard is 1,000 gets no population
 * increment, not ten. The reduced-standard reading is a setting (`staffing.increment.against_reduced_standard`, off)
 * and every quota says which reading it used (`incrementBasis`).
 *
 * All counts are posts (persons on the establishment); populations are persons; areas are km².
 */
import type { CommuneClass, CommuneKind, UnitKind } from '../units';
import type { Citation, MergerVerdict, Reason, UnitVerdict } from '../rules/types';
import type { StaffingSettings } from './settings';
import { STAFFING_SETTINGS } from './settings';

/** Figures of one commune-level unit that its quota depends on. */
export interface QuotaFigures {
	population: number | null; // persons
	areaKm2: number | null; // km²
	/** Population standard of the unit's kind and terrain (persons), from the rules engine. */
	populationStandard: number | null;
	/** Area standard of the unit's kind and terrain (km²), from the rules engine. */
	areaStandard: number | null;
	/** Kind of the parent district: a phường of a quận steps by 1/3 of the population standard. */
	parentKind?: UnitKind | null;
	/** Which standard the two standards above are: the normal one (default) or the Art. 3a-reduced one. */
	standardBasis?: IncrementBasis;
	/** The Art. 3a-reduced standards, when the unit has a reduction but the increments use the normal ones (shown). */
	reducedPopulationStandard?: number | null; // persons
	reducedAreaStandard?: number | null; // km²
}

/** Reading of Decree 33 Art. 6.2: increments counted on the normal standard (law) or the Art. 3a-reduced one. */
export type IncrementBasis = 'normal' | 'reduced';

/** Result of communeQuota. Every count is posts. */
export interface CommuneQuota {
	kind: CommuneKind;
	communeClass: CommuneClass;
	/** Base quota of cadres and civil servants (Decree 33 Art. 6.1). */
	base: number;
	/** Civil servants added for population above the standard (Art. 6.2.a). */
	populationIncrement: number;
	/** Civil servants added for area above the standard (Art. 6.2.b). */
	areaIncrement: number;
	/** Cadres and civil servants: base + increments. */
	total: number;
	/** Non-professional workers at most (Art. 33.1). */
	nonProfessionalBase: number;
	/** Non-professional workers added with the civil servants (Art. 33.2). */
	nonProfessionalIncrement: number;
	nonProfessional: number;
	/** Which standard the increments were counted on (domain.md §6: the normal one unless the setting says otherwise). */
	incrementBasis: IncrementBasis;
	/** Explanation, step by step, each with its clause (rendered by text.ts). */
	steps: Reason[];
	/** Missing figures or assumptions that limit the result. */
	warnings: Reason[];
}

const reason = (code: string, params: Record<string, unknown> = {}, clause?: Citation): Reason =>
	clause ? { code, params, clause } : { code, params };

/** Absorbs float noise in "full steps" (1/3 × 15 000 = 4 999.999…): far below one person or one m². */
const STEP_EPS = 1e-9;

/** Number of FULL steps of `step` contained in `excess` (0 when there is no excess). */
export function fullSteps(excess: number, step: number): number {
	if (!(excess > 0) || !(step > 0)) return 0;
	return Math.floor(excess / step + STEP_EPS);
}

const usable = (x: number | null | undefined): x is number => x != null && Number.isFinite(x) && x >= 0;

/**
 * Quota of a commune-level unit of this kind and class: base (Art. 6.1), +1 civil servant per full 1/3 (wards of a
 * quận) or 1/2 (other units) of the population standard above it, +1 per full 100 % of the area standard above it
 * (Art. 6.2), and the non-professional workers (Art. 33). A missing figure gives no increment, with a warning.
 */
export function communeQuota(
	kind: CommuneKind,
	cls: CommuneClass,
	figures: QuotaFigures,
	settings: StaffingSettings = STAFFING_SETTINGS
): CommuneQuota {
	const steps: Reason[] = [];
	const warnings: Reason[] = [];
	const incrementBasis: IncrementBasis = figures.standardBasis ?? 'normal';
	const basisValue = settings.increment.againstReducedStandard;
	const baseValue = settings.quota.cadres[kind][cls];
	const base = baseValue.value; // posts
	steps.push(reason('quota_base', { kind, communeClass: cls, posts: base }, baseValue.citation));

	// --- Population increment (Art. 6.2.a) -------------------------------------------------------------------------
	let populationIncrement = 0;
	const ofQuan = kind === 'phuong' && figures.parentKind === 'quan';
	if (kind === 'phuong' && !figures.parentKind)
		warnings.push(reason('quota_parent_kind_missing', { assumed: 'other' }));
	const popStepValue = ofQuan ? settings.increment.populationStepOfQuan : settings.increment.populationStepOther;
	if (!usable(figures.population) || !usable(figures.populationStandard) || figures.populationStandard === 0) {
		warnings.push(reason('quota_population_missing', {}));
	} else {
		const std = figures.populationStandard; // persons
		const step = std * popStepValue.value; // persons per added post
		const excess = figures.population - std; // persons above the standard
		populationIncrement = fullSteps(excess, step);
		steps.push(
			reason(
				'quota_population_increment',
				{
					population: figures.population,
					standard: std,
					stepShare: popStepValue.value,
					step,
					excess: Math.max(0, excess),
					posts: populationIncrement,
					ofQuan,
					basis: incrementBasis,
					verified: popStepValue.verified
				},
				popStepValue.citation
			)
		);
	}

	// --- Area increment (Art. 6.2.b) -------------------------------------------------------------------------------
	let areaIncrement = 0;
	const areaStepValue = settings.increment.areaStep;
	if (!usable(figures.areaKm2) || !usable(figures.areaStandard) || figures.areaStandard === 0) {
		warnings.push(reason('quota_area_missing', {}));
	} else {
		const std = figures.areaStandard; // km²
		const step = std * areaStepValue.value; // km² per added post
		const excess = figures.areaKm2 - std; // km² above the standard
		areaIncrement = fullSteps(excess, step);
		steps.push(
			reason(
				'quota_area_increment',
				{
					areaKm2: figures.areaKm2,
					standard: std,
					stepShare: areaStepValue.value,
					step,
					excess: Math.max(0, excess),
					posts: areaIncrement,
					basis: incrementBasis
				},
				areaStepValue.citation
			)
		);
	}
	steps.push(
		reason(
			'quota_increment_basis',
			{
				basis: incrementBasis,
				reducedPopulationStandard: figures.reducedPopulationStandard ?? null,
				reducedAreaStandard: figures.reducedAreaStandard ?? null
			},
			basisValue.citation
		)
	);
	const total = base + populationIncrement + areaIncrement;
	steps.push(reason('quota_total', { base, populationIncrement, areaIncrement, posts: total }, baseValue.citation));

	// --- Non-professional workers (Art. 33) ------------------------------------------------------------------------
	const npValue = settings.quota.nonProfessional[cls];
	const perCs = settings.increment.nonProfessionalPerCivilServant;
	const nonProfessionalBase = npValue.value;
	// Posts are whole: a fractional override of the per-civil-servant ratio counts full posts only.
	const nonProfessionalIncrement = Math.floor((populationIncrement + areaIncrement) * perCs.value + STEP_EPS);
	const nonProfessional = nonProfessionalBase + nonProfessionalIncrement;
	steps.push(
		reason(
			'quota_non_professional',
			{
				communeClass: cls,
				base: nonProfessionalBase,
				increment: nonProfessionalIncrement,
				perCivilServant: perCs.value,
				posts: nonProfessional,
				verified: perCs.verified
			},
			perCs.citation
		)
	);

	return {
		kind,
		communeClass: cls,
		base,
		populationIncrement,
		areaIncrement,
		total,
		nonProfessionalBase,
		nonProfessionalIncrement,
		nonProfessional,
		incrementBasis,
		steps,
		warnings
	};
}

/**
 * The quota figures of a unit or a proposed merger from the rules engine's verdict: population, area, and the
 * standards the increments are counted on: the normal ones of the unit's kind and terrain (default), or the
 * Art. 3a-reduced ones when `staffing.increment.against_reduced_standard` is on. Under the normal reading a reduced
 * standard is carried along (`reducedPopulationStandard`) so the explanation can say it was not used.
 */
export function quotaFiguresFromVerdict(
	verdict: UnitVerdict | MergerVerdict,
	settings: StaffingSettings = STAFFING_SETTINGS,
	parentKind?: UnitKind | null
): QuotaFigures & { standardBasis: IncrementBasis } {
	const reduced = settings.increment.againstReducedStandard.value;
	const std = verdict.standards;
	const areaKm2 = 'areaUsed' in verdict ? verdict.areaUsed.km2 : verdict.area.km2;
	const reducedPop = std && std.population.effective !== std.population.base ? std.population.effective : null;
	const reducedArea = std && std.area.effective !== std.area.base ? std.area.effective : null;
	return {
		population: verdict.population,
		areaKm2,
		populationStandard: std ? (reduced ? std.population.effective : std.population.base) : null,
		areaStandard: std ? (reduced ? std.area.effective : std.area.base) : null,
		parentKind: parentKind ?? null,
		standardBasis: reduced ? 'reduced' : 'normal',
		reducedPopulationStandard: reduced ? null : reducedPop,
		reducedAreaStandard: reduced ? null : reducedArea
	};
}
