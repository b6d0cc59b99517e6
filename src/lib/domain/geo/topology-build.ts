/**
 * Shared-arc topology of a polygon layer, built once and reused by every dissolve of that layer.
 *
 * Steps (all in a local equirectangular projection, metres):
 *  1. snap vertices within the tolerance to one node (greedy leader clustering on a dense grid);
 *  2. put each node on the edges of other members that pass within the tolerance, so that near-coincident
 *     borders drawn with different vertices become the same chain of edges (this closes thin gaps and overlaps);
 *  3. node the remaining crossings (overlaps wider than the tolerance);
 *  4. merge identical edges; each edge keeps, per member, the net number of times the member's rings run along
 *     it (rings oriented interior-on-the-left): the change of that member's winding number across the edge;
 *  5. build half-edges, trace the faces of the planar graph, place nested components in their containing face;
 *  6. propagate winding numbers face to face from the unbounded face, so every face knows the members covering it.
 * Inconsistencies (a crossing left after noding, two routes giving different windings) mark the members
 * involved as "bad"; their groups then use the boolean fallback instead of this topology.
 */
import Flatbush from 'flatbush';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { METRES_PER_DEGREE, geometryAreaM2, orient2d } from './topology-geometry';
import { BoxGrid, GridSpec } from './topology-grid';

