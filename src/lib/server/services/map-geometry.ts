/**
 * The map's geometry endpoints made light (issue 14 item 4): each body is built once per dataset version and kept in
 * memory (bounded, least recently used first), compressed once per encoding (br or gzip, as the request's
 * Accept-Encoding allows), and answered with an ETag and `Cache-Control: private, no-cache`, so a browser that has
 * it gets 304 without a body. The key comes from the database (dataset id, creation time, `data_version`), so a
 * change made through any app instance gives a new ETag.
 *
 * Detail levels of GET /api/datasets/[id]/geometry/[level]?detail=…:
 *  - `full` (default): the stored boundaries, full resolution (dissolving in the editor, gaps of broken groups);
 *  - `after`: simplified for the after view of a whole province or country (`AFTER_TOLERANCE_DEG`), topology-aware
 *    (domain/geo/topology-simplify.ts: shared arcs simplified once, junctions kept, rings kept), so neighbours keep
 *    one common border (no slivers or overlaps appear between them, and dissolving them still works). Coordinates
 *    on a 1e-5° grid (≈ 1 m).
 */
import { createHash } from 'node:crypto';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { MultiPolygon, Polygon } from 'geojson';
import type { Kysely } from 'kysely';
import { simplifyLayerTopology } from '../../domain/geo/topology-simplify.ts';
import { dataKey } from '../db/dataset-version.repository.ts';
import type { DB } from '../db/schema.ts';
import { HandleCache } from '../handle-cache.ts';

export type GeometryDetail = 'full' | 'after';
export const GEOMETRY_DETAILS: readonly GeometryDetail[] = ['full', 'after'];

/** Tolerance of the `after` detail: ≈ 30 m, below a pixel of a province on a screen or an A3 sheet. */
export const AFTER_TOLERANCE_DEG = 0.0003;

interface Entry {
	body: Buffer;
	etag: string;
	encoded: Map<'br' | 'gzip', Promise<Buffer>>;
}

const cacheLimit = () => Math.max(1, Number(process.env.MAP_GEOMETRY_CACHE) || 16);
/** Vector tiles are many and small: their own cache, so they do not push the layers out. */
const TILE_CACHE_LIMIT = 4000;
const buckets = { layers: new HandleCache<Entry>(cacheLimit), tiles: new HandleCache<Entry>(() => TILE_CACHE_LIMIT) };

/** A layer's features (code, parent, stored geometry text) simplified together, as GeoJSON text. */
export function simplifiedLayerGeoJson(
	rows: readonly { code: string; parentCode: string | null; geometry: string }[],
	toleranceDeg = AFTER_TOLERANCE_DEG
): string {
	const simplified = simplifyLayerTopology(
		rows.map((r) => JSON.parse(r.geometry) as Polygon | MultiPolygon),
		{ toleranceDeg }
	);
	const parts = rows.map(
		(r, i) =>
			`{"type":"Feature","properties":{"code":${JSON.stringify(r.code)},"parent":${JSON.stringify(r.parentCode)}},"geometry":${JSON.stringify(simplified[i])}}`
	);
	return `{"type":"FeatureCollection","features":[${parts.join(',')}]}`;
}

/**
 * A kept body as a Response's bytes without copying it (`new Uint8Array(buffer)` copies, and the Response copies
 * again): the map's units (0.5 MB) and tiles are answered from memory many times a second under load.
 */
export function keptBytes(b: Buffer): Uint8Array<ArrayBuffer> {
	// Node's buffers (pooled or not) live on plain ArrayBuffers, never shared ones.
	return new Uint8Array(b.buffer as ArrayBuffer, b.byteOffset, b.byteLength);
}

/** The encoding to send for an Accept-Encoding header: br, else gzip, else none. */
export function pickEncoding(acceptEncoding: string | null): 'br' | 'gzip' | null {
	const accepted = new Map<string, number>();
	for (const part of (acceptEncoding ?? '').toLowerCase().split(',')) {
		const [name, ...params] = part.trim().split(';');
		if (!name) continue;
		const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
		accepted.set(name, q ? Number(q.slice(2)) : 1);
	}
	const ok = (e: string) => (accepted.get(e) ?? accepted.get('*') ?? 0) > 0;
	return ok('br') ? 'br' : ok('gzip') ? 'gzip' : null;
}

