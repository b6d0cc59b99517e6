/**
 * The five-year plan (NQ 35/2023 Art. 11.3): deadline from the date the arrangement takes effect, headcount falling to
 * the norm year by year through retirements (entered or estimated from an age profile and the retirement-age
 * roadmap of Decree 135/2020), transfers and streamlining leaves; a plan that misses the deadline is flagged with
 * its shortfall. Counts are persons/posts.
 */
import { describe, expect, it } from 'vitest';
import {
	STAFFING_SETTINGS,
	addMonths,
	addYears,
	applyStaffingOverrides,
	expectedRetirementsByYear,
	isIsoDate,
	monthsBetween,
	retirementAge,
	staffingPlan,
	surplusDeadline
} from '../../src/lib/domain/staffing/index';
import { LAM_DONG_2024_ARRANGEMENT } from '../fixtures/staffing';
import { describeStaffingReason } from '../../src/lib/domain/staffing/text';

describe('NQ 35 Art. 11.3: deadline = 5 years after the arrangement takes effect', () => {
	it('Lâm Đồng: NQ 1245/NQ-UBTVQH15 in force 1 Dec 2024 → 1 Dec 2029 (an example constant, not a default)', () => {
		expect(surplusDeadline(LAM_DONG_2024_ARRANGEMENT.effectiveDate)).toBe('2029-12-01');
		expect(LAM_DONG_2024_ARRANGEMENT.deadline).toBe('2029-12-01');
		expect(STAFFING_SETTINGS.plan.deadlineYears.citation).toEqual({
			document: 'NQ 35/2023/UBTVQH15',
			article: '11',
			clause: '3'
		});
	});
	it('the number of years is a setting', () => {
		const s = applyStaffingOverrides(STAFFING_SETTINGS, [{ key: 'staffing.plan.deadline_years', value: 3 }]);
		expect(surplusDeadline('2024-12-01', s)).toBe('2027-12-01');
	});
});

describe('dates', () => {
	const rows: [string, number, string][] = [
		['2024-12-01', 12, '2025-12-01'],
		['2024-01-31', 1, '2024-02-29'],
		['2023-01-31', 1, '2023-02-28'],
		['2024-11-30', 3, '2025-02-28']
	];
	it.each(rows)('addMonths(%s, %i) = %s', (d, m, out) => expect(addMonths(d, m)).toBe(out));
	it('addYears clamps 29 Feb', () => expect(addYears('2024-02-29', 1)).toBe('2025-02-28'));
	it('monthsBetween counts full months', () => {
		expect(monthsBetween('2024-12-01', '2026-06-01')).toBe(18);
		expect(monthsBetween('2024-12-01', '2026-05-31')).toBe(17);
		expect(monthsBetween('2024-01-31', '2024-02-29')).toBe(1);
		expect(monthsBetween('2025-06-01', '2024-12-01')).toBe(-6);
	});
	it('isIsoDate', () => {
		expect(isIsoDate('2024-02-29')).toBe(true);
		expect(isIsoDate('2023-02-29')).toBe(false);
		expect(isIsoDate('01/12/2024')).toBe(false);
	});
});

describe('a plan that reaches zero by the deadline', () => {
	// 54 staff, norm 23: 31 surplus. Departures per year (retirements + transfers + leaves):
	// y1 3+5+3 = 11 → 43; y2 4+3+2 = 9 → 34; y3 2+2+0 = 4 → 30; y4 3+1+0 = 4 → 26; y5 2+1+0 = 3 → 23.
	const plan = staffingPlan({
		effectiveDate: '2024-12-01',
		headcount: 54,
		norm: 23,
		retirements: [3, 4, 2, 3, 2],
		transfers: [5, 3, 2, 1, 1],
		leaves: [3, 2, 0, 0, 0]
	});
	it('year by year', () => {
		expect(plan.years.map((y) => [y.year, y.headcount, y.remainingSurplus])).toEqual([
			[1, 43, 20],
			[2, 34, 11],
			[3, 30, 7],
			[4, 26, 3],
			[5, 23, 0]
		]);
		expect(plan.years[0]).toMatchObject({
			from: '2024-12-01',
			to: '2025-12-01',
			retirementsSource: 'entered',
			withinDeadline: true
		});
		expect(plan.years[4].to).toBe('2029-12-01');
	});
	it('meets the deadline with no shortfall', () => {
		expect(plan).toMatchObject({
			meetsDeadline: true,
			shortfall: 0,
			zeroInYear: 5,
			startSurplus: 31,
			deadline: '2029-12-01'
		});
		expect(plan.reasons.map((r) => r.code)).toContain('plan_meets_deadline');
		expect(plan.warnings).toEqual([]);
	});
});

