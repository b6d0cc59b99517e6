/**
 * Shared-arc topology of a polygon layer, built once and reused by every dissolve of that layer.
 *
 * Steps (all in a local equirectangular projection, metres):
 *  1. snap vertices within the tolerance to one node (greedy clustering on a grid of tolerance-sized cells);
 *  2. snap each node onto the edges of other members that pass within the tolerance (flatbush over nodes),
 *     so that near-coincident borders with different vertices become the same chain of edges;
 *  3. node the remaining crossings (overlaps wider than the tolerance) with a flatbush over edges;
 *  4. merge identical edges; each edge keeps, per member, the net number of times the member's rings run
 *     along it (rings oriented interior-on-the-left), i.e. the change of that member's winding number across it;
 *  5. build half-edges, trace the faces of the planar graph, place nested components in their containing face;
 *  6. propagate winding numbers face to face from the unbounded face, so every face knows which members cover it.
 * Inconsistencies (a crossing left after noding, two routes giving different windings) mark the members
 * involved as "bad"; their groups then use the boolean fallback instead of this topology.
 */
import Flatbush from 'flatbush';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { METRES_PER_DEGREE, geometryAreaM2, orient2d } from './topology-geometry';
import { BoxGrid, CellHash } from './topology-grid';

/** The planar topology of a layer; faces are numbered 0..faceCount-1, the unbounded face is `faceCount`. */
export interface DissolveTopology {
	memberCount: number;
	/** Spherical area of each input member, m². */
	memberAreaM2: Float64Array;
	/** Projection: x = (lon − lon0)·kx, y = (lat − lat0)·ky, metres. */
	lon0: number;
	lat0: number;
	kx: number;
	ky: number;
	nodeCount: number;
	nx: Float64Array;
	ny: Float64Array;
	nlon: Float64Array;
	nlat: Float64Array;
	edgeCount: number;
	/** Endpoints of edge e (ea < eb). Half-edge 2e runs ea→eb, 2e+1 runs eb→ea. */
	ea: Int32Array;
	eb: Int32Array;
	/** Per edge (CSR): members whose winding changes across the edge, and by how much (crossing right→left of ea→eb). */
	edgeMemberStart: Int32Array;
	edgeMember: Int32Array;
	edgeNet: Int32Array;
	/** Next half-edge around the face on its left. */
	heNext: Int32Array;
	/** Face on the left of each half-edge. */
	heFace: Int32Array;
	faceCount: number;
	/** Area of each bounded face in m² (holes of nested components subtracted), latitude-corrected. */
	faceAreaM2: Float64Array;
	/** Perimeter of each bounded face in m (outer and nested boundaries). */
	facePerimM: Float64Array;
	/** Members covering each face (winding > 0); index faceCount = unbounded face. */
	faceCover: Int32Array[];
	/** Half-edges of each face (CSR, faces 0..faceCount inclusive). */
	faceHeStart: Int32Array;
	faceHe: Int32Array;
	/** Members whose boundary could not be made planar and consistent; their groups need the fallback. */
	badMembers: Set<number>;
	stats: TopologyStats;
}

/** Counters of what the builder did (for logs and benchmarks). */
export interface TopologyStats {
	vertices: number;
	nodes: number;
	snappedToEdges: number;
	crossings: number;
	edges: number;
	faces: number;
	components: number;
	inconsistentFaces: number;
	residualCrossings: number;
	ms: number;
	/** Time per step, ms. */
	stageMs: Record<string, number>;
}

/** Options of the topology builder. */
export interface TopologyOptions {
	/** Vertices closer than this (m) become one node; nodes this close to another member's edge are put on it. */
	snapToleranceM: number;
}

/** Cell offsets: own cell first, then the 8 neighbours. */
const NEIGHBOUR_DX = [0, -1, 0, 1, -1, 1, -1, 0, 1];
const NEIGHBOUR_DY = [0, -1, -1, -1, 0, 0, 1, 1, 1];

/** Growable typed array of 32-bit integers (avoids boxed JS arrays in the hot loops). */
class IntList {
	data: Int32Array;
	length = 0;
	constructor(capacity = 1024) {
		this.data = new Int32Array(Math.max(16, capacity));
	}
	push(v: number): void {
		if (this.length === this.data.length) {
			const d = new Int32Array(this.data.length * 2);
			d.set(this.data);
			this.data = d;
		}
		this.data[this.length++] = v;
	}
	toArray(): Int32Array {
		return this.data.slice(0, this.length);
	}
}

/** Growable float64 array. */
class FloatList {
	data: Float64Array;
	length = 0;
	constructor(capacity = 1024) {
		this.data = new Float64Array(Math.max(16, capacity));
	}
	push(v: number): void {
		if (this.length === this.data.length) {
			const d = new Float64Array(this.data.length * 2);
			d.set(this.data);
			this.data = d;
		}
		this.data[this.length++] = v;
	}
}

