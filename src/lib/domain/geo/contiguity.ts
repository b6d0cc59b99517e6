/**
 * Contiguity of a merger group: is the union of the units one connected piece through shared borders?
 * Works on the adjacency graph (edges from `computeAdjacency`, merged with manual edges), not on geometry, so a
 * corner contact never makes a group contiguous. `gapBetweenParts` gives the map a line to zoom to.
 */
import type { LineString, MultiPolygon, Polygon } from 'geojson';
import { areaM2, metresPerDegree, polygonsOf, segDistSq } from './measures';

/** Connected parts of a group of units under an adjacency predicate; parts sorted largest first. */
export function groupContiguity(
	codes: string[],
	isAdjacent: (a: string, b: string) => boolean
): { contiguous: boolean; parts: string[][] } {
	const unique = [...new Set(codes)];
	const seen = new Set<string>();
	const parts: string[][] = [];
	// Plain BFS with the predicate: O(n²) calls, fine for merger groups (tens of units, rarely hundreds).
	for (const start of unique) {
		if (seen.has(start)) continue;
		seen.add(start);
		const part = [start];
		for (let i = 0; i < part.length; i++) {
			for (const other of unique) {
				if (!seen.has(other) && isAdjacent(part[i], other)) {
					seen.add(other);
					part.push(other);
				}
			}
		}
		part.sort();
		parts.push(part);
	}
	// Largest first; ties by smallest code so the order is stable.
	parts.sort((p, q) => q.length - p.length || (p[0] < q[0] ? -1 : p[0] > q[0] ? 1 : 0));
	return { contiguous: parts.length <= 1, parts };
}

/** Fast neighbour lookups over an edge list: `isAdjacent(a, b)` and sorted `neighbours(code)`. */
export function adjacencyIndex(edges: { a: string; b: string }[]): {
	isAdjacent: (a: string, b: string) => boolean;
	neighbours: (code: string) => string[];
	codes: () => string[];
} {
	const map = new Map<string, Set<string>>();
	const link = (x: string, y: string) => {
		let s = map.get(x);
		if (!s) map.set(x, (s = new Set()));
		s.add(y);
	};
	for (const e of edges) {
		if (e.a === e.b) continue;
		link(e.a, e.b);
		link(e.b, e.a);
	}
	const sorted = new Map<string, string[]>();
	return {
		isAdjacent: (a, b) => map.get(a)?.has(b) ?? false,
		neighbours: (code) => {
			let list = sorted.get(code);
			if (!list) sorted.set(code, (list = [...(map.get(code) ?? [])].sort()));
			return list;
		},
		codes: () => [...map.keys()].sort()
	};
}

type Geometry = Polygon | MultiPolygon;

/**
 * Nearest points between the two largest parts (by area) of a non-contiguous group, as a LineString from the
 * largest part to the second, with the gap in km. Each part is one geometry or the list of its units' geometries.
 * Returns null with fewer than two parts. Exact nearest points between the boundary segments, in a local metric
 * frame (equirectangular at the parts' mean latitude: error ≪ 1 % within a province).
 */
