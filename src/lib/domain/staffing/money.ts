/**
 * Money (domain.md §6): the one-off cost of streamlining leaves and the annual payroll saving once the surplus is
 * gone. Leaves before 1 Jan 2025 are paid under Decree 29/2023, from that date under Decree 178/2024 (as amended by
 * Decree 67/2025); every formula is a set of settings (months of salary), so an administrator can correct them.
 *
 * Units: amounts in VND; payments as multiples of one month's salary ("months"); service and early time in years.
 */
import type { Citation, Reason } from '../rules/types';
import type { StaffingSettings } from './settings';
import { STAFFING_SETTINGS } from './settings';
import type { StaffingPlan } from './plan';
import { addMonths, midYear, monthsBetween } from './plan';

/** Which decree pays a leave. */
export type LeaveDecree = 'd29_2023' | 'd178_2024';
/** Kind of leave: early retirement (nghỉ hưu trước tuổi) or resignation (thôi việc). */
export type LeaveKind = 'early_retirement' | 'resignation';

/** One person's leave. */
export interface LeaveCase {
	kind: LeaveKind;
	/** Date of the leave (ISO): decides the decree and, under Decree 178, the first-12-months rates. */
	date: string;
	/** Current monthly salary (VND); default `staffing.money.average_monthly_salary`. */
	monthlySalary?: number | null;
	/** Years of insured service (BHXH). */
	serviceYears: number;
	/** Early retirement: months before the retirement age. */
	monthsEarly?: number;
	/** Resignation: months to the retirement age (Decree 178 counts at most 60, and not more than the service). */
	monthsToRetirement?: number;
	/** Date the arrangement took effect (ISO), for Decree 178's "within 12 months"; default: within. */
	arrangementDate?: string | null;
}

/** One component of a payment: months of salary and its clause. */
export interface PaymentComponent {
	code: string;
	months: number; // months of salary
	clause: Citation;
	verified: boolean;
	params: Record<string, unknown>;
}

export interface LeavePayment {
	decree: LeaveDecree;
	kind: LeaveKind;
	/** Total months of salary. */
	months: number;
	monthlySalary: number; // VND
	vnd: number; // VND, rounded to the đồng
	components: PaymentComponent[];
	warnings: Reason[];
}

const reason = (code: string, params: Record<string, unknown> = {}, clause?: Citation): Reason =>
	clause ? { code, params, clause } : { code, params };

/**
 * Months converted to years as the decrees count them: whole years, plus half a year for 1–6 odd months and a full
 * year for 7–11 (Decree 178 and its guidance; also used for Decree 29).
 */
export function yearsOfMonths(months: number): number {
	if (!(months > 0)) return 0;
	const whole = Math.floor(months / 12);
	const rest = Math.round(months - whole * 12);
	if (rest === 0) return whole;
	return whole + (rest <= 6 ? 0.5 : 1);
}

/** Decree that pays a leave on this date. */
export function leaveDecreeOn(date: string, settings: StaffingSettings = STAFFING_SETTINGS): LeaveDecree {
	return date < settings.money.decree178From.value ? 'd29_2023' : 'd178_2024';
}

const comp = (
	code: string,
	months: number,
	clause: Citation,
	verified: boolean,
	params: Record<string, unknown> = {}
): PaymentComponent => ({
	code,
	months,
	clause,
	verified,
	params
});

/** Service lump: `firstMonths` for the first `firstYears` years, then `perFurther` per further year; 0 below. */
function servicePayment(serviceYears: number, firstYears: number, firstMonths: number, perFurther: number): number {
	if (serviceYears < firstYears) return 0;
	return firstMonths + perFurther * (serviceYears - firstYears);
}

