/**
 * The project's own defaults and local assumptions (domain.md §6), with the few legal values they sit beside: leader
 * posts and salary retention (NQ 35 Art. 12), the 5-year deadline (NQ 35 Art. 11.3) and the retirement-age roadmap
 * (Decree 135/2020), the surplus offices' default target, and the payroll figures (base salary under Decree
 * 73/2024, average salary and cost per post as assumptions).
 */
import type { CommuneClass } from '../../units';
import { cite, D135, D33, D73, NQ35, SPEC_6, sv, type RetirementRoadmap, type StaffingSettings } from './common';

export function leaders(): StaffingSettings['leaders'] {
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

/** The 5-year plan: deadline, retirement age, the share of women assumed. */
export function plan(): StaffingSettings['plan'] {
	return {
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
	};
}

/** Surplus offices: the default target date (a setting, not law). */
export function offices(): StaffingSettings['offices'] {
	return {
		targetYears: sv(
			'staffing.offices.target_years',
			3,
			'years',
			SPEC_6,
			'Thời hạn mặc định xử lý trụ sở dôi dư kể từ ngày sắp xếp có hiệu lực (năm; không phải quy định pháp luật)',
			'Default years from the arrangement taking effect to settle a surplus office (not law)'
		)
	};
}

/** Payroll figures and the date the leave decrees switch (the leave decrees' own values come from leave-decrees.ts). */
export function payroll(): Omit<StaffingSettings['money'], 'd29' | 'd178'> {
	return {
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
		)
	};
}
