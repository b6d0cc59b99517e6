/**
 * The overlay behind the data-quality report (quality.ts): every boundary edge of every unit split where it meets
 * another unit's boundary, each piece classified against the other units. A measured hot loop (~0.8 s for Lâm Đồng's
 * two levels, ~6 s for 10,000 communes), kept in one file so its invariants read together.
 */
import type { MultiPolygon, Polygon, Position } from 'geojson';
import Flatbush from 'flatbush';
import { areaM2, authalicQ, bboxOf, labelPoint, polygonsOf, WGS84_A } from './measures';

type Geometry = Polygon | MultiPolygon;

export function safeLabel(g: Geometry): [number, number] | undefined {
	try {
		return labelPoint(g);
	} catch {
		return undefined;
	}
}

// ---------------------------------------------------------------------------------------------------------------
// Overlay: every boundary edge of every unit split where it meets another unit's boundary, each piece classified
// against the other units (inside / on the boundary, same or opposite direction). From the pieces:
//   area(A ∩ B) = Green's sum over A's pieces inside B + B's pieces inside A (+ shared same-direction pieces once);
//   the union of a level is bounded by the pieces no other unit of the level covers on their outer side; its holes
//   are the gaps; A − D is bounded by A's pieces outside D and D's pieces inside A, reversed.
// Coordinates are snapped to an integer grid (≤ 1 cm) so the orientation tests are exact in doubles; crossing
// points are computed once per pair of edges and shared by both, so pieces chain exactly.
// (polyclip-ts does the same job with arbitrary-precision arithmetic and took ~4 s for Lâm Đồng's two levels.)
// ---------------------------------------------------------------------------------------------------------------

export const INSIDE = 1;
export const SAME = 2; // on the other unit's boundary, same direction (interiors on the same side)
export const OPPOSITE = 3; // on the other unit's boundary, opposite direction (the usual shared border)

export interface Overlay {
	nUnits: number;
	// pieces: directed from (x0,y0) to (x1,y1) in grid units, owner's interior on the left
	px0: Float64Array;
	py0: Float64Array;
	px1: Float64Array;
	py1: Float64Array;
	pOwner: Int32Array;
	nPieces: number;
	// per-piece status list (other unit, INSIDE | SAME | OPPOSITE), linked
	stHead: Int32Array;
	stUnit: Int32Array;
	stKind: Int8Array;
	stNext: Int32Array;
	toLonLat: (x: number, y: number) => [number, number];
	/** Equal-area (Lambert cylindrical, WGS84 authalic) coordinates of a grid point, m. */
	toEqualArea: (x: number, y: number) => [number, number];
}

