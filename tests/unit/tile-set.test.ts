/**
 * Issue 14 item 4: "display geometry is simplified per zoom with shared borders kept shared". The map's vector
 * tiles (services/tile-set.ts) are read back from their bytes (MVT decoded with @mapbox/vector-tile): on a generated
 * messy province, whose neighbours draw their common border with different vertices, two neighbours' outlines in a
 * tile run along the same points (each border segment once each way) at every zoom, where simplifying ring by ring
 * (geojson-vt's own simplification, the tiles before this change) parts them. No unit is lost, every tile carries
 * only code and kind, and the vertices still fall with the zoom.
 */
import { describe, expect, it } from 'vitest';
import { GeoJSONVT } from '@maplibre/geojson-vt';
import { fromGeojsonVt } from '@maplibre/vt-pbf';
import { VectorTile } from '@mapbox/vector-tile';
import { PbfReader } from 'pbf';
import { generateProvince } from '../../src/lib/domain/generate/index.ts';
import { buildTileSet, TILE_EXTENT } from '../../src/lib/server/services/tile-set.ts';
import { UNIT_SOURCE_LAYER } from '../../src/lib/map/ids.ts';

const p = generateProvince({ communes: 300, seed: 11, messy: true });
const layer = {
	type: 'FeatureCollection',
	features: p.communes.map((c, i) => ({
		type: 'Feature',
		id: i + 1,
		properties: { code: c.record.code, name: c.record.name, kind: c.record.kind },
		geometry: c.geometry
	}))
};
const text = JSON.stringify(layer);
const set = buildTileSet(text);

/** The tile pyramid's tiles at zoom z that cover the province. */
function tilesAt(z: number): [number, number][] {
	let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
	for (const c of p.communes)
		for (const [lon, lat] of (c.geometry.type === 'Polygon' ? [c.geometry.coordinates] : c.geometry.coordinates).flat(
			2
		)) {
			const n = 2 ** z;
			const r = (lat * Math.PI) / 180;
			const x = ((lon + 180) / 360) * n;
			const y = ((1 - Math.log(Math.tan(r) + 1 / Math.cos(r)) / Math.PI) / 2) * n;
			[x0, y0, x1, y1] = [Math.min(x0, x), Math.min(y0, y), Math.max(x1, x), Math.max(y1, y)];
		}
	const out: [number, number][] = [];
	for (let x = Math.floor(x0); x <= Math.floor(x1); x++)
		for (let y = Math.floor(y0); y <= Math.floor(y1); y++) out.push([x, y]);
	return out;
}

interface Decoded {
	codes: Set<string>;
	keys: Set<string>;
	edges: number;
	twinned: number;
	vertices: number;
}

/** Decode tiles; count each directed edge (not on the tile's clip lines) whose reverse another feature has. */
function decode(tiles: Uint8Array[]): Decoded {
	const out: Decoded = { codes: new Set(), keys: new Set(), edges: 0, twinned: 0, vertices: 0 };
	for (const bytes of tiles) {
		if (bytes.length === 0) continue;
		const vt = new VectorTile(new PbfReader(bytes)).layers[UNIT_SOURCE_LAYER];
		if (!vt) continue;
		const owner = new Map<string, number>();
		for (let i = 0; i < vt.length; i++) {
			const f = vt.feature(i);
			out.codes.add(String(f.properties.code));
			for (const k of Object.keys(f.properties)) out.keys.add(k);
			for (const ring of f.loadGeometry()) {
				out.vertices += ring.length;
				for (let j = 0; j + 1 < ring.length; j++) {
					const [a, b] = [ring[j], ring[j + 1]];
					const clip = (q: { x: number; y: number }) =>
						q.x <= -64 || q.y <= -64 || q.x >= TILE_EXTENT + 64 || q.y >= TILE_EXTENT + 64;
					if (clip(a) && clip(b)) continue;
					owner.set(`${a.x},${a.y}>${b.x},${b.y}`, i);
				}
			}
		}
		for (const [edge, i] of owner) {
			const [a, b] = edge.split('>');
			const other = owner.get(`${b}>${a}`);
			out.edges++;
			if (other !== undefined && other !== i) out.twinned++;
		}
	}
	return out;
}

/** The tiles before this change: the same outlines cut by geojson-vt simplifying ring by ring (one pixel). */
const ringByRing = new GeoJSONVT(layer as never, {
	maxZoom: 12,
	indexMaxZoom: 0,
	tolerance: TILE_EXTENT / 512,
	extent: TILE_EXTENT,
	buffer: 64
});
const oldTile = (z: number, x: number, y: number) => {
	const t = ringByRing.getTile(z, x, y);
	return t ? fromGeojsonVt({ [UNIT_SOURCE_LAYER]: t }, { version: 2, extent: TILE_EXTENT }) : new Uint8Array(0);
};

describe('map tiles keep shared borders shared at every zoom (issue 14 item 4)', () => {
	it('every commune is snapped into the shared topology', () => {
		expect(set.unsnapped).toBe(0);
	});

	for (const z of [7, 9, 11, 12]) {
		it(`zoom ${z}: neighbours' borders are the same points in the tiles; ring by ring they part`, () => {
			const tiles = tilesAt(z);
			const ours = decode(tiles.map(([x, y]) => set.tile(z, x, y)));
			const before = decode(tiles.map(([x, y]) => oldTile(z, x, y)));
			// Untwinned: the province's outer border only (~7 % of the edges here). Measured: ours 0.92-0.93 at every
			// zoom; ring by ring 0.43 at zoom 7 (borders a pixel long meet by rounding), 0.04 at 11, 0.007 at 12.
			expect(ours.twinned / ours.edges).toBeGreaterThan(0.9);
			expect(before.twinned / before.edges).toBeLessThan(0.5);
			// No commune lost, and a tile carries only what the map style reads.
			expect(ours.codes.size).toBe(p.communes.length);
			expect([...ours.keys].sort()).toEqual(['code', 'kind']);
		});
	}

	it('fewer vertices at lower zooms (each zoom simplified at its own pixel)', () => {
		const counts = [7, 9, 11].map((z) => decode(tilesAt(z).map(([x, y]) => set.tile(z, x, y))).vertices);
		expect(counts[0]).toBeLessThan(counts[1]);
		expect(counts[1]).toBeLessThan(counts[2]);
	});
});
