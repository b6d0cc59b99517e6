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

/**
 * Segment records, STRIDE numbers per segment in one Float64Array: x1, y1, x2, y2 (m, equirectangular frame),
 * projected length (m), unit index. All the pair scan reads about a segment then lies in one or two cache lines
 * (with one array per field, each candidate costs one cache miss per field: the segments of the neighbouring unit
 * are far away in the arrays).
 */
const STRIDE = 6;
const DEG = Math.PI / 180;

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
	const unitOf = new Int32Array(units.length);
	for (let ui = 0; ui < units.length; ui++) {
		const code = units[ui].code;
		let i = codeIndex.get(code);
		if (i === undefined) {
			i = codes.length;
			codeIndex.set(code, i);
			codes.push(code);
		}
		unitOf[ui] = i;
	}

	// Capacity: at most one segment per vertex (incl. the closing one); counting needs the ring sizes only.
	let nVert = 0;
	for (const u of units) for (const poly of polygonsOf(u.geometry)) for (const ring of poly) nVert += ring.length;
	const seg = new Float64Array(STRIDE * (nVert + 1));
	// One pass over the input geometry: raw lon/lat of each segment into the records, and the mean position of the
	// (finite) vertices, which fixes the metric frame; then the records are projected and compacted in place.
	const sums = new Float64Array(3); // finite vertices, Σ lon, Σ lat
	const nRaw = readSegments(units, unitOf, seg, sums);
	const lon0 = sums[0] ? sums[1] / sums[0] : 0;
	const lat0 = sums[0] ? sums[2] / sums[0] : 0;
	const k0 = metresPerDegree(lat0);
	const cos0 = Math.cos(lat0 * DEG);
	const bounds = new Float64Array(5); // minX, minY, maxX, maxY, Σ length
	const nSeg = projectSegments(seg, nRaw, lon0, lat0, k0.x, k0.y, bounds);

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
	const half = tol / 2;
	const minX = bounds[0] - (half + 1);
	const minY = bounds[1] - (half + 1);
	const W = bounds[2] + (half + 1) - minX;
	const H = bounds[3] + (half + 1) - minY;
	let cell = Math.max(2 * tol, bounds[4] / nSeg);
	while ((W / cell + 1) * (H / cell + 1) > 4 * nSeg + 4096) cell *= 1.5;
	stats.cellSizeM = cell;
	const gx = Math.floor(W / cell) + 1;
	const gy = Math.floor(H / cell) + 1;
	const inv = 1 / cell;
	const cellStart = new Int32Array(gx * gy + 1);
	const cellItems = buildGrid(seg, nSeg, half, minX, minY, inv, gx, cellStart);

	// Per segment: the pieces within the tolerance of other units, each given to the nearest unit; summed into
	// directed lengths (unit → other unit, m), one record per unit and neighbour.
	const from: number[] = [];
	const to: number[] = [];
	const metres: number[] = [];
	stats.candidatePairs = scanSegments(
		seg, nSeg, cellStart, cellItems, gx, minX, minY, inv, half, tol, cosMax, lat0, k0.y, cos0, codes.length,
		from, to, metres
	);

	// Directed lengths → unit pairs.
	const nUnits = codes.length;
	const pairIndex = new Map<number, number>();
	const pairLow: number[] = []; // unit index, lower
	const pairHigh: number[] = [];
	const lenLowToHigh: number[] = []; // m of the lower unit's boundary nearest to the higher unit
	const lenHighToLow: number[] = [];
	for (let r = 0; r < from.length; r++) {
		const us = from[r];
		const u = to[r];
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
		if (us === lo) lenLowToHigh[pi] += metres[r];
		else lenHighToLow[pi] += metres[r];
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
 * Raw lon/lat of every boundary segment (outer rings and holes; a ring's closing segment is added when the ring
 * is not closed) into the records, with the unit index; `sums` gets the count, Σ lon and Σ lat of the finite
 * vertices (closing vertices included). Returns the number of records written.
 */
function readSegments(units: AdjacencyUnit[], unitOf: Int32Array, seg: Float64Array, sums: Float64Array): number {
	let nFinite = 0;
	let lonSum = 0;
	let latSum = 0;
	let o = 0;
	for (let ui = 0; ui < units.length; ui++) {
		const unit = unitOf[ui];
		for (const poly of polygonsOf(units[ui].geometry))
			for (const ring of poly) {
				const n = ring.length;
				if (n === 0) continue;
				const first = ring[0];
				const lastP = ring[n - 1];
				const last = n < 2 ? 0 : first[0] === lastP[0] && first[1] === lastP[1] ? n - 1 : n; // segments
				let px = first[0];
				let py = first[1];
				for (let i = 0; i < n; i++) {
					// px, py: ring[i]
					if (Number.isFinite(px) && Number.isFinite(py)) {
						nFinite++;
						lonSum += px;
						latSum += py;
					}
					const q = ring[i + 1 < n ? i + 1 : 0];
					const qx = q[0];
					const qy = q[1];
					if (i < last) {
						seg[o] = px;
						seg[o + 1] = py;
						seg[o + 2] = qx;
						seg[o + 3] = qy;
						seg[o + 5] = unit;
						o += STRIDE;
					}
					px = qx;
					py = qy;
				}
			}
	}
	sums[0] = nFinite;
	sums[1] = lonSum;
	sums[2] = latSum;
	return o / STRIDE;
}

/**
 * Projects the raw records to metres in place (x = (lon − lon0)·kx, y = (lat − lat0)·ky), drops segments of no
 * length (duplicate points, non-finite coordinates) and compacts. `bounds` gets minX, minY, maxX, maxY and the
 * total projected length. Returns the number of segments kept.
 */
function projectSegments(
	seg: Float64Array,
	nRaw: number,
	lon0: number,
	lat0: number,
	kx: number,
	ky: number,
	bounds: Float64Array
): number {
	let minX = Infinity;
	let minY = Infinity;
	let maxX = -Infinity;
	let maxY = -Infinity;
	let lenSum = 0;
	let w = 0;
	for (let r = 0; r < nRaw * STRIDE; r += STRIDE) {
		const x1 = (seg[r] - lon0) * kx;
		const y1 = (seg[r + 1] - lat0) * ky;
		const x2 = (seg[r + 2] - lon0) * kx;
		const y2 = (seg[r + 3] - lat0) * ky;
		const len = Math.sqrt((x2 - x1) * (x2 - x1) + (y2 - y1) * (y2 - y1)); // (Math.hypot is slow)
		if (!(len > 1e-9)) continue; // duplicate point or NaN
		const unit = seg[r + 5];
		seg[w] = x1;
		seg[w + 1] = y1;
		seg[w + 2] = x2;
		seg[w + 3] = y2;
		seg[w + 4] = len;
		seg[w + 5] = unit;
		w += STRIDE;
		lenSum += len;
		if (x1 < minX) minX = x1;
		if (x1 > maxX) maxX = x1;
		if (y1 < minY) minY = y1;
		if (y1 > maxY) maxY = y1;
		if (x2 < minX) minX = x2;
		if (x2 > maxX) maxX = x2;
		if (y2 < minY) minY = y2;
		if (y2 > maxY) maxY = y2;
	}
	bounds[0] = minX;
	bounds[1] = minY;
	bounds[2] = maxX;
	bounds[3] = maxY;
	bounds[4] = lenSum;
	return w / STRIDE;
}

/**
 * Counting sort of the segments into the cells their boxes (grown by `half`) touch: `cellStart` (zeroed, one more
 * than the cells) gets each cell's start in the returned item array, items in segment order within a cell.
 */
function buildGrid(
	seg: Float64Array,
	nSeg: number,
	half: number,
	minX: number,
	minY: number,
	inv: number,
	gx: number,
	cellStart: Int32Array
): Int32Array {
	const nCells = cellStart.length - 1;
	for (let o = 0; o < nSeg * STRIDE; o += STRIDE) {
		const x1 = seg[o];
		const y1 = seg[o + 1];
		const x2 = seg[o + 2];
		const y2 = seg[o + 3];
		const i0 = (((x1 < x2 ? x1 : x2) - half - minX) * inv) | 0;
		const i1 = (((x1 < x2 ? x2 : x1) + half - minX) * inv) | 0;
		const j0 = (((y1 < y2 ? y1 : y2) - half - minY) * inv) | 0;
		const j1 = (((y1 < y2 ? y2 : y1) + half - minY) * inv) | 0;
		for (let j = j0; j <= j1; j++) for (let i = i0; i <= i1; i++) cellStart[j * gx + i]++;
	}
	for (let c = 1; c < nCells; c++) cellStart[c] += cellStart[c - 1]; // now: end of each cell
	const cellItems = new Int32Array(cellStart[nCells - 1]);
	cellStart[nCells] = cellItems.length;
	for (let s = nSeg - 1; s >= 0; s--) {
		// filling backwards from each cell's end leaves cellStart[c] at the cell's start, items in segment order
		const o = s * STRIDE;
		const x1 = seg[o];
		const y1 = seg[o + 1];
		const x2 = seg[o + 2];
		const y2 = seg[o + 3];
		const i0 = (((x1 < x2 ? x1 : x2) - half - minX) * inv) | 0;
		const i1 = (((x1 < x2 ? x2 : x1) + half - minX) * inv) | 0;
		const j0 = (((y1 < y2 ? y1 : y2) - half - minY) * inv) | 0;
		const j1 = (((y1 < y2 ? y2 : y1) + half - minY) * inv) | 0;
		for (let j = j0; j <= j1; j++) for (let i = i0; i <= i1; i++) cellItems[--cellStart[j * gx + i]] = s;
	}
	return cellItems;
}

/**
 * The pair scan and the attribution, one segment s at a time (in segment order: a unit's segments are contiguous,
 * and the neighbours' segments along a shared border are met in order, so memory is read nearly sequentially):
 *  - candidates t: segments of other units in the cells of s's grown box whose grown box meets s's; a pair is
 *    taken only in the cell holding the lower-left corner of the intersection of the two boxes (so once from each
 *    side), and only when within maxAngle of parallel;
 *  - for each, the interval of s's parameter t ∈ [0,1] whose points lie in t's strip (0 ≤ along ≤ |t|,
 *    |across| ≤ tol; Liang–Barsky), with the signed distance across t as a + b·t;
 *  - the intervals are attributed to the nearest unit (one unit: the union of its intervals) and the lengths,
 *    corrected for the segment's own latitude, summed per unit and neighbour; when the unit changes, one record
 *    (from, to, metres) per neighbour is appended.
 * Returns the number of segment pairs that reached the interval test (each pair counted once).
 */
function scanSegments(
	seg: Float64Array,
	nSeg: number,
	cellStart: Int32Array,
	cellItems: Int32Array,
	gx: number,
	minX: number,
	minY: number,
	inv: number,
	half: number,
	tol: number,
	cosMax: number,
	lat0: number,
	ky: number,
	cos0: number,
	nUnits: number,
	from: number[],
	to: number[],
	metres: number[]
): number {
	const acc = new Float64Array(nUnits); // m of the current unit's boundary given to each other unit
	const touched = new Int32Array(nUnits); // units with acc > 0
	let nTouched = 0;
	let cur = -1; // current unit
	// Scratch for one segment's intervals: unit, [lo, hi], across-distance a + b·t.
	let cap = 64;
	let eU = new Int32Array(cap);
	let eLo = new Float64Array(cap);
	let eHi = new Float64Array(cap);
	let eA = new Float64Array(cap);
	let eB = new Float64Array(cap);
	let cuts = new Float64Array(cap * cap + 2 * cap);
	let candidates = 0;
	for (let s = 0; s < nSeg; s++) {
		const o = s * STRIDE;
		const us = seg[o + 5];
		if (us !== cur) {
			for (let i = 0; i < nTouched; i++) {
				const u = touched[i];
				from.push(cur);
				to.push(u);
				metres.push(acc[u]);
				acc[u] = 0;
			}
			nTouched = 0;
			cur = us;
		}
		const x1 = seg[o];
		const y1 = seg[o + 1];
		const x2 = seg[o + 2];
		const y2 = seg[o + 3];
		const ls = seg[o + 4];
		const dxs = x2 - x1;
		const dys = y2 - y1;
		const sx0 = (x1 < x2 ? x1 : x2) - half;
		const sx1 = (x1 < x2 ? x2 : x1) + half;
		const sy0 = (y1 < y2 ? y1 : y2) - half;
		const sy1 = (y1 < y2 ? y2 : y1) + half;
		const i0 = ((sx0 - minX) * inv) | 0;
		const i1 = ((sx1 - minX) * inv) | 0;
		const j0 = ((sy0 - minY) * inv) | 0;
		const j1 = ((sy1 - minY) * inv) | 0;
		let n = 0;
		for (let j = j0; j <= j1; j++) {
			for (let i = i0; i <= i1; i++) {
				const c = j * gx + i;
				const end = cellStart[c + 1];
				for (let k = cellStart[c]; k < end; k++) {
					const t = cellItems[k];
					const ot = t * STRIDE;
					const ut = seg[ot + 5];
					if (ut === us) continue;
					const tx1 = seg[ot];
					const tx2 = seg[ot + 2];
					// grown boxes overlap?
					const bx0 = (tx1 < tx2 ? tx1 : tx2) - half;
					if (bx0 > sx1) continue;
					if (sx0 > (tx1 < tx2 ? tx2 : tx1) + half) continue;
					const ty1 = seg[ot + 1];
					const ty2 = seg[ot + 3];
					const by0 = (ty1 < ty2 ? ty1 : ty2) - half;
					if (by0 > sy1) continue;
					if (sy0 > (ty1 < ty2 ? ty2 : ty1) + half) continue;
					// take the pair only in the cell of the lower-left corner of the boxes' intersection
					if (((((sx0 > bx0 ? sx0 : bx0) - minX) * inv) | 0) !== i) continue;
					if (((((sy0 > by0 ? sy0 : by0) - minY) * inv) | 0) !== j) continue;
					// near-parallel? (lengths multiplied in segment order: the same test from both sides)
					const lt = seg[ot + 4];
					const dxt = tx2 - tx1;
					const dyt = ty2 - ty1;
					const dot = dxs * dxt + dys * dyt;
					if ((dot < 0 ? -dot : dot) < (s < t ? cosMax * ls * lt : cosMax * lt * ls)) continue;
					if (s < t) candidates++;
					// Interval of s in t's strip. Along t: a + b·τ ∈ [0, |t|]; b ≠ 0 (near-parallel).
					const ex = dxt / lt;
					const ey = dyt / lt;
					const rx = x1 - tx1;
					const ry = y1 - ty1;
					let lo = 0;
					let hi = 1;
					let a = rx * ex + ry * ey;
					let b = dxs * ex + dys * ey;
					let r1 = -a / b;
					let r2 = (lt - a) / b;
					if (b < 0) {
						const tmp = r1;
						r1 = r2;
						r2 = tmp;
					}
					if (r1 > lo) lo = r1;
					if (r2 < hi) hi = r2;
					if (hi <= lo) continue;
					// across t: a + b·τ ∈ [-tol, tol]
					a = rx * -ey + ry * ex;
					b = dxs * -ey + dys * ex;
					if (b > -1e-12 && b < 1e-12) {
						if (a < -tol || a > tol) continue;
					} else {
						r1 = (-tol - a) / b;
						r2 = (tol - a) / b;
						if (b < 0) {
							const tmp = r1;
							r1 = r2;
							r2 = tmp;
						}
						if (r1 > lo) lo = r1;
						if (r2 < hi) hi = r2;
						if (hi <= lo) continue;
					}
					if (hi - lo < 1e-9) continue; // a touching end point, no length
					if (n === cap) {
						cap *= 2;
						const gu = new Int32Array(cap);
						gu.set(eU);
						eU = gu;
						eLo = growF64(eLo, cap);
						eHi = growF64(eHi, cap);
						eA = growF64(eA, cap);
						eB = growF64(eB, cap);
						cuts = new Float64Array(cap * cap + 2 * cap);
					}
					eU[n] = ut;
					eLo[n] = lo;
					eHi[n] = hi;
					eA[n] = a;
					eB[n] = b;
					n++;
				}
			}
		}
		if (n === 0) continue;

		// True length: east-west metres scale with cos(latitude of the segment) rather than cos(lat0).
		const latMid = lat0 + (y1 + y2) / 2 / ky;
		const dxc = (dxs * Math.cos(latMid * DEG)) / cos0;
		const len = Math.sqrt(dxc * dxc + dys * dys);
		const u0 = eU[0];
		let single = true;
		for (let i = 1; i < n; i++)
			if (eU[i] !== u0) {
				single = false;
				break;
			}
		if (single) {
			// One neighbouring unit (the common case): length of the union of its intervals.
			let covered: number;
			if (n === 1) covered = eHi[0] - eLo[0];
			else {
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
				covered = 0;
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
			}
			if (acc[u0] === 0) touched[nTouched++] = u0;
			acc[u0] += covered * len;
			continue;
		}
		// Several units: split [0,1] where an interval starts/ends or two distance functions |a+bt| cross, and give
		// each piece to the unit nearest at its midpoint (ties: the lower unit index, so the result does not depend
		// on the order the candidates were met).
		let nc = 0;
		for (let i = 0; i < n; i++) {
			cuts[nc++] = eLo[i];
			cuts[nc++] = eHi[i];
			for (let j = i + 1; j < n; j++) {
				if (eU[i] === eU[j]) continue;
				let d = eB[i] - eB[j];
				if (d !== 0) {
					const tc = (eA[j] - eA[i]) / d;
					if (tc > 0 && tc < 1) cuts[nc++] = tc;
				}
				d = eB[i] + eB[j];
				if (d !== 0) {
					const tc = -(eA[i] + eA[j]) / d;
					if (tc > 0 && tc < 1) cuts[nc++] = tc;
				}
			}
		}
		const sorted = cuts.subarray(0, nc).sort();
		for (let c = 1; c < nc; c++) {
			const ta = sorted[c - 1];
			const tb = sorted[c];
			if (tb - ta < 1e-12) continue;
			const tm = (ta + tb) / 2;
			let best = -1;
			let bestD = Infinity;
			for (let i = 0; i < n; i++) {
				if (tm < eLo[i] || tm > eHi[i]) continue;
				const v = eA[i] + eB[i] * tm;
				const d = v < 0 ? -v : v;
				if (d < bestD || (d === bestD && eU[i] < eU[best])) {
					bestD = d;
					best = i;
				}
			}
			if (best >= 0) {
				const u = eU[best];
				if (acc[u] === 0) touched[nTouched++] = u;
				acc[u] += (tb - ta) * len;
			}
		}
	}
	for (let i = 0; i < nTouched; i++) {
		const u = touched[i];
		from.push(cur);
		to.push(u);
		metres.push(acc[u]);
	}
	return candidates;
}

function growF64(a: Float64Array<ArrayBuffer>, cap: number): Float64Array<ArrayBuffer> {
	const out = new Float64Array(cap);
	out.set(a);
	return out;
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
