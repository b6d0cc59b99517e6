/**
 * Tables of the scheme that the renderers draw the same way (DOCX, PDF, HTML): a new unit's members, the
 * consultation's voters per unit, and one line per People's Council resolution.
 */
import { docDate, docInteger, pick } from './format.ts';
import type { DossierColumn, DossierConsultation, DossierNewUnit, DossierTable } from './types.ts';
import type { Lang } from '../format.ts';

/** The voters of each affected unit, the rate agreeing, and the units not above 50% flagged with the clause. */
export function consultationTable(cons: DossierConsultation, lang: Lang): DossierTable {
	return {
		id: 'consultation',
		caption: pick(lang, 'Kết quả lấy ý kiến cử tri', 'Public consultation'),
		sheetName: 'Lấy ý kiến',
		columns: [
			{ key: 'code', label: pick(lang, 'Mã', 'Code'), kind: 'code' },
			{ key: 'name', label: pick(lang, 'Đơn vị', 'Unit'), kind: 'text' },
			{ key: 'voters', label: pick(lang, 'Tổng số cử tri', 'Voters'), kind: 'integer' },
			{ key: 'agreeing', label: pick(lang, 'Số cử tri đồng ý', 'Agreeing'), kind: 'integer' },
			{ key: 'rate', label: pick(lang, 'Tỷ lệ đồng ý', 'Rate'), kind: 'percent' },
			{ key: 'date', label: pick(lang, 'Ngày', 'Date'), kind: 'date' },
			{ key: 'flag', label: pick(lang, 'Ghi chú', 'Note'), kind: 'text' }
		],
		rows: cons.units.map((u) => ({
			code: u.code,
			name: u.name,
			voters: u.voters,
			agreeing: u.agreeing,
			rate: u.ratePercent / 100,
			date: u.date,
			flag: u.below50 ? pick(lang, 'Không quá 50%', 'Not above 50%') : ''
		})),
		note: cons.clauseText
			? pick(
					lang,
					`Tỷ lệ cử tri đồng ý phải trên 50% (${cons.clauseText}).`,
					`More than 50% of the voters must agree (${cons.clauseText}).`
				)
			: undefined
	};
}

const levelName = (l: string, lang: Lang) =>
	l === 'commune'
		? pick(lang, 'cấp xã', 'commune')
		: l === 'district'
			? pick(lang, 'cấp huyện', 'district')
			: pick(lang, 'cấp tỉnh', 'province');

/** One line per People's Council resolution: level, unit, number, date and the votes. */
export function resolutionLines(cons: DossierConsultation, lang: Lang): string[] {
	return cons.resolutions.map((r) => {
		const unit = r.unitName ? ` ${r.unitName}` : '';
		return pick(
			lang,
			`- Hội đồng nhân dân ${levelName(r.level, lang)}${unit}: Nghị quyết số ${r.number} ngày ${docDate(r.date, lang)}; tán thành ${docInteger(r.votesFor, lang)}, không tán thành ${docInteger(r.votesAgainst, lang)}, không biểu quyết ${docInteger(r.votesAbstaining, lang)}.`,
			`- People's Council (${levelName(r.level, lang)}${unit}): resolution ${r.number} of ${docDate(r.date, lang)}; for ${r.votesFor}, against ${r.votesAgainst}, abstaining ${r.votesAbstaining}.`
		);
	});
}

/** The members of a new unit with their area, population and ratios, and the new unit as the total row. */
export function newUnitMembersTable(n: DossierNewUnit, lang: Lang): DossierTable {
	return {
		id: `members_${n.groupId}`,
		caption: pick(lang, `Các đơn vị hợp thành ${n.name}`, `Units forming ${n.name}`),
		sheetName: n.name.slice(0, 31),
		columns: [
			{ key: 'code', label: pick(lang, 'Mã', 'Code'), kind: 'code' },
			{ key: 'name', label: pick(lang, 'Tên đơn vị', 'Unit'), kind: 'text' },
			{ key: 'area', label: pick(lang, 'Diện tích tự nhiên (km²)', 'Natural area (km²)'), kind: 'area' },
			{ key: 'areaRatio', label: pick(lang, 'Tỷ lệ so với tiêu chuẩn', '% of standard'), kind: 'percent' },
			{ key: 'population', label: pick(lang, 'Quy mô dân số (người)', 'Population'), kind: 'integer' },
			{ key: 'populationRatio', label: pick(lang, 'Tỷ lệ so với tiêu chuẩn', '% of standard'), kind: 'percent' },
			{ key: 'role', label: pick(lang, 'Vai trò', 'Role'), kind: 'text' }
		],
		rows: n.members.map((m) => ({
			code: m.code,
			name: m.name,
			...measureCells(m),
			role: m.roleLabel
		})),
		total: {
			code: '',
			name: n.name,
			...measureCells(n),
			role: ''
		}
	};
}

/** The four columns of a unit's size against the standards: area, its ratio, population, its ratio. */
export function measureColumns(lang: Lang): DossierColumn[] {
	return [
		{ key: 'area', label: pick(lang, 'Diện tích tự nhiên (km²)', 'Natural area (km²)'), kind: 'area' },
		{ key: 'areaRatio', label: pick(lang, 'Tỷ lệ so với tiêu chuẩn diện tích', '% of area standard'), kind: 'percent' },
		{ key: 'population', label: pick(lang, 'Quy mô dân số (người)', 'Population (persons)'), kind: 'integer' },
		{
			key: 'populationRatio',
			label: pick(lang, 'Tỷ lệ so với tiêu chuẩn dân số', '% of population standard'),
			kind: 'percent'
		}
	];
}

/** The cells of the four measure columns (measureColumns) for a unit, a member or a new unit. */
export function measureCells(u: {
	areaKm2: number | null;
	areaRatio: number | null;
	population: number | null;
	populationRatio: number | null;
}): { area: number | null; areaRatio: number | null; population: number | null; populationRatio: number | null } {
	return { area: u.areaKm2, areaRatio: u.areaRatio, population: u.population, populationRatio: u.populationRatio };
}