export function buildOverlay(geoms: Geometry[]): Overlay {
	// Grid: origin at the bbox centre, scale so every coordinate stays below 2^25 in magnitude.
	let lonMin = Infinity;
	let lonMax = -Infinity;
	let latMin = Infinity;
	let latMax = -Infinity;
	for (const g of geoms) {
		const b = bboxOf(g);
		lonMin = Math.min(lonMin, b[0]);
		latMin = Math.min(latMin, b[1]);
		lonMax = Math.max(lonMax, b[2]);
		latMax = Math.max(latMax, b[3]);
	}
	const lon0 = (lonMin + lonMax) / 2;
	const lat0 = (latMin + latMax) / 2;
	const halfExtent = Math.max(lonMax - lonMin, latMax - latMin, 1e-6) / 2;
	const S = Math.min(1e7, Math.floor(2 ** 25 / halfExtent)); // grid units per degree (1e7: 1 cm)

	// Rings → edges, oriented with the interior on the left (outer CCW, holes CW).
	const ex0: number[] = [];
	const ey0: number[] = [];
	const ex1: number[] = [];
	const ey1: number[] = [];
	const eOwner: number[] = [];
	const unitRings: Float64Array[][] = geoms.map(() => []); // flattened x,y per ring for point-in-polygon
	const unitBox: number[][] = [];
	geoms.forEach((g, u) => {
		let bx0 = Infinity;
		let by0 = Infinity;
		let bx1 = -Infinity;
		let by1 = -Infinity;
		for (const poly of polygonsOf(g))
			poly.forEach((ring, ri) => {
				const pts: number[] = [];
				for (const p of ring) {
					const x = Math.round((p[0] - lon0) * S);
					const y = Math.round((p[1] - lat0) * S);
					const n = pts.length;
					if (n && pts[n - 2] === x && pts[n - 1] === y) continue;
					pts.push(x, y);
				}
				while (pts.length >= 4 && pts[0] === pts[pts.length - 2] && pts[1] === pts[pts.length - 1]) pts.length -= 2;
				const n = pts.length / 2;
				if (n < 3) return;
				let a = 0;
				for (let i = 1; i < n - 1; i++)
					a +=
						(pts[2 * i] - pts[0]) * (pts[2 * i + 3] - pts[1]) - (pts[2 * i + 2] - pts[0]) * (pts[2 * i + 1] - pts[1]);
				if (a === 0) return;
				const reverse = ri === 0 ? a < 0 : a > 0;
				const xs = new Float64Array(2 * n);
				for (let i = 0; i < n; i++) {
					const k = reverse ? n - 1 - i : i;
					xs[2 * i] = pts[2 * k];
					xs[2 * i + 1] = pts[2 * k + 1];
				}
				unitRings[u].push(xs);
				for (let i = 0; i < n; i++) {
					const j = (i + 1) % n;
					ex0.push(xs[2 * i]);
					ey0.push(xs[2 * i + 1]);
					ex1.push(xs[2 * j]);
					ey1.push(xs[2 * j + 1]);
					eOwner.push(u);
					bx0 = Math.min(bx0, xs[2 * i]);
					bx1 = Math.max(bx1, xs[2 * i]);
					by0 = Math.min(by0, xs[2 * i + 1]);
					by1 = Math.max(by1, xs[2 * i + 1]);
				}
			});
		unitBox.push([bx0, by0, bx1, by1]);
	});
	const nE = ex0.length;

	// Splits per edge (linked lists): parameter t along the edge and the exact point.
	let spT: number[] = [];
	let spX: number[] = [];
	let spY: number[] = [];
	let spNext: number[] = [];
	const spHead = new Int32Array(nE).fill(-1);
	const addSplit = (e: number, t: number, x: number, y: number) => {
		spT.push(t);
		spX.push(x);
		spY.push(y);
		spNext.push(spHead[e]);
		spHead[e] = spT.length - 1;
	};
	const param = (e: number, x: number, y: number) => {
		const dx = ex1[e] - ex0[e];
		const dy = ey1[e] - ey0[e];
		return ((x - ex0[e]) * dx + (y - ey0[e]) * dy) / (dx * dx + dy * dy);
	};
	const collinearPairs: number[] = [];

	// Candidate edge pairs through a uniform grid (same scheme as computeAdjacency, without tolerance).
	let minX = Infinity;
	let minY = Infinity;
	let maxX = -Infinity;
	let maxY = -Infinity;
	let lenSum = 0;
	for (let e = 0; e < nE; e++) {
		minX = Math.min(minX, ex0[e]);
		maxX = Math.max(maxX, ex0[e]);
		minY = Math.min(minY, ey0[e]);
		maxY = Math.max(maxY, ey0[e]);
		lenSum += Math.abs(ex1[e] - ex0[e]) + Math.abs(ey1[e] - ey0[e]);
	}
	let cell = Math.max(1, lenSum / Math.max(1, nE));
	while (((maxX - minX) / cell + 1) * ((maxY - minY) / cell + 1) > 4 * nE + 4096) cell *= 1.5;
	const gx = Math.floor((maxX - minX) / cell) + 1;
	const gy = Math.floor((maxY - minY) / cell) + 1;
	const ci0 = new Int32Array(nE);
	const ci1 = new Int32Array(nE);
	const cj0 = new Int32Array(nE);
	const cj1 = new Int32Array(nE);
	const start = new Int32Array(gx * gy + 1);
	for (let e = 0; e < nE; e++) {
		ci0[e] = Math.floor((Math.min(ex0[e], ex1[e]) - minX) / cell);
		ci1[e] = Math.floor((Math.max(ex0[e], ex1[e]) - minX) / cell);
		cj0[e] = Math.floor((Math.min(ey0[e], ey1[e]) - minY) / cell);
		cj1[e] = Math.floor((Math.max(ey0[e], ey1[e]) - minY) / cell);
		for (let j = cj0[e]; j <= cj1[e]; j++) for (let i = ci0[e]; i <= ci1[e]; i++) start[j * gx + i + 1]++;
	}
	for (let c = 0; c < gx * gy; c++) start[c + 1] += start[c];
	const items = new Int32Array(start[gx * gy]);
	const fill = start.slice(0, gx * gy);
	for (let e = 0; e < nE; e++)
		for (let j = cj0[e]; j <= cj1[e]; j++) for (let i = ci0[e]; i <= ci1[e]; i++) items[fill[j * gx + i]++] = e;

	const orient = (ax: number, ay: number, bx: number, by: number, cx: number, cy: number) =>
		(bx - ax) * (cy - ay) - (by - ay) * (cx - ax);
	for (let c = 0; c < gx * gy; c++) {
		const cI = c % gx;
		const cJ = (c - cI) / gx;
		for (let i = start[c]; i < start[c + 1]; i++) {
			const e = items[i];
			for (let k = i + 1; k < start[c + 1]; k++) {
				const f = items[k];
				if (eOwner[e] === eOwner[f]) continue;
				const exMin = Math.min(ex0[e], ex1[e]);
				const exMax = Math.max(ex0[e], ex1[e]);
				const eyMin = Math.min(ey0[e], ey1[e]);
				const eyMax = Math.max(ey0[e], ey1[e]);
				const fxMin = Math.min(ex0[f], ex1[f]);
				const fxMax = Math.max(ex0[f], ex1[f]);
				const fyMin = Math.min(ey0[f], ey1[f]);
				const fyMax = Math.max(ey0[f], ey1[f]);
				if (fxMin > exMax || exMin > fxMax || fyMin > eyMax || eyMin > fyMax) continue;
				// handle each pair once: in the cell of the lower-left corner of the boxes' intersection
				if (
					Math.floor((Math.max(exMin, fxMin) - minX) / cell) !== cI ||
					Math.floor((Math.max(eyMin, fyMin) - minY) / cell) !== cJ
				)
					continue;
				const o1 = orient(ex0[e], ey0[e], ex1[e], ey1[e], ex0[f], ey0[f]);
				const o2 = orient(ex0[e], ey0[e], ex1[e], ey1[e], ex1[f], ey1[f]);
				if ((o1 > 0 && o2 > 0) || (o1 < 0 && o2 < 0)) continue;
				const o3 = orient(ex0[f], ey0[f], ex1[f], ey1[f], ex0[e], ey0[e]);
				const o4 = orient(ex0[f], ey0[f], ex1[f], ey1[f], ex1[e], ey1[e]);
				if ((o3 > 0 && o4 > 0) || (o3 < 0 && o4 < 0)) continue;
				if (o1 === 0 && o2 === 0) {
					// collinear: split each at the other's end points that fall inside it
					const tf0 = param(e, ex0[f], ey0[f]);
					const tf1 = param(e, ex1[f], ey1[f]);
					if (Math.min(1, Math.max(tf0, tf1)) - Math.max(0, Math.min(tf0, tf1)) <= 0) continue;
					if (tf0 > 0 && tf0 < 1) addSplit(e, tf0, ex0[f], ey0[f]);
					if (tf1 > 0 && tf1 < 1) addSplit(e, tf1, ex1[f], ey1[f]);
					const te0 = param(f, ex0[e], ey0[e]);
					const te1 = param(f, ex1[e], ey1[e]);
					if (te0 > 0 && te0 < 1) addSplit(f, te0, ex0[e], ey0[e]);
					if (te1 > 0 && te1 < 1) addSplit(f, te1, ex1[e], ey1[e]);
					collinearPairs.push(e, f);
					continue;
				}
				if (o1 === 0 || o2 === 0 || o3 === 0 || o4 === 0) {
					// an end point on the other segment
					if (o1 === 0) {
						const t = param(e, ex0[f], ey0[f]);
						if (t > 0 && t < 1) addSplit(e, t, ex0[f], ey0[f]);
					}
					if (o2 === 0) {
						const t = param(e, ex1[f], ey1[f]);
						if (t > 0 && t < 1) addSplit(e, t, ex1[f], ey1[f]);
					}
					if (o3 === 0) {
						const t = param(f, ex0[e], ey0[e]);
						if (t > 0 && t < 1) addSplit(f, t, ex0[e], ey0[e]);
					}
					if (o4 === 0) {
						const t = param(f, ex1[e], ey1[e]);
						if (t > 0 && t < 1) addSplit(f, t, ex1[e], ey1[e]);
					}
					continue;
				}
				// proper crossing: one point, shared by both edges
				const t = o3 / (o3 - o4);
				const x = ex0[e] + t * (ex1[e] - ex0[e]);
				const y = ey0[e] + t * (ey1[e] - ey0[e]);
				addSplit(e, t, x, y);
				addSplit(f, o1 / (o1 - o2), x, y);
			}
		}
	}
	// Collinear pairs share their split points, so both sides of a common stretch get identical pieces.
	const extra: [number, number, number, number][] = [];
	for (let k = 0; k < collinearPairs.length; k += 2) {
		for (const [from, to] of [
			[collinearPairs[k + 1], collinearPairs[k]],
			[collinearPairs[k], collinearPairs[k + 1]]
		]) {
			for (let s = spHead[from]; s >= 0; s = spNext[s]) {
				const t = param(to, spX[s], spY[s]);
				if (t > 0 && t < 1) extra.push([to, t, spX[s], spY[s]]);
			}
		}
	}
	for (const [e, t, x, y] of extra) addSplit(e, t, x, y);

	// Pieces.
	const px0: number[] = [];
	const py0: number[] = [];
	const px1: number[] = [];
	const py1: number[] = [];
	const pOwner: number[] = [];
	const pieceStart = new Int32Array(nE + 1);
	const EPS = 1e-6; // grid units: split points closer than this are one point
	const buf: { t: number; x: number; y: number }[] = [];
	for (let e = 0; e < nE; e++) {
		pieceStart[e] = px0.length;
		buf.length = 0;
		for (let s = spHead[e]; s >= 0; s = spNext[s]) buf.push({ t: spT[s], x: spX[s], y: spY[s] });
		buf.sort((a, b) => a.t - b.t);
		let cx = ex0[e];
		let cy = ey0[e];
		for (let i = 0; i < buf.length; i++) {
			let { x, y } = buf[i];
			// a cluster of (nearly) equal points: take the lexicographically smallest, the same on every edge
			while (i + 1 < buf.length && Math.abs(buf[i + 1].x - x) < EPS && Math.abs(buf[i + 1].y - y) < EPS) {
				i++;
				if (buf[i].x < x || (buf[i].x === x && buf[i].y < y)) {
					x = buf[i].x;
					y = buf[i].y;
				}
			}
			if (Math.abs(x - cx) < EPS && Math.abs(y - cy) < EPS) continue;
			if (Math.abs(x - ex1[e]) < EPS && Math.abs(y - ey1[e]) < EPS) continue;
			px0.push(cx);
			py0.push(cy);
			px1.push(x);
			py1.push(y);
			pOwner.push(eOwner[e]);
			cx = x;
			cy = y;
		}
		px0.push(cx);
		py0.push(cy);
		px1.push(ex1[e]);
		py1.push(ey1[e]);
		pOwner.push(eOwner[e]);
	}
	pieceStart[nE] = px0.length;
	spT = spX = spY = spNext = [];
	const nP = px0.length;

	// Status lists.
	const stHead = new Int32Array(nP).fill(-1);
	const stUnit: number[] = [];
	const stKind: number[] = [];
	const stNext: number[] = [];
	const addStatus = (p: number, u: number, kind: number) => {
		stUnit.push(u);
		stKind.push(kind);
		stNext.push(stHead[p]);
		stHead[p] = stUnit.length - 1;
	};
	for (let k = 0; k < collinearPairs.length; k += 2) {
		const e = collinearPairs[k];
		const f = collinearPairs[k + 1];
		for (let i = pieceStart[e]; i < pieceStart[e + 1]; i++)
			for (let j = pieceStart[f]; j < pieceStart[f + 1]; j++) {
				if (px0[i] === px0[j] && py0[i] === py0[j] && px1[i] === px1[j] && py1[i] === py1[j]) {
					addStatus(i, eOwner[f], SAME);
					addStatus(j, eOwner[e], SAME);
				} else if (px0[i] === px1[j] && py0[i] === py1[j] && px1[i] === px0[j] && py1[i] === py0[j]) {
					addStatus(i, eOwner[f], OPPOSITE);
					addStatus(j, eOwner[e], OPPOSITE);
				}
			}
	}
	// Inside tests at piece midpoints, against the units whose box contains the midpoint.
	const index = new Flatbush(Math.max(1, geoms.length));
	for (const b of unitBox) index.add(b[0], b[1], b[2], b[3]);
	if (!geoms.length) index.add(0, 0, 0, 0);
	index.finish();
	for (let p = 0; p < nP; p++) {
		const mx = (px0[p] + px1[p]) / 2;
		const my = (py0[p] + py1[p]) / 2;
		const owner = pOwner[p];
		for (const u of index.search(mx, my, mx, my)) {
			if (u === owner) continue;
			let known = false;
			for (let s = stHead[p]; s >= 0; s = stNext[s]) if (stUnit[s] === u) known = true;
			if (known) continue;
			if (pointInRings(mx, my, unitRings[u])) addStatus(p, u, INSIDE);
		}
	}

	const DEGR = Math.PI / 180;
	const q0 = authalicQ(lat0 * DEGR);
	return {
		nUnits: geoms.length,
		px0: Float64Array.from(px0),
		py0: Float64Array.from(py0),
		px1: Float64Array.from(px1),
		py1: Float64Array.from(py1),
		pOwner: Int32Array.from(pOwner),
		nPieces: nP,
		stHead,
		stUnit: Int32Array.from(stUnit),
		stKind: Int8Array.from(stKind),
		stNext: Int32Array.from(stNext),
		toLonLat: (x, y) => [lon0 + x / S, lat0 + y / S],
		toEqualArea: (x, y) => [WGS84_A * (x / S) * DEGR, (WGS84_A * (authalicQ((lat0 + y / S) * DEGR) - q0)) / 2]
	};
}

