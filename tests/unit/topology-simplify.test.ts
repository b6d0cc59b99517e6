/**
 * Issue 14 item 4: display geometry simplified with shared borders kept shared. On a generated province (borders
 * drawn once and shared by both neighbours), a coarse simplification must leave every internal border used by
 * exactly the two neighbours (each segment once each way: no gap, no overlap), keep every pair of neighbours
 * touching, keep every ring, and cut the vertices. Simplifying each unit on its own (the old display path) breaks this.
 */
import { describe, expect, it } from 'vitest';
import type { MultiPolygon, Polygon } from 'geojson';
import { generateProvince } from '../../src/lib/domain/generate/index.ts';
import { presimplifyLayer, simplifyLayerTopology } from '../../src/lib/domain/geo/topology-simplify.ts';

type Area = Polygon | MultiPolygon;
const p = generateProvince({ communes: 400, seed: 5 });
const codes = p.communes.map((c) => c.record.code);
const input: Area[] = p.communes.map((c) => c.geometry as Area);

const rings = (g: Area) => (g.type === 'Polygon' ? [g.coordinates] : g.coordinates).flat();
const k = (c: number[]) => `${c[0].toFixed(5)},${c[1].toFixed(5)}`;
function segments(g: Area): string[] {
	const out: string[] = [];
	for (const r of rings(g))
		for (let i = 0; i + 1 < r.length; i++) if (k(r[i]) !== k(r[i + 1])) out.push(`${k(r[i])}>${k(r[i + 1])}`);
	return out;
}
/** Directed segments whose reverse no unit has: the layer's outer border, plus any gap or overlap. */
function unmatched(layer: Area[]): number {
	const all = new Set(layer.flatMap(segments));
	let n = 0;
	for (const s of all) {
		const [a, b] = s.split('>');
		if (!all.has(`${b}>${a}`)) n++;
	}
	return n;
}
const vertices = (layer: Area[]) => layer.reduce((n, g) => n + rings(g).reduce((m, r) => m + r.length, 0), 0);

describe('topology-aware simplification', () => {
	const tol = 0.01; // ≈ 1 km: coarse on purpose
	const out = simplifyLayerTopology(input, { toleranceDeg: tol });

	it('keeps shared borders shared: no new unmatched segment (gap or overlap) appears', () => {
		expect(unmatched(out)).toBeLessThanOrEqual(unmatched(input));
		// The old way (each unit simplified alone) opens gaps: the same check fails for it.
		const alone = input.map((g) => simplifyLayerTopology([g], { toleranceDeg: tol })[0]);
		expect(unmatched(alone)).toBeGreaterThan(unmatched(input) * 1.5);
	});

	it('keeps every pair of neighbours touching along a border, and every ring', () => {
		const segs = new Map(codes.map((c, i) => [c, new Set(segments(out[i]))]));
		for (const [a, b] of p.trueCommunePairs) {
			const sb = segs.get(b)!;
			const shared = [...segs.get(a)!].filter((s) => {
				const [x, y] = s.split('>');
				return sb.has(`${y}>${x}`);
			});
			expect(shared.length, `${a}|${b}`).toBeGreaterThan(0);
		}
		for (let i = 0; i < input.length; i++) {
			expect(rings(out[i]).length).toBe(rings(input[i]).length);
			for (const r of rings(out[i])) expect(r.length).toBeGreaterThanOrEqual(4);
		}
	});

	it('cuts the vertices, and a zero tolerance changes nothing but the 1e-5° grid', () => {
		expect(vertices(out)).toBeLessThan(0.8 * vertices(input));
		const same = simplifyLayerTopology(input, { toleranceDeg: 0 });
		expect(unmatched(same)).toBe(unmatched(input));
		expect(Math.abs(vertices(same) - vertices(input))).toBeLessThanOrEqual(vertices(input) * 0.01);
	});
});

/** Plain recursive Douglas–Peucker on an open line (x scaled by cos of its first latitude): the reference. */
function referenceDp(line: number[][], tol: number): number[][] {
	const kx = Math.cos((line[0][1] * Math.PI) / 180);
	const keep = new Set([0, line.length - 1]);
	const rec = (a: number, b: number) => {
		let best = -1;
		let bestD = tol * tol;
		const [ax, ay] = [line[a][0] * kx, line[a][1]];
		const [dx, dy] = [line[b][0] * kx - ax, line[b][1] - ay];
		for (let i = a + 1; i < b; i++) {
			const [px, py] = [line[i][0] * kx, line[i][1]];
			const len2 = dx * dx + dy * dy;
			const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / len2));
			const d = (ax + t * dx - px) ** 2 + (ay + t * dy - py) ** 2;
			if (d > bestD) [best, bestD] = [i, d];
		}
		if (best < 0) return;
		keep.add(best);
		rec(a, best);
		rec(best, b);
	};
	rec(0, line.length - 1);
	return line.filter((_, i) => keep.has(i));
}

describe('presimplified layer (the map tiles: one ranking, every zoom)', () => {
	// An island (a ring with no junction) of 300 wiggly vertices on the 1e-5° grid, its smallest vertex first (where
	// the layer starts a loop), so its simplification is exactly Douglas–Peucker on the closed loop.
	const ring: number[][] = [];
	for (let i = 0; i < 300; i++) {
		const a = (i / 300) * 2 * Math.PI;
		const r = 0.1 + 0.01 * Math.sin(7 * a) + 0.003 * Math.sin(31 * a + 1) + 0.0007 * Math.cos(97 * a);
		ring.push([Math.round((106 + r * Math.cos(a)) * 1e5) / 1e5, Math.round((11 + r * Math.sin(a)) * 1e5) / 1e5]);
	}
	const key = (c: number[]) => (Math.round(c[0] / 1e-5) + 2 ** 25) * 2 ** 26 + (Math.round(c[1] / 1e-5) + 2 ** 25);
	let m = 0;
	for (let i = 1; i < ring.length; i++) if (key(ring[i]) < key(ring[m])) m = i;
	const loop = [...ring.slice(m), ...ring.slice(0, m), ring[m]];
	const island: Polygon = { type: 'Polygon', coordinates: [[...ring, ring[0]]] };
	const pre = presimplifyLayer([island]);

	it('at(t) keeps exactly the vertices Douglas–Peucker keeps at t, for every t (ranked once)', () => {
		const counts: number[] = [];
		for (const t of [0.00001, 0.0001, 0.0005, 0.001, 0.003, 0.01, 0.05]) {
			const got = (pre.at(t)[0] as Polygon).coordinates[0];
			const want = referenceDp(loop, t);
			expect(got, `t=${t}`).toEqual(want.length >= 4 ? want : loop);
			counts.push(got.length);
		}
		// Coarser tolerances keep fewer vertices, down to a triangle-or-so (keep-shapes keeps at least 3).
		expect(counts).toEqual([...counts].sort((a, b) => b - a));
		expect(counts[0]).toBeGreaterThan(counts[counts.length - 1] * 10);
		expect(pre.vertexCount).toBe(300);
	});

	it('one ranked layer gives every tolerance with shared borders shared, fewer vertices as it coarsens', () => {
		const layer = presimplifyLayer(input);
		let before = Infinity;
		for (const t of [0.0005, 0.005, 0.02]) {
			const out = layer.at(t);
			expect(unmatched(out), `t=${t}`).toBeLessThanOrEqual(unmatched(input));
			expect(vertices(out)).toBeLessThan(before);
			before = vertices(out);
		}
	});
});
