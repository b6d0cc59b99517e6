/**
 * Adjacency of administrative units with shared-border length.
 *
 * Merging is only legal between neighbours, and real boundary data is not topological: neighbours are digitised
 * (or simplified) separately, so they do not share vertices, they overlap in thin slivers and leave small gaps
 * (Lâm Đồng: coordinates at 4 decimals ≈ 11 m, gaps and slivers up to ~10 m wide). Exact predicates
 * (`booleanIntersects`, `booleanTouches`) therefore both miss neighbours across a gap and count corner contacts
 * and sliver crossings as neighbours. Here two units are neighbours when a positive LENGTH of A's boundary runs
 * within a tolerance of B's boundary, roughly parallel to it; a point contact contributes (almost) no length.
 *
 * Method (no Turf in the hot loop):
 *  1. project every vertex to metres with an equirectangular frame at the data's mean latitude (x scale error
 *     ≈ |Δφ|·tanφ: < 1 % within 2° of the mean latitude, i.e. < 0.3 m on a 30 m tolerance; ~3 % at the ends of
 *     Vietnam for a country-wide layer); each segment's length is corrected with its own latitude, so the shared
 *     lengths in km stay accurate;
 *  2. put every boundary segment (outer rings and holes) into a uniform grid, bbox grown by tolerance/2 (two
 *     segments within the tolerance then share a cell); each candidate pair is handled once, in the cell holding
 *     the lower-left corner of the intersection of their grown boxes;
 *  3. for a pair of segments from different units that are within 45° of parallel, the part of segment P that
 *     lies within the tolerance of segment Q AND projects perpendicularly inside Q is an interval of P's
 *     parameter (Liang–Barsky clip against Q's "strip"); likewise Q on P;
 *  4. each piece of a segment is attributed to the NEAREST other unit within the tolerance (the intervals of one
 *     unit are merged, so a segment running past two segments of B is not counted twice); where a third unit C
 *     lies on A's line, A's boundary goes to C, not to a B a few metres further: this removes the "wedge" contacts
 *     of units that meet at a point with a narrow unit between them. Summing gives len(A→B) and len(B→A);
 *  5. sharedKm = min(len(A→B), len(B→A)): a spike of A that runs along B and back is counted once.
 * Because only near-parallel, perpendicularly-overlapping pieces count, a clean corner contact measures 0 and the
 * 3×3 grid of 1 km squares measures exactly 1.000 km per rook edge. What remains of false contacts (wedge-shaped
 * GAPS meeting at a point, spikes poking across a neighbour, jittered four-way corners: up to ~1.3 × tolerance
 * on synthetic data, 49–98 m on Lâm Đồng) stays below `minSharedM` or is flagged `doubtful` for a human to decide.
 */
import type { MultiPolygon, Polygon } from 'geojson';
import { booleanIntersects } from '@turf/turf';
import { metresPerDegree, polygonsOf } from './measures';

/** A unit for adjacency: its code and its geometry (WGS84 lon/lat). */
export interface AdjacencyUnit {
	code: string;
	geometry: Polygon | MultiPolygon;
}

/** A neighbour pair, a < b (string order), with the length of their common border in km. */
export interface AdjacencyEdge {
	a: string;
	b: string;
	sharedKm: number; // km; 0 for a manual edge without a computed border
	doubtful: boolean; // short border relative to the tolerance: may be a corner contact or a data artefact
	note?: string;
	source?: 'computed' | 'manual';
}

export interface AdjacencyOptions {
	/**
	 * Distance (m) within which two boundaries count as the same line. Default 30 m: coordinates are rounded to
	 * 11 m (4 decimals) and simplification leaves gaps/slivers up to ~10 m wide, so two copies of one border can be
	 * 2 × 11 + 10 ≈ 30 m apart; a larger value would start to bridge wedges between non-neighbours.
	 */
	toleranceM?: number;
	/**
	 * Minimum shared length (m) for an edge. Default 1.5 × toleranceM (45 m): at a four-way corner whose two copies
	 * are jittered by the 11 m rounding, diagonal units pick up to ~1.3 × tolerance of spurious near-parallel
	 * contact (measured on a jittered 10,000-unit grid); below that nothing is measurable anyway.
	 */
	minSharedM?: number;
	/** Edges shorter than this (m) are flagged doubtful. Default 5 × toleranceM (150 m). */
	doubtfulBelowM?: number;
	/** Segments more than this angle (degrees) from parallel never share border. Default 45°. */
	maxAngleDeg?: number;
}

