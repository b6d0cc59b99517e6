import { describe, expect, it } from 'vitest';
import { area as turfArea, feature, featureCollection, union as turfUnion } from '@turf/turf';
import type { MultiPolygon, Polygon } from 'geojson';
import {
	countSliverHoles,
	dissolveGroup,
	dissolveScenario,
	buildLayerTopology,
	dissolveLayer
} from '../../src/lib/domain/geo/dissolve';
import { dissolveBoolean } from '../../src/lib/domain/geo/dissolve-fallback';
import {
	handleDissolveRequest,
	isDissolveRequest,
	timeoutResponse
} from '../../src/lib/domain/geo/dissolve-worker-protocol';
import {
	geometryProblems,
	grid3x3,
	km,
	noisyGrid,
	overlappingSquares,
	polygonKm,
	rectKm,
	ringAndEnclave,
	squaresWithDifferentVertices,
	squaresWithGap,
	unitsAroundTriangularGap
} from '../fixtures/dissolve';

const km2 = (g: Polygon | MultiPolygon) => turfArea(g) / 1e6;
const parts = (g: Polygon | MultiPolygon) => (g.type === 'Polygon' ? [g.coordinates] : g.coordinates);
const holeCount = (g: Polygon | MultiPolygon) => parts(g).reduce((n, p) => n + p.length - 1, 0);

