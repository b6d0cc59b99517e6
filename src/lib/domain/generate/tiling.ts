/**
 * Planar tiling for the synthetic province: a Voronoi diagram of jittered seed points, a contiguous irregular
 * selection of its cells, and a shared-edge topology whose borders are made wiggly once per edge.
 *
 * Everything here works in a local plane in kilometres (x east, y north, origin at the province centre);
 * the caller projects to longitude/latitude at the very end. Because every border between two cells is one
 * edge object used by both cells (one forward, one reversed), the cells tile the selection exactly.
 */
import { Delaunay } from 'd3-delaunay';
import { MinHeap } from './min-heap';
import { mergeNodes } from './tiling-merge';
import type { Rng } from './random';

/** A spot where cells are denser (a city or town centre), in polar coordinates relative to the province radius. */
export interface DensePlace {
	angle: number; // radians, counter-clockwise from east
	relRadius: number; // distance from the centre as a fraction of the nominal province radius
	core: number; // the base grid cell containing the spot is split into core × core cells
	ring: number; // its four edge-neighbours are split into ring × ring cells
}

/** Options of {@link buildTiling}. */
export interface TilingOptions {
	cells: number; // exact number of cells to select
	meanAreaKm2: number; // area of one undivided base cell, km²
	dense: DensePlace[];
	rng: Rng;
	/**
	 * Voronoi edges shorter than this (km, default 0.1) are collapsed into a point: the two cells then touch only at
	 * a corner. So every true border is at least this long and the ground truth stays unambiguous for adjacency
	 * algorithms that work with a tolerance of a few tens of metres.
	 */
	minEdgeKm?: number;
}

/** A border between two cells (or a cell and the outside): from node `a` to node `b` as seen by `left`. */
export interface TileEdge {
	a: number;
	b: number;
	left: number; // cell on the left when walking a → b (that cell's counter-clockwise ring uses a → b)
	right: number; // cell on the other side (its ring uses b → a), or -1 outside the province
}

/** One selected cell: its site and its counter-clockwise ring of nodes. */
export interface TileCell {
	x: number; // site, km
	y: number;
	ring: number[]; // node ids, counter-clockwise, not repeated at the end
	nbr: number[]; // nbr[k]: cell across the side ring[k] → ring[k+1], or -1 outside
	edge: number[]; // edge[k]: id of that side's edge
}

/** The whole tiling in the plane (km). Node ids index nodeX/nodeY. */
export interface PlanarTiling {
	radiusKm: number; // nominal province radius
	placeXY: [number, number][]; // positions (km) of the dense places, in the order given
	nodeX: number[];
	nodeY: number[];
	cells: TileCell[];
	edges: TileEdge[];
	/** Cell pairs that touch only at a point (their shared Voronoi edge was collapsed). */
	cornerPairs: [number, number][];
	/** Raw topology before node merges; kept so further merges can rebuild rings and edges. */
	raw: { ring: number[][]; nbr: number[][]; parent: number[] };
}

