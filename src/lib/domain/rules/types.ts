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
import type { ArrangedPeriod, DatasetContext, Level, Terrain, UnitKind } from '../units';

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

export type * from './verdict-types.ts';
