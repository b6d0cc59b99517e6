/**
 * Geometry repair for the importer: make a unit's Polygon/MultiPolygon valid enough for area, adjacency and
 * dissolve, and say what was changed. Repairs are conservative (no snapping, no simplification): close rings,
 * drop repeated points and zero-width spikes, drop degenerate rings, orient rings as RFC 7946 wants (outer
 * counter-clockwise, holes clockwise), and rebuild self-intersecting polygons with a polyclip-ts union (a bow-tie
 * becomes two triangles). Each note is "<kind>: <detail>" with a kind from `RepairKind`, so the data-quality
 * report can translate it.
 */
import type { MultiPolygon, Polygon, Position } from 'geojson';
import Flatbush from 'flatbush';
import { union, type Geom } from 'polyclip-ts';

/** Kinds of repair, the prefix of every repair note. */
export type RepairKind =
	| 'invalid-position'
	| 'unclosed-ring'
	| 'duplicate-points'
	| 'spike'
	| 'degenerate-ring'
	| 'dropped-polygon'
	| 'orientation'
	| 'self-intersection';

/** All repair kinds, in the order the repairs are applied. */
export const REPAIR_KINDS: readonly RepairKind[] = [
	'invalid-position',
	'unclosed-ring',
	'duplicate-points',
	'spike',
	'degenerate-ring',
	'dropped-polygon',
	'orientation',
	'self-intersection'
];

/** The kind of a repair note ("orientation: polygon 0 ring 0 …" → 'orientation'), or null. */
export function repairKind(note: string): RepairKind | null {
	const k = note.split(':', 1)[0].trim() as RepairKind;
	return REPAIR_KINDS.includes(k) ? k : null;
}

/** Signed planar area of a closed ring in degree² (positive = counter-clockwise in lon/lat). */
function signedArea(ring: Position[]): number {
	let s = 0;
	const x0 = ring[0][0];
	const y0 = ring[0][1];
	for (let i = 1; i < ring.length - 1; i++) {
		s += (ring[i][0] - x0) * (ring[i + 1][1] - y0) - (ring[i + 1][0] - x0) * (ring[i][1] - y0);
	}
	return s / 2;
}

const same = (p: Position, q: Position) => p[0] === q[0] && p[1] === q[1];

/**
 * Clean one ring; returns the closed ring or null when degenerate. Notes are pushed to `notes`.
 * `where` names the ring in the notes ("polygon 0 ring 1").
 */
function cleanRing(raw: unknown, where: string, notes: string[]): Position[] | null {
	if (!Array.isArray(raw)) {
		notes.push(`degenerate-ring: ${where} is not an array of positions, dropped`);
		return null;
	}
	let bad = 0;
	let pts: Position[] = [];
	for (const p of raw) {
		if (Array.isArray(p) && p.length >= 2 && Number.isFinite(p[0]) && Number.isFinite(p[1])) {
			pts.push([p[0], p[1]]); // altitude, if any, is not used by the domain
		} else bad++;
	}
	if (bad) notes.push(`invalid-position: ${where}: ${bad} position(s) without finite lon/lat dropped`);
	if (pts.length && !same(pts[0], pts[pts.length - 1])) notes.push(`unclosed-ring: ${where} closed`);
	// Work on the open ring (no closing point) from here on.
	if (pts.length > 1 && same(pts[0], pts[pts.length - 1])) pts.pop();
	const before = pts.length;
	pts = pts.filter((p, i) => i === 0 || !same(p, pts[i - 1]));
	while (pts.length > 1 && same(pts[0], pts[pts.length - 1])) pts.pop();
	if (pts.length < before) notes.push(`duplicate-points: ${where}: ${before - pts.length} repeated point(s) removed`);
	// Zero-width spikes A-B-A: remove B and the second A, repeat (a spike can be several points deep).
	let spikes = 0;
	for (let changed = true; changed && pts.length >= 3;) {
		changed = false;
		for (let i = 0; i < pts.length && pts.length >= 3; i++) {
			const prev = pts[(i - 1 + pts.length) % pts.length];
			const next = pts[(i + 1) % pts.length];
			if (same(prev, next)) {
				// drop pts[i] and next
				const j = (i + 1) % pts.length;
				pts = pts.filter((_, k) => k !== i && k !== j);
				spikes++;
				changed = true;
				break;
			}
		}
	}
	if (spikes) notes.push(`spike: ${where}: ${spikes} zero-width spike(s) removed`);
	if (pts.length < 3) {
		notes.push(`degenerate-ring: ${where} has fewer than 3 distinct points, dropped`);
		return null;
	}
	const closed = [...pts, pts[0]];
	// Zero area = all points on one line. (A zero SIGNED area is not enough: a bow-tie's two lobes cancel out.)
	const collinear = pts.every((p) => orient(pts[0], pts[1], p) === 0);
	if (collinear) {
		notes.push(`degenerate-ring: ${where} has zero area, dropped`);
		return null;
	}
	return closed;
}

