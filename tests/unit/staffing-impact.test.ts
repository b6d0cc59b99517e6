/**
 * Staffing and offices impact of a merger group and of a scenario (domain.md §6): staff before from actual counts
 * or quotas (and which, per member), the new unit's quota (class input, default the highest member class, labelled),
 * surplus for cadres/civil servants and non-professional workers, district default surplus (sum − largest, editable),
 * leaders (one set remains, salary kept to the end of the term, at least 6 months), surplus offices.
 */
import { testUnit } from '../fixtures/units';
import { describe, expect, it } from 'vitest';
import {
	communeMemberFromUnit,
	defaultDistrictSurplus,
	groupStaffingImpact,
	highestClass,
	newCommuneFromMerger,
	scenarioStaffingImpact
} from '../../src/lib/domain/staffing/index';
import type { CommuneGroupInput, CommuneMemberInput, DistrictGroupInput } from '../../src/lib/domain/staffing/index';
import { describeStaffingReason, hasStaffingReasonText } from '../../src/lib/domain/staffing/text';
import { scenarioClassRuleSet } from '../../src/lib/domain/staffing/scenario';
import { NQ35_2023, evaluateMerger, evaluateUnit } from '../../src/lib/domain/rules/index';
import type { DatasetContext, UnitRecord } from '../../src/lib/domain/units';

/** A lowland xã (standard 8,000 persons, 30 km²) at its standard: its quota is the base of its class. */
const member = (
	code: string,
	cls: CommuneMemberInput['communeClass'],
	o: Partial<CommuneMemberInput> = {}
): CommuneMemberInput => ({
	code,
	kind: 'xa',
	communeClass: cls,
	figures: { population: 4_000, areaKm2: 15, populationStandard: 8_000, areaStandard: 30 },
	...o
});

const group = (members: CommuneMemberInput[], o: Partial<CommuneGroupInput> = {}): CommuneGroupInput => ({
	id: 'g',
	level: 'commune',
	members,
	newUnit: { kind: 'xa', figures: { population: 12_000, areaKm2: 45, populationStandard: 8_000, areaStandard: 30 } },
	...o
});

const codes = (rs: { code: string }[]) => rs.map((r) => r.code);

describe('staff before: actual counts where entered, else quotas (and which, per member)', () => {
	it('all from quotas', () => {
		// xã II 20 + xã III 18 = 38 cadres/civil servants; non-professional 12 + 10 = 22.
		const g = groupStaffingImpact(group([member('A', 'II'), member('B', 'III')]));
		expect(g.members.map((m) => m.cadresCivilServants)).toEqual([
			{ value: 20, source: 'quota' },
			{ value: 18, source: 'quota' }
		]);
		expect(g.before).toEqual({ cadresCivilServants: 38, nonProfessional: 22 });
	});

	it('all actual', () => {
		const g = groupStaffingImpact(
			group([
				member('A', 'II', { actual: { cadresCivilServants: 23, nonProfessional: 13 } }),
				member('B', 'III', { actual: { cadresCivilServants: 19, nonProfessional: 9 } })
			])
		);
		expect(g.members.map((m) => m.cadresCivilServants.source)).toEqual(['actual', 'actual']);
		expect(g.before).toEqual({ cadresCivilServants: 42, nonProfessional: 22 });
	});

	it('mixed, per category', () => {
		// A: actual 23 cadres, non-professional not entered → quota 12. B: nothing entered → 18 and 10.
		const g = groupStaffingImpact(
			group([member('A', 'II', { actual: { cadresCivilServants: 23 } }), member('B', 'III')])
		);
		expect(g.members[0].cadresCivilServants).toEqual({ value: 23, source: 'actual' });
		expect(g.members[0].nonProfessional).toEqual({ value: 12, source: 'quota' });
		expect(g.before).toEqual({ cadresCivilServants: 41, nonProfessional: 22 });
		const sources = g.reasons.find((r) => r.code === 'staff_before_sources')!;
		expect(sources.params.members).toEqual([
			{ code: 'A', cadresCivilServants: 'actual', nonProfessional: 'quota' },
			{ code: 'B', cadresCivilServants: 'quota', nonProfessional: 'quota' }
		]);
	});

	it('a member without class nor counts: class estimated (labelled); without figures either: missing', () => {
		const g = groupStaffingImpact(
			group([
				member('A', null),
				member('B', null, { figures: { population: null, areaKm2: null, populationStandard: 8_000, areaStandard: 30 } })
			])
		);
		// A: 4,000 people → 12.5 points, 15 km² → 20 points: 32.5 → class III (lower bound) → 18.
		expect(g.members[0]).toMatchObject({
			communeClass: 'III',
			classSource: 'estimate',
			cadresCivilServants: { value: 18, source: 'quota' }
		});
		expect(codes(g.assumptions)).toContain('assumed_member_class_estimate');
		expect(g.members[1].cadresCivilServants).toEqual({ value: null, source: 'missing' });
		expect(g.before.cadresCivilServants).toBeNull();
		expect(g.surplus.cadresCivilServants).toBeNull();
		expect(codes(g.warnings)).toContain('member_staff_missing');
	});
});

