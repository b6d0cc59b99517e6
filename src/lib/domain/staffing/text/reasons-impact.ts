/** Sentences of the impact reasons: staff before, surplus, assumptions, leaders, offices. */
import { formatDate } from '../../format';
import type { StaffSource } from '../impact';

import { formatPoints, pick, posts, staffSourceLabel } from './labels';
import { kindName, list, num, verifyTag, type Template } from './reason-helpers';

export const IMPACT_TEMPLATES: Record<string, Template> = {
	// --- impact ---
	staff_before_sources: (p, l) => {
		const ms = (Array.isArray(p.members) ? p.members : []) as {
			code: string;
			cadresCivilServants: StaffSource;
			nonProfessional: StaffSource;
		}[];
		const parts = ms.map((m) => `${m.code}: ${staffSourceLabel(m.cadresCivilServants, l)}`);
		return pick(
			l,
			`Số lượng hiện có của các đơn vị: ${parts.join('; ')}.`,
			`Staff before, per member: ${parts.join('; ')}.`
		);
	},
	surplus_commune: (p, l) => {
		const b = p.before as { cadresCivilServants: number | null; nonProfessional: number | null };
		const a = p.after as typeof b;
		const s = p.surplus as typeof b;
		return pick(
			l,
			`Sau sắp xếp (${kindName(p.kind, l)} loại ${String(p.communeClass)}): cán bộ, công chức ${String(b.cadresCivilServants ?? '—')} hiện có − ${String(a.cadresCivilServants ?? '—')} theo quy định = dôi dư ${String(s.cadresCivilServants ?? '—')}; người hoạt động không chuyên trách ${String(b.nonProfessional ?? '—')} − ${String(a.nonProfessional ?? '—')} = dôi dư ${String(s.nonProfessional ?? '—')} (dôi dư so với định mức Nghị định 33/2023/NĐ-CP; định mức do HĐND tỉnh phân bổ trong tổng số của tỉnh).`,
			`After the merger (${kindName(p.kind, l)}, class ${String(p.communeClass)}): cadres and civil servants ${String(b.cadresCivilServants ?? '—')} − quota ${String(a.cadresCivilServants ?? '—')} = surplus ${String(s.cadresCivilServants ?? '—')}; non-professional workers ${String(b.nonProfessional ?? '—')} − ${String(a.nonProfessional ?? '—')} = surplus ${String(s.nonProfessional ?? '—')} (surplus against the Decree 33/2023 norm; the provincial People's Council divides the province's total).`
		);
	},
	surplus_district: (p, l) =>
		pick(
			l,
			`Cấp huyện (không có định mức theo công thức): hiện có ${String(p.before ?? '—')}, dôi dư ${String(p.surplus ?? '—')}${p.source === 'entered' ? ' (do người dùng nhập)' : ' (mặc định: tổng số trừ số của đơn vị lớn nhất)'}, còn lại ${String(p.after ?? '—')}.`,
			`District level (no quota formula): staff ${String(p.before ?? '—')}, surplus ${String(p.surplus ?? '—')}${p.source === 'entered' ? ' (entered)' : ' (default: sum minus the largest member)'}, remaining ${String(p.after ?? '—')}.`
		),
	surplus_exceeds_staff: (p, l) =>
		pick(
			l,
			`Số dôi dư nhập (${num(p.surplus)}) lớn hơn số hiện có (${num(p.staff)}).`,
			`Entered surplus (${num(p.surplus)}) exceeds the staff (${num(p.staff)}).`
		),
	member_staff_missing: (p, l) =>
		pick(
			l,
			`Thiếu số lượng cán bộ, công chức của ${String(p.code)} (chưa nhập và chưa xác định được loại).`,
			`Staff of ${String(p.code)} unknown (not entered, class unknown).`
		),
	new_unit_class_unknown: (_p, l) =>
		pick(
			l,
			'Chưa xác định được loại của đơn vị mới: chưa tính được số lượng theo quy định.',
			'Class of the new unit unknown: no quota.'
		),
	assumed_new_class_highest: (p, l) =>
		pick(
			l,
			`Giả định: đơn vị mới xếp loại ${String(p.communeClass)}, loại cao nhất trong các đơn vị nhập (chưa có quyết định phân loại).`,
			`Assumption: the new unit is class ${String(p.communeClass)}, the highest among the members (no classification decision yet).`
		),
	assumed_new_class_estimate: (p, l) =>
		pick(
			l,
			`Giả định: đơn vị mới xếp loại ${String(p.communeClass)} theo điểm ước tính (${formatPoints(num(p.points), l)}${p.lowerBound ? ', mức tối thiểu' : ''}).`,
			`Assumption: the new unit is class ${String(p.communeClass)} from the estimated points (${formatPoints(num(p.points), l)}${p.lowerBound ? ', a lower bound' : ''}).`
		),
	assumed_member_class_estimate: (p, l) =>
		pick(
			l,
			`Giả định: ${String(p.code)} xếp loại ${String(p.communeClass)} theo điểm ước tính (${formatPoints(num(p.points), l)}${p.lowerBound ? ', mức tối thiểu' : ''}).`,
			`Assumption: ${String(p.code)} is class ${String(p.communeClass)} from the estimated points (${formatPoints(num(p.points), l)}${p.lowerBound ? ', a lower bound' : ''}).`
		),
	assumed_leader_posts: (p, l) =>
		pick(
			l,
			`Giả định: ${p.newUnit ? 'đơn vị mới' : String(p.code)} có ${posts(p.posts, l)} giữ chức vụ lãnh đạo (Chủ tịch, Phó Chủ tịch UBND).`,
			`Assumption: ${p.newUnit ? 'the new unit' : String(p.code)} has ${posts(p.posts, l)} in leader posts (People's Committee chair and vice-chairs).`
		),
	assumed_district_surplus: (p, l) =>
		pick(
			l,
			`Giả định: số dôi dư = tổng số hiện có ${num(p.sum)} − số của đơn vị lớn nhất ${num(p.largest)} = ${num(p.surplus)} (có thể điều chỉnh).`,
			`Assumption: surplus = total staff ${num(p.sum)} − the largest member's ${num(p.largest)} = ${num(p.surplus)} (editable).`
		),
	leaders_affected: (p, l) =>
		pick(
			l,
			`${posts(p.affected, l)} thôi giữ chức vụ lãnh đạo (${num(p.before)} trước, ${num(p.after)} sau sắp xếp), được bảo lưu tiền lương và phụ cấp chức vụ đến hết nhiệm kỳ, ít nhất 6 tháng: ${num(p.months)} tháng${p.until ? ` (đến ${formatDate(String(p.until), l)})` : ''}${verifyTag(p, l)}.`,
			`Leaders losing their post: ${num(p.affected)} (${num(p.before)} before, ${num(p.after)} after); they keep salary and position allowance to the end of the term, at least 6 months: ${num(p.months)} months${p.until ? ` (to ${formatDate(String(p.until), l)})` : ''}${verifyTag(p, l)}.`
		),
	offices_surplus: (p, l) =>
		pick(
			l,
			`Trụ sở: ${num(p.before)} trước, ${num(p.after)} sau sắp xếp; ${num(p.surplus)} trụ sở dôi dư.`,
			`Offices: ${num(p.before)} before, ${num(p.after)} after; ${num(p.surplus)} surplus.`
		),
	assumed_offices_after: (p, l) =>
		pick(
			l,
			`Giả định: đơn vị mới sử dụng ${num(p.offices)} trụ sở.`,
			`Assumption: the new unit keeps ${num(p.offices)} office.`
		),
	assumed_office_target_date: (p, l) =>
		pick(
			l,
			`Giả định: thời hạn xử lý trụ sở dôi dư là ${num(p.years)} năm kể từ ngày sắp xếp có hiệu lực${p.date ? ` (${formatDate(String(p.date), l)})` : ''}; đây là mốc mặc định, không phải quy định pháp luật.`,
			`Assumption: surplus offices settled within ${num(p.years)} years of the arrangement taking effect${p.date ? ` (${formatDate(String(p.date), l)})` : ''}; a default, not law.`
		),
	office_use_missing: (p, l) =>
		pick(
			l,
			`Chưa có phương án sử dụng cho trụ sở dôi dư: ${list(p.officeIds)}.`,
			`No planned use yet for surplus offices: ${list(p.officeIds)}.`
		),
	office_use_unknown: (p, l) =>
		pick(
			l,
			`Phương án sử dụng không hợp lệ cho ${String(p.officeId)}: ${String(p.use)}.`,
			`Unknown use for ${String(p.officeId)}: ${String(p.use)}.`
		),
	office_target_date_invalid: (p, l) =>
		pick(
			l,
			`Thời hạn không hợp lệ cho ${String(p.officeId)}: ${String(p.value)}.`,
			`Invalid target date for ${String(p.officeId)}: ${String(p.value)}.`
		),
	office_plan_unknown_office: (p, l) =>
		pick(
			l,
			`Phương án cho trụ sở không thuộc danh sách dôi dư: ${String(p.officeId)}.`,
			`Plan for an office that is not surplus: ${String(p.officeId)}.`
		),
	seat_not_member: (p, l) =>
		pick(
			l,
			`Trụ sở được chọn (${String(p.code)}) không thuộc các đơn vị nhập.`,
			`Chosen seat (${String(p.code)}) is not a member.`
		)
};
