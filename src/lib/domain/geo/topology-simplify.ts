/**
 * Topology-aware simplification of a polygon layer for display (issue 14 item 4), in one linear pass, the way
 * TopoJSON does it: coordinates are quantized to a grid (1e-5° ≈ 1 m by default), rings are cut into arcs at the
 * junctions (a vertex whose neighbours differ between the rings that use it), each arc is simplified once
 * (Douglas–Peucker) and every ring that runs along it gets that same simplified arc, forwards or backwards. So two
 * neighbours keep one common border: no gap or overlap appears between them, however coarse the tolerance.
 * Junctions are never moved. A ring that would collapse (fewer than 3 distinct vertices) keeps its quantized vertices
 * (keep-shapes). Borders drawn with different vertices on the two sides (not shared in the input) stay as they were
 * relative to each other: this makes shared borders no worse, it does not snap.
 */
import type { MultiPolygon, Polygon, Position } from 'geojson';

export interface SimplifyLayerOptions {
	/** Douglas–Peucker tolerance in degrees of latitude (longitudes are scaled by cos(latitude)). */
	toleranceDeg: number;
	/** Grid step of the output coordinates in degrees; default 1e-5 (≈ 1 m). */
	gridDeg?: number;
}

type Area = Polygon | MultiPolygon;

const OFFSET = 2 ** 25; // quantized coordinates are shifted to be positive; keys fit in 2^52

/** Simplify every geometry of a layer together (same order in and out). */
export function simplifyLayerTopology(geometries: readonly Area[], opts: SimplifyLayerOptions): Area[] {
	return presimplifyLayer(geometries, opts).at(opts.toleranceDeg);
}

/**
 * A layer cut into shared arcs once, each arc's vertices ranked by Douglas–Peucker importance once (the distance at
 * which the recursion keeps each vertex, as TopoJSON's and mapshaper's presimplify do), so the layer can be had at
 * any tolerance in one linear pass: what the map tiles need at every zoom. `at(t)` equals simplifying at `t`.
 */
export interface PresimplifiedLayer {
	/** The layer simplified at this tolerance (degrees of latitude); same order as the input. */
	at(toleranceDeg: number): Area[];
	/** Vertices in the quantized input (after consecutive duplicates are dropped). */
	readonly vertexCount: number;
}

