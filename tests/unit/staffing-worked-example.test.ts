/**
 * Worked example, checkable by hand: three Lâm Đồng-like mountainous communes (xã) merged into one, under the
 * 2023–2025 arrangement that took effect on 1 Dec 2024 (NQ 1245/NQ-UBTVQH15). Every figure below is derived in the
 * comments from the rules of domain.md §6; the test only confirms the code agrees with the arithmetic.
 *
 * Standards (NQ 1211 Art. 3, mountainous xã): 5,000 persons and 50 km².
 *
 *   member  population  area    class  cadres & civil servants   non-professional   leaders   offices
 *   A        3,200      28 km²  II     19 (actual)               11 (actual)        2 (default, class II)   1 (the seat)
 *   B        2,900      35 km²  III    17 (actual)               10 (actual)        2 (default, class III)  1
 *   C        4,100      42 km²  III    18 (quota: below both      10 (quota)         2 (default)             1
 *                                          standards, no increment)
 *   total   10,200     105 km²         54                        31                 6                       3
 *
 * New unit: xã, class II by default (the highest class among the members, an assumption).
 *   Quota (Decree 33 Art. 6): base 20 (xã class II)
 *     + population: 10,200 − 5,000 = 5,200 above; step 1/2 × 5,000 = 2,500 → 2 full steps → +2
 *     + area: 105 − 50 = 55 km² above; step 100 % × 50 = 50 km² → 1 full step → +1
 *     = 23 cadres and civil servants.
 *   Non-professional (Art. 33): 12 (class II) + 3 (one per added civil servant) = 15.
 *   Surplus: 54 − 23 = 31 cadres and civil servants; 31 − 15 = 16 non-professional workers.
 *   Class estimate (NQ 1211 Art. 14, mountainous levels 75 %: 2,625 persons and steps of 75):
 *     population (10,200 − 2,625) / 75 = 101 steps → 10 + 50.5 → capped at 35; area (105 − 10) / 0.5 = 190 steps
 *     → capped at 30; 65 points → class II, a lower bound (with up to 35 other points it could be class I).
 *   Leaders: 6 before, 2 after (class II: chair + 1 vice-chair) → 4 lose their post and keep salary to the end of
 *     the term (entered: 1 Jun 2026) = 18 months from 1 Dec 2024 (at least 6).
 *   Offices: 3 before, 1 after (A's seat) → 2 surplus: B's → health station by 1 Dec 2026 (entered);
 *     C's → no use planned yet, target 1 Dec 2027 by default (3 years, a setting, not law).
 *
 * Five-year plan (deadline 1 Dec 2024 + 5 years = 1 Dec 2029), cadres and civil servants, 54 → 23:
 *   year  retirements  transfers  leaves  headcount  surplus left
 *   1     3            5          3       43         20
 *   2     4            3          2       34         11
 *   3     2            2          0       30          7
 *   4     3            1          0       26          3
 *   5     2            1          0       23          0   → meets the deadline
 *
 * Leave cost (Decree 178/2024, from 1 Jan 2025): a typical leaver resigns with 10 years of insured service, 5+ years
 * before retirement, current salary 7,020,000 VND (the average-salary setting, 3.00 × 2,340,000 base salary).
 *   year 1, dated mid-year 1 Jun 2025 (within 12 months): 0.8 × 60 + 1.5 × 10 + 3 = 66 months
 *     = 463,320,000 VND per person × 3 = 1,389,960,000 VND
 *   year 2, dated 1 Jun 2026 (from the 13th month):       0.4 × 60 + 1.5 × 10 + 3 = 42 months
 *     = 294,840,000 VND per person × 2 =   589,680,000 VND
 *   total one-off cost 1,979,640,000 VND.
 * Annual payroll saving once the surplus is gone:
 *   31 posts × 100,000,000 VND (average yearly cost per post, a setting)           = 3,100,000,000 VND
 *   16 non-professional × 12 × 1.5 × 2,340,000 VND (= 42,120,000 VND a year each) =   673,920,000 VND
 *   total 3,773,920,000 VND a year.
 */
