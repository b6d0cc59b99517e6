/**
 * Words for the rules engine's data: citations, statuses, phases, criteria, roles, factors, rule sets.
 * Vietnamese (with diacritics) is the default; English is available. No rule is decided here.
 */
import { KIND_LABEL_EN, KIND_LABEL_VI } from '../units';
import type { Level, Terrain, TerrainSource, UnitKind } from '../units';
import { formatNumber } from '../format';
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
	ReductionFactor,
	RuleSet,
	UnitStatus
} from './types';
import { capitalise, lowerFirst } from './text-util';
import { pick } from '../messages.ts';
import { tIn, type MessageKey } from '../../i18n/catalogue.ts';

const KNOWN_RULE_SETS: RuleSet[] = [NQ35_2023, NQ76_2025, NQ112_2025];

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
	if (m) return tIn(lang, 'rules.textLabels.resolutionP1', { p1: m[1] });
	// The tool's own specification is no legal source: the reader is told it is the tool's method (issue 10).
	if (document === 'domain.md') return tIn(lang, 'rules.textLabels.theToolSMethodNot');
	return document;
}

/**
 * A citation as written in each language: "Điểm a khoản 2 Điều 1 Nghị quyết số 35/2023/UBTVQH15" /
 * "Art. 1(2)(a), Resolution 35/2023/UBTVQH15"; a citation without an article names the document only.
 */