/** The planar topology of a layer; faces are numbered 0..faceCount-1, the unbounded face is `faceCount`. */
export interface DissolveTopology {
	memberCount: number;
	/** Spherical area of each input member, m². */
	memberAreaM2: Float64Array;
	/** Perimeter of each input member (all rings), m. */
	memberPerimM: Float64Array;
	/** Snapping tolerance used, m. */
	snapToleranceM: number;
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
	/** Per edge: 1 when every ring running along it is an interior ring (a hole drawn in the input). */
	edgeHoleOnly: Uint8Array;
	/** Members whose boundary could not be made planar and consistent; their groups need the fallback. */
	badMembers: Set<number>;
	/** Members whose own rings cross each other (invalid input): their input area is not a reliable check. */
	selfIntersecting: Set<number>;
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

/** Growable typed array of 32-bit integers (avoids boxed JS arrays in the hot loops). */
class IntList {
	data: Int32Array;
	length = 0;
	constructor(capacity = 1024) {
		this.data = new Int32Array(Math.max(16, Math.ceil(capacity)));
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
		this.data = new Float64Array(Math.max(16, Math.ceil(capacity)));
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
		this.ea = new IntList(nodeCount * 1.2);
		this.eb = new IntList(nodeCount * 1.2);
		this.next = new IntList(nodeCount * 1.2);
	}
	get count(): number {
		return this.ea.length;
	}
	/** Edge id of {u, v}, created when missing. */
	id(u: number, v: number): number {
		const a = u < v ? u : v;
		const b = u < v ? v : u;
		const eb = this.eb.data;
		const next = this.next.data;
		for (let e = this.head[a]; e !== -1; e = next[e]) if (eb[e] === b) return e;
		const e = this.ea.length;
		this.ea.push(a);
		this.eb.push(b);
		this.next.push(this.head[a]);
		this.head[a] = e;
		return e;
	}
}

/** Mutable state of the builder: nodes (projected and original coordinates) and rings as node sequences. */
interface BuildState {
	tol: number;
	lon0: number;
	lat0: number;
	kx: number;
	ky: number;
	nodeX: FloatList;
	nodeY: FloatList;
	nodeLon: FloatList;
	nodeLat: FloatList;
	rings: Int32Array[];
	ringMember: number[];
	/** 1 for an interior ring (hole) of its polygon. */
	ringHole: number[];
}

/** The unique edges of the current rings, and the edge id of each ring position. */
interface RingIndex {
	table: EdgeTable;
	ringEdges: Int32Array[];
}

/** Nodes to insert into edges, each at parameter t along ea→eb. */
class Insertions {
	edge = new IntList();
	node = new IntList();
	t = new FloatList();
	get length(): number {
		return this.edge.length;
	}
	add(e: number, v: number, t: number): void {
		this.edge.push(e);
		this.node.push(v);
		this.t.push(t);
	}
}

/** Cell offsets: the 8 neighbours of a cell. */
const NEIGHBOUR_DX = [-1, 0, 1, -1, 1, -1, 0, 1];
const NEIGHBOUR_DY = [-1, -1, -1, 0, 0, 1, 1, 1];

/** Removes repeated nodes and back-and-forth spikes (a, b, a) from a closed ring of node ids. */
function cleanRing(seq: ArrayLike<number>): Int32Array {
	const out: number[] = [];
	for (let i = 0; i < seq.length; i++) {
		const v = seq[i];
		const n = out.length;
		if (n > 0 && out[n - 1] === v) continue;
		if (n > 1 && out[n - 2] === v) {
			out.pop();
			continue;
		}
		out.push(v);
	}
	// Cyclic wrap: the ring closes from its last node back to its first.
	let start = 0;
	for (;;) {
		const n = out.length - start;
		if (n < 3) break;
		const first = out[start];
		const last = out[out.length - 1];
		if (last === first) out.pop();
		else if (out[out.length - 2] === first)
			out.pop(); // spike at the last position
		else if (last === out[start + 1])
			start++; // spike at the first position
		else break;
	}
	return Int32Array.from(start > 0 ? out.slice(start) : out);
}

/** Builds the shared-arc topology of `polygons` (index = member id). */
export function buildDissolveTopology(
	polygons: (Polygon | MultiPolygon | null | undefined)[],
	options: TopologyOptions
): DissolveTopology {
	const t0 = performance.now();
	const stageMs: Record<string, number> = {};
	let tStage = t0;
	const stage = (name: string) => {
		const now = performance.now();
		stageMs[name] = now - tStage;
		tStage = now;
	};
	const tol = Math.max(options.snapToleranceM, 0.05);
	const memberCount = polygons.length;

	const flat = flattenLayer(polygons);
	stage('flatten');
	const st = clusterVertices(flat, tol);
	stage('cluster');
	let index = indexRings(st);
	const snaps = snapNodesToEdges(st, index);
	if (snaps.length > 0) {
		applyInsertions(st, index, snaps);
		index = indexRings(st);
	}
	stage('snapToEdges');
	const nodesBeforeCrossings = st.nodeX.length;
	const cross = nodeCrossings(st, index);
	if (cross.insertions.length > 0) {
		applyInsertions(st, index, cross.insertions);
		index = indexRings(st);
	}
	stage('crossings');

	const nodeCount = st.nodeX.length;
	const nx = st.nodeX.data.slice(0, nodeCount);
	const ny = st.nodeY.data.slice(0, nodeCount);
	const nlon = st.nodeLon.data.slice(0, nodeCount);
	const nlat = st.nodeLat.data.slice(0, nodeCount);
	const edges = windingEdges(st, index);
	const { ea, eb, edgeMemberStart, edgeMember, edgeNet } = edges;
	const E = ea.length;
	stage('edges');

	const badMembers = new Set<number>();
	const markEdgeBad = (e: number) => {
		for (let k = edgeMemberStart[e]; k < edgeMemberStart[e + 1]; k++) badMembers.add(edgeMember[k]);
	};
	let residualCrossings = 0;
	if (cross.touched.length > 0 || cross.crossings > 0) {
		const touched = new Uint8Array(nodeCount);
		for (const v of cross.touched) touched[v] = 1;
		for (let v = nodesBeforeCrossings; v < nodeCount; v++) touched[v] = 1;
		residualCrossings = checkResidualCrossings(nx, ny, ea, eb, touched, markEdgeBad);
	}
	stage('residual');

	const faces = buildFaces(nx, ny, ea, eb, nodeCount, st.lat0, st.ky, badMembers, edgeMemberStart, edgeMember);
	stage('faces');
	const wind = propagateWindings(faces.faceCount, faces.heFace, edgeMemberStart, edgeMember, edgeNet, E);
	for (const f of wind.inconsistent) {
		for (const m of wind.faceCover[f]) badMembers.add(m);
		for (let k = wind.faceHeStart[f]; k < wind.faceHeStart[f + 1]; k++) markEdgeBad(wind.faceHe[k] >> 1);
	}
	stage('winding');

	return {
		memberCount,
		memberAreaM2: flat.memberAreaM2,
		memberPerimM: flat.memberPerimM,
		snapToleranceM: tol,
		lon0: st.lon0,
		lat0: st.lat0,
		kx: st.kx,
		ky: st.ky,
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
		edgeHoleOnly: edges.edgeHoleOnly,
		heNext: faces.heNext,
		heFace: faces.heFace,
		faceCount: faces.faceCount,
		faceAreaM2: faces.faceAreaM2,
		facePerimM: faces.facePerimM,
		faceCover: wind.faceCover,
		faceHeStart: wind.faceHeStart,
		faceHe: wind.faceHe,
		badMembers,
		selfIntersecting: cross.selfIntersecting,
		stats: {
			vertices: flat.count,
			nodes: nodeCount,
			snappedToEdges: snaps.length,
			crossings: cross.crossings,
			edges: E,
			faces: faces.faceCount,
			components: faces.components,
			inconsistentFaces: wind.inconsistent.size,
			residualCrossings,
			ms: performance.now() - t0,
			stageMs
		}
	};
}

/** Projected vertices of every ring, oriented interior-on-the-left (outer rings CCW, holes CW). */
interface FlatLayer {
	count: number;
	x: Float64Array;
	y: Float64Array;
	lon: Float64Array;
	lat: Float64Array;
	ringStart: number[];
	ringMember: number[];
	ringHole: number[];
	memberAreaM2: Float64Array;
	memberPerimM: Float64Array;
	lon0: number;
	lat0: number;
	kx: number;
	ky: number;
	minX: number;
	minY: number;
	maxX: number;
	maxY: number;
}

function flattenLayer(polygons: (Polygon | MultiPolygon | null | undefined)[]): FlatLayer {
	let minLon = Infinity;
	let minLat = Infinity;
	let maxLon = -Infinity;
	let maxLat = -Infinity;
	let total = 0;
	for (const g of polygons) {
		if (!g) continue;
		const polys = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
		for (const p of polys)
			for (const r of p) {
				total += r.length;
				for (const c of r) {
					if (c[0] < minLon) minLon = c[0];
					if (c[0] > maxLon) maxLon = c[0];
					if (c[1] < minLat) minLat = c[1];
					if (c[1] > maxLat) maxLat = c[1];
				}
			}
	}
	if (!Number.isFinite(minLon)) minLon = maxLon = minLat = maxLat = 0;
	const lon0 = (minLon + maxLon) / 2;
	const lat0 = (minLat + maxLat) / 2;
	const ky = METRES_PER_DEGREE;
	const kx = METRES_PER_DEGREE * Math.cos((lat0 * Math.PI) / 180);

	const memberAreaM2 = new Float64Array(polygons.length);
	const memberPerimM = new Float64Array(polygons.length);
	const x = new Float64Array(total);
	const y = new Float64Array(total);
	const lon = new Float64Array(total);
	const lat = new Float64Array(total);
	const ringStart: number[] = [];
	const ringMember: number[] = [];
	const ringHole: number[] = [];
	let n = 0;
	for (let m = 0; m < polygons.length; m++) {
		const g = polygons[m];
		if (!g) continue;
		memberAreaM2[m] = geometryAreaM2(g);
		const polys = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
		for (const p of polys) {
			for (let r = 0; r < p.length; r++) {
				const ring: Position[] = p[r];
				let len = ring.length;
				if (len > 1 && ring[0][0] === ring[len - 1][0] && ring[0][1] === ring[len - 1][1]) len--;
				if (len < 3) continue;
				let a2 = 0; // twice the planar area (degrees²) to orient the ring
				for (let i = 0, j = len - 1; i < len; j = i++) {
					a2 += (ring[j][0] - lon0) * (ring[i][1] - lat0) - (ring[i][0] - lon0) * (ring[j][1] - lat0);
				}
				if (!(a2 !== 0)) continue;
				const reverse = a2 > 0 !== (r === 0);
				const s = n;
				for (let k = 0; k < len; k++) {
					const c = ring[reverse ? len - 1 - k : k];
					const cx = c[0];
					const cy = c[1];
					if (!Number.isFinite(cx) || !Number.isFinite(cy)) continue;
					lon[n] = cx;
					lat[n] = cy;
					x[n] = (cx - lon0) * kx;
					y[n] = (cy - lat0) * ky;
					n++;
				}
				if (n - s < 3) {
					n = s;
					continue;
				}
				let per = 0;
				for (let i = s, j = n - 1; i < n; j = i++) per += Math.hypot(x[i] - x[j], y[i] - y[j]);
				memberPerimM[m] += per;
				ringStart.push(s);
				ringMember.push(m);
				ringHole.push(r > 0 ? 1 : 0);
			}
		}
	}
	ringStart.push(n);
	return {
		count: n,
		x,
		y,
		lon,
		lat,
		ringStart,
		ringMember,
		ringHole,
		memberAreaM2,
		memberPerimM,
		lon0,
		lat0,
		kx,
		ky,
		minX: (minLon - lon0) * kx,
		maxX: (maxLon - lon0) * kx,
		minY: (minLat - lat0) * ky,
		maxY: (maxLat - lat0) * ky
	};
}

/**
 * Greedy leader clustering: each vertex joins a node within the tolerance (one in its own cell first, where a
 * tiling's repeated vertices are found at once), else becomes a node. Nodes end up more than the tolerance
 * apart, so a chain of close vertices never collapses into one node.
 */
function clusterVertices(flat: FlatLayer, tol: number): BuildState {
	const tol2 = tol * tol;
	const count = flat.count;
	const spec = new GridSpec(flat.minX, flat.minY, flat.maxX, flat.maxY, count / 2, tol);
	const gnx = spec.nx;
	const gny = spec.ny;
	const head = new Int32Array(spec.cellCount).fill(-1);
	const repNext = new IntList(count / 2);
	const nodeX = new FloatList(count / 2);
	const nodeY = new FloatList(count / 2);
	const nodeLon = new FloatList(count / 2);
	const nodeLat = new FloatList(count / 2);
	const vertexNode = new Int32Array(count);
	const X = flat.x;
	const Y = flat.y;
	for (let i = 0; i < count; i++) {
		const x = X[i];
		const y = Y[i];
		const cx = spec.ix(x);
		const cy = spec.iy(y);
		let best = -1;
		let bestD = tol2;
		const NX = nodeX.data;
		const NY = nodeY.data;
		const next = repNext.data;
		for (let r = head[cy * gnx + cx]; r !== -1; r = next[r]) {
			const ex = NX[r] - x;
			const ey = NY[r] - y;
			const d = ex * ex + ey * ey;
			if (d <= bestD) {
				bestD = d;
				best = r;
				if (d === 0) break;
			}
		}
		if (best < 0) {
			for (let k = 0; k < 8; k++) {
				const qx = cx + NEIGHBOUR_DX[k];
				const qy = cy + NEIGHBOUR_DY[k];
				if (qx < 0 || qy < 0 || qx >= gnx || qy >= gny) continue;
				for (let r = head[qy * gnx + qx]; r !== -1; r = next[r]) {
					const ex = NX[r] - x;
					const ey = NY[r] - y;
					const d = ex * ex + ey * ey;
					if (d <= bestD) {
						bestD = d;
						best = r;
					}
				}
			}
		}
		if (best < 0) {
			best = nodeX.length;
			nodeX.push(x);
			nodeY.push(y);
			nodeLon.push(flat.lon[i]);
			nodeLat.push(flat.lat[i]);
			repNext.push(head[cy * gnx + cx]);
			head[cy * gnx + cx] = best;
		}
		vertexNode[i] = best;
	}
	const rings: Int32Array[] = [];
	const ringMember: number[] = [];
	const ringHole: number[] = [];
	for (let r = 0; r < flat.ringMember.length; r++) {
		const c = cleanRing(vertexNode.subarray(flat.ringStart[r], flat.ringStart[r + 1]));
		if (c.length >= 3) {
			rings.push(c);
			ringMember.push(flat.ringMember[r]);
			ringHole.push(flat.ringHole[r]);
		}
	}
	const { lon0, lat0, kx, ky } = flat;
	return { tol, lon0, lat0, kx, ky, nodeX, nodeY, nodeLon, nodeLat, rings, ringMember, ringHole };
}

function indexRings(st: BuildState): RingIndex {
	const table = new EdgeTable(st.nodeX.length);
	const ringEdges: Int32Array[] = new Array(st.rings.length);
	for (let r = 0; r < st.rings.length; r++) {
		const ring = st.rings[r];
		const n = ring.length;
		const ids = new Int32Array(n);
		for (let i = 0; i < n; i++) ids[i] = table.id(ring[i], ring[i + 1 === n ? 0 : i + 1]);
		ringEdges[r] = ids;
	}
	return { table, ringEdges };
}

/** Inserts nodes into edges (in order of t along ea→eb) and cleans the rings again. */
function applyInsertions(st: BuildState, index: RingIndex, ins: Insertions): void {
	const count = index.table.count;
	const start = new Int32Array(count + 1);
	const insEdge = ins.edge.data;
	const insT = ins.t.data;
	const insNode = ins.node.data;
	for (let i = 0; i < ins.length; i++) start[insEdge[i] + 1]++;
	for (let e = 0; e < count; e++) start[e + 1] += start[e];
	const fill = start.slice(0, count);
	const order = new Int32Array(ins.length);
	for (let i = 0; i < ins.length; i++) order[fill[insEdge[i]]++] = i;
	for (let e = 0; e < count; e++) {
		const s = start[e];
		const t = start[e + 1];
		if (t - s > 1) {
			const part = Array.from(order.subarray(s, t)).sort((i, j) => insT[i] - insT[j]);
			order.set(part, s);
		}
	}
	const ea = index.table.ea.data;
	const rings: Int32Array[] = [];
	const ringMember: number[] = [];
	const ringHole: number[] = [];
	for (let r = 0; r < st.rings.length; r++) {
		const ring = st.rings[r];
		const ids = index.ringEdges[r];
		let touched = false;
		for (let i = 0; i < ring.length && !touched; i++) if (start[ids[i]] !== start[ids[i] + 1]) touched = true;
		if (!touched) {
			rings.push(ring);
			ringMember.push(st.ringMember[r]);
			ringHole.push(st.ringHole[r]);
			continue;
		}
		const out: number[] = [];
		for (let i = 0; i < ring.length; i++) {
			const u = ring[i];
			out.push(u);
			const e = ids[i];
			const s = start[e];
			const t = start[e + 1];
			if (s === t) continue;
			if (ea[e] === u) for (let k = s; k < t; k++) out.push(insNode[order[k]]);
			else for (let k = t - 1; k >= s; k--) out.push(insNode[order[k]]);
		}
		const c = cleanRing(out);
		if (c.length >= 3) {
			rings.push(c);
			ringMember.push(st.ringMember[r]);
			ringHole.push(st.ringHole[r]);
		}
	}
	st.rings = rings;
	st.ringMember = ringMember;
	st.ringHole = ringHole;
}

/** Step 2: nodes lying within the tolerance of another member's edge, to be inserted into that edge. */
function snapNodesToEdges(st: BuildState, index: RingIndex): Insertions {
	const nodeCount = st.nodeX.length;
	const tol = st.tol;
	const tol2 = tol * tol;
	const { table, ringEdges } = index;
	const E = table.count;
	// Which members use a node / an edge: the first one, and whether there is more than one.
	const nodeOwner = new Int32Array(nodeCount).fill(-1);
	const nodeMulti = new Uint8Array(nodeCount);
	const edgeOwner = new Int32Array(E).fill(-1);
	const edgeMulti = new Uint8Array(E);
	for (let r = 0; r < st.rings.length; r++) {
		const m = st.ringMember[r];
		const ring = st.rings[r];
		const ids = ringEdges[r];
		for (let i = 0; i < ring.length; i++) {
			const v = ring[i];
			if (nodeOwner[v] === -1) nodeOwner[v] = m;
			else if (nodeOwner[v] !== m) nodeMulti[v] = 1;
			const e = ids[i];
			if (edgeOwner[e] === -1) edgeOwner[e] = m;
			else if (edgeOwner[e] !== m) edgeMulti[e] = 1;
		}
	}
	const X = st.nodeX.data;
	const Y = st.nodeY.data;
	const ea = table.ea.data;
	const eb = table.eb.data;
	let minX = Infinity;
	let minY = Infinity;
	let maxX = -Infinity;
	let maxY = -Infinity;
	for (let v = 0; v < nodeCount; v++) {
		if (X[v] < minX) minX = X[v];
		if (X[v] > maxX) maxX = X[v];
		if (Y[v] < minY) minY = Y[v];
		if (Y[v] > maxY) maxY = Y[v];
	}
	const ins = new Insertions();
	if (nodeCount === 0) return ins;
	const spec = new GridSpec(minX, minY, maxX, maxY, nodeCount, 2 * tol);
	const px = X.subarray(0, nodeCount);
	const py = Y.subarray(0, nodeCount);
	const grid = new BoxGrid(spec, nodeCount, px, py, px, py);
	const gStart = grid.start;
	const gItems = grid.items;
	const gnx = spec.nx;
	for (let e = 0; e < E; e++) {
		const a = ea[e];
		const b = eb[e];
		const ax = X[a];
		const ay = Y[a];
		const bx = X[b];
		const by = Y[b];
		const dx = bx - ax;
		const dy = by - ay;
		const len2 = dx * dx + dy * dy;
		if (len2 === 0) continue;
		const eOwner = edgeOwner[e];
		const eMulti = edgeMulti[e];
		const x0 = spec.ix((ax < bx ? ax : bx) - tol);
		const x1 = spec.ix((ax > bx ? ax : bx) + tol);
		const y0 = spec.iy((ay < by ? ay : by) - tol);
		const y1 = spec.iy((ay > by ? ay : by) + tol);
		for (let cy = y0; cy <= y1; cy++) {
			for (let cx = x0; cx <= x1; cx++) {
				const c = cy * gnx + cx;
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
					ins.add(e, v, t);
				}
			}
		}
	}
	return ins;
}