export interface AdjacencyStats {
	units: number;
	segments: number;
	cellSizeM: number; // grid cell size, m
	candidatePairs: number; // segment pairs that reached the interval test
	edges: number;
	doubtful: number;
	/** Unit pairs within the tolerance whose shared length stayed below minSharedM (corner contacts, wedges). */
	belowMinShared: number;
	toleranceM: number;
	minSharedM: number;
	doubtfulBelowM: number;
	ms: number; // wall time, ms
}

export interface AdjacencyResult {
	edges: AdjacencyEdge[];
	stats: AdjacencyStats;
	/** Every unit pair with some length within the tolerance (including those below minSharedM), m, a < b. */
	contacts: { a: string; b: string; sharedM: number; aToBM: number; bToAM: number }[];
}

const now = () => (typeof performance !== 'undefined' ? performance.now() : Date.now());

/** Neighbour pairs with shared-border length, robust to gaps, slivers and unshared vertices (see module doc). */
export function computeAdjacency(units: AdjacencyUnit[], opts: AdjacencyOptions = {}): AdjacencyResult {
	const t0 = now();
	const tol = opts.toleranceM ?? 30;
	const minShared = opts.minSharedM ?? 1.5 * tol;
	const doubtfulBelow = opts.doubtfulBelowM ?? 5 * tol;
	const cosMax = Math.cos(((opts.maxAngleDeg ?? 45) * Math.PI) / 180);

	// Unit index by code (a code given twice is one unit).
	const codeIndex = new Map<string, number>();
	const codes: string[] = [];
	const unitOf: number[] = [];
	for (const u of units) {
		let i = codeIndex.get(u.code);
		if (i === undefined) {
			i = codes.length;
			codeIndex.set(u.code, i);
			codes.push(u.code);
		}
		unitOf.push(i);
	}

	// Pass 1: count vertices and the mean latitude (weighted by vertex).
	let nVert = 0;
	let nFinite = 0;
	let latSum = 0;
	let lonSum = 0;
	for (const u of units)
		for (const poly of polygonsOf(u.geometry))
			for (const ring of poly)
				for (const p of ring) {
					nVert++;
					if (!Number.isFinite(p[0]) || !Number.isFinite(p[1])) continue; // such segments are skipped below
					nFinite++;
					lonSum += p[0];
					latSum += p[1];
				}
	const lat0 = nFinite ? latSum / nFinite : 0;
	const lon0 = nFinite ? lonSum / nFinite : 0;
	const k0 = metresPerDegree(lat0);
	const cos0 = Math.cos((lat0 * Math.PI) / 180);
	const DEG = Math.PI / 180;

	// Pass 2: segments in metres. At most nVert segments (one per vertex incl. the closing one).
	const cap = nVert + 1;
	const ax = new Float64Array(cap);
	const ay = new Float64Array(cap);
	const bx = new Float64Array(cap);
	const by = new Float64Array(cap);
	const segUnit = new Int32Array(cap);
	const segLen = new Float64Array(cap); // projected length, m
	let nSeg = 0;
	let minX = Infinity;
	let minY = Infinity;
	let maxX = -Infinity;
	let maxY = -Infinity;
	for (let ui = 0; ui < units.length; ui++) {
		const unit = unitOf[ui];
		for (const poly of polygonsOf(units[ui].geometry))
			for (const ring of poly) {
				const n = ring.length;
				if (n < 2) continue;
				const closedRing = ring[0][0] === ring[n - 1][0] && ring[0][1] === ring[n - 1][1];
				const last = closedRing ? n - 1 : n;
				for (let i = 0; i < last; i++) {
					const p = ring[i];
					const q = ring[i + 1 < n ? i + 1 : 0];
					const x1 = (p[0] - lon0) * k0.x;
					const y1 = (p[1] - lat0) * k0.y;
					const x2 = (q[0] - lon0) * k0.x;
					const y2 = (q[1] - lat0) * k0.y;
					const len = Math.sqrt((x2 - x1) * (x2 - x1) + (y2 - y1) * (y2 - y1)); // (Math.hypot is slow)
					if (!(len > 1e-9)) continue; // duplicate point or NaN
					ax[nSeg] = x1;
					ay[nSeg] = y1;
					bx[nSeg] = x2;
					by[nSeg] = y2;
					segUnit[nSeg] = unit;
					segLen[nSeg] = len;
					if (x1 < minX) minX = x1;
					if (x1 > maxX) maxX = x1;
					if (y1 < minY) minY = y1;
					if (y1 > maxY) maxY = y1;
					if (x2 < minX) minX = x2;
					if (x2 > maxX) maxX = x2;
					if (y2 < minY) minY = y2;
					if (y2 > maxY) maxY = y2;
					nSeg++;
				}
			}
	}

	const stats: AdjacencyStats = {
		units: codes.length,
		segments: nSeg,
		cellSizeM: 0,
		candidatePairs: 0,
		edges: 0,
		doubtful: 0,
		belowMinShared: 0,
		toleranceM: tol,
		minSharedM: minShared,
		doubtfulBelowM: doubtfulBelow,
		ms: 0
	};
	if (nSeg === 0) {
		stats.ms = now() - t0;
		return { edges: [], stats, contacts: [] };
	}

	// Grid. Cell ≈ mean segment length (≥ 2 × tolerance) so a segment touches few cells and a cell holds few
	// segments; grown if the grid would get much larger than the segment count (sparse, country-wide data).
	let lenSum = 0;
	for (let s = 0; s < nSeg; s++) lenSum += segLen[s];
	const half = tol / 2;
	minX -= half + 1;
	minY -= half + 1;
	maxX += half + 1;
	maxY += half + 1;
	const W = maxX - minX;
	const H = maxY - minY;
	let cell = Math.max(2 * tol, lenSum / nSeg);
	while ((W / cell + 1) * (H / cell + 1) > 4 * nSeg + 4096) cell *= 1.5;
	stats.cellSizeM = cell;
	const gx = Math.floor(W / cell) + 1;
	const gy = Math.floor(H / cell) + 1;
	const inv = 1 / cell;

	// Counting sort of the segments into cells (by their boxes grown by tolerance/2). Boxes are recomputed from the
	// coordinates where needed rather than stored: fewer large arrays, fewer garbage collections of a heap that
	// holds the whole input geometry.
	const nCells = gx * gy;
	const cellStart = new Int32Array(nCells + 1);
	for (let s = 0; s < nSeg; s++) {
		const i0 = (((ax[s] < bx[s] ? ax[s] : bx[s]) - half - minX) * inv) | 0;
		const i1 = (((ax[s] < bx[s] ? bx[s] : ax[s]) + half - minX) * inv) | 0;
		const j0 = (((ay[s] < by[s] ? ay[s] : by[s]) - half - minY) * inv) | 0;
		const j1 = (((ay[s] < by[s] ? by[s] : ay[s]) + half - minY) * inv) | 0;
		for (let j = j0; j <= j1; j++) for (let i = i0; i <= i1; i++) cellStart[j * gx + i]++;
	}
	for (let c = 1; c <= nCells; c++) cellStart[c] += cellStart[c - 1]; // now: end of each cell
	const cellItems = new Int32Array(cellStart[nCells - 1]);
	cellStart[nCells] = cellItems.length;
	for (let s = nSeg - 1; s >= 0; s--) {
		// filling backwards from each cell's end leaves cellStart[c] at the cell's start, items in segment order
		const i0 = (((ax[s] < bx[s] ? ax[s] : bx[s]) - half - minX) * inv) | 0;
		const i1 = (((ax[s] < bx[s] ? bx[s] : ax[s]) + half - minX) * inv) | 0;
		const j0 = (((ay[s] < by[s] ? ay[s] : by[s]) - half - minY) * inv) | 0;
		const j1 = (((ay[s] < by[s] ? by[s] : ay[s]) + half - minY) * inv) | 0;
		for (let j = j0; j <= j1; j++) for (let i = i0; i <= i1; i++) cellItems[--cellStart[j * gx + i]] = s;
	}

	// Interval store: per segment a linked list of (other unit, t0, t1, across-distance a + b·t), growable.
	// Float32 is enough: t to 6e-8 of a segment (< 1 mm on a 10 km segment), across-distances to < 1 mm.
	let ivCap = Math.max(1024, 2 * nSeg);
	let ivUnit = new Int32Array(ivCap);
	let ivT0 = new Float32Array(ivCap);
	let ivT1 = new Float32Array(ivCap);
	let ivA = new Float32Array(ivCap);
	let ivB = new Float32Array(ivCap);
	let ivNext = new Int32Array(ivCap);
	let nIv = 0;
	const head = new Int32Array(nSeg).fill(-1);
	const grow = <T extends Float32Array | Int32Array>(arr: T): T => {
		const out = new (arr.constructor as { new (n: number): T })(ivCap);
		out.set(arr);
		return out;
	};
	const pushInterval = (seg: number, unit: number) => {
		if (clipHi - clipLo < 1e-9) return; // a touching end point, no length
		if (nIv === ivCap) {
			ivCap = Math.ceil(ivCap * 1.5);
			ivUnit = grow(ivUnit);
			ivT0 = grow(ivT0);
			ivT1 = grow(ivT1);
			ivA = grow(ivA);
			ivB = grow(ivB);
			ivNext = grow(ivNext);
		}
		ivUnit[nIv] = unit;
		ivT0[nIv] = clipLo;
		ivT1[nIv] = clipHi;
		ivA[nIv] = clipA;
		ivB[nIv] = clipB;
		ivNext[nIv] = head[seg];
		head[seg] = nIv++;
	};

	// Interval of segment p's parameter t ∈ [0,1] whose points lie in q's strip: 0 ≤ along ≤ |q|, |across| ≤ tol.
	// Returns false when empty; the interval is left in clipLo/clipHi and the signed distance across q (m) as a
	// function of t in clipA + clipB·t.
	let clipLo = 0;
	let clipHi = 1;
	let clipA = 0;
	let clipB = 0;
	const stripInterval = (p: number, q: number): boolean => {
		const ex = (bx[q] - ax[q]) / segLen[q];
		const ey = (by[q] - ay[q]) / segLen[q];
		const rx = ax[p] - ax[q];
		const ry = ay[p] - ay[q];
		const dx = bx[p] - ax[p];
		const dy = by[p] - ay[p];
		let lo = 0;
		let hi = 1;
		// along q: a + t·b ∈ [0, |q|]; b ≠ 0 because the segments are within 45° of parallel
		let a = rx * ex + ry * ey;
		let b = dx * ex + dy * ey;
		let r1 = -a / b;
		let r2 = (segLen[q] - a) / b;
		if (b < 0) {
			const t = r1;
			r1 = r2;
			r2 = t;
		}
		if (r1 > lo) lo = r1;
		if (r2 < hi) hi = r2;
		if (hi <= lo) return false;
		// across q: a + t·b ∈ [-tol, tol]
		a = rx * -ey + ry * ex;
		b = dx * -ey + dy * ex;
		if (b > -1e-12 && b < 1e-12) {
			if (a < -tol || a > tol) return false;
		} else {
			r1 = (-tol - a) / b;
			r2 = (tol - a) / b;
			if (b < 0) {
				const t = r1;
				r1 = r2;
				r2 = t;
			}
			if (r1 > lo) lo = r1;
			if (r2 < hi) hi = r2;
			if (hi <= lo) return false;
		}
		clipLo = lo;
		clipHi = hi;
		clipA = a;
		clipB = b;
		return true;
	};

	let candidates = 0;
	for (let c = 0; c < nCells; c++) {
		const start = cellStart[c];
		const end = cellStart[c + 1];
		if (end - start < 2) continue;
		const ci = c % gx;
		const cj = (c - ci) / gx;
		// Items are in segment order, so one unit's segments form runs: walking backwards, runEnd is the first
		// position after the current run and the inner loop skips same-unit pairs wholesale.
		let runEnd = end;
		for (let i = end - 2; i >= start; i--) {
			const s = cellItems[i];
			const us = segUnit[s];
			if (segUnit[cellItems[i + 1]] !== us) runEnd = i + 1;
			const sx0 = (ax[s] < bx[s] ? ax[s] : bx[s]) - half;
			const sx1 = (ax[s] < bx[s] ? bx[s] : ax[s]) + half;
			const sy0 = (ay[s] < by[s] ? ay[s] : by[s]) - half;
			const sy1 = (ay[s] < by[s] ? by[s] : ay[s]) + half;
			for (let k = runEnd; k < end; k++) {
				const t = cellItems[k];
				if (segUnit[t] === us) continue; // only when a unit's segments are not contiguous
				// grown boxes overlap?
				const tx0 = (ax[t] < bx[t] ? ax[t] : bx[t]) - half;
				if (tx0 > sx1) continue;
				const tx1 = (ax[t] < bx[t] ? bx[t] : ax[t]) + half;
				if (sx0 > tx1) continue;
				const ty0 = (ay[t] < by[t] ? ay[t] : by[t]) - half;
				if (ty0 > sy1) continue;
				const ty1 = (ay[t] < by[t] ? by[t] : ay[t]) + half;
				if (sy0 > ty1) continue;
				// handle the pair only in the cell of the lower-left corner of the boxes' intersection
				const refI = (((sx0 > tx0 ? sx0 : tx0) - minX) * inv) | 0;
				const refJ = (((sy0 > ty0 ? sy0 : ty0) - minY) * inv) | 0;
				if (refI !== ci || refJ !== cj) continue;
				// near-parallel?
				const dot = (bx[s] - ax[s]) * (bx[t] - ax[t]) + (by[s] - ay[s]) * (by[t] - ay[t]);
				if ((dot < 0 ? -dot : dot) < cosMax * segLen[s] * segLen[t]) continue;
				candidates++;
				if (stripInterval(s, t)) pushInterval(s, segUnit[t]);
				if (stripInterval(t, s)) pushInterval(t, us);
			}
		}
	}
	stats.candidatePairs = candidates;

	// Attribute each piece of each segment to the NEAREST other unit within the tolerance, and accumulate directed
	// lengths per unit pair. Nearest-attribution is what removes wedge contacts: where A and B meet at a point with
	// a narrow third unit C between them, A's boundary lies ON C's (distance 0) and only near B, so it goes to C.
	const nUnits = codes.length;
	const pairIndex = new Map<number, number>();
	const pairLow: number[] = []; // unit index, lower
	const pairHigh: number[] = [];
	const lenLowToHigh: number[] = []; // m of the lower unit's boundary nearest to the higher unit
	const lenHighToLow: number[] = [];
	const addLength = (us: number, u: number, m: number) => {
		const lo = us < u ? us : u;
		const hi = us < u ? u : us;
		const key = lo * nUnits + hi;
		let pi = pairIndex.get(key);
		if (pi === undefined) {
			pi = pairLow.length;
			pairIndex.set(key, pi);
			pairLow.push(lo);
			pairHigh.push(hi);
			lenLowToHigh.push(0);
			lenHighToLow.push(0);
		}
		if (us === lo) lenLowToHigh[pi] += m;
		else lenHighToLow[pi] += m;
	};
	// Scratch buffers (typed, reused: plain arrays reset with `length = 0` cost more than the geometry here).
	let eCap = 64;
	let eU = new Int32Array(eCap);
	let eLo = new Float64Array(eCap);
	let eHi = new Float64Array(eCap);
	let eA = new Float64Array(eCap);
	let eB = new Float64Array(eCap);
	let cuts = new Float64Array(eCap * eCap + 2 * eCap);
	for (let s = 0; s < nSeg; s++) {
		let iv = head[s];
		if (iv < 0) continue;
		const us = segUnit[s];
		// True length: east-west metres scale with cos(latitude of the segment) rather than cos(lat0).
		const latMid = lat0 + (ay[s] + by[s]) / 2 / k0.y;
		const dxc = ((bx[s] - ax[s]) * Math.cos(latMid * DEG)) / cos0;
		const dyc = by[s] - ay[s];
		const len = Math.sqrt(dxc * dxc + dyc * dyc);
		let n = 0;
		let single = true;
		for (; iv >= 0; iv = ivNext[iv]) {
			if (n === eCap) {
				eCap *= 2;
				const gi = new Int32Array(eCap);
				gi.set(eU);
				eU = gi;
				const g = (a: Float64Array) => {
					const o = new Float64Array(eCap);
					o.set(a);
					return o;
				};
				eLo = g(eLo);
				eHi = g(eHi);
				eA = g(eA);
				eB = g(eB);
				cuts = new Float64Array(eCap * eCap + 2 * eCap);
			}
			if (n && ivUnit[iv] !== eU[0]) single = false;
			eU[n] = ivUnit[iv];
			eLo[n] = ivT0[iv];
			eHi[n] = ivT1[iv];
			eA[n] = ivA[iv];
			eB[n] = ivB[iv];
			n++;
		}
		if (single) {
			// One neighbouring unit (the common case): length of the union of its intervals.
			if (n === 1) {
				addLength(us, eU[0], (eHi[0] - eLo[0]) * len);
				continue;
			}
			// sort by start (insertion sort: n is small), then merge
			for (let i = 1; i < n; i++) {
				const lo = eLo[i];
				const hi = eHi[i];
				let j = i;
				while (j > 0 && eLo[j - 1] > lo) {
					eLo[j] = eLo[j - 1];
					eHi[j] = eHi[j - 1];
					j--;
				}
				eLo[j] = lo;
				eHi[j] = hi;
			}
			let covered = 0;
			let curA = eLo[0];
			let curB = eHi[0];
			for (let i = 1; i < n; i++) {
				if (eLo[i] <= curB) {
					if (eHi[i] > curB) curB = eHi[i];
				} else {
					covered += curB - curA;
					curA = eLo[i];
					curB = eHi[i];
				}
			}
			covered += curB - curA;
			addLength(us, eU[0], covered * len);
			continue;
		}
		// Several units: split [0,1] where an interval starts/ends or two distance functions |a+bt| cross, and give
		// each piece to the unit nearest at its midpoint.
		let nc = 0;
		for (let i = 0; i < n; i++) {
			cuts[nc++] = eLo[i];
			cuts[nc++] = eHi[i];
			for (let j = i + 1; j < n; j++) {
				if (eU[i] === eU[j]) continue;
				let d = eB[i] - eB[j];
				if (d !== 0) {
					const t = (eA[j] - eA[i]) / d;
					if (t > 0 && t < 1) cuts[nc++] = t;
				}
				d = eB[i] + eB[j];
				if (d !== 0) {
					const t = -(eA[i] + eA[j]) / d;
					if (t > 0 && t < 1) cuts[nc++] = t;
				}
			}
		}
		const sorted = cuts.subarray(0, nc).sort();
		for (let c = 1; c < nc; c++) {
			const t0v = sorted[c - 1];
			const t1v = sorted[c];
			if (t1v - t0v < 1e-12) continue;
			const tm = (t0v + t1v) / 2;
			let best = -1;
			let bestD = Infinity;
			for (let i = 0; i < n; i++) {
				if (tm < eLo[i] || tm > eHi[i]) continue;
				const v = eA[i] + eB[i] * tm;
				const d = v < 0 ? -v : v;
				if (d < bestD) {
					bestD = d;
					best = i;
				}
			}
			if (best >= 0) addLength(us, eU[best], (t1v - t0v) * len);
		}
	}

	const edges: AdjacencyEdge[] = [];
	const contacts: AdjacencyResult['contacts'] = [];
	for (let pi = 0; pi < pairLow.length; pi++) {
		let a = codes[pairLow[pi]];
		let b = codes[pairHigh[pi]];
		let ab = lenLowToHigh[pi];
		let ba = lenHighToLow[pi];
		if (a > b) {
			[a, b] = [b, a];
			[ab, ba] = [ba, ab];
		}
		const shared = Math.min(ab, ba); // m
		contacts.push({ a, b, sharedM: shared, aToBM: ab, bToAM: ba });
		if (shared < minShared || shared <= 0) {
			stats.belowMinShared++;
			continue;
		}
		const edge: AdjacencyEdge = { a, b, sharedKm: shared / 1000, doubtful: false, source: 'computed' };
		if (shared < doubtfulBelow) {
			edge.doubtful = true;
			edge.note = `shared border ${Math.round(shared)} m < ${Math.round(doubtfulBelow)} m (${Math.round(
				doubtfulBelow / tol
			)} × tolerance): may be a corner contact or a data artefact; check on the map`;
		} else if (Math.max(ab, ba) > 3 * shared) {
			edge.note = `asymmetric border: ${Math.round(ab)} m of ${a} vs ${Math.round(ba)} m of ${b} within ${tol} m`;
		}
		edges.push(edge);
	}
	const byPair = (x: { a: string; b: string }, y: { a: string; b: string }) =>
		x.a < y.a ? -1 : x.a > y.a ? 1 : x.b < y.b ? -1 : x.b > y.b ? 1 : 0;
	edges.sort(byPair);
	contacts.sort(byPair);
	stats.edges = edges.length;
	stats.doubtful = edges.filter((e) => e.doubtful).length;
	stats.ms = now() - t0;
	return { edges, stats, contacts };
}

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

