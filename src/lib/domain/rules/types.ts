/**
 * Types of the rules engine: rule sets as data (domain.md §3, §4, §5, §8) and the verdicts computed from them.
 * Plain TypeScript: no DOM, no database, no file system. Relative imports only (the CLI runs this under tsx).
 *
 * Conventions for numbers in this module:
 * - population figures are persons;
 * - areas are km²;
 * - "ratio" values are fractions: 0.7 means 70 %, 2 means 200 %;
 * - "count" values are numbers of units.
 */
import type { AreaSource, ArrangedPeriod, DatasetContext, Level, Terrain, TerrainSource, UnitKind } from '../units';

export type Meets = 'both' | 'area' | 'population' | 'none';

/** Where a rule comes from. `article` is the article number as written ("2", "3a"); `clause` is "1" or "1.a". */
export interface Citation {
	document: string; // e.g. "NQ 35/2023/UBTVQH15"
	/** e.g. "2", "3a", "§2" for a project convention; '' when only the document can be cited (unknown article). */
	article: string;
	clause?: string; // "1" = khoản 1; "1.a" = khoản 1 điểm a; "1.a-d" = khoản 1 các điểm a–d
	amendedBy?: string; // e.g. "NQ 27/2022/UBTVQH15" when the article was added or amended later
}

/** Unit of a rule value: persons, km², a fraction (0.7 = 70 %), a count of units, an on/off flag, or an ISO date. */
export type ValueUnit = 'persons' | 'km2' | 'ratio' | 'count' | 'flag' | 'date';

/**
 * One value of the law, kept as data so an administrator can correct it (domain.md: the *(verify)* items).
 * `key` is stable across releases: overrides are stored against it.
 */
export interface RuleValue<T extends number | boolean | string = number> {
	key: string;
	value: T;
	unit: ValueUnit;
	citation: Citation;
	/** false for the values domain.md marks *(verify)*. */
	verified: boolean;
	label_vi: string;
	label_en: string;
	/** Set by applyOverrides: the value was replaced by an administrator; `original` keeps the legal text's value. */
	overridden?: boolean;
	original?: T;
}

/** Province class that selects the ward population standard of NQ 76/2025 (centrally-run city / mountainous or border / other). */
export type ProvinceClass = 'central_city' | 'mountainous_or_border' | 'other';

/** Dataset context as the rules engine reads it: the shared context plus, optionally, the province class (NQ 76 wards). */
export type RulesContext = DatasetContext & { provinceClass?: ProvinceClass | null };

/** The standard of one kind (domain.md §3 table row): minimum population (persons) and natural area (km²). */
export interface StandardRow {
	id: string; // e.g. "xa.mountainous", "phuong.of_quan", "phuong.central_city"
	kind: UnitKind;
	/** 'any' = the kind has no terrain variant (urban kinds). */
	terrain: Terrain | 'any';
	/** For phường under NQ 35: the kinds of parent district this row applies to. */
	parentKinds?: UnitKind[];
	/** For phường under NQ 76: the province class this row applies to. */
	provinceClass?: ProvinceClass;
	/** Row for island units only (NQ 112/2025: island commune); rows without it apply to mainland units. */
	island?: boolean;
	population: RuleValue; // persons
	area: RuleValue; // km²
	citation: Citation;
}

/** The reductions a specific factor grants (NQ 1211 Art. 3a, added by NQ 27/2022). Percentages are fractions of the standard. */
export interface ReductionRules {
	/** Kinds that may get a reduction (rural kinds only: tinh, huyen, xa). */
	appliesToKinds: UnitKind[];
	/** Mountainous unit with a large ethnic-minority share, or unit on a national land border: population standard reduced stepwise. */
	ethnicOrBorder: {
		minShare: RuleValue; // ratio of ethnic-minority population that qualifies a mountainous unit (0.30)
		basePercent: RuleValue; // ratio of the normal standard at qualification (0.50)
		stepShare: RuleValue; // ratio: each further full step of share (0.10) ...
		stepPercent: RuleValue; // ratio: ... lowers the standard by this (0.05)
		floorPercent: RuleValue; // ratio: never below this (0.20)
		citation: Citation;
	};
	/**
	 * Specially difficult coastal commune: population standard reduced to this ratio (0.50) of the standard row
	 * `basisStandardId` whatever the unit's terrain (NQ 1211: 50% of the xã standard of Art. 3.1.b), or of the unit's
	 * own standard when null.
	 */
	coastalDifficult: {
		percent: RuleValue;
		appliesToKinds: UnitKind[];
		basisStandardId: string | null;
		basisCitation: Citation | null;
		citation: Citation;
	};
	/**
	 * Island units: both standards reduced to this ratio (0.20, verify) of their kind's; null when the rule set has
	 * island rows of its own instead (NQ 112/2025).
	 */
	island: { percent: RuleValue; appliesToKinds: UnitKind[]; citation: Citation } | null;
	/** Red River Delta rural unit: area standard reduced to this ratio (0.70). */
	deltaArea: { percent: RuleValue; citation: Citation };
	/** Setting: the NQ 35 percentages are taken against the reduced standard (default on). */
	percentagesAgainstReduced: RuleValue<boolean>;
}

/** Identifier of an NQ 35 phase. */
export type PhaseId = '2023-2025' | '2026-2030';

