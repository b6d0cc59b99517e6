/**
 * The lines a verdict's bars are measured against (NQ 35 Art. 1.2 a–c, 1.3): the thresholds of the criterion that
 * made the unit subject, carried by the verdict so the panel does not recompute the law.
 */
import { describe, expect, it } from 'vitest';
import { testUnit } from '../fixtures/units';
import { NQ35_2023, applyOverrides, evaluateUnit, getRuleSet } from '../../src/lib/domain/rules/index';
import type { DatasetContext, UnitRecord } from '../../src/lib/domain/units';
import { ratioBarColor, STATUS_COLORS } from '../../src/lib/map/verdict-colors';

const ctx: DatasetContext = {
	provinceCode: '68',
	provinceName: 'Lâm Đồng',
	referenceDate: '2022-12-31',
	defaultTerrain: 'other'
};
let seq = 0;
/** A lowland xã: standard 8,000 people and 30 km². */
const commune = (o: Partial<UnitRecord>): UnitRecord =>
	testUnit(String(++seq).padStart(5, '0'), `Xã ${seq}`, { population: 8_000, areaOfficialKm2: 30 }, o);

describe('verdict lines (the thresholds drawn on the ratio bars)', () => {
	it('Art. 1.2.c a commune with area 19.26% and population 107.62% is measured against 20% and 300%', () => {
		const v = evaluateUnit(commune({ areaOfficialKm2: 30 * 0.1926, population: 8_000 * 1.0762 }), ctx, NQ35_2023);
		expect(v.status).toBe('subject_2023_2025');
		expect(v.lines).toMatchObject({ phase: '2023-2025', areaBelow: 0.2, populationBelow: 3, matched: true });
		expect(v.lines!.criterion).toBe(v.criterion);
		expect(v.lines!.clause).toEqual(v.clause);
		expect(v.lines!.clause.clause).toBe('2.c');
	});

	it('Art. 1.2.a a commune below 70% on both is measured against 70% and 70%', () => {
		const v = evaluateUnit(commune({ areaOfficialKm2: 15, population: 4_000 }), ctx, NQ35_2023);
		expect(v.lines).toMatchObject({ areaBelow: 0.7, populationBelow: 0.7, matched: true });
		expect(v.lines!.clause.clause).toBe('2.a');
	});

	it('Art. 1.3.a a unit subject only in 2026–2030 is measured against 100% and 100%', () => {
		const v = evaluateUnit(commune({ areaOfficialKm2: 25, population: 7_000 }), ctx, NQ35_2023);
		expect(v.status).toBe('subject_2026_2030');
		expect(v.lines).toMatchObject({ phase: '2026-2030', areaBelow: 1, populationBelow: 1, matched: true });
	});

	it('a unit not subject is shown against the first criterion of its level, not matched', () => {
		const v = evaluateUnit(commune({ areaOfficialKm2: 60, population: 20_000 }), ctx, NQ35_2023);
		expect(v.status).toBe('not_subject');
		expect(v.lines).toMatchObject({ phase: '2023-2025', areaBelow: 0.7, populationBelow: 0.7, matched: false });
	});

	it('an overridden threshold is the line drawn (rule-set data, not a constant)', () => {
		const rs = applyOverrides(NQ35_2023, [{ key: 'criterion.2023_2025.a70_p70.area_below', value: 0.8 }]);
		const v = evaluateUnit(commune({ areaOfficialKm2: 22.5, population: 4_000 }), ctx, rs);
		expect(v.lines).toMatchObject({ areaBelow: 0.8, populationBelow: 0.7, matched: true });
	});

	it('NQ 76/2025 has no per-unit criteria: no lines', () => {
		const v = evaluateUnit(commune({ areaOfficialKm2: 15, population: 4_000 }), ctx, getRuleSet('nq76-2025'));
		expect(v.lines).toBeNull();
	});
});

describe('ratio bar colour: passing only against the line that applies', () => {
	it('Art. 1.2.c population 107.62% of a subject commune is not painted as passing', () => {
		const v = evaluateUnit(commune({ areaOfficialKm2: 30 * 0.1926, population: 8_000 * 1.0762 }), ctx, NQ35_2023);
		const c = ratioBarColor(v.ratios.population, v.lines!.populationBelow, v.status);
		expect(c).toBe(STATUS_COLORS.subject_2023_2025);
		expect(c).not.toBe(ratioBarColor(1.0762, 0.7, 'not_subject'));
	});

	it('a not-subject unit at or above the line is green, below it orange; a missing figure is grey', () => {
		expect(ratioBarColor(0.75, 0.7, 'not_subject')).toBe('#41ab5d');
		expect(ratioBarColor(0.5, 0.7, 'not_subject')).toBe('#fc8d59');
		expect(ratioBarColor(null, 0.7, 'not_subject')).toBe('#bdbdbd');
	});
});
