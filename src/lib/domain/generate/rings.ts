/**
 * The rings of the synthetic tiling: a cell's or a region's boundary from the shared edges, and the small plane
 * geometry the generator checks them with (signed area, point in ring, simple ring).
 */
import type { PlanarTiling } from './tiling';

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
