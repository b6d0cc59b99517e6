/**
 * Words of the staffing domain: terms (biên chế, dôi dư, …), labels, numbers and citations of the decrees.
 * Vietnamese (with diacritics) by default, English available. No rule is decided here.
 */
import type { EstimatedClass } from '../class-estimate';
import type { ClassRuleSetId } from '../settings';
import type { Citation } from '../../rules/types';
import { documentName, formatCitation } from '../../rules/text';
import { formatDate, formatNumber } from '../../format';
import type { Lang } from '../../format';
import type { Bilingual } from '../../messages.ts';
import type { OfficeUse, StaffSource } from '../impact';
import type { IncrementBasis } from '../quota';
import type { LeaveDecree, LeaveKind } from '../money';
import type { PlanYear } from '../plan';
import { tIn, both } from '../../../i18n/catalogue.ts';

export type { Lang };

// ---------------------------------------------------------------------------------------------------------------
// Terms
// ---------------------------------------------------------------------------------------------------------------

/** The domain's words, as the Department of Home Affairs writes them, with an English gloss. */
export const STAFFING_TERMS = {
	establishment: both('text.labels.staffEstablishmentPosts'),
	quota: both('text.labels.quotaSetByLaw'),
	surplus: both('text.labels.surplus'),
	surplusAgainstNorm: both('staffingTotals.surplusAgainstTheDecree33'),
	surplusStaff: both('text.labels.surplusStaff'),
	surplusPlan: both('text.labels.planToResolveTheSurplus'),
	surplusOffices: both('staffing.surplusOffices.surplusOffices'),
	office: both('text.labels.officeSeat'),
	cadres: both('text.labels.cadresElectedAndAppointedOfficials'),
	civilServants: both('text.labels.civilServants'),
	cadresCivilServants: both('text.labels.cadresAndCivilServants'),
	nonProfessional: both('text.labels.nonProfessionalPartTimeWorkers'),
	staffBefore: both('text.labels.staffBeforeTheMerger'),
	staffAfter: both('text.labels.quotaAfterTheMerger'),
	communeClass: both('text.labels.classOfTheAdministrativeUnit'),
	classEstimate: both('text.labels.estimatedClassFromPoints'),
	leaders: both('text.labels.leaders'),
	leadersAffected: both('text.labels.leadersWhoLoseTheirPost'),
	salaryRetention: both('text.labels.salaryAndAllowanceRetained'),
	retirements: both('staffingPlanTable.retirements'),
	transfers: both('text.labels.transfers'),
	leaves: both('text.labels.streamliningLeavesEarlyRetirementResignation'),
	earlyRetirement: both('text.labels.earlyRetirement'),
	resignation: both('text.labels.resignation'),
	deadline: both('text.labels.deadlineToResolveTheSurplus'),
	shortfall: both('text.labels.surplusLeftAtTheDeadline'),
	leaveCost: both('text.labels.costOfTheLeavePayments'),
	payrollSaving: both('text.labels.annualPayrollSaving'),
	assumption: both('text.labels.assumption'),
	estimate: both('text.labels.estimate'),
	vacancies: both('text.labels.postsLeftUnfilledUnderThe')
} satisfies Record<string, Bilingual>;

export type StaffingTerm = keyof typeof STAFFING_TERMS;

/** A domain term in the given language. */
export function staffingTerm(term: StaffingTerm, lang: Lang = 'vi'): string {
	const t = STAFFING_TERMS[term];
	return t[lang];
}

/** "Loại I" / "Class I"; "Loại đặc biệt" / "Special class" (Decree 307/2025, wards). */
export function classLabel(cls: EstimatedClass | null | undefined, lang: Lang = 'vi'): string {
	if (!cls) return '—';
	if (cls === 'special') return tIn(lang, 'staffingEstimateCell.specialClass');
	return tIn(lang, 'text.labels.classCls', { cls });
}

/** Name of a classification rule set: "Nghị quyết 1211/2016/UBTVQH13" / "Nghị định 307/2025/NĐ-CP". */
export function classRuleSetLabel(id: ClassRuleSetId, lang: Lang = 'vi'): string {
	return id === 'd307_2025' ? tIn(lang, 'text.labels.decree3072025NdCp') : tIn(lang, 'text.labels.nq12112016Ubtvqh13');
}

/** Where a staff figure came from. */
export function staffSourceLabel(source: StaffSource, lang: Lang = 'vi'): string {
	const l: Record<StaffSource, Bilingual> = {
		actual: both('text.labels.actualCount'),
		quota: both('text.labels.fromTheQuota'),
		missing: both('text.labels.noFigure')
	};
	return l[source][lang];
}

/** Where a class came from. */
export function classSourceLabel(source: 'input' | 'estimate' | 'highest_member' | null, lang: Lang = 'vi'): string {
	if (!source) return '—';
	const l: Record<string, Bilingual> = {
		input: both('text.labels.classOfRecord'),
		estimate: both('text.labels.estimatedFromPointsAssumption'),
		highest_member: both('text.labels.assumedHighestClassAmongThe')
	};
	return l[source][lang];
}

/**
 * Which reading of Decree 33 Art. 6.2 a quota's increments used: the normal standard (the law, default) or the
 * Art. 3a-reduced one (a setting, off by default).
 */