/** One "subject when" row of domain.md §4: strict "below" on both ratios. */
export interface Criterion {
	/** Stable id built from the legal thresholds, e.g. 'a<70&p<70' (does not change when a value is overridden). */
	id: string;
	levels: Level[];
	areaBelow: RuleValue; // ratio of the area standard
	populationBelow: RuleValue; // ratio of the population standard
	citation: Citation;
}

/** Status of a phase or rule set in time. */
export interface StatusNote {
	code: 'in_force' | 'halted' | 'superseded';
	since?: string; // ISO month or date, e.g. "2025-03"
	replacedBy?: string; // id of the rule set that replaced it
	note_vi: string;
	note_en: string;
}

/** A phase of NQ 35 with its criteria, its automatic exemptions and its status. */
export interface Phase {
	id: PhaseId;
	label_vi: string;
	label_en: string;
	criteria: Criterion[];
	/** Units whose last arrangement falls in these periods are not required to be arranged in this phase, by law. */
	autoExempt: { periods: ArrangedPeriod[]; reasonCode: string; citation: Citation };
	status: StatusNote;
}

/** A user-recorded reason for keeping a subject unit (NQ 35 Art. 3.1 a–d): never inferred. */
export interface ExemptionReason {
	code: string;
	label_vi: string;
	label_en: string;
	citation: Citation;
}

/** How the kind of a merged unit is decided: §5 (same kind, else the urban member's kind kept as practice) or NQ 76. */
export type KindRuleCode = 'nq35' | 'nq76';

/** Rules for a proposed merger (domain.md §5, §8). */
export interface MergerRules {
	/** Levels that may be merged under this rule set (NQ 76 abolished the district level). */
	levels: Level[];
	kindRule: { code: KindRuleCode; citation: Citation; verified: boolean };
	/**
	 * Ratio of the standard the new unit must reach, per kind and terrain (NQ 76: 200 %/100 % or 100 %/200 % for a
	 * commune). Missing entries mean 100 % of the standard.
	 */
	required: { kind: UnitKind; terrain: Terrain | 'any'; area: RuleValue; population: RuleValue; citation: Citation }[];
	/**
	 * Merging this many units or more: NQ 35 = justification (a) for falling short (with (b): 2 units with no further
	 * adjacent unit or with specific factors); NQ 76 = standards not assessed; null = no such rule (NQ 112).
	 */
	threeOrMore: { minMembers: RuleValue; effect: 'justification' | 'not_assessed'; citation: Citation } | null;
	/** Whether a commune merger across a district line is shown as a warning (NQ 35: yes; NQ 76: no district level). */
	warnCrossParent: boolean;
}

/** Information-only count of sub-units (NQ 1211 Art. 1, 2): not an NQ 35 criterion. */
export interface SubUnitCountRule {
	kind: UnitKind; // parent kind the rule applies to
	min: RuleValue; // count of direct sub-units
	/** A sub-unit kind of which at least one is expected (huyện: at least one thị trấn). */
	requiresChildKind?: UnitKind;
	citation: Citation;
}

/** Data-quality thresholds (project conventions, not law). */
export interface DataChecks {
	areaDifferenceWarn: RuleValue; // ratio: |computed − official| / official above this is flagged (0.05)
}

/** A problem found when applying overrides (unknown key, wrong type, invalid number). */
export interface OverrideNote {
	key: string;
	problem: 'unknown_key' | 'wrong_type' | 'invalid_value';
}

/** A complete rule set: everything the engine needs for one legal basis, as data. */
export interface RuleSet {
	id: string;
	title_vi: string;
	title_en: string;
	document: string;
	issued: string; // ISO date of the legal document, or year when the day is not known
	status: StatusNote;
	/** Which period and which kind of dataset the rule set governs, in words (the rule-set switch, the dossier). */
	governs: { vi: string; en: string };
	/**
	 * Every citation the rule set can print, each once: the rule values, criteria, exemptions and reductions refer
	 * to these objects (a test compares them with domain.md §4).
	 */
	citations: Readonly<Record<string, Citation>>;
	/** Date of the figures the criteria are applied to (ISO date). */
	referenceDate: RuleValue<string>;
	standards: StandardRow[];
	/** Art. 3a reductions; null when the rule set does not apply them. */
	reductions: ReductionRules | null;
	/** Phases with per-unit criteria, in order; empty when the rule set has none (NQ 76). */
	phases: Phase[];
	exemptionReasons: ExemptionReason[];
	merger: MergerRules;
	subUnitCounts: SubUnitCountRule[];
	dataChecks: DataChecks;
	/** Filled by applyOverrides with the overrides it could not apply. */
	overrideNotes?: OverrideNote[];
}

/** An override of one rule value by key. */
export interface RuleOverride {
	key: string;
	value: number | boolean | string;
}

/** Flat row of the standards page (listRuleValues). */
export interface RuleValueRow {
	key: string;
	label_vi: string;
	label_en: string;
	value: number | boolean | string;
	unit: ValueUnit;
	citation: Citation;
	verified: boolean;
	overridden: boolean;
	original?: number | boolean | string;
}

// ---------------------------------------------------------------------------------------------------------------
// Verdicts
// ---------------------------------------------------------------------------------------------------------------

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
