/**
 * Class estimate from the NQ 1211/2016 scoring (Art. 14 xã, Art. 19 phường, Art. 20 thị trấn): the point rules at
 * their breakpoints and caps, the mountainous (75 %), border (30 %) and island (20 %, verify) levels, the class bands
 * of NQ 1211 and of Decree 307/2025 (two-tier datasets; verify) and the lower-bound flag when the other points are not
 * given.
 */
import { describe, expect, it } from 'vitest';
import {
	STAFFING_SETTINGS,
	applyStaffingOverrides,
	classOfPoints,
	defaultClassRuleSet,
	estimateCommuneClass,
	estimatedClassOfPoints,
	listStaffingValues,
	unverifiedStaffingKeys
} from '../../src/lib/domain/staffing/index';
import type { EstimatedClass } from '../../src/lib/domain/staffing/index';
import { classLabel, describeStaffingReason, formatStaffingCitation } from '../../src/lib/domain/staffing/text';
import type { CommuneClass, CommuneKind } from '../../src/lib/domain/units';

const popPoints = (kind: CommuneKind, population: number, o: { mountainous?: boolean; border?: boolean } = {}) =>
	estimateCommuneClass(kind, { population, areaKm2: 1, ...o }).populationPoints;
const areaPoints = (kind: CommuneKind, areaKm2: number) =>
	estimateCommuneClass(kind, { population: 1, areaKm2 }).areaPoints;

describe('NQ 1211 Art. 14.1.a: xã population points (10 up to 3,500; +0.5 per full 100; at most 35)', () => {
	const rows: [number, number][] = [
		[0, 10],
		[3_500, 10],
		[3_599, 10], // one person short of the first step
		[3_600, 10.5], // exactly one step
		[4_000, 12.5],
		[8_499, 34.5], // just below the cap: 3,500 + 49 × 100 = 8,400 → 34.5
		[8_500, 35], // 3,500 + 50 × 100: the cap is reached
		[20_000, 35] // capped
	];
	it.each(rows)('%i persons → %d points', (population, points) => expect(popPoints('xa', population)).toBe(points));
});

describe('NQ 1211 Art. 14.1.b: mountainous/highland xã use 75 % of the population levels (2,625 and 75)', () => {
	const rows: [number, number][] = [
		[2_625, 10],
		[2_699, 10], // one person short of 2,625 + 75
		[2_700, 10.5],
		[6_374, 34.5],
		[6_375, 35], // 2,625 + 50 × 75
		[10_200, 35]
	];
	it.each(rows)('%i persons → %d points', (population, points) =>
		expect(popPoints('xa', population, { mountainous: true })).toBe(points)
	);
});

describe('NQ 1211 Art. 14.1.c: border xã use 30 % of the population levels (1,050 and 30)', () => {
	const rows: [number, number][] = [
		[1_050, 10],
		[1_079, 10],
		[1_080, 10.5],
		[2_550, 35], // 1,050 + 50 × 30
		[2_549, 34.5]
	];
	it.each(rows)('%i persons → %d points', (population, points) =>
		expect(popPoints('xa', population, { border: true })).toBe(points)
	);

	it('mountainous and border: the more favourable 30 % applies', () => {
		const e = estimateCommuneClass('xa', { population: 1_080, areaKm2: 1, mountainous: true, border: true });
		expect(e.populationLevelRatio).toBe(0.3);
		expect(e.populationPoints).toBe(10.5);
	});
});

describe('NQ 1211 Art. 14.2: xã area points (10 up to 10 km²; +0.5 per full 0.5 km²; at most 30)', () => {
	const rows: [number, number][] = [
		[10, 10],
		[10.49, 10],
		[10.5, 10.5],
		[20, 20],
		[29.99, 29.5],
		[30, 30], // 10 + 40 × 0.5
		[105, 30]
	];
	it.each(rows)('%d km² → %d points', (area, points) => expect(areaPoints('xa', area)).toBe(points));
});

