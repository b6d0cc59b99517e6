/**
 * Issue 14 item 5: a large kept layer body (the map's units, a geometry layer) is compressed a second time at brotli's
 * best quality in the background, and that smaller body is sent from then on. Real handler over a real database: the
 * first br answer comes at once (quality 6), a later one is smaller, both decode to the same text, same ETag.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { brotliDecompressSync } from 'node:zlib';
import { getDb } from '../../src/lib/server/db/database';
import { seedDemo } from '../../src/lib/server/demo';
import { BEST_BROTLI_BYTES } from '../../src/lib/server/services/map-geometry';
import * as geometry from '../../src/routes/api/datasets/[id]/geometry/[level]/+server';
import { useHandlerDb } from '../helpers/db';

type Handler = (e: never) => Promise<Response>;

describe('large layer bodies: best brotli once made', () => {
	useHandlerDb();
	let id: number;

	beforeAll(async () => {
		id = (await seedDemo(await getDb(), { communes: 300, seed: 2 })).datasetId;
	}, 60_000);

	const get = (headers: Record<string, string> = {}) => {
		const url = new URL(`http://localhost/api/datasets/${id}/geometry/commune`);
		return (geometry.GET as unknown as Handler)({
			params: { id: String(id), level: 'commune' },
			request: new Request(url, { headers }),
			url
		} as never);
	};

	it('the first br answer is quality 6; a later one is the smaller best one, same text, same ETag', async () => {
		const plain = await get();
		const text = await plain.text();
		expect(text.length).toBeGreaterThanOrEqual(BEST_BROTLI_BYTES.min);
		const first = await get({ 'accept-encoding': 'br' });
		const firstBytes = Buffer.from(await first.arrayBuffer());
		expect(brotliDecompressSync(firstBytes).toString('utf8')).toBe(text);
		let later = firstBytes;
		for (let i = 0; i < 200 && later.length >= firstBytes.length; i++) {
			await new Promise((r) => setTimeout(r, 50));
			const r = await get({ 'accept-encoding': 'br' });
			expect(r.headers.get('etag')).toBe(first.headers.get('etag'));
			later = Buffer.from(await r.arrayBuffer());
		}
		expect(later.length).toBeLessThan(firstBytes.length);
		expect(brotliDecompressSync(later).toString('utf8')).toBe(text);
	}, 30_000);
});
