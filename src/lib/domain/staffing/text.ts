/**
 * Words for the staffing domain: terms (biên chế, dôi dư, …), labels, citations of the decrees, and sentences for
 * the reasons the staffing modules return as data. Vietnamese (with diacritics) by default, English available.
 * No rule is decided here.
 */
import type { CommuneKind } from '../units';
import type { EstimatedClass } from './class-estimate';
import type { ClassRuleSetId } from './settings';
import { KIND_LABEL_EN, KIND_LABEL_VI } from '../units';
import type { Citation, Reason } from '../rules/types';
import { documentName, formatCitation } from '../rules/text';
import { formatArea, formatDate, formatNumber, formatPopulation } from '../format';
import type { Lang } from '../format';
import type { OfficeUse, StaffSource } from './impact';
import type { IncrementBasis } from './quota';
import type { LeaveDecree, LeaveKind, PaymentComponent } from './money';
import type { PlanYear } from './plan';

export type { Lang };

const pick = (lang: Lang, vi: string, en: string): string => (lang === 'vi' ? vi : en);

// ---------------------------------------------------------------------------------------------------------------
// Terms
// ---------------------------------------------------------------------------------------------------------------

/** The domain's words, as the Department of Home Affairs writes them, with an English gloss. */
export const STAFFING_TERMS = {
	establishment: ['Biên chế', 'Staff establishment (posts)'],
	quota: ['Số lượng theo quy định', 'Quota set by law'],
	surplus: ['Dôi dư', 'Surplus'],
	surplusAgainstNorm: ['Dôi dư so với định mức Nghị định 33/2023/NĐ-CP', 'Surplus against the Decree 33/2023 norm'],
	surplusStaff: ['Số lượng dôi dư', 'Surplus staff'],
	surplusPlan: ['Lộ trình giải quyết số lượng dôi dư (5 năm)', 'Plan to resolve the surplus (5 years)'],
	surplusOffices: ['Trụ sở dôi dư', 'Surplus offices'],
	office: ['Trụ sở', 'Office (seat)'],
	cadres: ['Cán bộ', 'Cadres (elected and appointed officials)'],
	civilServants: ['Công chức', 'Civil servants'],
	cadresCivilServants: ['Cán bộ, công chức', 'Cadres and civil servants'],
	nonProfessional: ['Người hoạt động không chuyên trách', 'Non-professional (part-time) workers'],
	staffBefore: ['Số lượng hiện có trước sắp xếp', 'Staff before the merger'],
	staffAfter: ['Số lượng theo quy định sau sắp xếp', 'Quota after the merger'],
	communeClass: ['Phân loại đơn vị hành chính', 'Class of the administrative unit'],
	classEstimate: ['Phân loại ước tính (theo điểm)', 'Estimated class (from points)'],
	leaders: ['Cán bộ lãnh đạo', 'Leaders'],
	leadersAffected: ['Số người thôi giữ chức vụ lãnh đạo', 'Leaders who lose their post'],
	salaryRetention: ['Bảo lưu tiền lương và phụ cấp chức vụ', 'Salary and allowance retained'],
	retirements: ['Nghỉ hưu', 'Retirements'],
	transfers: ['Điều động, chuyển công tác', 'Transfers'],
	leaves: [
		'Tinh giản biên chế (nghỉ hưu trước tuổi, thôi việc)',
		'Streamlining leaves (early retirement, resignation)'
	],
	earlyRetirement: ['Nghỉ hưu trước tuổi', 'Early retirement'],
	resignation: ['Thôi việc', 'Resignation'],
	deadline: ['Thời hạn giải quyết dôi dư', 'Deadline to resolve the surplus'],
	shortfall: ['Số dôi dư còn lại khi hết thời hạn', 'Surplus left at the deadline'],
	leaveCost: ['Kinh phí giải quyết chính sách', 'Cost of the leave payments'],
	payrollSaving: ['Tiết kiệm chi lương hằng năm', 'Annual payroll saving'],
	assumption: ['Giả định', 'Assumption'],
	estimate: ['Ước tính', 'Estimate'],
	vacancies: ['Số lượng còn thiếu so với quy định', 'Posts left unfilled under the quota']
} as const satisfies Record<string, readonly [string, string]>;

