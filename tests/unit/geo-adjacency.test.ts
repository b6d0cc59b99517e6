import { describe, expect, it } from 'vitest';
import type { Polygon } from 'geojson';
import {
	computeAdjacency,
	mergeManualEdges,
	type AdjacencyEdge,
	type AdjacencyUnit
} from '../../src/lib/domain/geo/adjacency';
import { naiveAdjacency } from '../../bench/naive-adjacency';
import {
	differentVerticesPair,
	enclaveCase,
	gapPair,
	grid3x3,
	grid3x3RookPairs,
	islandCase,
	pointTouchPair,
	ringKm,
	shortBorderPair,
	sliverPair,
	square
} from '../fixtures/geo';

const pairsOf = (edges: { a: string; b: string }[]) => edges.map((e) => `${e.a}-${e.b}`);

describe('computeAdjacency on the 3×3 grid of 1 km squares', () => {
	const { edges, stats } = computeAdjacency(grid3x3());

	it('finds exactly the 12 rook edges and no diagonal', () => {
		expect(pairsOf(edges).sort()).toEqual(
			grid3x3RookPairs()
				.map(([a, b]) => `${a}-${b}`)
				.sort()
		);
		expect(stats.edges).toBe(12);
	});

	it('measures each shared border as 1 km', () => {
		for (const e of edges) expect(e.sharedKm).toBeCloseTo(1, 3);
	});

	it('flags nothing as doubtful and sorts edges with a < b', () => {
		expect(edges.every((e) => !e.doubtful)).toBe(true);
		for (const e of edges) expect(e.a < e.b).toBe(true);
		const keys = pairsOf(edges);
		expect(keys).toEqual([...keys].sort());
	});

	it('gives the diagonal corner contacts no length at all', () => {
		const r = computeAdjacency(grid3x3());
		const diag = r.contacts.filter((c) => !grid3x3RookPairs().some(([a, b]) => a === c.a && b === c.b));
		for (const c of diag) expect(c.sharedM).toBeLessThan(1);
	});
});