describe('quota after and surplus', () => {
	it('class of the new unit defaults to the highest among members, labelled as an assumption', () => {
		// New xã: 12,000 people (+1: 4,000 above 8,000 is one 1/2 step), 45 km² (0: 15 above 30 is not 100 %).
		// Class I (from A): 22 + 1 = 23; non-professional 14 + 1 = 15.
		const g = groupStaffingImpact(group([member('A', 'I'), member('B', 'III'), member('C', 'II')]));
		expect(g.newUnit).toMatchObject({ communeClass: 'I', classSource: 'highest_member' });
		expect(g.after).toEqual({ cadresCivilServants: 23, nonProfessional: 15 });
		// Before: 22 + 18 + 20 = 60, 14 + 10 + 12 = 36. Surplus 60 − 23 = 37 and 36 − 15 = 21.
		expect(g.surplus).toEqual({ cadresCivilServants: 37, nonProfessional: 21 });
		expect(g.surplusSource).toBe('quota');
		expect(codes(g.assumptions)).toContain('assumed_new_class_highest');
		// The estimate is offered beside the assumed class.
		expect(g.newUnit.classEstimate?.estimate).toBe(true);
	});

	it('an input class wins and is not labelled', () => {
		const g = groupStaffingImpact(
			group([member('A', 'I'), member('B', 'III')], {
				newUnit: {
					kind: 'xa',
					communeClass: 'III',
					figures: { population: 12_000, areaKm2: 45, populationStandard: 8_000, areaStandard: 30 }
				}
			})
		);
		expect(g.newUnit).toMatchObject({ communeClass: 'III', classSource: 'input', classEstimate: null });
		expect(g.after.cadresCivilServants).toBe(19);
		expect(codes(g.assumptions)).not.toContain('assumed_new_class_highest');
	});

	it('staff below the new quota: no surplus, vacancies reported', () => {
		const g = groupStaffingImpact(
			group([
				member('A', 'III', { actual: { cadresCivilServants: 9, nonProfessional: 4 } }),
				member('B', 'III', { actual: { cadresCivilServants: 8, nonProfessional: 4 } })
			])
		);
		// After: class III 18 + 1 = 19, non-professional 10 + 1 = 11.
		expect(g.surplus).toEqual({ cadresCivilServants: 0, nonProfessional: 0 });
		expect(g.vacancies).toEqual({ cadresCivilServants: 2, nonProfessional: 3 });
	});

	it('highestClass: I above II above III', () => {
		expect(highestClass(['III', null, 'II'])).toBe('II');
		expect(highestClass(['III', 'I'])).toBe('I');
		expect(highestClass([null])).toBeNull();
	});
});

