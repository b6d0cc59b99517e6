/**
 * A level's vector tiles with shared borders kept shared (issue 14 item 4). From the stored display outlines:
 *  1. snapped into one shared-arc topology (dissolve.ts `snapLayerOutlines`): drawn borders rarely share vertices,
 *     and two outlines simplified each on its own part from each other;
 *  2. cut into arcs and ranked once (topology-simplify.ts `presimplifyLayer`);
 *  3. for each zoom asked for, the layer simplified at one screen pixel of that zoom (arc by arc, junctions kept,
 *     rings kept however thin: keep-shapes; rings under a square pixel left out) and indexed by geojson-vt with no simplification of its own (tolerance 0: it
 *     would simplify ring by ring again), so both sides of a border are the same vertices in every tile.
 * Runs in the tile worker (tile-worker-main.ts); tests drive it directly.
 */
import { GeoJSONVT } from '@maplibre/geojson-vt';
import { fromGeojsonVt } from '@maplibre/vt-pbf';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { snapLayerOutlines } from '../../domain/geo/dissolve.ts';
import { presimplifyLayer } from '../../domain/geo/topology-simplify.ts';
import { UNIT_SOURCE_LAYER as TILE_LAYER } from '../../map/ids.ts';
import { UNIT_TILE_MAX_ZOOM as TILE_MAX_ZOOM } from '../../map/style.ts';

// The tile layer's name is the map style's `source-layer`; the deepest zoom cut is the style's source maxzoom (12: a
// 512-px tile's pixel is then ≈ 19 m, the display outlines' own tolerance, ≈ 20 m); deeper zooms are overzoomed.
export const TILE_EXTENT = 4096;

/** Main thread → tile worker. */
export type TileWorkerRequest =
	| { type: 'load'; key: string; text: string }
	| { type: 'build'; key: string }
	| { type: 'tile'; id: number; key: string; z: number; x: number; y: number };
/** Tile worker → main thread: the tile's bytes, or the layer is not (or no longer) held, or what failed. */
export type TileWorkerReply =
	{ id: number; bytes: Uint8Array } | { id: number; missing: true } | { id: number; error: string };

type Area = Polygon | MultiPolygon;
type UnitFeature = Feature<Area, { code: string; kind?: string }>;

/** One screen pixel of a 512-px tile at zoom z, in degrees of latitude, at latitude `lat`. */
export function pixelDeg(z: number, lat: number): number {
	return (360 * Math.cos((lat * Math.PI) / 180)) / (512 * 2 ** z);
}

export interface TileSet {
	/** The tile's bytes (MVT, one layer; empty when no unit is in it). */
	tile(z: number, x: number, y: number): Uint8Array;
	/** The outlines drawn at zoom z (before tiling), in the input's order. */
	outlinesAt(z: number): Area[];
	/** Outlines the snapped topology could not give (kept as drawn); 0 when the snapping failed for none. */
	readonly unsnapped: number;
}

/**
 * The geometry without the rings smaller than a pixel (`px` degrees of latitude): a part of a unit that small is
 * not drawn (as geojson-vt dropped it before), and its few vertices weighed on the tiles of a country's first view.
 */
function withoutSubPixel(g: Area, px: number, lat: number): Area {
	const kx = Math.cos((lat * Math.PI) / 180);
	const small = (ring: number[][]) => {
		let a = 0;
		for (let i = 0, j = ring.length - 1; i < ring.length; j = i++)
			a += (ring[j][0] - ring[i][0]) * (ring[j][1] + ring[i][1]);
		return Math.abs(a * kx) / 2 < px * px;
	};
	const polys = (g.type === 'Polygon' ? [g.coordinates] : g.coordinates)
		.filter((poly) => poly.length > 0 && !small(poly[0]))
		.map((poly) => [poly[0], ...poly.slice(1).filter((hole) => !small(hole))]);
	return { type: 'MultiPolygon', coordinates: polys };
}

/** Build a level's tile set from its display layer (GeoJSON text: features with id, code, kind, geometry). */
export function buildTileSet(text: string): TileSet {
	const layer = JSON.parse(text) as { features: UnitFeature[] };
	const features = layer.features.filter(
		(f) => f.geometry && (f.geometry.type === 'Polygon' || f.geometry.type === 'MultiPolygon')
	);
	let outlines: Area[];
	let unsnapped: number;
	try {
		({ outlines, unsnapped } = snapLayerOutlines(
			features.map((f) => ({ code: f.properties.code, geometry: f.geometry }))
		));
	} catch {
		// A topology the snapping cannot build: the outlines as drawn (borders simplified together where they share
		// vertices) rather than no map.
		outlines = features.map((f) => f.geometry);
		unsnapped = outlines.length;
	}
	const pre = presimplifyLayer(outlines);
	let minLat = Infinity;
	let maxLat = -Infinity;
	for (const g of outlines)
		for (const poly of g.type === 'Polygon' ? [g.coordinates] : g.coordinates)
			for (const [, y] of poly[0] ?? []) {
				if (y < minLat) minLat = y;
				if (y > maxLat) maxLat = y;
			}
	const lat = Number.isFinite(minLat) ? (minLat + maxLat) / 2 : 0;
	const zoomOf = (z: number) => Math.min(z, TILE_MAX_ZOOM);
	const outlinesAt = (z: number) => {
		const px = pixelDeg(zoomOf(z), lat);
		return pre.at(px).map((g) => withoutSubPixel(g, px, lat));
	};
	const indexes = new Map<number, GeoJSONVT>();
	const indexAt = (z: number): GeoJSONVT => {
		let index = indexes.get(z);
		if (!index) {
			const geoms = outlinesAt(z);
			const fc = {
				type: 'FeatureCollection',
				features: features.map((f, i) => ({
					type: 'Feature',
					id: f.id,
					// A tile carries only what the map style reads: the code (feature id, promoteId) and the kind.
					properties: { code: f.properties.code, kind: f.properties.kind },
					geometry: geoms[i]
				}))
			};
			index = new GeoJSONVT(fc as never, {
				maxZoom: z,
				// Tiles are cut when asked for, from the zoom's own outlines, and never simplified again (see above).
				indexMaxZoom: 0,
				tolerance: 0,
				extent: TILE_EXTENT,
				buffer: 64
			});
			indexes.set(z, index);
		}
		return index;
	};
	return {
		unsnapped,
		outlinesAt,
		tile(z, x, y) {
			const t = indexAt(zoomOf(z)).getTile(z, x, y);
			if (!t || t.features.length === 0) return new Uint8Array(0);
			return fromGeojsonVt({ [TILE_LAYER]: t }, { version: 2, extent: TILE_EXTENT });
		}
	};
}
