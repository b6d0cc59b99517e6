/**
 * The legal basis a scheme cites, per rule set, as data (each line once). The documents of domain.md (NQ 35/2023,
 * NQ 1211/2016 as amended by NQ 27/2022, Decree 33/2023, NQ 76/2025, NQ 112/2025) are `verified: true` for their
 * number; lines whose date or title was written from memory and is not in domain.md carry `verified: false` and the
 * documents mark them for checking against the original before signing.
 */
import type { Lang } from '../format.ts';

interface BasisLine {
	document: string;
	vi: string;
	en: string;
	verified: boolean;
}

const LOCAL_GOVERNMENT_LAW: BasisLine = {
	document: 'Luật Tổ chức chính quyền địa phương',
	vi: 'Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 năm 2019',
	en: 'Law on the Organisation of Local Government of 19 June 2015, as amended on 22 November 2019',
	verified: false
};

const NQ1211: BasisLine = {
	document: 'NQ 1211/2016/UBTVQH13',
	vi: 'Nghị quyết số 1211/2016/UBTVQH13 ngày 25 tháng 5 năm 2016 của Ủy ban Thường vụ Quốc hội về tiêu chuẩn của đơn vị hành chính và phân loại đơn vị hành chính, được sửa đổi, bổ sung bởi Nghị quyết số 27/2022/UBTVQH15 ngày 21 tháng 9 năm 2022 (văn bản hợp nhất số 19/VBHN-VPQH)',
	en: 'Resolution 1211/2016/UBTVQH13 of 25 May 2016 of the National Assembly Standing Committee on the standards and classification of administrative units, as amended by Resolution 27/2022/UBTVQH15 of 21 September 2022 (consolidated text 19/VBHN-VPQH)',
	verified: false
};

const NQ35: BasisLine = {
	document: 'NQ 35/2023/UBTVQH15',
	vi: 'Nghị quyết số 35/2023/UBTVQH15 ngày 12 tháng 7 năm 2023 của Ủy ban Thường vụ Quốc hội về việc sắp xếp đơn vị hành chính cấp huyện, cấp xã giai đoạn 2023–2030',
	en: 'Resolution 35/2023/UBTVQH15 of 12 July 2023 of the National Assembly Standing Committee on arranging district- and commune-level administrative units, 2023–2030',
	verified: true
};

const NQ117: BasisLine = {
	document: 'NQ 117/NQ-CP',
	vi: 'Nghị quyết số 117/NQ-CP ngày 30 tháng 7 năm 2023 của Chính phủ ban hành Kế hoạch thực hiện sắp xếp đơn vị hành chính cấp huyện, cấp xã giai đoạn 2023–2025',
	en: 'Government Resolution 117/NQ-CP of 30 July 2023 issuing the plan to arrange district- and commune-level units in 2023–2025',
	verified: false
};

const D33: BasisLine = {
	document: 'NĐ 33/2023/NĐ-CP',
	vi: 'Nghị định số 33/2023/NĐ-CP ngày 10 tháng 6 năm 2023 của Chính phủ quy định về cán bộ, công chức cấp xã và người hoạt động không chuyên trách ở cấp xã, ở thôn, tổ dân phố',
	en: 'Government Decree 33/2023/NĐ-CP of 10 June 2023 on commune-level cadres and civil servants and non-professional workers',
	verified: false
};

const NQ76: BasisLine = {
	document: 'NQ 76/2025/UBTVQH15',
	vi: 'Nghị quyết số 76/2025/UBTVQH15 của Ủy ban Thường vụ Quốc hội về sắp xếp đơn vị hành chính năm 2025',
	en: 'Resolution 76/2025/UBTVQH15 of the National Assembly Standing Committee on arranging administrative units in 2025',
	verified: true
};

const NQ112: BasisLine = {
	document: 'NQ 112/2025/UBTVQH15',
	vi: 'Nghị quyết số 112/2025/UBTVQH15 của Ủy ban Thường vụ Quốc hội về tiêu chuẩn của đơn vị hành chính',
	en: 'Resolution 112/2025/UBTVQH15 of the National Assembly Standing Committee on the standards of administrative units',
	verified: false
};

/** The legal-basis lines of each rule set, in the order a scheme lists them. */
export const LEGAL_BASIS: Readonly<Record<string, readonly BasisLine[]>> = {
	'nq35-2023': [LOCAL_GOVERNMENT_LAW, NQ1211, NQ35, NQ117, D33],
	'nq76-2025': [LOCAL_GOVERNMENT_LAW, NQ1211, NQ76, D33],
	'nq112-2025': [LOCAL_GOVERNMENT_LAW, NQ112]
};

/** The legal basis of a rule set in a language (the NQ 35 list for an unknown id). */
export function legalBasisOf(ruleSetId: string, lang: Lang): { document: string; text: string; verified: boolean }[] {
	return (LEGAL_BASIS[ruleSetId] ?? LEGAL_BASIS['nq35-2023']).map((l) => ({
		document: l.document,
		text: lang === 'vi' ? l.vi : l.en,
		verified: l.verified
	}));
}
