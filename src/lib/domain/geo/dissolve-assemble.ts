/**
 * From a shared-arc topology and an assignment of faces to groups, the boundary rings of each group,
 * assembled into valid GeoJSON polygons (outer rings CCW, holes CW, simple rings, holes inside their shell).
 */
import type { MultiPolygon, Polygon, Position } from 'geojson';
import type { DissolveTopology } from './topology-build';
import { ringAreaSignedM2 } from './topology-geometry';

/** Output rings smaller than this (m²) are dropped. */
const MIN_RING_AREA_M2 = 1;

/** One group's assembled geometry (null when the boundary could not be closed into valid rings). */
export interface AssembledGroup {
	geometry: Polygon | MultiPolygon;
	areaM2: number;
}

/**
 * Traces the boundary of every group at once. `faceGroup[f]` is the group of face f (−1 = none; index
 * topo.faceCount is the unbounded face). Returns one entry per group, null where tracing failed.
 */
export function assembleGroups(
	topo: DissolveTopology,
	faceGroup: Int32Array,
	groupCount: number
): (AssembledGroup | null)[] {
	const { heNext, heFace, ea, eb, nx, ny, nlon, nlat, edgeCount } = topo;
	const H = 2 * edgeCount;
	const origin = (h: number) => ((h & 1) === 0 ? ea[h >> 1] : eb[h >> 1]);

	// Boundary half-edges bucketed by the group on their left; boundary degree of each node.
	const bdeg = new Uint8Array(topo.nodeCount);
	const countPerGroup = new Int32Array(groupCount + 1);
	for (let e = 0; e < edgeCount; e++) {
		const gl = faceGroup[heFace[2 * e]];
		const gr = faceGroup[heFace[2 * e + 1]];
		if (gl === gr) continue;
		if (bdeg[ea[e]] < 255) bdeg[ea[e]]++;
		if (bdeg[eb[e]] < 255) bdeg[eb[e]]++;
		if (gl >= 0) countPerGroup[gl + 1]++;
		if (gr >= 0) countPerGroup[gr + 1]++;
	}
	for (let g = 0; g < groupCount; g++) countPerGroup[g + 1] += countPerGroup[g];
	const fill = countPerGroup.slice(0, groupCount);
	const groupHe = new Int32Array(countPerGroup[groupCount]);
	for (let h = 0; h < H; h++) {
		const g = faceGroup[heFace[h]];
		if (g >= 0 && faceGroup[heFace[h ^ 1]] !== g) groupHe[fill[g]++] = h;
	}

	const visited = new Uint8Array(H);
	const nodePos = new Int32Array(topo.nodeCount).fill(-1);
	const results: (AssembledGroup | null)[] = new Array(groupCount).fill(null);

	for (let g = 0; g < groupCount; g++) {
		const s = countPerGroup[g];
		const t = countPerGroup[g + 1];
		const shells: { ring: number[]; area: number; box: number[] }[] = [];
		const holes: { ring: number[]; area: number }[] = [];
		let ok = true;
		const emit = (nodes: number[]) => {
			const ring = dropCollinear(nodes, bdeg, nlon, nlat);
			if (ring.length < 3) return;
			let a2 = 0;
			let x0 = Infinity;
			let y0 = Infinity;
			let x1 = -Infinity;
			let y1 = -Infinity;
			for (let i = 0; i < ring.length; i++) {
				const u = ring[i];
				const v = ring[(i + 1) % ring.length];
				a2 += nx[u] * ny[v] - nx[v] * ny[u];
				if (nx[u] < x0) x0 = nx[u];
				if (nx[u] > x1) x1 = nx[u];
				if (ny[u] < y0) y0 = ny[u];
				if (ny[u] > y1) y1 = ny[u];
			}
			// Rings under 1 m² come from near-concurrent crossings (nodes centimetres apart): noise at any
			// administrative scale, and too small for their orientation to survive rounding. Dropped.
			if (a2 > 2 * MIN_RING_AREA_M2) shells.push({ ring, area: a2 / 2, box: [x0, y0, x1, y1] });
			else if (a2 < -2 * MIN_RING_AREA_M2) holes.push({ ring, area: -a2 / 2 });
		};
		for (let k = s; k < t && ok; k++) {
			const h0 = groupHe[k];
			if (visited[h0]) continue;
			const path: number[] = [];
			let h = h0;
			let steps = 0;
			do {
				if (visited[h] || ++steps > t - s) {
					ok = false;
					break;
				}
				visited[h] = 1;
				const v = origin(h);
				const p = nodePos[v];
				if (p >= 0) {
					// The boundary comes back to a node already on this ring: cut the loop off as its own ring,
					// so that every ring is simple (a pinch becomes two rings touching at a point).
					const loop = path.splice(p);
					for (const u of loop) nodePos[u] = -1;
					emit(loop);
				}
				nodePos[v] = path.length;
				path.push(v);
				// Next boundary half-edge: turn around the end node through faces of the same group.
				let e = heNext[h];
				let turns = 0;
				while (faceGroup[heFace[e ^ 1]] === g) {
					e = heNext[e ^ 1];
					if (++turns > 1_000_000) break;
				}
				h = e;
			} while (h !== h0);
			for (const u of path) nodePos[u] = -1;
			if (!ok) break;
			emit(path);
		}
		if (!ok) continue;

		// Holes into the smallest shell that contains them (test point: midpoint of the hole's first edge,
		// never on a shell because the boundary edges of one group are distinct).
		const polys: { shell: number[]; holes: number[][] }[] = shells.map((sh) => ({ shell: sh.ring, holes: [] }));
		for (const hole of holes) {
			let target = -1;
			if (shells.length === 1) target = 0;
			else {
				const u = hole.ring[0];
				const v = hole.ring[1];
				const px = (nx[u] + nx[v]) / 2;
				const py = (ny[u] + ny[v]) / 2;
				let bestArea = Infinity;
				for (let i = 0; i < shells.length; i++) {
					const sh = shells[i];
					if (sh.area >= bestArea || px < sh.box[0] || px > sh.box[2] || py < sh.box[1] || py > sh.box[3]) continue;
					if (pointInRing(px, py, sh.ring, nx, ny)) {
						bestArea = sh.area;
						target = i;
					}
				}
			}
			if (target < 0) {
				ok = false;
				break;
			}
			polys[target].holes.push(hole.ring);
		}
		if (!ok) continue;

		let areaM2 = 0;
		const toCoords = (ring: number[]): Position[] => {
			const out: Position[] = new Array(ring.length + 1);
			for (let i = 0; i < ring.length; i++) out[i] = [nlon[ring[i]], nlat[ring[i]]];
			out[ring.length] = [nlon[ring[0]], nlat[ring[0]]];
			return out;
		};
		const coords: Position[][][] = polys.map((p) => {
			const shell = toCoords(p.shell);
			areaM2 += ringAreaSignedM2(shell);
			const rings = [shell];
			for (const hr of p.holes) {
				const c = toCoords(hr);
				areaM2 += ringAreaSignedM2(c); // negative: holes are clockwise
				rings.push(c);
			}
			return rings;
		});
		const geometry: Polygon | MultiPolygon =
			coords.length === 1 ? { type: 'Polygon', coordinates: coords[0] } : { type: 'MultiPolygon', coordinates: coords };
		results[g] = { geometry, areaM2 };
	}
	return results;
}

