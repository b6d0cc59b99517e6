/**
 * Sentences for the reasons of a unit verdict: data warnings, standards and reductions, the verdict itself.
 */
import { formatArea, formatNumber, formatPopulation, MONTHS_EN } from '../format';
import type { Lang } from '../format';
import type { Level, UnitKind } from '../units';
import type { Citation, Meets } from './types';
import {
	exemptionReasonLabel,
	formatCitation,
	kindName,
	levelLabel,
	meetsLabel,
	percentText,
	ruleSetName
} from './text-labels';
import { count, lowerFirst, missingText, num, phaseText, pick, type Template } from './text-util';

const pct = (x: unknown, lang: Lang): string => percentText(num(x), lang);

/** Reasons of a unit verdict, by code. */
export const UNIT_TEMPLATES: Record<string, Template> = {
	// --- data warnings (unit) ---
	population_missing: (_p, l) => pick(l, 'Thiếu số liệu quy mô dân số.', 'Population figure missing.'),
	population_invalid: (p, l) =>
		pick(l, `Số liệu dân số không hợp lệ (${String(p.value)}).`, `Invalid population figure (${String(p.value)}).`),
	area_missing: (_p, l) =>
		pick(
			l,
			'Thiếu số liệu diện tích tự nhiên (không có diện tích chính thức lẫn diện tích tính từ bản đồ).',
			'Natural area missing (neither an official nor a computed figure).'
		),
	area_invalid: (p, l) =>
		pick(l, `Số liệu diện tích không hợp lệ (${String(p.value)}).`, `Invalid area figure (${String(p.value)}).`),
	area_difference: (p, l) =>
		pick(
			l,
			`Diện tích tính từ bản đồ (${formatArea(num(p.computedKm2), l)}) chênh ${pct(Math.abs(num(p.difference) ?? 0), l)} so với diện tích tự nhiên chính thức (${formatArea(num(p.officialKm2), l)}), vượt ngưỡng ${pct(p.threshold, l)}: cần kiểm tra số liệu. Tiêu chí dùng diện tích chính thức.`,
			`Computed area (${formatArea(num(p.computedKm2), l)}) differs by ${pct(Math.abs(num(p.difference) ?? 0), l)} from the official natural area (${formatArea(num(p.officialKm2), l)}), above the ${pct(p.threshold, l)} threshold: check the data. The criteria use the official figure.`
		),
	ethnic_share_out_of_range: (p, l) =>
		pick(
			l,
			`Tỷ lệ dân số là người dân tộc thiểu số (${String(p.value)}) phải nằm trong khoảng 0–1 (0–100%); giá trị này không được dùng.`,
			`Ethnic-minority share (${String(p.value)}) must lie between 0 and 1 (0–100%); the value is ignored.`
		),
	unknown_kind: (p, l) =>
		pick(
			l,
			`Loại đơn vị hành chính không xác định (${String(p.kind)})${p.code ? ` – mã ${String(p.code)}` : ''}.`,
			`Unknown kind of unit (${String(p.kind)})${p.code ? ` – code ${String(p.code)}` : ''}.`
		),
	level_kind_mismatch: (p, l) =>
		pick(
			l,
			`Cấp của đơn vị (${levelLabel(p.level as Level, l)}) không khớp với loại đơn vị (${kindName(p.kind as UnitKind, l)}).`,
			`The unit's level (${levelLabel(p.level as Level, l)}) does not match its kind (${kindName(p.kind as UnitKind, l)}).`
		),
	parent_kind_missing: (_p, l) =>
		pick(
			l,
			'Chưa biết loại đơn vị hành chính cấp huyện (quận, thị xã hay thành phố) của phường, nên chưa xác định được tiêu chuẩn của phường.',
			'The kind of the ward’s district (urban district, town or city) is unknown, so the ward standard cannot be chosen.'
		),
	level_not_in_rule_set: (p, l) =>
		pick(
			l,
			`${ruleSetName(p.ruleSetId, l)} không áp dụng cho đơn vị hành chính ${levelLabel(p.level as Level, l)}.`,
			`${ruleSetName(p.ruleSetId, l)} does not apply to ${levelLabel(p.level as Level, l)} units.`
		),
	no_standard_for_kind: (p, l) =>
		pick(
			l,
			`Bộ quy tắc không có tiêu chuẩn cho ${kindName(p.kind as UnitKind, l)}${p.parentKind ? ` thuộc ${kindName(p.parentKind as UnitKind, l)}` : ''}.`,
			`The rule set has no standard for a ${kindName(p.kind as UnitKind, l)}${p.parentKind ? ` of a ${kindName(p.parentKind as UnitKind, l)}` : ''}.`
		),
	unknown_exemption_reason: (p, l) =>
		pick(
			l,
			`Lý do không bắt buộc sắp xếp «${String(p.reasonCode)}» không có trong bộ quy tắc; chưa áp dụng.`,
			`Exemption reason “${String(p.reasonCode)}” is not in the rule set; not applied.`
		),
	exemption_justification_missing: (_p, l) =>
		pick(
			l,
			'Chưa ghi nội dung giải trình cho lý do không bắt buộc sắp xếp.',
			'No justification recorded for the exemption.'
		),

	// --- standards and reductions ---
	reduction_ethnic_border: (p, l) => {
		const share = num(p.share);
		const steps = num(p.steps) ?? 0;
		const stepVi = steps > 0 ? ` (giảm thêm ${steps} bậc theo tỷ lệ dân tộc thiểu số ${pct(share, l)})` : '';
		const stepEn =
			steps > 0
				? ` (${steps} further step${steps > 1 ? 's' : ''} for an ethnic-minority share of ${pct(share, l)})`
				: '';
		if (p.factor === 'ethnic_minority') {
			return pick(
				l,
				`Đơn vị miền núi, vùng cao có ${pct(share, l)} dân số là người dân tộc thiểu số: tiêu chuẩn quy mô dân số tính bằng ${pct(p.percent, l)} mức quy định${stepVi}.`,
				`Mountainous/highland unit with ${pct(share, l)} ethnic-minority population: the population standard is ${pct(p.percent, l)} of the normal level${stepEn}.`
			);
		}
		return pick(
			l,
			`Đơn vị có đường biên giới quốc gia trên đất liền: tiêu chuẩn quy mô dân số tính bằng ${pct(p.percent, l)} mức quy định${stepVi}.`,
			`Unit on a national land border: the population standard is ${pct(p.percent, l)} of the normal level${stepEn}.`
		);
	},
	reduction_coastal_difficult: (p, l) => {
		const clause = p.basisClause as Citation | null | undefined;
		if (clause && p.basisStandardId)
			return pick(
				l,
				`Xã đặc biệt khó khăn vùng bãi ngang, ven biển: tiêu chuẩn quy mô dân số bằng ${pct(p.percent, l)} mức quy định tại ${lowerFirst(formatCitation(clause, l, { withAmendment: false }))} (${formatPopulation(num(p.basis), l)}), không phân biệt địa hình.`,
				`Specially difficult coastal commune: the population standard is ${pct(p.percent, l)} of the level in ${formatCitation(clause, l, { withAmendment: false })} (${formatPopulation(num(p.basis), l)}), whatever the terrain.`
			);
		return pick(
			l,
			`Xã đặc biệt khó khăn vùng bãi ngang, ven biển: tiêu chuẩn quy mô dân số tính bằng ${pct(p.percent, l)} mức quy định.`,
			`Specially difficult coastal commune: the population standard is ${pct(p.percent, l)} of the normal level.`
		);
	},
	reduction_island: (p, l) =>
		pick(
			l,
			`Đơn vị hành chính ở hải đảo: không áp dụng tiêu chuẩn của đất liền; tiêu chuẩn quy mô dân số và diện tích tự nhiên tính bằng ${pct(p.percent, l)} mức quy định cho ${kindName(p.kind as UnitKind, l)} (cần xác minh).`,
			`Island unit: not judged against mainland standards; the population and area standards are ${pct(p.percent, l)} of those of a ${kindName(p.kind as UnitKind, l)} (to verify).`
		),
	reduction_delta: (p, l) =>
		pick(
			l,
			`Đơn vị hành chính nông thôn vùng Đồng bằng sông Hồng: tiêu chuẩn diện tích tự nhiên tính bằng ${pct(p.percent, l)} mức quy định.`,
			`Red River Delta rural unit: the area standard is ${pct(p.percent, l)} of the normal level.`
		),
	percentages_against_base: (_p, l) =>
		pick(
			l,
			'Tỷ lệ so với tiêu chuẩn được tính trên mức quy định chưa giảm (theo thiết lập của bộ quy tắc).',
			'Percentages are taken against the unreduced standard (rule-set setting).'
		),
	subunit_count: (p, l) =>
		p.met
			? pick(
					l,
					`Có ${formatNumber(num(p.count), l)} đơn vị hành chính trực thuộc, đạt mức từ ${formatNumber(num(p.min), l)} đơn vị trở lên (thông tin, không phải tiêu chí của Nghị quyết 35).`,
					`${formatNumber(num(p.count), l)} sub-units, meeting the minimum of ${formatNumber(num(p.min), l)} (information, not an NQ 35 criterion).`
				)
			: pick(
					l,
					`Có ${formatNumber(num(p.count), l)} đơn vị hành chính trực thuộc, chưa đạt mức từ ${formatNumber(num(p.min), l)} đơn vị trở lên (thông tin, không phải tiêu chí của Nghị quyết 35).`,
					`${formatNumber(num(p.count), l)} sub-units, below the minimum of ${formatNumber(num(p.min), l)} (information, not an NQ 35 criterion).`
				),
	subunit_kind_missing: (p, l) =>
		pick(
			l,
			`Chưa có ${kindName(p.childKind as UnitKind, l)} trực thuộc (thông tin).`,
			`No ${kindName(p.childKind as UnitKind, l)} among the sub-units (information).`
		),
	uses_unverified_values: (p, l) =>
		pick(
			l,
			`Kết quả dựa trên ${count(p.keys)} giá trị chưa được xác minh với văn bản gốc (đánh dấu trên trang Tiêu chuẩn).`,
			`The result relies on ${count(p.keys)} values not yet verified against the legal text (marked on the Standards page).`
		),

	// --- unit verdict ---
	unit_meets_standards: (p, l) =>
		pick(
			l,
			`Diện tích tự nhiên bằng ${pct(p.areaRatio, l)} và quy mô dân số bằng ${pct(p.populationRatio, l)} tiêu chuẩn: ${lowerFirst(meetsLabel(p.meets as Meets, l))}.`,
			`Natural area ${pct(p.areaRatio, l)} and population ${pct(p.populationRatio, l)} of the standard: ${lowerFirst(meetsLabel(p.meets as Meets, l))}.`
		),
	no_unit_criteria: (p, l) =>
		pick(
			l,
			`${ruleSetName(p.ruleSetId, l)} không quy định tiêu chí xác định từng đơn vị thuộc diện sắp xếp; tiêu chuẩn dùng để đánh giá đơn vị hình thành sau sắp xếp.`,
			`${ruleSetName(p.ruleSetId, l)} has no per-unit criteria; its standards assess the merged units.`
		),
	level_not_in_scope: (p, l) =>
		pick(
			l,
			`Bộ quy tắc không có tiêu chí sắp xếp đối với đơn vị hành chính ${levelLabel(p.level as Level, l)}.`,
			`The rule set has no arrangement criteria for ${levelLabel(p.level as Level, l)} units.`
		),
	undetermined: (p, l) =>
		pick(
			l,
			`Chưa xác định được đơn vị có thuộc diện sắp xếp giai đoạn ${phaseText(p.phase)} hay không do thiếu số liệu ${missingText(p.missing, l)}.`,
			`Cannot tell whether the unit is subject in ${phaseText(p.phase)}: ${missingText(p.missing, l)} missing.`
		),
	not_subject: (p, l) =>
		pick(
			l,
			`Không thuộc diện sắp xếp: diện tích tự nhiên bằng ${pct(p.areaRatio, l)} và quy mô dân số bằng ${pct(p.populationRatio, l)} tiêu chuẩn.`,
			`Not subject: natural area is ${pct(p.areaRatio, l)} and population ${pct(p.populationRatio, l)} of the standard.`
		),
	exemption_not_needed: (_p, l) =>
		pick(
			l,
			'Đơn vị không thuộc diện sắp xếp nên lý do không bắt buộc sắp xếp đã ghi không cần áp dụng.',
			'The unit is not subject, so the recorded exemption is not needed.'
		),
	criterion_met: (p, l) =>
		pick(
			l,
			`Diện tích tự nhiên bằng ${pct(p.areaRatio, l)} tiêu chuẩn (dưới ${pct(p.areaBelow, l)}) và quy mô dân số bằng ${pct(p.populationRatio, l)} tiêu chuẩn (dưới ${pct(p.populationBelow, l)}): thuộc diện sắp xếp giai đoạn ${phaseText(p.phase)}.`,
			`Natural area is ${pct(p.areaRatio, l)} of the standard (below ${pct(p.areaBelow, l)}) and population ${pct(p.populationRatio, l)} (below ${pct(p.populationBelow, l)}): subject to arrangement in ${phaseText(p.phase)}.`
		),
	phase_halted: (p, l) => {
		const since = typeof p.since === 'string' ? p.since : null;
		const m = since ? /^(\d{4})-(\d{2})/.exec(since) : null;
		const when = m ? pick(l, ` từ tháng ${Number(m[2])}/${m[1]}`, ` in ${MONTHS_EN[Number(m[2]) - 1]} ${m[1]}`) : '';
		const repl = p.replacedBy
			? pick(
					l,
					`, thay bằng đợt sắp xếp theo ${ruleSetName(p.replacedBy, l)}`,
					`, replaced by the round of ${ruleSetName(p.replacedBy, l)}`
				)
			: '';
		return pick(
			l,
			`Giai đoạn ${phaseText(p.phase)} đã dừng thực hiện${when}${repl}; kết quả vẫn được hiển thị để tham khảo.`,
			`The ${phaseText(p.phase)} phase was halted${when}${repl}; the result is still shown for reference.`
		);
	},
	auto_exempt: (p, l) =>
		pick(
			l,
			`Không bắt buộc sắp xếp giai đoạn ${phaseText(p.phase)} vì đơn vị đã được sắp xếp trong giai đoạn ${phaseText(p.period)} (áp dụng tự động theo quy định).`,
			`Not required to be arranged in ${phaseText(p.phase)}: the unit was arranged in ${phaseText(p.period)} (applied automatically by law).`
		),
	recorded_exemption: (p, l) => {
		const label = exemptionReasonLabel(String(p.reasonCode), l);
		const just = typeof p.justification === 'string' && p.justification ? p.justification : null;
		return pick(
			l,
			`Không bắt buộc sắp xếp giai đoạn ${phaseText(p.phase)}: ${lowerFirst(label)}.${just ? ` Giải trình: ${just}` : ''}`,
			`Not required to be arranged in ${phaseText(p.phase)}: ${lowerFirst(label)}.${just ? ` Justification: ${just}` : ''}`
		);
	}
};
