/**
 * Staffing rule values as data (domain.md §6): quotas and their increments (Decree 33/2023), the class-scoring estimate
 * (NQ 1211/2016 as amended), the 5-year deadline and salary retention (NQ 35/2023 Art. 11–12), leave payments
 * (Decree 29/2023 before 2025, Decree 178/2024 from 1 Jan 2025), payroll figures and the project's own defaults.
 *
 * Every number an administrator may correct is a StaffingValue (a RuleValue with a wider choice of units) with a
 * stable key, so that it is overridden exactly like the rule sets: `applyStaffingOverrides(settings, overrides)`,
 * stored under the rule-set id `STAFFING_SETTINGS_ID`. Values that could not be confirmed against the legal text
 * carry `verified: false`.
 *
 * Plain TypeScript, relative imports only (the CLI runs this under tsx).
 */
import type { CommuneClass, CommuneKind } from '../units';
import type { Citation, OverrideNote, RuleOverride, RuleValue, ValueUnit } from '../rules/types';
import { deepFreeze, isRuleValue, listValues, overrideValues, visitRuleValues } from '../rules/values';

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
		classIMin: StaffingValue; // points
		classIIMin: StaffingValue; // points
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
const SPEC = 'domain.md';

const cite = (document: string, article: string, clause?: string, amendedBy?: string): Citation => {
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

const KIND_VI: Record<CommuneKind, string> = { xa: 'xã', phuong: 'phường', thi_tran: 'thị trấn' };
const KIND_EN: Record<CommuneKind, string> = { xa: 'commune', phuong: 'ward', thi_tran: 'township' };

// ---------------------------------------------------------------------------------------------------------------
// Builders
// ---------------------------------------------------------------------------------------------------------------

function cadreQuota(): StaffingSettings['quota']['cadres'] {
	const c = (kind: 'phuong' | 'xa_thi_tran', cls: CommuneClass, posts: number) => {
		const vi = kind === 'phuong' ? 'phường' : 'xã, thị trấn';
		const en = kind === 'phuong' ? 'ward' : 'commune, township';
		return sv(
			`staffing.quota.${kind}.${cls}`,
			posts,
			'posts',
			cite(D33, '6', kind === 'phuong' ? '1.a' : '1.b'),
			`Số lượng cán bộ, công chức – ${vi} loại ${cls}`,
			`Cadres and civil servants – ${en}, class ${cls}`
		);
	};
	// xã and thị trấn share one row of the Decree: the same value object sits under both kinds (one key).
	const xaI = c('xa_thi_tran', 'I', 22);
	const xaII = c('xa_thi_tran', 'II', 20);
	const xaIII = c('xa_thi_tran', 'III', 18);
	return {
		phuong: { I: c('phuong', 'I', 23), II: c('phuong', 'II', 21), III: c('phuong', 'III', 19) },
		xa: { I: xaI, II: xaII, III: xaIII },
		thi_tran: { I: xaI, II: xaII, III: xaIII }
	};
}

function nonProfessionalQuota(): StaffingSettings['quota']['nonProfessional'] {
	const c = (cls: CommuneClass, persons: number) =>
		sv(
			`staffing.quota.non_professional.${cls}`,
			persons,
			'posts',
			cite(D33, '33', '1'),
			`Số lượng người hoạt động không chuyên trách ở cấp xã tối đa – loại ${cls}`,
			`Non-professional workers at most – class ${cls}`
		);
	return { I: c('I', 14), II: c('II', 12), III: c('III', 10) };
}

/**
 * One points scale. `verifiedCap` is false where domain.md does not give the cap (phường, thị trấn): the caps chosen
 * there (35 population / 30 area points) mirror the xã and make "population and area give at most 65 points" hold.
 */
function scale(
	kind: CommuneKind,
	criterion: 'population' | 'area',
	levels: { base: number; step: number; max: number },
	citation: Citation,
	verifiedCap: boolean
): PointScale {
	const unit: StaffingValueUnit = criterion === 'population' ? 'persons' : 'km2';
	const k = `staffing.class.${kind}.${criterion}`;
	const what = criterion === 'population' ? ['quy mô dân số', 'population'] : ['diện tích tự nhiên', 'natural area'];
	const tag = `${KIND_VI[kind]}`;
	return {
		baseLevel: sv(
			`${k}.base_level`,
			levels.base,
			unit,
			citation,
			`Điểm phân loại ${tag} – mức ${what[0]} được tính điểm cơ bản`,
			`Class points, ${KIND_EN[kind]} – ${what[1]} level that earns the base points`,
			true,
			true
		),
		step: sv(
			`${k}.step`,
			levels.step,
			unit,
			citation,
			`Điểm phân loại ${tag} – mỗi mức ${what[0]} tăng thêm`,
			`Class points, ${KIND_EN[kind]} – each further step of ${what[1]}`,
			true,
			true
		),
		basePoints: sv(
			`${k}.base_points`,
			10,
			'points',
			citation,
			`Điểm phân loại ${tag} – điểm cơ bản theo ${what[0]}`,
			`Class points, ${KIND_EN[kind]} – base points for ${what[1]}`
		),
		stepPoints: sv(
			`${k}.step_points`,
			0.5,
			'points',
			citation,
			`Điểm phân loại ${tag} – điểm cho mỗi mức ${what[0]} tăng thêm`,
			`Class points, ${KIND_EN[kind]} – points per further step of ${what[1]}`
		),
		maxPoints: sv(
			`${k}.max_points`,
			levels.max,
			'points',
			citation,
			`Điểm phân loại ${tag} – điểm tối đa theo ${what[0]}`,
			`Class points, ${KIND_EN[kind]} – most points for ${what[1]}`,
			verifiedCap
		),
		citation
	};
}

function classScoring(): StaffingSettings['classScoring'] {
	// NQ 1211 Art. 14 (xã), Art. 19 (phường), Art. 20 (thị trấn); bands of commune-level classes: domain.md marks verify.
	const xaPop = cite(NQ1211, '14', '1', NQ27);
	const xaArea = cite(NQ1211, '14', '2', NQ27);
	const phPop = cite(NQ1211, '19', '1', NQ27);
	const phArea = cite(NQ1211, '19', '2', NQ27);
	const ttPop = cite(NQ1211, '20', '1', NQ27);
	const ttArea = cite(NQ1211, '20', '2', NQ27);
	const ratio = (key: string, value: number, c: Citation, vi: string, en: string, verified: boolean) =>
		sv(key, value, 'ratio', c, vi, en, verified, true);
	return {
		population: {
			xa: {
				...scale('xa', 'population', { base: 3_500, step: 100, max: 35 }, xaPop, true),
				mountainousRatio: ratio(
					'staffing.class.xa.population.mountainous_ratio',
					0.75,
					cite(NQ1211, '14', '1.b', NQ27),
					'Điểm phân loại xã miền núi, vùng cao – tỷ lệ áp dụng các mức dân số',
					'Class points, mountainous/highland commune – ratio applied to the population levels',
					true
				),
				borderRatio: ratio(
					'staffing.class.xa.population.border_ratio',
					0.3,
					cite(NQ1211, '14', '1.c', NQ27),
					'Điểm phân loại xã có đường biên giới quốc gia trên đất liền – tỷ lệ áp dụng các mức dân số',
					'Class points, commune on a national land border – ratio applied to the population levels',
					true
				)
			},
			phuong: {
				...scale('phuong', 'population', { base: 5_000, step: 200, max: 35 }, phPop, false),
				mountainousRatio: null,
				// Not in domain.md (which names border xã only): read from the Article as quoted in secondary sources.
				borderRatio: ratio(
					'staffing.class.phuong.population.border_ratio',
					0.3,
					cite(NQ1211, '19', '1.b', NQ27),
					'Điểm phân loại phường có đường biên giới quốc gia trên đất liền – tỷ lệ áp dụng các mức dân số',
					'Class points, ward on a national land border – ratio applied to the population levels',
					false
				)
			},
			thi_tran: {
				...scale('thi_tran', 'population', { base: 5_000, step: 100, max: 35 }, ttPop, false),
				mountainousRatio: null,
				borderRatio: ratio(
					'staffing.class.thi_tran.population.border_ratio',
					0.3,
					cite(NQ1211, '20', '1.b', NQ27),
					'Điểm phân loại thị trấn có đường biên giới quốc gia trên đất liền – tỷ lệ áp dụng các mức dân số',
					'Class points, township on a national land border – ratio applied to the population levels',
					false
				)
			}
		},
		area: {
			xa: scale('xa', 'area', { base: 10, step: 0.5, max: 30 }, xaArea, true),
			phuong: scale('phuong', 'area', { base: 2, step: 0.1, max: 30 }, phArea, false),
			thi_tran: scale('thi_tran', 'area', { base: 5, step: 0.2, max: 30 }, ttArea, false)
		},
		classIMin: sv(
			'staffing.class.band.I_min',
			75,
			'points',
			cite(NQ1211, '21', undefined, NQ27),
			'Đơn vị hành chính cấp xã loại I – số điểm tối thiểu',
			'Commune-level class I – minimum points',
			false
		),
		classIIMin: sv(
			'staffing.class.band.II_min',
			50,
			'points',
			cite(NQ1211, '21', undefined, NQ27),
			'Đơn vị hành chính cấp xã loại II – số điểm tối thiểu (loại III: dưới mức này)',
			'Commune-level class II – minimum points (class III: below this)',
			false
		),
		otherPointsMax: sv(
			'staffing.class.other_points_max',
			35,
			'points',
			SPEC_6,
			'Số điểm tối đa của các tiêu chí khác (ngân sách, nông thôn mới, yếu tố đặc thù) = 100 − 65',
			'Most points from the other criteria (budget, new-rural status, special factors) = 100 − 65',
			false
		)
	};
}

function leaders(): StaffingSettings['leaders'] {
	// Project assumption (domain.md §6): one chair plus the vice-chairs of the People's Committee. Decree 08/2016 (as
	// amended) allows a class I commune two vice-chairs and classes II–III one; a district two or three.
	const c = (cls: CommuneClass, posts: number) =>
		sv(
			`staffing.leaders.default.commune.${cls}`,
			posts,
			'posts',
			SPEC_6,
			`Số chức danh lãnh đạo mặc định của đơn vị cấp xã loại ${cls} (Chủ tịch và Phó Chủ tịch UBND)`,
			`Default leader posts of a class ${cls} commune-level unit (People's Committee chair and vice-chairs)`,
			false
		);
	return {
		defaultCommune: { I: c('I', 3), II: c('II', 2), III: c('III', 2) },
		defaultDistrict: sv(
			'staffing.leaders.default.district',
			3,
			'posts',
			SPEC_6,
			'Số chức danh lãnh đạo mặc định của đơn vị cấp huyện (Chủ tịch và Phó Chủ tịch UBND)',
			'Default leader posts of a district-level unit (People’s Committee chair and vice-chairs)',
			false
		),
		// domain.md asks to verify the article.
		salaryRetentionMinMonths: sv(
			'staffing.leaders.salary_retention_min_months',
			6,
			'months',
			cite(NQ35, '12', '1'),
			'Thời gian bảo lưu tiền lương và phụ cấp chức vụ tối thiểu của người thôi giữ chức vụ lãnh đạo',
			'Least time a leader who loses the post keeps salary and position allowance',
			false
		)
	};
}

function retirementRoadmap(sex: 'male' | 'female', start: number, step: number, cap: number): RetirementRoadmap {
	const vi = sex === 'male' ? 'nam' : 'nữ';
	const en = sex === 'male' ? 'men' : 'women';
	const c = cite(D135, '4', '1');
	return {
		startAgeMonths: sv(
			`staffing.plan.retirement_age.${sex}.start_months`,
			start,
			'months',
			c,
			`Tuổi nghỉ hưu của ${vi} trong năm đầu của lộ trình (tháng tuổi)`,
			`Retirement age of ${en} in the roadmap's first year (months of age)`,
			true,
			true
		),
		stepMonths: sv(
			`staffing.plan.retirement_age.${sex}.step_months`,
			step,
			'months',
			c,
			`Tuổi nghỉ hưu của ${vi} tăng thêm mỗi năm (tháng)`,
			`Retirement age of ${en}: months added each year`
		),
		capAgeMonths: sv(
			`staffing.plan.retirement_age.${sex}.cap_months`,
			cap,
			'months',
			c,
			`Tuổi nghỉ hưu của ${vi} khi kết thúc lộ trình (tháng tuổi)`,
			`Retirement age of ${en} at the end of the roadmap (months of age)`,
			true,
			true
		)
	};
}

function d29(): Decree29Rules {
	// Decree 29/2023 amends Decree 108/2014; the article numbers and amounts are from memory of the text: verify.
	const retire = cite(D29, '5', '1');
	const resign = cite(D29, '7', '1');
	const m = (key: string, value: number, unit: StaffingValueUnit, c: Citation, vi: string, en: string) =>
		sv(`staffing.leave.d29.${key}`, value, unit, c, vi, en, false);
	return {
		retireMonthsPerEarlyYear: m(
			'retire.months_per_early_year',
			3,
			'months_salary',
			retire,
			'NĐ 29/2023 – nghỉ hưu trước tuổi: số tháng lương trợ cấp cho mỗi năm nghỉ hưu trước tuổi',
			'Decree 29/2023 – early retirement: months of salary per year retired early'
		),
		serviceFirstYears: m(
			'retire.service_first_years',
			20,
			'years',
			retire,
			'NĐ 29/2023 – nghỉ hưu trước tuổi: số năm công tác đầu có đóng BHXH được trợ cấp trọn gói',
			'Decree 29/2023 – early retirement: first years of insured service paid as a lump'
		),
		serviceFirstMonths: m(
			'retire.service_first_months',
			5,
			'months_salary',
			retire,
			'NĐ 29/2023 – nghỉ hưu trước tuổi: số tháng lương trợ cấp cho các năm công tác đầu',
			'Decree 29/2023 – early retirement: months of salary for the first years of service'
		),
		serviceMonthsPerFurtherYear: m(
			'retire.service_months_per_further_year',
			0.5,
			'months_salary',
			retire,
			'NĐ 29/2023 – nghỉ hưu trước tuổi: số tháng lương cho mỗi năm công tác tiếp theo',
			'Decree 29/2023 – early retirement: months of salary per further year of service'
		),
		resignJobSearchMonths: m(
			'resign.job_search_months',
			3,
			'months_salary',
			resign,
			'NĐ 29/2023 – thôi việc ngay: số tháng lương trợ cấp để tìm việc làm',
			'Decree 29/2023 – resignation: months of salary to look for work'
		),
		resignMonthsPerServiceYear: m(
			'resign.months_per_service_year',
			1.5,
			'months_salary',
			resign,
			'NĐ 29/2023 – thôi việc ngay: số tháng lương cho mỗi năm công tác có đóng BHXH',
			'Decree 29/2023 – resignation: months of salary per year of insured service'
		),
		citationRetire: retire,
		citationResign: resign
	};
}

function d178(): Decree178Rules {
	// Decree 178/2024 as amended by Decree 67/2025 (Art. 7 early retirement, Art. 9 resignation).
	const retire = cite(D178, '7', '1', D67);
	const resign = cite(D178, '9', '1', D67);
	const m = (
		key: string,
		value: number,
		unit: StaffingValueUnit,
		c: Citation,
		vi: string,
		en: string,
		verified = true,
		positive = false
	) => sv(`staffing.leave.d178.${key}`, value, unit, c, vi, en, verified, positive);
	return {
		retireMonthsEarlyCap: m(
			'retire.months_early_cap',
			60,
			'months',
			retire,
			'NĐ 178/2024 – nghỉ hưu trước tuổi: số tháng nghỉ sớm được tính tối đa',
			'Decree 178/2024 – early retirement: months early counted at most'
		),
		retireFullBenefitsMinMonthsEarly: m(
			'retire.full_benefits_min_months_early',
			24,
			'months',
			retire,
			'NĐ 178/2024 – nghỉ hưu trước tuổi: số tháng nghỉ sớm tối thiểu để được trợ cấp theo năm nghỉ sớm và năm công tác',
			'Decree 178/2024 – early retirement: least months early for the per-year and service payments',
			false
		),
		retireLongThresholdMonths: m(
			'retire.long_threshold_months',
			60,
			'months',
			retire,
			'NĐ 178/2024 – nghỉ hưu trước tuổi: trên số tháng nghỉ sớm này áp dụng mức của trường hợp trên 5 năm',
			'Decree 178/2024 – early retirement: above this many months early the over-5-years rates apply'
		),
		retireFactorFirst12: m(
			'retire.factor_first12',
			1.0,
			'months_salary',
			retire,
			'NĐ 178/2024 – nghỉ hưu trước tuổi (đến 5 năm), nghỉ trong 12 tháng đầu: số tháng lương cho mỗi tháng nghỉ sớm',
			'Decree 178/2024 – early retirement (up to 5 years), within the first 12 months: months of salary per month early'
		),
		retireFactorLater: m(
			'retire.factor_later',
			0.5,
			'months_salary',
			retire,
			'NĐ 178/2024 – nghỉ hưu trước tuổi (đến 5 năm), nghỉ từ tháng thứ 13: số tháng lương cho mỗi tháng nghỉ sớm',
			'Decree 178/2024 – early retirement (up to 5 years), from the 13th month: months of salary per month early'
		),
		retireFactorFirst12Long: m(
			'retire.factor_first12_long',
			0.9,
			'months_salary',
			retire,
			'NĐ 178/2024 – nghỉ hưu trước tuổi (trên 5 năm), nghỉ trong 12 tháng đầu: số tháng lương cho mỗi tháng nghỉ sớm',
			'Decree 178/2024 – early retirement (over 5 years), within the first 12 months: months of salary per month early'
		),
		retireFactorLaterLong: m(
			'retire.factor_later_long',
			0.45,
			'months_salary',
			retire,
			'NĐ 178/2024 – nghỉ hưu trước tuổi (trên 5 năm), nghỉ từ tháng thứ 13: số tháng lương cho mỗi tháng nghỉ sớm',
			'Decree 178/2024 – early retirement (over 5 years), from the 13th month: months of salary per month early'
		),
		retireMonthsPerEarlyYear: m(
			'retire.months_per_early_year',
			5,
			'months_salary',
			retire,
			'NĐ 178/2024 – nghỉ hưu trước tuổi (đến 5 năm): số tháng lương cho mỗi năm nghỉ sớm',
			'Decree 178/2024 – early retirement (up to 5 years): months of salary per year early'
		),
		retireMonthsPerEarlyYearLong: m(
			'retire.months_per_early_year_long',
			4,
			'months_salary',
			retire,
			'NĐ 178/2024 – nghỉ hưu trước tuổi (trên 5 năm): số tháng lương cho mỗi năm nghỉ sớm',
			'Decree 178/2024 – early retirement (over 5 years): months of salary per year early'
		),
		serviceFirstYears: m(
			'retire.service_first_years',
			20,
			'years',
			retire,
			'NĐ 178/2024 – nghỉ hưu trước tuổi: số năm công tác đầu có đóng BHXH được trợ cấp trọn gói',
			'Decree 178/2024 – early retirement: first years of insured service paid as a lump',
			false
		),
		serviceFirstMonths: m(
			'retire.service_first_months',
			5,
			'months_salary',
			retire,
			'NĐ 178/2024 – nghỉ hưu trước tuổi: số tháng lương cho các năm công tác đầu',
			'Decree 178/2024 – early retirement: months of salary for the first years of service',
			false
		),
		serviceMonthsPerFurtherYear: m(
			'retire.service_months_per_further_year',
			0.5,
			'months_salary',
			retire,
			'NĐ 178/2024 – nghỉ hưu trước tuổi: số tháng lương cho mỗi năm công tác tiếp theo',
			'Decree 178/2024 – early retirement: months of salary per further year of service',
			false
		),
		serviceSwitchDate: sv<string>(
			'staffing.leave.d178.retire.service_switch_date',
			'2025-07-01',
			'date',
			retire,
			'NĐ 178/2024 – nghỉ hưu trước tuổi: ngày áp dụng mức trợ cấp theo năm công tác mới (Luật BHXH 2024)',
			'Decree 178/2024 – early retirement: date the new service payment applies (Social Insurance Law 2024)',
			false
		),
		serviceFirstYearsFromSwitch: m(
			'retire.service_first_years_from_switch',
			15,
			'years',
			retire,
			'NĐ 178/2024 – nghỉ hưu trước tuổi, từ ngày áp dụng mới: số năm công tác đầu được trợ cấp trọn gói',
			'Decree 178/2024 – early retirement, from the switch date: first years of service paid as a lump',
			false
		),
		serviceFirstMonthsFromSwitch: m(
			'retire.service_first_months_from_switch',
			4,
			'months_salary',
			retire,
			'NĐ 178/2024 – nghỉ hưu trước tuổi, từ ngày áp dụng mới: số tháng lương cho các năm công tác đầu',
			'Decree 178/2024 – early retirement, from the switch date: months of salary for the first years of service',
			false
		),
		resignMonthsCap: m(
			'resign.months_cap',
			60,
			'months',
			resign,
			'NĐ 178/2024 – thôi việc: số tháng tính trợ cấp tối đa',
			'Decree 178/2024 – resignation: months counted at most'
		),
		resignFactorFirst12: m(
			'resign.factor_first12',
			0.8,
			'months_salary',
			resign,
			'NĐ 178/2024 – thôi việc trong 12 tháng đầu: số tháng lương cho mỗi tháng tính trợ cấp',
			'Decree 178/2024 – resignation within the first 12 months: months of salary per month counted'
		),
		resignFactorLater: m(
			'resign.factor_later',
			0.4,
			'months_salary',
			resign,
			'NĐ 178/2024 – thôi việc từ tháng thứ 13: số tháng lương cho mỗi tháng tính trợ cấp',
			'Decree 178/2024 – resignation from the 13th month: months of salary per month counted'
		),
		resignMonthsPerServiceYear: m(
			'resign.months_per_service_year',
			1.5,
			'months_salary',
			resign,
			'NĐ 178/2024 – thôi việc: số tháng lương cho mỗi năm công tác có đóng BHXH',
			'Decree 178/2024 – resignation: months of salary per year of insured service'
		),
		resignJobSearchMonths: m(
			'resign.job_search_months',
			3,
			'months_salary',
			resign,
			'NĐ 178/2024 – thôi việc: số tháng lương trợ cấp để tìm việc làm',
			'Decree 178/2024 – resignation: months of salary to look for work'
		),
		citationRetire: retire,
		citationResign: resign
	};
}

/** Build the staffing settings of the legal texts (a fresh, mutable object). */
export function createStaffingSettings(): StaffingSettings {
	return {
		id: STAFFING_SETTINGS_ID,
		quota: { cadres: cadreQuota(), nonProfessional: nonProfessionalQuota() },
		increment: {
			populationStepOfQuan: sv(
				'staffing.increment.population_step.phuong_of_quan',
				1 / 3,
				'ratio',
				cite(D33, '6', '2.a'),
				'Phường thuộc quận: cứ tăng thêm đủ tỷ lệ này của mức quy định về quy mô dân số thì tăng thêm 01 công chức',
				'Ward of a quận: one more civil servant per full step of this share of the population standard',
				true,
				true
			),
			populationStepOther: sv(
				'staffing.increment.population_step.other',
				1 / 2,
				'ratio',
				cite(D33, '6', '2.a'),
				'Các đơn vị cấp xã còn lại: cứ tăng thêm đủ tỷ lệ này của mức quy định về quy mô dân số thì tăng thêm 01 công chức',
				'Other commune-level units: one more civil servant per full step of this share of the population standard',
				true,
				true
			),
			areaStep: sv(
				'staffing.increment.area_step',
				1,
				'ratio',
				cite(D33, '6', '2.b'),
				'Cứ tăng thêm đủ tỷ lệ này của mức quy định về diện tích tự nhiên thì tăng thêm 01 công chức',
				'One more civil servant per full step of this share of the area standard',
				true,
				true
			),
			// domain.md is silent: the Decree's Art. 33.2 (as reported) adds one non-professional per added civil servant.
			nonProfessionalPerCivilServant: sv(
				'staffing.increment.non_professional_per_civil_servant',
				1,
				'ratio',
				cite(D33, '33', '2'),
				'Số người hoạt động không chuyên trách tăng thêm cho mỗi công chức tăng thêm',
				'Non-professional workers added per added civil servant',
				false
			),
			againstReducedStandard: sv<boolean>(
				'staffing.increment.against_reduced_standard',
				true,
				'flag',
				cite(D33, '6', '2'),
				'Tính số tăng thêm so với tiêu chuẩn đã giảm theo yếu tố đặc thù (Điều 3a NQ 1211)',
				'Increments counted above the reduced standard (NQ 1211 Art. 3a)',
				false
			)
		},
		classScoring: classScoring(),
		leaders: leaders(),
		plan: {
			deadlineYears: sv(
				'staffing.plan.deadline_years',
				5,
				'years',
				cite(NQ35, '11', '3'),
				'Thời hạn giải quyết số lượng dôi dư kể từ ngày nghị quyết sắp xếp có hiệu lực (năm)',
				'Years from the arrangement taking effect to resolve the surplus',
				true,
				true
			),
			roadmapStartYear: sv(
				'staffing.plan.retirement_age.roadmap_start_year',
				2021,
				'count',
				cite(D135, '4', '1'),
				'Năm đầu của lộ trình điều chỉnh tuổi nghỉ hưu',
				'First year of the retirement-age roadmap'
			),
			retirementAge: {
				male: retirementRoadmap('male', 60 * 12 + 3, 3, 62 * 12),
				female: retirementRoadmap('female', 55 * 12 + 4, 4, 60 * 12)
			},
			femaleShareWhenUnknown: sv(
				'staffing.plan.female_share_when_unknown',
				0.5,
				'ratio',
				SPEC_6,
				'Tỷ lệ nữ giả định trong nhóm tuổi không ghi giới tính',
				'Share of women assumed in an age band whose sex is not given',
				false
			)
		},
		offices: {
			targetYears: sv(
				'staffing.offices.target_years',
				3,
				'years',
				SPEC_6,
				'Thời hạn mặc định xử lý trụ sở dôi dư kể từ ngày sắp xếp có hiệu lực (năm; không phải quy định pháp luật)',
				'Default years from the arrangement taking effect to settle a surplus office (not law)'
			)
		},
		money: {
			decree178From: sv<string>(
				'staffing.money.decree178_from',
				'2025-01-01',
				'date',
				SPEC_6,
				'Ngày bắt đầu áp dụng chính sách của Nghị định 178/2024/NĐ-CP (trước ngày này: Nghị định 29/2023/NĐ-CP)',
				'Date from which Decree 178/2024 applies (before it: Decree 29/2023)'
			),
			baseSalary: sv(
				'staffing.money.base_salary',
				2_340_000,
				'vnd',
				cite(D73, '3', '2'),
				'Mức lương cơ sở (đồng/tháng)',
				'Base salary (VND per month)',
				true,
				true
			),
			averageMonthlySalary: sv(
				'staffing.money.average_monthly_salary',
				7_020_000,
				'vnd',
				SPEC_6,
				'Tiền lương tháng hiện hưởng bình quân dùng để tính trợ cấp (đồng/tháng; mặc định 3,00 × lương cơ sở)',
				'Average current monthly salary used for leave payments (VND; default 3.00 × base salary)',
				false
			),
			annualCostPerPost: sv(
				'staffing.money.annual_cost_per_post',
				100_000_000,
				'vnd',
				SPEC_6,
				'Chi phí bình quân một biên chế cán bộ, công chức cấp xã mỗi năm (lương, phụ cấp, các khoản đóng; đồng)',
				'Average yearly cost of one cadre or civil-servant post (salary, allowances, contributions; VND)',
				false
			),
			nonProfessionalAllowanceMultiple: sv(
				'staffing.money.non_professional_allowance_multiple',
				1.5,
				'ratio',
				cite(D33, '34', '1'),
				'Phụ cấp bình quân của một người hoạt động không chuyên trách ở cấp xã (số lần lương cơ sở mỗi tháng)',
				'Average monthly allowance of one non-professional worker (multiple of the base salary)',
				false
			),
			d29: d29(),
			d178: d178()
		}
	};
}

/** The staffing settings of the legal texts, built once and frozen: use applyStaffingOverrides for changes. */
export const STAFFING_SETTINGS: StaffingSettings = deepFreeze(createStaffingSettings());

// ---------------------------------------------------------------------------------------------------------------
// Listing and overrides
// ---------------------------------------------------------------------------------------------------------------

type AnyValue = StaffingValue<number | boolean | string>;

function visit(settings: StaffingSettings, fn: (v: AnyValue) => void): void {
	// visitRuleValues walks any object graph and recognises values by shape; the unit is not inspected.
	visitRuleValues(settings, (v) => fn(v as unknown as AnyValue));
}

/** Flat list of every staffing value (each key once), for the settings page. */
export function listStaffingValues(settings: StaffingSettings = STAFFING_SETTINGS): StaffingValueRow[] {
	return listValues(settings) as unknown as StaffingValueRow[];
}

/** Keys of the values still to verify against the legal text and not corrected by an administrator. */
export function unverifiedStaffingKeys(settings: StaffingSettings = STAFFING_SETTINGS): string[] {
	const out: string[] = [];
	visit(settings, (v) => {
		if (!v.verified && !v.overridden && !out.includes(v.key)) out.push(v.key);
	});
	return out;
}

function valueProblem(v: AnyValue, value: unknown): OverrideNote['problem'] | null {
	if (v.unit === 'flag') return typeof value === 'boolean' ? null : 'wrong_type';
	if (v.unit === 'date') {
		if (typeof value !== 'string') return 'wrong_type';
		return /^\d{4}-\d{2}-\d{2}$/.test(value) ? null : 'invalid_value';
	}
	if (typeof value !== 'number') return 'wrong_type';
	if (!Number.isFinite(value) || value < 0) return 'invalid_value';
	if (v.positive && value === 0) return 'invalid_value';
	// A post, a count or a year count is a whole number.
	if ((v.unit === 'posts' || v.unit === 'count') && !Number.isInteger(value)) return 'invalid_value';
	return null;
}

/**
 * Return new settings with the given values replaced (the input is not modified). Replaced values carry
 * `overridden: true` and the legal value in `original`; overrides that cannot apply are listed in `overrideNotes`.
 * Same contract as applyOverrides of the rules engine, so overrides of both are stored and audited alike.
 */
export function applyStaffingOverrides(settings: StaffingSettings, overrides: RuleOverride[]): StaffingSettings {
	return overrideValues(settings, overrides, (v, value) => valueProblem(v as unknown as AnyValue, value));
}

/** True when x is a staffing (or rule) value: used by callers that walk the settings generically. */
export function isStaffingValue(x: unknown): x is AnyValue {
	return isRuleValue(x);
}
