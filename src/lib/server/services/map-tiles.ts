/**
 * The dataset map as vector tiles (issue 14 items 4 and 6): a country of 10,000 communes is ~15 MB of GeoJSON per
 * level, which the browser took seconds to parse and cut into tiles before its first paint. Here the server cuts the
 * stored display outlines into Mapbox Vector Tiles once per dataset version and level (geojson-vt, kept in memory,
 * least recently used first) and answers each z/x/y tile on demand, simplified for its zoom, compressed and
 * revalidated by ETag like the other geometry bodies (map-geometry.ts). The browser fetches only the tiles in view
 * and decodes them in its workers.
 *
 * Simplification with shared borders kept shared (tile-set.ts): per dataset version and level, the outlines are
 * snapped into one shared-arc topology and simplified arc by arc at one screen pixel of each zoom, so neighbours'
 * borders are the same vertices in every tile (geojson-vt simplified ring by ring, and the two sides of a border
 * parted by up to a pixel). That work (~2 s for a country's 10,000 communes) and the cutting of tiles run in a worker
 * thread (tile-worker-main.ts): this thread only reads the layer's text once per version and relays tiles, which the
 * kept bodies (map-geometry.ts) then answer from memory.
 * A tile carries only what the map style reads: the unit's code (its feature id, `promoteId`) and its kind (the
 * "by kind" colours); names are drawn from the page's label points. The name and parent code made a third of a
 * country tile's bytes.
 */
import type { Kysely } from 'kysely';
import { dataKey } from '../db/dataset-version.repository.ts';
import { displayLayerGeoJson } from '../db/unit.repository.ts';
import type { DB } from '../db/schema.ts';
import { UNIT_TILE_MAX_ZOOM as TILE_MAX_ZOOM } from '../../map/style.ts';
import { RequestWorker, workerOf } from '../request-worker.ts';
import { cachedGeometryResponse } from './map-geometry.ts';
import type { TileWorkerReply, TileWorkerRequest } from './tile-set.ts';

type Level = 'district' | 'commune';
/** Layers (dataset version × level) the worker holds at most; main keeps a few more load promises than that. */
const WORKER_SETS = 6;
const LOADS_KEPT = 32;

type TileAsk = Extract<TileWorkerRequest, { type: 'tile' }>;

/** The tile worker and the layers sent to it. */
class TileWorker extends RequestWorker<TileAsk, TileWorkerReply> {
	/** Layers sent to the worker (the text is read and posted once per key; later requests wait for that post). */
	readonly loads = new Map<string, Promise<void>>();

	constructor() {
		super(import.meta.url, 'src/lib/server/services/tile-worker.mjs', { sets: WORKER_SETS });
	}

	/**
	 * The worker's key of a dataset version's level, its display layer sent to the worker once (read and posted by the
	 * first caller; later ones wait for that post).
	 */
	async layer(db: Kysely<DB>, version: string, datasetId: number, level: Level): Promise<string> {
		const key = layerKey(db, version, level);
		let p = this.loads.get(key);
		if (!p) {
			p = displayLayerGeoJson(db, datasetId, level).then((text) =>
				this.post({ type: 'load', key, text } satisfies TileWorkerRequest)
			);
			this.loads.set(key, p);
			p.catch(() => this.loads.delete(key));
			while (this.loads.size > LOADS_KEPT) this.loads.delete(this.loads.keys().next().value!);
		}
		await p;
		return key;
	}

	/** Build the layer's tile set now (the worker holds it; nothing is answered). */
	build(key: string): void {
		this.post({ type: 'build', key } satisfies TileWorkerRequest);
	}

	tile(key: string, z: number, x: number, y: number): Promise<TileWorkerReply> {
		return this.ask({ type: 'tile', key, z, x, y });
	}
}

const tileWorker = workerOf(() => new TileWorker());

/** A number per database handle: two databases' datasets may have the same id and version. */
const handles = new WeakMap<object, number>();
let handleCount = 0;
const handleTag = (db: object) => handles.get(db) ?? (handles.set(db, ++handleCount), handleCount);
/** The worker's name of a dataset version's level on this database. */
const layerKey = (db: object, version: string, level: Level) => `${handleTag(db)}|${version}|${level}`;

/** Is z/x/y a tile of the pyramid this server cuts? */
export function validTile(z: number, x: number, y: number): boolean {
	const n = 2 ** z;
	return [z, x, y].every(Number.isInteger) && z >= 0 && z <= TILE_MAX_ZOOM && x >= 0 && x < n && y >= 0 && y < n;
}

const warmed = new Map<string, number>();

/**
 * Start building a dataset's tile sets (both levels) in the worker, without waiting: called when its map page is
 * asked for, so the tiles the page asks for a moment later find the work under way (a country's is ~2 s after a
 * restart or an import). Failures are the tile requests' to report.
 */
export function warmUnitTiles(db: Kysely<DB>, datasetId: number): void {
	// Once in a while per dataset is enough (a page view under load must not pay a version read for it).
	const key = `${handleTag(db)}|${datasetId}`;
	const now = Date.now();
	if (now - (warmed.get(key) ?? -Infinity) < 10_000) return;
	warmed.set(key, now);
	if (warmed.size > 256) warmed.delete(warmed.keys().next().value!);
	void (async () => {
		const version = await dataKey(db, datasetId);
		if (!version) return;
		const worker = tileWorker();
		for (const level of ['commune', 'district'] as const) {
			if (worker.loads.has(layerKey(db, version, level))) continue;
			worker.build(await worker.layer(db, version, datasetId, level));
		}
	})().catch(() => {});
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
	for (let attempt = 0; ; attempt++) {
		const worker = tileWorker();
		const key = await worker.layer(db, version, datasetId, level);
		const r = await worker.tile(key, z, x, y);
		if ('bytes' in r) return r.bytes;
		if ('error' in r) throw new Error(`tile ${level} ${z}/${x}/${y} of dataset ${datasetId}: ${r.error}`);
		// The worker let this layer go for others since it was sent: send it again, once.
		worker.loads.delete(key);
		if (attempt > 0) throw new Error(`tile ${level} ${z}/${x}/${y} of dataset ${datasetId}: layer not held`);
	}
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