export function gapBetweenParts(
	parts: (Geometry | Geometry[])[]
): { line: LineString; distanceKm: number; parts: [number, number] } | null {
	if (parts.length < 2) return null;
	const lists = parts.map((p) => (Array.isArray(p) ? p : [p]));
	const areas = lists.map((l) => l.reduce((s, g) => s + areaM2(g), 0));
	const order = areas.map((_, i) => i).sort((i, j) => areas[j] - areas[i]);
	const [ia, ib] = [order[0], order[1]];

	let latSum = 0;
	let n = 0;
	for (const l of [lists[ia], lists[ib]])
		for (const g of l)
			for (const poly of polygonsOf(g))
				for (const p of poly[0] ?? []) {
					latSum += p[1];
					n++;
				}
	if (!n) return null;
	const k = metresPerDegree(latSum / n);

	// Segments of each part in metres, with their bounding boxes for pruning.
	const segs = (l: Geometry[]) => {
		const out: number[] = [];
		for (const g of l)
			for (const poly of polygonsOf(g))
				for (const ring of poly)
					for (let i = 0; i < ring.length; i++) {
						const p = ring[i];
						const q = ring[(i + 1) % ring.length];
						out.push(p[0] * k.x, p[1] * k.y, q[0] * k.x, q[1] * k.y);
					}
		return out;
	};
	const A = segs(lists[ia]);
	const B = segs(lists[ib]);
	let best = Infinity;
	let pa: [number, number] = [0, 0];
	let pb: [number, number] = [0, 0];
	// Closest points between two segments: the minimum is reached at an end point of one of them (or they cross).
	const consider = (px: number, py: number, x0: number, y0: number, x1: number, y1: number, fromA: boolean) => {
		const d = segDistSq(px, py, x0, y0, x1, y1);
		if (d >= best) return;
		best = d;
		const dx = x1 - x0;
		const dy = y1 - y0;
		const l2 = dx * dx + dy * dy;
		let t = l2 > 0 ? ((px - x0) * dx + (py - y0) * dy) / l2 : 0;
		t = t < 0 ? 0 : t > 1 ? 1 : t;
		const q: [number, number] = [x0 + t * dx, y0 + t * dy];
		if (fromA) {
			pa = [px, py];
			pb = q;
		} else {
			pa = q;
			pb = [px, py];
		}
	};
	for (let i = 0; i < A.length && best > 0; i += 4) {
		const ax0 = Math.min(A[i], A[i + 2]);
		const ax1 = Math.max(A[i], A[i + 2]);
		const ay0 = Math.min(A[i + 1], A[i + 3]);
		const ay1 = Math.max(A[i + 1], A[i + 3]);
		for (let j = 0; j < B.length; j += 4) {
			// prune: box-to-box distance already ≥ best
			const gx = Math.max(0, Math.min(B[j], B[j + 2]) - ax1, ax0 - Math.max(B[j], B[j + 2]));
			const gy = Math.max(0, Math.min(B[j + 1], B[j + 3]) - ay1, ay0 - Math.max(B[j + 1], B[j + 3]));
			if (gx * gx + gy * gy >= best) continue;
			if (gx === 0 && gy === 0) {
				// boxes overlap: the segments may cross (distance 0 at the crossing point)
				const x = crossing(A[i], A[i + 1], A[i + 2], A[i + 3], B[j], B[j + 1], B[j + 2], B[j + 3]);
				if (x) {
					best = 0;
					pa = x;
					pb = x;
					break;
				}
			}
			consider(A[i], A[i + 1], B[j], B[j + 1], B[j + 2], B[j + 3], true);
			consider(A[i + 2], A[i + 3], B[j], B[j + 1], B[j + 2], B[j + 3], true);
			consider(B[j], B[j + 1], A[i], A[i + 1], A[i + 2], A[i + 3], false);
			consider(B[j + 2], B[j + 3], A[i], A[i + 1], A[i + 2], A[i + 3], false);
		}
	}
	const toLonLat = (p: [number, number]) => [p[0] / k.x, p[1] / k.y];
	return {
		line: { type: 'LineString', coordinates: [toLonLat(pa), toLonLat(pb)] },
		distanceKm: Math.sqrt(best) / 1000,
		parts: [ia, ib]
	};
}

/** Crossing point of segments p0p1 and q0q1, or null (parallel or disjoint). */
function crossing(
	p0x: number,
	p0y: number,
	p1x: number,
	p1y: number,
	q0x: number,
	q0y: number,
	q1x: number,
	q1y: number
): [number, number] | null {
	const rx = p1x - p0x;
	const ry = p1y - p0y;
	const sx = q1x - q0x;
	const sy = q1y - q0y;
	const den = rx * sy - ry * sx;
	if (den === 0) return null;
	const t = ((q0x - p0x) * sy - (q0y - p0y) * sx) / den;
	const u = ((q0x - p0x) * ry - (q0y - p0y) * rx) / den;
	if (t < 0 || t > 1 || u < 0 || u > 1) return null;
	return [p0x + t * rx, p0y + t * ry];
}
