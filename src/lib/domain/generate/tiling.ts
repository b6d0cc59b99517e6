/**
 * Planar tiling for the synthetic province: a Voronoi diagram of jittered seed points, a contiguous irregular
 * selection of its cells, and a shared-edge topology whose borders are made wiggly once per edge.
 *
 * Everything here works in a local plane in kilometres (x east, y north, origin at the province centre);
 * the caller projects to longitude/latitude at the very end. Because every border between two cells is one
 * edge object used by both cells (one forward, one reversed), the cells tile the selection exactly.
 */
import { Delaunay } from 'd3-delaunay';
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

/** Merge node pairs (union-find), place each merged node at the mean of its members, and rebuild rings and edges. */
export function mergeNodes(t: PlanarTiling, pairs: [number, number][]): void {
	const parent = t.raw.parent;
	const find = (a: number): number => {
		while (parent[a] !== a) {
			parent[a] = parent[parent[a]];
			a = parent[a];
		}
		return a;
	};
	const touched = new Set<number>();
	for (const [a, b] of pairs) {
		const ra = find(a),
			rb = find(b);
		if (ra === rb) continue;
		const [keep, drop] = ra < rb ? [ra, rb] : [rb, ra];
		parent[drop] = keep;
		touched.add(keep);
	}
	if (touched.size) {
		// Place each touched root at the mean of its members' current positions.
		const sum = new Map<number, [number, number, number]>();
		const roots = parent.map((_, i) => find(i));
		roots.forEach((r, i) => {
			if (!touched.has(r)) return;
			const s = sum.get(r) ?? [0, 0, 0];
			s[0] += t.nodeX[i];
			s[1] += t.nodeY[i];
			s[2]++;
			sum.set(r, s);
		});
		roots.forEach((r, i) => {
			const s = sum.get(r);
			if (!s) return;
			t.nodeX[i] = s[0] / s[2];
			t.nodeY[i] = s[1] / s[2];
		});
	}
	rebuildTopology(t, find);
}

/** Rebuild rings and edges from the raw topology and the current node merges. */
function rebuildTopology(t: PlanarTiling, find: (a: number) => number): void {
	const edgeKey = new Map<number, number>();
	const nCells = t.cells.length;
	t.edges = [];
	t.raw.ring.forEach((raw, c) => {
		const rawNbr = t.raw.nbr[c];
		const ring: number[] = [];
		const nbr: number[] = [];
		for (let k = 0; k < raw.length; k++) {
			const a = find(raw[k]),
				b = find(raw[(k + 1) % raw.length]);
			if (a === b) continue; // a collapsed side
			ring.push(a);
			nbr.push(rawNbr[k]);
		}
		const cell = t.cells[c];
		cell.ring = ring;
		cell.nbr = nbr;
		cell.edge = ring.map((a, k) => {
			const b = ring[(k + 1) % ring.length];
			const q = nbr[k];
			if (q < 0) {
				t.edges.push({ a, b, left: c, right: -1 });
				return t.edges.length - 1;
			}
			const key = Math.min(c, q) * nCells + Math.max(c, q);
			const id = edgeKey.get(key);
			if (id !== undefined) {
				const e = t.edges[id];
				if (e.a !== b || e.b !== a) throw new Error('tiling: inconsistent shared edge');
				e.right = c;
				return id;
			}
			t.edges.push({ a, b, left: c, right: q });
			edgeKey.set(key, t.edges.length - 1);
			return t.edges.length - 1;
		});
	});
	// Corner contacts: two cells around one node that share no edge (opposite cells at a four-cell corner).
	const nodeCells = new Map<number, number[]>();
	t.cells.forEach((cell, c) => {
		for (const v of cell.ring) {
			const list = nodeCells.get(v);
			if (list) list.push(c);
			else nodeCells.set(v, [c]);
		}
	});
	const corner = new Map<number, [number, number]>();
	for (const list of nodeCells.values()) {
		if (list.length < 4) continue; // around a three-cell node every pair shares an edge
		for (let i = 0; i < list.length; i++) {
			for (let j = i + 1; j < list.length; j++) {
				const p = Math.min(list[i], list[j]),
					q = Math.max(list[i], list[j]);
				if (!edgeKey.has(p * nCells + q)) corner.set(p * nCells + q, [p, q]);
			}
		}
	}
	t.cornerPairs = [...corner.values()].sort((u, v) => u[0] - v[0] || u[1] - v[1]);
}

