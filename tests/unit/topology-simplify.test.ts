/**
 * Issue 14 item 4: display geometry simplified with shared borders kept shared. On a generated province (borders
 * drawn once and shared by both neighbours), a coarse simplification must leave every internal border used by
 * exactly the two neighbours (each segment once each way: no gap, no overlap), keep every pair of neighbours
 * touching, keep every ring, and cut the vertices. Simplifying each unit on its own (the old display path) breaks this.
 */
import { describe, expect, it } from 'vitest';
import type { MultiPolygon, Polygon } from 'geojson';
import { generateProvince } from '../../src/lib/domain/generate/index.ts';
import { simplifyLayerTopology } from '../../src/lib/domain/geo/topology-simplify.ts';

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