/** Number of proper crossings/overlaps between non-adjacent segments of the rings of one polygon. */
function countSelfIntersections(rings: Position[][]): number {
	const segs: { r: number; i: number; n: number; a: Position; b: Position }[] = [];
	for (let r = 0; r < rings.length; r++) {
		const ring = rings[r];
		for (let i = 0; i < ring.length - 1; i++) segs.push({ r, i, n: ring.length - 1, a: ring[i], b: ring[i + 1] });
	}
	if (segs.length < 2) return 0;
	const index = new Flatbush(segs.length);
	for (const s of segs)
		index.add(Math.min(s.a[0], s.b[0]), Math.min(s.a[1], s.b[1]), Math.max(s.a[0], s.b[0]), Math.max(s.a[1], s.b[1]));
	index.finish();
	let count = 0;
	segs.forEach((s, si) => {
		for (const ti of index.search(
			Math.min(s.a[0], s.b[0]),
			Math.min(s.a[1], s.b[1]),
			Math.max(s.a[0], s.b[0]),
			Math.max(s.a[1], s.b[1])
		)) {
			if (ti <= si) continue;
			const t = segs[ti];
			if (s.r === t.r) {
				// consecutive segments of a ring share a vertex legitimately (incl. last–first)
				const d = Math.abs(s.i - t.i);
				if (d === 1 || d === s.n - 1) {
					if (collinearOverlap(s.a, s.b, t.a, t.b)) count++; // folding back on itself
					continue;
				}
			}
			if (segmentsIntersect(s.a, s.b, t.a, t.b)) count++;
		}
	});
	return count;
}

function orient(a: Position, b: Position, c: Position): number {
	const v = (b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0]);
	return v > 0 ? 1 : v < 0 ? -1 : 0;
}

function onSegment(a: Position, b: Position, p: Position): boolean {
	return (
		Math.min(a[0], b[0]) <= p[0] &&
		p[0] <= Math.max(a[0], b[0]) &&
		Math.min(a[1], b[1]) <= p[1] &&
		p[1] <= Math.max(a[1], b[1])
	);
}

/** Closed-segment intersection test (touching counts), exact orientation signs. */
function segmentsIntersect(p1: Position, p2: Position, q1: Position, q2: Position): boolean {
	const o1 = orient(p1, p2, q1);
	const o2 = orient(p1, p2, q2);
	const o3 = orient(q1, q2, p1);
	const o4 = orient(q1, q2, p2);
	if (o1 !== o2 && o3 !== o4) return true;
	if (o1 === 0 && onSegment(p1, p2, q1)) return true;
	if (o2 === 0 && onSegment(p1, p2, q2)) return true;
	if (o3 === 0 && onSegment(q1, q2, p1)) return true;
	if (o4 === 0 && onSegment(q1, q2, p2)) return true;
	return false;
}