describe('computeAdjacency on messy pairs', () => {
	it('a pair touching at one point is not adjacent', () => {
		expect(computeAdjacency(pointTouchPair()).edges).toEqual([]);
	});

	it('a border drawn with different vertices is adjacent, about 1 km long', () => {
		const { edges } = computeAdjacency(differentVerticesPair());
		expect(pairsOf(edges)).toEqual(['A-B']);
		expect(edges[0].sharedKm).toBeGreaterThan(0.98);
		expect(edges[0].sharedKm).toBeLessThan(1.02);
		expect(edges[0].doubtful).toBe(false);
	});

	it('a 5 m gap is bridged by the tolerance', () => {
		const { edges } = computeAdjacency(gapPair(5));
		expect(pairsOf(edges)).toEqual(['A-B']);
		expect(edges[0].sharedKm).toBeCloseTo(1, 2);
	});

	it('a 500 m gap is not', () => {
		expect(computeAdjacency(gapPair(500)).edges).toEqual([]);
	});

	it('a gap wider than a custom tolerance is not bridged', () => {
		expect(computeAdjacency(gapPair(25), { toleranceM: 10 }).edges).toEqual([]);
		expect(computeAdjacency(gapPair(25), { toleranceM: 30 }).edges).toHaveLength(1);
	});

	it('a thin overlap sliver is adjacent with the right length', () => {
		const { edges } = computeAdjacency(sliverPair(10));
		expect(pairsOf(edges)).toEqual(['A-B']);
		// 1 km plus at most the sliver's two 10 m ends
		expect(edges[0].sharedKm).toBeGreaterThan(0.999);
		expect(edges[0].sharedKm).toBeLessThan(1.021);
	});

	it('a short border is kept but flagged doubtful; a shorter one is dropped', () => {
		const short = computeAdjacency(shortBorderPair(100)).edges;
		expect(pairsOf(short)).toEqual(['A-B']);
		expect(short[0].sharedKm).toBeCloseTo(0.1, 3);
		expect(short[0].doubtful).toBe(true);
		expect(short[0].note).toMatch(/may be a corner contact/);
		expect(computeAdjacency(shortBorderPair(20)).edges).toEqual([]);
	});

	it('an overlap sliver crossing only at a corner is not adjacency', () => {
		// B's corner pokes 8 m into A's corner diagonally: exact predicates see an intersection, we see no border
		const A = square(0, 0);
		const B = square(0.992, 0.992);
		const units = [
			{ code: 'A', geometry: A },
			{ code: 'B', geometry: B }
		];
		expect(naiveAdjacency(units).edges).toHaveLength(1);
		expect(computeAdjacency(units).edges).toEqual([]);
	});

	it('a wedge contact (two units meeting at a point with a narrow third unit between them) is not adjacency', () => {
		// A = [1,2]×[0,1]; C is a thin wedge on top of A with its tip at (1,1) (12° opening); B lies above C, so A
		// and B meet only at (1,1) yet stay within 30 m of each other for ~140 m from the tip. D borders all on x = 1.
		const tip: [number, number] = [1, 1];
		const A: Polygon = { type: 'Polygon', coordinates: [ringKm([[1, 0], [2, 0], [2, 1], tip])] };
		const C: Polygon = { type: 'Polygon', coordinates: [ringKm([tip, [2, 1], [2, 1.21]])] };
		const B: Polygon = { type: 'Polygon', coordinates: [ringKm([tip, [2, 1.21], [2, 2], [1, 2]])] };
		const D: Polygon = { type: 'Polygon', coordinates: [ringKm([[0, 0], [1, 0], tip, [1, 2], [0, 2]])] };
		const r = computeAdjacency([
			{ code: 'A', geometry: A },
			{ code: 'B', geometry: B },
			{ code: 'C', geometry: C },
			{ code: 'D', geometry: D }
		]);
		expect(pairsOf(r.edges)).toEqual(['A-C', 'A-D', 'B-C', 'B-D']);
		// without nearest-unit attribution A–B would measure ≈ 30 m / sin 12° ≈ 144 m
		expect(r.contacts.find((c) => c.a === 'A' && c.b === 'B')?.sharedM ?? 0).toBeLessThan(1);
	});

	it('an enclave in a hole is adjacent along the whole hole (4 km)', () => {
		const { edges } = computeAdjacency(enclaveCase());
		expect(pairsOf(edges)).toEqual(['CORE-RING']);
		expect(edges[0].sharedKm).toBeCloseTo(4, 2);
	});

	it('reads MultiPolygons and treats a repeated code as one unit', () => {
		const multi: AdjacencyUnit = {
			code: 'M',
			geometry: { type: 'MultiPolygon', coordinates: [square(0, 0).coordinates, square(3, 0).coordinates] }
		};
		const { edges } = computeAdjacency([
			multi,
			{ code: 'X', geometry: square(1, 0) },
			{ code: 'Y', geometry: square(4, 0) },
			{ code: 'X', geometry: square(2, 0) } // second part of X given as another row
		]);
		expect(pairsOf(edges)).toEqual(['M-X', 'M-Y']);
		expect(edges[0].sharedKm).toBeCloseTo(2, 2); // X touches both parts of M
	});

	it('handles an empty input', () => {
		const r = computeAdjacency([]);
		expect(r.edges).toEqual([]);
		expect(r.stats.units).toBe(0);
	});
});

describe('naiveAdjacency (benchmark baseline)', () => {
	it('counts the 8 corner contacts of the grid as neighbours', () => {
		expect(naiveAdjacency(grid3x3()).edges).toHaveLength(20);
	});

	it('counts a point touch and misses a 5 m gap', () => {
		expect(naiveAdjacency(pointTouchPair()).edges).toHaveLength(1);
		expect(naiveAdjacency(gapPair(5)).edges).toHaveLength(0);
	});
});

describe('mergeManualEdges', () => {
	it('adds an island edge, removes a wrong one, confirms a doubtful one', () => {
		const { units, manual } = islandCase();
		const computed = computeAdjacency(units).edges;
		expect(computed).toEqual([]);
		const merged = mergeManualEdges(computed, manual);
		expect(merged).toEqual([
			{ a: 'ISLE', b: 'MAIN', sharedKm: 0, doubtful: false, note: manual[0].reason, source: 'manual' }
		]);

		const grid = computeAdjacency(grid3x3()).edges;
		const removed = mergeManualEdges(grid, [{ a: 'r0c1', b: 'r0c0', action: 'remove', reason: 'river' }]);
		expect(removed).toHaveLength(11);
		expect(pairsOf(removed)).not.toContain('r0c0-r0c1');

		const doubtful: AdjacencyEdge[] = [{ a: 'A', b: 'B', sharedKm: 0.05, doubtful: true, source: 'computed' }];
		const confirmed = mergeManualEdges(doubtful, [{ a: 'B', b: 'A', action: 'add', reason: 'checked on the map' }]);
		expect(confirmed[0]).toMatchObject({ a: 'A', b: 'B', sharedKm: 0.05, doubtful: false });
		expect(confirmed[0].note).toMatch(/confirmed manually/);
	});

	it('lets the later entry win and keeps the result sorted', () => {
		const merged = mergeManualEdges(
			[],
			[
				{ a: 'Z', b: 'Y', action: 'add', reason: 'x' },
				{ a: 'B', b: 'A', action: 'add', reason: 'x' },
				{ a: 'Y', b: 'Z', action: 'remove', reason: 'no' }
			]
		);
		expect(pairsOf(merged)).toEqual(['A-B']);
	});
});