import { describe, expect, it } from 'vitest';
import {
	annualPayrollSaving,
	communeMemberFromUnit,
	groupStaffingImpact,
	newCommuneFromMerger,
	planLeaveCost,
	staffingPlan
} from '../../src/lib/domain/staffing/index';
import { LAM_DONG_2024_ARRANGEMENT } from '../fixtures/staffing';
import type { CommuneGroupInput } from '../../src/lib/domain/staffing/index';
import { describeStaffingReason } from '../../src/lib/domain/staffing/text';
import { NQ35_2023, evaluateMerger, evaluateUnit } from '../../src/lib/domain/rules/index';
import type { DatasetContext, UnitRecord } from '../../src/lib/domain/units';

const ctx: DatasetContext = {
	provinceCode: '68',
	provinceName: 'Lâm Đồng',
	referenceDate: '2022-12-31',
	defaultTerrain: 'mountainous'
};

const xa = (
	code: string,
	name: string,
	population: number,
	areaKm2: number,
	communeClass: UnitRecord['communeClass']
): UnitRecord => ({
	code,
	name,
	level: 'commune',
	kind: 'xa',
	parentCode: '682',
	terrain: null, // the dataset default applies: mountainous/highland
	ethnicMinorityShare: null,
	border: false,
	island: false,
	coastalDifficult: false,
	delta: false,
	population,
	populationDate: '2022-12-31',
	populationSource: 'example',
	areaOfficialKm2: areaKm2,
	areaSource: 'example',
	areaComputedKm2: null,
	communeClass,
	lastArrangedPeriod: null
});

const A = xa('24901', 'Xã A', 3_200, 28, 'II');
const B = xa('24904', 'Xã B', 2_900, 35, 'III');
const C = xa('24907', 'Xã C', 4_100, 42, 'III');
const effectiveDate = LAM_DONG_2024_ARRANGEMENT.effectiveDate; // 2024-12-01

const merger = evaluateMerger([A, B, C], ctx, NQ35_2023, { adjacency: () => true, keptCode: A.code });
const input: CommuneGroupInput = {
	id: 'xa-a-b-c',
	level: 'commune',
	effectiveDate,
	termEnd: '2026-06-01',
	members: [
		communeMemberFromUnit(A, evaluateUnit(A, ctx, NQ35_2023), {
			actual: { cadresCivilServants: 19, nonProfessional: 11 }
		}),
		communeMemberFromUnit(B, evaluateUnit(B, ctx, NQ35_2023), {
			actual: { cadresCivilServants: 17, nonProfessional: 10 }
		}),
		communeMemberFromUnit(C, evaluateUnit(C, ctx, NQ35_2023))
	],
	newUnit: newCommuneFromMerger(merger, { code: A.code, name: 'Xã A', seatMemberCode: A.code }),
	officePlans: [{ officeId: '24904#1', use: 'health_education_culture', targetDate: '2026-12-01', note: 'Trạm y tế' }]
};
const impact = groupStaffingImpact(input);