/** A stored manual decision on a pair: add (island, ferry link, exclave) or remove (computed edge is wrong). */
export interface ManualEdge {
	a: string;
	b: string;
	action: 'add' | 'remove';
	reason: string;
}

/**
 * Computed edges combined with manual ones: 'remove' drops the pair, 'add' adds it (or marks a computed edge as
 * confirmed, no longer doubtful). Later entries win over earlier ones for the same pair. Result sorted, a < b.
 */
export function mergeManualEdges(computed: AdjacencyEdge[], manual: ManualEdge[]): AdjacencyEdge[] {
	const key = (a: string, b: string) => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);
	const out = new Map<string, AdjacencyEdge>();
	for (const e of computed) out.set(key(e.a, e.b), e.a < e.b ? { ...e } : { ...e, a: e.b, b: e.a });
	for (const m of manual) {
		if (m.a === m.b) continue;
		const k = key(m.a, m.b);
		const [a, b] = m.a < m.b ? [m.a, m.b] : [m.b, m.a];
		if (m.action === 'remove') {
			out.delete(k);
			continue;
		}
		const existing = out.get(k);
		if (existing && existing.source !== 'manual') {
			// A computed border confirmed by hand: keep its length, drop the doubt.
			out.set(k, { ...existing, doubtful: false, note: `confirmed manually: ${m.reason}` });
		} else {
			out.set(k, { a, b, sharedKm: 0, doubtful: false, note: m.reason, source: 'manual' });
		}
	}
	return [...out.values()].sort((x, y) => (x.a < y.a ? -1 : x.a > y.a ? 1 : x.b < y.b ? -1 : x.b > y.b ? 1 : 0));
}