describe('dissolveGroup on hand-made fixtures', () => {
	it('dissolves a 3×3 grid of 1 km squares into one square of 9 km², 4 corners, no hole', () => {
		const r = dissolveGroup(grid3x3().map((u) => u.geometry));
		expect(r.method).toBe('arcs');
		expect(geometryProblems(r.geometry)).toEqual([]);
		expect(r.geometry.type).toBe('Polygon');
		expect(holeCount(r.geometry)).toBe(0);
		const ring = parts(r.geometry)[0][0];
		expect(ring.length).toBe(5); // 4 corners + closing position: straight runs lose their grid vertices
		expect(km2(r.geometry)).toBeGreaterThan(9 * 0.995);
		expect(km2(r.geometry)).toBeLessThan(9 * 1.005);
	});

	it('keeps the centre as a hole when only the 8 outer squares are dissolved (a real enclosed unit)', () => {
		const outer = grid3x3().filter((u) => u.code !== 'r1c1');
		const r = dissolveGroup(outer.map((u) => u.geometry));
		expect(r.method).toBe('arcs');
		expect(geometryProblems(r.geometry)).toEqual([]);
		expect(r.geometry.type).toBe('Polygon');
		expect(holeCount(r.geometry)).toBe(1);
		expect(r.slivers_filled).toBe(0);
		expect(km2(r.geometry)).toBeCloseTo(8, 1);
		const hole = (r.geometry as Polygon).coordinates[1];
		expect(turfArea({ type: 'Polygon', coordinates: [hole] }) / 1e6).toBeCloseTo(1, 1);
	});

	it('closes a 5 m gap between two squares: one polygon, no hole, no notch', () => {
		const r = dissolveGroup(squaresWithGap(5));
		expect(r.method).toBe('arcs');
		expect(geometryProblems(r.geometry)).toEqual([]);
		expect(r.geometry.type).toBe('Polygon');
		expect(holeCount(r.geometry)).toBe(0);
		// No notch: the outline is a plain rectangle (4 corners), area = both squares + the gap.
		expect(parts(r.geometry)[0][0].length).toBe(5);
		expect(km2(r.geometry)).toBeCloseTo(2.005, 2);
	});

	it('merges a shared border drawn with different vertices on each side: area = sum', () => {
		const members = squaresWithDifferentVertices();
		const r = dissolveGroup(members);
		expect(r.method).toBe('arcs');
		expect(geometryProblems(r.geometry)).toEqual([]);
		expect(r.geometry.type).toBe('Polygon');
		expect(holeCount(r.geometry)).toBe(0);
		const sum = members.reduce((s, m) => s + km2(m), 0);
		expect(Math.abs(km2(r.geometry) - sum) / sum).toBeLessThan(1e-6);
		expect(parts(r.geometry)[0][0].length).toBe(5);
	});

	it.each([10, 60, 200])('unions squares overlapping by %i m: area ≈ union', (overlapM) => {
		const members = overlappingSquares(overlapM);
		const r = dissolveGroup(members);
		expect(r.method).toBe('arcs');
		expect(geometryProblems(r.geometry)).toEqual([]);
		expect(r.geometry.type).toBe('Polygon');
		expect(holeCount(r.geometry)).toBe(0);
		const u = turfUnion(featureCollection(members.map((m) => feature(m))))!;
		expect(Math.abs(km2(r.geometry) - km2(u.geometry)) / km2(u.geometry)).toBeLessThan(0.005);
	});

	it('returns a MultiPolygon with two parts for non-adjacent members', () => {
		const r = dissolveGroup([rectKm(0, 0, 1, 1), rectKm(3, 0, 4, 1)]);
		expect(r.method).toBe('arcs');
		expect(geometryProblems(r.geometry)).toEqual([]);
		expect(r.geometry.type).toBe('MultiPolygon');
		expect(parts(r.geometry).length).toBe(2);
		expect(km2(r.geometry)).toBeCloseTo(2, 2);
	});

	it('returns two parts touching at a point for squares meeting only at a corner', () => {
		const r = dissolveGroup([rectKm(0, 0, 1, 1), rectKm(1, 1, 2, 2)]);
		expect(r.method).toBe('arcs');
		expect(geometryProblems(r.geometry)).toEqual([]);
		expect(r.geometry.type).toBe('MultiPolygon');
		expect(parts(r.geometry).length).toBe(2);
	});

	it('fills a thin gap enclosed by the members (wider than the snap tolerance) and counts it', () => {
		// Two squares 60 m apart, closed above and below by bars: the 60 m × 1 km slot between them is enclosed.
		const members = [
			rectKm(0, 0, 1, 1),
			rectKm(1.06, 0, 2, 1),
			polygonKm([
				[0, 1],
				[1, 1],
				[1.06, 1],
				[2, 1],
				[2, 1.5],
				[0, 1.5]
			]),
			polygonKm([
				[0, -0.5],
				[2, -0.5],
				[2, 0],
				[1.06, 0],
				[1, 0],
				[0, 0]
			])
		];
		const r = dissolveGroup(members, { snapToleranceM: 30 });
		expect(r.method).toBe('arcs');
		expect(geometryProblems(r.geometry)).toEqual([]);
		expect(r.geometry.type).toBe('Polygon');
		expect(holeCount(r.geometry)).toBe(0);
		expect(r.slivers_filled).toBe(1);
		expect(countSliverHoles(r.geometry, 0.25)).toBe(0);
	});

	it('fills a long thin crack between members whatever its area (80 m × 5 km = 0.4 km²)', () => {
		const members = [
			rectKm(0, 0, 1, 5),
			rectKm(1.08, 0, 2, 5),
			polygonKm([
				[0, 5],
				[1, 5],
				[1.08, 5],
				[2, 5],
				[2, 5.5],
				[0, 5.5]
			]),
			polygonKm([
				[0, -0.5],
				[2, -0.5],
				[2, 0],
				[1.08, 0],
				[1, 0],
				[0, 0]
			])
		];
		const r = dissolveGroup(members);
		expect(r.method).toBe('arcs');
		expect(holeCount(r.geometry)).toBe(0);
		expect(r.slivers_filled).toBe(1);
		const res = dissolveScenario(
			members.map((geometry, i) => ({ code: `u${i}`, geometry })),
			(c) => (c === 'u0' ? 'west' : 'rest')
		);
		for (const x of res.values()) expect(holeCount(x.geometry)).toBe(0);
		expect(km2(res.get('west')!.geometry) + km2(res.get('rest')!.geometry)).toBeCloseTo(2 * 6, 1); // the 2 × 6 km block, crack included
	});

	it('keeps a compact enclosed non-member below the area threshold (it looks like a unit, not a crack)', () => {
		// 8 squares of 400 m around a 400 m hole (0.16 km², mean width 200 m).
		const s = 0.4;
		const cells: Polygon[] = [];
		for (let r = 0; r < 3; r++)
			for (let c = 0; c < 3; c++) if (r !== 1 || c !== 1) cells.push(rectKm(c * s, r * s, (c + 1) * s, (r + 1) * s));
		const res = dissolveGroup(cells);
		expect(holeCount(res.geometry)).toBe(1);
		expect(res.slivers_filled).toBe(0);
		expect(countSliverHoles(res.geometry, 0.25)).toBe(0);
	});

	it('keeps a hole that is part of a single member (an enclave drawn in the input)', () => {
		const ring = ringAndEnclave()[0].geometry;
		const r = dissolveGroup([ring, rectKm(3, 0, 4, 3)]);
		expect(r.method).toBe('arcs');
		expect(geometryProblems(r.geometry)).toEqual([]);
		expect(holeCount(r.geometry)).toBe(1);
	});

	it('survives degenerate input: empty list, repeated points, a spike', () => {
		expect(dissolveGroup([]).geometry).toEqual({ type: 'MultiPolygon', coordinates: [] });
		const a = rectKm(0, 0, 1, 1);
		const withSpike: Polygon = {
			type: 'Polygon',
			coordinates: [[km(1, 0), km(1, 0), km(1, 0.5), km(1.5, 0.5), km(1, 0.5), km(1, 1), km(2, 1), km(2, 0), km(1, 0)]]
		};
		const r = dissolveGroup([a, withSpike]);
		expect(r.method).toBe('arcs');
		expect(geometryProblems(r.geometry)).toEqual([]);
		expect(km2(r.geometry)).toBeCloseTo(2, 2);
	});
});