/** Undirected edge table keyed by node pair, with per-node adjacency lists (faster than a Map for degree ≤ ~8). */
class EdgeTable {
	ea = new IntList();
	eb = new IntList();
	private head: Int32Array;
	private next = new IntList();
	constructor(nodeCount: number) {
		this.head = new Int32Array(nodeCount).fill(-1);
	}
	get count(): number {
		return this.ea.length;
	}
	/** Edge id of {u, v}, created when missing. */
	id(u: number, v: number): number {
		const a = u < v ? u : v;
		const b = u < v ? v : u;
		const eb = this.eb.data;
		for (let e = this.head[a]; e !== -1; e = this.next.data[e]) if (eb[e] === b) return e;
		const e = this.ea.length;
		this.ea.push(a);
		this.eb.push(b);
		this.next.push(this.head[a]);
		this.head[a] = e;
		return e;
	}
}

/** Removes repeated nodes and back-and-forth spikes (a, b, a) from a closed ring of node ids. */
function cleanRing(seq: number[]): number[] {
	const out: number[] = [];
	for (const v of seq) {
		const n = out.length;
		if (n > 0 && out[n - 1] === v) continue;
		if (n > 1 && out[n - 2] === v) {
			out.pop();
			continue;
		}
		out.push(v);
	}
	// Cyclic wrap: the ring closes from out[n-1] back to out[0].
	let start = 0;
	for (;;) {
		const n = out.length - start;
		if (n < 3) break;
		const first = out[start];
		const last = out[out.length - 1];
		if (last === first) out.pop();
		else if (out[out.length - 2] === first) out.pop(); // spike at the last position
		else if (last === out[start + 1]) start++; // spike at the first position
		else break;
	}
	return start > 0 ? out.slice(start) : out;
}

