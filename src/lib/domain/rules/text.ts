/**
 * Words for what the rules engine returns as data: reasons, citations, statuses, phases, criteria, roles.
 * Vietnamese (with diacritics) is the default; English is available. No rule is decided here.
 */
import { KIND_LABEL_EN, KIND_LABEL_VI } from '../units';
import type { Level, Terrain, TerrainSource, UnitKind } from '../units';
import { formatArea, formatDate, formatNumber, formatPopulation } from '../format';
import type { Lang } from '../format';
import { NQ35_2023 } from './nq35-2023';
import { NQ76_2025 } from './nq76-2025';
import { NQ112_2025 } from './nq112-2025';
import type {
	Citation,
	Criterion,
	ExemptionReason,
	MergerRole,
	Meets,
	PhaseId,
	ProvinceClass,
	Reason,
	ReductionFactor,
	RuleSet,
	UnitStatus
} from './types';

export type { Lang };

const KNOWN_RULE_SETS: RuleSet[] = [NQ35_2023, NQ76_2025, NQ112_2025];

const pick = (lang: Lang, vi: string, en: string): string => (lang === 'vi' ? vi : en);

/** Capitalise the first letter (Vietnamese legal citations start with a capital when they open a sentence). */
function capitalise(s: string): string {
	return s ? s.charAt(0).toUpperCase() + s.slice(1) : s;
}

/**
 * A ratio as a percentage for display, truncated (not rounded) to 2 decimals so that a value just below a threshold
 * never shows as the threshold itself (69.999 % shows 69,99 %, not 70 %). Trailing zeros are dropped.
 */
export function percentText(ratio: number | null | undefined, lang: Lang): string {
	if (ratio == null || !Number.isFinite(ratio)) return '—';
	// The 1e-9 absorbs float noise: 0.7 × 10 000 = 7000.000000000001, 0.6999999999999999 is an exact 70 %.
	const hundredths = Math.floor(ratio * 10_000 + 1e-9); // hundredths of a percent
	const s = formatNumber(hundredths / 100, lang, 2);
	const dec = lang === 'vi' ? ',' : '.';
	return `${s.includes(dec) ? s.replace(/0+$/, '').replace(new RegExp(`\\${dec}$`), '') : s}%`;
}

// ---------------------------------------------------------------------------------------------------------------
// Citations
// ---------------------------------------------------------------------------------------------------------------

/** Long name of a document: "NQ 35/2023/UBTVQH15" → "Nghị quyết số 35/2023/UBTVQH15" / "Resolution 35/2023/UBTVQH15". */
export function documentName(document: string, lang: Lang): string {
	const m = /^NQ\s+(.+)$/.exec(document);
	if (m) return pick(lang, `Nghị quyết số ${m[1]}`, `Resolution ${m[1]}`);
	if (document === 'domain.md') return pick(lang, 'Đặc tả nghiệp vụ của công cụ', 'Tool specification');
	return document;
}

/**
 * A citation as written in each language: "Điểm a khoản 2 Điều 1 Nghị quyết số 35/2023/UBTVQH15" /
 * "Art. 1(2)(a), Resolution 35/2023/UBTVQH15"; a citation without an article names the document only.
 */
export function formatCitation(c: Citation, lang: Lang, opts: { withAmendment?: boolean } = {}): string {
	const doc = documentName(c.document, lang);
	if (c.article.startsWith('§'))
		return pick(lang, `${doc}, mục ${c.article.slice(1)}`, `${doc}, §${c.article.slice(1)}`);
	const [clause, point] = (c.clause ?? '').split('.');
	const pointText = point ? point.replace('-', '–') : '';
	const amended =
		c.amendedBy && opts.withAmendment !== false
			? pick(
					lang,
					` (được sửa đổi, bổ sung bởi ${documentName(c.amendedBy, lang)})`,
					` (as amended by ${documentName(c.amendedBy, lang)})`
				)
			: '';
	if (!c.article) return `${doc}${amended}`; // only the document is known (articles to verify)
	if (lang === 'vi') {
		const parts: string[] = [];
		if (pointText) parts.push(pointText.includes('–') ? `các điểm ${pointText}` : `điểm ${pointText}`);
		if (clause) parts.push(`khoản ${clause}`);
		parts.push(`Điều ${c.article}`);
		return capitalise(`${parts.join(' ')} ${doc}${amended}`);
	}
	return `Art. ${c.article}${clause ? `(${clause})` : ''}${pointText ? `(${pointText})` : ''}, ${doc}${amended}`;
}

