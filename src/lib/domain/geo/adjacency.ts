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
 *     unit are merged, so a segment running past two segments of B is not counted twice; equally near units: the
 *     first code); where a third unit C lies on A's line, A's boundary goes to C, not to a B a few metres
 *     further: this removes the "wedge" contacts of units that meet at a point with a narrow unit between them.
 *     Summing gives len(A→B) and len(B→A);
 *  5. sharedKm = min(len(A→B), len(B→A)): a spike of A that runs along B and back is counted once.
 * Because only near-parallel, perpendicularly-overlapping pieces count, a clean corner contact measures 0 and the
 * 3×3 grid of 1 km squares measures exactly 1.000 km per rook edge. What remains of false contacts (wedge-shaped
 * GAPS meeting at a point, spikes poking across a neighbour, jittered four-way corners: up to ~1.3 × tolerance
 * on synthetic data, 49–98 m on Lâm Đồng) stays below `minSharedM` or is flagged `doubtful` for a human to decide.
 *
 * Implementation (10,000 messy communes, ~590k vertices: ~0.2 s, under half of the bbox + `booleanIntersects`
 * baseline): typed arrays only, no object per vertex, segment or candidate. The units are stored along a Hilbert
 * curve (each unit one block of vertices, neighbours close together in memory) and scanned segment by segment in
 * that order; each pair of segments is handled once, from the unit stored first, which walks only the later units'
 * items of each cell (cells sorted by segment) and keeps the other side's interval in a small recycled store until
 * its turn. Units are numbered in code order: the result does not depend on the order of the input.
 */
import type { MultiPolygon, Polygon } from 'geojson';
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
const DEG = Math.PI / 180;

