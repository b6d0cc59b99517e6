/**
 * The five-year plan to bring a surplus to the norm (domain.md §6; NQ 35/2023 Art. 11.3): year by year from the
 * date the arrangement takes effect, the headcount falls through retirements (entered, or estimated from an age
 * profile and the retirement-age roadmap), transfers and streamlining leaves. A plan that leaves a surplus at the
 * deadline is flagged with the shortfall.
 *
 * Plan year k runs from effectiveDate + (k − 1) years to effectiveDate + k years; the deadline is the end of year
 * `deadlineYears` (Lâm Đồng: 2024-12-01 → 2029-12-01). Headcounts, surpluses and departures are posts (persons).
 */
import type { Citation, Reason } from '../rules/types';
import type { StaffingSettings } from './settings';
import { STAFFING_SETTINGS } from './settings';

// ---------------------------------------------------------------------------------------------------------------
// Dates (ISO YYYY-MM-DD, calendar arithmetic in UTC: no time zone can shift a day)
// ---------------------------------------------------------------------------------------------------------------

function parseIso(iso: string): { y: number; m: number; d: number } {
	const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
	if (!m) throw new Error(`Not an ISO date (YYYY-MM-DD): ${iso}`);
	return { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');
const daysInMonth = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** True for a valid ISO calendar date (YYYY-MM-DD). */
export function isIsoDate(s: unknown): s is string {
	if (typeof s !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
	const { y, m, d } = parseIso(s);
	return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

/** Add whole months to an ISO date; the day is clamped to the month's end (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(iso: string, months: number): string {
	const { y, m, d } = parseIso(iso);
	const total = y * 12 + (m - 1) + Math.trunc(months);
	const ny = Math.floor(total / 12);
	const nm = (total % 12) + 1;
	return `${pad(ny, 4)}-${pad(nm)}-${pad(Math.min(d, daysInMonth(ny, nm)))}`;
}

/** Add whole years to an ISO date (29 Feb + 1 year = 28 Feb). */
export function addYears(iso: string, years: number): string {
	return addMonths(iso, Math.trunc(years) * 12);
}

/** Whole months from `from` to `to` (negative when `to` is earlier); a month counts once its day is reached. */
export function monthsBetween(from: string, to: string): number {
	const a = parseIso(from);
	const b = parseIso(to);
	let months = (b.y - a.y) * 12 + (b.m - a.m);
	// Compare the day with the start day clamped to the end month (31 Jan → 28 Feb is a full month).
	const startDay = Math.min(a.d, daysInMonth(b.y, b.m));
	if (months > 0 && b.d < startDay) months -= 1;
	else if (months < 0 && b.d > startDay) months += 1;
	return months;
}

/** Mid-point of a plan year (6 months after its start): the date that stands for leaves spread over the year. */
export function midYear(iso: string): string {
	return addMonths(iso, 6);
}

// ---------------------------------------------------------------------------------------------------------------
// Roadmap
// ---------------------------------------------------------------------------------------------------------------

/** Sex of an age band, or null when not given (split by `staffing.plan.female_share_when_unknown`). */
export type Sex = 'male' | 'female';

/** Retirement age in force in a calendar year (Labour Code 2019 Art. 169; Decree 135/2020 Art. 4), in years. */
export function retirementAge(sex: Sex, year: number, settings: StaffingSettings = STAFFING_SETTINGS): number {
	const r = settings.plan.retirementAge[sex];
	const start = settings.plan.roadmapStartYear.value;
	const months = Math.min(
		r.capAgeMonths.value,
		r.startAgeMonths.value + r.stepMonths.value * Math.max(0, year - start)
	);
	return months / 12;
}

/** Deadline to resolve the surplus: effective date + `staffing.plan.deadline_years` years. */
export function surplusDeadline(effectiveDate: string, settings: StaffingSettings = STAFFING_SETTINGS): string {
	return addYears(effectiveDate, settings.plan.deadlineYears.value);
}

// ---------------------------------------------------------------------------------------------------------------
// Plan
// ---------------------------------------------------------------------------------------------------------------

/** Staff of one age band at the effective date: completed years of age from `fromAge` to `toAge` inclusive. */
export interface AgeBand {
	fromAge: number; // years
	toAge: number; // years
	count: number; // persons
	sex?: Sex | null;
}

/** Inputs of the plan. Per-year arrays are indexed by plan year: index 0 = year 1. */
export interface StaffingPlanInput {
	/** Date the arrangement takes effect (ISO). */
	effectiveDate: string;
	/** Staff at the effective date (posts filled: the merged units' staff before). */
	headcount: number;
	/** The norm: quota of the new unit (posts). */
	norm: number;
	/** Retirements entered per year (persons); a missing entry is estimated from `ageProfile`. */
	retirements?: (number | null | undefined)[];
	/** Age profile at the effective date, to estimate retirements. */
	ageProfile?: AgeBand[];
	/** Transfers to other agencies per year (persons). */
	transfers?: (number | null | undefined)[];
	/** Streamlining leaves (early retirement, resignation) per year (persons). */
	leaves?: (number | null | undefined)[];
	/** Years shown (default: the deadline years; more shows when a late plan gets there). */
	years?: number;
	/** Departures once the headcount is at the norm are replaced (recruited) up to the norm (default true). */
	refillToNorm?: boolean;
}

/** One plan year. Counts are persons/posts. */
export interface PlanYear {
	year: number; // 1, 2, …
	from: string; // ISO
	to: string; // ISO
	/** Headcount at the end of the year. */
	headcount: number;
	retirements: number;
	retirementsSource: 'entered' | 'estimated' | 'none';
	transfers: number;
	leaves: number;
	/** Posts recruited to keep the headcount at the norm (refillToNorm). */
	recruited: number;
	/** Posts above the norm at the end of the year. */
	remainingSurplus: number;
	/** True when the year ends on or before the deadline. */
	withinDeadline: boolean;
}

export interface StaffingPlan {
	effectiveDate: string;
	deadline: string;
	deadlineYears: number;
	deadlineCitation: Citation;
	norm: number;
	startHeadcount: number;
	startSurplus: number;
	years: PlanYear[];
	/** The surplus is zero at the end of the last year within the deadline. */
	meetsDeadline: boolean;
	/** Posts still above the norm at the deadline (0 when met). */
	shortfall: number;
	/** First plan year that ends with no surplus, or null. */
	zeroInYear: number | null;
	reasons: Reason[];
	warnings: Reason[];
}

const reason = (code: string, params: Record<string, unknown> = {}, clause?: Citation): Reason =>
	clause ? { code, params, clause } : { code, params };

/** A count entered per year: missing, negative or non-finite → 0 (with a warning for invalid values). */
function countAt(
	list: (number | null | undefined)[] | undefined,
	i: number,
	what: string,
	warnings: Reason[]
): number | null {
	const v = list?.[i];
	if (v == null) return null;
	if (!Number.isFinite(v) || v < 0) {
		warnings.push(reason('plan_invalid_count', { what, year: i + 1, value: v }));
		return 0;
	}
	return Math.floor(v);
}

/**
 * Cumulative retirements expected by the end of each plan year from an age profile (persons, fractional). Ages in
 * a band are spread evenly over [fromAge, toAge + 1) at the effective date; a person retires in the plan year in
 * which their age reaches the retirement age in force in that year's calendar year (the roadmap rises slowly, so
 * the cumulative count never falls). Staff already past the age retire in year 1.
 */
export function expectedRetirementsByYear(
	profile: AgeBand[],
	effectiveDate: string,
	years: number,
	settings: StaffingSettings = STAFFING_SETTINGS
): number[] {
	const femaleShare = settings.plan.femaleShareWhenUnknown.value;
	const out: number[] = [];
	let prev = 0;
	for (let k = 1; k <= years; k++) {
		const calendarYear = parseIso(addYears(effectiveDate, k)).y;
		let cum = 0;
		for (const band of profile) {
			if (!(band.count > 0) || !(band.toAge >= band.fromAge)) continue;
			const parts: [Sex, number][] =
				band.sex === 'male' || band.sex === 'female'
					? [[band.sex, band.count]]
					: [
							['male', band.count * (1 - femaleShare)],
							['female', band.count * femaleShare]
						];
			for (const [sex, count] of parts) {
				// Exact ages at the start: uniform on [lo, hi). Retired by the end of year k: exact age ≥ R − k.
				const lo = band.fromAge;
				const hi = band.toAge + 1;
				const threshold = retirementAge(sex, calendarYear, settings) - k;
				const share = Math.min(1, Math.max(0, (hi - Math.max(lo, threshold)) / (hi - lo)));
				cum += count * share;
			}
		}
		prev = Math.max(prev, cum);
		out.push(prev);
	}
	return out;
}

/** Year-by-year plan to bring `headcount` down to `norm` within the deadline. */
export function staffingPlan(input: StaffingPlanInput, settings: StaffingSettings = STAFFING_SETTINGS): StaffingPlan {
	const reasons: Reason[] = [];
	const warnings: Reason[] = [];
	const deadlineYears = settings.plan.deadlineYears.value;
	const deadline = surplusDeadline(input.effectiveDate, settings);
	const horizon = Math.max(deadlineYears, Math.floor(input.years ?? deadlineYears));
	const refill = input.refillToNorm !== false;
	const norm = Math.max(0, Math.floor(input.norm));
	const start = Math.max(0, Math.floor(input.headcount));

	// Estimated retirements (whole persons): floor of the cumulative expectation, so a plan never counts a
	// retirement that is less than certain on average (conservative for the deadline).
	let estimated: number[] | null = null;
	if (input.ageProfile?.length) {
		const cum = expectedRetirementsByYear(input.ageProfile, input.effectiveDate, horizon, settings);
		estimated = cum.map((c, i) => Math.floor(c + 1e-9) - (i ? Math.floor(cum[i - 1] + 1e-9) : 0));
		const profileTotal = input.ageProfile.reduce((s, b) => s + (b.count > 0 ? b.count : 0), 0);
		if (profileTotal !== start) warnings.push(reason('plan_age_profile_total', { profileTotal, headcount: start }));
		reasons.push(
			reason(
				'plan_retirements_estimated',
				{ femaleShareWhenUnknown: settings.plan.femaleShareWhenUnknown.value },
				settings.plan.retirementAge.male.startAgeMonths.citation
			)
		);
	}

	const years: PlanYear[] = [];
	let headcount = start;
	for (let i = 0; i < horizon; i++) {
		const entered = countAt(input.retirements, i, 'retirements', warnings);
		let retirements = 0;
		let retirementsSource: PlanYear['retirementsSource'] = 'none';
		if (entered != null) {
			retirements = entered;
			retirementsSource = 'entered';
		} else if (estimated) {
			retirements = estimated[i];
			retirementsSource = 'estimated';
		}
		const transfers = countAt(input.transfers, i, 'transfers', warnings) ?? 0;
		const leaves = countAt(input.leaves, i, 'leaves', warnings) ?? 0;
		let next = headcount - retirements - transfers - leaves;
		if (next < 0) {
			warnings.push(
				reason('plan_departures_exceed_headcount', {
					year: i + 1,
					headcount,
					departures: retirements + transfers + leaves
				})
			);
			next = 0;
		}
		let recruited = 0;
		if (refill && next < norm) {
			// Once the surplus is gone, departures leave vacancies that are filled up to the norm.
			recruited = norm - next;
			next = norm;
		}
		headcount = next;
		const from = addYears(input.effectiveDate, i);
		const to = addYears(input.effectiveDate, i + 1);
		years.push({
			year: i + 1,
			from,
			to,
			headcount,
			retirements,
			retirementsSource,
			transfers,
			leaves,
			recruited,
			remainingSurplus: Math.max(0, headcount - norm),
			withinDeadline: i + 1 <= deadlineYears
		});
	}

	const atDeadline = years[deadlineYears - 1];
	const shortfall = atDeadline ? atDeadline.remainingSurplus : Math.max(0, start - norm);
	const meetsDeadline = shortfall === 0;
	const zero = years.find((y) => y.remainingSurplus === 0);
	const citation = settings.plan.deadlineYears.citation;
	if (start <= norm) reasons.push(reason('plan_no_surplus', { headcount: start, norm }, citation));
	else if (meetsDeadline)
		reasons.push(
			reason('plan_meets_deadline', { deadline, zeroInYear: zero?.year ?? null, startSurplus: start - norm }, citation)
		);
	else
		warnings.push(
			reason(
				'plan_misses_deadline',
				{ deadline, shortfall, startSurplus: start - norm, zeroInYear: zero?.year ?? null },
				citation
			)
		);

	return {
		effectiveDate: input.effectiveDate,
		deadline,
		deadlineYears,
		deadlineCitation: citation,
		norm,
		startHeadcount: start,
		startSurplus: Math.max(0, start - norm),
		years,
		meetsDeadline,
		shortfall,
		zeroInYear: zero ? zero.year : null,
		reasons,
		warnings
	};
}