/** Binary min-heap of integer items keyed by a number. */
export class MinHeap {
	private items: number[] = [];
	private keys: number[] = [];
	get size(): number {
		return this.items.length;
	}
	push(item: number, key: number): void {
		const items = this.items,
			keys = this.keys;
		let i = items.length;
		items.push(item);
		keys.push(key);
		while (i > 0) {
			const p = (i - 1) >> 1;
			if (keys[p] < key || (keys[p] === key && items[p] <= item)) break;
			items[i] = items[p];
			keys[i] = keys[p];
			i = p;
		}
		items[i] = item;
		keys[i] = key;
	}
	/** Remove and return the item with the smallest key, or -1 when empty. */
	pop(): number {
		const items = this.items,
			keys = this.keys;
		if (!items.length) return -1;
		const top = items[0];
		const lastItem = items.pop()!;
		const lastKey = keys.pop()!;
		const n = items.length;
		if (n) {
			let i = 0;
			for (;;) {
				const l = 2 * i + 1;
				if (l >= n) break;
				const r = l + 1;
				const c = r < n && (keys[r] < keys[l] || (keys[r] === keys[l] && items[r] < items[l])) ? r : l;
				if (keys[c] > lastKey || (keys[c] === lastKey && items[c] >= lastItem)) break;
				items[i] = items[c];
				keys[i] = keys[c];
				i = c;
			}
			items[i] = lastItem;
			keys[i] = lastKey;
		}
		return top;
	}
}

// ---------------------------------------------------------------------------------------------------------------
// Wiggly borders

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

/** The ring of cell `c` as flat x,y (km), not closed; uses the per-side shapes when given. */
export function cellRing(
	t: PlanarTiling,
	c: number,
	clean: Float64Array[],
	left?: Float64Array[],
	right?: Float64Array[]
): number[] {
	const cell = t.cells[c];
	const out: number[] = [];
	for (let k = 0; k < cell.ring.length; k++) {
		const id = cell.edge[k];
		const e = t.edges[id];
		out.push(t.nodeX[cell.ring[k]], t.nodeY[cell.ring[k]]);
		if (e.left === c) {
			const pts = left ? left[id] : clean[id];
			for (let i = 0; i < pts.length; i++) out.push(pts[i]);
		} else {
			// The right cell walks the edge b → a: reverse the points.
			const pts = right ? right[id] : clean[id];
			for (let i = pts.length - 2; i >= 0; i -= 2) out.push(pts[i], pts[i + 1]);
		}
	}
	return out;
}

/**
 * Boundary rings of a set of cells (flat x,y km, not closed), traced over the clean edges. At a node where the region
 * meets itself the trace turns through the region's cells around that node, so rings that touch stay separate.
 */
export function regionRings(
	t: PlanarTiling,
	inRegion: Uint8Array,
	clean: Float64Array[],
	members: number[]
): number[][] {
	const visited = new Set<number>(); // c * 256 + k
	const rings: number[][] = [];
	for (const c0 of members) {
		const cell0 = t.cells[c0];
		for (let k0 = 0; k0 < cell0.ring.length; k0++) {
			const q0 = cell0.nbr[k0];
			if ((q0 >= 0 && inRegion[q0]) || visited.has(c0 * 256 + k0)) continue;
			const ring: number[] = [];
			let c = c0,
				k = k0;
			for (let guard = 0; guard < 10_000_000; guard++) {
				visited.add(c * 256 + k);
				const cell = t.cells[c];
				const id = cell.edge[k];
				ring.push(t.nodeX[cell.ring[k]], t.nodeY[cell.ring[k]]);
				const pts = clean[id];
				if (t.edges[id].left === c) for (let i = 0; i < pts.length; i++) ring.push(pts[i]);
				else for (let i = pts.length - 2; i >= 0; i -= 2) ring.push(pts[i], pts[i + 1]);
				// Next boundary side: rotate around the end node through region cells.
				let nc = c,
					nk = (k + 1) % cell.ring.length;
				for (;;) {
					const q = t.cells[nc].nbr[nk];
					if (q < 0 || !inRegion[q]) break;
					const sharedEdge = t.cells[nc].edge[nk];
					const p = t.cells[q].edge.indexOf(sharedEdge);
					nc = q;
					nk = (p + 1) % t.cells[q].ring.length;
				}
				c = nc;
				k = nk;
				if (c === c0 && k === k0) break;
			}
			rings.push(ring);
		}
	}
	return rings;
}

/** Twice the signed area of a flat ring (positive = counter-clockwise). */
export function signedArea2(r: ArrayLike<number>): number {
	let s = 0;
	const n = r.length / 2;
	for (let i = 0, j = n - 1; i < n; j = i++) s += r[2 * j] * r[2 * i + 1] - r[2 * i] * r[2 * j + 1];
	return s;
}

