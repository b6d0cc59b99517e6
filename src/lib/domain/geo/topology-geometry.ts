/**
 * Small geometric primitives shared by the dissolve topology: spherical ring area (the same formula as
 * Turf's `area`, so figures agree with the tests), local metric lengths, ring orientation and sliver tests.
 * Plain TypeScript, no dependencies.
 */
import type { MultiPolygon, Polygon, Position } from 'geojson';

/** Mean Earth radius in metres (the radius Turf uses). */
export const EARTH_RADIUS_M = 6371008.8;
/** Metres per degree of latitude on that sphere. */
export const METRES_PER_DEGREE = (Math.PI / 180) * EARTH_RADIUS_M;
const RAD = Math.PI / 180;

/**
 * Signed spherical area of a ring in m² (lon/lat degrees; closed or open ring).
 * Positive for counter-clockwise rings. Same algorithm as Turf's `area` (Chamberlain & Duquette).
 */
export function ringAreaSignedM2(ring: Position[]): number {
	let n = ring.length;
	if (n > 1 && ring[0][0] === ring[n - 1][0] && ring[0][1] === ring[n - 1][1]) n--; // ignore closing point
	if (n < 3) return 0;
	let total = 0;
	for (let i = 0; i < n; i++) {
		const lower = ring[i];
		const middle = ring[(i + 1) % n];
		const upper = ring[(i + 2) % n];
		total += (upper[0] - lower[0]) * RAD * Math.sin(middle[1] * RAD);
	}
	// Turf's sum is negative for counter-clockwise rings; flip so that CCW is positive.
	return (-total * EARTH_RADIUS_M * EARTH_RADIUS_M) / 2;
}

/** Perimeter of a ring in metres (local equirectangular per segment; error < 0.1 % at commune scale). */
export function ringPerimeterM(ring: Position[]): number {
	let p = 0;
	for (let i = 1; i < ring.length; i++) p += segmentLengthM(ring[i - 1], ring[i]);
	const n = ring.length;
	if (n > 1 && (ring[0][0] !== ring[n - 1][0] || ring[0][1] !== ring[n - 1][1]))
		p += segmentLengthM(ring[n - 1], ring[0]);
	return p;
}

/** Length in metres of a short lon/lat segment (equirectangular at the mid latitude). */
export function segmentLengthM(a: Position, b: Position): number {
	const dx = (b[0] - a[0]) * Math.cos(((a[1] + b[1]) / 2) * RAD);
	const dy = b[1] - a[1];
	return Math.sqrt(dx * dx + dy * dy) * METRES_PER_DEGREE;
}

/** Area of a polygon or multipolygon in m² (outer rings minus holes, orientation-independent). */
export function geometryAreaM2(geom: Polygon | MultiPolygon): number {
	const polys = geom.type === 'Polygon' ? [geom.coordinates] : geom.coordinates;
	let a = 0;
	for (const poly of polys) {
		for (let r = 0; r < poly.length; r++) {
			const ra = Math.abs(ringAreaSignedM2(poly[r]));
			a += r === 0 ? ra : -ra;
		}
	}
	return a;
}

/**
 * The sliver test of `countSliverHoles`: area below `maxKm2` (km²) and mean width 2·A/P below `maxWidthM` (m).
 * The mean width separates the thin cracks left by non-topological simplification (Lâm Đồng: ≤ 71 m) from a
 * genuinely enclosed small unit (a 0.1 km² ward is ~150 m wide).
 */
export function isSliver(areaM2: number, perimeterM: number, maxKm2: number, maxWidthM: number): boolean {
	if (!(areaM2 < maxKm2 * 1e6)) return false;
	if (!(perimeterM > 0)) return true;
	return (2 * areaM2) / perimeterM < maxWidthM;
}

/** Twice the signed area of the triangle (a, b, c) in planar coordinates; > 0 when c is left of a→b. */
export function orient2d(ax: number, ay: number, bx: number, by: number, cx: number, cy: number): number {
	return (bx - ax) * (cy - ay) - (by - ay) * (cx - ax);
}

/** Outer rings CCW, holes CW (RFC 7946 §3.1.6), in place; returns the geometry for chaining. */
export function rewindRfc7946<T extends Polygon | MultiPolygon>(geom: T): T {
	const polys = geom.type === 'Polygon' ? [geom.coordinates as Position[][]] : (geom.coordinates as Position[][][]);
	for (const poly of polys) {
		for (let r = 0; r < poly.length; r++) {
			const a = ringAreaSignedM2(poly[r]);
			if ((r === 0 && a < 0) || (r > 0 && a > 0)) poly[r].reverse();
		}
	}
	return geom;
}