/** Payment of one leave in months of salary and VND, with its components and clauses. */
export function leavePayment(c: LeaveCase, settings: StaffingSettings = STAFFING_SETTINGS): LeavePayment {
	const warnings: Reason[] = [];
	const decree = leaveDecreeOn(c.date, settings);
	const salary =
		c.monthlySalary != null && c.monthlySalary > 0 ? c.monthlySalary : settings.money.averageMonthlySalary.value;
	const service = Math.max(0, c.serviceYears || 0);
	const components: PaymentComponent[] = [];

	if (decree === 'd29_2023') {
		const r = settings.money.d29;
		if (c.kind === 'early_retirement') {
			const monthsEarly = Math.max(0, c.monthsEarly ?? 0);
			const yearsEarly = yearsOfMonths(monthsEarly);
			components.push(
				comp(
					'd29_per_early_year',
					yearsEarly * r.retireMonthsPerEarlyYear.value,
					r.citationRetire,
					r.retireMonthsPerEarlyYear.verified,
					{
						yearsEarly,
						perYear: r.retireMonthsPerEarlyYear.value
					}
				)
			);
			const svc = servicePayment(
				service,
				r.serviceFirstYears.value,
				r.serviceFirstMonths.value,
				r.serviceMonthsPerFurtherYear.value
			);
			if (service < r.serviceFirstYears.value)
				warnings.push(
					reason(
						'leave_service_below_first_years',
						{ serviceYears: service, firstYears: r.serviceFirstYears.value },
						r.citationRetire
					)
				);
			components.push(
				comp(
					'd29_service',
					svc,
					r.citationRetire,
					r.serviceFirstMonths.verified && r.serviceMonthsPerFurtherYear.verified,
					{
						serviceYears: service,
						firstYears: r.serviceFirstYears.value,
						firstMonths: r.serviceFirstMonths.value,
						perFurtherYear: r.serviceMonthsPerFurtherYear.value
					}
				)
			);
		} else {
			components.push(
				comp('d29_job_search', r.resignJobSearchMonths.value, r.citationResign, r.resignJobSearchMonths.verified)
			);
			components.push(
				comp(
					'd29_per_service_year',
					service * r.resignMonthsPerServiceYear.value,
					r.citationResign,
					r.resignMonthsPerServiceYear.verified,
					{
						serviceYears: service,
						perYear: r.resignMonthsPerServiceYear.value
					}
				)
			);
		}
	} else {
		const r = settings.money.d178;
		// "Within the first 12 months" of the arrangement decision: the tool counts from the date it takes effect.
		const within12 = c.arrangementDate ? c.date < addMonths(c.arrangementDate, 12) : true;
		if (!c.arrangementDate) warnings.push(reason('leave_within_12_assumed', {}));
		if (c.kind === 'early_retirement') {
			const monthsEarly = Math.max(0, c.monthsEarly ?? 0);
			const long = monthsEarly > r.retireLongThresholdMonths.value;
			const counted = Math.min(monthsEarly, r.retireMonthsEarlyCap.value);
			const factorValue = long
				? within12
					? r.retireFactorFirst12Long
					: r.retireFactorLaterLong
				: within12
					? r.retireFactorFirst12
					: r.retireFactorLater;
			components.push(
				comp('d178_per_month_early', counted * factorValue.value, r.citationRetire, factorValue.verified, {
					monthsEarly,
					counted,
					factor: factorValue.value,
					within12,
					long
				})
			);
			if (monthsEarly >= r.retireFullBenefitsMinMonthsEarly.value) {
				const yearsEarly = yearsOfMonths(monthsEarly);
				const perYear = long ? r.retireMonthsPerEarlyYearLong : r.retireMonthsPerEarlyYear;
				components.push(
					comp('d178_per_early_year', yearsEarly * perYear.value, r.citationRetire, perYear.verified, {
						yearsEarly,
						perYear: perYear.value,
						long
					})
				);
				const fromSwitch = c.date >= r.serviceSwitchDate.value;
				const firstYears = fromSwitch ? r.serviceFirstYearsFromSwitch.value : r.serviceFirstYears.value;
				const firstMonths = fromSwitch ? r.serviceFirstMonthsFromSwitch.value : r.serviceFirstMonths.value;
				const svc = servicePayment(service, firstYears, firstMonths, r.serviceMonthsPerFurtherYear.value);
				if (service < firstYears)
					warnings.push(
						reason('leave_service_below_first_years', { serviceYears: service, firstYears }, r.citationRetire)
					);
				components.push(
					comp(
						'd178_service',
						svc,
						r.citationRetire,
						(fromSwitch ? r.serviceFirstMonthsFromSwitch : r.serviceFirstMonths).verified &&
							r.serviceMonthsPerFurtherYear.verified,
						{
							serviceYears: service,
							firstYears,
							firstMonths,
							perFurtherYear: r.serviceMonthsPerFurtherYear.value,
							fromSwitch
						}
					)
				);
			} else {
				warnings.push(
					reason(
						'leave_short_early_retirement',
						{ monthsEarly, min: r.retireFullBenefitsMinMonthsEarly.value },
						r.citationRetire
					)
				);
			}
		} else {
			const toRetirement = Math.max(0, c.monthsToRetirement ?? r.resignMonthsCap.value);
			// Months counted: to the retirement age, at most the cap and at most the insured service.
			const counted = Math.min(toRetirement, r.resignMonthsCap.value, Math.round(service * 12));
			const factorValue = within12 ? r.resignFactorFirst12 : r.resignFactorLater;
			components.push(
				comp('d178_per_month', counted * factorValue.value, r.citationResign, factorValue.verified, {
					monthsToRetirement: toRetirement,
					counted,
					factor: factorValue.value,
					within12
				})
			);
			components.push(
				comp(
					'd178_per_service_year',
					service * r.resignMonthsPerServiceYear.value,
					r.citationResign,
					r.resignMonthsPerServiceYear.verified,
					{
						serviceYears: service,
						perYear: r.resignMonthsPerServiceYear.value
					}
				)
			);
			components.push(
				comp('d178_job_search', r.resignJobSearchMonths.value, r.citationResign, r.resignJobSearchMonths.verified)
			);
		}
	}
	// Round the month total to 1e-9 to drop float noise (0.45 × 60 = 27.000000000000004), then to the đồng.
	const months = Math.round(components.reduce((s, x) => s + x.months, 0) * 1e9) / 1e9;
	return {
		decree,
		kind: c.kind,
		months,
		monthlySalary: salary,
		vnd: Math.round(months * salary),
		components,
		warnings
	};
}