// ---------------------------------------------------------------------------------------------------------------
// Labels
// ---------------------------------------------------------------------------------------------------------------

const STATUS: Record<UnitStatus, [string, string]> = {
	subject_2023_2025: ['Thuộc diện sắp xếp giai đoạn 2023–2025', 'Subject to arrangement in 2023–2025'],
	subject_2026_2030: ['Thuộc diện sắp xếp giai đoạn 2026–2030', 'Subject to arrangement in 2026–2030'],
	not_subject: ['Không thuộc diện sắp xếp', 'Not subject to arrangement'],
	exempt: ['Không bắt buộc sắp xếp', 'Not required to be arranged'],
	missing_data: ['Thiếu số liệu để xác định', 'Missing data to decide']
};

/** Label of a unit status. */
export function statusLabel(status: UnitStatus, lang: Lang): string {
	const l = STATUS[status];
	return l ? pick(lang, l[0], l[1]) : status;
}

/** Label of a phase; with `rules` (default NQ 35/2023) a phase that is no longer in force carries its status. */
export function phaseLabel(phase: PhaseId | null, lang: Lang, rules: RuleSet | null = NQ35_2023): string {
	if (!phase) return '—';
	const base = pick(lang, `Giai đoạn ${phase.replace('-', '–')}`, `Phase ${phase.replace('-', '–')}`);
	const p = rules?.phases.find((x) => x.id === phase);
	if (!p || p.status.code === 'in_force') return base;
	return `${base} (${pick(lang, lowerFirst(p.status.note_vi), lowerFirst(p.status.note_en))})`;
}

function lowerFirst(s: string): string {
	return s ? s.charAt(0).toLowerCase() + s.slice(1) : s;
}

/** Parse a criterion id such as 'a<70&p<70' into its percentages. */
function parseCriterionId(id: string): { a: number; p: number } | null {
	const m = /^a<(\d+(?:\.\d+)?)&p<(\d+(?:\.\d+)?)$/.exec(id);
	return m ? { a: Number(m[1]) / 100, p: Number(m[2]) / 100 } : null;
}

/**
 * Label of a criterion: "Diện tích tự nhiên dưới 70% và quy mô dân số dưới 70% tiêu chuẩn". Pass the Criterion
 * object to show overridden thresholds; an id shows the legal ones.
 */
export function criterionLabel(criterion: Criterion | string | null, lang: Lang): string {
	if (!criterion) return '—';
	const v =
		typeof criterion === 'string'
			? parseCriterionId(criterion)
			: { a: criterion.areaBelow.value, p: criterion.populationBelow.value };
	if (!v) return String(criterion);
	return pick(
		lang,
		`Diện tích tự nhiên dưới ${percentText(v.a, lang)} và quy mô dân số dưới ${percentText(v.p, lang)} tiêu chuẩn`,
		`Natural area below ${percentText(v.a, lang)} and population below ${percentText(v.p, lang)} of the standard`
	);
}

const ROLE: Record<MergerRole, [string, string]> = {
	mandatory: ['Thuộc diện phải sắp xếp', 'Mandatory (subject)'],
	adjacent_partner: ['Đơn vị liền kề', 'Adjacent partner'],
	encouraged: ['Khuyến khích sắp xếp', 'Encouraged'],
	not_applicable: ['Không áp dụng', 'Not applicable']
};

/** Label of a member's role in a merger. */
export function roleLabel(role: MergerRole, lang: Lang): string {
	const l = ROLE[role];
	return l ? pick(lang, l[0], l[1]) : role;
}