describe('district level: no formula; default surplus = sum − largest, editable', () => {
	const district = (
		o: Partial<DistrictGroupInput['newUnit']> = {},
		staff: (number | null)[] = [120, 95, 80]
	): DistrictGroupInput => ({
		id: 'd',
		level: 'district',
		members: staff.map((s, i) => ({ code: `67${i}`, kind: 'huyen', staff: s })),
		newUnit: { kind: 'huyen', ...o }
	});

	it('default: 120 + 95 + 80 − 120 = 175 surplus, 120 remain', () => {
		const g = groupStaffingImpact(district());
		expect(g.before.cadresCivilServants).toBe(295);
		expect(g.surplus.cadresCivilServants).toBe(175);
		expect(g.after.cadresCivilServants).toBe(120);
		expect(g.surplusSource).toBe('district_default');
		expect(g.before.nonProfessional).toBeNull();
		expect(codes(g.assumptions)).toContain('assumed_district_surplus');
		expect(defaultDistrictSurplus([120, 95, 80])).toBe(175);
		expect(defaultDistrictSurplus([])).toBe(0);
	});

	it('edited: 150 surplus, 145 remain', () => {
		const g = groupStaffingImpact(district({ surplus: 150 }));
		expect(g.surplus.cadresCivilServants).toBe(150);
		expect(g.after.cadresCivilServants).toBe(145);
		expect(g.surplusSource).toBe('entered');
	});

	it('a member without staff: no default surplus, a warning', () => {
		const g = groupStaffingImpact(district({}, [120, null]));
		expect(g.surplus.cadresCivilServants).toBeNull();
		expect(codes(g.warnings)).toContain('member_staff_missing');
	});

	it('leaders: 3 defaults each, one set remains', () => {
		const g = groupStaffingImpact(district());
		expect(g.leaders).toMatchObject({ before: 9, after: 3, affected: 6 });
	});
});

describe('leaders (NQ 35 Art. 12, verify): one set remains; salary kept to the end of the term, at least 6 months', () => {
	it('defaults by class (class I: chair + 2 vice-chairs; II/III: chair + 1), entered counts win', () => {
		const g = groupStaffingImpact(
			group([member('A', 'I'), member('B', 'III', { leaderPosts: 4 })], { effectiveDate: '2024-12-01' })
		);
		// Before 3 + 4 = 7; after: class I (highest) default 3; 4 affected.
		expect(g.members.map((m) => m.leaderPosts)).toEqual([
			{ value: 3, source: 'default' },
			{ value: 4, source: 'input' }
		]);
		expect(g.leaders).toMatchObject({ before: 7, after: 3, affected: 4 });
		// No term end entered: the minimum, 6 months, from 1 Dec 2024 → 1 Jun 2025.
		expect(g.leaders.retention).toMatchObject({ months: 6, until: '2025-06-01', minMonths: 6, verified: false });
		expect(g.leaders.retention.clause).toEqual({ document: 'NQ 35/2023/UBTVQH15', article: '12', clause: '1' });
	});

	it('to the end of the term when longer than 6 months; at least 6 months when shorter', () => {
		const long = groupStaffingImpact(
			group([member('A', 'II'), member('B', 'II')], { effectiveDate: '2024-12-01', termEnd: '2026-06-01' })
		);
		expect(long.leaders.retention).toMatchObject({ months: 18, until: '2026-06-01' });
		const short = groupStaffingImpact(
			group([member('A', 'II'), member('B', 'II')], { effectiveDate: '2024-12-01', termEnd: '2025-03-01' })
		);
		expect(short.leaders.retention).toMatchObject({ months: 6, until: '2025-06-01' });
	});
});

describe('offices: seats before − seats after, each surplus office with a planned use and a target date', () => {
	it('surplus offices are the non-seat members’, target date 3 years after by default (a setting, not law)', () => {
		const g = groupStaffingImpact(
			group([member('A', 'II'), member('B', 'III'), member('C', 'III', { offices: 2 })], {
				effectiveDate: '2024-12-01',
				newUnit: {
					kind: 'xa',
					seatMemberCode: 'B',
					figures: { population: 12_000, areaKm2: 45, populationStandard: 8_000, areaStandard: 30 }
				},
				officePlans: [
					{ officeId: 'A#1', use: 'other_agency', targetDate: '2025-12-31' },
					{ officeId: 'C#2', use: 'disposal' }
				]
			})
		);
		expect(g.offices).toMatchObject({ before: 4, after: 1, surplus: 3 });
		expect(g.offices.items).toEqual([
			{
				id: 'A#1',
				memberCode: 'A',
				use: 'other_agency',
				targetDate: '2025-12-31',
				targetDateSource: 'entered',
				note: null
			},
			{ id: 'C#1', memberCode: 'C', use: null, targetDate: '2027-12-01', targetDateSource: 'default', note: null },
			{ id: 'C#2', memberCode: 'C', use: 'disposal', targetDate: '2027-12-01', targetDateSource: 'default', note: null }
		]);
		expect(g.warnings.find((w) => w.code === 'office_use_missing')?.params.officeIds).toEqual(['C#1']);
		expect(codes(g.assumptions)).toContain('assumed_office_target_date');
	});

	it('without a chosen seat, surplus offices are listed for the group; no effective date: no target date', () => {
		const g = groupStaffingImpact(group([member('A', 'II'), member('B', 'III')]));
		expect(g.offices.items).toEqual([
			{ id: 'g#1', memberCode: null, use: null, targetDate: null, targetDateSource: null, note: null }
		]);
	});
});