export type StaffingTerm = keyof typeof STAFFING_TERMS;

/** A domain term in the given language. */
export function staffingTerm(term: StaffingTerm, lang: Lang = 'vi'): string {
	const t = STAFFING_TERMS[term];
	return pick(lang, t[0], t[1]);
}

/** "Loại I" / "Class I"; "Loại đặc biệt" / "Special class" (Decree 307/2025, wards). */
export function classLabel(cls: EstimatedClass | null | undefined, lang: Lang = 'vi'): string {
	if (!cls) return '—';
	if (cls === 'special') return pick(lang, 'Loại đặc biệt', 'Special class');
	return pick(lang, `Loại ${cls}`, `Class ${cls}`);
}

/** Name of a classification rule set: "Nghị quyết 1211/2016/UBTVQH13" / "Nghị định 307/2025/NĐ-CP". */
export function classRuleSetLabel(id: ClassRuleSetId, lang: Lang = 'vi'): string {
	return id === 'd307_2025'
		? pick(lang, 'Nghị định 307/2025/NĐ-CP', 'Decree 307/2025/NĐ-CP')
		: pick(lang, 'Nghị quyết 1211/2016/UBTVQH13', 'NQ 1211/2016/UBTVQH13');
}

/** Where a staff figure came from. */
export function staffSourceLabel(source: StaffSource, lang: Lang = 'vi'): string {
	const l: Record<StaffSource, [string, string]> = {
		actual: ['số liệu thực tế', 'actual count'],
		quota: ['theo số lượng quy định', 'from the quota'],
		missing: ['chưa có số liệu', 'no figure']
	};
	return pick(lang, ...l[source]);
}

/** Where a class came from. */
export function classSourceLabel(source: 'input' | 'estimate' | 'highest_member' | null, lang: Lang = 'vi'): string {
	if (!source) return '—';
	const l: Record<string, [string, string]> = {
		input: ['theo quyết định phân loại', 'class of record'],
		estimate: ['ước tính theo điểm (giả định)', 'estimated from points (assumption)'],
		highest_member: ['giả định: loại cao nhất của các đơn vị nhập', 'assumed: highest class among the members']
	};
	return pick(lang, ...l[source]);
}

/**
 * Which reading of Decree 33 Art. 6.2 a quota's increments used: the normal standard (the law, default) or the
 * Art. 3a-reduced one (a setting, off by default).
 */
export function incrementBasisLabel(basis: IncrementBasis, lang: Lang = 'vi'): string {
	return basis === 'reduced'
		? pick(
				lang,
				'tăng thêm tính theo tiêu chuẩn đã giảm theo yếu tố đặc thù (Điều 3a NQ 1211; cách đọc khác, bật trong cài đặt)',
				'increments counted on the Art. 3a-reduced standard (NQ 1211 Art. 3a; the other reading, switched on in the settings)'
			)
		: pick(
				lang,
				'tăng thêm tính theo tiêu chuẩn chung (Nghị định 33/2023)',
				'increments counted on the normal standard (Decree 33/2023)'
			);
}

/**
 * What a group's surplus is measured against: the Decree 33/2023 norm (commune level; the provincial People's
 * Council divides the province's total), or, at district level where there is no formula, the members' staff minus
 * the largest member's (or the figure entered).
 */
export function surplusBasisLabel(level: 'commune' | 'district', lang: Lang = 'vi'): string {
	return level === 'commune'
		? pick(lang, 'dôi dư so với định mức Nghị định 33/2023/NĐ-CP', 'surplus against the Decree 33/2023 norm')
		: pick(
				lang,
				'dôi dư cấp huyện: tổng số hiện có trừ số của đơn vị lớn nhất (có thể sửa)',
				'district-level surplus: the members’ staff minus the largest member’s (editable)'
			);
}

/** Planned use of a surplus office. */
export function officeUseLabel(use: OfficeUse | null, lang: Lang = 'vi'): string {
	if (!use) return pick(lang, 'Chưa có phương án', 'No plan yet');
	const l: Record<OfficeUse, [string, string]> = {
		other_agency: ['Bố trí cho cơ quan, đơn vị khác sử dụng', 'Used by another agency'],
		health_education_culture: [
			'Chuyển sang sử dụng cho y tế, giáo dục, văn hóa',
			'Turned to health, education or culture use'
		],
		disposal: ['Thanh lý, xử lý theo quy định', 'Disposal under the asset rules']
	};
	return pick(lang, ...l[use]);
}