/** A jittered n×n grid whose cell sides are wiggly polylines shared by both neighbours, each copy rounded to
 * 4 decimals (11 m) and moved by up to 5 m: the "different vertices, gaps and slivers" of real data, at scale. */
function messyGrid(n: number, per = 14, seed = 7) {
	let s = seed;
	const rnd = () => (s = (s * 16807) % 2147483647) / 2147483647;
	const cellKm = 2;
	const cx: number[][] = [];
	const cy: number[][] = [];
	for (let i = 0; i <= n; i++) {
		cx.push([]);
		cy.push([]);
		for (let j = 0; j <= n; j++) {
			cx[i].push(i * cellKm + (i > 0 && i < n ? (rnd() - 0.5) * 0.6 : 0));
			cy[i].push(j * cellKm + (j > 0 && j < n ? (rnd() - 0.5) * 0.6 : 0));
		}
	}
	const cache = new Map<string, [number, number][]>();
	const side = (i0: number, j0: number, i1: number, j1: number): [number, number][] => {
		const back = cache.get(`${i1},${j1},${i0},${j0}`);
		if (back) return [...back].reverse();
		const ax = cx[i0][j0];
		const ay = cy[i0][j0];
		const bx = cx[i1][j1];
		const by = cy[i1][j1];
		const pts: [number, number][] = [];
		for (let k = 0; k <= per; k++) {
			const w = k > 0 && k < per ? (rnd() - 0.5) * 0.08 : 0;
			pts.push([ax + (bx - ax) * (k / per) - (by - ay) * w, ay + (by - ay) * (k / per) + (bx - ax) * w]);
		}
		cache.set(`${i0},${j0},${i1},${j1}`, pts);
		return pts;
	};
	const units: AdjacencyUnit[] = [];
	for (let i = 0; i < n; i++)
		for (let j = 0; j < n; j++) {
			const ring: [number, number][] = [];
			for (const sd of [
				side(i, j, i + 1, j),
				side(i + 1, j, i + 1, j + 1),
				side(i + 1, j + 1, i, j + 1),
				side(i, j + 1, i, j)
			])
				ring.push(...sd.slice(0, -1));
			const coords = ringKm(ring.map(([x, y]) => [x + (rnd() - 0.5) * 0.01, y + (rnd() - 0.5) * 0.01]));
			const rounded = coords.map((p) => [Math.round(p[0] * 1e4) / 1e4, Math.round(p[1] * 1e4) / 1e4]);
			rounded[rounded.length - 1] = rounded[0];
			units.push({
				code: `u${String(i * n + j).padStart(5, '0')}`,
				geometry: { type: 'Polygon', coordinates: [rounded] }
			});
		}
	const truth = new Set<string>();
	for (let i = 0; i < n; i++)
		for (let j = 0; j < n; j++) {
			const c = (k: number) => `u${String(k).padStart(5, '0')}`;
			if (i + 1 < n) truth.add(`${c(i * n + j)}-${c((i + 1) * n + j)}`);
			if (j + 1 < n) truth.add(`${c(i * n + j)}-${c(i * n + j + 1)}`);
		}
	return { units, truth };
}

describe('computeAdjacency at scale on messy synthetic data', () => {
	it('recovers exactly the true neighbours of a 1,600-unit messy grid', () => {
		const { units, truth } = messyGrid(40);
		const r = computeAdjacency(units);
		const got = new Set(pairsOf(r.edges));
		const missed = [...truth].filter((k) => !got.has(k));
		const extra = [...got].filter((k) => !truth.has(k));
		console.log(
			`messy grid: ${units.length} units, ${r.stats.segments} segments, ${r.edges.length} edges ` +
				`(${r.stats.doubtful} doubtful), ${r.stats.ms.toFixed(0)} ms`
		);
		expect(missed).toEqual([]);
		expect(extra).toEqual([]);
	});
});