/** Whether a point lies inside a flat ring (even–odd rule). */
export function pointInRing(x: number, y: number, r: ArrayLike<number>): boolean {
	let inside = false;
	const n = r.length / 2;
	for (let i = 0, j = n - 1; i < n; j = i++) {
		const xi = r[2 * i],
			yi = r[2 * i + 1],
			xj = r[2 * j],
			yj = r[2 * j + 1];
		if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
	}
	return inside;
}

/** Group region rings into polygons: counter-clockwise rings are outers, clockwise ones holes of the outer holding them. */
export function ringsToPolygons(rings: number[][]): number[][][] {
	const outers = rings.filter((r) => signedArea2(r) > 0);
	const holes = rings.filter((r) => signedArea2(r) <= 0);
	const polys = outers.map((o) => [o]);
	for (const h of holes) {
		// The midpoint of a hole's first segment is never a node, so it lies strictly inside its outer ring.
		const mx = (h[0] + h[2]) / 2,
			my = (h[1] + h[3]) / 2;
		const owner = polys.find((p) => pointInRing(mx, my, p[0])) ?? polys[0];
		owner.push(h);
	}
	return polys;
}

/** Whether a closed flat ring (first point not repeated) has no self-intersections or touching sides. */
export function isSimpleRing(r: ArrayLike<number>): boolean {
	const n = r.length / 2;
	if (n < 3) return false;
	if (signedArea2(r) <= 0) return false;
	const minX = new Float64Array(n),
		maxX = new Float64Array(n),
		minY = new Float64Array(n),
		maxY = new Float64Array(n);
	for (let i = 0; i < n; i++) {
		const j = (i + 1) % n;
		minX[i] = Math.min(r[2 * i], r[2 * j]);
		maxX[i] = Math.max(r[2 * i], r[2 * j]);
		minY[i] = Math.min(r[2 * i + 1], r[2 * j + 1]);
		maxY[i] = Math.max(r[2 * i + 1], r[2 * j + 1]);
	}
	for (let i = 0; i < n; i++) {
		for (let j = i + 1; j < n; j++) {
			if (maxX[i] < minX[j] || maxX[j] < minX[i] || maxY[i] < minY[j] || maxY[j] < minY[i]) continue;
			const adjacent = j === i + 1 || (i === 0 && j === n - 1);
			const i2 = (i + 1) % n,
				j2 = (j + 1) % n;
			if (adjacent) {
				// Adjacent sides only share their common vertex; they must not fold back onto each other.
				const [p, q, s] = j === i + 1 ? [i, i2, j2] : [j, i, i2];
				const cr = cross(r, p, q, s);
				if (cr === 0) {
					const dot =
						(r[2 * q] - r[2 * p]) * (r[2 * s] - r[2 * q]) +
						(r[2 * q + 1] - r[2 * p + 1]) * (r[2 * s + 1] - r[2 * q + 1]);
					if (dot <= 0) return false;
				}
				continue;
			}
			if (segmentsTouch(r, i, i2, j, j2)) return false;
		}
	}
	return true;
}

function cross(r: ArrayLike<number>, a: number, b: number, c: number): number {
	return (r[2 * b] - r[2 * a]) * (r[2 * c + 1] - r[2 * a + 1]) - (r[2 * b + 1] - r[2 * a + 1]) * (r[2 * c] - r[2 * a]);
}

function onSegment(r: ArrayLike<number>, a: number, b: number, c: number): boolean {
	return (
		Math.min(r[2 * a], r[2 * b]) <= r[2 * c] &&
		r[2 * c] <= Math.max(r[2 * a], r[2 * b]) &&
		Math.min(r[2 * a + 1], r[2 * b + 1]) <= r[2 * c + 1] &&
		r[2 * c + 1] <= Math.max(r[2 * a + 1], r[2 * b + 1])
	);
}

/** Whether segments a–b and c–d intersect or touch (closed segments). */
function segmentsTouch(r: ArrayLike<number>, a: number, b: number, c: number, d: number): boolean {
	const d1 = cross(r, c, d, a),
		d2 = cross(r, c, d, b),
		d3 = cross(r, a, b, c),
		d4 = cross(r, a, b, d);
	if (((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0))) return true;
	if (d1 === 0 && onSegment(r, c, d, a)) return true;
	if (d2 === 0 && onSegment(r, c, d, b)) return true;
	if (d3 === 0 && onSegment(r, a, b, c)) return true;
	if (d4 === 0 && onSegment(r, a, b, d)) return true;
	return false;
}
