/**
 * The dataset map as vector tiles (issue 14 items 4 and 6): a country of 10,000 communes is ~15 MB of GeoJSON per
 * level, which the browser took seconds to parse and cut into tiles before its first paint. Here the server cuts the
 * stored display outlines into Mapbox Vector Tiles once per dataset version and level (geojson-vt, kept in memory,
 * least recently used first) and answers each z/x/y tile on demand, simplified for its zoom, compressed and
 * revalidated by ETag like the other geometry bodies (map-geometry.ts). The browser fetches only the tiles in view
 * and decodes them in its workers.
 *
 * Simplification: one screen pixel of the tile's zoom (8/4096 of a 512-px tile). At a country's zoom a commune is a
 * few pixels wide, and its vertices are what the browser's worker triangulates and the GPU draws on every frame:
 * at 3/4096 (the earlier tolerance) the widest tile of a 10,000-commune country held ~64,000 vertices, at one pixel
 * ~33,000. geojson-vt simplifies ring by ring, so the two sides of a shared border can move apart by up to that
 * pixel; the white commune lines (0.4 px and wider) cover it. (Simplifying by shared arcs instead, as
 * domain/geo/topology-simplify.ts does for the after view, kept ~104,000 vertices in that tile and took over 2 s a
 * tile: the generated borders are not drawn with identical vertices on both sides, so almost every vertex was a
 * junction once rounded to tile units.)
 * A tile carries only what the map style reads: the unit's code (its feature id, `promoteId`) and its kind (the
 * "by kind" colours); names are drawn from the page's label points. The name and parent code made a third of a
 * country tile's bytes.
 */
import { GeoJSONVT } from '@maplibre/geojson-vt';
import { fromGeojsonVt } from '@maplibre/vt-pbf';
import type { Kysely } from 'kysely';
import { displayLayerGeoJson } from '../db/unit.repository.ts';
import type { DB } from '../db/schema.ts';
import { HandleCache } from '../handle-cache.ts';
import { UNIT_SOURCE_LAYER as TILE_LAYER } from '../../map/ids.ts';
import { UNIT_TILE_MAX_ZOOM as TILE_MAX_ZOOM } from '../../map/style.ts';
import { cachedGeometryResponse } from './map-geometry.ts';

// The tile layer's name is the map style's `source-layer`; the deepest zoom cut is the style's source maxzoom (12: a
// 512-px tile's pixel is then ≈ 19 m, the display outlines' own tolerance, ≈ 20 m); deeper zooms are overzoomed.
const EXTENT = 4096;
/** Simplification tolerance in tile units: one screen pixel of a 512-px tile at the tile's zoom. */
const TOLERANCE = EXTENT / 512;

type Level = 'district' | 'commune';
/** Tile indexes kept per database: one per dataset version and level. */
const indexes = new HandleCache<GeoJSONVT>(() => 6);

function tileIndex(db: Kysely<DB>, version: string, datasetId: number, level: Level): Promise<GeoJSONVT> {
	return indexes.get(db, `${version}|${level}`, () =>
		displayLayerGeoJson(db, datasetId, level).then((text) => {
			const layer = JSON.parse(text) as { features: { properties: Record<string, unknown> }[] };
			for (const f of layer.features) f.properties = { code: f.properties.code, kind: f.properties.kind };
			return new GeoJSONVT(layer as never, {
				maxZoom: TILE_MAX_ZOOM,
				// Cut tiles when asked for, not all at once: a country's index is then ready in well under a second.
				indexMaxZoom: 0,
				tolerance: TOLERANCE,
				extent: EXTENT,
				buffer: 64
			});
		})
	);
}

/** Is z/x/y a tile of the pyramid this server cuts? */
export function validTile(z: number, x: number, y: number): boolean {
	const n = 2 ** z;
	return [z, x, y].every(Number.isInteger) && z >= 0 && z <= TILE_MAX_ZOOM && x >= 0 && x < n && y >= 0 && y < n;
}

/** The tile's bytes (an empty body where the dataset has no unit). */
export async function unitTile(
	db: Kysely<DB>,
	version: string,
	datasetId: number,
	level: Level,
	z: number,
	x: number,
	y: number
): Promise<Uint8Array> {
	const tile = (await tileIndex(db, version, datasetId, level)).getTile(z, x, y);
	if (!tile || tile.features.length === 0) return new Uint8Array(0);
	return fromGeojsonVt({ [TILE_LAYER]: tile }, { version: 2, extent: EXTENT });
}

/** Answer GET …/tiles/[level]/[z]/[x]/[y]: cached, compressed, ETag (304). */
export function unitTileResponse(
	db: Kysely<DB>,
	request: Request,
	datasetId: number,
	level: Level,
	z: number,
	x: number,
	y: number
): Promise<Response> {
	return cachedGeometryResponse(
		db,
		request,
		datasetId,
		`tile|${level}|${z}/${x}/${y}`,
		'application/vnd.mapbox-vector-tile',
		(version) => unitTile(db, version, datasetId, level, z, x, y),
		{ bucket: 'tiles' }
	);
}
