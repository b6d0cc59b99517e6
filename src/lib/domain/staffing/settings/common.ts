/**
 * Shared shapes and helpers of the staffing settings: the value type (a RuleValue with staffing units), the settings
 * tree, the documents cited and the `sv` builder. The values themselves live beside this file, one file per source.
 *
 * Plain TypeScript, relative imports only (the CLI runs this under tsx).
 */
import type { CommuneClass, CommuneKind } from '../../units';
import type { Citation, OverrideNote, RuleValue, ValueUnit } from '../../rules/types';

/** Id under which staffing overrides are stored (the rule_overrides table's rule_set_id). */
export const STAFFING_SETTINGS_ID = 'staffing';

/**
 * Unit of a staffing value: the rules engine's units plus posts (biên chế), points (class scoring), months, years,
 * VND, and `months_salary` (a multiple of one month's salary).
 */
export type StaffingValueUnit = ValueUnit | 'posts' | 'points' | 'months' | 'years' | 'vnd' | 'months_salary';

/** A staffing rule value: same shape as a RuleValue, with the staffing units. */
export type StaffingValue<T extends number | boolean | string = number> = Omit<RuleValue<T>, 'unit'> & {
	unit: StaffingValueUnit;
	/** The value is a divisor or a step size: zero is not a valid override. */
	positive?: boolean;
};

/** Flat row of the staffing settings page (listStaffingValues). */
export interface StaffingValueRow {
	key: string;
	label_vi: string;
	label_en: string;
	value: number | boolean | string;
	unit: StaffingValueUnit;
	citation: Citation;
	verified: boolean;
	overridden: boolean;
	original?: number | boolean | string;
}

/** A points scale of NQ 1211: `basePoints` up to `baseLevel`, then `stepPoints` per full `step`, at most `maxPoints`. */
export interface PointScale {
	baseLevel: StaffingValue; // persons or km²
	step: StaffingValue; // persons or km²
	basePoints: StaffingValue; // points
	stepPoints: StaffingValue; // points
	maxPoints: StaffingValue; // points
	citation: Citation;
}

/** Population scale of one commune kind, with the reduced levels of mountainous and border units (ratios). */
export interface PopulationScale extends PointScale {
	/** Ratio applied to the population levels of a mountainous/highland unit (xã: 0.75); null = no such rule. */
	mountainousRatio: StaffingValue | null;
	/** Ratio applied to the population levels of a unit on a national land border (0.30); null = no such rule. */
	borderRatio: StaffingValue | null;
}

/** Retirement-age roadmap of one sex (Decree 135/2020 Art. 4): age in months, rising each calendar year to a cap. */
export interface RetirementRoadmap {
	startAgeMonths: StaffingValue; // months of age in the roadmap's first year
	stepMonths: StaffingValue; // months added each calendar year
	capAgeMonths: StaffingValue; // months of age at which the roadmap stops
}

/** Leave payments under Decree 29/2023 (before 2025). Every number is a multiple of one month's salary. */
export interface Decree29Rules {
	/** Early retirement: months of salary per year retired early (years rounded to halves). */
	retireMonthsPerEarlyYear: StaffingValue;
	/** Early retirement: lump for the first `serviceFirstYears` years of insured service. */
	serviceFirstYears: StaffingValue; // years
	serviceFirstMonths: StaffingValue; // months of salary
	/** Early retirement: months of salary per further year of insured service. */
	serviceMonthsPerFurtherYear: StaffingValue;
	/** Resignation (thôi việc): months of salary to look for work. */
	resignJobSearchMonths: StaffingValue;
	/** Resignation: months of salary per year of insured service. */
	resignMonthsPerServiceYear: StaffingValue;
	citationRetire: Citation;
	citationResign: Citation;
}

