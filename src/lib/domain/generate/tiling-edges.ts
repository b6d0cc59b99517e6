/**
 * The borders of the synthetic tiling made wiggly (once per shared edge, so neighbours stay exact) and, for a messy
 * dataset, moved a little per side so that neighbours leave slivers and overlaps as real boundaries do.
 */
import type { Rng } from './random';
import { cellRing, isSimpleRing } from './rings';
import type { PlanarTiling } from './tiling';

/**
 * Subdivide each edge with deterministic noise so that cells get about `verticesPerCell` vertices.
 * The offset from the chord is bounded by a cone at each end whose half-angle is below half the smallest angle
 * between edges at that node, so neighbouring borders never cross; any cell still found self-intersecting has
 * the noise of its edges halved until it is simple.
 */
export function wiggleEdges(t: PlanarTiling, rng: Rng, verticesPerCell: number): Float64Array[] {
	const { nodeX, nodeY, edges, cells } = t;
	const nE = edges.length;
	const len = edges.map((e) => Math.hypot(nodeX[e.b] - nodeX[e.a], nodeY[e.b] - nodeY[e.a]));

	// Smallest angle (radians) between an edge and its neighbours around each end node.
	const incident = new Map<number, { edge: number; angle: number }[]>();
	edges.forEach((e, id) => {
		for (const [from, to] of [
			[e.a, e.b],
			[e.b, e.a]
		]) {
			const list = incident.get(from) ?? [];
			list.push({ edge: id, angle: Math.atan2(nodeY[to] - nodeY[from], nodeX[to] - nodeX[from]) });
			incident.set(from, list);
		}
	});
	const minAngleAt = new Map<string, number>(); // `${node},${edge}` → angle
	for (const [node, list] of incident) {
		list.sort((u, v) => u.angle - v.angle || u.edge - v.edge);
		for (let k = 0; k < list.length; k++) {
			if (list.length === 1) {
				minAngleAt.set(`${node},${list[k].edge}`, Math.PI);
				continue;
			}
			const prev = list[(k + list.length - 1) % list.length];
			const next = list[(k + 1) % list.length];
			const gap = (a: number, b: number) => {
				let g = b - a;
				while (g <= 0) g += 2 * Math.PI;
				return g;
			};
			minAngleAt.set(
				`${node},${list[k].edge}`,
				Math.min(gap(prev.angle, list[k].angle), gap(list[k].angle, next.angle))
			);
		}
	}

	// Interior vertex count per edge: its share of each adjacent cell's perimeter, so every cell gets ≈ the target.
	const perimeter = cells.map((c) => c.edge.reduce((s, id) => s + len[id], 0));
	const wanted = (c: number, id: number) =>
		(len[id] / perimeter[c]) * Math.max(0, verticesPerCell - cells[c].ring.length);
	const tPos: Float64Array[] = [];
	const gBase: Float64Array[] = [];
	const amp: number[] = [];
	for (let id = 0; id < nE; id++) {
		const e = edges[id];
		const share = e.right >= 0 ? (wanted(e.left, id) + wanted(e.right, id)) / 2 : wanted(e.left, id);
		const k = Math.max(0, Math.round(share));
		// Smooth noise h(t) (three sines, Σ|a| = 1) plus per-vertex jitter, under the envelope sin(πt)/π ≤ min(t, 1 − t).
		const a1 = rng.uniform(0.2, 1),
			a2 = rng.uniform(0, 0.7),
			a3 = rng.uniform(0, 0.4);
		const sa = a1 + a2 + a3;
		const f = [rng.uniform(0.4, 1.1), rng.uniform(1.1, 2), rng.uniform(2, 3.5)];
		const ph = [rng.uniform(0, 6.2832), rng.uniform(0, 6.2832), rng.uniform(0, 6.2832)];
		const ts = new Float64Array(k);
		const gs = new Float64Array(k);
		for (let i = 0; i < k; i++) {
			const tt = (i + 1 + rng.uniform(-0.3, 0.3)) / (k + 1);
			const h =
				(a1 * Math.sin(2 * Math.PI * f[0] * tt + ph[0]) +
					a2 * Math.sin(2 * Math.PI * f[1] * tt + ph[1]) +
					a3 * Math.sin(2 * Math.PI * f[2] * tt + ph[2])) /
				sa;
			ts[i] = tt;
			gs[i] = (Math.sin(Math.PI * tt) / Math.PI) * (0.8 * h + 0.2 * rng.uniform(-1, 1));
		}
		tPos.push(ts);
		gBase.push(gs);
		// Cone half-angle: at most 37°, and below 0.45 × the smallest angle at either end node.
		const alpha = Math.min(minAngleAt.get(`${e.a},${id}`)!, minAngleAt.get(`${e.b},${id}`)!);
		amp.push(Math.tan(Math.min(0.65, 0.45 * alpha)));
	}

	const shrink = new Float64Array(nE).fill(1);
	const shapes: Float64Array[] = new Array(nE);
	const build = (id: number) => {
		const e = edges[id];
		const ax = nodeX[e.a],
			ay = nodeY[e.a];
		const dx = nodeX[e.b] - ax,
			dy = nodeY[e.b] - ay;
		const ts = tPos[id],
			gs = gBase[id];
		const out = new Float64Array(ts.length * 2);
		const c = amp[id] * shrink[id];
		for (let i = 0; i < ts.length; i++) {
			// Offset along the left normal (−dy, dx); its length is L·c·g because (dx, dy) has length L.
			out[2 * i] = ax + dx * ts[i] - dy * c * gs[i];
			out[2 * i + 1] = ay + dy * ts[i] + dx * c * gs[i];
		}
		shapes[id] = out;
	};
	for (let id = 0; id < nE; id++) build(id);

	let toCheck = cells.map((_, c) => c);
	for (let pass = 0; pass < 8 && toCheck.length; pass++) {
		const bad = toCheck.filter((c) => !isSimpleRing(cellRing(t, c, shapes)));
		const next = new Set<number>();
		for (const c of bad) {
			for (const id of cells[c].edge) {
				shrink[id] = pass >= 6 ? 0 : shrink[id] * 0.5;
				build(id);
				next.add(edges[id].left);
				if (edges[id].right >= 0) next.add(edges[id].right);
			}
		}
		toCheck = [...next].sort((a, b) => a - b);
	}
	return shapes;
}