/**
 * Step 3: proper crossings between edges (a new node at the crossing, inserted into both) and exact
 * T-junctions (a node within 1 mm of another edge, inserted into it).
 */
function nodeCrossings(
	st: BuildState,
	index: RingIndex
): { insertions: Insertions; touched: number[]; crossings: number; selfIntersecting: Set<number> } {
	const { table } = index;
	const E = table.count;
	const selfIntersecting = new Set<number>();
	// The member along each edge (−2 when several), to recognise a member crossing itself.
	const edgeOwner = new Int32Array(E).fill(-1);
	for (let r = 0; r < st.rings.length; r++) {
		const m = st.ringMember[r];
		for (const e of index.ringEdges[r]) edgeOwner[e] = edgeOwner[e] === -1 || edgeOwner[e] === m ? m : -2;
	}
	const ea = table.ea.data;
	const eb = table.eb.data;
	const nodeX = st.nodeX;
	const nodeY = st.nodeY;
	const X = nodeX.data;
	const Y = nodeY.data;
	const eps = 1e-3; // m
	const eps2 = eps * eps;
	const ins = new Insertions();
	const touched: number[] = [];
	let crossings = 0;
	if (E === 0) return { insertions: ins, touched, crossings, selfIntersecting };
	const bx0 = new Float64Array(E);
	const by0 = new Float64Array(E);
	const bx1 = new Float64Array(E);
	const by1 = new Float64Array(E);
	let extent = 0;
	let minX = Infinity;
	let minY = Infinity;
	let maxX = -Infinity;
	let maxY = -Infinity;
	for (let e = 0; e < E; e++) {
		const a = ea[e];
		const b = eb[e];
		const x0 = (X[a] < X[b] ? X[a] : X[b]) - eps;
		const x1 = (X[a] > X[b] ? X[a] : X[b]) + eps;
		const y0 = (Y[a] < Y[b] ? Y[a] : Y[b]) - eps;
		const y1 = (Y[a] > Y[b] ? Y[a] : Y[b]) + eps;
		bx0[e] = x0;
		by0[e] = y0;
		bx1[e] = x1;
		by1[e] = y1;
		extent += x1 - x0 + (y1 - y0);
		if (x0 < minX) minX = x0;
		if (y0 < minY) minY = y0;
		if (x1 > maxX) maxX = x1;
		if (y1 > maxY) maxY = y1;
	}
	// Cells about as large as an edge (mean of width + height), so most edges sit in 1–4 cells.
	const spec = new GridSpec(minX, minY, maxX, maxY, E, extent / E);
	const grid = new BoxGrid(spec, E, bx0, by0, bx1, by1);
	const gStart = grid.start;
	const gItems = grid.items;
	const gnx = spec.nx;
	/** If node v lies within eps of the interior of edge p→q, records the insertion and returns true. */
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
		ins.add(edge, v, t);
		touched.push(v);
		return true;
	};
	for (let e = 0; e < E; e++) {
		const a = ea[e];
		const b = eb[e];
		const ax = X[a];
		const ay = Y[a];
		const bx = X[b];
		const by = Y[b];
		const ex0 = bx0[e];
		const ey0 = by0[e];
		const ex1 = bx1[e];
		const ey1 = by1[e];
		const cx0 = spec.ix(ex0);
		const cx1 = spec.ix(ex1);
		const cy0 = spec.iy(ey0);
		const cy1 = spec.iy(ey1);
		for (let gy = cy0; gy <= cy1; gy++) {
			for (let gx = cx0; gx <= cx1; gx++) {
				const cellId = gy * gnx + gx;
				for (let k = gStart[cellId]; k < gStart[cellId + 1]; k++) {
					const f = gItems[k];
					if (f <= e) continue;
					if (bx0[f] > ex1 || bx1[f] < ex0 || by0[f] > ey1 || by1[f] < ey0) continue;
					const c = ea[f];
					const d = eb[f];
					if (c === a || c === b || d === a || d === b) continue;
					// The pair is listed in every cell both boxes cover: test it only in the cell of the overlap's corner.
					if (spec.ix(ex0 > bx0[f] ? ex0 : bx0[f]) !== gx || spec.iy(ey0 > by0[f] ? ey0 : by0[f]) !== gy) continue;
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
					// Proper crossing: a new node, at parameter t along e and u along f.
					const t = o3 / (o3 - o4);
					const u = o1 / (o1 - o2);
					const qx = ax + t * (bx - ax);
					const qy = ay + t * (by - ay);
					const v = nodeX.length;
					nodeX.push(qx);
					nodeY.push(qy);
					st.nodeLon.push(st.lon0 + qx / st.kx);
					st.nodeLat.push(st.lat0 + qy / st.ky);
					ins.add(e, v, t);
					ins.add(f, v, u);
					crossings++;
					if (edgeOwner[e] >= 0 && edgeOwner[e] === edgeOwner[f]) selfIntersecting.add(edgeOwner[e]);
				}
			}
		}
	}
	return { insertions: ins, touched, crossings, selfIntersecting };
}