/** Leave payments under Decree 178/2024 as amended by Decree 67/2025 (from 1 Jan 2025). */
export interface Decree178Rules {
	/** Early retirement: months early counted at most (months). */
	retireMonthsEarlyCap: StaffingValue;
	/** Early retirement: below this many months early only the per-month payment is due (months). */
	retireFullBenefitsMinMonthsEarly: StaffingValue;
	/** Early retirement: above this many months early the "long" factors apply (months). */
	retireLongThresholdMonths: StaffingValue;
	/** Months of salary per month retired early: within the first 12 months / later; short (≤ 60 months) and long cases. */
	retireFactorFirst12: StaffingValue; // months_salary per month early
	retireFactorLater: StaffingValue;
	retireFactorFirst12Long: StaffingValue;
	retireFactorLaterLong: StaffingValue;
	/** Months of salary per year retired early: short and long cases. */
	retireMonthsPerEarlyYear: StaffingValue;
	retireMonthsPerEarlyYearLong: StaffingValue;
	/** Service lump: first years and its months, then per further year (before the switch date). */
	serviceFirstYears: StaffingValue; // years
	serviceFirstMonths: StaffingValue; // months of salary
	serviceMonthsPerFurtherYear: StaffingValue; // months of salary per year
	/** From this date (Social Insurance Law 2024) the service lump reads differently. */
	serviceSwitchDate: StaffingValue<string>;
	serviceFirstYearsFromSwitch: StaffingValue; // years
	serviceFirstMonthsFromSwitch: StaffingValue; // months of salary
	/** Resignation: months to retirement counted at most (months). */
	resignMonthsCap: StaffingValue;
	/** Resignation: months of salary per month to retirement, within the first 12 months / later. */
	resignFactorFirst12: StaffingValue;
	resignFactorLater: StaffingValue;
	/** Resignation: months of salary per year of insured service. */
	resignMonthsPerServiceYear: StaffingValue;
	/** Resignation: months of salary to look for work. */
	resignJobSearchMonths: StaffingValue;
	citationRetire: Citation;
	citationResign: Citation;
}

/** A classification rule set: NQ 1211/2016 (three-tier) or Decree 307/2025 (two-tier, from 27 Nov 2025). */
export type ClassRuleSetId = 'nq1211_2016' | 'd307_2025';
export const CLASS_RULE_SET_IDS: readonly ClassRuleSetId[] = ['nq1211_2016', 'd307_2025'];

/** Class bands of one classification rule set, in points. */
export interface ClassBands {
	id: ClassRuleSetId;
	label_vi: string;
	label_en: string;
	citation: Citation;
	/** Wards (and special zones) from this many points are of the special class; null = no special class. */
	specialMin: StaffingValue | null;
	classIMin: StaffingValue;
	classIIMin: StaffingValue;
	/** Date the rule set took effect; null = in force throughout the tool's period. */
	inForceFrom: StaffingValue<string> | null;
}