/**
 * Layer bodies of this size are compressed a second time, at brotli's best quality, once the first (quality 6) is
 * made, and that one is sent from then on: the 10,000-commune dataset's units (1.75 MB of JSON) go from 386 kB to
 * 290 kB on every page view, for 1.7 s of one pool thread once per dataset version (issue 14 item 5: the bytes each
 * of 50 readers makes the server write and the client read). Above the upper bound the second pass would hold a
 * core for too long; tiles are many and small and keep their first compression.
 */
export const BEST_BROTLI_BYTES = { min: 256 * 1024, max: 6 * 1024 * 1024 };

const brotliAt = (body: Buffer, quality: number) =>
	promisify(brotliCompress)(body, {
		params: { [constants.BROTLI_PARAM_QUALITY]: quality, [constants.BROTLI_PARAM_SIZE_HINT]: body.length }
	});

function encode(entry: Entry, enc: 'br' | 'gzip', best: boolean): Promise<Buffer> {
	let p = entry.encoded.get(enc);
	if (!p) {
		// Compressed once per body, in libuv's thread pool (not on the event loop).
		p = enc === 'br' ? brotliAt(entry.body, 6) : promisify(gzip)(entry.body, { level: 6 });
		entry.encoded.set(enc, p);
		const size = entry.body.length;
		if (enc === 'br' && best && size >= BEST_BROTLI_BYTES.min && size <= BEST_BROTLI_BYTES.max) {
			const quick = p;
			quick
				.then(() => brotliAt(entry.body, 11))
				.then(
					(b) => entry.encoded.get('br') === quick && entry.encoded.set('br', Promise.resolve(b)),
					() => {} // the quick one stays
				);
		}
	}
	return p;
}

/** Does an If-None-Match header name this ETag (weak comparison, as for GET)? */
function matches(ifNoneMatch: string | null, etag: string): boolean {
	if (!ifNoneMatch) return false;
	const bare = (t: string) => t.trim().replace(/^W\//, '');
	return ifNoneMatch.split(',').some((t) => t.trim() === '*' || bare(t) === bare(etag));
}

/** The kept entry of a body (built by `build` when this dataset version, kind, level and detail are not kept). */
async function keptEntry(
	db: Kysely<DB>,
	datasetId: number,
	what: string,
	build: (version: string) => Promise<string | Uint8Array>,
	bucket: 'layers' | 'tiles' = 'layers'
): Promise<Entry | null> {
	const version = await dataKey(db, datasetId);
	if (!version) return null;
	const key = `${version}|${what}`;
	return buckets[bucket].get(db, key, () =>
		build(version).then((body) => ({
			body: typeof body === 'string' ? Buffer.from(body, 'utf8') : Buffer.from(body),
			etag: `W/"${createHash('sha1').update(key).digest('base64url')}"`,
			encoded: new Map()
		}))
	);
}

/** A kept body itself (built if need be), e.g. to build another body from it; null when the dataset is gone. */
export async function keptGeometry(
	db: Kysely<DB>,
	datasetId: number,
	what: string,
	build: (version: string) => Promise<string | Uint8Array>,
	bucket?: 'layers' | 'tiles'
): Promise<Buffer | null> {
	return (await keptEntry(db, datasetId, what, build, bucket))?.body ?? null;
}

/**
 * Answer a geometry request from the cache: `build` makes the body text when this dataset version, kind, level and
 * detail are not cached. 404 when the dataset does not exist.
 */
export async function cachedGeometryResponse(
	db: Kysely<DB>,
	request: Request,
	datasetId: number,
	what: string,
	contentType: string,
	build: (version: string) => Promise<string | Uint8Array>,
	opts: { bucket?: 'layers' | 'tiles' } = {}
): Promise<Response> {
	const entry = await keptEntry(db, datasetId, what, build, opts.bucket);
	if (!entry) return new Response('no such dataset', { status: 404 });
	// Tests that call the handler directly may pass no request: then no condition and no encoding.
	const header = (name: string) => (request as Request | undefined)?.headers.get(name) ?? null;
	const headers: Record<string, string> = {
		'content-type': contentType,
		'cache-control': 'private, no-cache',
		etag: entry.etag,
		vary: 'Accept-Encoding'
	};
	if (matches(header('if-none-match'), entry.etag)) return new Response(null, { status: 304, headers });
	const enc = pickEncoding(header('accept-encoding'));
	if (!enc) return new Response(keptBytes(entry.body), { headers });
	const body = await encode(entry, enc, (opts.bucket ?? 'layers') === 'layers');
	return new Response(keptBytes(body), { headers: { ...headers, 'content-encoding': enc } });
}
