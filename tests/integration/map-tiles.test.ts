/**
 * Issue 14 items 4 and 6: the dataset and scenario maps draw the units from vector tiles the server cuts once per
 * dataset version (services/map-tiles.ts), not from a whole level's GeoJSON. Real handler over a real database: a
 * tile holds the units it covers, compressed as Accept-Encoding allows, with an ETag
 * (304 on If-None-Match, a new one after an edit); a tile outside the pyramid is 404; an empty tile is empty. Units
 * smaller than the tolerance at a zoom drop out of its tiles (the world tile of a province is empty).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { brotliDecompressSync } from 'node:zlib';
import { getDb } from '../../src/lib/server/db/database';
import { seedDemo } from '../../src/lib/server/demo';
import { listUnits, updateUnits } from '../../src/lib/server/db/unit.repository';
import * as tiles from '../../src/routes/api/datasets/[id]/tiles/[level]/[z]/[x]/[y]/+server';
import { useHandlerDb } from '../helpers/db';

type Handler = (e: never) => Promise<Response>;

describe('unit vector tiles: cut per zoom, compressed, cached, revalidated', () => {
	useHandlerDb();
	let id: number;
	let communes: string[];

	beforeAll(async () => {
		id = (await seedDemo(await getDb(), { communes: 150, seed: 3 })).datasetId;
		communes = (await listUnits(await getDb(), id, 'commune')).map((u) => u.code);
	}, 60_000);

	function get(level: string, z: number, x: number, y: number, headers: Record<string, string> = {}) {
		const url = new URL(`http://localhost/api/datasets/${id}/tiles/${level}/${z}/${x}/${y}`);
		const params = { id: String(id), level, z: String(z), x: String(x), y: String(y) };
		return (tiles.GET as unknown as Handler)({ params, request: new Request(url, { headers }), url } as never);
	}

	/** The tile of zoom z with this lon/lat in it. */
	function tileOf(z: number, [lon, lat]: [number, number]): [number, number] {
		const n = 2 ** z;
		const r = (lat * Math.PI) / 180;
		return [
			Math.floor(((lon + 180) / 360) * n),
			Math.floor(((1 - Math.log(Math.tan(r) + 1 / Math.cos(r)) / Math.PI) / 2) * n)
		];
	}

	it('each commune is in the tile of its label point (zoom 10), with its code and kind (not its name)', async () => {
		for (const u of await listUnits(await getDb(), id, 'commune')) {
			const [x, y] = tileOf(10, u.label!);
			const tile = Buffer.from(await (await get('commune', 10, x, y)).arrayBuffer());
			expect(tile.includes(Buffer.from(u.code)), u.code).toBe(true);
			expect(tile.includes(Buffer.from(u.kind)), u.kind).toBe(true);
			// Names are drawn from the page's label points: they would only weigh on every tile.
			expect(tile.includes(Buffer.from(u.name)), u.name).toBe(false);
		}
	});

	it('a province-wide tile (zoom 6) holds its communes, br-compressed, with ETag and Cache-Control', async () => {
		const first = (await listUnits(await getDb(), id, 'commune'))[0];
		const [x, y] = tileOf(6, first.label!);
		const r = await get('commune', 6, x, y, { 'accept-encoding': 'br' });
		expect(r.status).toBe(200);
		expect(r.headers.get('content-type')).toBe('application/vnd.mapbox-vector-tile');
		expect(r.headers.get('content-encoding')).toBe('br');
		expect(r.headers.get('cache-control')).toBe('private, no-cache');
		const tile = brotliDecompressSync(Buffer.from(await r.arrayBuffer()));
		// The tile's layer is named as the map style's source-layer.
		expect(tile.includes(Buffer.from('units'))).toBe(true);
		expect(communes).toHaveLength(150);
		// (the demo province may straddle a tile edge: most of it is in this one)
		const inTile = communes.filter((code) => tile.includes(Buffer.from(code)));
		expect(inTile.length).toBeGreaterThan(50);
	});

	it('304 on If-None-Match; an edit of a unit gives a new ETag', async () => {
		const first = await get('district', 6, 52, 29);
		const etag = first.headers.get('etag')!;
		expect(etag).toMatch(/^W\/".+"$/);
		const again = await get('district', 6, 52, 29, { 'if-none-match': etag });
		expect(again.status).toBe(304);
		expect(await again.text()).toBe('');
		await updateUnits(await getDb(), id, [{ code: communes[0], patch: { population: 1234 } }], 'an');
		const changed = await get('district', 6, 52, 29, { 'if-none-match': etag });
		expect(changed.status).toBe(200);
		expect(changed.headers.get('etag')).not.toBe(etag);
	});

	it('a tile with no unit is empty; outside the pyramid or a wrong level is 404', async () => {
		// z1 tile 0/0 is the north-west quarter of the world: no Vietnamese unit there.
		const empty = await get('commune', 1, 0, 0);
		expect(empty.status).toBe(200);
		expect((await empty.arrayBuffer()).byteLength).toBe(0);
		await expect(get('commune', 13, 0, 0)).rejects.toMatchObject({ status: 404 });
		await expect(get('commune', 2, 4, 0)).rejects.toMatchObject({ status: 404 });
		await expect(get('province', 0, 0, 0)).rejects.toMatchObject({ status: 404 });
	});
});
