/**
 * Boolean fallback for dissolve: polyclip-ts union of the members, then removal of sliver holes.
 * Used when the shared-arc method fails validation for a group. It does not snap, so cracks that open to the
 * outside stay as notches; holes left by gaps are removed by the same rule as dissolveGroup's gap filling.
 */
import { union } from 'polyclip-ts';
import type { Geom } from 'polyclip-ts';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { ringAreaSignedM2, ringPerimeterM, rewindRfc7946 } from './topology-geometry';

/** Result of the boolean fallback: the union and how many sliver holes were removed from it. */
export interface BooleanDissolve {
	geometry: Polygon | MultiPolygon;
	slivers_filled: number;
}

/**
 * Union of `members` with polyclip-ts, removing interior rings that are thin (mean width 2·A/P below
 * `maxSliverWidthM`, m) or tiny (below a tenth of `maxSliverKm2`, km²): the rule of dissolveGroup.
 */
export function dissolveBoolean(
	members: (Polygon | MultiPolygon)[],
	maxSliverKm2: number,
	maxSliverWidthM: number
): BooleanDissolve {
	const geoms: Geom[] = [];
	for (const m of members) {
		if (!m) continue;
		geoms.push(m.coordinates as unknown as Geom);
	}
	if (geoms.length === 0) return { geometry: { type: 'MultiPolygon', coordinates: [] }, slivers_filled: 0 };
	const merged = union(geoms[0], ...geoms.slice(1));
	let filled = 0;
	const polys: Position[][][] = [];
	for (const poly of merged) {
		const rings: Position[][] = [];
		for (let r = 0; r < poly.length; r++) {
			const ring = poly[r] as Position[];
			if (r > 0) {
				const a = Math.abs(ringAreaSignedM2(ring));
				// Same rule as dissolveGroup's gap filling: thin (mean width below maxSliverWidthM) or tiny.
				const per = ringPerimeterM(ring);
				const width = per > 0 ? (2 * a) / per : 0;
				if (width < maxSliverWidthM || a < (maxSliverKm2 * 1e6) / 10) {
					filled++;
					continue;
				}
			}
			const clean = cleanClosedRing(ring);
			if (clean) rings.push(clean);
			else if (r === 0) break; // a degenerate shell: drop the whole polygon
		}
		if (rings.length > 0) polys.push(rings);
	}
	const geometry: Polygon | MultiPolygon =
		polys.length === 1 ? { type: 'Polygon', coordinates: polys[0] } : { type: 'MultiPolygon', coordinates: polys };
	return { geometry: rewindRfc7946(geometry), slivers_filled: filled };
}

/**
 * Copy of a closed ring without repeated consecutive positions or back-and-forth spikes (a, b, a), which
 * polyclip-ts can leave on degenerate input; null when fewer than 3 distinct positions remain.
 */
function cleanClosedRing(ring: Position[]): Position[] | null {
	const same = (a: Position, b: Position) => a[0] === b[0] && a[1] === b[1];
	const out: Position[] = [];
	const n = ring.length > 1 && same(ring[0], ring[ring.length - 1]) ? ring.length - 1 : ring.length;
	for (let i = 0; i < n; i++) {
		const c: Position = [ring[i][0], ring[i][1]];
		if (out.length > 0 && same(out[out.length - 1], c)) continue;
		if (out.length > 1 && same(out[out.length - 2], c)) {
			out.pop();
			continue;
		}
		out.push(c);
	}
	for (;;) {
		const k = out.length;
		if (k < 3) return null;
		if (same(out[k - 1], out[0])) out.pop();
		else if (same(out[k - 2], out[0])) out.pop();
		else if (same(out[k - 1], out[1])) out.shift();
		else break;
	}
	out.push([out[0][0], out[0][1]]);
	return out;
}