const MEETS: Record<Meets, [string, string]> = {
	both: ['Đạt tiêu chuẩn diện tích tự nhiên và quy mô dân số', 'Meets both the area and the population standards'],
	area: [
		'Đạt tiêu chuẩn diện tích tự nhiên, chưa đạt tiêu chuẩn quy mô dân số',
		'Meets the area standard, not the population standard'
	],
	population: [
		'Đạt tiêu chuẩn quy mô dân số, chưa đạt tiêu chuẩn diện tích tự nhiên',
		'Meets the population standard, not the area standard'
	],
	none: [
		'Chưa đạt tiêu chuẩn diện tích tự nhiên và quy mô dân số',
		'Meets neither the area nor the population standard'
	]
};

/** Label of a merger's "meets" result. */
export function meetsLabel(meets: Meets | null, lang: Lang): string {
	if (!meets) return pick(lang, 'Chưa đánh giá được', 'Not assessed');
	return pick(lang, MEETS[meets][0], MEETS[meets][1]);
}

/** Label of a terrain. */
export function terrainLabel(terrain: Terrain, lang: Lang): string {
	return terrain === 'mountainous'
		? pick(lang, 'Miền núi, vùng cao', 'Mountainous/highland')
		: pick(lang, 'Không thuộc miền núi, vùng cao', 'Not mountainous/highland');
}

/** Label of where the terrain came from. */
export function terrainSourceLabel(source: TerrainSource, lang: Lang): string {
	return source === 'unit'
		? pick(lang, 'theo danh mục của đơn vị', 'set on the unit')
		: pick(lang, 'mặc định của bộ dữ liệu', 'dataset default');
}

const FACTOR: Record<ReductionFactor, [string, string]> = {
	ethnic_minority: ['Dân tộc thiểu số (miền núi, vùng cao)', 'Ethnic minority (mountainous/highland)'],
	border: ['Biên giới quốc gia trên đất liền', 'National land border'],
	coastal_difficult: ['Xã đặc biệt khó khăn vùng bãi ngang, ven biển', 'Specially difficult coastal commune'],
	delta: ['Vùng Đồng bằng sông Hồng', 'Red River Delta'],
	island: ['Đơn vị hành chính ở hải đảo', 'Island unit']
};

/** Label of a specific factor that reduces a standard. */
export function reductionFactorLabel(f: ReductionFactor, lang: Lang): string {
	return pick(lang, FACTOR[f][0], FACTOR[f][1]);
}

const LEVEL: Record<Level, [string, string]> = {
	province: ['cấp tỉnh', 'province level'],
	district: ['cấp huyện', 'district level'],
	commune: ['cấp xã', 'commune level']
};

/** Label of a level, lower case ("cấp huyện"). */
export function levelLabel(level: Level | null | undefined, lang: Lang): string {
	if (!level || !LEVEL[level]) return String(level ?? '—');
	return pick(lang, LEVEL[level][0], LEVEL[level][1]);
}

/** Kind of a unit in running text, lower case ("xã", "thị trấn"; "commune"). */
export function kindName(kind: UnitKind | null | undefined, lang: Lang): string {
	if (!kind) return '—';
	const label = lang === 'vi' ? KIND_LABEL_VI[kind] : KIND_LABEL_EN[kind];
	return label ? lowerFirst(label) : String(kind);
}

const PROVINCE_CLASS: Record<ProvinceClass, [string, string]> = {
	central_city: ['thành phố trực thuộc trung ương', 'centrally-run city'],
	mountainous_or_border: ['tỉnh miền núi, vùng cao hoặc biên giới', 'mountainous/highland or border province'],
	other: ['tỉnh khác', 'other province']
};

/** Label of a province class (NQ 76 ward standard). */
export function provinceClassLabel(pc: ProvinceClass, lang: Lang): string {
	return PROVINCE_CLASS[pc] ? pick(lang, PROVINCE_CLASS[pc][0], PROVINCE_CLASS[pc][1]) : pc;
}