describe('NQ 1211 Art. 19: phường (10 up to 5,000 people, +0.5 per 200; 10 up to 2 km², +0.5 per 0.1 km²; caps 35/30, verify)', () => {
	const pop: [number, number][] = [
		[5_000, 10],
		[5_199, 10],
		[5_200, 10.5],
		[14_999, 34.5],
		[15_000, 35], // 5,000 + 50 × 200
		[40_000, 35]
	];
	it.each(pop)('population %i → %d points', (population, points) =>
		expect(popPoints('phuong', population)).toBe(points)
	);
	const area: [number, number][] = [
		[2, 10],
		[2.09, 10],
		[2.1, 10.5],
		[5.99, 29.5],
		[6, 30], // 2 + 40 × 0.1
		[12, 30]
	];
	it.each(area)('area %d km² → %d points', (a, points) => expect(areaPoints('phuong', a)).toBe(points));
	it('no mountainous levels for a phường (warned); border levels at 30 % (verify)', () => {
		const m = estimateCommuneClass('phuong', { population: 5_200, areaKm2: 2, mountainous: true });
		expect(m.populationPoints).toBe(10.5);
		expect(m.warnings.map((w) => w.code)).toContain('class_mountainous_not_applicable');
		// 30 %: 1,500 and 60 persons.
		expect(popPoints('phuong', 1_560, { border: true })).toBe(10.5);
		expect(STAFFING_SETTINGS.classScoring.population.phuong.borderRatio!.verified).toBe(false);
	});
	it('the caps chosen for phường are marked verify', () => {
		expect(STAFFING_SETTINGS.classScoring.population.phuong.maxPoints).toMatchObject({ value: 35, verified: false });
		expect(STAFFING_SETTINGS.classScoring.area.phuong.maxPoints).toMatchObject({ value: 30, verified: false });
		expect(STAFFING_SETTINGS.classScoring.population.xa.maxPoints.verified).toBe(true);
	});
});

describe('NQ 1211 Art. 20: thị trấn (10 up to 5,000 people, +0.5 per 100; 10 up to 5 km², +0.5 per 0.2 km²; caps 35/30, verify)', () => {
	const pop: [number, number][] = [
		[5_000, 10],
		[5_099, 10],
		[5_100, 10.5],
		[9_999, 34.5],
		[10_000, 35] // 5,000 + 50 × 100
	];
	it.each(pop)('population %i → %d points', (population, points) =>
		expect(popPoints('thi_tran', population)).toBe(points)
	);
	const area: [number, number][] = [
		[5, 10],
		[5.19, 10],
		[5.2, 10.5],
		[12.99, 29.5],
		[13, 30] // 5 + 40 × 0.2
	];
	it.each(area)('area %d km² → %d points', (a, points) => expect(areaPoints('thi_tran', a)).toBe(points));
});

describe("NQ 1211's classification chapter: class bands I from 75, II from 50 to under 75, III under 50", () => {
	const rows: [number, CommuneClass][] = [
		[100, 'I'],
		[75, 'I'],
		[74.5, 'II'],
		[50, 'II'],
		[49.5, 'III'],
		[20, 'III']
	];
	it.each(rows)('%d points → class %s', (points, cls) => expect(classOfPoints(points)).toBe(cls));

	it("the bands are confirmed values cited to NQ 1211's classification chapter, not its Art. 21 (islands)", () => {
		const b = STAFFING_SETTINGS.classScoring.bands.nq1211_2016;
		expect([b.classIMin.verified, b.classIIMin.verified]).toEqual([true, true]);
		for (const v of [b.classIMin, b.classIIMin]) {
			expect(v.citation).toEqual({
				document: 'NQ 1211/2016/UBTVQH13',
				article: 'Chương II',
				amendedBy: 'NQ 27/2022/UBTVQH15'
			});
			expect(v.citation.article).not.toBe('21');
		}
		expect(formatStaffingCitation(b.classIMin.citation, 'vi')).toBe(
			'Chương II Nghị quyết số 1211/2016/UBTVQH13 (được sửa đổi, bổ sung bởi Nghị quyết số 27/2022/UBTVQH15)'
		);
		const e = estimateCommuneClass('xa', { population: 8_500, areaKm2: 30 });
		expect(e.steps.find((r) => r.code === 'class_estimate')!.clause).toEqual(b.citation);
	});

	it('the bands are data an administrator can correct (same keys as before)', () => {
		const s = applyStaffingOverrides(STAFFING_SETTINGS, [{ key: 'staffing.class.band.I_min', value: 70 }]);
		expect(s.overrideNotes ?? []).toEqual([]);
		expect(classOfPoints(72, s)).toBe('I');
	});
});

