import { describe, expect, it } from 'vitest';
import { booleanPointInPolygon } from '@turf/turf';
import { dataQualityReport, type QualityCommune, type QualityUnit } from '../../src/lib/domain/geo/quality';
import { repairPolygon } from '../../src/lib/domain/geo/repair';
import { brokenRings, differentVerticesPair, enclaveCase, grid3x3, rect, square } from '../fixtures/geo';

const commune = (
	code: string,
	geometry: QualityUnit['geometry'],
	districtCode: string | null = 'D1'
): QualityCommune => ({
	code,
	geometry,
	districtCode
});

describe('dataQualityReport on fixtures', () => {
	it('a clean grid inside its district reports nothing', () => {
		const communes = grid3x3().map((u) => commune(u.code, u.geometry));
		const rows = dataQualityReport({ districts: [{ code: 'D1', geometry: square(0, 0, 3) }], communes });
		expect(rows).toEqual([]);
	});

	it('reports an overlap between neighbours with its size and where it is', () => {
		// B overlaps A by a 100 m × 1 km strip = 0.1 km²
		const A = square(0, 0);
		const B = square(0.9, 0);
		const rows = dataQualityReport({ districts: [], communes: [commune('A', A, null), commune('B', B, null)] });
		const overlap = rows.filter((r) => r.kind === 'overlap');
		expect(overlap).toHaveLength(1);
		expect(overlap[0].codes).toEqual(['A', 'B']);
		expect(overlap[0].value).toBeCloseTo(0.1, 3);
		expect(overlap[0].unit).toBe('km2');
		expect(overlap[0].severity).toBe('info');
		expect(booleanPointInPolygon(overlap[0].location!, rect(0.9, 0, 1, 1))).toBe(true);
		expect(overlap[0].message_vi).toContain('Chồng lấn 0,100 km²');
		expect(overlap[0].message_en).toContain('Overlap of 0.100 km²');
	});

	it('reports a gap enclosed by neighbours, with the units around it', () => {
		// the 3×3 grid without its centre: a 1 km² hole bordered by 4 communes (the corner ones only touch it)
		const communes = grid3x3()
			.filter((u) => u.code !== 'r1c1')
			.map((u) => commune(u.code, u.geometry, null));
		const rows = dataQualityReport({ districts: [], communes });
		const gaps = rows.filter((r) => r.kind === 'gap');
		expect(gaps).toHaveLength(1);
		expect(gaps[0].value).toBeCloseTo(1, 3);
		expect(gaps[0].severity).toBe('warning');
		expect(gaps[0].codes).toEqual(['r0c1', 'r1c0', 'r1c2', 'r2c1']);
		expect(booleanPointInPolygon(gaps[0].location!, square(1, 1))).toBe(true);
		expect(gaps[0].message_vi).toMatch(/^Khoảng hở 1,000 km² không thuộc đơn vị cấp xã nào/);
	});

	it('measures a tiny gap between borders drawn with different vertices exactly', () => {
		// B's west side bends 4 m east at mid-height: a 1 km × 4 m triangle = 0.002 km² between A and B
		const units = differentVerticesPair().map((u) => commune(u.code, u.geometry, null));
		const rows = dataQualityReport({ districts: [], communes: units, options: { gapMinKm2: 0, overlapMinKm2: 0 } });
		expect(rows.map((r) => r.kind)).toEqual(['gap']);
		expect(rows[0].value).toBeCloseTo(0.002, 5);
		expect(rows[0].codes).toEqual(['A', 'B']);
	});

	it('sees no gap or overlap around an enclave that fills a hole exactly', () => {
		const units = enclaveCase().map((u) => commune(u.code, u.geometry, null));
		expect(dataQualityReport({ districts: [], communes: units, options: { gapMinKm2: 0, overlapMinKm2: 0 } })).toEqual(
			[]
		);
	});

	it('ignores gaps and overlaps below the thresholds', () => {
		const rows = dataQualityReport({
			districts: [],
			communes: [commune('A', square(0, 0), null), commune('B', square(0.99, 0), null)] // 0.01 km² overlap
		});
		expect(rows.filter((r) => r.kind === 'overlap')).toEqual([]);
		const low = dataQualityReport({
			districts: [],
			communes: [commune('A', square(0, 0), null), commune('B', square(0.99, 0), null)],
			options: { overlapMinKm2: 0.005 }
		});
		expect(low.filter((r) => r.kind === 'overlap')[0].value).toBeCloseTo(0.01, 4);
	});

	it('reports a unit with no neighbour', () => {
		const rows = dataQualityReport({
			districts: [],
			communes: [commune('A', square(0, 0)), commune('B', square(1, 0)), commune('ISLE', square(6, 0, 0.5))]
		});
		const lonely = rows.filter((r) => r.kind === 'no-neighbour');
		expect(lonely.map((r) => r.codes)).toEqual([['ISLE']]);
		expect(lonely[0].message_vi).toContain('không có đơn vị cấp xã nào liền kề');
	});

	it('uses given adjacency edges (e.g. with a manual island edge)', () => {
		const rows = dataQualityReport({
			districts: [],
			communes: [commune('A', square(0, 0)), commune('B', square(1, 0)), commune('ISLE', square(6, 0, 0.5))],
			adjacency: [
				{ a: 'A', b: 'B', sharedKm: 1, doubtful: false },
				{ a: 'A', b: 'ISLE', sharedKm: 0, doubtful: false, source: 'manual' }
			]
		});
		expect(rows.filter((r) => r.kind === 'no-neighbour')).toEqual([]);
	});

	it('reports a commune sticking out of its district by more than 1 %', () => {
		// district [0,2]×[0,1]; commune C pokes 50 m out of the east side: 0.05 km² of 1.05 km² = 4.8 %
		const rows = dataQualityReport({
			districts: [{ code: 'D1', name: 'Huyện Một', geometry: rect(0, 0, 2, 1) }],
			communes: [
				{ code: 'W', name: 'Xã Tây', districtCode: 'D1', geometry: rect(0, 0, 0.95, 1) },
				{ code: 'C', name: 'Xã Đông', districtCode: 'D1', geometry: rect(0.95, 0, 2.05, 1) }
			]
		});
		const out = rows.filter((r) => r.kind === 'outside-district');
		expect(out).toHaveLength(1);
		expect(out[0].codes).toEqual(['C', 'D1']);
		expect(out[0].value).toBeCloseTo((0.05 / 1.1) * 100, 1);
		expect(out[0].unit).toBe('percent');
		expect(booleanPointInPolygon(out[0].location!, rect(2, 0, 2.05, 1))).toBe(true);
		expect(out[0].message_vi).toBe('Xã Đông (C) nằm ngoài ranh giới Huyện Một (D1) 4,5% diện tích (0,050 km²).');
	});

	it('reports computed vs official area differences above 5 %', () => {
		const rows = dataQualityReport({
			districts: [],
			communes: [commune('A', square(0, 0)), commune('B', square(1, 0)), commune('C', square(2, 0))],
			officialAreas: { A: 1.02, B: 1.2, C: 2 }
		});
		const diff = rows.filter((r) => r.kind === 'area-mismatch');
		expect(diff.map((r) => r.codes[0])).toEqual(['C', 'B']); // error (−50 %) before warning (−16.7 %)
		expect(diff[0].severity).toBe('error');
		expect(diff[1].severity).toBe('warning');
		expect(diff[1].value).toBeCloseTo(((1 - 1.2) / 1.2) * 100, 1);
		expect(diff[1].message_vi).toContain('lệch -16,7% so với diện tích tự nhiên chính thức 1,20 km²');
	});

	it('lists the importer repairs, shape-changing ones as warnings', () => {
		const bow = repairPolygon(brokenRings.bowTie());
		const cw = repairPolygon(brokenRings.clockwise());
		const rows = dataQualityReport({
			districts: [],
			communes: [commune('BOW', bow.geometry, null), commune('CW', cw.geometry, null)],
			repairs: [
				{ code: 'BOW', repairs: bow.repairs },
				{ code: 'CW', repairs: cw.repairs },
				{ code: 'OK', repairs: [] }
			]
		});
		const rep = rows.filter((r) => r.kind === 'ring-repaired');
		expect(rep.map((r) => [r.codes[0], r.severity])).toEqual([
			['BOW', 'warning'],
			['CW', 'info']
		]);
		expect(rep[0].message_vi).toContain('dựng lại đa giác tự cắt');
		expect(rep[1].message_vi).toContain('đảo chiều vòng');
	});

	it('sorts rows by severity', () => {
		const rows = dataQualityReport({
			districts: [],
			communes: [
				commune('A', square(0, 0), null),
				commune('B', square(0.9, 0), null),
				commune('I', square(9, 9), null)
			],
			officialAreas: { A: 3 }
		});
		const order = { error: 0, warning: 1, info: 2 } as const;
		for (let i = 1; i < rows.length; i++)
			expect(order[rows[i - 1].severity]).toBeLessThanOrEqual(order[rows[i].severity]);
		expect(rows.map((r) => r.kind)).toEqual(['area-mismatch', 'no-neighbour', 'overlap']);
	});
});
