/**
 * The server's first minute after a start (issue 14: a whole country on one server). The map of a 10,000-commune
 * dataset is cut into vector tiles from its outlines snapped and simplified together (~2–3 s in the tile worker) and
 * its units are read, packed and compressed (~0.6 s) on the first visit of each dataset version: after a restart,
 * the first person to open the map waited ~4 s. At start, the newest datasets (the ones a provincial install works
 * on) get their units body and the tiles of the map's first view made in the background, as their first visit would
 * make them (a first visit of the country after a restart: 4.0 → 0.6 s), then the after view's simplified levels;
 * a failure is left for that visit to report.
 */
import type { Kysely } from 'kysely';
import { viewTiles } from '../../map/view-tiles.ts';
import { getDataset, newestDatasetIds } from '../db/dataset.repository.ts';
import type { DB } from '../db/schema.ts';
import { afterLayerResponse } from './geometry-jobs.ts';
import { unitTileResponse, warmUnitTiles } from './map-tiles.ts';
import { datasetUnitsResponse, datasetUnitsSummary } from './page-units.ts';

/** How many datasets are made ready at start (newest first). */
export const WARM_AT_START = 2;

/** As a browser asks: the bodies are made, compressed and kept as its requests would keep them. */
const asBrowser = () => new Request('http://localhost/', { headers: { 'accept-encoding': 'gzip, deflate, br' } });

/** Make the newest datasets' units, first-view tiles and after-view levels ready; resolves when they are made. */
export async function warmAtStart(db: Kysely<DB>, n = WARM_AT_START): Promise<number[]> {
	const ids = await newestDatasetIds(db, n);
	for (const id of ids) {
		warmUnitTiles(db, id); // the tile sets, in the tile worker, while the units are made here
		await datasetUnitsResponse(db, asBrowser(), id);
		const dataset = await getDataset(db, id);
		const bounds = dataset && (await datasetUnitsSummary(db, dataset)).bounds;
		if (!bounds) continue;
		for (const level of ['commune', 'district'] as const)
			for (const tile of viewTiles(bounds)) {
				const [z, x, y] = tile.split('/').map(Number);
				await unitTileResponse(db, asBrowser(), id, level, z, x, y);
			}
	}
	// Then what the after view draws the units it leaves unchanged with (~3.5 s at 10,000 communes on its first visit).
	for (const id of ids)
		for (const level of ['commune', 'district'] as const) await afterLayerResponse(db, asBrowser(), id, level);
	return ids;
}