/** Step 4: unique edges with the winding change of each member across them; edges changing nothing are dropped. */
function windingEdges(
	st: BuildState,
	index: RingIndex
): {
	ea: Int32Array;
	eb: Int32Array;
	edgeMemberStart: Int32Array;
	edgeMember: Int32Array;
	edgeNet: Int32Array;
	edgeHoleOnly: Uint8Array;
} {
	const { table, ringEdges } = index;
	const rawE = table.count;
	const tea = table.ea.data;
	const fromOuter = new Uint8Array(rawE); // some outer ring runs along the edge
	// Most edges have one or two members: two inline slots, and a map for the rare rest.
	const m1 = new Int32Array(rawE).fill(-1);
	const n1 = new Int32Array(rawE);
	const m2 = new Int32Array(rawE).fill(-1);
	const n2 = new Int32Array(rawE);
	const more = new Map<number, number[]>(); // edge → [member, net, member, net, …]
	for (let r = 0; r < st.rings.length; r++) {
		const ring = st.rings[r];
		const ids = ringEdges[r];
		const m = st.ringMember[r];
		const outer = st.ringHole[r] === 0;
		for (let i = 0; i < ring.length; i++) {
			const e = ids[i];
			if (outer) fromOuter[e] = 1;
			const dir = tea[e] === ring[i] ? 1 : -1;
			if (m1[e] === m || m1[e] === -1) {
				m1[e] = m;
				n1[e] += dir;
			} else if (m2[e] === m || m2[e] === -1) {
				m2[e] = m;
				n2[e] += dir;
			} else {
				let list = more.get(e);
				if (!list) more.set(e, (list = []));
				let j = 0;
				while (j < list.length && list[j] !== m) j += 2;
				if (j < list.length) list[j + 1] += dir;
				else list.push(m, dir);
			}
		}
	}
	const ea = new IntList(rawE);
	const eb = new IntList(rawE);
	const start = new IntList(rawE + 1);
	const member = new IntList(rawE * 2);
	const net = new IntList(rawE * 2);
	const holeOnly = new IntList(rawE);
	start.push(0);
	const teb = table.eb.data;
	for (let e = 0; e < rawE; e++) {
		const extra = more.get(e);
		let live = n1[e] !== 0 || n2[e] !== 0;
		if (extra) for (let j = 1; j < extra.length; j += 2) if (extra[j] !== 0) live = true;
		if (!live) continue; // no winding changes across it: the edge separates nothing
		ea.push(tea[e]);
		eb.push(teb[e]);
		holeOnly.push(fromOuter[e] ? 0 : 1);
		if (n1[e] !== 0) {
			member.push(m1[e]);
			net.push(n1[e]);
		}
		if (n2[e] !== 0) {
			member.push(m2[e]);
			net.push(n2[e]);
		}
		if (extra) {
			for (let j = 0; j < extra.length; j += 2) {
				if (extra[j + 1] === 0) continue;
				member.push(extra[j]);
				net.push(extra[j + 1]);
			}
		}
		start.push(member.length);
	}
	return {
		ea: ea.toArray(),
		eb: eb.toArray(),
		edgeMemberStart: start.toArray(),
		edgeMember: member.toArray(),
		edgeNet: net.toArray(),
		edgeHoleOnly: Uint8Array.from(holeOnly.toArray())
	};
}