describe('scenario totals', () => {
	it('sums groups of both levels; district groups have no non-professional workers', () => {
		const s = scenarioStaffingImpact([
			group([member('A', 'I'), member('B', 'III'), member('C', 'II')]),
			{
				id: 'd',
				level: 'district',
				members: [
					{ code: '670', kind: 'huyen', staff: 120 },
					{ code: '671', kind: 'huyen', staff: 95 }
				],
				newUnit: { kind: 'huyen' }
			}
		]);
		// Commune group: surplus 37 / 21 (see above); district: 95.
		expect(s.totals.surplus).toEqual({ cadresCivilServants: 37 + 95, nonProfessional: 21 });
		expect(s.totals.incomplete).toBe(false);
		expect(s.totals.officesSurplus).toBe(2 + 1);
		expect(s.totals.leadersAffected).toBe(s.groups[0].leaders.affected + s.groups[1].leaders.affected);
	});
});

describe('inputs from the rules engine', () => {
	const ctx: DatasetContext = {
		provinceCode: '68',
		provinceName: 'Lâm Đồng',
		referenceDate: '2022-12-31',
		defaultTerrain: 'mountainous'
	};
	const unit = (code: string, population: number, area: number, cls: UnitRecord['communeClass']): UnitRecord =>
		testUnit(code, `Xã ${code}`, {
			population,
			populationDate: '2022-12-31',
			areaOfficialKm2: area,
			communeClass: cls
		});

	it('member and new unit from verdicts: mountainous standards (5,000 persons, 50 km²)', () => {
		const a = unit('24001', 3_200, 28, 'II');
		const b = unit('24002', 2_900, 35, 'III');
		const m = communeMemberFromUnit(a, evaluateUnit(a, ctx, NQ35_2023), { actual: { cadresCivilServants: 19 } });
		expect(m).toMatchObject({
			code: '24001',
			kind: 'xa',
			communeClass: 'II',
			mountainous: true,
			figures: { population: 3_200, areaKm2: 28, populationStandard: 5_000, areaStandard: 50 }
		});
		const mv = evaluateMerger([a, b], ctx, NQ35_2023, { adjacency: () => true });
		const nu = newCommuneFromMerger(mv, { seatMemberCode: '24001' });
		expect(nu).toMatchObject({
			kind: 'xa',
			mountainous: true,
			seatMemberCode: '24001',
			figures: { population: 6_100, areaKm2: 63, populationStandard: 5_000, areaStandard: 50 }
		});
	});
});

describe('Decree 33 Art. 6.2 reading shown on the group (domain.md §6)', () => {
	const ctx: DatasetContext = {
		provinceCode: '68',
		provinceName: 'Lâm Đồng',
		referenceDate: '2022-12-31',
		defaultTerrain: 'mountainous'
	};
	const xa = (code: string, population: number, area: number): UnitRecord =>
		testUnit(code, `Xã ${code}`, {
			population,
			populationDate: '2022-12-31',
			areaOfficialKm2: area,
			communeClass: 'III',
			ethnicMinorityShare: 0.9
		});

	it('Decree 33 Art. 6: a merged mountainous xã of 6,000 people, 90% ethnic minority → no population increment, reading "normal" on the group', () => {
		const a = xa('24001', 3_500, 20);
		const b = xa('24002', 2_500, 20);
		const mv = evaluateMerger([a, b], ctx, NQ35_2023, { adjacency: () => true });
		const g = groupStaffingImpact({
			id: 'g',
			level: 'commune',
			members: [a, b].map((u) => communeMemberFromUnit(u, evaluateUnit(u, ctx, NQ35_2023))),
			newUnit: newCommuneFromMerger(mv)
		});
		// 6,000 − 5,000 = 1,000 < 2,500 → 0 (against the reduced 1,000 it would be (6,000 − 1,000) / 500 = 10).
		expect(g.newUnit.quota).toMatchObject({ populationIncrement: 0, total: 18, incrementBasis: 'normal' });
		expect(g.incrementBasis).toBe('normal');
	});

	it('district groups have no quota formula: no reading', () => {
		const g = groupStaffingImpact({
			id: 'd',
			level: 'district',
			members: [
				{ code: '681', kind: 'huyen', staff: 60 },
				{ code: '682', kind: 'huyen', staff: 70 }
			],
			newUnit: { kind: 'huyen' }
		});
		expect(g.incrementBasis).toBeNull();
	});
});