export function incrementBasisLabel(basis: IncrementBasis, lang: Lang = 'vi'): string {
	return basis === 'reduced'
		? tIn(lang, 'text.labels.incrementsCountedOnTheArt')
		: tIn(lang, 'text.labels.incrementsCountedOnTheNormal');
}

/**
 * What a group's surplus is measured against: the Decree 33/2023 norm (commune level; the provincial People's
 * Council divides the province's total), or, at district level where there is no formula, the members' staff minus
 * the largest member's (or the figure entered).
 */
export function surplusBasisLabel(level: 'commune' | 'district', lang: Lang = 'vi'): string {
	return level === 'commune'
		? tIn(lang, 'text.labels.surplusAgainstTheDecree33')
		: tIn(lang, 'text.labels.districtLevelSurplusTheMembers');
}

/** Planned use of a surplus office. */
export function officeUseLabel(use: OfficeUse | null, lang: Lang = 'vi'): string {
	if (!use) return tIn(lang, 'dossier.build.noPlanYet');
	const l: Record<OfficeUse, Bilingual> = {
		other_agency: both('text.labels.usedByAnotherAgency'),
		health_education_culture: both('text.labels.turnedToHealthEducationOr'),
		disposal: both('text.labels.disposalUnderTheAssetRules')
	};
	return l[use][lang];
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
		tIn(lang, 'text.labels.yearYear', { year: y.year }) + ` (${formatDate(y.from, lang)} – ${formatDate(y.to, lang)})`
	);
}

// ---------------------------------------------------------------------------------------------------------------
// Numbers and citations
// ---------------------------------------------------------------------------------------------------------------

/** "7.020.000 đồng" / "7,020,000 VND". */
export function formatVnd(vnd: number | null | undefined, lang: Lang = 'vi'): string {
	if (vnd == null || !Number.isFinite(vnd)) return '—';
	return `${formatNumber(vnd, lang, 0)} ${tIn(lang, 'text.labels.vnd')}`;
}

/** Points with one decimal only when needed: "32,5 điểm" / "32.5 points". */
export function formatPoints(points: number | null | undefined, lang: Lang = 'vi'): string {
	if (points == null || !Number.isFinite(points)) return '—';
	const d = Number.isInteger(points) ? 0 : 1;
	return `${formatNumber(points, lang, d)} ${points === 1 ? tIn(lang, 'text.labels.point') : tIn(lang, 'text.labels.points')}`;
}

/** Months of salary: "1,5 tháng lương" / "1.5 months of salary". */
export function formatMonths(months: number, lang: Lang = 'vi'): string {
	const d = Number.isInteger(months) ? 0 : Number.isInteger(months * 10) ? 1 : 2;
	return tIn(lang, 'text.labels.p1MonthsOfSalary', { p1: formatNumber(months, lang, d) });
}

export const posts = (n: unknown, lang: Lang): string => {
	const v = typeof n === 'number' ? n : Number(n);
	if (!Number.isFinite(v)) return '—';
	const count = formatNumber(v, lang, 0);
	return v === 1 ? tIn(lang, 'text.labels.onePost', { n: count }) : tIn(lang, 'text.labels.posts', { n: count });
};

/** A share of a standard as written in the Decree: 1/3, 1/2, 100 %. */
export function shareText(ratio: number, lang: Lang = 'vi'): string {
	for (let n = 2; n <= 10; n++) if (Math.abs(ratio - 1 / n) < 1e-9) return `1/${n}`;
	return `${formatNumber(ratio * 100, lang, Number.isInteger(ratio * 100) ? 0 : 1)}%`;
}

/** Long name of a document, decrees included: "NĐ 33/2023/NĐ-CP" → "Nghị định số 33/2023/NĐ-CP" / "Decree 33/2023/NĐ-CP". */
export function staffingDocumentName(document: string, lang: Lang = 'vi'): string {
	const m = /^NĐ\s+(.+)$/.exec(document);
	if (m) return tIn(lang, 'text.labels.decreeP1', { p1: m[1] });
	return document;
}

/** A citation in each language, with the decrees' long names (NQ and domain.md as in the rules engine). */
export function formatStaffingCitation(c: Citation, lang: Lang = 'vi', opts: { withAmendment?: boolean } = {}): string {
	// A whole chapter ("Chương II") or a whole document (article ''), which the rules' formatter does not write.
	if (c.article === '' || c.article.startsWith('Chương ')) {
		const name = (d: string) => (d.startsWith('NĐ ') ? staffingDocumentName(d, lang) : documentName(d, lang));
		const amended =
			c.amendedBy && opts.withAmendment !== false
				? tIn(lang, 'rules.textLabels.asAmendedByP1', { p1: name(c.amendedBy) })
				: '';
		if (c.article === '') return name(c.document) + amended;
		const chapter = c.article.slice('Chương '.length);
		return tIn(lang, 'text.labels.chapterChapterP1Amended', { chapter, p1: name(c.document), amended });
	}
	let s = formatCitation(c, lang, opts);
	if (c.document.startsWith('NĐ ')) s = s.split(c.document).join(staffingDocumentName(c.document, lang));
	if (c.amendedBy?.startsWith('NĐ ')) s = s.split(c.amendedBy).join(staffingDocumentName(c.amendedBy, lang));
	return s;
}