/** After noding, checks edges next to nodes made or used by step 3 against all edges; returns the crossings left. */
function checkResidualCrossings(
	nx: Float64Array,
	ny: Float64Array,
	ea: Int32Array,
	eb: Int32Array,
	touched: Uint8Array,
	markBad: (e: number) => void
): number {
	const E = ea.length;
	if (E === 0) return 0;
	const index = new Flatbush(E);
	for (let e = 0; e < E; e++) {
		const a = ea[e];
		const b = eb[e];
		index.add(Math.min(nx[a], nx[b]), Math.min(ny[a], ny[b]), Math.max(nx[a], nx[b]), Math.max(ny[a], ny[b]));
	}
	index.finish();
	let residual = 0;
	for (let e = 0; e < E; e++) {
		const a = ea[e];
		const b = eb[e];
		if (!touched[a] && !touched[b]) continue;
		const ax = nx[a];
		const ay = ny[a];
		const bx = nx[b];
		const by = ny[b];
		index.search(Math.min(ax, bx), Math.min(ay, by), Math.max(ax, bx), Math.max(ay, by), (f) => {
			if (f === e) return false;
			const c = ea[f];
			const d = eb[f];
			if (c === a || c === b || d === a || d === b) return false;
			const o1 = orient2d(ax, ay, bx, by, nx[c], ny[c]);
			const o2 = orient2d(ax, ay, bx, by, nx[d], ny[d]);
			const o3 = orient2d(nx[c], ny[c], nx[d], ny[d], ax, ay);
			const o4 = orient2d(nx[c], ny[c], nx[d], ny[d], bx, by);
			if (o1 > 0 !== o2 > 0 && o1 !== 0 && o2 !== 0 && o3 > 0 !== o4 > 0 && o3 !== 0 && o4 !== 0) {
				residual++;
				markBad(e);
				markBad(f);
			}
			return false;
		});
	}
	return residual;
}