/** Cut a layer into shared arcs and rank their vertices (see PresimplifiedLayer). */
export function presimplifyLayer(
	geometries: readonly Area[],
	opts: Omit<SimplifyLayerOptions, 'toleranceDeg'> = {}
): PresimplifiedLayer {
	const grid = opts.gridDeg ?? 1e-5;
	const kOf = (x: number, y: number) => (Math.round(x / grid) + OFFSET) * 2 ** 26 + (Math.round(y / grid) + OFFSET);
	const xOf = (k: number) => (Math.floor(k / 2 ** 26) - OFFSET) * grid;
	const yOf = (k: number) => ((k % 2 ** 26) - OFFSET) * grid;

	// 1. Rings as lists of vertex keys (consecutive duplicates dropped, closing vertex not repeated).
	let vertexCount = 0;
	const polys: number[][][][] = geometries.map((g) =>
		(g.type === 'Polygon' ? [g.coordinates] : g.coordinates).map((poly) =>
			poly.map((ring) => {
				const out: number[] = [];
				for (const [x, y] of ring) {
					const k = kOf(x, y);
					if (out[out.length - 1] !== k) out.push(k);
				}
				while (out.length > 1 && out[0] === out[out.length - 1]) out.pop();
				vertexCount += out.length;
				return out;
			})
		)
	);

	// 2. Junctions: a vertex seen with two different (unordered) neighbour pairs.
	const pairOf = new Map<number, [number, number]>(); // vertex → its first (unordered) neighbour pair
	const junction = new Set<number>();
	for (const poly of polys)
		for (const rings of poly)
			for (const ring of rings) {
				const n = ring.length;
				for (let i = 0; i < n; i++) {
					const a = ring[(i + n - 1) % n];
					const b = ring[(i + 1) % n];
					const lo = a < b ? a : b;
					const hi = a < b ? b : a;
					const k = ring[i];
					const seen = pairOf.get(k);
					if (seen === undefined) pairOf.set(k, [lo, hi]);
					else if (seen[0] !== lo || seen[1] !== hi) junction.add(k);
				}
			}

	// 3. Arcs, each once (canonical direction) with its vertices' importance; a ring is a list of signed arc refs
	// (2·arc + 1 when run backwards), or its own keys when it has fewer than 3 vertices.
	const arcs: number[][] = [];
	const importance: Float64Array[] = [];
	const arcId = new Map<string, number>();
	// An arc is a path between junctions through vertices that have the same two neighbours in every ring, so its
	// first vertex and the one after it (in its canonical direction) name it: no need to key it by all its vertices.
	const refOf = (arc: number[]): number => {
		const n = arc.length;
		const first = arc[0];
		const last = arc[n - 1];
		const forward = first < last || (first === last && arc[1] <= arc[n - 2]);
		const key = forward ? `${first},${arc[1]}` : `${last},${arc[n - 2]}`;
		let id = arcId.get(key);
		if (id === undefined) {
			const canon = forward ? arc : [...arc].reverse();
			id = arcs.length;
			arcId.set(key, id);
			arcs.push(canon);
			importance.push(dpImportance(canon, xOf, yOf));
		}
		return id * 2 + (forward ? 0 : 1);
	};
	type RingRefs = { keys: number[]; refs: number[] | null };
	const ringRefs = (ring: number[]): RingRefs => {
		const n = ring.length;
		if (n < 3) return { keys: ring, refs: null };
		let start = -1;
		for (let i = 0; i < n; i++)
			if (junction.has(ring[i])) {
				start = i;
				break;
			}
		if (start < 0) {
			// A ring with no junction (an island, or an enclave's border shared whole with its host's hole): one loop,
			// started at its smallest vertex so both sides cut it in the same place.
			let m = 0;
			for (let i = 1; i < n; i++) if (ring[i] < ring[m]) m = i;
			return { keys: ring, refs: [refOf([...ring.slice(m), ...ring.slice(0, m), ring[m]])] };
		}
		const rot = [...ring.slice(start), ...ring.slice(0, start), ring[start]];
		const refs: number[] = [];
		let from = 0;
		for (let i = 1; i < rot.length; i++) {
			if (!junction.has(rot[i]) && i < rot.length - 1) continue;
			refs.push(refOf(rot.slice(from, i + 1)));
			from = i;
		}
		return { keys: ring, refs };
	};
	const layer = polys.map((poly) => poly.map((rings) => rings.map(ringRefs)));

	return {
		vertexCount,
		at(toleranceDeg: number): Area[] {
			const t2 = toleranceDeg > 0 ? toleranceDeg * toleranceDeg : -1;
			const kept: (number[] | undefined)[] = new Array(arcs.length);
			const arcAt = (id: number): number[] => {
				let s = kept[id];
				if (!s) {
					const arc = arcs[id];
					const imp = importance[id];
					s = [];
					for (let i = 0; i < arc.length; i++) if (imp[i] > t2) s.push(arc[i]);
					kept[id] = s;
				}
				return s;
			};
			const ringOut = ({ keys: ring, refs }: RingRefs): Position[] => {
				if (!refs) return closeRing(ring, xOf, yOf);
				let keys: number[] = [];
				for (const ref of refs) {
					const s = arcAt(ref >> 1);
					if (ref & 1) for (let j = s.length - 1; j > 0; j--) keys.push(s[j]);
					else for (let j = 0; j < s.length - 1; j++) keys.push(s[j]);
				}
				if (new Set(keys).size < 3) keys = ring; // keep-shapes
				return closeRing(keys, xOf, yOf);
			};
			return geometries.map((g, gi) => {
				const polysOut = layer[gi].map((rings) => rings.map(ringOut));
				return g.type === 'Polygon'
					? { type: 'Polygon', coordinates: polysOut[0] }
					: { type: 'MultiPolygon', coordinates: polysOut };
			});
		}
	};
}

function closeRing(keys: number[], xOf: (k: number) => number, yOf: (k: number) => number): Position[] {
	const out = keys.map((k) => [round(xOf(k)), round(yOf(k))]);
	if (out.length) out.push([...out[0]]);
	return out;
}

/** Coordinates without float noise (…0000001) in the output text. */
const round = (v: number) => Math.round(v * 1e7) / 1e7;

/**
 * Douglas–Peucker importance of an arc's vertices (squared distance in degrees of latitude, x scaled by the cosine
 * of the arc's first latitude): a vertex is kept at tolerance t exactly when its importance exceeds t², as the
 * recursion at t would keep it (a vertex's importance is capped by its parent split's). Endpoints are always kept.
 */
function dpImportance(arc: number[], xOf: (k: number) => number, yOf: (k: number) => number): Float64Array {
	const n = arc.length;
	const imp = new Float64Array(n);
	imp[0] = imp[n - 1] = Infinity;
	if (n <= 2) return imp;
	const kx = Math.cos((yOf(arc[0]) * Math.PI) / 180);
	const xs = arc.map((k) => xOf(k) * kx);
	const ys = arc.map(yOf);
	const stack: [number, number, number][] = [[0, n - 1, Infinity]];
	while (stack.length) {
		const [a, b, cap] = stack.pop()!;
		let best = -1;
		let bestD = 0;
		const dx = xs[b] - xs[a];
		const dy = ys[b] - ys[a];
		const len2 = dx * dx + dy * dy;
		for (let i = a + 1; i < b; i++) {
			let d: number;
			if (len2 === 0) d = (xs[i] - xs[a]) ** 2 + (ys[i] - ys[a]) ** 2;
			else {
				const t = Math.max(0, Math.min(1, ((xs[i] - xs[a]) * dx + (ys[i] - ys[a]) * dy) / len2));
				d = (xs[a] + t * dx - xs[i]) ** 2 + (ys[a] + t * dy - ys[i]) ** 2;
			}
			if (d > bestD) {
				bestD = d;
				best = i;
			}
		}
		if (best >= 0) {
			const v = Math.min(bestD, cap);
			imp[best] = v;
			stack.push([a, best, v], [best, b, v]);
		}
	}
	return imp;
}
