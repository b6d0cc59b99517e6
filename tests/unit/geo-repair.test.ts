import { describe, expect, it } from 'vitest';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { km2 } from '../../src/lib/domain/geo/measures';
import { repairKind, repairPolygon } from '../../src/lib/domain/geo/repair';
import { at, brokenRings, ringKm, square } from '../fixtures/geo';

/** Planar signed area (degree², + counter-clockwise). */
function signed(ring: Position[]): number {
	let s = 0;
	for (let i = 1; i < ring.length; i++) s += ring[i - 1][0] * ring[i][1] - ring[i][0] * ring[i - 1][1];
	return s / 2;
}
const kinds = (repairs: string[]) => repairs.map(repairKind);

describe('repairPolygon', () => {
	it('leaves a valid polygon alone', () => {
		const g = square(0, 0);
		const r = repairPolygon(g);
		expect(r.repairs).toEqual([]);
		expect(r.geometry).toEqual(g);
	});

	it('closes an unclosed ring', () => {
		const r = repairPolygon(brokenRings.unclosed());
		expect(kinds(r.repairs)).toEqual(['unclosed-ring']);
		const ring = (r.geometry as Polygon).coordinates[0];
		expect(ring).toHaveLength(5);
		expect(ring[0]).toEqual(ring[4]);
		expect(km2(r.geometry)).toBeCloseTo(1, 4);
	});

	it('drops repeated consecutive points', () => {
		const r = repairPolygon(brokenRings.duplicates());
		expect(kinds(r.repairs)).toEqual(['duplicate-points']);
		expect(r.repairs[0]).toMatch(/3 repeated point/);
		expect((r.geometry as Polygon).coordinates[0]).toHaveLength(5);
	});

	it('orients the outer ring counter-clockwise and holes clockwise (RFC 7946)', () => {
		const r = repairPolygon(brokenRings.clockwise());
		expect(kinds(r.repairs)).toEqual(['orientation']);
		expect(signed((r.geometry as Polygon).coordinates[0])).toBeGreaterThan(0);

		const ccwHole: Polygon = {
			type: 'Polygon',
			coordinates: [square(0, 0, 3).coordinates[0], square(1, 1).coordinates[0]]
		};
		const h = repairPolygon(ccwHole);
		expect(h.repairs).toEqual(['orientation: ring 1 reversed to clockwise (hole)']);
		expect(signed((h.geometry as Polygon).coordinates[1])).toBeLessThan(0);
		expect(km2(h.geometry)).toBeCloseTo(8, 3);
	});

	it('rebuilds a bow-tie as two triangles', () => {
		const r = repairPolygon(brokenRings.bowTie());
		expect(kinds(r.repairs)).toEqual(['self-intersection']);
		expect(r.geometry.type).toBe('MultiPolygon');
		const polys = (r.geometry as MultiPolygon).coordinates;
		expect(polys).toHaveLength(2);
		for (const p of polys) {
			expect(km2({ type: 'Polygon', coordinates: p })).toBeCloseTo(0.25, 3);
			expect(signed(p[0])).toBeGreaterThan(0);
		}
	});

	it('removes a zero-width spike', () => {
		const r0 = ringKm([
			[0, 0],
			[1, 0],
			[1, 0.5],
			[1.5, 0.5], // spike out…
			[1, 0.5], // …and back
			[1, 1],
			[0, 1]
		]);
		const r = repairPolygon({ type: 'Polygon', coordinates: [r0] });
		expect(kinds(r.repairs)).toContain('spike');
		expect(km2(r.geometry)).toBeCloseTo(1, 4);
		expect((r.geometry as Polygon).coordinates[0].some((p) => p[0] === at(1.5, 0.5)[0])).toBe(false);
	});

	it('drops a degenerate hole but keeps the polygon; drops a degenerate part of a MultiPolygon', () => {
		const withBadHole: Polygon = {
			type: 'Polygon',
			coordinates: [square(0, 0, 3).coordinates[0], [at(1, 1), at(2, 2), at(1, 1)]]
		};
		const r = repairPolygon(withBadHole);
		expect(kinds(r.repairs)).toEqual(['degenerate-ring']);
		expect((r.geometry as Polygon).coordinates).toHaveLength(1);

		const multi: MultiPolygon = {
			type: 'MultiPolygon',
			coordinates: [square(0, 0).coordinates, brokenRings.degenerate().coordinates]
		};
		const m = repairPolygon(multi);
		expect(m.geometry.type).toBe('MultiPolygon');
		expect((m.geometry as MultiPolygon).coordinates).toHaveLength(1);
		expect(m.repairs[0]).toMatch(/^degenerate-ring: polygon 1 ring 0/);
	});

	it('drops a zero-area (collinear) ring', () => {
		const flat: Polygon = { type: 'Polygon', coordinates: [[at(0, 0), at(1, 0), at(2, 0), at(0, 0)]] };
		expect(() => repairPolygon(flat)).toThrow(/no valid ring/);
	});

	it('drops positions that are not numbers', () => {
		const r0 = [...square(0, 0).coordinates[0]];
		r0.splice(2, 0, [Number.NaN, 12] as Position);
		const r = repairPolygon({ type: 'Polygon', coordinates: [r0] });
		expect(kinds(r.repairs)).toEqual(['invalid-position']);
		expect(km2(r.geometry)).toBeCloseTo(1, 4);
	});

	it('throws a clear error for the irreparable', () => {
		expect(() => repairPolygon(brokenRings.degenerate())).toThrow(/no valid ring left/);
		expect(() => repairPolygon({ type: 'Polygon', coordinates: [] })).toThrow(/no valid ring/);
		expect(() => repairPolygon({ type: 'Point', coordinates: [0, 0] } as unknown as Polygon)).toThrow(
			/expected a Polygon or MultiPolygon/
		);
	});

	it('fixes several problems of one ring at once', () => {
		// clockwise, unclosed, with a duplicate point
		const r0 = ringKm([
			[0, 0],
			[0, 1],
			[1, 1],
			[1, 0]
		]).slice(0, -1);
		r0.splice(1, 0, r0[1]);
		const r = repairPolygon({ type: 'Polygon', coordinates: [r0] });
		expect(kinds(r.repairs).sort()).toEqual(['duplicate-points', 'orientation', 'unclosed-ring']);
		expect(signed((r.geometry as Polygon).coordinates[0])).toBeGreaterThan(0);
		expect(km2(r.geometry)).toBeCloseTo(1, 4);
	});
});