/** Even-odd point-in-polygon over all rings of a unit (flattened x,y). */
function pointInRings(x: number, y: number, rings: Float64Array[]): boolean {
	let inside = false;
	for (const r of rings) {
		const n = r.length / 2;
		for (let i = 0, j = n - 1; i < n; j = i++) {
			const xi = r[2 * i];
			const yi = r[2 * i + 1];
			const xj = r[2 * j];
			const yj = r[2 * j + 1];
			if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
		}
	}
	return inside;
}

/** Status of piece p with respect to unit u: 0 (outside), INSIDE, SAME or OPPOSITE. */
export function statusOf(o: Overlay, p: number, u: number): number {
	for (let s = o.stHead[p]; s >= 0; s = o.stNext[s]) if (o.stUnit[s] === u) return o.stKind[s];
	return 0;
}

/** Twice the signed equal-area contribution (m²) of a directed piece (reverse = walk it backwards). */
export function greenTerm(o: Overlay, p: number, reverse: boolean): number {
	const [ax, ay] = o.toEqualArea(o.px0[p], o.py0[p]);
	const [bx, by] = o.toEqualArea(o.px1[p], o.py1[p]);
	return reverse ? bx * ay - ax * by : ax * by - bx * ay;
}

/**
 * Chain directed pieces into closed rings (lon/lat). At a vertex with several ways on, take the sharpest right
 * turn so that rings touching at a point come out separately. Pieces that do not close are dropped.
 */
