/**
 * Sentences for the reasons of a merger verdict (domain.md §5, §8) and the dataset-level notes.
 */
import { formatArea, formatDate, formatPopulation } from '../format';
import type { Lang } from '../format';
import type { Level, Terrain, UnitKind } from '../units';
import type { Meets, ProvinceClass } from './types';
import { kindName, levelLabel, meetsLabel, percentText, provinceClassLabel, terrainLabel } from './text-labels';
import {
	capitalise,
	codes,
	count,
	lowerFirst,
	missingText,
	num,
	phaseText,
	pick,
	type P,
	type Template
} from './text-util';

const pct = (x: unknown, lang: Lang): string => percentText(num(x), lang);

const JUSTIFICATION_FACTOR: Record<string, [string, string]> = {
	isolated: ['vị trí biệt lập', 'isolated location'],
	island: ['hải đảo', 'island'],
	ethnic_minority: ['dân tộc thiểu số', 'ethnic minority'],
	border: ['biên giới, quốc phòng', 'border, defence'],
	defence_or_special: ['yếu tố đặc thù quốc phòng, an ninh', 'defence or security factors']
};

/** The justification of a new unit short of its standards (domain.md §5): which one applies, or none. */
function justificationText(p: P, l: Lang): string {
	const verify = p.verified === false ? pick(l, ' (cần xác minh)', ' (to verify)') : '';
	const factors = ((p.factors ?? []) as string[])
		.map((f) => (JUSTIFICATION_FACTOR[f] ? pick(l, ...JUSTIFICATION_FACTOR[f]) : f))
		.join(', ');
	switch (p.code) {
		case 'three_or_more':
			return pick(
				l,
				`Lý do (a): nhập ${String(p.count)} đơn vị (từ ${String(p.min)} đơn vị trở lên)${verify}.`,
				`Justification (a): ${String(p.count)} units merged (${String(p.min)} or more)${verify}.`
			);
		case 'two_no_further_adjacent':
			return pick(
				l,
				`Lý do (b): nhập 2 đơn vị, không còn đơn vị liền kề nào khác để nhập thêm${verify}.`,
				`Justification (b): 2 units merged and no further adjacent unit can be added${verify}.`
			);
		case 'two_specific_factors':
			return pick(
				l,
				`Lý do (b): nhập 2 đơn vị có yếu tố đặc thù (${factors})${verify}.`,
				`Justification (b): 2 units merged with specific factors (${factors})${verify}.`
			);
		case 'none':
			return pick(
				l,
				`Chưa có lý do được thừa nhận cho việc đơn vị mới chưa đạt tiêu chuẩn: không thuộc (a) nhập từ ${String(p.min)} đơn vị trở lên, cũng không thuộc (b) vì còn đơn vị liền kề có thể nhập thêm (${codes(p.furtherAdjacent)}) và không có yếu tố đặc thù${verify}.`,
				`No recognised justification for the shortfall: not (a) ${String(p.min)} or more units, nor (b), as adjacent units could still be added (${codes(p.furtherAdjacent)}) and no specific factor applies${verify}.`
			);
		default:
			return pick(
				l,
				`Chưa xác định được lý do (b) (nhập 2 đơn vị, không còn đơn vị liền kề để nhập thêm): thiếu dữ liệu liền kề; không có yếu tố đặc thù${verify}.`,
				`Justification (b) (2 units, no further adjacent unit) cannot be decided: adjacency data missing; no specific factor${verify}.`
			);
	}
}
/** Reasons of a merger verdict and of a dataset, by code. */
export const MERGER_TEMPLATES: Record<string, Template> = {
	// --- merger ---
	too_few_members: (p, l) =>
		pick(
			l,
			`Phương án nhập cần ít nhất 2 đơn vị (hiện có ${String(p.count)}).`,
			`A merger needs at least 2 units (${String(p.count)} given).`
		),
	duplicate_member: (p, l) =>
		pick(l, `Đơn vị bị lặp trong phương án: ${codes(p.codes)}.`, `Units listed twice: ${codes(p.codes)}.`),
	mixed_levels: (p, l) => {
		const by = (p.byLevel ?? {}) as Record<string, string[]>;
		const parts = Object.entries(by).map(([lv, cs]) => `${levelLabel(lv as Level, l)}: ${cs.join(', ')}`);
		return pick(
			l,
			`Các đơn vị nhập phải cùng cấp (${parts.join('; ')}).`,
			`Merged units must be of the same level (${parts.join('; ')}).`
		);
	},
	crosses_parent_boundary: (p, l) =>
		p.level === 'district'
			? pick(
					l,
					`Các đơn vị thuộc các tỉnh khác nhau (${codes(p.parentCodes)}): phương án làm thay đổi địa giới đơn vị hành chính cấp tỉnh.`,
					`The units belong to different provinces (${codes(p.parentCodes)}): the proposal changes province boundaries.`
				)
			: pick(
					l,
					`Các đơn vị thuộc các đơn vị hành chính cấp huyện khác nhau (${codes(p.parentCodes)}): phương án làm điều chỉnh địa giới đơn vị hành chính cấp huyện.`,
					`The units belong to different districts (${codes(p.parentCodes)}): the proposal adjusts district boundaries.`
				),
	not_contiguous: (p, l) => {
		const names = (Array.isArray(p.names) ? p.names : []) as string[][];
		const groups = names.map((g, i) => `${pick(l, 'nhóm', 'group')} ${i + 1}: ${g.join(', ')}`).join('; ');
		return pick(
			l,
			`Các đơn vị không liền một khối, tách thành ${names.length} nhóm không có chung đường địa giới (${groups}).`,
			`The units do not form one connected piece: ${names.length} groups share no border (${groups}).`
		);
	},
	contiguity_unknown: (p, l) => {
		const pairs = (Array.isArray(p.unknownPairs) ? p.unknownPairs : []) as [string, string][];
		const list = pairs.map(([a, b]) => `${a}–${b}`).join(', ');
		return pick(
			l,
			`Chưa xác định được các đơn vị có liền kề nhau hay không (thiếu dữ liệu địa giới giữa: ${list}).`,
			`Cannot tell whether the units are contiguous (no border data between: ${list}).`
		);
	},
	contiguity_not_checked: (_p, l) =>
		pick(l, 'Chưa kiểm tra tính liền kề (không có dữ liệu địa giới).', 'Contiguity not checked (no boundary data).'),
	member_population_missing: (p, l) =>
		pick(l, `Thiếu số liệu dân số của: ${codes(p.codes)}.`, `Population missing for: ${codes(p.codes)}.`),
	member_area_missing: (p, l) =>
		pick(l, `Thiếu số liệu diện tích của: ${codes(p.codes)}.`, `Area missing for: ${codes(p.codes)}.`),
	area_mixed_sources: (p, l) =>
		pick(
			l,
			`Không phải đơn vị nào cũng có diện tích chính thức: diện tích của ${codes(p.computed)} lấy theo số liệu tính từ bản đồ.`,
			`Not every member has an official area: the area of ${codes(p.computed)} is the computed figure.`
		),
	kept_code_not_member: (p, l) =>
		pick(
			l,
			`Mã ${String(p.code)} không thuộc các đơn vị nhập.`,
			`Code ${String(p.code)} is not one of the merged units.`
		),
	new_name: (p, l) =>
		pick(
			l,
			`Tên mới «${String(p.name)}» không trùng tên đơn vị nào được nhập.`,
			`New name “${String(p.name)}” is none of the members’ names.`
		),
	mixed_terrain: (p, l) =>
		pick(
			l,
			`Các đơn vị nhập gồm cả đơn vị miền núi, vùng cao (${codes(p.mountainous)}) và đơn vị khác (${codes(p.other)}); áp dụng địa hình của đơn vị giữ mã: ${terrainLabel(p.used as Terrain, l).toLowerCase()}.`,
			`The members mix mountainous/highland units (${codes(p.mountainous)}) and others (${codes(p.other)}); the kept member's terrain applies: ${terrainLabel(p.used as Terrain, l).toLowerCase()}.`
		),
	ethnic_share_incomplete: (_p, l) =>
		pick(
			l,
			'Thiếu tỷ lệ dân số là người dân tộc thiểu số hoặc dân số của một số đơn vị: đơn vị mới không được tính giảm tiêu chuẩn theo yếu tố dân tộc thiểu số.',
			'Ethnic-minority share or population missing for some members: no ethnic-minority reduction for the new unit.'
		),
	nq76_ward: (_p, l) =>
		pick(l, 'Nhập các phường với nhau: đơn vị mới là phường.', 'Wards merged together: the new unit is a ward.'),
	nq76_commune: (_p, l) =>
		pick(
			l,
			'Có xã hoặc thị trấn tham gia nhập: đơn vị mới là xã.',
			'A commune or township is merged: the new unit is a commune.'
		),
	urban_kept_practice: (p, l) => {
		const absorbed = ((p.absorbed ?? []) as UnitKind[]).map((k) => kindName(k, l)).join(', ');
		const k = kindName(p.kind as UnitKind, l);
		return pick(
			l,
			`Theo thực tiễn sắp xếp giai đoạn 2023–2025 (không phải quy định của văn bản), ${k} nhập thêm ${absorbed} giữ nguyên loại và tên: đơn vị mới là ${k}; người dùng có thể chọn loại khác, kèm lý do.`,
			`By the 2023–2025 practice (not a statute), a ${k} absorbing a ${absorbed} keeps its kind and name: the new unit is a ${k}; the user may choose another kind, with a reason.`
		);
	},
	urban_kind_standards_missed: (p, l) =>
		pick(
			l,
			`Đơn vị mới giữ loại ${kindName(p.kind as UnitKind, l)} theo thực tiễn nhưng chưa đạt tiêu chuẩn của ${kindName(p.kind as UnitKind, l)} (${lowerFirst(meetsLabel(p.meets as Meets, l))}).`,
			`The new unit keeps the kind ${kindName(p.kind as UnitKind, l)} by practice but misses that kind's standards (${lowerFirst(meetsLabel(p.meets as Meets, l))}).`
		),
	same_kind: (p, l) =>
		pick(
			l,
			`Các đơn vị cùng loại: đơn vị mới là ${kindName(p.kind as UnitKind, l)}.`,
			`Same kind: the new unit is a ${kindName(p.kind as UnitKind, l)}.`
		),
	kind_override_wrong_level: (p, l) =>
		pick(
			l,
			`Loại đơn vị ${kindName(p.kind as UnitKind, l)} không cùng cấp với các đơn vị nhập (${levelLabel(p.level as Level, l)}).`,
			`Kind ${kindName(p.kind as UnitKind, l)} is not of the members’ level (${levelLabel(p.level as Level, l)}).`
		),
	kind_overridden: (p, l) => {
		const why = typeof p.reason === 'string' && p.reason.trim() ? p.reason.trim() : null;
		return pick(
			l,
			`Loại đơn vị mới do người dùng chọn: ${kindName(p.kind as UnitKind, l)} (theo quy tắc: ${kindName(p.ruleKind as UnitKind, l)}).${why ? ` Lý do: ${why}` : ''}`,
			`Kind chosen by the user: ${kindName(p.kind as UnitKind, l)} (by rule: ${kindName(p.ruleKind as UnitKind, l)}).${why ? ` Reason: ${why}` : ''}`
		);
	},
	kind_override_reason_missing: (_p, l) =>
		pick(l, 'Chưa ghi lý do chọn loại đơn vị mới.', 'No reason recorded for the chosen kind.'),
	three_or_more_not_assessed: (p, l) =>
		pick(
			l,
			`Nhập từ ${String(p.min)} đơn vị trở lên (${String(p.count)} đơn vị): không xét tiêu chuẩn diện tích tự nhiên và quy mô dân số của đơn vị mới.`,
			`${String(p.count)} units merged (${String(p.min)} or more): the new unit’s area and population standards are not assessed.`
		),
	merger_meets: (p, l) => {
		const req = (x: unknown) => (num(x) === 1 ? '' : pick(l, `, yêu cầu ${pct(x, l)}`, `, required ${pct(x, l)}`));
		return pick(
			l,
			`Đơn vị mới (${kindName(p.kind as UnitKind, l)}): diện tích tự nhiên bằng ${pct(p.areaRatio, l)} tiêu chuẩn${req(p.requiredArea)}; quy mô dân số bằng ${pct(p.populationRatio, l)} tiêu chuẩn${req(p.requiredPopulation)}. ${meetsLabel(p.meets as Meets, l)}.`,
			`New unit (${kindName(p.kind as UnitKind, l)}): natural area ${pct(p.areaRatio, l)} of the standard${req(p.requiredArea)}; population ${pct(p.populationRatio, l)}${req(p.requiredPopulation)}. ${meetsLabel(p.meets as Meets, l)}.`
		);
	},
	standards_not_met: (p, l) => {
		const a = num(p.shortfallAreaKm2);
		const n = num(p.shortfallPopulation);
		const parts: string[] = [];
		if (a && a > 0)
			parts.push(pick(l, `${formatArea(a, l)} diện tích tự nhiên`, `${formatArea(a, l)} of natural area`));
		if (n && n > 0) parts.push(formatPopulation(Math.ceil(n - 1e-9), l));
		return pick(
			l,
			`Đơn vị mới chưa đạt tiêu chuẩn: còn thiếu ${parts.join(' và ')}.`,
			`The new unit falls short: ${parts.join(' and ')} missing.`
		);
	},
	merger_justification: (p, l) => justificationText(p, l),
	merger_undetermined: (p, l) =>
		pick(
			l,
			`Thiếu số liệu ${missingText(p.missing, l)} nên chưa đánh giá được tiêu chuẩn của đơn vị mới.`,
			`${capitalise(missingText(p.missing, l))} missing: the new unit’s standards cannot be assessed.`
		),
	merger_phase: (p, l) =>
		pick(
			l,
			`Phương án có đơn vị thuộc diện sắp xếp giai đoạn ${phaseText(p.phase)}: ${codes(p.mandatory)}; các đơn vị còn lại là đơn vị liền kề.`,
			`The proposal includes units subject in ${phaseText(p.phase)}: ${codes(p.mandatory)}; the others are adjacent partners.`
		),
	merger_encouraged: (_p, l) =>
		pick(
			l,
			'Không có đơn vị nào thuộc diện sắp xếp: phương án thuộc trường hợp khuyến khích sắp xếp.',
			'No member is subject: an encouraged merger chosen by the province.'
		),
	member_status_unknown: (p, l) =>
		pick(
			l,
			`Chưa xác định được diện sắp xếp của: ${codes(p.codes)} (thiếu số liệu).`,
			`Arrangement status unknown for: ${codes(p.codes)} (missing data).`
		),

	// --- dataset ---
	reference_date_missing: (p, l) =>
		pick(
			l,
			`Bộ dữ liệu chưa ghi thời điểm của số liệu; bộ quy tắc dùng số liệu tính đến ngày ${formatDate(String(p.expected), l)}.`,
			`The dataset has no reference date; the rule set uses figures as of ${formatDate(String(p.expected), l)}.`
		),
	reference_date_mismatch: (p, l) =>
		pick(
			l,
			`Số liệu của bộ dữ liệu tính đến ${formatDate(String(p.dataset), l)}, trong khi bộ quy tắc dùng số liệu tính đến ngày ${formatDate(String(p.expected), l)}.`,
			`The dataset's figures are as of ${formatDate(String(p.dataset), l)}, while the rule set uses figures as of ${formatDate(String(p.expected), l)}.`
		),
	province_class_inferred: (p, l) =>
		pick(
			l,
			`Chưa ghi nhóm tỉnh để chọn tiêu chuẩn dân số của phường; tạm xác định là ${provinceClassLabel(p.provinceClass as ProvinceClass, l)}.`,
			`Province class for the ward standard not set; assumed: ${provinceClassLabel(p.provinceClass as ProvinceClass, l)}.`
		),
	override_not_applied: (p, l) => {
		const problem: Record<string, [string, string]> = {
			unknown_key: ['không có giá trị này trong bộ quy tắc', 'no such value in the rule set'],
			wrong_type: ['sai kiểu dữ liệu', 'wrong type'],
			invalid_value: ['giá trị không hợp lệ', 'invalid value']
		};
		const pr = problem[String(p.problem)] ?? [String(p.problem), String(p.problem)];
		return pick(
			l,
			`Không áp dụng được giá trị điều chỉnh cho «${String(p.key)}» (${pr[0]}).`,
			`Override of “${String(p.key)}” not applied (${pr[1]}).`
		);
	},
	unverified_values: (p, l) =>
		pick(
			l,
			`${count(p.keys)} giá trị trong bộ quy tắc chưa được xác minh với văn bản gốc và có thể được quản trị viên điều chỉnh (đánh dấu trên trang Tiêu chuẩn).`,
			`${count(p.keys)} rule-set values are not yet verified against the legal text and can be corrected by an administrator (marked on the Standards page).`
		)
};