export function leaveKindLabel(kind: LeaveKind, lang: Lang = 'vi'): string {
	return kind === 'early_retirement' ? staffingTerm('earlyRetirement', lang) : staffingTerm('resignation', lang);
}

export function leaveDecreeLabel(decree: LeaveDecree, lang: Lang = 'vi'): string {
	return decree === 'd29_2023'
		? staffingDocumentName('NĐ 29/2023/NĐ-CP', lang)
		: staffingDocumentName('NĐ 178/2024/NĐ-CP', lang);
}

/** "Năm thứ 1 (01/12/2024 – 01/12/2025)" / "Year 1 (1 Dec 2024 – 1 Dec 2025)". */
export function planYearLabel(y: Pick<PlanYear, 'year' | 'from' | 'to'>, lang: Lang = 'vi'): string {
	return (
		pick(lang, `Năm thứ ${y.year}`, `Year ${y.year}`) + ` (${formatDate(y.from, lang)} – ${formatDate(y.to, lang)})`
	);
}

// ---------------------------------------------------------------------------------------------------------------
// Numbers and citations
// ---------------------------------------------------------------------------------------------------------------

/** "7.020.000 đồng" / "7,020,000 VND". */
export function formatVnd(vnd: number | null | undefined, lang: Lang = 'vi'): string {
	if (vnd == null || !Number.isFinite(vnd)) return '—';
	return `${formatNumber(vnd, lang, 0)} ${pick(lang, 'đồng', 'VND')}`;
}

/** Points with one decimal only when needed: "32,5 điểm" / "32.5 points". */
export function formatPoints(points: number | null | undefined, lang: Lang = 'vi'): string {
	if (points == null || !Number.isFinite(points)) return '—';
	const d = Number.isInteger(points) ? 0 : 1;
	return `${formatNumber(points, lang, d)} ${pick(lang, 'điểm', points === 1 ? 'point' : 'points')}`;
}

/** Months of salary: "1,5 tháng lương" / "1.5 months of salary". */
export function formatMonths(months: number, lang: Lang = 'vi'): string {
	const d = Number.isInteger(months) ? 0 : Number.isInteger(months * 10) ? 1 : 2;
	return pick(
		lang,
		`${formatNumber(months, lang, d)} tháng lương`,
		`${formatNumber(months, lang, d)} months of salary`
	);
}

const posts = (n: unknown, lang: Lang): string => {
	const v = typeof n === 'number' ? n : Number(n);
	if (!Number.isFinite(v)) return '—';
	return pick(lang, `${formatNumber(v, lang, 0)} người`, `${formatNumber(v, lang, 0)} ${v === 1 ? 'post' : 'posts'}`);
};

/** A share of a standard as written in the Decree: 1/3, 1/2, 100 %. */
export function shareText(ratio: number, lang: Lang = 'vi'): string {
	for (let n = 2; n <= 10; n++) if (Math.abs(ratio - 1 / n) < 1e-9) return `1/${n}`;
	return `${formatNumber(ratio * 100, lang, Number.isInteger(ratio * 100) ? 0 : 1)}%`;
}

/** Long name of a document, decrees included: "NĐ 33/2023/NĐ-CP" → "Nghị định số 33/2023/NĐ-CP" / "Decree 33/2023/NĐ-CP". */
export function staffingDocumentName(document: string, lang: Lang = 'vi'): string {
	const m = /^NĐ\s+(.+)$/.exec(document);
	if (m) return pick(lang, `Nghị định số ${m[1]}`, `Decree ${m[1]}`);
	return document;
}

