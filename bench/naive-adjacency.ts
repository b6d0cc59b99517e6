/**
 * The naive adjacency baseline of the benchmark (moved out of src/lib/domain/geo/adjacency.ts: it is no product code).
 */
import { booleanIntersects } from '@turf/turf';
import type { AdjacencyUnit } from '../src/lib/domain/geo/adjacency.ts';
import { polygonsOf } from '../src/lib/domain/geo/measures.ts';

const now = () => performance.now();

/**
 * Baseline for the benchmark: bbox prefilter, then Turf `booleanIntersects` per pair. It counts corner contacts and
 * overlap slivers as adjacency and misses neighbours separated by small gaps; it gives no border length.
 */
export function naiveAdjacency(units: AdjacencyUnit[]): {
	edges: { a: string; b: string }[];
	stats: { units: number; pairsTested: number; ms: number };
} {
	const t0 = now();
	const boxes = units.map((u, i) => {
		let x0 = Infinity;
		let y0 = Infinity;
		let x1 = -Infinity;
		let y1 = -Infinity;
		for (const poly of polygonsOf(u.geometry))
			for (const p of poly[0] ?? []) {
				if (p[0] < x0) x0 = p[0];
				if (p[0] > x1) x1 = p[0];
				if (p[1] < y0) y0 = p[1];
				if (p[1] > y1) y1 = p[1];
			}
		return { i, x0, y0, x1, y1 };
	});
	boxes.sort((p, q) => p.x0 - q.x0);
	const edges: { a: string; b: string }[] = [];
	let tested = 0;
	// Sweep along x: only boxes that overlap in x and y are tested.
	for (let m = 0; m < boxes.length; m++) {
		const p = boxes[m];
		for (let n = m + 1; n < boxes.length && boxes[n].x0 <= p.x1; n++) {
			const q = boxes[n];
			if (q.y0 > p.y1 || p.y0 > q.y1) continue;
			const A = units[p.i];
			const B = units[q.i];
			if (A.code === B.code) continue;
			tested++;
			if (booleanIntersects(A.geometry, B.geometry)) {
				edges.push(A.code < B.code ? { a: A.code, b: B.code } : { a: B.code, b: A.code });
			}
		}
	}
	edges.sort((x, y) => (x.a < y.a ? -1 : x.a > y.a ? 1 : x.b < y.b ? -1 : x.b > y.b ? 1 : 0));
	return { edges, stats: { units: units.length, pairsTested: tested, ms: now() - t0 } };
}