/** Label of an exemption reason code, from the rule sets the tool knows (or the one given). */
export function exemptionReasonLabel(code: string, lang: Lang, rules?: RuleSet): string {
	const auto: Record<string, [string, string]> = {
		arranged_2019_2021: ['Đã sắp xếp trong giai đoạn 2019–2021', 'Arranged in 2019–2021'],
		arranged_2019_2021_or_2023_2025: [
			'Đã sắp xếp trong giai đoạn 2019–2021 hoặc 2023–2025',
			'Arranged in 2019–2021 or 2023–2025'
		]
	};
	if (auto[code]) return pick(lang, auto[code][0], auto[code][1]);
	const sets = rules ? [rules] : KNOWN_RULE_SETS;
	let def: ExemptionReason | undefined;
	for (const rs of sets) def ??= rs.exemptionReasons.find((e) => e.code === code);
	return def ? pick(lang, def.label_vi, def.label_en) : code;
}

function ruleSetName(id: unknown, lang: Lang): string {
	const rs = KNOWN_RULE_SETS.find((r) => r.id === id);
	return rs ? documentName(rs.document, lang) : String(id ?? '—');
}

/** What a rule set governs, in words: the period(s) and the kind of dataset (from the rule set's data). */
export function ruleSetPeriodLabel(rules: RuleSet, lang: Lang): string {
	return pick(lang, rules.governs.vi, rules.governs.en);
}

/** Label of a rule set in the rule-set switch: its document and the period it governs. */
export function ruleSetOptionLabel(rules: RuleSet, lang: Lang): string {
	return `${rules.document} — ${ruleSetPeriodLabel(rules, lang)}`;
}

// ---------------------------------------------------------------------------------------------------------------
// Reasons
// ---------------------------------------------------------------------------------------------------------------

type P = Record<string, unknown>;

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
type Template = (p: P, lang: Lang) => string;

const num = (x: unknown): number | null => (typeof x === 'number' && Number.isFinite(x) ? x : null);
const pct = (x: unknown, lang: Lang): string => percentText(num(x), lang);
const codes = (x: unknown): string => (Array.isArray(x) ? x.map(String).join(', ') : String(x ?? ''));
const phaseText = (x: unknown): string => String(x ?? '').replace('-', '–');
const missingText = (x: unknown, lang: Lang): string =>
	(Array.isArray(x) ? x : [])
		.map((m) =>
			m === 'area' ? pick(lang, 'diện tích tự nhiên', 'natural area') : pick(lang, 'quy mô dân số', 'population')
		)
		.join(pick(lang, ' và ', ' and '));

const TEMPLATES: Record<string, Template> = {
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
			`Kết quả dựa trên giá trị chưa được xác minh với văn bản gốc: ${codes(p.keys)}.`,
			`The result relies on values not yet verified against the legal text: ${codes(p.keys)}.`
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
		const months = [
			'January',
			'February',
			'March',
			'April',
			'May',
			'June',
			'July',
			'August',
			'September',
			'October',
			'November',
			'December'
		];
		const when = m ? pick(l, ` từ tháng ${Number(m[2])}/${m[1]}`, ` in ${months[Number(m[2]) - 1]} ${m[1]}`) : '';
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
	},

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
			`Một số giá trị trong bộ quy tắc chưa được xác minh với văn bản gốc và có thể được quản trị viên điều chỉnh: ${codes(p.keys)}.`,
			`Some rule-set values are not yet verified against the legal text and can be corrected by an administrator: ${codes(p.keys)}.`
		)
};

/** True when describeReason has a sentence for this code. */
export function hasReasonText(code: string): boolean {
	return Object.prototype.hasOwnProperty.call(TEMPLATES, code);
}

/** A reason as a sentence in the given language (the clause, when present, is appended in parentheses). */
export function describeReason(reason: Reason, lang: Lang, opts: { withClause?: boolean } = {}): string {
	const t = TEMPLATES[reason.code];
	const text = t ? t(reason.params ?? {}, lang) : `${reason.code} ${JSON.stringify(reason.params ?? {})}`;
	if (opts.withClause === false || !reason.clause) return text;
	// The amending resolution is left out here to keep one level of parentheses; formatCitation shows it in full.
	return `${text} (${formatCitation(reason.clause, lang, { withAmendment: false })})`;
}
