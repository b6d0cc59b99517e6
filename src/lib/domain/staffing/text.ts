/**
 * Words for the staffing domain: terms (biên chế, dôi dư, …), labels, citations of the decrees, and sentences for
 * the reasons the staffing modules return as data. Vietnamese (with diacritics) by default, English available.
 * No rule is decided here. The pieces live in text/: labels.ts (terms, labels, numbers, citations) and one file of
 * reason sentences per area (quota and class, impact, plan and money).
 */
import type { Reason } from '../rules/types';
import type { Lang } from '../format';
import type { Bilingual } from '../messages.ts';
import type { PaymentComponent } from './money';
import { formatMonths, formatStaffingCitation } from './text/labels';
import type { Template } from './text/reason-helpers';
import { QUOTA_CLASS_TEMPLATES } from './text/reasons-quota-class';
import { IMPACT_TEMPLATES } from './text/reasons-impact';
import { PLAN_MONEY_TEMPLATES } from './text/reasons-plan-money';
import { tIn, both } from '../../i18n/catalogue.ts';

export * from './text/labels';

const TEMPLATES: Record<string, Template> = { ...QUOTA_CLASS_TEMPLATES, ...IMPACT_TEMPLATES, ...PLAN_MONEY_TEMPLATES };

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

const COMPONENT: Record<string, Bilingual> = {
	d29_per_early_year: both('staffing.text.perYearRetiredEarly'),
	d29_service: both('staffing.text.perYearsOfInsuredService'),
	d29_job_search: both('staffing.text.toLookForWork'),
	d29_per_service_year: both('staffing.text.perYearOfInsuredService'),
	d178_per_month_early: both('staffing.text.perMonthRetiredEarly'),
	d178_per_early_year: both('staffing.text.perYearRetiredEarly2'),
	d178_service: both('staffing.text.perYearsOfInsuredService'),
	d178_per_month: both('staffing.text.perMonthCounted'),
	d178_per_service_year: both('staffing.text.perYearOfInsuredService'),
	d178_job_search: both('staffing.text.toLookForWork')
};

/** One payment component as a line: "Trợ cấp để tìm việc làm: 3 tháng lương (Khoản 1 Điều 9 Nghị định số …)". */
export function describePaymentComponent(c: PaymentComponent, lang: Lang = 'vi'): string {
	const l = COMPONENT[c.code] ?? { vi: c.code, en: c.code };
	const v = c.verified ? '' : tIn(lang, 'staffing.text.toVerify');
	return `${l[lang]}: ${formatMonths(c.months, lang)} (${formatStaffingCitation(c.clause, lang, { withAmendment: false })}${v})`;
}
