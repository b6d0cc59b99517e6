/**
 * The types of a verdict: a unit's (status, phase, standards applied, reasons with their clauses) and a merger
 * group's (roles, standards of the new unit, justification). Rule sets are typed in types.ts, which re-exports these.
 */
import type { AreaSource, ArrangedPeriod, Level, Terrain, TerrainSource, UnitKind } from '../units';
import type { Citation, Meets, PhaseId } from './types.ts';

/** A reason is data (a code and its parameters), rendered by text.ts; never a sentence. */
export interface Reason {
	code: string;
	params: Record<string, unknown>;
	clause?: Citation;
}

export type UnitStatus = 'subject_2023_2025' | 'subject_2026_2030' | 'not_subject' | 'exempt' | 'missing_data';

/** Which specific factor reduced a standard. */
export type ReductionFactor = 'ethnic_minority' | 'border' | 'coastal_difficult' | 'delta' | 'island';

export interface AppliedReduction {
	factor: ReductionFactor;
	percent: number; // ratio of the basis that applies, e.g. 0.45
	/** The standard the percentage is taken of (persons or km²): the unit's own, or another row (coastal: Art. 3.1.b). */
	basis: number;
	basisStandardId: string | null; // null = the unit's own standard
	/** Key of the rule value holding the percentage, and whether it is verified (island: verify). */
	valueKey: string;
	verified: boolean;
	clause: Citation;
	why: Reason;
}

/** One standard as applied to a unit: the legal value and the value after its (single) reduction. */
export interface AppliedStandard {
	key: string; // rule value key, e.g. "standard.xa.mountainous.population"
	base: number; // persons or km²
	effective: number; // persons or km², after reduction
	reduction: AppliedReduction | null;
	verified: boolean;
	overridden: boolean;
	citation: Citation;
}

export interface VerdictExemption {
	kind: 'automatic' | 'recorded';
	reasonCode: string;
	justification: string | null;
	phase: PhaseId;
	period: ArrangedPeriod | null; // for automatic exemptions: the period of the last arrangement
	clause: Citation;
}

/** Verdict on one unit under one rule set (domain.md §4). */
export interface UnitVerdict {
	unitCode: string;
	ruleSetId: string;
	status: UnitStatus;
	/** Phase the unit is subject in (also for exempt units: what it would be subject to); null otherwise. */
	phase: PhaseId | null;
	/** Id of the first matched criterion in that phase, e.g. 'a<70&p<70'. */
	criterion: string | null;
	/** All criteria of that phase the unit matches. */
	matchedCriteria: string[];
	clause: Citation | null;
	/**
	 * The lines the area and population ratios are measured against (the bars draw them): the thresholds of the
	 * criterion that made the unit subject; for a unit not subject (or undecided), those of the first criterion of its
	 * level in the first phase, for reference. null when the rule set has no per-unit criteria for the unit.
	 */
	lines: VerdictLines | null;
	level: Level | null;
	kind: UnitKind;
	terrain: { value: Terrain; source: TerrainSource };
	standardId: string | null;
	standards: { population: AppliedStandard; area: AppliedStandard } | null;
	/** Which standard the ratios are taken against (setting "NQ 35 percentages against the reduced standard"). */
	ratioBasis: 'reduced' | 'base';
	/** Unrounded: 0.693 = 69.3 %. null when the figure is missing. */
	ratios: { area: number | null; population: number | null };
	areaUsed: { km2: number | null; source: AreaSource | null };
	population: number | null; // persons
	exemption: VerdictExemption | null;
	/**
	 * Under a rule set without per-unit criteria (NQ 76/2025, NQ 112/2025): whether the unit meets 100% of its
	 * (reduced) standards; null otherwise or when a figure is missing.
	 */
	meets: Meets | null;
	reasons: Reason[];
	warnings: Reason[];
}

/** Thresholds of one criterion as drawn on a verdict's bars (ratios of the standard, strict "below"). */
export interface VerdictLines {
	phase: PhaseId;
	/** Criterion id, e.g. 'a<20&p<300'. */
	criterion: string;
	areaBelow: number; // ratio of the area standard
	populationBelow: number; // ratio of the population standard
	clause: Citation;
	/** True when the unit matches this criterion (it is subject under it); false when shown for reference. */
	matched: boolean;
}