describe('Decree 307/2025/NĐ-CP (two-tier datasets, from 27 Nov 2025; verify): a second classification rule set', () => {
	const d307 = STAFFING_SETTINGS.classScoring.bands.d307_2025;
	const rows: [number, CommuneKind, EstimatedClass][] = [
		[95, 'phuong', 'special'],
		[90, 'phuong', 'special'],
		[89.5, 'phuong', 'I'],
		[95, 'xa', 'I'], // the special class is for wards (and special zones) only
		[75, 'xa', 'I'],
		[74.5, 'xa', 'II'],
		[60, 'xa', 'II'],
		[59.5, 'xa', 'III'],
		[55, 'xa', 'III'] // class II under NQ 1211
	];
	it.each(rows)('%d points, %s → %s', (points, kind, cls) =>
		expect(estimatedClassOfPoints(points, STAFFING_SETTINGS, 'd307_2025', kind)).toBe(cls)
	);

	it('values marked verify, with their citation, listed for the standards page', () => {
		for (const v of [d307.specialMin!, d307.classIMin, d307.classIIMin, d307.inForceFrom!]) {
			expect(v.verified).toBe(false);
			expect(v.citation.document).toBe('NĐ 307/2025/NĐ-CP');
		}
		expect(d307.inForceFrom!.value).toBe('2025-11-27');
		const keys = listStaffingValues().map((r) => r.key);
		expect(keys).toEqual(
			expect.arrayContaining([
				'staffing.class.d307.band.special_min',
				'staffing.class.d307.band.I_min',
				'staffing.class.d307.band.II_min',
				'staffing.class.d307.in_force_from'
			])
		);
		expect(formatStaffingCitation(d307.citation, 'vi')).toBe('Nghị định số 307/2025/NĐ-CP');
	});

	it('selectable: the same xã of 55 points is class II under NQ 1211 and class III under Decree 307', () => {
		// 8,500 people (35) + 30 km² (30) = 65, + 0 other points → II under both; 55 needs other points: 3,000 people
		// (10) + 8 km² (10) + 35 other points = 55.
		const input = { population: 3_000, areaKm2: 8, otherPoints: 35 };
		const a = estimateCommuneClass('xa', input);
		const b = estimateCommuneClass('xa', { ...input, ruleSet: 'd307_2025' });
		expect([a.points, a.communeClass, a.ruleSet]).toEqual([55, 'II', 'nq1211_2016']);
		expect([b.points, b.communeClass, b.ruleSet]).toEqual([55, 'III', 'd307_2025']);
		expect(b.steps.find((r) => r.code === 'class_estimate')!.clause).toEqual(d307.citation);
		// Only the bands are encoded: the estimate says the points still come from NQ 1211's levels.
		expect(b.warnings.map((w) => w.code)).toContain('class_d307_scales_not_encoded');
		expect(
			describeStaffingReason(
				b.steps.find((r) => r.code === 'class_estimate')!,
				'vi'
			)
		).toContain('Nghị định 307/2025/NĐ-CP: loại I từ 75 điểm, loại II từ 60 điểm');
	});

	it('a ward reaching 90 points is of the special class (its quota counts it as class I)', () => {
		// phường: 9,000 people (10 + 20 steps of 200 × 0.5 = 20) + 4 km² (10 + 20 × 0.5 = 20) + 35 other = 85 → I;
		// 11,000 people → 30 + 20 + 35 + … : use 15,000 people (35, capped) + 4 km² (20) + 35 = 90 → special.
		const e = estimateCommuneClass('phuong', {
			population: 15_000,
			areaKm2: 4,
			otherPoints: 35,
			ruleSet: 'd307_2025'
		});
		expect([e.points, e.special, e.communeClass]).toEqual([90, true, 'I']);
		expect(classLabel('special', 'vi')).toBe('Loại đặc biệt');
	});

	it('default: Decree 307 for a two-tier dataset (no district level), NQ 1211 otherwise', () => {
		expect(defaultClassRuleSet({ twoTier: true })).toBe('d307_2025');
		expect(defaultClassRuleSet({ twoTier: false })).toBe('nq1211_2016');
	});
});