/** Build the Voronoi tiling and select exactly `cells` contiguous cells inside an irregular star-shaped outline. */
export function buildTiling(opts: TilingOptions): PlanarTiling {
	const { rng } = opts;
	const d = Math.sqrt(opts.meanAreaKm2); // base grid spacing, km
	const minEdge = opts.minEdgeKm ?? 0.1;

	// Irregular outline r(θ) = R (1 + Σ a_m cos(mθ + φ_m)), low harmonics only so the outline stays star-shaped.
	const harmonics: { m: number; a: number; phi: number }[] = [];
	for (let m = 2; m <= 6; m++)
		harmonics.push({ m, a: rng.uniform(0.3, 1) * (0.2 / Math.pow(m, 0.7)), phi: rng.uniform(0, 2 * Math.PI) });
	const sumA = harmonics.reduce((s, h) => s + h.a, 0);
	if (sumA > 0.35) for (const h of harmonics) h.a *= 0.35 / sumA;
	const extra = opts.dense.reduce((s, p) => s + p.core * p.core - 1 + 4 * (p.ring * p.ring - 1), 0);
	const baseCells = Math.max(opts.cells - extra, Math.ceil(opts.cells / 3));
	const shapeFactor = 1 + 0.5 * harmonics.reduce((s, h) => s + h.a * h.a, 0);
	const R = Math.sqrt((baseCells * d * d) / (Math.PI * shapeFactor));
	const shapeRadius = (theta: number) =>
		R * (1 + harmonics.reduce((s, h) => s + h.a * Math.cos(h.m * theta + h.phi), 0));

	// Jittered square grid; base cells near dense places are split into m × m sub-cells.
	const placeXY: [number, number][] = opts.dense.map((p) => [
		p.relRadius * R * Math.cos(p.angle),
		p.relRadius * R * Math.sin(p.angle)
	]);
	const split = new Map<string, number>();
	const setSplit = (ix: number, iy: number, m: number) => {
		const key = `${ix},${iy}`;
		if ((split.get(key) ?? 1) < m) split.set(key, m);
	};
	opts.dense.forEach((p, i) => {
		const ix = Math.floor(placeXY[i][0] / d);
		const iy = Math.floor(placeXY[i][1] / d);
		setSplit(ix, iy, p.core);
		for (const [dx, dy] of [
			[1, 0],
			[-1, 0],
			[0, 1],
			[0, -1]
		])
			setSplit(ix + dx, iy + dy, p.ring);
	});
	const half = 1.4 * R + 3 * d;
	const N = Math.ceil(half / d);
	const coords: number[] = [];
	for (let iy = -N; iy < N; iy++) {
		for (let ix = -N; ix < N; ix++) {
			const m = split.get(`${ix},${iy}`) ?? 1;
			for (let sy = 0; sy < m; sy++) {
				for (let sx = 0; sx < m; sx++) {
					// Jitter within ±0.35 of the (sub-)spacing keeps cells well shaped but irregular.
					coords.push((ix + (sx + 0.5 + rng.uniform(-0.35, 0.35)) / m) * d);
					coords.push((iy + (sy + 0.5 + rng.uniform(-0.35, 0.35)) / m) * d);
				}
			}
		}
	}
	const points = Float64Array.from(coords);
	const nPoints = points.length / 2;
	const delaunay = new Delaunay(points);
	const { triangles, halfedges, inedges } = delaunay;

	// Voronoi nodes = circumcentres of the Delaunay triangles.
	const nTri = triangles.length / 3;
	const ccx = new Float64Array(nTri);
	const ccy = new Float64Array(nTri);
	for (let t = 0; t < nTri; t++) {
		const i0 = triangles[3 * t] * 2,
			i1 = triangles[3 * t + 1] * 2,
			i2 = triangles[3 * t + 2] * 2;
		const ax = points[i0],
			ay = points[i0 + 1];
		const bx = points[i1] - ax,
			by = points[i1 + 1] - ay;
		const cx = points[i2] - ax,
			cy = points[i2 + 1] - ay;
		const dd = 2 * (bx * cy - by * cx);
		if (Math.abs(dd) < 1e-12) {
			// Degenerate (collinear) triangle: never interior to the selection in practice; use the centroid.
			ccx[t] = ax + (bx + cx) / 3;
			ccy[t] = ay + (by + cy) / 3;
			continue;
		}
		const b2 = bx * bx + by * by,
			c2 = cx * cx + cy * cy;
		ccx[t] = ax + (cy * b2 - by * c2) / dd;
		ccy[t] = ay + (bx * c2 - cx * b2) / dd;
	}

	// Walk the triangles around each point: its Voronoi ring (triangle ids) and the neighbour across each side.
	const walkTri: (number[] | null)[] = new Array(nPoints).fill(null);
	const walkNbr: (number[] | null)[] = new Array(nPoints).fill(null);
	for (let i = 0; i < nPoints; i++) {
		const e0 = inedges[i];
		if (e0 === -1) continue;
		const tris: number[] = [];
		const nbrs: number[] = [];
		let e = e0;
		let closed = true;
		do {
			tris.push(Math.floor(e / 3));
			const out = e % 3 === 2 ? e - 2 : e + 1; // half-edge i → j in the same triangle
			nbrs.push(triangles[out % 3 === 2 ? out - 2 : out + 1]);
			e = halfedges[out];
			if (e === -1) {
				closed = false; // point on the convex hull: unbounded cell
				break;
			}
		} while (e !== e0);
		if (!closed) continue;
		// Side k of the ring goes tris[k] → tris[k+1] and faces nbrs[k]; make the ring counter-clockwise.
		let area2 = 0;
		for (let k = 0; k < tris.length; k++) {
			const t0 = tris[k],
				t1 = tris[(k + 1) % tris.length];
			area2 += ccx[t0] * ccy[t1] - ccx[t1] * ccy[t0];
		}
		if (area2 < 0) {
			const m = tris.length;
			const rt = tris.slice().reverse();
			const rn = rt.map((_, k) => nbrs[(m - 2 - k + m) % m]);
			walkTri[i] = rt;
			walkNbr[i] = rn;
		} else {
			walkTri[i] = tris;
			walkNbr[i] = nbrs;
		}
	}

	const selected = selectCells(points, walkTri, walkNbr, opts.cells, shapeRadius, delaunay);

	// Index the selected cells and their nodes.
	const cellOfPoint = new Int32Array(nPoints).fill(-1);
	selected.forEach((p, c) => (cellOfPoint[p] = c));
	const nodeOfTri = new Map<number, number>();
	const nodeX: number[] = [];
	const nodeY: number[] = [];
	const rawRing: number[][] = [];
	const rawNbr: number[][] = [];
	for (const p of selected) {
		const ring = walkTri[p]!.map((t) => {
			let id = nodeOfTri.get(t);
			if (id === undefined) {
				id = nodeX.length;
				nodeOfTri.set(t, id);
				nodeX.push(ccx[t]);
				nodeY.push(ccy[t]);
			}
			return id;
		});
		rawRing.push(ring);
		rawNbr.push(walkNbr[p]!.map((q) => cellOfPoint[q]));
	}

	const tiling: PlanarTiling = {
		radiusKm: R,
		placeXY,
		nodeX,
		nodeY,
		cells: selected.map((p) => ({ x: points[2 * p], y: points[2 * p + 1], ring: [], nbr: [], edge: [] })),
		edges: [],
		cornerPairs: [],
		raw: { ring: rawRing, nbr: rawNbr, parent: nodeX.map((_, i) => i) }
	};

	// Collapse very short Voronoi edges into a point (a four-cell corner), so every true border has real length.
	const shortEdges: [number, number][] = [];
	rawRing.forEach((ring) => {
		for (let k = 0; k < ring.length; k++) {
			const a = ring[k],
				b = ring[(k + 1) % ring.length];
			if (Math.hypot(nodeX[a] - nodeX[b], nodeY[a] - nodeY[b]) < minEdge) shortEdges.push([a, b]);
		}
	});
	mergeNodes(tiling, shortEdges);
	return tiling;
}

