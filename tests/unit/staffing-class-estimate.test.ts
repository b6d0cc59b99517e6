/**
 * Class estimate from the NQ 1211/2016 scoring (Art. 14 xã, Art. 19 phường, Art. 20 thị trấn): the point rules at
 * their breakpoints and caps, the mountainous (75 %) and border (30 %) levels, the class bands (verify) and the
 * lower-bound flag when the other points are not given.
 */
import { describe, expect, it } from 'vitest';
import {
	STAFFING_SETTINGS,
	applyStaffingOverrides,
	classOfPoints,
	estimateCommuneClass
} from '../../src/lib/domain/staffing/index';
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

describe('class bands (verify): I from 75, II from 50 to under 75, III under 50', () => {
	const rows: [number, CommuneClass][] = [
		[100, 'I'],
		[75, 'I'],
		[74.5, 'II'],
		[50, 'II'],
		[49.5, 'III'],
		[20, 'III']
	];
	it.each(rows)('%d points → class %s', (points, cls) => expect(classOfPoints(points)).toBe(cls));

	it('the bands are data marked verify and can be corrected', () => {
		expect(STAFFING_SETTINGS.classScoring.classIMin.verified).toBe(false);
		const s = applyStaffingOverrides(STAFFING_SETTINGS, [{ key: 'staffing.class.band.I_min', value: 70 }]);
		expect(classOfPoints(72, s)).toBe('I');
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