describe('islands (domain.md §3, §6; NQ 1211 Art. 21, verify): the island factor counts in the class estimate', () => {
	it('island xã of 3,000 people and 8 km²: levels at 20 % → 35 + 30 = 65 points, class II (lower bound); not 20', () => {
		// Mainland levels: 3,000 ≤ 3,500 → 10 points; 8 ≤ 10 km² → 10 points; 20 → class III.
		const mainland = estimateCommuneClass('xa', { population: 3_000, areaKm2: 8 });
		expect([mainland.populationPoints, mainland.areaPoints, mainland.communeClass]).toEqual([10, 10, 'III']);
		// Island levels (20 %): 700 people then +0.5 per 20: (3,000 − 700) / 20 = 115 steps → 10 + 57.5 → capped 35;
		// 2 km² then +0.5 per 0.1 km²: (8 − 2) / 0.1 = 60 steps → 10 + 30 = 40 → capped 30. 65 → class II.
		const island = estimateCommuneClass('xa', { population: 3_000, areaKm2: 8, island: true });
		expect([island.populationPoints, island.areaPoints, island.points, island.communeClass]).toEqual([
			35,
			30,
			65,
			'II'
		]);
		expect([island.populationLevelRatio, island.areaLevelRatio, island.lowerBound]).toEqual([0.2, 0.2, true]);
		const pop = island.steps.find((r) => r.code === 'class_population_points')!;
		expect(pop.params).toMatchObject({ factor: 'island', baseLevel: 700, step: 20 });
		expect(pop.clause).toMatchObject({ document: 'NQ 1211/2016/UBTVQH13', article: '21' });
		expect(describeStaffingReason(pop, 'vi')).toContain('đơn vị ở hải đảo: áp dụng 20% các mức, cần xác minh');
		const area = island.steps.find((r) => r.code === 'class_area_points')!;
		expect(area.params).toMatchObject({ factor: 'island', ratio: 0.2 });
	});

	it('the island ratios are settings marked verify', () => {
		const i = STAFFING_SETTINGS.classScoring.island;
		expect([i.populationRatio.verified, i.areaRatio.verified]).toEqual([false, false]);
		expect(unverifiedStaffingKeys()).toEqual(
			expect.arrayContaining(['staffing.class.island.population_ratio', 'staffing.class.island.area_ratio'])
		);
	});

	it('an island ward on a land border uses the smaller population ratio (20 % < 30 %)', () => {
		const e = estimateCommuneClass('phuong', { population: 3_000, areaKm2: 1, island: true, border: true });
		expect(e.populationLevelRatio).toBe(0.2);
	});
});

describe('lower bound: population and area alone give at most 65 points', () => {
	it('without other points the estimate is a lower bound, with the reachable range', () => {
		// xã, 8,500 people (35) and 30 km² (30) = 65 → class II; with up to 35 other points it could be class I.
		const e = estimateCommuneClass('xa', { population: 8_500, areaKm2: 30 });
		expect(e.estimate).toBe(true);
		expect(e.points).toBe(65);
		expect(e.communeClass).toBe('II');
		expect(e.lowerBound).toBe(true);
		expect(e.range).toEqual({ lowest: 'II', highest: 'I' });
		expect(e.steps.map((s) => s.code)).toContain('class_estimate_lower_bound');
	});

	it('with the other points the estimate is complete', () => {
		// 10 + 10 + 12 = 32 → III, exactly.
		const e = estimateCommuneClass('xa', { population: 3_000, areaKm2: 8, otherPoints: 12 });
		expect(e.points).toBe(32);
		expect(e.communeClass).toBe('III');
		expect(e.lowerBound).toBe(false);
		expect(e.range).toEqual({ lowest: 'III', highest: 'III' });
		expect(e.steps.map((s) => s.code)).not.toContain('class_estimate_lower_bound');
	});

	it('other points above their maximum are counted at the maximum, with a warning', () => {
		const e = estimateCommuneClass('xa', { population: 3_000, areaKm2: 8, otherPoints: 50 });
		expect(e.otherPoints).toBe(35);
		expect(e.points).toBe(55);
		expect(e.warnings.map((w) => w.code)).toContain('class_other_points_above_max');
	});

	it('missing population: no class, a warning', () => {
		const e = estimateCommuneClass('xa', { population: null, areaKm2: 8 });
		expect(e.communeClass).toBeNull();
		expect(e.points).toBeNull();
		expect(e.warnings.map((w) => w.code)).toContain('class_population_missing');
	});
});
