/** Sentences of the five-year plan and leave-payment reasons. */
import { formatDate } from '../../format';

import { pick, posts } from './labels';
import { num, type Template } from './reason-helpers';

export const PLAN_MONEY_TEMPLATES: Record<string, Template> = {
	// --- plan ---
	plan_meets_deadline: (p, l) =>
		pick(
			l,
			`Lộ trình giải quyết hết ${posts(p.startSurplus, l)} dôi dư${p.zeroInYear ? ` trong năm thứ ${num(p.zeroInYear)}` : ''}, trước thời hạn ${formatDate(String(p.deadline), l)}.`,
			`The plan resolves the ${posts(p.startSurplus, l)} surplus${p.zeroInYear ? ` in year ${num(p.zeroInYear)}` : ''}, before the deadline ${formatDate(String(p.deadline), l)}.`
		),
	plan_misses_deadline: (p, l) =>
		pick(
			l,
			`Lộ trình chưa giải quyết hết dôi dư trong thời hạn: đến ${formatDate(String(p.deadline), l)} còn ${posts(p.shortfall, l)}${p.zeroInYear ? ` (hết dôi dư vào năm thứ ${num(p.zeroInYear)})` : ''}.`,
			`The plan misses the deadline: ${posts(p.shortfall, l)} still surplus on ${formatDate(String(p.deadline), l)}${p.zeroInYear ? ` (zero in year ${num(p.zeroInYear)})` : ''}.`
		),
	plan_no_surplus: (p, l) =>
		pick(
			l,
			`Không có dôi dư: hiện có ${num(p.headcount)}, theo quy định ${num(p.norm)}.`,
			`No surplus: staff ${num(p.headcount)}, quota ${num(p.norm)}.`
		),
	plan_retirements_estimated: (_p, l) =>
		pick(
			l,
			'Số nghỉ hưu chưa nhập được ước tính từ cơ cấu độ tuổi theo lộ trình tuổi nghỉ hưu (làm tròn xuống).',
			'Retirements not entered are estimated from the age profile and the retirement-age roadmap (rounded down).'
		),
	plan_age_profile_total: (p, l) =>
		pick(
			l,
			`Tổng số trong cơ cấu độ tuổi (${num(p.profileTotal)}) khác số hiện có (${num(p.headcount)}).`,
			`The age profile counts ${num(p.profileTotal)} persons, the staff is ${num(p.headcount)}.`
		),
	plan_invalid_count: (p, l) =>
		pick(
			l,
			`Số liệu không hợp lệ (${String(p.what)}, năm thứ ${num(p.year)}): ${String(p.value)}.`,
			`Invalid count (${String(p.what)}, year ${num(p.year)}): ${String(p.value)}.`
		),
	plan_departures_exceed_headcount: (p, l) =>
		pick(
			l,
			`Năm thứ ${num(p.year)}: số giảm (${num(p.departures)}) lớn hơn số hiện có (${num(p.headcount)}).`,
			`Year ${num(p.year)}: departures (${num(p.departures)}) exceed the staff (${num(p.headcount)}).`
		),

	// --- money ---
	leave_within_12_assumed: (_p, l) =>
		pick(
			l,
			'Chưa có ngày sắp xếp: tính theo mức nghỉ trong 12 tháng đầu.',
			'No arrangement date: first-12-months rates assumed.'
		),
	leave_service_below_first_years: (p, l) =>
		pick(
			l,
			`Thời gian công tác có đóng BHXH (${num(p.serviceYears)} năm) chưa đủ ${num(p.firstYears)} năm: không tính trợ cấp theo thời gian công tác.`,
			`Insured service (${num(p.serviceYears)} years) below ${num(p.firstYears)} years: no service payment.`
		),
	leave_short_early_retirement: (p, l) =>
		pick(
			l,
			`Nghỉ sớm ${num(p.monthsEarly)} tháng (dưới ${num(p.min)} tháng): chỉ hưởng trợ cấp theo số tháng nghỉ sớm.`,
			`${num(p.monthsEarly)} months early (under ${num(p.min)}): only the per-month payment.`
		)
};