/** Options of evaluateUnit. */
export interface EvaluateUnitOptions {
	/** Kind of the parent district (selects the phường standard under NQ 35). */
	parentKind?: UnitKind;
	/** Number of direct sub-units (information only: ≥ 9 for a province, ≥ 13 for a huyện). */
	childCount?: number;
	/** Whether the sub-units include a thị trấn (information only, huyện). */
	hasThiTranChild?: boolean;
	/** A user-recorded exemption (NQ 35 Art. 3.1 a–d). */
	exemption?: { reasonCode: string; justification: string } | null;
}

export type MergerRole = 'mandatory' | 'adjacent_partner' | 'encouraged' | 'not_applicable';

/** Options of evaluateMerger. */
export interface EvaluateMergerOptions {
	/** Whether two members share a border (not a single point); null = unknown. */
	adjacency?: (a: string, b: string) => boolean | null;
	/** Kind of each member's parent district, by member code (phường standard, roles). */
	parentKinds?: Record<string, UnitKind>;
	/** Verdicts already computed for the members, by code; computed here when missing. */
	memberVerdicts?: Record<string, UnitVerdict>;
	/** The user overrides the kind of the new unit, with a recorded reason. */
	kindOverride?: { kind: UnitKind; reason: string };
	/** Proposed name of the new unit. */
	name?: string;
	/** Code of the receiving member whose GSO code is kept. */
	keptCode?: string;
	/** Same-level units adjacent to a member (justification (b): no further adjacent unit); unknown when missing. */
	neighbours?: (code: string) => readonly string[];
}

/**
 * Which recognised justification covers a new unit short of its standards (domain.md §5, verify for NQ 35):
 * (a) 3 or more units merged; (b) 2 units with no further adjacent unit, or (b) 2 units with specific factors;
 * 'none' when neither applies; 'undetermined' when (b) depends on neighbours that are not known.
 */
export interface MergerJustification {
	code: 'three_or_more' | 'two_no_further_adjacent' | 'two_specific_factors' | 'none' | 'undetermined';
	/** For two_specific_factors: the factors found among the members. */
	factors: ('isolated' | 'island' | 'ethnic_minority' | 'border' | 'defence_or_special')[];
	/** For 'none': the adjacent units outside the merger that could still be added. */
	furtherAdjacent: string[];
	verified: boolean;
	clause: Citation;
}

/** Verdict on a proposed merger (domain.md §5, §8). */
export interface MergerVerdict {
	ruleSetId: string;
	memberCodes: string[];
	/** false when there is at least one error (the tool still never blocks a save). */
	valid: boolean;
	level: Level | null;
	kind: UnitKind | null;
	kindSource: 'rule' | 'override';
	/** Which branch of the kind rule decided: 'same_kind', 'urban_kept_practice', 'nq76_ward', 'nq76_commune', 'override'. */
	kindRule: string | null;
	terrain: { value: Terrain; source: 'members' | 'kept_member' } | null;
	area: { km2: number | null; source: 'official' | 'effective' | null };
	population: number | null; // persons
	standardId: string | null;
	standards: { population: AppliedStandard; area: AppliedStandard } | null;
	/** Ratio of the standard the new unit must reach (1 = 100 %; NQ 76 commune: 2 or 1). */
	required: { area: number; population: number } | null;
	/** Combined figure / effective standard, unrounded. */
	ratios: { area: number | null; population: number | null };
	/** null when it cannot be decided (missing figures, no standard). */
	meets: Meets | null;
	/** Missing amount to reach the requirement: km² and persons (0 when reached), null when unknown. */
	shortfall: { areaKm2: number | null; population: number | null };
	/** false under NQ 76 for 3 or more members ("not assessed"). */
	standardsAssessed: boolean;
	phase: PhaseId | null;
	roles: Record<string, MergerRole>;
	memberVerdicts: Record<string, UnitVerdict>;
	sameParent: boolean;
	parentCodes: string[];
	contiguity: { checked: boolean; connected: boolean | null; components: string[][] };
	name: { default: string | null; chosen: string | null; isNew: boolean };
	keptCode: string | null;
	retiredCodes: string[];
	/** Set when the new unit falls short of its standards under a rule set with justifications (NQ 35); else null. */
	justification: MergerJustification | null;
	reasons: Reason[];
	warnings: Reason[];
	errors: Reason[];
}