/** Builds the shared-arc topology of `polygons` (index = member id). */
export function buildDissolveTopology(polygons: (Polygon | MultiPolygon | null | undefined)[], options: TopologyOptions): DissolveTopology {
	const t0 = performance.now();
	const stageMs: Record<string, number> = {};
	let tStage = t0;
	const stage = (name: string) => {
		const now = performance.now();
		stageMs[name] = now - tStage;
		tStage = now;
	};
	const tol = Math.max(options.snapToleranceM, 0.05);
	const tol2 = tol * tol;
	const memberCount = polygons.length;

	// ---- projection ----------------------------------------------------------------------------------
	let minLon = Infinity;
	let minLat = Infinity;
	let maxLon = -Infinity;
	let maxLat = -Infinity;
	for (const g of polygons) {
		if (!g) continue;
		const polys = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
		for (const p of polys)
			for (const r of p)
				for (const c of r) {
					if (c[0] < minLon) minLon = c[0];
					if (c[0] > maxLon) maxLon = c[0];
					if (c[1] < minLat) minLat = c[1];
					if (c[1] > maxLat) maxLat = c[1];
				}
	}
	if (!Number.isFinite(minLon)) minLon = maxLon = minLat = maxLat = 0;
	const lon0 = (minLon + maxLon) / 2;
	const lat0 = (minLat + maxLat) / 2;
	const ky = METRES_PER_DEGREE;
	const kx = METRES_PER_DEGREE * Math.cos((lat0 * Math.PI) / 180);

	// ---- 1. rings → projected vertices, oriented interior-on-the-left ---------------------------------
	const memberAreaM2 = new Float64Array(memberCount);
	const vx = new FloatList(4096);
	const vy = new FloatList(4096);
	const vlon = new FloatList(4096);
	const vlat = new FloatList(4096);
	const ringStart: number[] = [];
	const ringMember: number[] = [];
	for (let m = 0; m < memberCount; m++) {
		const g = polygons[m];
		if (!g) continue;
		memberAreaM2[m] = geometryAreaM2(g);
		const polys = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
		for (const p of polys) {
			for (let r = 0; r < p.length; r++) {
				let ring: Position[] = p[r];
				let n = ring.length;
				if (n > 1 && ring[0][0] === ring[n - 1][0] && ring[0][1] === ring[n - 1][1]) n--;
				if (n < 3) continue;
				let a2 = 0; // twice the planar area (degrees², scaled) to orient the ring
				for (let i = 0, j = n - 1; i < n; j = i++) {
					a2 += (ring[j][0] - lon0) * (ring[i][1] - lat0) - (ring[i][0] - lon0) * (ring[j][1] - lat0);
				}
				if (a2 === 0) continue;
				const wantCcw = r === 0;
				if (a2 > 0 !== wantCcw) ring = ring.slice(0, n).reverse();
				ringStart.push(vx.length);
				ringMember.push(m);
				for (let i = 0; i < n; i++) {
					const c = ring[i];
					if (!Number.isFinite(c[0]) || !Number.isFinite(c[1])) continue;
					vlon.push(c[0]);
					vlat.push(c[1]);
					vx.push((c[0] - lon0) * kx);
					vy.push((c[1] - lat0) * ky);
				}
			}
		}
	}
	ringStart.push(vx.length);
	const vertexCount = vx.length;
	stage('flatten');

	// ---- 1b. greedy clustering of vertices within the tolerance -------------------------------------
	// Cells are tolerance-sized, so any vertex within the tolerance lies in the 3×3 block around a cell.
	// Representatives are kept ≥ tolerance apart, so one node never swallows a chain of vertices.
	const nodeX = new FloatList(vertexCount / 2);
	const nodeY = new FloatList(vertexCount / 2);
	const nodeLon = new FloatList(vertexCount / 2);
	const nodeLat = new FloatList(vertexCount / 2);
	const cellHead = new CellHash(vertexCount / 2);
	const repNext = new IntList(vertexCount / 2);
	const vertexNode = new Int32Array(vertexCount);
	const invTol = 1 / tol;
	const VX = vx.data;
	const VY = vy.data;
	for (let i = 0; i < vertexCount; i++) {
		const x = VX[i];
		const y = VY[i];
		const cx = Math.floor(x * invTol);
		const cy = Math.floor(y * invTol);
		let best = -1;
		let bestD = tol2;
		// Own cell first: in a tiling most vertices repeat a neighbour's vertex exactly; then the 8 around it.
		for (let k = 0; k < 9; k++) {
			const ox = NEIGHBOUR_DX[k];
			const oy = NEIGHBOUR_DY[k];
			let r = cellHead.get(cx + ox, cy + oy);
			while (r !== -1) {
				const ex = nodeX.data[r] - x;
				const ey = nodeY.data[r] - y;
				const d = ex * ex + ey * ey;
				if (d <= bestD) {
					bestD = d;
					best = r;
				}
				r = repNext.data[r];
			}
			if (k === 0 && best >= 0) break;
		}
		if (best < 0) {
			best = nodeX.length;
			nodeX.push(x);
			nodeY.push(y);
			nodeLon.push(vlon.data[i]);
			nodeLat.push(vlat.data[i]);
			repNext.push(cellHead.get(cx, cy));
			cellHead.set(cx, cy, best);
		}
		vertexNode[i] = best;
	}
	let nodeCount = nodeX.length;
	stage('cluster');

	// ---- rings as node sequences --------------------------------------------------------------------
	let rings: number[][] = [];
	let ringsMember: number[] = [];
	for (let r = 0; r < ringMember.length; r++) {
		const seq: number[] = [];
		for (let i = ringStart[r]; i < ringStart[r + 1]; i++) seq.push(vertexNode[i]);
		const c = cleanRing(seq);
		if (c.length >= 3) {
			rings.push(c);
			ringsMember.push(ringMember[r]);
		}
	}

	/** Inserts extra nodes into edges (sorted by parameter t along ea→eb) and cleans the rings again. */
	const applyInsertions = (
		table: EdgeTable,
		insEdge: IntList,
		insNode: IntList,
		insT: FloatList
	): void => {
		const count = table.count;
		const start = new Int32Array(count + 1);
		for (let i = 0; i < insEdge.length; i++) start[insEdge.data[i] + 1]++;
		for (let e = 0; e < count; e++) start[e + 1] += start[e];
		const fill = start.slice(0, count);
		const order = new Int32Array(insEdge.length);
		for (let i = 0; i < insEdge.length; i++) order[fill[insEdge.data[i]]++] = i;
		for (let e = 0; e < count; e++) {
			const s = start[e];
			const t = start[e + 1];
			if (t - s > 1) {
				const part = Array.from(order.subarray(s, t)).sort((i, j) => insT.data[i] - insT.data[j]);
				order.set(part, s);
			}
		}
		const ea = table.ea.data;
		const newRings: number[][] = [];
		const newMembers: number[] = [];
		for (let r = 0; r < rings.length; r++) {
			const ring = rings[r];
			const out: number[] = [];
			for (let i = 0; i < ring.length; i++) {
				const u = ring[i];
				const v = ring[(i + 1) % ring.length];
				out.push(u);
				const e = table.id(u, v);
				const s = start[e];
				const t = start[e + 1];
				if (s === t) continue;
				if (ea[e] === u) for (let k = s; k < t; k++) out.push(insNode.data[order[k]]);
				else for (let k = t - 1; k >= s; k--) out.push(insNode.data[order[k]]);
			}
			const c = cleanRing(out);
			if (c.length >= 3) {
				newRings.push(c);
				newMembers.push(ringsMember[r]);
			}
		}
		rings = newRings;
		ringsMember = newMembers;
	};

	// ---- 2. snap nodes onto nearby edges of other members --------------------------------------------
	let snappedToEdges = 0;
	{
		const table = new EdgeTable(nodeCount);
		const nodeOwner = new Int32Array(nodeCount).fill(-1);
		const nodeMulti = new Uint8Array(nodeCount);
		for (let r = 0; r < rings.length; r++) {
			const m = ringsMember[r];
			for (const v of rings[r]) {
				if (nodeOwner[v] === -1) nodeOwner[v] = m;
				else if (nodeOwner[v] !== m) nodeMulti[v] = 1;
			}
		}
		const owner = new IntList(nodeCount);
		const multi = new IntList(nodeCount);
		for (let r = 0; r < rings.length; r++) {
			const m = ringsMember[r];
			const ring = rings[r];
			for (let i = 0; i < ring.length; i++) {
				const e = table.id(ring[i], ring[(i + 1) % ring.length]);
				if (e === owner.length) {
					owner.push(m);
					multi.push(0);
				} else if (owner.data[e] !== m) multi.data[e] = 1;
			}
		}
		const E = table.count;
		const ea = table.ea.data;
		const eb = table.eb.data;
		const X = nodeX.data;
		const Y = nodeY.data;
		// Grid of nodes, cells about one edge long, so an edge's box ± tolerance spans a few cells.
		let lenSum = 0;
		for (let e = 0; e < E; e++) lenSum += Math.abs(X[eb[e]] - X[ea[e]]) + Math.abs(Y[eb[e]] - Y[ea[e]]);
		const cell = Math.max(2 * tol, E > 0 ? lenSum / E : tol);
		const px = X.subarray(0, nodeCount);
		const py = Y.subarray(0, nodeCount);
		const grid = new BoxGrid(nodeCount, px, py, px, py, cell);
		const gStart = grid.start;
		const gItems = grid.items;
		const inv = 1 / cell;
		const insEdge = new IntList();
		const insNode = new IntList();
		const insT = new FloatList();
		for (let e = 0; e < E; e++) {
			const a = ea[e];
			const b = eb[e];
			const ax = X[a];
			const ay = Y[a];
			const bx = X[b];
			const by = Y[b];
			const eOwner = owner.data[e];
			const eMulti = multi.data[e];
			const dx = bx - ax;
			const dy = by - ay;
			const len2 = dx * dx + dy * dy;
			if (len2 === 0) continue;
			const x0 = Math.floor((Math.min(ax, bx) - tol) * inv);
			const x1 = Math.floor((Math.max(ax, bx) + tol) * inv);
			const y0 = Math.floor((Math.min(ay, by) - tol) * inv);
			const y1 = Math.floor((Math.max(ay, by) + tol) * inv);
			for (let cx = x0; cx <= x1; cx++) {
				for (let cy = y0; cy <= y1; cy++) {
					const c = grid.hash.get(cx, cy);
					if (c === -1) continue;
					for (let k = gStart[c]; k < gStart[c + 1]; k++) {
						const v = gItems[k];
						if (v === a || v === b) continue;
						// Only across members: a member's own narrow parts are left alone.
						if (eMulti === 0 && nodeMulti[v] === 0 && nodeOwner[v] === eOwner) continue;
						const t = ((X[v] - ax) * dx + (Y[v] - ay) * dy) / len2;
						if (!(t > 0 && t < 1)) continue;
						const qx = ax + t * dx - X[v];
						const qy = ay + t * dy - Y[v];
						if (qx * qx + qy * qy > tol2) continue;
						insEdge.push(e);
						insNode.push(v);
						insT.push(t);
					}
				}
			}
		}
		snappedToEdges = insEdge.length;
		if (insEdge.length > 0) applyInsertions(table, insEdge, insNode, insT);
	}
	stage('snapToEdges');

	// ---- 3. node proper crossings and exact T-junctions ----------------------------------------------
	let nodeTouched = new Uint8Array(0);
	let crossings = 0;
	{
		const table = new EdgeTable(nodeCount);
		for (const ring of rings) for (let i = 0; i < ring.length; i++) table.id(ring[i], ring[(i + 1) % ring.length]);
		const E = table.count;
		const ea = table.ea.data;
		const eb = table.eb.data;
		const X = nodeX.data;
		const Y = nodeY.data;
		const eps = 1e-3; // m: a vertex this close to an edge is on it (exact T-junction of one member's own rings)
		const eps2 = eps * eps;
		const bx0 = new Float64Array(E);
		const by0 = new Float64Array(E);
		const bx1 = new Float64Array(E);
		const by1 = new Float64Array(E);
		let lenSum = 0;
		for (let e = 0; e < E; e++) {
			const a = ea[e];
			const b = eb[e];
			bx0[e] = Math.min(X[a], X[b]) - eps;
			by0[e] = Math.min(Y[a], Y[b]) - eps;
			bx1[e] = Math.max(X[a], X[b]) + eps;
			by1[e] = Math.max(Y[a], Y[b]) + eps;
			lenSum += bx1[e] - bx0[e] + by1[e] - by0[e];
		}
		const cell = Math.max(1, E > 0 ? lenSum / E : 1);
		const grid = new BoxGrid(E, bx0, by0, bx1, by1, cell);
		const gStart = grid.start;
		const gItems = grid.items;
		const inv = 1 / cell;
		const insEdge = new IntList();
		const insNode = new IntList();
		const insT = new FloatList();
		const touchedNodes: number[] = [];
		/** If node v lies within eps of the interior of edge (p→q), records the insertion and returns true. */
		const tJunction = (edge: number, v: number, px: number, py: number, qx: number, qy: number): boolean => {
			const dx = qx - px;
			const dy = qy - py;
			const len2 = dx * dx + dy * dy;
			if (len2 === 0) return false;
			const t = ((X[v] - px) * dx + (Y[v] - py) * dy) / len2;
			if (!(t > 0 && t < 1)) return false;
			const ex = px + t * dx - X[v];
			const ey = py + t * dy - Y[v];
			if (ex * ex + ey * ey > eps2) return false;
			insEdge.push(edge);
			insNode.push(v);
			insT.push(t);
			touchedNodes.push(v);
			return true;
		};
		for (let e = 0; e < E; e++) {
			const a = ea[e];
			const b = eb[e];
			const ax = X[a];
			const ay = Y[a];
			const bx = X[b];
			const by = Y[b];
			const cx0 = Math.floor(bx0[e] * inv);
			const cx1 = Math.floor(bx1[e] * inv);
			const cy0 = Math.floor(by0[e] * inv);
			const cy1 = Math.floor(by1[e] * inv);
			for (let gx = cx0; gx <= cx1; gx++) {
				for (let gy = cy0; gy <= cy1; gy++) {
					const cellId = grid.hash.get(gx, gy);
					if (cellId === -1) continue;
					for (let k = gStart[cellId]; k < gStart[cellId + 1]; k++) {
						const f = gItems[k];
						if (f <= e) continue;
						const c = ea[f];
						const d = eb[f];
						if (c === a || c === b || d === a || d === b) continue;
						if (bx0[f] > bx1[e] || bx1[f] < bx0[e] || by0[f] > by1[e] || by1[f] < by0[e]) continue;
						// The pair is listed in every cell both boxes cover: test it only in the cell of the overlap's corner.
						if (Math.floor(Math.max(bx0[e], bx0[f]) * inv) !== gx || Math.floor(Math.max(by0[e], by0[f]) * inv) !== gy) continue;
						const cx = X[c];
						const cy = Y[c];
						const dx = X[d];
						const dy = Y[d];
						// T-junctions first: an endpoint lying on the other edge.
						let tj = tJunction(e, c, ax, ay, bx, by);
						tj = tJunction(e, d, ax, ay, bx, by) || tj;
						tj = tJunction(f, a, cx, cy, dx, dy) || tj;
						tj = tJunction(f, b, cx, cy, dx, dy) || tj;
						if (tj) continue;
						const o1 = orient2d(ax, ay, bx, by, cx, cy);
						const o2 = orient2d(ax, ay, bx, by, dx, dy);
						if (o1 === 0 || o2 === 0 || o1 > 0 === o2 > 0) continue;
						const o3 = orient2d(cx, cy, dx, dy, ax, ay);
						const o4 = orient2d(cx, cy, dx, dy, bx, by);
						if (o3 === 0 || o4 === 0 || o3 > 0 === o4 > 0) continue;
						// Proper crossing: parameters along both edges.
						const t = o3 / (o3 - o4);
						const u = o1 / (o1 - o2);
						const qx = ax + t * (bx - ax);
						const qy = ay + t * (by - ay);
						const v = nodeX.length;
						nodeX.push(qx);
						nodeY.push(qy);
						nodeLon.push(lon0 + qx / kx);
						nodeLat.push(lat0 + qy / ky);
						insEdge.push(e);
						insNode.push(v);
						insT.push(t);
						insEdge.push(f);
						insNode.push(v);
						insT.push(u);
						touchedNodes.push(v);
						crossings++;
					}
				}
			}
		}
		nodeCount = nodeX.length;
		nodeTouched = new Uint8Array(nodeCount);
		for (const v of touchedNodes) nodeTouched[v] = 1;
		if (insEdge.length > 0) applyInsertions(table, insEdge, insNode, insT);
	}
	stage('crossings');

	// ---- 4. final edges with per-member winding change ----------------------------------------------
	const table = new EdgeTable(nodeCount);
	const occEdge = new IntList(vertexCount);
	const occMember = new IntList(vertexCount);
	const occDir = new IntList(vertexCount);
	for (let r = 0; r < rings.length; r++) {
		const ring = rings[r];
		const m = ringsMember[r];
		for (let i = 0; i < ring.length; i++) {
			const u = ring[i];
			const v = ring[(i + 1) % ring.length];
			occEdge.push(table.id(u, v));
			occMember.push(m);
			occDir.push(u < v ? 1 : -1);
		}
	}
	const rawE = table.count;
	const rawStart = new Int32Array(rawE + 1);
	for (let i = 0; i < occEdge.length; i++) rawStart[occEdge.data[i] + 1]++;
	for (let e = 0; e < rawE; e++) rawStart[e + 1] += rawStart[e];
	const rawFill = rawStart.slice(0, rawE);
	const occOrder = new Int32Array(occEdge.length);
	for (let i = 0; i < occEdge.length; i++) occOrder[rawFill[occEdge.data[i]]++] = i;

	const liveId = new Int32Array(rawE).fill(-1);
	const eaL = new IntList(rawE);
	const ebL = new IntList(rawE);
	const emStart = new IntList(rawE + 1);
	const emMember = new IntList(rawE * 2);
	const emNet = new IntList(rawE * 2);
	emStart.push(0);
	const tmpM: number[] = [];
	const tmpN: number[] = [];
	for (let e = 0; e < rawE; e++) {
		tmpM.length = 0;
		tmpN.length = 0;
		for (let k = rawStart[e]; k < rawStart[e + 1]; k++) {
			const o = occOrder[k];
			const m = occMember.data[o];
			const j = tmpM.indexOf(m);
			if (j < 0) {
				tmpM.push(m);
				tmpN.push(occDir.data[o]);
			} else tmpN[j] += occDir.data[o];
		}
		let live = false;
		for (let j = 0; j < tmpM.length; j++) if (tmpN[j] !== 0) live = true;
		if (!live) continue; // no winding changes across it: the edge separates nothing
		liveId[e] = eaL.length;
		eaL.push(table.ea.data[e]);
		ebL.push(table.eb.data[e]);
		for (let j = 0; j < tmpM.length; j++) {
			if (tmpN[j] === 0) continue;
			emMember.push(tmpM[j]);
			emNet.push(tmpN[j]);
		}
		emStart.push(emMember.length);
	}
	const E = eaL.length;
	const ea = eaL.toArray();
	const eb = ebL.toArray();
	const edgeMemberStart = emStart.toArray();
	const edgeMember = emMember.toArray();
	const edgeNet = emNet.toArray();
	const nx = nodeX.data.slice(0, nodeCount);
	const ny = nodeY.data.slice(0, nodeCount);
	const nlon = nodeLon.data.slice(0, nodeCount);
	const nlat = nodeLat.data.slice(0, nodeCount);
	const badMembers = new Set<number>();
	stage('edges');
	const markEdgeBad = (e: number) => {
		for (let k = edgeMemberStart[e]; k < edgeMemberStart[e + 1]; k++) badMembers.add(edgeMember[k]);
	};

	// ---- residual crossings: check every edge next to a node created or used by step 3 ----------------
	let residualCrossings = 0;
	if (crossings > 0 || nodeTouched.some((x) => x === 1)) {
		const index = new Flatbush(Math.max(1, E));
		for (let e = 0; e < E; e++) {
			const a = ea[e];
			const b = eb[e];
			index.add(Math.min(nx[a], nx[b]), Math.min(ny[a], ny[b]), Math.max(nx[a], nx[b]), Math.max(ny[a], ny[b]));
		}
		if (E === 0) index.add(0, 0, 0, 0);
		index.finish();
		for (let e = 0; e < E; e++) {
			const a = ea[e];
			const b = eb[e];
			if (!nodeTouched[a] && !nodeTouched[b]) continue;
			const ax = nx[a];
			const ay = ny[a];
			const bx = nx[b];
			const by = ny[b];
			index.search(Math.min(ax, bx), Math.min(ay, by), Math.max(ax, bx), Math.max(ay, by), (f) => {
				if (f === e || f >= E) return false;
				const c = ea[f];
				const d = eb[f];
				if (c === a || c === b || d === a || d === b) return false;
				const o1 = orient2d(ax, ay, bx, by, nx[c], ny[c]);
				const o2 = orient2d(ax, ay, bx, by, nx[d], ny[d]);
				const o3 = orient2d(nx[c], ny[c], nx[d], ny[d], ax, ay);
				const o4 = orient2d(nx[c], ny[c], nx[d], ny[d], bx, by);
				if (o1 > 0 !== o2 > 0 && o1 !== 0 && o2 !== 0 && o3 > 0 !== o4 > 0 && o3 !== 0 && o4 !== 0) {
					residualCrossings++;
					markEdgeBad(e);
					markEdgeBad(f);
				}
				return false;
			});
		}
	}

	stage('residual');
	// ---- 5. half-edges, faces ----------------------------------------------------------------------
	const H = 2 * E;
	const heOrigin = (h: number) => ((h & 1) === 0 ? ea[h >> 1] : eb[h >> 1]);
	const outStart = new Int32Array(nodeCount + 1);
	for (let h = 0; h < H; h++) outStart[heOrigin(h) + 1]++;
	for (let v = 0; v < nodeCount; v++) outStart[v + 1] += outStart[v];
	const outFill = outStart.slice(0, nodeCount);
	const outList = new Int32Array(H);
	for (let h = 0; h < H; h++) outList[outFill[heOrigin(h)]++] = h;
	const heAngle = new Float64Array(H);
	for (let e = 0; e < E; e++) {
		const dx = nx[eb[e]] - nx[ea[e]];
		const dy = ny[eb[e]] - ny[ea[e]];
		heAngle[2 * e] = Math.atan2(dy, dx);
		heAngle[2 * e + 1] = Math.atan2(-dy, -dx);
	}
	const hePos = new Int32Array(H);
	for (let v = 0; v < nodeCount; v++) {
		const s = outStart[v];
		const t = outStart[v + 1];
		// insertion sort by angle: node degrees are small
		for (let i = s + 1; i < t; i++) {
			const h = outList[i];
			const ang = heAngle[h];
			let j = i - 1;
			while (j >= s && heAngle[outList[j]] > ang) {
				outList[j + 1] = outList[j];
				j--;
			}
			outList[j + 1] = h;
		}
		for (let i = s; i < t; i++) hePos[outList[i]] = i - s;
	}
	const heNext = new Int32Array(H);
	for (let h = 0; h < H; h++) {
		const twin = h ^ 1;
		const v = heOrigin(twin);
		const s = outStart[v];
		const deg = outStart[v + 1] - s;
		heNext[h] = outList[s + ((hePos[twin] - 1 + deg) % deg)];
	}
	// Trace cycles; the CCW ones are bounded faces, the others are outer boundaries of components.
	const heCycle = new Int32Array(H).fill(-1);
	const cycArea = new FloatList(E + 2);
	const cycPerim = new FloatList(E + 2);
	const cycFirst = new IntList(E + 2);
	const cycBox = new FloatList(4 * (E + 2));
	for (let h0 = 0; h0 < H; h0++) {
		if (heCycle[h0] !== -1) continue;
		const c = cycArea.length;
		let a2 = 0;
		let per = 0;
		let x0 = Infinity;
		let y0 = Infinity;
		let x1 = -Infinity;
		let y1 = -Infinity;
		let h = h0;
		do {
			heCycle[h] = c;
			const u = heOrigin(h);
			const v = heOrigin(h ^ 1);
			a2 += nx[u] * ny[v] - nx[v] * ny[u];
			const dx = nx[v] - nx[u];
			const dy = ny[v] - ny[u];
			per += Math.sqrt(dx * dx + dy * dy);
			if (nx[u] < x0) x0 = nx[u];
			if (nx[u] > x1) x1 = nx[u];
			if (ny[u] < y0) y0 = ny[u];
			if (ny[u] > y1) y1 = ny[u];
			h = heNext[h];
		} while (h !== h0 && heCycle[h] === -1);
		if (h !== h0) {
			// A cycle that does not close means the angular order is inconsistent around some node.
			for (let k = edgeMemberStart[h0 >> 1]; k < edgeMemberStart[(h0 >> 1) + 1]; k++) badMembers.add(edgeMember[k]);
		}
		cycArea.push(a2 / 2);
		cycPerim.push(per);
		cycFirst.push(h0);
		cycBox.push(x0);
		cycBox.push(y0);
		cycBox.push(x1);
		cycBox.push(y1);
	}
	const C = cycArea.length;

	// Components (union-find over nodes) and the face containing each component's outer boundary.
	const parent = new Int32Array(nodeCount);
	for (let v = 0; v < nodeCount; v++) parent[v] = v;
	const find = (v: number): number => {
		while (parent[v] !== v) {
			parent[v] = parent[parent[v]];
			v = parent[v];
		}
		return v;
	};
	for (let e = 0; e < E; e++) {
		const ra = find(ea[e]);
		const rb = find(eb[e]);
		if (ra !== rb) parent[ra] = rb;
	}
	const faceOfCycle = new Int32Array(C).fill(-1);
	let faceCount = 0;
	const outerCycles: number[] = [];
	for (let c = 0; c < C; c++) {
		if (cycArea.data[c] > 0) faceOfCycle[c] = faceCount++;
		else outerCycles.push(c);
	}
	const UNBOUNDED = faceCount;
	let components = 0;
	{
		const seen = new Set<number>();
		for (const c of outerCycles) seen.add(find(heOrigin(cycFirst.data[c])));
		components = seen.size;
	}
	if (outerCycles.length <= 1) {
		for (const c of outerCycles) faceOfCycle[c] = UNBOUNDED;
	} else {
		// Nested components (islands in a hole, enclaves not touching their surroundings): point-in-cycle tests.
		const boundedCycles: number[] = [];
		for (let c = 0; c < C; c++) if (cycArea.data[c] > 0) boundedCycles.push(c);
		const index = new Flatbush(Math.max(1, boundedCycles.length));
		for (const c of boundedCycles) index.add(cycBox.data[4 * c], cycBox.data[4 * c + 1], cycBox.data[4 * c + 2], cycBox.data[4 * c + 3]);
		if (boundedCycles.length === 0) index.add(0, 0, 0, 0);
		index.finish();
		for (const c of outerCycles) {
			const p = heOrigin(cycFirst.data[c]);
			const comp = find(p);
			const px = nx[p];
			const py = ny[p];
			let best = -1;
			let bestArea = Infinity;
			index.search(px, py, px, py, (i) => {
				if (i >= boundedCycles.length) return false;
				const d = boundedCycles[i];
				const h0 = cycFirst.data[d];
				if (find(heOrigin(h0)) === comp) return false;
				if (cycArea.data[d] >= bestArea) return false;
				let inside = false;
				let h = h0;
				do {
					const u = heOrigin(h);
					const v = heOrigin(h ^ 1);
					if (ny[u] > py !== ny[v] > py && px < ((nx[v] - nx[u]) * (py - ny[u])) / (ny[v] - ny[u]) + nx[u]) inside = !inside;
					h = heNext[h];
				} while (h !== h0);
				if (inside) {
					best = d;
					bestArea = cycArea.data[d];
				}
				return false;
			});
			faceOfCycle[c] = best >= 0 ? faceOfCycle[best] : UNBOUNDED;
		}
	}
	const heFace = new Int32Array(H);
	for (let h = 0; h < H; h++) heFace[h] = faceOfCycle[heCycle[h]];
	const faceAreaM2 = new Float64Array(faceCount + 1);
	const facePerimM = new Float64Array(faceCount + 1);
	const cos0 = Math.cos((lat0 * Math.PI) / 180);
	const faceLatFactor = new Float64Array(faceCount + 1).fill(1);
	for (let c = 0; c < C; c++) {
		const f = faceOfCycle[c];
		if (cycArea.data[c] > 0) {
			// Equirectangular areas are exact up to the cos(lat)/cos(lat0) scale of the x axis.
			const latC = lat0 + (cycBox.data[4 * c + 1] + cycBox.data[4 * c + 3]) / 2 / ky;
			faceLatFactor[f] = Math.cos((latC * Math.PI) / 180) / cos0;
		}
	}
	for (let c = 0; c < C; c++) {
		const f = faceOfCycle[c];
		faceAreaM2[f] += cycArea.data[c] * faceLatFactor[f];
		facePerimM[f] += cycPerim.data[c];
	}
	faceAreaM2[UNBOUNDED] = Infinity;

	stage('faces');
	// ---- 6. winding numbers, face by face ------------------------------------------------------------
	const faceHeStart = new Int32Array(faceCount + 2);
	for (let h = 0; h < H; h++) faceHeStart[heFace[h] + 1]++;
	for (let f = 0; f <= faceCount; f++) faceHeStart[f + 1] += faceHeStart[f];
	const fhFill = faceHeStart.slice(0, faceCount + 1);
	const faceHe = new Int32Array(H);
	for (let h = 0; h < H; h++) faceHe[fhFill[heFace[h]]++] = h;

	// Windings as sorted [member, winding] pairs; most faces have exactly one member.
	const faceWind: (number[] | null)[] = new Array(faceCount + 1).fill(null);
	faceWind[UNBOUNDED] = [];
	const queue = new Int32Array(faceCount + 1);
	let qh = 0;
	let qt = 0;
	queue[qt++] = UNBOUNDED;
	const inconsistent = new Set<number>();
	const applyEdge = (w: number[], h: number): number[] => {
		const e = h >> 1;
		const sign = (h & 1) === 0 ? -1 : 1; // crossing from the left of h to its right
		const out = w.slice();
		for (let k = edgeMemberStart[e]; k < edgeMemberStart[e + 1]; k++) {
			const m = edgeMember[k];
			const d = sign * edgeNet[k];
			let j = 0;
			while (j < out.length && out[j] < m) j += 2;
			if (j < out.length && out[j] === m) {
				out[j + 1] += d;
				if (out[j + 1] === 0) out.splice(j, 2);
			} else out.splice(j, 0, m, d);
		}
		return out;
	};
	const sameWind = (a: number[], b: number[]) => a.length === b.length && a.every((x, i) => x === b[i]);
	while (qh < qt) {
		const f = queue[qh++];
		const w = faceWind[f]!;
		for (let k = faceHeStart[f]; k < faceHeStart[f + 1]; k++) {
			const h = faceHe[k];
			const g = heFace[h ^ 1];
			if (g === f) continue;
			const wg = applyEdge(w, h);
			const known = faceWind[g];
			if (known === null) {
				faceWind[g] = wg;
				queue[qt++] = g;
			} else if (!sameWind(known, wg)) {
				inconsistent.add(g);
				inconsistent.add(f);
			}
		}
	}
	const faceCover: Int32Array[] = new Array(faceCount + 1);
	for (let f = 0; f <= faceCount; f++) {
		const w = faceWind[f];
		if (w === null) {
			// Unreachable face: only possible when the graph is broken.
			inconsistent.add(f);
			faceCover[f] = new Int32Array(0);
			continue;
		}
		const cov: number[] = [];
		for (let j = 0; j < w.length; j += 2) if (w[j + 1] > 0) cov.push(w[j]);
		faceCover[f] = Int32Array.from(cov);
	}
	for (const f of inconsistent) {
		for (const m of faceCover[f]) badMembers.add(m);
		for (let k = faceHeStart[f]; k < faceHeStart[f + 1]; k++) {
			const e = faceHe[k] >> 1;
			for (let j = edgeMemberStart[e]; j < edgeMemberStart[e + 1]; j++) badMembers.add(edgeMember[j]);
		}
	}

	stage('winding');
	return {
		memberCount,
		memberAreaM2,
		lon0,
		lat0,
		kx,
		ky,
		nodeCount,
		nx,
		ny,
		nlon,
		nlat,
		edgeCount: E,
		ea,
		eb,
		edgeMemberStart,
		edgeMember,
		edgeNet,
		heNext,
		heFace,
		faceCount,
		faceAreaM2,
		facePerimM,
		faceCover,
		faceHeStart,
		faceHe,
		badMembers,
		stats: {
			vertices: vertexCount,
			nodes: nodeCount,
			snappedToEdges,
			crossings,
			edges: E,
			faces: faceCount,
			components,
			inconsistentFaces: inconsistent.size,
			residualCrossings,
			ms: performance.now() - t0,
			stageMs
		}
	};
}

/** Distinct members whose edges bound face f (used to tell a gap between members from a member's own hole). */
export function membersAroundFace(topo: DissolveTopology, f: number): Set<number> {
	const out = new Set<number>();
	for (let k = topo.faceHeStart[f]; k < topo.faceHeStart[f + 1]; k++) {
		const e = topo.faceHe[k] >> 1;
		for (let j = topo.edgeMemberStart[e]; j < topo.edgeMemberStart[e + 1]; j++) out.add(topo.edgeMember[j]);
	}
	return out;
}