/** Grow a contiguous, hole-free selection of exactly `count` bounded cells, in order of relative radius. */
function selectCells(
	points: Float64Array,
	walkTri: (number[] | null)[],
	walkNbr: (number[] | null)[],
	count: number,
	shapeRadius: (theta: number) => number,
	delaunay: Delaunay<unknown>
): number[] {
	const nPoints = points.length / 2;
	const rho = new Float64Array(nPoints);
	let start = -1;
	for (let i = 0; i < nPoints; i++) {
		const x = points[2 * i],
			y = points[2 * i + 1];
		rho[i] = Math.hypot(x, y) / shapeRadius(Math.atan2(y, x));
		if (walkTri[i] && (start === -1 || rho[i] < rho[start])) start = i;
	}
	const isSel = new Uint8Array(nPoints);
	const queued = new Uint8Array(nPoints);
	const heap = new MinHeap();
	heap.push(start, rho[start]);
	queued[start] = 1;
	let n = 0;
	while (n < count) {
		const p = heap.pop();
		if (p === -1) throw new Error(`tiling: only ${n} cells could be selected, ${count} requested`);
		isSel[p] = 1;
		n++;
		for (const q of walkNbr[p]!) {
			if (!queued[q] && walkTri[q]) {
				queued[q] = 1;
				heap.push(q, rho[q]);
			}
		}
	}

	// Fill holes: unselected cells that cannot reach the far outside through unselected cells.
	for (let guard = 0; guard < 20; guard++) {
		const outside = new Uint8Array(nPoints);
		const stack: number[] = [delaunay.hull[0]];
		outside[delaunay.hull[0]] = 1;
		while (stack.length) {
			const p = stack.pop()!;
			for (const q of delaunay.neighbors(p)) {
				if (!outside[q] && !isSel[q]) {
					outside[q] = 1;
					stack.push(q);
				}
			}
		}
		let holes = 0;
		for (let i = 0; i < nPoints; i++) {
			if (!isSel[i] && !outside[i]) {
				isSel[i] = 1; // a hole cell is surrounded by selected (bounded) cells, so it is bounded too
				holes++;
			}
		}
		if (holes === 0) break;
		// Give back as many boundary cells, largest relative radius first, keeping the selection contiguous.
		const boundary: number[] = [];
		for (let i = 0; i < nPoints; i++) if (isSel[i] && walkNbr[i]!.some((q) => outside[q])) boundary.push(i);
		boundary.sort((a, b) => rho[b] - rho[a] || a - b);
		for (const p of boundary) {
			if (holes === 0) break;
			const flags = walkNbr[p]!.map((q) => isSel[q] === 1);
			if (flags.every(Boolean) || !flags.some(Boolean)) continue;
			// Removable when its selected neighbours form one contiguous run around it.
			let runs = 0;
			for (let k = 0; k < flags.length; k++) if (flags[k] && !flags[(k + flags.length - 1) % flags.length]) runs++;
			if (runs !== 1) continue;
			isSel[p] = 0;
			holes--;
		}
	}
	const out: number[] = [];
	for (let i = 0; i < nPoints; i++) if (isSel[i]) out.push(i);
	if (out.length !== count) throw new Error(`tiling: selection has ${out.length} cells, ${count} requested`);
	return out;
}