/**
 * Messy variant: each side of each edge gets its own vertices — every interior vertex moved independently on each
 * side by 35–100% of `maxShiftKm` (tapered near the end nodes), the two sides at least 60° apart in direction so they
 * never coincide, and a few extra vertices inserted per side — so neighbours no longer share vertices and small gaps
 * and overlaps (≤ 2 × maxShiftKm) appear. Nodes stay exact.
 */
export function messySides(
	t: PlanarTiling,
	clean: Float64Array[],
	rng: Rng,
	maxShiftKm: number
): { left: Float64Array[]; right: Float64Array[] } {
	const { nodeX, nodeY, edges } = t;
	const left: Float64Array[] = [];
	const right: Float64Array[] = [];
	edges.forEach((e, id) => {
		const ax = nodeX[e.a],
			ay = nodeY[e.a],
			bx = nodeX[e.b],
			by = nodeY[e.b];
		const src = clean[id];
		const m = src.length / 2;
		// Per-vertex displacement of each side.
		const shiftL = new Float64Array(2 * m),
			shiftR = new Float64Array(2 * m);
		for (let i = 0; i < m; i++) {
			const x = src[2 * i],
				y = src[2 * i + 1];
			// Taper: never move a vertex by more than 5% of its distance to the nearer end node.
			const dn = Math.min(Math.hypot(x - ax, y - ay), Math.hypot(x - bx, y - by));
			const rMax = Math.min(maxShiftKm, 0.05 * dn);
			const aL = rng.uniform(0, 2 * Math.PI);
			const aR = aL + rng.uniform(Math.PI / 3, (5 * Math.PI) / 3);
			const rL = rMax * rng.uniform(0.35, 1),
				rR = rMax * rng.uniform(0.35, 1);
			shiftL[2 * i] = rL * Math.cos(aL);
			shiftL[2 * i + 1] = rL * Math.sin(aL);
			shiftR[2 * i] = rR * Math.cos(aR);
			shiftR[2 * i + 1] = rR * Math.sin(aR);
		}
		const side = (shift: Float64Array): Float64Array => {
			const out: number[] = [];
			// Walk the segments a → v1 → … → vm → b; insert a vertex on some of them (shifted like its neighbours).
			for (let s = 0; s <= m; s++) {
				if (s > 0) out.push(src[2 * (s - 1)] + shift[2 * (s - 1)], src[2 * (s - 1) + 1] + shift[2 * (s - 1) + 1]);
				if (m > 0 && rng.chance(0.06)) {
					const px = s === 0 ? ax : src[2 * (s - 1)],
						py = s === 0 ? ay : src[2 * (s - 1) + 1];
					const qx = s === m ? bx : src[2 * s],
						qy = s === m ? by : src[2 * s + 1];
					const f = rng.uniform(0.25, 0.75);
					// Interpolate the neighbouring shifts too (zero at the nodes), so the new vertex stays on this side's line.
					const sx0 = s === 0 ? 0 : shift[2 * (s - 1)],
						sy0 = s === 0 ? 0 : shift[2 * (s - 1) + 1];
					const sx1 = s === m ? 0 : shift[2 * s],
						sy1 = s === m ? 0 : shift[2 * s + 1];
					out.push(px + f * (qx - px) + sx0 + f * (sx1 - sx0), py + f * (qy - py) + sy0 + f * (sy1 - sy0));
				}
			}
			return Float64Array.from(out);
		};
		left.push(side(shiftL));
		right.push(e.right >= 0 ? side(shiftR) : clean[id]);
	});
	// A cell whose messy ring is not simple falls back to the clean line on all its sides.
	t.cells.forEach((cell, c) => {
		const ring = cellRing(t, c, clean, left, right);
		if (isSimpleRing(ring)) return;
		for (const id of cell.edge) {
			if (edges[id].left === c) left[id] = clean[id];
			else right[id] = clean[id];
		}
	});
	return { left, right };
}
