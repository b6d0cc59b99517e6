/**
 * Leave payments: Decree 29/2023/NĐ-CP (before 2025) and Decree 178/2024/NĐ-CP as amended by Decree 67/2025/NĐ-CP
 * (from 1 Jan 2025). Every amount is a multiple of one month's salary.
 */
import type { Citation } from '../../rules/types';
import { cite, D178, D29, D67, sv, type Decree178Rules, type Decree29Rules, type StaffingValueUnit } from './common';

export function d29(): Decree29Rules {
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

export function d178(): Decree178Rules {
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
