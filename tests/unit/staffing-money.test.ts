/**
 * Money: one-off leave payments under Decree 29/2023 (before 2025) and Decree 178/2024 as amended by Decree 67/2025
 * (from 1 Jan 2025), as multiples of one month's salary; the plan's leave cost; the annual payroll saving once the
 * surplus is gone. Salaries and amounts in VND.
 */
import { describe, expect, it } from 'vitest';
import {
	STAFFING_SETTINGS,
	annualPayrollSaving,
	applyStaffingOverrides,
	leaveDecreeOn,
	leavePayment,
	planLeaveCost,
	salaryRetentionMonths,
	staffingPlan,
	yearsOfMonths
} from '../../src/lib/domain/staffing/index';
import type { LeaveCase } from '../../src/lib/domain/staffing/index';
import { describePaymentComponent } from '../../src/lib/domain/staffing/text';

const SALARY = 10_000_000; // VND per month: round, so that VND = months × 10 million

describe('which decree pays (switch date is a setting: 1 Jan 2025)', () => {
	const rows: [string, string][] = [
		['2024-12-31', 'd29_2023'],
		['2025-01-01', 'd178_2024'],
		['2026-06-01', 'd178_2024']
	];
	it.each(rows)('%s → %s', (d, decree) => expect(leaveDecreeOn(d)).toBe(decree));
});

describe('years counted from months (odd 1–6 months = half a year, 7–11 = a year)', () => {
	const rows: [number, number][] = [
		[0, 0],
		[12, 1],
		[13, 1.5],
		[18, 1.5],
		[19, 2],
		[36, 3],
		[84, 7]
	];
	it.each(rows)('%i months → %d years', (m, y) => expect(yearsOfMonths(m)).toBe(y));
});

describe('Decree 29/2023 (verify): before 2025', () => {
	const rows: [string, LeaveCase, number][] = [
		// 3 years early × 3 months + (5 months for 20 years + 0.5 × 10 further years) = 9 + 10 = 19 months.
		[
			'Art. 5: early retirement, 36 months early, 30 years of service',
			{ kind: 'early_retirement', date: '2024-06-01', monthsEarly: 36, serviceYears: 30, monthlySalary: SALARY },
			19
		],
		// 3 months to look for work + 1.5 × 10 years = 18 months.
		[
			'Art. 7: resignation, 10 years of service',
			{ kind: 'resignation', date: '2024-06-01', serviceYears: 10, monthlySalary: SALARY },
			18
		],
		// Below 20 years: no service lump (warned): 2 years early × 3 = 6 months.
		[
			'Art. 5: early retirement with 15 years of service',
			{ kind: 'early_retirement', date: '2024-06-01', monthsEarly: 24, serviceYears: 15, monthlySalary: SALARY },
			6
		]
	];
	it.each(rows)('%s → %d months', (_n, c, months) => {
		const p = leavePayment(c);
		expect(p.decree).toBe('d29_2023');
		expect(p.months).toBe(months);
		expect(p.vnd).toBe(months * SALARY);
		expect(p.components.every((x) => x.clause.document === 'NĐ 29/2023/NĐ-CP' && x.verified === false)).toBe(true);
	});
});

describe('Decree 178/2024 Art. 7 (as amended by Decree 67/2025): early retirement', () => {
	const base = {
		kind: 'early_retirement' as const,
		serviceYears: 30,
		monthlySalary: SALARY,
		arrangementDate: '2025-03-01'
	};
	const rows: [string, Partial<LeaveCase>, number][] = [
		// Within 12 months, 36 months early: 36 × 1.0 + 3 years × 5 + (5 + 0.5 × 10) = 36 + 15 + 10 = 61.
		['≤ 5 years early, within the first 12 months', { date: '2025-06-01', monthsEarly: 36 }, 61],
		// From the 13th month (and after 1 Jul 2025: service 4 months for 15 years + 0.5 × 15 = 11.5): 36 × 0.5 + 15 + 11.5 = 44.5.
		[
			'≤ 5 years early, from the 13th month (service lump from 1 Jul 2025)',
			{ date: '2026-04-01', monthsEarly: 36 },
			44.5
		],
		// Over 5 years (84 months): 60 × 0.9 + 7 × 4 + 10 = 54 + 28 + 10 = 92.
		['> 5 years early, within the first 12 months', { date: '2025-06-01', monthsEarly: 84 }, 92],
		// Exactly 60 months is still the ≤ 5 years case: 60 × 1.0 + 5 × 5 + 10 = 95.
		['exactly 60 months early', { date: '2025-06-01', monthsEarly: 60 }, 95],
		// Under 24 months early: the per-month payment only: 18 × 1.0 = 18.
		['under 2 years early: per-month payment only', { date: '2025-06-01', monthsEarly: 18 }, 18]
	];
	it.each(rows)('%s → %d months', (_n, c, months) => {
		const p = leavePayment({ ...base, ...c } as LeaveCase);
		expect(p.decree).toBe('d178_2024');
		expect(p.months).toBe(months);
		expect(p.vnd).toBe(months * SALARY);
	});

	it('the first-12-months rates are assumed when no arrangement date is given', () => {
		const p = leavePayment({
			kind: 'early_retirement',
			date: '2025-06-01',
			monthsEarly: 36,
			serviceYears: 30,
			monthlySalary: SALARY
		});
		expect(p.months).toBe(61);
		expect(p.warnings.map((w) => w.code)).toContain('leave_within_12_assumed');
	});
});