describe('class estimates of the members and the new unit: island factor and classification rule set', () => {
	const ctx: DatasetContext = {
		provinceCode: '46',
		provinceName: 'Tỉnh ven biển',
		referenceDate: '2022-12-31',
		defaultTerrain: 'other'
	};
	const islandXa = testUnit('30001', 'Xã đảo', {
		population: 3_000,
		populationDate: '2022-12-31',
		areaOfficialKm2: 8,
		communeClass: null,
		island: true
	});

	it('an island xã of 3,000 people and 8 km² without a class of record: estimated class II (island levels), not III', () => {
		const m = communeMemberFromUnit(islandXa, evaluateUnit(islandXa, ctx, NQ35_2023));
		expect(m.island).toBe(true);
		const g = groupStaffingImpact(group([m, member('B', 'III')]));
		const est = g.members[0];
		expect([est.communeClass, est.classSource, est.classEstimate?.points]).toEqual(['II', 'estimate', 65]);
		// Without the island factor the same figures score 10 + 10 = 20 → class III.
		const mainland = groupStaffingImpact(group([{ ...m, island: false }, member('B', 'III')]));
		expect(mainland.members[0].communeClass).toBe('III');
	});

	it('the classification rule set reaches the estimates (Decree 307: 55 points are class III)', () => {
		const g = groupStaffingImpact(
			group([member('A', 'III'), member('B', 'III')], {
				newUnit: {
					kind: 'xa',
					otherPoints: 35,
					classRuleSet: 'd307_2025',
					figures: { population: 3_000, areaKm2: 8, populationStandard: 8_000, areaStandard: 30 }
				}
			})
		);
		expect(g.newUnit.classEstimate).toMatchObject({ ruleSet: 'd307_2025', points: 55, communeClass: 'III' });
	});

	it('a scenario on a two-tier dataset (no district level) estimates under Decree 307 by default', () => {
		const commune = testUnit('30001', 'Xã A', {});
		const district = testUnit('672', 'Huyện', { kind: 'huyen' });
		expect(scenarioClassRuleSet({ units: new Map([[commune.code, commune]]) as never })).toBe('d307_2025');
		expect(
			scenarioClassRuleSet({
				units: new Map([
					[commune.code, commune],
					[district.code, district]
				]) as never
			})
		).toBe('nq1211_2016');
	});
});

describe('every reason the impact returns has a sentence in both languages', () => {
	it('texts', () => {
		const gs = [
			groupStaffingImpact(
				group(
					[
						member('A', null),
						member('B', null, {
							figures: { population: null, areaKm2: null, populationStandard: 8_000, areaStandard: 30 }
						})
					],
					{ effectiveDate: '2024-12-01' }
				)
			),
			groupStaffingImpact(
				group([member('A', 'I'), member('B', 'III')], {
					effectiveDate: '2024-12-01',
					officePlans: [{ officeId: 'zzz', use: 'disposal' }]
				})
			),
			groupStaffingImpact({
				id: 'd',
				level: 'district',
				members: [{ code: '670', kind: 'huyen', staff: 10 }],
				newUnit: { kind: 'huyen', surplus: 20 }
			})
		];
		for (const g of gs) {
			for (const r of [
				...g.reasons,
				...g.assumptions,
				...g.warnings,
				...(g.newUnit.quota?.steps ?? []),
				...(g.newUnit.classEstimate?.steps ?? [])
			]) {
				expect(hasStaffingReasonText(r.code), r.code).toBe(true);
				expect(describeStaffingReason(r, 'vi')).not.toMatch(/undefined|NaN/);
				expect(describeStaffingReason(r, 'en')).not.toMatch(/undefined|NaN/);
			}
		}
	});
});
