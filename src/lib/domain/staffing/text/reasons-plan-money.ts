/** Sentences of the five-year plan and leave-payment reasons. */
import { formatDate } from '../../format';

import { posts } from './labels';
import { num, type Template } from './reason-helpers';
import { tIn } from '../../../i18n/catalogue.ts';

export const PLAN_MONEY_TEMPLATES: Record<string, Template> = {
	// --- plan ---
	plan_meets_deadline: (p, l) =>
		tIn(l, 'text.reasonsPlanMoney.thePlanResolvesTheP1', {
			p1: posts(p.startSurplus, l),
			p2: p.zeroInYear ? ` trong năm thứ ${num(p.zeroInYear)}` : '',
			p3: formatDate(String(p.deadline), l),
			p4: p.zeroInYear ? ` in year ${num(p.zeroInYear)}` : ''
		}),
	plan_misses_deadline: (p, l) =>
		tIn(l, 'text.reasonsPlanMoney.thePlanMissesTheDeadline', {
			p1: formatDate(String(p.deadline), l),
			p2: posts(p.shortfall, l),
			p3: p.zeroInYear ? ` (hết dôi dư vào năm thứ ${num(p.zeroInYear)})` : '',
			p4: p.zeroInYear ? ` (zero in year ${num(p.zeroInYear)})` : ''
		}),
	plan_no_surplus: (p, l) =>
		tIn(l, 'text.reasonsPlanMoney.noSurplusStaffP1Quota', { p1: num(p.headcount), p2: num(p.norm) }),
	plan_retirements_estimated: (_p, l) => tIn(l, 'text.reasonsPlanMoney.retirementsNotEnteredAreEstimated'),
	plan_age_profile_total: (p, l) =>
		tIn(l, 'text.reasonsPlanMoney.theAgeProfileCountsP1', { p1: num(p.profileTotal), p2: num(p.headcount) }),
	plan_invalid_count: (p, l) =>
		tIn(l, 'text.reasonsPlanMoney.invalidCountP1YearP2', { p1: String(p.what), p2: num(p.year), p3: String(p.value) }),
	plan_departures_exceed_headcount: (p, l) =>
		tIn(l, 'text.reasonsPlanMoney.yearP1DeparturesP2Exceed', {
			p1: num(p.year),
			p2: num(p.departures),
			p3: num(p.headcount)
		}),

	// --- money ---
	leave_within_12_assumed: (_p, l) => tIn(l, 'text.reasonsPlanMoney.noArrangementDateFirst12'),
	leave_service_below_first_years: (p, l) =>
		tIn(l, 'text.reasonsPlanMoney.insuredServiceP1YearsBelow', { p1: num(p.serviceYears), p2: num(p.firstYears) }),
	leave_short_early_retirement: (p, l) =>
		tIn(l, 'text.reasonsPlanMoney.p1MonthsEarlyUnderP2', { p1: num(p.monthsEarly), p2: num(p.min) })
};