/** The typical leaver of a plan: everything of a LeaveCase but the dates, which come from the plan year. */
export type TypicalLeave = Omit<LeaveCase, 'date' | 'arrangementDate'>;

export interface PlanLeaveCost {
	perYear: { year: number; date: string; leaves: number; decree: LeaveDecree; perPersonVnd: number; vnd: number }[];
	totalVnd: number;
}

/**
 * One-off cost of the plan's streamlining leaves: each year's leaves × the typical leaver's payment, dated at the
 * middle of the plan year (leaves are spread over the year), which also decides the decree and Decree 178's
 * first-12-months rates.
 */
export function planLeaveCost(
	plan: StaffingPlan,
	typical: TypicalLeave,
	settings: StaffingSettings = STAFFING_SETTINGS
): PlanLeaveCost {
	const perYear: PlanLeaveCost['perYear'] = [];
	let total = 0;
	for (const y of plan.years) {
		if (!y.leaves) continue;
		const date = midYear(y.from);
		const p = leavePayment({ ...typical, date, arrangementDate: plan.effectiveDate }, settings);
		const vnd = p.vnd * y.leaves;
		total += vnd;
		perYear.push({ year: y.year, date, leaves: y.leaves, decree: p.decree, perPersonVnd: p.vnd, vnd });
	}
	return { perYear, totalVnd: total };
}

export interface PayrollSaving {
	cadresCivilServants: { posts: number; perPostVnd: number; vnd: number; clause: Citation; verified: boolean };
	nonProfessional: { posts: number; perPostVnd: number; vnd: number; clause: Citation; verified: boolean };
	/** VND per year. */
	totalVnd: number;
}

/**
 * Annual payroll saving once the surplus is gone (VND per year): cadre/civil-servant posts × the average yearly cost
 * of a post, plus non-professional posts × 12 × their monthly allowance (multiple of the base salary).
 */
export function annualPayrollSaving(
	posts: { cadresCivilServants: number; nonProfessional?: number | null },
	settings: StaffingSettings = STAFFING_SETTINGS
): PayrollSaving {
	const m = settings.money;
	const cs = Math.max(0, posts.cadresCivilServants);
	const np = Math.max(0, posts.nonProfessional ?? 0);
	const perCs = m.annualCostPerPost.value; // VND per post per year
	const perNp = Math.round(12 * m.nonProfessionalAllowanceMultiple.value * m.baseSalary.value); // VND per person per year
	return {
		cadresCivilServants: {
			posts: cs,
			perPostVnd: perCs,
			vnd: cs * perCs,
			clause: m.annualCostPerPost.citation,
			verified: m.annualCostPerPost.verified
		},
		nonProfessional: {
			posts: np,
			perPostVnd: perNp,
			vnd: np * perNp,
			clause: m.nonProfessionalAllowanceMultiple.citation,
			verified: m.nonProfessionalAllowanceMultiple.verified
		},
		totalVnd: cs * perCs + np * perNp
	};
}

/** Months of salary a leader keeps after losing the post: to the end of the term, at least the minimum (6). */
export function salaryRetentionMonths(
	effectiveDate: string,
	termEnd: string | null | undefined,
	settings: StaffingSettings = STAFFING_SETTINGS
): { months: number; until: string; minMonths: number; clause: Citation; verified: boolean } {
	const min = settings.leaders.salaryRetentionMinMonths;
	const toTerm = termEnd ? monthsBetween(effectiveDate, termEnd) : 0;
	const months = Math.max(min.value, toTerm);
	const until = termEnd && toTerm >= min.value ? termEnd : addMonths(effectiveDate, min.value);
	return { months, until, minMonths: min.value, clause: min.citation, verified: min.verified };
}