/** A citation in each language, with the decrees' long names (NQ and domain.md as in the rules engine). */
export function formatStaffingCitation(c: Citation, lang: Lang = 'vi', opts: { withAmendment?: boolean } = {}): string {
	// A whole chapter ("Chương II") or a whole document (article ''), which the rules' formatter does not write.
	if (c.article === '' || c.article.startsWith('Chương ')) {
		const name = (d: string) => (d.startsWith('NĐ ') ? staffingDocumentName(d, lang) : documentName(d, lang));
		const amended =
			c.amendedBy && opts.withAmendment !== false
				? pick(lang, ` (được sửa đổi, bổ sung bởi ${name(c.amendedBy)})`, ` (as amended by ${name(c.amendedBy)})`)
				: '';
		if (c.article === '') return name(c.document) + amended;
		const chapter = c.article.slice('Chương '.length);
		return pick(
			lang,
			`Chương ${chapter} ${name(c.document)}${amended}`,
			`Chapter ${chapter}, ${name(c.document)}${amended}`
		);
	}
	let s = formatCitation(c, lang, opts);
	if (c.document.startsWith('NĐ ')) s = s.split(c.document).join(staffingDocumentName(c.document, lang));
	if (c.amendedBy?.startsWith('NĐ ')) s = s.split(c.amendedBy).join(staffingDocumentName(c.amendedBy, lang));
	return s;
}

// ---------------------------------------------------------------------------------------------------------------
// Reasons
// ---------------------------------------------------------------------------------------------------------------

type Template = (p: Record<string, unknown>, lang: Lang) => string;

const num = (x: unknown): number => (typeof x === 'number' ? x : Number(x));
const kindName = (k: unknown, lang: Lang): string => {
	const kind = k as CommuneKind;
	const l = lang === 'vi' ? KIND_LABEL_VI[kind] : KIND_LABEL_EN[kind];
	return l ? (lang === 'vi' ? l.toLowerCase() : l.toLowerCase()) : String(k);
};
const verifyTag = (p: Record<string, unknown>, lang: Lang): string =>
	p.verified === false ? pick(lang, ' (cần xác minh)', ' (to verify)') : '';
const islandTag = (p: Record<string, unknown>, l: Lang): string => {
	const pct = `${formatNumber(num(p.ratio) * 100, l, 0)}%`;
	return pick(
		l,
		` (đơn vị ở hải đảo: áp dụng ${pct} các mức, cần xác minh)`,
		` (island unit: levels at ${pct}, to verify)`
	);
};
/** "loại II" / "class II" / "loại đặc biệt" inside a sentence. */
const classInText = (c: unknown, l: Lang): string =>
	c === 'special' ? pick(l, 'loại đặc biệt', 'the special class') : pick(l, `loại ${String(c)}`, `class ${String(c)}`);
const list = (x: unknown): string => (Array.isArray(x) ? x.map(String).join(', ') : String(x ?? ''));