/** All staffing settings. */
export interface StaffingSettings {
	id: typeof STAFFING_SETTINGS_ID;
	/** Decree 33/2023 Art. 6.1 (cadres and civil servants) and Art. 33.1 (non-professional workers), posts. */
	quota: {
		cadres: Record<CommuneKind, Record<CommuneClass, StaffingValue>>;
		nonProfessional: Record<CommuneClass, StaffingValue>;
	};
	/** Decree 33/2023 Art. 6.2 and Art. 33.2: quota increments above the standards. */
	increment: {
		/** Ratio of the population standard per added post: wards of a quận (1/3). */
		populationStepOfQuan: StaffingValue;
		/** Ratio of the population standard per added post: every other commune-level unit (1/2). */
		populationStepOther: StaffingValue;
		/** Ratio of the area standard per added post (1 = 100 %). */
		areaStep: StaffingValue;
		/** Non-professional workers added per added civil servant (1). */
		nonProfessionalPerCivilServant: StaffingValue;
		/** Take the increments above the reduced (Art. 3a) standard rather than the normal one. */
		againstReducedStandard: StaffingValue<boolean>;
	};
	/** NQ 1211/2016 as amended: class scoring of commune-level units (only population and area are computed). */
	classScoring: {
		population: Record<CommuneKind, PopulationScale>;
		area: Record<CommuneKind, PointScale>;
		/** Island units (NQ 1211 Art. 21, verify): ratios applied to the population and to the area levels. */
		island: { populationRatio: StaffingValue; areaRatio: StaffingValue };
		/** Class bands of each classification rule set (the estimate uses one, chosen per dataset or by the user). */
		bands: Record<ClassRuleSetId, ClassBands>;
		/** Most points the other criteria (budget, new-rural status, special factors) can add. */
		otherPointsMax: StaffingValue; // points
	};
	leaders: {
		/** Default leader posts of a commune-level unit by class (chair + vice-chairs of the People's Committee). */
		defaultCommune: Record<CommuneClass, StaffingValue>;
		/** Default leader posts of a district-level unit. */
		defaultDistrict: StaffingValue;
		/** Leaders who lose their post keep salary and allowance to the end of their term, at least this long. */
		salaryRetentionMinMonths: StaffingValue;
	};
	plan: {
		/** Surplus brought to the norm within this many years of the arrangement taking effect (NQ 35 Art. 11.3). */
		deadlineYears: StaffingValue;
		/** Retirement age (Labour Code 2019 Art. 169; Decree 135/2020 Art. 4): first year of the roadmap. */
		roadmapStartYear: StaffingValue;
		retirementAge: { male: RetirementRoadmap; female: RetirementRoadmap };
		/** Share of women assumed in an age band whose sex is not given. */
		femaleShareWhenUnknown: StaffingValue;
	};
	offices: {
		/** Default target date of a surplus office's planned use: years after the arrangement takes effect. */
		targetYears: StaffingValue;
	};
	money: {
		/** Leaves on or after this date are paid under Decree 178/2024, before it under Decree 29/2023. */
		decree178From: StaffingValue<string>;
		baseSalary: StaffingValue; // VND per month (lương cơ sở)
		averageMonthlySalary: StaffingValue; // VND per month, for leave payments
		annualCostPerPost: StaffingValue; // VND per post per year, cadres and civil servants
		/** Monthly allowance of a non-professional worker as a multiple of the base salary. */
		nonProfessionalAllowanceMultiple: StaffingValue;
		d29: Decree29Rules;
		d178: Decree178Rules;
	};
	/** Filled by applyStaffingOverrides with the overrides it could not apply. */
	overrideNotes?: OverrideNote[];
}

// ---------------------------------------------------------------------------------------------------------------
// Documents and citations
// ---------------------------------------------------------------------------------------------------------------

export const D33 = 'NĐ 33/2023/NĐ-CP';
export const D29 = 'NĐ 29/2023/NĐ-CP';
export const D178 = 'NĐ 178/2024/NĐ-CP';
export const D67 = 'NĐ 67/2025/NĐ-CP';
export const D73 = 'NĐ 73/2024/NĐ-CP';
export const D135 = 'NĐ 135/2020/NĐ-CP';
export const NQ35 = 'NQ 35/2023/UBTVQH15';
export const NQ1211 = 'NQ 1211/2016/UBTVQH13';
export const NQ27 = 'NQ 27/2022/UBTVQH15';
export const D307 = 'NĐ 307/2025/NĐ-CP';
const SPEC = 'domain.md';

export const cite = (document: string, article: string, clause?: string, amendedBy?: string): Citation => {
	const c: Citation = { document, article };
	if (clause) c.clause = clause;
	if (amendedBy) c.amendedBy = amendedBy;
	return c;
};
/** Project convention or assumption written in domain.md §6. */
export const SPEC_6: Citation = { document: SPEC, article: '§6' };

/** Build a staffing value (verified unless said otherwise). */
export function sv<T extends number | boolean | string = number>(
	key: string,
	value: T,
	unit: StaffingValueUnit,
	citation: Citation,
	label_vi: string,
	label_en: string,
	verified = true,
	positive = false
): StaffingValue<T> {
	const v: StaffingValue<T> = { key, value, unit, citation, verified, label_vi, label_en };
	if (positive) v.positive = true;
	return v;
}
