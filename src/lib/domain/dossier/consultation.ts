/**
 * The consultation part of the scheme as data every renderer draws the same way (DOCX, PDF, HTML): the table of
 * voters per unit and one line per People's Council resolution.
 */
import { docDate, docInteger, pick } from './format.ts';
import type { DossierConsultation, DossierTable } from './types.ts';
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
