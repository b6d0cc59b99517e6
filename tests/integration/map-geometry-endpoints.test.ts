/**
 * Issue 14 item 4: the map's geometry endpoints stay light. Real handlers over a real database: bodies compressed as
 * Accept-Encoding allows (br, gzip), an ETag with Cache-Control, 304 on If-None-Match, a new ETag when the dataset's
 * data changes (data_version), and the after view's `detail=after` simplified (smaller than full resolution, same
 * units). Also: pages (HTML, __data.json) are compressed by the server hook's compressResponse.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { getDb } from '../../src/lib/server/db/database';
import { seedDemo } from '../../src/lib/server/demo';
import { listUnits, updateUnits } from '../../src/lib/server/db/unit.repository';
import { compressResponse } from '../../src/lib/server/compress';
import * as geometry from '../../src/routes/api/datasets/[id]/geometry/[level]/+server';
import { useHandlerDb } from '../helpers/db';

type Handler = (e: never) => Promise<Response>;

describe('geometry endpoints: compressed, cached, revalidated', () => {
	useHandlerDb();
	let id: number;

	beforeAll(async () => {
		id = (await seedDemo(await getDb(), { communes: 150, seed: 2 })).datasetId;
	}, 60_000);

	async function get(h: unknown, level: string, headers: Record<string, string> = {}, query = '') {
		const url = new URL(`http://localhost/api/datasets/${id}/x/${level}${query}`);
		return (h as Handler)({ params: { id: String(id), level }, request: new Request(url, { headers }), url } as never);
	}

	it('answers br or gzip as Accept-Encoding allows, the same GeoJSON as uncompressed, with ETag and Cache-Control', async () => {
		const h = geometry.GET;
		const plain = await get(h, 'commune');
		expect(plain.headers.get('content-encoding')).toBeNull();
		expect(plain.headers.get('cache-control')).toBe('private, no-cache');
		expect(plain.headers.get('vary')).toBe('Accept-Encoding');
		const etag = plain.headers.get('etag')!;
		expect(etag).toMatch(/^W\/".+"$/);
		const text = await plain.text();
		expect(JSON.parse(text).features).toHaveLength(150);
		const br = await get(h, 'commune', { 'accept-encoding': 'gzip, deflate, br' });
		expect(br.headers.get('content-encoding')).toBe('br');
		const brBytes = Buffer.from(await br.arrayBuffer());
		expect(brBytes.length).toBeLessThan(text.length / 2);
		expect(brotliDecompressSync(brBytes).toString('utf8')).toBe(text);
		const gz = await get(h, 'commune', { 'accept-encoding': 'gzip' });
		expect(gz.headers.get('content-encoding')).toBe('gzip');
		expect(gunzipSync(Buffer.from(await gz.arrayBuffer())).toString('utf8')).toBe(text);
		expect(gz.headers.get('etag')).toBe(etag);
	});

	it('304 without a body on If-None-Match; a change of the data gives a new ETag', async () => {
		const first = await get(geometry.GET, 'commune', { 'accept-encoding': 'br' }, '?detail=after');
		const etag = first.headers.get('etag')!;
		const again = await get(
			geometry.GET,
			'commune',
			{ 'if-none-match': etag, 'accept-encoding': 'br' },
			'?detail=after'
		);
		expect(again.status).toBe(304);
		expect(await again.text()).toBe('');
		expect(again.headers.get('etag')).toBe(etag);
		const [unit] = await listUnits(await getDb(), id, 'commune');
		await updateUnits(await getDb(), id, [{ code: unit.code, patch: { population: 4321 } }], 'an');
		const changed = await get(geometry.GET, 'commune', { 'if-none-match': etag }, '?detail=after');
		expect(changed.status).toBe(200);
		expect(changed.headers.get('etag')).not.toBe(etag);
	});

	it('detail=after is simplified: every unit, fewer bytes than full resolution; an unknown detail is 400', async () => {
		const full = await (await get(geometry.GET, 'commune')).text();
		const after = await (await get(geometry.GET, 'commune', {}, '?detail=after')).text();
		const codes = (s: string) => JSON.parse(s).features.map((f: { properties: { code: string } }) => f.properties.code);
		expect(codes(after)).toEqual(codes(full));
		expect(after.length).toBeLessThan(full.length * 0.9);
		await expect(get(geometry.GET, 'commune', {}, '?detail=tiny')).rejects.toMatchObject({ status: 400 });
	});

	it('the page hook compresses HTML and JSON over 1 KB, leaves small or encoded answers alone', async () => {
		const html = '<!doctype html>' + 'Xã Đạ Tẻh '.repeat(500);
		const req = new Request('http://localhost/datasets/1', { headers: { 'accept-encoding': 'br' } });
		const r = await compressResponse(req, new Response(html, { headers: { 'content-type': 'text/html' } }));
		expect(r.headers.get('content-encoding')).toBe('br');
		expect(brotliDecompressSync(Buffer.from(await r.arrayBuffer())).toString('utf8')).toBe(html);
		const small = await compressResponse(req, new Response('{}', { headers: { 'content-type': 'application/json' } }));
		expect(small.headers.get('content-encoding')).toBeNull();
		const none = new Request('http://localhost/datasets/1');
		const plain = await compressResponse(none, new Response(html, { headers: { 'content-type': 'text/html' } }));
		expect(plain.headers.get('content-encoding')).toBeNull();
		expect(await plain.text()).toBe(html);
	});
});