describe('worked example: three mountainous xã merged (Lâm Đồng-like)', () => {
	it('the new unit: a mountainous xã of 10,200 people on 105 km², standards 5,000 and 50 km²', () => {
		expect(merger.kind).toBe('xa');
		expect(input.newUnit.figures).toMatchObject({
			population: 10_200,
			areaKm2: 105,
			populationStandard: 5_000,
			areaStandard: 50
		});
	});

	it('staff before: 19 + 17 (actual) + 18 (quota) = 54; non-professional 11 + 10 + 10 = 31', () => {
		expect(impact.members.map((m) => [m.code, m.cadresCivilServants.value, m.cadresCivilServants.source])).toEqual([
			['24901', 19, 'actual'],
			['24904', 17, 'actual'],
			['24907', 18, 'quota']
		]);
		expect(impact.before).toEqual({ cadresCivilServants: 54, nonProfessional: 31 });
	});

	it('quota after: class II (assumed highest) 20 + 2 + 1 = 23; non-professional 12 + 3 = 15', () => {
		expect(impact.newUnit).toMatchObject({ communeClass: 'II', classSource: 'highest_member' });
		const q = impact.newUnit.quota!;
		expect([q.base, q.populationIncrement, q.areaIncrement, q.total]).toEqual([20, 2, 1, 23]);
		expect([q.nonProfessionalBase, q.nonProfessionalIncrement, q.nonProfessional]).toEqual([12, 3, 15]);
		expect(describeStaffingReason(q.steps[1], 'vi')).toBe(
			'Dân số 10.200 người vượt tiêu chuẩn 5.000 người là 5.200 người, đủ 2 lần 1/2 mức quy định (2.500 người): tăng thêm 2 người. (Điểm a khoản 2 Điều 6 Nghị định số 33/2023/NĐ-CP)'
		);
	});

	it('surplus: 31 cadres and civil servants, 16 non-professional workers', () => {
		expect(impact.surplus).toEqual({ cadresCivilServants: 31, nonProfessional: 16 });
	});

	it('class estimate of the new unit: 35 + 30 = 65 points → class II, a lower bound (could be I)', () => {
		const e = impact.newUnit.classEstimate!;
		expect([e.populationPoints, e.areaPoints, e.points, e.communeClass, e.lowerBound]).toEqual([
			35,
			30,
			65,
			'II',
			true
		]);
		expect(e.range).toEqual({ lowest: 'II', highest: 'I' });
	});

	it('leaders: 6 → 2, 4 keep salary 18 months (to 1 Jun 2026)', () => {
		expect(impact.leaders).toMatchObject({
			before: 6,
			after: 2,
			affected: 4,
			retention: { months: 18, until: '2026-06-01' }
		});
	});

	it('offices: 3 → 1, two surplus with their planned use and target date', () => {
		expect(impact.offices.surplus).toBe(2);
		expect(impact.offices.items.map((o) => [o.id, o.use, o.targetDate, o.targetDateSource])).toEqual([
			['24904#1', 'health_education_culture', '2026-12-01', 'entered'],
			['24907#1', null, '2027-12-01', 'default']
		]);
	});

	const plan = staffingPlan({
		effectiveDate,
		headcount: impact.before.cadresCivilServants!,
		norm: impact.after.cadresCivilServants!,
		retirements: [3, 4, 2, 3, 2],
		transfers: [5, 3, 2, 1, 1],
		leaves: [3, 2, 0, 0, 0]
	});

	it('five-year plan: 54 → 43 → 34 → 30 → 26 → 23, zero by 1 Dec 2029', () => {
		expect(plan.deadline).toBe('2029-12-01');
		expect(plan.years.map((y) => [y.headcount, y.remainingSurplus])).toEqual([
			[43, 20],
			[34, 11],
			[30, 7],
			[26, 3],
			[23, 0]
		]);
		expect(plan.meetsDeadline).toBe(true);
		expect(plan.shortfall).toBe(0);
	});

	it('leave cost: 3 × 463,320,000 + 2 × 294,840,000 = 1,979,640,000 VND', () => {
		const cost = planLeaveCost(plan, { kind: 'resignation', serviceYears: 10, monthsToRetirement: 60 });
		expect(cost.perYear.map((y) => [y.year, y.date, y.decree, y.perPersonVnd, y.vnd])).toEqual([
			[1, '2025-06-01', 'd178_2024', 463_320_000, 1_389_960_000],
			[2, '2026-06-01', 'd178_2024', 294_840_000, 589_680_000]
		]);
		expect(cost.totalVnd).toBe(1_979_640_000);
	});

	it('annual payroll saving: 3,100,000,000 + 673,920,000 = 3,773,920,000 VND a year', () => {
		const saving = annualPayrollSaving({
			cadresCivilServants: impact.surplus.cadresCivilServants!,
			nonProfessional: impact.surplus.nonProfessional
		});
		expect(saving.cadresCivilServants.vnd).toBe(3_100_000_000);
		expect(saving.nonProfessional.vnd).toBe(673_920_000);
		expect(saving.totalVnd).toBe(3_773_920_000);
	});
});