describe('boolean fallback', () => {
	it('can be requested, and gives the same union as the arc method on clean input', () => {
		const members = grid3x3().map((u) => u.geometry);
		const b = dissolveGroup(members, { method: 'boolean' });
		expect(b.method).toBe('boolean');
		expect(b.fallbackReason).toBe('boolean method requested');
		expect(geometryProblems(b.geometry)).toEqual([]);
		expect(km2(b.geometry)).toBeCloseTo(km2(dissolveGroup(members).geometry), 6);
	});

	it('is not needed for a self-intersecting member: the arc method keeps what has positive winding', () => {
		// A bow-tie crossing itself at (2/3, 2/3): the left lobe (1/3 km²) runs counter-clockwise, the right one
		// (1/12 km², clockwise, winding −1) is outside; the square east of it is added.
		const bowTie = polygonKm([
			[0, 0],
			[1, 1],
			[1, 0.5],
			[0, 1]
		]);
		const r = dissolveGroup([bowTie, rectKm(1, 0, 2, 1)]);
		expect(r.method).toBe('arcs');
		expect(geometryProblems(r.geometry)).toEqual([]);
		expect(km2(r.geometry)).toBeCloseTo(1 + 1 / 3, 2);
	});

	it('removes the sliver holes of a polyclip-ts union', () => {
		const members = [
			rectKm(0, 0, 1, 1),
			rectKm(1.06, 0, 2, 1),
			polygonKm([
				[0, 1],
				[1, 1],
				[1.06, 1],
				[2, 1],
				[2, 1.5],
				[0, 1.5]
			]),
			polygonKm([
				[0, -0.5],
				[2, -0.5],
				[2, 0],
				[1.06, 0],
				[1, 0],
				[0, 0]
			])
		];
		const b = dissolveBoolean(members, 0.25, 100);
		expect(b.slivers_filled).toBe(1);
		expect(b.geometry.type).toBe('Polygon');
		expect(holeCount(b.geometry)).toBe(0);
		expect(geometryProblems(b.geometry)).toEqual([]);
	});
});

