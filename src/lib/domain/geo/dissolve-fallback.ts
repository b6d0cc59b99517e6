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
			rings.push(ring.map((c) => [c[0], c[1]]));
		}
		if (rings.length > 0) polys.push(rings);
	}
	const geometry: Polygon | MultiPolygon =
		polys.length === 1 ? { type: 'Polygon', coordinates: polys[0] } : { type: 'MultiPolygon', coordinates: polys };
	return { geometry: rewindRfc7946(geometry), slivers_filled: filled };
}
