/**
 * Compression of pages and JSON answers (issue 14 item 4): adapter-node sends what SvelteKit renders as it is, and a
 * dataset page of a whole country embeds several MB of unit data (names, figures: no geometry). Text answers of more
 * than 1 KB are compressed with br or gzip, as the request's Accept-Encoding allows (large ones in libuv's pool).
 * Answers already encoded (the geometry endpoints compress and cache their own) and streams are left alone.
 */
import { promisify } from 'node:util';
import { brotliCompress, brotliCompressSync, constants, gzip, gzipSync, type BrotliOptions } from 'node:zlib';
import { pickEncoding } from './services/map-geometry.ts';

const COMPRESSIBLE = /^(text\/html|application\/json|application\/geo\+json|text\/csv|application\/javascript)/;
const MIN_BYTES = 1024;

/**
 * Bodies up to this size are compressed on the request's own thread. A page is a few kB (the 10,000-commune dataset
 * map: 8 kB): brotli took ~0.1 ms of CPU for it there, against 0.4–0.6 ms of CPU handed to libuv's thread pool
 * (the hand-off, and an encoder set up for a 4 MB window), CPU that 50 readers on a 2-core machine wait for (issue
 * 14 item 5). Larger bodies still go to the pool, so the event loop is never held for long.
 */
export const SYNC_COMPRESS_MAX_BYTES = 64 * 1024;

/** Brotli at quality 5 (fast enough for a page per request), its window no larger than the body needs. */
function brotliOptions(size: number): BrotliOptions {
	const lgwin = Math.min(
		constants.BROTLI_MAX_WINDOW_BITS,
		Math.max(constants.BROTLI_MIN_WINDOW_BITS, Math.ceil(Math.log2(size + 16)))
	);
	return {
		params: {
			[constants.BROTLI_PARAM_QUALITY]: 5,
			[constants.BROTLI_PARAM_SIZE_HINT]: size,
			[constants.BROTLI_PARAM_LGWIN]: lgwin
		}
	};
}

/** Brotli at quality 5 or gzip at level 6; small bodies at once (SYNC_COMPRESS_MAX_BYTES), larger ones in the pool. */
export function compressBody(body: Uint8Array, enc: 'br' | 'gzip'): Promise<Buffer> {
	if (body.length <= SYNC_COMPRESS_MAX_BYTES)
		return Promise.resolve(
			enc === 'br' ? brotliCompressSync(body, brotliOptions(body.length)) : gzipSync(body, { level: 6 })
		);
	return enc === 'br'
		? promisify(brotliCompress)(body, brotliOptions(body.length))
		: promisify(gzip)(body, { level: 6 });
}

/** The response compressed for this request when that is worth it, else the response itself. */
export async function compressResponse(request: Request, response: Response): Promise<Response> {
	if (request.method === 'HEAD' || response.status !== 200 || !response.body) return response;
	if (response.headers.has('content-encoding')) return response;
	const type = response.headers.get('content-type') ?? '';
	if (!COMPRESSIBLE.test(type)) return response;
	const enc = pickEncoding(request.headers.get('accept-encoding'));
	if (!enc) return response;
	const body = new Uint8Array(await response.arrayBuffer());
	const headers = new Headers(response.headers);
	const vary = headers.get('vary');
	if (!vary?.toLowerCase().includes('accept-encoding'))
		headers.set('vary', vary ? `${vary}, Accept-Encoding` : 'Accept-Encoding');
	if (body.length < MIN_BYTES) return new Response(body, { status: response.status, headers });
	const out = await compressBody(body, enc);
	headers.set('content-encoding', enc);
	headers.delete('content-length');
	return new Response(new Uint8Array(out), { status: response.status, statusText: response.statusText, headers });
}