describe('dissolveScenario', () => {
	it('dissolves the 3×3 grid by column into three 1 × 3 km rectangles that share their borders exactly', () => {
		const units = grid3x3();
		const res = dissolveScenario(units, (code) => code.slice(2)); // c0, c1, c2
		expect([...res.keys()].sort()).toEqual(['c0', 'c1', 'c2']);
		for (const r of res.values()) {
			expect(r.method).toBe('arcs');
			expect(r.method).toBe('arcs');
			expect(geometryProblems(r.geometry)).toEqual([]);
			expect(km2(r.geometry)).toBeCloseTo(3, 1);
			expect(parts(r.geometry)[0][0].length).toBe(5);
		}
	});

	it('keeps an enclosed unit of another group as a hole, and an enclosed unit outside every group too', () => {
		const units = grid3x3();
		const res = dissolveScenario(units, (code) => (code === 'r1c1' ? 'centre' : 'ring'));
		expect(holeCount(res.get('ring')!.geometry)).toBe(1);
		expect(holeCount(res.get('centre')!.geometry)).toBe(0);
		const res2 = dissolveScenario(units, (code) => (code === 'r1c1' ? null : 'ring'));
		expect(res2.size).toBe(1);
		expect(holeCount(res2.get('ring')!.geometry)).toBe(1);
	});

	it('gives a small gap between groups to the group with the longest border, leaving no hole', () => {
		const units = unitsAroundTriangularGap();
		const res = dissolveScenario(units, (c) => (c === 'S' ? 'south' : 'north'), { snapToleranceM: 10 });
		const north = res.get('north')!;
		const south = res.get('south')!;
		for (const r of [north, south]) {
			expect(r.method).toBe('arcs');
			expect(geometryProblems(r.geometry)).toEqual([]);
			expect(holeCount(r.geometry)).toBe(0);
		}
		expect(north.slivers_filled + south.slivers_filled).toBe(1);
		// The two outputs tile the 2 × 2 km square: no gap, no overlap.
		expect(km2(north.geometry) + km2(south.geometry)).toBeCloseTo(4, 2);
	});

	it('handles an enclave that fills a hole of its neighbour', () => {
		const units = ringAndEnclave();
		const res = dissolveScenario(units, (c) => c);
		expect(holeCount(res.get('RING')!.geometry)).toBe(1);
		expect(km2(res.get('RING')!.geometry)).toBeCloseTo(8, 1);
		const merged = dissolveScenario(units, () => 'all').get('all')!;
		expect(holeCount(merged.geometry)).toBe(0);
		expect(km2(merged.geometry)).toBeCloseTo(9, 1);
	});

	it('places an island that touches nothing inside the hole that contains it (nested component)', () => {
		const [ring] = ringAndEnclave();
		const units = [ring, { code: 'ISLAND', geometry: rectKm(1.3, 1.3, 1.7, 1.7) }];
		const res = dissolveScenario(units, (c) => c);
		expect(holeCount(res.get('RING')!.geometry)).toBe(1);
		expect(km2(res.get('RING')!.geometry)).toBeCloseTo(8, 1);
		expect(km2(res.get('ISLAND')!.geometry)).toBeCloseTo(0.16, 2);
		const one = dissolveScenario(units, () => 'one').get('one')!;
		expect(one.method).toBe('arcs');
		expect(geometryProblems(one.geometry)).toEqual([]);
		expect(one.geometry.type).toBe('MultiPolygon');
		expect(holeCount(one.geometry)).toBe(1); // the water between the ring and the island stays
		expect(km2(one.geometry)).toBeCloseTo(8.16, 1);
	});

	it('reuses one layer topology for several scenarios', () => {
		const layer = buildLayerTopology(grid3x3());
		const byRow = dissolveLayer(layer, (c) => c.slice(0, 2));
		const byCol = dissolveLayer(layer, (c) => c.slice(2));
		expect(byRow.size).toBe(3);
		expect(byCol.size).toBe(3);
		for (const r of [...byRow.values(), ...byCol.values()]) expect(km2(r.geometry)).toBeCloseTo(3, 1);
	});
});