export function chainRings(
	o: Overlay,
	pieces: { p: number; reverse: boolean }[]
): { ring: Position[]; owners: Set<number> }[] {
	const key = (x: number, y: number) => `${x},${y}`;
	const ends = (k: number): [number, number, number, number] => {
		const { p, reverse } = pieces[k];
		return reverse ? [o.px1[p], o.py1[p], o.px0[p], o.py0[p]] : [o.px0[p], o.py0[p], o.px1[p], o.py1[p]];
	};
	const from = new Map<string, number[]>();
	pieces.forEach((_, k) => {
		const [x0, y0] = ends(k);
		const kk = key(x0, y0);
		const list = from.get(kk);
		if (list) list.push(k);
		else from.set(kk, [k]);
	});
	const used = new Uint8Array(pieces.length);
	const out: { ring: Position[]; owners: Set<number> }[] = [];
	for (let k0 = 0; k0 < pieces.length; k0++) {
		if (used[k0]) continue;
		const [sx, sy] = ends(k0);
		const coords: Position[] = [o.toLonLat(sx, sy)];
		const owners = new Set<number>();
		let k = k0;
		let closed = false;
		for (let guard = 0; guard <= pieces.length; guard++) {
			used[k] = 1;
			owners.add(o.pOwner[pieces[k].p]);
			const [x0, y0, x1, y1] = ends(k);
			coords.push(o.toLonLat(x1, y1));
			if (x1 === sx && y1 === sy) {
				closed = true;
				break;
			}
			const next = (from.get(key(x1, y1)) ?? []).filter((c) => !used[c]);
			if (!next.length) break;
			let best = next[0];
			if (next.length > 1) {
				const dx = x1 - x0;
				const dy = y1 - y0;
				let bestTurn = Infinity;
				for (const c of next) {
					const [cx0, cy0, cx1, cy1] = ends(c);
					const ux = cx1 - cx0;
					const uy = cy1 - cy0;
					const turn = Math.atan2(dx * uy - dy * ux, dx * ux + dy * uy); // + left, − right
					if (turn < bestTurn) {
						bestTurn = turn;
						best = c;
					}
				}
			}
			k = best;
		}
		if (closed && coords.length >= 4) out.push({ ring: coords, owners });
	}
	return out;
}

/** Signed area (m², + counter-clockwise) of a lon/lat ring on the ellipsoid. */
export function signedRingAreaM2(ring: Position[]): number {
	const a = areaM2({ type: 'Polygon', coordinates: [ring] });
	let s = 0;
	for (let i = 1; i < ring.length; i++)
		s +=
			(ring[i - 1][0] - ring[0][0]) * (ring[i][1] - ring[0][1]) -
			(ring[i][0] - ring[0][0]) * (ring[i - 1][1] - ring[0][1]);
	return s >= 0 ? a : -a;
}

/** Label point of the largest ring with positive orientation among chained rings (or of the largest ring). */
export function largestRingLabel(rings: { ring: Position[] }[]): [number, number] | undefined {
	let best: Position[] | null = null;
	let bestArea = -Infinity;
	for (const { ring } of rings) {
		const a = signedRingAreaM2(ring);
		if (a > bestArea) {
			bestArea = a;
			best = ring;
		}
	}
	return best ? safeLabel({ type: 'Polygon', coordinates: [best] }) : undefined;
}