const TEMPLATES: Record<string, Template> = {
	// --- quota ---
	quota_base: (p, l) =>
		pick(
			l,
			`${kindName(p.kind, l)} loại ${String(p.communeClass)}: ${num(p.posts)} cán bộ, công chức.`,
			`${kindName(p.kind, l)}, class ${String(p.communeClass)}: ${posts(p.posts, l)} (cadres and civil servants).`
		).replace(/^./, (c) => c.toUpperCase()),
	quota_population_increment: (p, l) => {
		const n = num(p.posts);
		const share = shareText(num(p.stepShare), l);
		return n > 0
			? pick(
					l,
					`Dân số ${formatPopulation(num(p.population), l)} vượt tiêu chuẩn ${formatPopulation(num(p.standard), l)} là ${formatPopulation(num(p.excess), l)}, đủ ${n} lần ${share} mức quy định (${formatPopulation(num(p.step), l)}): tăng thêm ${posts(n, l)}.`,
					`Population ${formatPopulation(num(p.population), l)} exceeds the standard ${formatPopulation(num(p.standard), l)} by ${formatPopulation(num(p.excess), l)}: ${n} full step(s) of ${share} of the standard (${formatPopulation(num(p.step), l)}), ${posts(n, l)} added.`
				)
			: pick(
					l,
					`Dân số ${formatPopulation(num(p.population), l)} chưa vượt tiêu chuẩn ${formatPopulation(num(p.standard), l)} đủ ${share} mức quy định (${formatPopulation(num(p.step), l)}): không tăng thêm.`,
					`Population ${formatPopulation(num(p.population), l)} is not a full step of ${share} of the standard (${formatPopulation(num(p.step), l)}) above ${formatPopulation(num(p.standard), l)}: nothing added.`
				);
	},
	quota_area_increment: (p, l) => {
		const n = num(p.posts);
		const share = shareText(num(p.stepShare), l);
		return n > 0
			? pick(
					l,
					`Diện tích ${formatArea(num(p.areaKm2), l)} vượt tiêu chuẩn ${formatArea(num(p.standard), l)} là ${formatArea(num(p.excess), l)}, đủ ${n} lần ${share} mức quy định: tăng thêm ${posts(n, l)}.`,
					`Area ${formatArea(num(p.areaKm2), l)} exceeds the standard ${formatArea(num(p.standard), l)} by ${formatArea(num(p.excess), l)}: ${n} full step(s) of ${share} of the standard, ${posts(n, l)} added.`
				)
			: pick(
					l,
					`Diện tích ${formatArea(num(p.areaKm2), l)} chưa vượt tiêu chuẩn ${formatArea(num(p.standard), l)} đủ ${share} mức quy định: không tăng thêm.`,
					`Area ${formatArea(num(p.areaKm2), l)} is not a full ${share} of the standard above ${formatArea(num(p.standard), l)}: nothing added.`
				);
	},
	quota_total: (p, l) =>
		pick(
			l,
			`Tổng số cán bộ, công chức theo quy định: ${num(p.base)} + ${num(p.populationIncrement)} + ${num(p.areaIncrement)} = ${posts(p.posts, l)}.`,
			`Quota of cadres and civil servants: ${num(p.base)} + ${num(p.populationIncrement)} + ${num(p.areaIncrement)} = ${posts(p.posts, l)}.`
		),
	quota_non_professional: (p, l) =>
		pick(
			l,
			`Người hoạt động không chuyên trách: tối đa ${num(p.base)} (loại ${String(p.communeClass)}) + ${num(p.increment)} tăng thêm theo số công chức tăng thêm = ${posts(p.posts, l)}${verifyTag(p, l)}.`,
			`Non-professional workers: at most ${num(p.base)} (class ${String(p.communeClass)}) + ${num(p.increment)} added with the added civil servants = ${posts(p.posts, l)}${verifyTag(p, l)}.`
		),
	quota_increment_basis: (p, l) => {
		if (p.basis === 'reduced')
			return pick(
				l,
				'Số tăng thêm tính theo tiêu chuẩn đã giảm theo yếu tố đặc thù (Điều 3a NQ 1211): cách đọc khác, đang bật trong cài đặt; theo hướng dẫn của Bộ Nội vụ (Công văn 4368/BNV-CQĐP) thì tính theo tiêu chuẩn chung.',
				'Increments counted on the Art. 3a-reduced standard: the other reading, switched on in the settings; the Ministry’s guidance (Công văn 4368/BNV-CQĐP) counts them on the normal standard.'
			);
		const notUsed: string[] = [];
		if (p.reducedPopulationStandard != null)
			notUsed.push(pick(l, 'dân số ', 'population ') + formatPopulation(num(p.reducedPopulationStandard), l));
		if (p.reducedAreaStandard != null)
			notUsed.push(pick(l, 'diện tích ', 'area ') + formatArea(num(p.reducedAreaStandard), l));
		const extra = notUsed.length
			? pick(
					l,
					`; không dùng tiêu chuẩn đã giảm theo yếu tố đặc thù (${notUsed.join(', ')})`,
					`; the Art. 3a-reduced standard (${notUsed.join(', ')}) is not used`
				)
			: '';
		return pick(
			l,
			`Số tăng thêm tính theo tiêu chuẩn chung của loại đơn vị và địa hình (Nghị định 33/2023; Công văn 4368/BNV-CQĐP)${extra}.`,
			`Increments counted on the normal standard of the unit's kind and terrain (Decree 33/2023; Công văn 4368/BNV-CQĐP)${extra}.`
		);
	},
	quota_parent_kind_missing: (_p, l) =>
		pick(
			l,
			'Chưa rõ phường thuộc quận hay không: tính tăng thêm theo mức 1/2 quy mô dân số.',
			'Not known whether the ward belongs to a quận: increments counted per 1/2 of the population standard.'
		),
	quota_population_missing: (_p, l) =>
		pick(
			l,
			'Thiếu số liệu dân số hoặc tiêu chuẩn dân số: không tính tăng thêm theo dân số.',
			'Population or its standard missing: no population increment.'
		),
	quota_area_missing: (_p, l) =>
		pick(
			l,
			'Thiếu số liệu diện tích hoặc tiêu chuẩn diện tích: không tính tăng thêm theo diện tích.',
			'Area or its standard missing: no area increment.'
		),

	// --- class estimate ---
	class_population_points: (p, l) => {
		const factor =
			p.factor === 'mountainous'
				? pick(
						l,
						` (xã miền núi, vùng cao: áp dụng ${shareText(num(p.ratio), l)} các mức)`,
						` (mountainous commune: levels at ${shareText(num(p.ratio), l)})`
					)
				: p.factor === 'border'
					? pick(
							l,
							` (có đường biên giới quốc gia trên đất liền: áp dụng ${shareText(num(p.ratio), l)} các mức)`,
							` (on a national land border: levels at ${shareText(num(p.ratio), l)})`
						)
					: p.factor === 'island'
						? islandTag(p, l)
						: '';
		return pick(
			l,
			`Quy mô dân số ${formatPopulation(num(p.population), l)}: ${formatPoints(num(p.points), l)} (10 điểm đến ${formatPopulation(num(p.baseLevel), l)}, thêm 0,5 điểm cho mỗi ${formatPopulation(num(p.step), l)}, tối đa ${num(p.max)} điểm${p.capVerified === false ? ', mức tối đa cần xác minh' : ''})${factor}.`,
			`Population ${formatPopulation(num(p.population), l)}: ${formatPoints(num(p.points), l)} (10 up to ${formatPopulation(num(p.baseLevel), l)}, +0.5 per ${formatPopulation(num(p.step), l)}, at most ${num(p.max)}${p.capVerified === false ? ', cap to verify' : ''})${factor}.`
		);
	},
	class_area_points: (p, l) =>
		pick(
			l,
			`Diện tích tự nhiên ${formatArea(num(p.areaKm2), l)}: ${formatPoints(num(p.points), l)} (10 điểm đến ${formatArea(num(p.baseLevel), l)}, thêm 0,5 điểm cho mỗi ${formatArea(num(p.step), l, 2)}, tối đa ${num(p.max)} điểm${p.capVerified === false ? ', mức tối đa cần xác minh' : ''})${p.factor === 'island' ? islandTag(p, l) : ''}.`,
			`Natural area ${formatArea(num(p.areaKm2), l)}: ${formatPoints(num(p.points), l)} (10 up to ${formatArea(num(p.baseLevel), l)}, +0.5 per ${formatArea(num(p.step), l, 2)}, at most ${num(p.max)}${p.capVerified === false ? ', cap to verify' : ''})${p.factor === 'island' ? islandTag(p, l) : ''}.`
		),
	class_d307_scales_not_encoded: (_p, l) =>
		pick(
			l,
			'Phân loại theo khung điểm của Nghị định 307/2025/NĐ-CP (cần xác minh); điểm dân số và diện tích vẫn tính theo các mức của Nghị quyết 1211/2016 (các mức của Nghị định 307 chưa được đưa vào).',
			'Classified by the bands of Decree 307/2025 (to verify); the population and area points still use the NQ 1211/2016 levels (the Decree 307 levels are not encoded).'
		),
	class_estimate: (p, l) => {
		const cls = classInText(p.estimatedClass ?? p.communeClass, l);
		const special =
			p.specialMin != null
				? pick(l, `, loại đặc biệt từ ${num(p.specialMin)} điểm`, `, special from ${num(p.specialMin)}`)
				: '';
		const rules = p.ruleSet ? `${classRuleSetLabel(p.ruleSet as ClassRuleSetId, l)}: ` : '';
		return pick(
			l,
			`Ước tính: ${formatPoints(num(p.points), l)}, tương ứng ${cls} (${rules}loại I từ ${num(p.classIMin)} điểm, loại II từ ${num(p.classIIMin)} điểm${special})${verifyTag(p, l)}.`,
			`Estimate: ${formatPoints(num(p.points), l)}, ${cls} (${rules}class I from ${num(p.classIMin)}, class II from ${num(p.classIIMin)}${special})${verifyTag(p, l)}.`
		);
	},
	class_estimate_lower_bound: (p, l) =>
		pick(
			l,
			`Chưa tính các tiêu chí khác (ngân sách, nông thôn mới, yếu tố đặc thù; tối đa ${num(p.otherPointsMax)} điểm): đây là mức tối thiểu, đơn vị có thể đạt từ ${classInText(p.lowest, l)} đến ${classInText(p.highest, l)}.`,
			`Other criteria (budget, new-rural status, special factors; up to ${num(p.otherPointsMax)} points) not counted: a lower bound, the unit may be ${classInText(p.lowest, l)} to ${classInText(p.highest, l)}.`
		),
	class_population_missing: (_p, l) =>
		pick(l, 'Thiếu số liệu dân số để tính điểm.', 'Population missing for the points.'),
	class_area_missing: (_p, l) => pick(l, 'Thiếu số liệu diện tích để tính điểm.', 'Area missing for the points.'),
	class_other_points_invalid: (p, l) =>
		pick(l, `Số điểm các tiêu chí khác không hợp lệ: ${String(p.value)}.`, `Invalid other points: ${String(p.value)}.`),
	class_other_points_above_max: (p, l) =>
		pick(
			l,
			`Số điểm các tiêu chí khác (${num(p.value)}) vượt mức tối đa ${num(p.max)} điểm: tính bằng ${num(p.max)} điểm.`,
			`Other points (${num(p.value)}) exceed the maximum ${num(p.max)}: counted as ${num(p.max)}.`
		),
	class_mountainous_not_applicable: (p, l) =>
		pick(
			l,
			`Không áp dụng mức miền núi, vùng cao cho ${kindName(p.kind, l)}.`,
			`No mountainous levels for a ${kindName(p.kind, l)}.`
		),

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
		),

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