/** Monotonic stand-in for atan2 in [0, 4) (the "diamond angle"): enough to sort edges around a node. */
function pseudoAngle(dx: number, dy: number): number {
	if (dy >= 0) return dx >= 0 ? dy / (dx + dy || 1) : 1 - dx / (dy - dx);
	return dx < 0 ? 2 - dy / (-dx - dy) : 3 + dx / (dx - dy);
}

/** Step 5: half-edges around nodes, face cycles, and the face that contains each component's outer boundary. */
function buildFaces(
	nx: Float64Array,
	ny: Float64Array,
	ea: Int32Array,
	eb: Int32Array,
	nodeCount: number,
	lat0: number,
	ky: number,
	badMembers: Set<number>,
	edgeMemberStart: Int32Array,
	edgeMember: Int32Array
) {
	const E = ea.length;
	const H = 2 * E;
	const heOrigin = (h: number) => ((h & 1) === 0 ? ea[h >> 1] : eb[h >> 1]);
	const outStart = new Int32Array(nodeCount + 1);
	for (let e = 0; e < E; e++) {
		outStart[ea[e] + 1]++;
		outStart[eb[e] + 1]++;
	}
	for (let v = 0; v < nodeCount; v++) outStart[v + 1] += outStart[v];
	const outFill = outStart.slice(0, nodeCount);
	const outList = new Int32Array(H);
	for (let e = 0; e < E; e++) {
		outList[outFill[ea[e]]++] = 2 * e;
		outList[outFill[eb[e]]++] = 2 * e + 1;
	}
	const heAngle = new Float64Array(H);
	for (let e = 0; e < E; e++) {
		const dx = nx[eb[e]] - nx[ea[e]];
		const dy = ny[eb[e]] - ny[ea[e]];
		heAngle[2 * e] = pseudoAngle(dx, dy);
		heAngle[2 * e + 1] = pseudoAngle(-dx, -dy);
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
	// next(h): at the end node of h, the outgoing half-edge just clockwise of h's twin: the face on the left
	// of h continues there (faces are traced counter-clockwise).
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
			const ux = nx[u];
			const uy = ny[u];
			a2 += ux * ny[v] - nx[v] * uy;
			const dx = nx[v] - ux;
			const dy = ny[v] - uy;
			per += Math.sqrt(dx * dx + dy * dy);
			if (ux < x0) x0 = ux;
			if (ux > x1) x1 = ux;
			if (uy < y0) y0 = uy;
			if (uy > y1) y1 = uy;
			h = heNext[h];
		} while (h !== h0 && heCycle[h] === -1);
		if (h !== h0) {
			// Cannot happen with a consistent rotation system (next is a permutation); guard anyway.
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
	const components = new Set(outerCycles.map((c) => find(heOrigin(cycFirst.data[c])))).size;
	if (outerCycles.length <= 1) {
		for (const c of outerCycles) faceOfCycle[c] = UNBOUNDED;
	} else {
		// Nested components (islands in a hole, enclaves not touching their surroundings): point-in-cycle tests
		// against the bounded cycles of other components; the smallest containing one is the face.
		const boundedCycles: number[] = [];
		for (let c = 0; c < C; c++) if (cycArea.data[c] > 0) boundedCycles.push(c);
		const index = new Flatbush(Math.max(1, boundedCycles.length));
		for (const c of boundedCycles)
			index.add(cycBox.data[4 * c], cycBox.data[4 * c + 1], cycBox.data[4 * c + 2], cycBox.data[4 * c + 3]);
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
					if (ny[u] > py !== ny[v] > py && px < ((nx[v] - nx[u]) * (py - ny[u])) / (ny[v] - ny[u]) + nx[u])
						inside = !inside;
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
	// Equirectangular areas are exact up to the cos(lat)/cos(lat0) scale of the x axis: correct per face.
	const faceAreaM2 = new Float64Array(faceCount + 1);
	const facePerimM = new Float64Array(faceCount + 1);
	const faceLatFactor = new Float64Array(faceCount + 1).fill(1);
	const cos0 = Math.cos((lat0 * Math.PI) / 180);
	for (let c = 0; c < C; c++) {
		if (!(cycArea.data[c] > 0)) continue;
		const latC = lat0 + (cycBox.data[4 * c + 1] + cycBox.data[4 * c + 3]) / 2 / ky;
		faceLatFactor[faceOfCycle[c]] = Math.cos((latC * Math.PI) / 180) / cos0;
	}
	for (let c = 0; c < C; c++) {
		const f = faceOfCycle[c];
		faceAreaM2[f] += cycArea.data[c] * faceLatFactor[f];
		facePerimM[f] += cycPerim.data[c];
	}
	faceAreaM2[UNBOUNDED] = Infinity;
	return { heNext, heFace, faceCount, faceAreaM2, facePerimM, components };
}

/**
 * Step 6: winding numbers of every member in every face, by a breadth-first walk from the unbounded face
 * (winding 0 for all): crossing an edge changes each member's winding by the edge's net count. A face reached
 * twice with different windings means the graph is not a consistent planar subdivision there.
 */
function propagateWindings(
	faceCount: number,
	heFace: Int32Array,
	edgeMemberStart: Int32Array,
	edgeMember: Int32Array,
	edgeNet: Int32Array,
	E: number
) {
	const H = 2 * E;
	const UNBOUNDED = faceCount;
	const faceHeStart = new Int32Array(faceCount + 2);
	for (let h = 0; h < H; h++) faceHeStart[heFace[h] + 1]++;
	for (let f = 0; f <= faceCount; f++) faceHeStart[f + 1] += faceHeStart[f];
	const fhFill = faceHeStart.slice(0, faceCount + 1);
	const faceHe = new Int32Array(H);
	for (let h = 0; h < H; h++) faceHe[fhFill[heFace[h]]++] = h;

	// Windings as flat [member, winding, …] lists sorted by member; most faces have exactly one member.
	const faceWind: (number[] | null)[] = new Array(faceCount + 1).fill(null);
	faceWind[UNBOUNDED] = [];
	const queue = new Int32Array(faceCount + 1);
	let qh = 0;
	let qt = 0;
	queue[qt++] = UNBOUNDED;
	const inconsistent = new Set<number>();
	/** Winding of member m after crossing edge e from a face with windings w, in direction `sign`. */
	const crossed = (w: number[], e: number, sign: number, m: number): number => {
		let v = 0;
		for (let j = 0; j < w.length; j += 2)
			if (w[j] === m) {
				v = w[j + 1];
				break;
			}
		for (let k = edgeMemberStart[e]; k < edgeMemberStart[e + 1]; k++) if (edgeMember[k] === m) v += sign * edgeNet[k];
		return v;
	};
	const has = (w: number[], m: number): boolean => {
		for (let j = 0; j < w.length; j += 2) if (w[j] === m) return true;
		return false;
	};
	while (qh < qt) {
		const f = queue[qh++];
		const w = faceWind[f]!;
		for (let k = faceHeStart[f]; k < faceHeStart[f + 1]; k++) {
			const h = faceHe[k];
			const g = heFace[h ^ 1];
			if (g === f) continue;
			const e = h >> 1;
			const sign = (h & 1) === 0 ? -1 : 1; // crossing from the left of h to its right
			const known = faceWind[g];
			if (known === null) {
				const out = w.slice();
				for (let j = edgeMemberStart[e]; j < edgeMemberStart[e + 1]; j++) {
					const m = edgeMember[j];
					const d = sign * edgeNet[j];
					let i = 0;
					while (i < out.length && out[i] < m) i += 2;
					if (i < out.length && out[i] === m) {
						out[i + 1] += d;
						if (out[i + 1] === 0) out.splice(i, 2);
					} else out.splice(i, 0, m, d);
				}
				faceWind[g] = out;
				queue[qt++] = g;
				continue;
			}
			// Consistency, without allocating: every member known in g, in f or on the edge must agree.
			let ok = true;
			for (let j = 0; j < known.length && ok; j += 2) if (crossed(w, e, sign, known[j]) !== known[j + 1]) ok = false;
			for (let j = 0; j < w.length && ok; j += 2) if (!has(known, w[j]) && crossed(w, e, sign, w[j]) !== 0) ok = false;
			for (let j = edgeMemberStart[e]; j < edgeMemberStart[e + 1] && ok; j++) {
				const m = edgeMember[j];
				if (!has(known, m) && crossed(w, e, sign, m) !== 0) ok = false;
			}
			if (!ok) {
				inconsistent.add(g);
				inconsistent.add(f);
			}
		}
	}
	const faceCover: Int32Array[] = new Array(faceCount + 1);
	for (let f = 0; f <= faceCount; f++) {
		const w = faceWind[f];
		if (w === null) {
			inconsistent.add(f); // unreachable face: only possible when the graph is broken
			faceCover[f] = new Int32Array(0);
			continue;
		}
		let n = 0;
		for (let j = 0; j < w.length; j += 2) if (w[j + 1] > 0) n++;
		const cov = new Int32Array(n);
		n = 0;
		for (let j = 0; j < w.length; j += 2) if (w[j + 1] > 0) cov[n++] = w[j];
		faceCover[f] = cov;
	}
	return { faceCover, faceHeStart, faceHe, inconsistent };
}

/**
 * Whether face f is a hole drawn in the input: every edge around it comes from interior rings of one member.
 * (A gap between members, or a loop of a self-intersecting outer ring, is not.)
 */
export function isInputHole(topo: DissolveTopology, f: number): boolean {
	let member = -1;
	for (let k = topo.faceHeStart[f]; k < topo.faceHeStart[f + 1]; k++) {
		const e = topo.faceHe[k] >> 1;
		if (!topo.edgeHoleOnly[e]) return false;
		for (let j = topo.edgeMemberStart[e]; j < topo.edgeMemberStart[e + 1]; j++) {
			const m = topo.edgeMember[j];
			if (member === -1) member = m;
			else if (m !== member) return false;
		}
	}
	return member !== -1;
}