describe('a plan that misses the deadline is flagged with its shortfall', () => {
	// 54 → 23 with only 4 departures a year (shown over 8 years): 54 − 5 × 4 = 34 at the deadline → shortfall 11.
	const plan = staffingPlan({
		effectiveDate: '2024-12-01',
		headcount: 54,
		norm: 23,
		retirements: Array(8).fill(2),
		transfers: Array(8).fill(2),
		years: 8
	});
	it('shortfall at the deadline, and the year it would get there', () => {
		expect(plan.meetsDeadline).toBe(false);
		expect(plan.shortfall).toBe(11);
		expect(plan.years).toHaveLength(8);
		expect(plan.years[5].withinDeadline).toBe(false);
		// Year 8: 54 − 32 = 22 < 23 → refilled to the norm; zero in year 8.
		expect(plan.zeroInYear).toBe(8);
		const w = plan.warnings.find((x) => x.code === 'plan_misses_deadline')!;
		expect(w.params).toMatchObject({ shortfall: 11, deadline: '2029-12-01' });
		expect(describeStaffingReason(w, 'vi')).toContain('còn 11 người');
	});
	it('one post short is still a miss', () => {
		const p = staffingPlan({ effectiveDate: '2024-12-01', headcount: 30, norm: 23, leaves: [6] });
		expect(p.meetsDeadline).toBe(false);
		expect(p.shortfall).toBe(1);
	});
});

describe('refill to the norm once the surplus is gone', () => {
	it('departures below the norm are recruited back (default)', () => {
		const p = staffingPlan({ effectiveDate: '2024-12-01', headcount: 25, norm: 23, retirements: [3, 1] });
		expect(p.years.slice(0, 2).map((y) => [y.headcount, y.recruited])).toEqual([
			[23, 1],
			[23, 1]
		]);
	});
	it('without refill the headcount falls below the norm', () => {
		const p = staffingPlan({
			effectiveDate: '2024-12-01',
			headcount: 25,
			norm: 23,
			retirements: [3],
			refillToNorm: false
		});
		expect(p.years[0]).toMatchObject({ headcount: 22, recruited: 0, remainingSurplus: 0 });
	});
	it('no surplus at all', () => {
		const p = staffingPlan({ effectiveDate: '2024-12-01', headcount: 20, norm: 23 });
		expect(p.meetsDeadline).toBe(true);
		expect(p.reasons.map((r) => r.code)).toContain('plan_no_surplus');
	});
});

describe('retirements estimated from an age profile (Decree 135/2020 Art. 4 roadmap)', () => {
	it('retirement age: men 60y3m in 2021 +3 months a year to 62; women 55y4m +4 months a year to 60', () => {
		expect(retirementAge('male', 2021)).toBe(60.25);
		expect(retirementAge('male', 2025)).toBe(61.25);
		expect(retirementAge('male', 2028)).toBe(62);
		expect(retirementAge('male', 2035)).toBe(62);
		expect(retirementAge('female', 2026)).toBe(57);
		expect(retirementAge('female', 2035)).toBe(60);
	});

	it('hand-checkable bands', () => {
		// 10 men aged 61 (exact ages 61–62) on 1 Dec 2024: retirement age in 2025 is 61.25, so by the end of year 1
		// (1 Dec 2025) everyone whose age + 1 ≥ 61.25 has retired: all 10.
		// 12 women aged 55–56 (exact ages 55–57): year 1 (2025, age 56.667): those aged ≥ 55.667 → (57 − 55.667) / 2 = 2/3 → 8;
		// year 2 (2026, age 57): those aged ≥ 55 → all 12, so 4 more.
		const cum = expectedRetirementsByYear(
			[
				{ fromAge: 61, toAge: 61, count: 10, sex: 'male' },
				{ fromAge: 55, toAge: 56, count: 12, sex: 'female' }
			],
			'2024-12-01',
			3
		);
		expect(cum.map((c) => Math.round(c * 1e6) / 1e6)).toEqual([18, 22, 22]);
		const plan = staffingPlan({
			effectiveDate: '2024-12-01',
			headcount: 40,
			norm: 20,
			ageProfile: [
				{ fromAge: 61, toAge: 61, count: 10, sex: 'male' },
				{ fromAge: 55, toAge: 56, count: 12, sex: 'female' },
				{ fromAge: 30, toAge: 49, count: 18, sex: null }
			],
			retirements: [null, 1] // year 2 entered: 1 (wins over the estimate of 4)
		});
		expect(plan.years.slice(0, 3).map((y) => [y.retirements, y.retirementsSource])).toEqual([
			[18, 'estimated'],
			[1, 'entered'],
			[0, 'estimated']
		]);
		expect(plan.reasons.map((r) => r.code)).toContain('plan_retirements_estimated');
	});

	it('a band without sex is split by the assumed share of women (0.5)', () => {
		// 4 persons aged 61: 2 men (61.25 in 2025 → all retire in year 1) and 2 women (already past 56.667 → year 1).
		expect(expectedRetirementsByYear([{ fromAge: 61, toAge: 61, count: 4 }], '2024-12-01', 1)).toEqual([4]);
	});

	it('a profile that does not add up to the headcount is flagged', () => {
		const p = staffingPlan({
			effectiveDate: '2024-12-01',
			headcount: 40,
			norm: 20,
			ageProfile: [{ fromAge: 30, toAge: 40, count: 10 }]
		});
		expect(p.warnings.map((w) => w.code)).toContain('plan_age_profile_total');
	});
});