/** True when describeStaffingReason has a sentence for this code. */
export function hasStaffingReasonText(code: string): boolean {
	return Object.prototype.hasOwnProperty.call(TEMPLATES, code);
}

/** A staffing reason as a sentence (the clause, when present, in parentheses). */
export function describeStaffingReason(reason: Reason, lang: Lang = 'vi', opts: { withClause?: boolean } = {}): string {
	const t = TEMPLATES[reason.code];
	const text = t ? t(reason.params ?? {}, lang) : `${reason.code} ${JSON.stringify(reason.params ?? {})}`;
	if (opts.withClause === false || !reason.clause) return text;
	return `${text} (${formatStaffingCitation(reason.clause, lang, { withAmendment: false })})`;
}

const COMPONENT: Record<string, [string, string]> = {
	d29_per_early_year: ['Trợ cấp cho số năm nghỉ hưu trước tuổi', 'Per year retired early'],
	d29_service: ['Trợ cấp theo thời gian công tác có đóng BHXH', 'Per years of insured service'],
	d29_job_search: ['Trợ cấp để tìm việc làm', 'To look for work'],
	d29_per_service_year: ['Trợ cấp theo số năm công tác có đóng BHXH', 'Per year of insured service'],
	d178_per_month_early: ['Trợ cấp hưu trí một lần cho số tháng nghỉ sớm', 'Per month retired early'],
	d178_per_early_year: ['Trợ cấp cho số năm nghỉ sớm', 'Per year retired early'],
	d178_service: ['Trợ cấp theo thời gian công tác có đóng BHXH', 'Per years of insured service'],
	d178_per_month: ['Trợ cấp thôi việc theo số tháng', 'Per month counted'],
	d178_per_service_year: ['Trợ cấp theo số năm công tác có đóng BHXH', 'Per year of insured service'],
	d178_job_search: ['Trợ cấp để tìm việc làm', 'To look for work']
};

/** One payment component as a line: "Trợ cấp để tìm việc làm: 3 tháng lương (Khoản 1 Điều 9 Nghị định số …)". */
export function describePaymentComponent(c: PaymentComponent, lang: Lang = 'vi'): string {
	const l = COMPONENT[c.code] ?? [c.code, c.code];
	const v = c.verified ? '' : pick(lang, ', cần xác minh', ', to verify');
	return `${pick(lang, l[0], l[1])}: ${formatMonths(c.months, lang)} (${formatStaffingCitation(c.clause, lang, { withAmendment: false })}${v})`;
}