describe('non-topological layers (seeded noisy grids)', () => {
	// Borders perturbed on each side independently: 10 m (typical), 40 m (wider than the tolerance, crossing
	// back and forth), 150 m (rings crossing themselves). Grouped in 2 × 2 blocks and one unit per group.
	it.each([
		[1, 10, 2],
		[2, 40, 2],
		[3, 40, 1],
		[4, 150, 2],
		[5, 150, 1]
	])('seed %i, noise %i m, blocks of %i: valid, tiling, no sliver hole, no fallback', (seed, noiseM, block) => {
		const units = noisyGrid(seed, { n: 8, cellM: 1000, noiseM, verticesPerSide: noiseM > 100 ? 12 : 5 });
		const groupOf = (code: string) => {
			const [i, j] = code.split('-').map(Number);
			return `${Math.floor(i / block)}-${Math.floor(j / block)}`;
		};
		const res = dissolveScenario(units, groupOf);
		let sum = 0;
		for (const [code, r] of res) {
			expect(r.method, code).toBe('arcs');
			expect(geometryProblems(r.geometry), code).toEqual([]);
			expect(countSliverHoles(r.geometry, 0.25), code).toBe(0);
			sum += km2(r.geometry);
		}
		// The groups tile the whole (the same layer dissolved as one group): no overlap, no gap between them.
		const all = dissolveScenario(units, () => 'all').get('all')!;
		expect(all.method).toBe('arcs');
		expect(geometryProblems(all.geometry)).toEqual([]);
		expect(Math.abs(sum - km2(all.geometry)) / km2(all.geometry)).toBeLessThan(1e-4);
		const union = dissolveGroup(units.map((u) => u.geometry));
		expect(union.method).toBe('arcs');
		expect(geometryProblems(union.geometry)).toEqual([]);
		expect(countSliverHoles(union.geometry, 0.25)).toBe(0);
		const byGroup = new Map<string, Polygon[]>();
		for (const u of units) byGroup.set(groupOf(u.code), [...(byGroup.get(groupOf(u.code)) ?? []), u.geometry]);
		for (const [code, members] of byGroup) {
			const r = dissolveGroup(members);
			expect(geometryProblems(r.geometry), code).toEqual([]);
			expect(countSliverHoles(r.geometry, 0.25), code).toBe(0);
		}
	});
});

describe('countSliverHoles', () => {
	it('counts small thin holes only', () => {
		const outer = rectKm(0, 0, 3, 3).coordinates[0];
		const thin = rectKm(1, 1, 2, 1.05).coordinates[0].slice().reverse(); // 1 km × 50 m: 0.05 km², width ~48 m
		const compact = rectKm(1, 2, 1.4, 2.4).coordinates[0].slice().reverse(); // 0.16 km², width 200 m
		const big = rectKm(2.2, 0.2, 2.9, 2.9).coordinates[0].slice().reverse(); // 1.9 km²
		const g: Polygon = { type: 'Polygon', coordinates: [outer, thin, compact, big] };
		expect(countSliverHoles(g, 0.25)).toBe(1);
		expect(countSliverHoles(g, 0.25, 1000)).toBe(2);
		expect(countSliverHoles(g, 0.01)).toBe(0);
	});
});

describe('dissolve worker protocol', () => {
	it('answers a request with the dissolved geometry, or an error', () => {
		const req = { id: 7, members: squaresWithGap(5) };
		expect(isDissolveRequest(req)).toBe(true);
		expect(isDissolveRequest({ id: 1 })).toBe(false);
		const res = handleDissolveRequest(req);
		expect(res.id).toBe(7);
		expect(res.ok).toBe(true);
		if (res.ok) expect(res.geometry.type).toBe('Polygon');
		const bad = handleDissolveRequest({ id: 'x', members: [{ type: 'Point', coordinates: [0, 0] }] as never });
		expect(bad.ok).toBe(false);
		const late = timeoutResponse(3, 5000);
		expect(late).toMatchObject({ id: 3, ok: false, timedOut: true });
	});
});