/** Neighbour pairs with shared-border length, robust to gaps, slivers and unshared vertices (see module doc). */
export function computeAdjacency(units: AdjacencyUnit[], opts: AdjacencyOptions = {}): AdjacencyResult {
	const t0 = now();
	const tol = opts.toleranceM ?? 30;
	const minShared = opts.minSharedM ?? 1.5 * tol;
	const doubtfulBelow = opts.doubtfulBelowM ?? 5 * tol;
	const cosMax = Math.cos(((opts.maxAngleDeg ?? 45) * Math.PI) / 180);

	// Units numbered in code order (a code given twice is one unit): pairs then sort as numbers, and the result
	// does not depend on the order of the input.
	const unitOf = new Int32Array(units.length);
	const codes = numberUnits(units, unitOf);
	const nUnits = codes.length;

	// Vertices, interleaved x, y, ring after ring; vertex v starts segment v when segUnit[v] ≥ 0 (its unit), −1 at
	// the end of a ring and for a segment of no length. An open ring gets its first vertex again at the end.
	const cap = vertexCapacity(units);
	const xy = new Float64Array(2 * cap);
	const segUnit = new Int32Array(cap);
	const unitStart = new Int32Array(nUnits); // each unit's vertices are one block [unitStart, unitEnd)
	const unitEnd = new Int32Array(nUnits);
	const sums = new Float64Array(3); // finite vertices, Σ lon, Σ lat
	const nV = readVertices(units, spatialOrder(units, unitOf, nUnits), unitOf, xy, segUnit, unitStart, unitEnd, sums);
	// Metric frame at the mean position of the (finite) vertices.
	const lon0 = sums[0] ? sums[1] / sums[0] : 0;
	const lat0 = sums[0] ? sums[2] / sums[0] : 0;
	const k0 = metresPerDegree(lat0);
	const bounds = new Float64Array(6); // minX, minY, maxX, maxY, Σ length, segments
	projectVertices(xy, segUnit, nV, lon0, lat0, k0.x, k0.y, bounds);
	const nSeg = bounds[5];

	const stats: AdjacencyStats = {
		units: nUnits,
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
	// Cells are stored by tiles of 8 × 8 (cell (i, j) at ((j >> 3)·tx + (i >> 3))·64 + (j & 7)·8 + (i & 7)), so
	// that nearby cells are nearby in memory.
	const tiles = (c: number) => ((Math.floor(W / c) + 8) >> 3) * ((Math.floor(H / c) + 8) >> 3);
	let cell = Math.max(2 * tol, bounds[4] / nSeg);
	while (tiles(cell) * 64 > 4 * nSeg + 4096) cell *= 1.5;
	stats.cellSizeM = cell;
	const inv = 1 / cell;
	const tx = (Math.floor(W / cell) + 8) >> 3;
	const cellStart = new Int32Array(tiles(cell) * 64 + 1);
	const cellItems = buildGrid(xy, segUnit, nV, half, minX, minY, inv, tx, cellStart);

	// Per segment: the pieces within the tolerance of other units, each given to the nearest unit; summed into
	// directed lengths (unit → other unit, m), one record per unit and neighbour.
	const directed = new DirectedLengths(8 * nUnits);
	stats.candidatePairs = scanSegments(
		xy,
		segUnit,
		nV,
		unitEnd,
		cellStart,
		cellItems,
		tx,
		minX,
		minY,
		inv,
		half,
		tol,
		cosMax,
		lat0,
		k0.y,
		nUnits,
		directed
	);

	// Directed lengths → unit pairs, in code order.
	const edges: AdjacencyEdge[] = [];
	const contacts: AdjacencyResult['contacts'] = [];
	collectPairs(directed, codes, tol, minShared, doubtfulBelow, edges, contacts, stats);
	stats.edges = edges.length;
	stats.ms = now() - t0;
	return { edges, stats, contacts };
}

/** Numbers the units in code order (a code given twice is one unit): unitOf[i] for each entry; returns the codes. */
function numberUnits(units: AdjacencyUnit[], unitOf: Int32Array): string[] {
	const codes = [...new Set(units.map((u) => u.code))].sort();
	const codeIndex = new Map<string, number>();
	for (let i = 0; i < codes.length; i++) codeIndex.set(codes[i], i);
	for (let ui = 0; ui < units.length; ui++) unitOf[ui] = codeIndex.get(units[ui].code)!;
	return codes;
}

/** Number of vertices plus one per ring (room to close open rings). */
function vertexCapacity(units: AdjacencyUnit[]): number {
	let cap = 0;
	for (let ui = 0; ui < units.length; ui++) {
		const polys = polygonsOf(units[ui].geometry);
		for (let p = 0; p < polys.length; p++) {
			const poly = polys[p];
			for (let r = 0; r < poly.length; r++) cap += poly[r].length + 1;
		}
	}
	return cap;
}

/**
 * Unit pairs from the directed lengths (each unit's records are contiguous, one per neighbour): for each unit
 * lo in code order, its pairs (lo, hi > lo) with len(lo→hi) and len(hi→lo), sorted by hi; contacts for all,
 * edges for those with min ≥ minShared (doubtful below doubtfulBelow, noted when very asymmetric).
 */
function collectPairs(
	directed: DirectedLengths,
	codes: string[],
	tol: number,
	minShared: number,
	doubtfulBelow: number,
	edges: AdjacencyEdge[],
	contacts: AdjacencyResult['contacts'],
	stats: AdjacencyStats
): void {
	const nUnits = codes.length;
	const nRec = directed.n;
	const from = directed.from;
	const to = directed.to;
	const metres = directed.metres;
	// records by source (runs) and by target (counting sort)
	const outStart = new Int32Array(nUnits + 1);
	const inStart = new Int32Array(nUnits + 1);
	for (let r = 0; r < nRec; r++) {
		outStart[from[r] + 1]++;
		inStart[to[r] + 1]++;
	}
	for (let u = 0; u < nUnits; u++) {
		outStart[u + 1] += outStart[u];
		inStart[u + 1] += inStart[u];
	}
	const outRec = new Int32Array(nRec);
	const inRec = new Int32Array(nRec);
	const outFill = outStart.slice(0, nUnits);
	const inFill = inStart.slice(0, nUnits);
	for (let r = 0; r < nRec; r++) {
		outRec[outFill[from[r]]++] = r;
		inRec[inFill[to[r]]++] = r;
	}
	const ab = new Float64Array(nUnits); // for the current lo: len(lo → hi), len(hi → lo)
	const ba = new Float64Array(nUnits);
	const seen = new Uint8Array(nUnits);
	const his = new Int32Array(nUnits);
	for (let lo = 0; lo < nUnits; lo++) {
		let n = 0;
		for (let k = outStart[lo]; k < outStart[lo + 1]; k++) {
			const r = outRec[k];
			const hi = to[r];
			if (hi < lo) continue;
			if (!seen[hi]) {
				seen[hi] = 1;
				his[n++] = hi;
			}
			ab[hi] += metres[r];
		}
		for (let k = inStart[lo]; k < inStart[lo + 1]; k++) {
			const r = inRec[k];
			const hi = from[r];
			if (hi < lo) continue;
			if (!seen[hi]) {
				seen[hi] = 1;
				his[n++] = hi;
			}
			ba[hi] += metres[r];
		}
		// insertion sort of this unit's neighbours (a handful)
		for (let i = 1; i < n; i++) {
			const v = his[i];
			let j = i;
			while (j > 0 && his[j - 1] > v) {
				his[j] = his[j - 1];
				j--;
			}
			his[j] = v;
		}
		for (let i = 0; i < n; i++) {
			const hi = his[i];
			const a = codes[lo];
			const b = codes[hi];
			const lab = ab[hi];
			const lba = ba[hi];
			ab[hi] = 0;
			ba[hi] = 0;
			seen[hi] = 0;
			const shared = Math.min(lab, lba); // m
			contacts.push({ a, b, sharedM: shared, aToBM: lab, bToAM: lba });
			if (shared < minShared || shared <= 0) {
				stats.belowMinShared++;
				continue;
			}
			const edge: AdjacencyEdge = { a, b, sharedKm: shared / 1000, doubtful: false, source: 'computed' };
			if (shared < doubtfulBelow) {
				edge.doubtful = true;
				stats.doubtful++;
				edge.note = `shared border ${Math.round(shared)} m < ${Math.round(doubtfulBelow)} m (${Math.round(
					doubtfulBelow / tol
				)} × tolerance): may be a corner contact or a data artefact; check on the map`;
			} else if (Math.max(lab, lba) > 3 * shared) {
				edge.note = `asymmetric border: ${Math.round(lab)} m of ${a} vs ${Math.round(lba)} m of ${b} within ${tol} m`;
			}
			edges.push(edge);
		}
	}
}

/**
 * The input entries in the order of a Hilbert curve through the first vertex of each unit, the entries of a code
 * given twice together. The vertices are stored in this order, so (a) each unit is one block of vertices and
 * (b) the neighbours of the unit being scanned were stored shortly before or after it: their segments are still
 * in the CPU cache, where input order (by code, say, or shuffled) would fetch them from memory each time.
 */
function spatialOrder(units: AdjacencyUnit[], unitOf: Int32Array, nUnits: number): Int32Array {
	const n = units.length;
	const px = new Float64Array(n);
	const py = new Float64Array(n);
	let x0 = Infinity;
	let y0 = Infinity;
	let x1 = -Infinity;
	let y1 = -Infinity;
	for (let i = 0; i < n; i++) {
		const polys = polygonsOf(units[i].geometry);
		const p = polys.length && polys[0].length && polys[0][0].length ? polys[0][0][0] : null;
		const x = p ? p[0] : NaN;
		const y = p ? p[1] : NaN;
		px[i] = x;
		py[i] = y;
		if (x < x0) x0 = x;
		if (x > x1) x1 = x;
		if (y < y0) y0 = y;
		if (y > y1) y1 = y;
	}
	// Key of a unit: Hilbert index of its first entry's first vertex (−1 when not finite: those units go first).
	const side = 1 << 16;
	const sx = x1 > x0 ? (side - 1) / (x1 - x0) : 0;
	const sy = y1 > y0 ? (side - 1) / (y1 - y0) : 0;
	const keys = new Float64Array(nUnits).fill(NaN);
	for (let i = 0; i < n; i++) {
		const u = unitOf[i];
		if (keys[u] === keys[u]) continue; // set by an earlier entry
		const d = px[i] >= x0 && py[i] >= y0 ? hilbert(side, ((px[i] - x0) * sx) | 0, ((py[i] - y0) * sy) | 0) : -1;
		keys[u] = (d + 1) * nUnits + u; // exact (< 2^53); ties keep unit order
	}
	keys.sort();
	// Entries grouped by unit (counting sort), units in key order.
	const first = new Int32Array(nUnits + 1);
	for (let i = 0; i < n; i++) first[unitOf[i] + 1]++;
	for (let u = 0; u < nUnits; u++) first[u + 1] += first[u];
	const byUnit = new Int32Array(n);
	const fill = first.slice(0, nUnits);
	for (let i = 0; i < n; i++) byUnit[fill[unitOf[i]]++] = i;
	const order = new Int32Array(n);
	let o = 0;
	for (let k = 0; k < nUnits; k++) {
		const u = keys[k] % nUnits;
		for (let e = first[u]; e < first[u + 1]; e++) order[o++] = byUnit[e];
	}
	return order;
}

/** Position of cell (x, y) along the Hilbert curve through a side × side grid (side a power of 2). */
function hilbert(side: number, x: number, y: number): number {
	let d = 0;
	for (let s = side >> 1; s > 0; s >>= 1) {
		const rx = (x & s) > 0 ? 1 : 0;
		const ry = (y & s) > 0 ? 1 : 0;
		d += s * s * ((3 * rx) ^ ry);
		if (ry === 0) {
			if (rx === 1) {
				x = side - 1 - x;
				y = side - 1 - y;
			}
			const t = x;
			x = y;
			y = t;
		}
	}
	return d;
}

/**
 * Raw lon/lat of every ring vertex (outer rings and holes) into `xy`, in `order`; segUnit[v] = unit of the segment
 * starting at v, −1 at a ring's end (an open ring is closed by repeating its first vertex); unitStart/unitEnd get
 * each unit's block of vertices; `sums` gets the count, Σ lon and Σ lat of the finite vertices (closing vertices
 * included, repeated ones not). Returns the number of vertices written.
 */
function readVertices(
	units: AdjacencyUnit[],
	order: Int32Array,
	unitOf: Int32Array,
	xy: Float64Array,
	segUnit: Int32Array,
	unitStart: Int32Array,
	unitEnd: Int32Array,
	sums: Float64Array
): number {
	let nFinite = 0;
	let lonSum = 0;
	let latSum = 0;
	let v = 0;
	let prevUnit = -1;
	for (let oi = 0; oi < order.length; oi++) {
		const ui = order[oi];
		const unit = unitOf[ui];
		if (unit !== prevUnit) {
			unitStart[unit] = v;
			prevUnit = unit;
		}
		for (const poly of polygonsOf(units[ui].geometry))
			for (const ring of poly) {
				const n = ring.length;
				if (n === 0) continue;
				for (let i = 0; i < n; i++) {
					const p = ring[i];
					const x = p[0];
					const y = p[1];
					if (Number.isFinite(x) && Number.isFinite(y)) {
						nFinite++;
						lonSum += x;
						latSum += y;
					}
					xy[2 * v] = x;
					xy[2 * v + 1] = y;
					segUnit[v++] = unit;
				}
				const p0 = ring[0];
				if (n === 1) segUnit[v - 1] = -1;
				else if (p0[0] === ring[n - 1][0] && p0[1] === ring[n - 1][1]) segUnit[v - 1] = -1;
				else {
					xy[2 * v] = p0[0];
					xy[2 * v + 1] = p0[1];
					segUnit[v++] = -1;
				}
			}
		unitEnd[unit] = v;
	}
	sums[0] = nFinite;
	sums[1] = lonSum;
	sums[2] = latSum;
	return v;
}

/**
 * Projects the vertices to metres in place (x = (lon − lon0)·kx, y = (lat − lat0)·ky) and drops the segments of
 * no length (duplicate points, non-finite coordinates). `bounds` gets minX, minY, maxX, maxY of the segments,
 * their total length and their number.
 */
function projectVertices(
	xy: Float64Array,
	segUnit: Int32Array,
	nV: number,
	lon0: number,
	lat0: number,
	kx: number,
	ky: number,
	bounds: Float64Array
): void {
	for (let i = 0; i < 2 * nV; i += 2) {
		xy[i] = (xy[i] - lon0) * kx;
		xy[i + 1] = (xy[i + 1] - lat0) * ky;
	}
	let minX = Infinity;
	let minY = Infinity;
	let maxX = -Infinity;
	let maxY = -Infinity;
	let lenSum = 0;
	let nSeg = 0;
	for (let s = 0; s < nV; s++) {
		if (segUnit[s] < 0) continue;
		const x1 = xy[2 * s];
		const y1 = xy[2 * s + 1];
		const x2 = xy[2 * s + 2];
		const y2 = xy[2 * s + 3];
		const len = Math.sqrt((x2 - x1) * (x2 - x1) + (y2 - y1) * (y2 - y1)); // (Math.hypot is slow)
		if (!(len > 1e-9)) {
			segUnit[s] = -1; // duplicate point or NaN
			continue;
		}
		nSeg++;
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
	bounds[5] = nSeg;
}

/**
 * Counting sort of the segments into the cells their boxes (grown by `half`) touch: `cellStart` (zeroed, one more
 * than the cells) gets each cell's start in the returned item array, items in segment order within a cell. An
 * item is s·4 + (1 if the cell is in the first column of s's box) + (2 if in its first row).
 */
function buildGrid(
	xy: Float64Array,
	segUnit: Int32Array,
	nV: number,
	half: number,
	minX: number,
	minY: number,
	inv: number,
	tx: number,
	cellStart: Int32Array
): Int32Array {
	const nCells = cellStart.length - 1;
	for (let s = 0; s < nV; s++) {
		if (segUnit[s] < 0) continue;
		const x1 = xy[2 * s];
		const y1 = xy[2 * s + 1];
		const x2 = xy[2 * s + 2];
		const y2 = xy[2 * s + 3];
		const i0 = (((x1 < x2 ? x1 : x2) - half - minX) * inv) | 0;
		const i1 = (((x1 < x2 ? x2 : x1) + half - minX) * inv) | 0;
		const j0 = (((y1 < y2 ? y1 : y2) - half - minY) * inv) | 0;
		const j1 = (((y1 < y2 ? y2 : y1) + half - minY) * inv) | 0;
		for (let j = j0; j <= j1; j++) {
			const row = (j >> 3) * tx * 64 + ((j & 7) << 3);
			for (let i = i0; i <= i1; i++) cellStart[row + ((i >> 3) << 6) + (i & 7)]++;
		}
	}
	for (let c = 1; c < nCells; c++) cellStart[c] += cellStart[c - 1]; // now: end of each cell
	const cellItems = new Int32Array(cellStart[nCells - 1]);
	cellStart[nCells] = cellItems.length;
	for (let s = nV - 1; s >= 0; s--) {
		// filling backwards from each cell's end leaves cellStart[c] at the cell's start, items in segment order
		if (segUnit[s] < 0) continue;
		const x1 = xy[2 * s];
		const y1 = xy[2 * s + 1];
		const x2 = xy[2 * s + 2];
		const y2 = xy[2 * s + 3];
		const i0 = (((x1 < x2 ? x1 : x2) - half - minX) * inv) | 0;
		const i1 = (((x1 < x2 ? x2 : x1) + half - minX) * inv) | 0;
		const j0 = (((y1 < y2 ? y1 : y2) - half - minY) * inv) | 0;
		const j1 = (((y1 < y2 ? y2 : y1) + half - minY) * inv) | 0;
		const item = s << 2;
		for (let j = j0; j <= j1; j++) {
			const row = (j >> 3) * tx * 64 + ((j & 7) << 3);
			const inRow = j === j0 ? item | 2 : item;
			for (let i = i0; i <= i1; i++) {
				cellItems[--cellStart[row + ((i >> 3) << 6) + (i & 7)]] = i === i0 ? inRow | 1 : inRow;
			}
		}
	}
	return cellItems;
}

/**
 * The pair scan, one segment s at a time, in storage order (a unit's segments are one block; neighbouring units
 * are stored close together, and the neighbours' segments along a shared border are met in order, so memory is
 * read nearly sequentially):
 *  - candidates t: segments of units stored AFTER s's unit (each pair of segments is handled once, from the side
 *    of the unit stored first) in the cells of s's grown box, whose grown box meets s's; a pair is taken only in
 *    the cell holding the lower-left corner of the intersection of the two boxes, and only when within maxAngle
 *    of parallel;
 *  - for such a pair, the interval of s's parameter τ ∈ [0,1] whose points lie in t's strip (0 ≤ along ≤ |t|,
 *    |across| ≤ tol; Liang–Barsky), with the signed distance across t as a + b·τ; likewise t in s's strip, which
 *    waits in a store until t's turn;
 *  - s's intervals (found now and stored earlier) are attributed to the nearest unit and summed per unit and
 *    neighbour; when the unit changes, one record (from, to, metres) per neighbour is appended to `directed`.
 * Rare cases (growing a buffer, pieces near several units) are left to small functions, so that meeting one for
 * the first time in a large input does not send this function back to the interpreter. Returns the number of
 * segment pairs that reached the interval test.
 */
function scanSegments(
	xy: Float64Array,
	segUnit: Int32Array,
	nV: number,
	unitEnd: Int32Array,
	cellStart: Int32Array,
	cellItems: Int32Array,
	tx: number,
	minX: number,
	minY: number,
	inv: number,
	half: number,
	tol: number,
	cosMax: number,
	lat0: number,
	ky: number,
	nUnits: number,
	directed: DirectedLengths
): number {
	const sums = new UnitSums(nUnits, lat0, ky);
	const acc = sums.acc;
	const touched = sums.touched;
	const tan0 = sums.tan0;
	const dOfY = sums.dOfY;
	// The store and the scratch are used through local copies of their arrays (the calls would not all be inlined);
	// the copies are refreshed after the (rare) growths.
	const store = new IntervalStore(nV);
	const head = store.head;
	let sNext = store.next;
	let sUnit = store.unit;
	let sVal = store.val;
	let free = 0;
	const sc = new Scratch();
	let eU = sc.u;
	let eLo = sc.lo;
	let eHi = sc.hi;
	let eA = sc.a;
	let eB = sc.b;
	const clip = new Float64Array(4); // lo, hi, a, b of the last stripInterval
	let cur = -1; // current unit
	let uEnd = 0; // end of its block of vertices
	let candidates = 0;
	for (let s = 0; s < nV; s++) {
		const us = segUnit[s];
		if (us < 0) continue;
		if (us !== cur) {
			sums.flush(cur, directed);
			cur = us;
			uEnd = unitEnd[us];
		}
		const x1 = xy[2 * s];
		const y1 = xy[2 * s + 1];
		const x2 = xy[2 * s + 2];
		const y2 = xy[2 * s + 3];
		const dxs = x2 - x1;
		const dys = y2 - y1;
		const ls = Math.sqrt(dxs * dxs + dys * dys);
		// Intervals stored for s while scanning earlier units; their records are freed.
		let n = 0;
		for (let r = head[s]; r >= 0;) {
			if (n === eU.length) {
				sc.grow();
				eU = sc.u;
				eLo = sc.lo;
				eHi = sc.hi;
				eA = sc.a;
				eB = sc.b;
			}
			eU[n] = sUnit[r];
			eLo[n] = sVal[4 * r];
			eHi[n] = sVal[4 * r + 1];
			eA[n] = sVal[4 * r + 2];
			eB[n] = sVal[4 * r + 3];
			n++;
			const nx = sNext[r];
			sNext[r] = free;
			free = r;
			r = nx;
		}
		const sx0 = (x1 < x2 ? x1 : x2) - half;
		const sx1 = (x1 < x2 ? x2 : x1) + half;
		const sy0 = (y1 < y2 ? y1 : y2) - half;
		const sy1 = (y1 < y2 ? y2 : y1) + half;
		const i0 = ((sx0 - minX) * inv) | 0;
		const i1 = ((sx1 - minX) * inv) | 0;
		const j0 = ((sy0 - minY) * inv) | 0;
		const j1 = ((sy1 - minY) * inv) | 0;
		for (let j = j0; j <= j1; j++) {
			for (let i = i0; i <= i1; i++) {
				// A pair is taken in one cell only, the cell (max(i0, ti0), max(j0, tj0)) of the lower-left corner of
				// the intersection of the two grown boxes: here (i, j) when s starts in this column (i = i0) or t does,
				// and likewise for the row. The items carry "t starts in this column / row" in bits 0 / 1.
				const need = (i === i0 ? 0 : 1) | (j === j0 ? 0 : 2);
				const c = (j >> 3) * tx * 64 + ((j & 7) << 3) + ((i >> 3) << 6) + (i & 7);
				const start = cellStart[c];
				// Items ascend: walking down from the end, stop at the first of this unit or an earlier one.
				for (let k = cellStart[c + 1] - 1; k >= start; k--) {
					const item = cellItems[k];
					const t = item >> 2;
					if (t < uEnd) break;
					if ((item & need) !== need) continue;
					const tx1 = xy[2 * t];
					const tx2 = xy[2 * t + 2];
					// grown boxes overlap?
					if ((tx1 < tx2 ? tx1 : tx2) - half > sx1) continue;
					if (sx0 > (tx1 < tx2 ? tx2 : tx1) + half) continue;
					const ty1 = xy[2 * t + 1];
					const ty2 = xy[2 * t + 3];
					if ((ty1 < ty2 ? ty1 : ty2) - half > sy1) continue;
					if (sy0 > (ty1 < ty2 ? ty2 : ty1) + half) continue;
					// near-parallel?
					const dxt = tx2 - tx1;
					const dyt = ty2 - ty1;
					const lt = Math.sqrt(dxt * dxt + dyt * dyt);
					const dot = dxs * dxt + dys * dyt;
					if ((dot < 0 ? -dot : dot) < cosMax * ls * lt) continue;
					candidates++;
					if (stripInterval(x1, y1, dxs, dys, tx1, ty1, dxt, dyt, lt, tol, clip)) {
						if (n === eU.length) {
							sc.grow();
							eU = sc.u;
							eLo = sc.lo;
							eHi = sc.hi;
							eA = sc.a;
							eB = sc.b;
						}
						eU[n] = segUnit[t];
						eLo[n] = clip[0];
						eHi[n] = clip[1];
						eA[n] = clip[2];
						eB[n] = clip[3];
						n++;
					}
					if (stripInterval(tx1, ty1, dxt, dyt, x1, y1, dxs, dys, ls, tol, clip)) {
						if (free < 0) {
							free = store.grow();
							sNext = store.next;
							sUnit = store.unit;
							sVal = store.val;
						}
						const r = free;
						free = sNext[r];
						sNext[r] = head[t];
						head[t] = r;
						sUnit[r] = us;
						sVal[4 * r] = clip[0];
						sVal[4 * r + 1] = clip[1];
						sVal[4 * r + 2] = clip[2];
						sVal[4 * r + 3] = clip[3];
					}
				}
			}
		}
		if (n === 0) continue;

		// Attribution: each piece of s goes to the NEAREST unit; with one unit (the common case) that is the union
		// of its intervals. A piece's length is its share of the segment's true length: east-west metres scale with
		// cos(latitude of the segment) rather than cos(lat0), and cos(lat0 + d) / cos(lat0) =
		// cos d − tan(lat0)·sin d, by series for |d| < 0.25 rad (error < 1e-12).
		const d = (y1 + y2) * dOfY; // latitude of the segment's middle − lat0, rad
		let f: number;
		if (d > -0.25 && d < 0.25) {
			const d2 = d * d;
			f =
				1 +
				d2 * (-1 / 2 + d2 * (1 / 24 + d2 * (-1 / 720 + d2 * (1 / 40320)))) -
				tan0 * d * (1 + d2 * (-1 / 6 + d2 * (1 / 120 + d2 * (-1 / 5040 + d2 * (1 / 362880)))));
		} else f = sums.cosRatio(d);
		const dxc = dxs * f;
		const len = Math.sqrt(dxc * dxc + dys * dys);
		const u0 = eU[0];
		let covered = eHi[0] - eLo[0];
		if (n > 1) {
			let single = true;
			for (let i = 1; i < n; i++) if (eU[i] !== u0) single = false;
			if (!single) {
				attributeNearest(n, sc, len, sums);
				continue;
			}
			// one unit: length of the union of its intervals (sorted by start: insertion sort, n is small)
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
		if (acc[u0] === 0) touched[sums.n++] = u0;
		acc[u0] += covered * len;
	}
	sums.flush(cur, directed);
	return candidates;
}

/**
 * Interval of segment P's parameter τ ∈ [0,1] whose points lie in segment Q's strip: 0 ≤ along ≤ |Q|,
 * |across| ≤ tol (Liang–Barsky). P = (px, py) + τ·(pdx, pdy), Q from (qx, qy) along (qdx, qdy), |Q| = lq; P and Q
 * within 90° of parallel. Returns false when empty or a single point; else out = [lo, hi, a, b], where a + b·τ is
 * the signed distance (m) across Q.
 */
function stripInterval(
	px: number,
	py: number,
	pdx: number,
	pdy: number,
	qx: number,
	qy: number,
	qdx: number,
	qdy: number,
	lq: number,
	tol: number,
	out: Float64Array
): boolean {
	const ex = qdx / lq;
	const ey = qdy / lq;
	const rx = px - qx;
	const ry = py - qy;
	let lo = 0;
	let hi = 1;
	// along Q: a + b·τ ∈ [0, |Q|]; b ≠ 0 (near-parallel)
	let a = rx * ex + ry * ey;
	let b = pdx * ex + pdy * ey;
	let r1 = (0 - a) / b;
	let r2 = (lq - a) / b;
	if (b < 0) {
		const t = r1;
		r1 = r2;
		r2 = t;
	}
	if (r1 > lo) lo = r1;
	if (r2 < hi) hi = r2;
	if (hi <= lo) return false;
	// across Q: a + b·τ ∈ [-tol, tol]
	a = ry * ex - rx * ey;
	b = pdy * ex - pdx * ey;
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
	}
	if (hi - lo < 1e-9) return false; // empty, or a touching end point: no length
	out[0] = lo;
	out[1] = hi;
	out[2] = a;
	out[3] = b;
	return true;
}

/**
 * Attribution of a segment's intervals from several units: split [0,1] where an interval starts/ends or two
 * distance functions |a + bτ| cross, and give each piece to the unit nearest at its midpoint (ties: the lower
 * unit, i.e. the first code, so the result does not depend on the order the candidates were met).
 */
function attributeNearest(n: number, sc: Scratch, len: number, sums: UnitSums): void {
	const eU = sc.u;
	const eLo = sc.lo;
	const eHi = sc.hi;
	const eA = sc.a;
	const eB = sc.b;
	const cuts = sc.cutsFor(n);
	let nc = 0;
	for (let i = 0; i < n; i++) {
		cuts[nc++] = eLo[i];
		cuts[nc++] = eHi[i];
		for (let j = i + 1; j < n; j++) {
			if (eU[i] === eU[j]) continue;
			let dd = eB[i] - eB[j];
			if (dd !== 0) {
				const tc = (eA[j] - eA[i]) / dd;
				if (tc > 0 && tc < 1) cuts[nc++] = tc;
			}
			dd = eB[i] + eB[j];
			if (dd !== 0) {
				const tc = -(eA[i] + eA[j]) / dd;
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
			const dv = v < 0 ? -v : v;
			if (dv < bestD || (dv === bestD && eU[i] < eU[best])) {
				bestD = dv;
				best = i;
			}
		}
		if (best >= 0) sums.add(eU[best], (tb - ta) * len);
	}
}

/** One segment's intervals: unit, [lo, hi], across-distance a + b·τ (growable). */
class Scratch {
	u = new Int32Array(256);
	lo = new Float64Array(256);
	hi = new Float64Array(256);
	a = new Float64Array(256);
	b = new Float64Array(256);
	cuts = new Float64Array(0);
	grow(): void {
		const cap = 2 * this.u.length;
		this.u = growI32(this.u, cap);
		this.lo = growF64(this.lo, cap);
		this.hi = growF64(this.hi, cap);
		this.a = growF64(this.a, cap);
		this.b = growF64(this.b, cap);
	}
	/** Room for the cuts of n intervals: their ends and the pairwise crossings. */
	cutsFor(n: number): Float64Array {
		if (this.cuts.length < n * n + 2 * n) this.cuts = new Float64Array(n * n + 2 * n);
		return this.cuts;
	}
}

/**
 * Intervals waiting for a later segment: per-segment linked lists (head, next); freed records are chained through
 * `next` too, all of them to start with (the free list's head is kept by the scan). Recycled once read, the
 * records only ever hold the intervals of the segments between the scanned unit and its neighbours stored later.
 */
class IntervalStore {
	head: Int32Array; // first record of each segment, −1: none
	next: Int32Array<ArrayBuffer>;
	unit: Int32Array<ArrayBuffer>;
	val: Float64Array<ArrayBuffer>; // lo, hi, a, b
	constructor(nV: number) {
		const cap = Math.max(1024, nV >> 4);
		this.head = new Int32Array(nV).fill(-1);
		this.next = new Int32Array(cap);
		this.unit = new Int32Array(cap);
		this.val = new Float64Array(4 * cap);
		for (let r = 0; r < cap - 1; r++) this.next[r] = r + 1;
		this.next[cap - 1] = -1;
	}
	/** Doubles the records (all in use); returns the first new one, the new ones chained as free. */
	grow(): number {
		const old = this.next.length;
		const cap = 2 * old;
		this.next = growI32(this.next, cap);
		this.unit = growI32(this.unit, cap);
		this.val = growF64(this.val, 4 * cap);
		for (let r = old; r < cap - 1; r++) this.next[r] = r + 1;
		this.next[cap - 1] = -1;
		return old;
	}
}

/**
 * Lengths of the current unit's boundary given to each other unit (m), and the latitude correction constants;
 * `flush` appends one directed record per neighbour and resets.
 */
class UnitSums {
	acc: Float64Array;
	touched: Int32Array; // units with acc > 0
	n = 0;
	lat0: number; // rad
	cos0: number;
	tan0: number;
	dOfY: number; // latitude offset (rad) from lat0 of the middle of a segment: (y1 + y2)·dOfY
	constructor(nUnits: number, lat0Deg: number, ky: number) {
		this.acc = new Float64Array(nUnits);
		this.touched = new Int32Array(nUnits);
		this.lat0 = lat0Deg * DEG;
		this.cos0 = Math.cos(this.lat0);
		this.tan0 = Math.tan(this.lat0);
		this.dOfY = DEG / (2 * ky);
	}
	add(u: number, m: number): void {
		if (this.acc[u] === 0) this.touched[this.n++] = u;
		this.acc[u] += m;
	}
	flush(from: number, directed: DirectedLengths): void {
		for (let i = 0; i < this.n; i++) {
			const u = this.touched[i];
			directed.add(from, u, this.acc[u]);
			this.acc[u] = 0;
		}
		this.n = 0;
	}
	cosRatio(d: number): number {
		return Math.cos(this.lat0 + d) / this.cos0;
	}
}

/** Directed lengths (m) of unit boundaries within the tolerance of other units: from, to, metres (growable). */
class DirectedLengths {
	from: Int32Array<ArrayBuffer>;
	to: Int32Array<ArrayBuffer>;
	metres: Float64Array<ArrayBuffer>;
	n = 0;
	constructor(cap: number) {
		this.from = new Int32Array(cap);
		this.to = new Int32Array(cap);
		this.metres = new Float64Array(cap);
	}
	add(from: number, to: number, metres: number): void {
		if (this.n === this.from.length) this.grow();
		this.from[this.n] = from;
		this.to[this.n] = to;
		this.metres[this.n++] = metres;
	}
	grow(): void {
		const cap = 2 * this.n + 16;
		this.from = growI32(this.from, cap);
		this.to = growI32(this.to, cap);
		this.metres = growF64(this.metres, cap);
	}
}

function growF64(a: Float64Array<ArrayBuffer>, cap: number): Float64Array<ArrayBuffer> {
	const out = new Float64Array(cap);
	out.set(a);
	return out;
}

function growI32(a: Int32Array<ArrayBuffer>, cap: number): Int32Array<ArrayBuffer> {
	const out = new Int32Array(cap);
	out.set(a);
	return out;
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