describe('Decree 178/2024 Art. 9 (as amended): resignation', () => {
	const rows: [string, Partial<LeaveCase>, number][] = [
		// 0.8 × 60 + 1.5 × 10 + 3 = 48 + 15 + 3 = 66.
		['within the first 12 months, 60+ months to retirement', { date: '2025-06-01', monthsToRetirement: 120 }, 66],
		// 0.4 × 60 + 15 + 3 = 42.
		['from the 13th month', { date: '2026-06-01', monthsToRetirement: 120 }, 42],
		// 0.8 × 30 + 15 + 3 = 42.
		['30 months to retirement', { date: '2025-06-01', monthsToRetirement: 30 }, 42]
	];
	it.each(rows)('%s → %d months', (_n, c, months) => {
		const p = leavePayment({
			kind: 'resignation',
			serviceYears: 10,
			monthlySalary: SALARY,
			arrangementDate: '2024-12-01',
			...c
		} as LeaveCase);
		expect(p.months).toBe(months);
	});
	it('months counted never exceed the insured service (3 years = 36 months)', () => {
		// 0.8 × 36 + 1.5 × 3 + 3 = 28.8 + 4.5 + 3 = 36.3.
		const p = leavePayment({
			kind: 'resignation',
			date: '2025-06-01',
			serviceYears: 3,
			monthsToRetirement: 200,
			monthlySalary: SALARY,
			arrangementDate: '2024-12-01'
		});
		expect(p.months).toBe(36.3);
		expect(p.vnd).toBe(363_000_000);
	});
	it('components are lines with their clause', () => {
		const p = leavePayment({
			kind: 'resignation',
			date: '2025-06-01',
			serviceYears: 10,
			monthlySalary: SALARY,
			arrangementDate: '2024-12-01'
		});
		expect(describePaymentComponent(p.components[2], 'vi')).toBe(
			'Trợ cấp để tìm việc làm: 3 tháng lương (Khoản 1 Điều 9 Nghị định số 178/2024/NĐ-CP)'
		);
	});
	it('the average salary setting is used when none is given', () => {
		const p = leavePayment({
			kind: 'resignation',
			date: '2025-06-01',
			serviceYears: 10,
			arrangementDate: '2024-12-01'
		});
		expect(p.monthlySalary).toBe(7_020_000);
		expect(p.vnd).toBe(66 * 7_020_000);
	});
	it('the formulas are settings', () => {
		const s = applyStaffingOverrides(STAFFING_SETTINGS, [
			{ key: 'staffing.leave.d178.resign.job_search_months', value: 6 }
		]);
		const p = leavePayment(
			{
				kind: 'resignation',
				date: '2025-06-01',
				serviceYears: 10,
				monthlySalary: SALARY,
				arrangementDate: '2024-12-01'
			},
			s
		);
		expect(p.months).toBe(69);
	});
});

describe('plan leave cost: leaves × the typical leaver, dated mid-year', () => {
	it('year 1 within 12 months, year 2 later', () => {
		const plan = staffingPlan({ effectiveDate: '2024-12-01', headcount: 30, norm: 25, leaves: [3, 2] });
		const cost = planLeaveCost(plan, {
			kind: 'resignation',
			serviceYears: 10,
			monthsToRetirement: 60,
			monthlySalary: SALARY
		});
		// Year 1 (1 Jun 2025): 66 months × 10 M × 3 = 1,980 M; year 2 (1 Jun 2026): 42 months × 10 M × 2 = 840 M.
		expect(cost.perYear).toEqual([
			{ year: 1, date: '2025-06-01', leaves: 3, decree: 'd178_2024', perPersonVnd: 660_000_000, vnd: 1_980_000_000 },
			{ year: 2, date: '2026-06-01', leaves: 2, decree: 'd178_2024', perPersonVnd: 420_000_000, vnd: 840_000_000 }
		]);
		expect(cost.totalVnd).toBe(2_820_000_000);
	});
});

describe('annual payroll saving once the surplus is gone', () => {
	it('posts × average cost; non-professional × 12 × 1.5 × base salary', () => {
		// 10 × 100,000,000 + 4 × 12 × 1.5 × 2,340,000 (= 42,120,000) = 1,000,000,000 + 168,480,000.
		const s = annualPayrollSaving({ cadresCivilServants: 10, nonProfessional: 4 });
		expect(s.cadresCivilServants).toMatchObject({
			posts: 10,
			perPostVnd: 100_000_000,
			vnd: 1_000_000_000,
			verified: false
		});
		expect(s.nonProfessional).toMatchObject({ posts: 4, perPostVnd: 42_120_000, vnd: 168_480_000 });
		expect(s.totalVnd).toBe(1_168_480_000);
	});
	it('the average cost is a setting', () => {
		const set = applyStaffingOverrides(STAFFING_SETTINGS, [
			{ key: 'staffing.money.annual_cost_per_post', value: 120_000_000 }
		]);
		expect(annualPayrollSaving({ cadresCivilServants: 2 }, set).totalVnd).toBe(240_000_000);
	});
});

describe('leaders: salary kept to the end of the term, at least 6 months', () => {
	const rows: [string | null, number, string][] = [
		[null, 6, '2025-06-01'],
		['2025-03-01', 6, '2025-06-01'],
		['2025-06-01', 6, '2025-06-01'],
		['2026-06-01', 18, '2026-06-01']
	];
	it.each(rows)('term end %s → %i months, until %s', (termEnd, months, until) => {
		expect(salaryRetentionMonths('2024-12-01', termEnd)).toMatchObject({ months, until, minMonths: 6 });
	});
});