export function formatCitation(c: Citation, lang: Lang, opts: { withAmendment?: boolean } = {}): string {
	const doc = documentName(c.document, lang);
	// Sections of the tool's specification are internal references, never shown.
	if (c.document === 'domain.md') return doc;
	if (c.article.startsWith('§')) return tIn(lang, 'rules.textLabels.docP1', { doc, p1: c.article.slice(1) });
	const [clause, point] = (c.clause ?? '').split('.');
	const pointText = point ? point.replace('-', '–') : '';
	const amended =
		c.amendedBy && opts.withAmendment !== false
			? tIn(lang, 'rules.textLabels.asAmendedByP1', { p1: documentName(c.amendedBy, lang) })
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

const STATUS: Record<UnitStatus, MessageKey> = {
	subject_2023_2025: 'rules.textLabels.statusSubject20232025',
	subject_2026_2030: 'rules.textLabels.statusSubject20262030',
	not_subject: 'rules.textLabels.statusNotSubject',
	exempt: 'rules.textLabels.statusExempt',
	missing_data: 'rules.textLabels.statusMissingData'
};

/** Label of a unit status. */
export function statusLabel(status: UnitStatus, lang: Lang): string {
	const l = STATUS[status];
	return l ? tIn(lang, l) : status;
}

/** Label of a phase; with `rules` (default NQ 35/2023) a phase that is no longer in force carries its status. */
export function phaseLabel(phase: PhaseId | null, lang: Lang, rules: RuleSet | null = NQ35_2023): string {
	if (!phase) return '—';
	const base = tIn(lang, 'rules.textLabels.phaseP1', { p1: phase.replace('-', '–') });
	const p = rules?.phases.find((x) => x.id === phase);
	if (!p || p.status.code === 'in_force') return base;
	return `${base} (${pick(lang, lowerFirst(p.status.note_vi), lowerFirst(p.status.note_en))})`;
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
	return tIn(lang, 'rules.textLabels.naturalAreaBelowP1And', {
		p1: percentText(v.a, lang),
		p2: percentText(v.p, lang)
	});
}

const ROLE: Record<MergerRole, MessageKey> = {
	mandatory: 'rules.textLabels.roleMandatory',
	adjacent_partner: 'rules.textLabels.roleAdjacentPartner',
	encouraged: 'rules.textLabels.roleEncouraged',
	not_applicable: 'rules.textLabels.roleNotApplicable'
};

/** Label of a member's role in a merger. */
export function roleLabel(role: MergerRole, lang: Lang): string {
	const l = ROLE[role];
	return l ? tIn(lang, l) : role;
}

const MEETS: Record<Meets, MessageKey> = {
	both: 'rules.textLabels.meetsBoth',
	area: 'rules.textLabels.meetsArea',
	population: 'rules.textLabels.meetsPopulation',
	none: 'rules.textLabels.meetsNone'
};

/** Label of a merger's "meets" result. */
export function meetsLabel(meets: Meets | null, lang: Lang): string {
	if (!meets) return tIn(lang, 'rules.textLabels.notAssessed');
	return tIn(lang, MEETS[meets]);
}

/** Label of a terrain. */
export function terrainLabel(terrain: Terrain, lang: Lang): string {
	return terrain === 'mountainous'
		? tIn(lang, 'rules.textLabels.mountainousHighland')
		: tIn(lang, 'rules.textLabels.notMountainousHighland');
}

/** Label of where the terrain came from. */
export function terrainSourceLabel(source: TerrainSource, lang: Lang): string {
	return source === 'unit' ? tIn(lang, 'rules.textLabels.setOnTheUnit') : tIn(lang, 'unitPanel.datasetDefault');
}

const FACTOR: Record<ReductionFactor, MessageKey> = {
	ethnic_minority: 'rules.textLabels.factorEthnicMinority',
	border: 'rules.textLabels.factorBorder',
	coastal_difficult: 'rules.textLabels.factorCoastalDifficult',
	delta: 'rules.textLabels.factorDelta',
	island: 'rules.textLabels.factorIsland'
};

/** Label of a specific factor that reduces a standard. */
export function reductionFactorLabel(f: ReductionFactor, lang: Lang): string {
	return tIn(lang, FACTOR[f]);
}

const LEVEL: Record<Level, MessageKey> = {
	province: 'rules.textLabels.levelProvince',
	district: 'rules.textLabels.levelDistrict',
	commune: 'rules.textLabels.levelCommune'
};

/** Label of a level, lower case ("cấp huyện"). */
export function levelLabel(level: Level | null | undefined, lang: Lang): string {
	if (!level || !LEVEL[level]) return String(level ?? '—');
	return tIn(lang, LEVEL[level]);
}

/** Kind of a unit in running text, lower case ("xã", "thị trấn"; "commune"). */
export function kindName(kind: UnitKind | null | undefined, lang: Lang): string {
	if (!kind) return '—';
	const label = lang === 'vi' ? KIND_LABEL_VI[kind] : KIND_LABEL_EN[kind];
	return label ? lowerFirst(label) : String(kind);
}

const PROVINCE_CLASS: Record<ProvinceClass, MessageKey> = {
	central_city: 'rules.textLabels.provinceClassCentralCity',
	mountainous_or_border: 'rules.textLabels.provinceClassMountainousOrBorder',
	other: 'rules.nq1211.otherProvince'
};

/** Label of a province class (NQ 76 ward standard). */
export function provinceClassLabel(pc: ProvinceClass, lang: Lang): string {
	return PROVINCE_CLASS[pc] ? tIn(lang, PROVINCE_CLASS[pc]) : pc;
}

/** Label of an exemption reason code, from the rule sets the tool knows (or the one given). */
export function exemptionReasonLabel(code: string, lang: Lang, rules?: RuleSet): string {
	const auto: Record<string, MessageKey> = {
		arranged_2019_2021: 'rules.textLabels.exemptionArranged20192021',
		arranged_2019_2021_or_2023_2025: 'rules.textLabels.exemptionArranged20192021Or20232025'
	};
	if (auto[code]) return tIn(lang, auto[code]);
	const sets = rules ? [rules] : KNOWN_RULE_SETS;
	let def: ExemptionReason | undefined;
	for (const rs of sets) def ??= rs.exemptionReasons.find((e) => e.code === code);
	return def ? pick(lang, def.label_vi, def.label_en) : code;
}

/** Long name of the document of a known rule set, by id. */
export function ruleSetName(id: unknown, lang: Lang): string {
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