/**
 * Drops nodes where the boundary runs straight on, but only nodes on exactly two group-boundary edges:
 * every output ring through such a node uses the same two edges, so neighbouring outputs keep identical vertices.
 */
function dropCollinear(nodes: number[], bdeg: Uint8Array, lon: Float64Array, lat: Float64Array): number[] {
	const n = nodes.length;
	if (n <= 3) return nodes;
	const removable = (prev: number, v: number, next: number) => {
		if (bdeg[v] !== 2) return false;
		const ax = lon[v] - lon[prev];
		const ay = lat[v] - lat[prev];
		const bx = lon[next] - lon[v];
		const by = lat[next] - lat[v];
		const cross = ax * by - ay * bx;
		const dot = ax * bx + ay * by;
		// straight on (not a U-turn), sine of the turn below 1e-9
		return dot > 0 && Math.abs(cross) <= 1e-9 * Math.sqrt((ax * ax + ay * ay) * (bx * bx + by * by));
	};
	// Start from a node that stays, so the cyclic pass is well defined.
	let start = -1;
	for (let i = 0; i < n; i++) {
		if (!removable(nodes[(i - 1 + n) % n], nodes[i], nodes[(i + 1) % n])) {
			start = i;
			break;
		}
	}
	if (start < 0) return nodes;
	const out: number[] = [nodes[start]];
	for (let k = 1; k < n; k++) {
		const v = nodes[(start + k) % n];
		const next = nodes[(start + k + 1) % n];
		if (removable(out[out.length - 1], v, next)) continue;
		out.push(v);
	}
	return out;
}

/** Ray-casting point-in-ring test on projected node coordinates. */
function pointInRing(px: number, py: number, ring: number[], nx: Float64Array, ny: Float64Array): boolean {
	let inside = false;
	for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
		const xi = nx[ring[i]];
		const yi = ny[ring[i]];
		const xj = nx[ring[j]];
		const yj = ny[ring[j]];
		if (yi > py !== yj > py && px < ((xj - xi) * (py - yi)) / (yj - yi) + xi) inside = !inside;
	}
	return inside;
}