/** Two consecutive segments a→b, b'→c (sharing a vertex) that overlap along a line of positive length. */
function collinearOverlap(p1: Position, p2: Position, q1: Position, q2: Position): boolean {
	if (orient(p1, p2, q1) !== 0 || orient(p1, p2, q2) !== 0) return false;
	// shared vertex v; the other two ends on the same side of v → overlap
	const [v, x, y] = same(p2, q1)
		? [p2, p1, q2]
		: same(p1, q2)
			? [p1, p2, q1]
			: same(p1, q1)
				? [p1, p2, q2]
				: [p2, p1, q1];
	return (x[0] - v[0]) * (y[0] - v[0]) + (x[1] - v[1]) * (y[1] - v[1]) > 0;
}

/**
 * Repair a unit geometry for import: close rings, drop repeated points, spikes and degenerate rings, orient rings
 * (RFC 7946), rebuild self-intersecting polygons. Throws an Error when nothing valid is left.
 */
export function repairPolygon(geom: Polygon | MultiPolygon): {
	geometry: Polygon | MultiPolygon;
	repairs: string[];
} {
	const notes: string[] = [];
	if (!geom || (geom.type !== 'Polygon' && geom.type !== 'MultiPolygon') || !Array.isArray(geom.coordinates)) {
		throw new Error(
			`Cannot repair geometry: expected a Polygon or MultiPolygon, got ${geom ? String((geom as { type?: unknown }).type) : geom}`
		);
	}
	const inputPolys: unknown[] = geom.type === 'Polygon' ? [geom.coordinates] : geom.coordinates;
	const multi = geom.type === 'MultiPolygon';
	const out: Position[][][] = [];
	inputPolys.forEach((rawPoly, pi) => {
		const rings = Array.isArray(rawPoly) ? rawPoly : [];
		const label = (ri: number) => (multi ? `polygon ${pi} ring ${ri}` : `ring ${ri}`);
		const cleaned: Position[][] = [];
		for (let ri = 0; ri < rings.length; ri++) {
			const r = cleanRing(rings[ri], label(ri), notes);
			if (r) cleaned.push(r);
			else if (ri === 0) {
				// without its outer ring the holes mean nothing
				if (rings.length > 1)
					notes.push(`dropped-polygon: ${multi ? `polygon ${pi}` : 'polygon'}: outer ring invalid, holes dropped`);
				return;
			}
		}
		if (!cleaned.length) {
			notes.push(`dropped-polygon: ${multi ? `polygon ${pi}` : 'polygon'} has no ring`);
			return;
		}
		const crossings = countSelfIntersections(cleaned);
		if (crossings > 0) {
			let rebuilt: Position[][][];
			try {
				rebuilt = union(cleaned as Geom) as Position[][][];
			} catch (e) {
				throw new Error(
					`Cannot repair ${multi ? `polygon ${pi}` : 'polygon'}: ${crossings} self-intersection(s) and the rebuild failed (${(e as Error).message})`,
					{ cause: e }
				);
			}
			rebuilt = rebuilt.filter((p) => p.length && p[0].length >= 4);
			notes.push(
				`self-intersection: ${multi ? `polygon ${pi}` : 'polygon'}: ${crossings} self-intersection(s), rebuilt by union into ${rebuilt.length} polygon(s)`
			);
			for (const p of rebuilt) out.push(p);
			return;
		}
		// Orientation (RFC 7946 §3.1.6): outer CCW, holes CW.
		cleaned.forEach((ring, ri) => {
			const ccw = signedArea(ring) > 0;
			if ((ri === 0) !== ccw) {
				ring.reverse();
				notes.push(
					`orientation: ${label(ri)} reversed to ${ri === 0 ? 'counter-clockwise (outer)' : 'clockwise (hole)'}`
				);
			}
		});
		out.push(cleaned);
	});
	// Polyclip output is already CCW/CW; make sure for all.
	for (const poly of out)
		poly.forEach((ring, ri) => {
			if ((ri === 0) !== signedArea(ring) > 0) ring.reverse();
		});
	if (!out.length) {
		throw new Error(`Cannot repair geometry: no valid ring left (${notes.join('; ') || 'empty coordinates'})`);
	}
	const geometry: Polygon | MultiPolygon =
		!multi && out.length === 1 ? { type: 'Polygon', coordinates: out[0] } : { type: 'MultiPolygon', coordinates: out };
	return { geometry, repairs: notes };
}
