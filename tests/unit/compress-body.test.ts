/**
 * Issue 14 items 4 and 5: pages and JSON answers are sent compressed; small bodies (SYNC_COMPRESS_MAX_BYTES) are
 * compressed on the request's thread, larger ones in libuv's pool, brotli with a window fitted to the body. Whatever
 * the path, what the browser decodes is the body, byte for byte.
 */
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { compressBody, compressResponse, SYNC_COMPRESS_MAX_BYTES } from '../../src/lib/server/compress';

/** Text that compresses as pages do, of exactly n bytes (Vietnamese names, markup, numbers). */
function page(n: number): Buffer {
	let s = '';
	for (let i = 0; s.length < n; i++) s += `<li data-code="${10000 + i}">Xã Đạ Oai ${i % 97} — huyện ${i % 13}</li>\n`;
	return Buffer.from(s).subarray(0, n);
}

describe('compressBody', () => {
	for (const n of [1500, 8096, SYNC_COMPRESS_MAX_BYTES, SYNC_COMPRESS_MAX_BYTES + 1, 3_000_000])
		it(`a body of ${n} bytes decodes to itself, brotli and gzip, and is smaller`, async () => {
			const body = page(n);
			const br = await compressBody(body, 'br');
			const gz = await compressBody(body, 'gzip');
			expect(brotliDecompressSync(br).equals(body)).toBe(true);
			expect(gunzipSync(gz).equals(body)).toBe(true);
			expect(br.length).toBeLessThan(n / 2);
			expect(gz.length).toBeLessThan(n / 2);
		});
});

describe('compressResponse', () => {
	it('an 8 kB page is sent brotli-encoded to a browser that accepts it, varying on Accept-Encoding', async () => {
		const body = page(8096);
		const request = new Request('http://x/datasets/1', { headers: { 'accept-encoding': 'gzip, deflate, br' } });
		const response = new Response(new Uint8Array(body), { headers: { 'content-type': 'text/html' } });
		const out = await compressResponse(request, response);
		expect(out.headers.get('content-encoding')).toBe('br');
		expect(out.headers.get('vary')).toBe('Accept-Encoding');
		expect(brotliDecompressSync(Buffer.from(await out.arrayBuffer())).equals(body)).toBe(true);
	});

	it('a client that accepts no encoding gets the page as it is', async () => {
		const body = page(8096);
		const out = await compressResponse(
			new Request('http://x/datasets/1'),
			new Response(new Uint8Array(body), { headers: { 'content-type': 'text/html' } })
		);
		expect(out.headers.get('content-encoding')).toBeNull();
		expect(Buffer.from(await out.arrayBuffer()).equals(body)).toBe(true);
	});
});
