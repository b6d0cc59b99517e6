/**
 * A dataset's units as the map pages receive them (issue 14 item 6): packed column by column (domain/unit-pack.ts)
 * and kept in memory per dataset version (least recently used first), so a page of a 10,000-commune dataset does not
 * read, map and pack every row again on each visit. The key is the dataset row's data version (dataset id, creation
 * time, `data_version`, bumped by every unit edit), so an edit made through any app instance is seen at once.
 */
import type { Kysely } from 'kysely';
import { packUnits, type PackedUnits } from '../../domain/unit-pack.ts';
import { ScenarioStateError } from '../../domain/scenario/lifecycle.ts';
import { datasetDataKey } from '../db/dataset-version.repository.ts';
import type { DatasetRow } from '../db/dataset.repository.ts';
import { listUnits } from '../db/unit.repository.ts';
import type { DB } from '../db/schema.ts';
import { scenarioEditorData } from './scenario.service.ts';

const LIMIT = 4;
const caches = new WeakMap<object, Map<string, Promise<PackedUnits>>>();

/** The dataset's units, packed (read and packed once per dataset version). */
export function packedDatasetUnits(
	db: Kysely<DB>,
	dataset: Pick<DatasetRow, 'id' | 'created_at' | 'data_version'>
): Promise<PackedUnits> {
	const version = datasetDataKey(dataset);
	let cache = caches.get(db);
	if (!cache) caches.set(db, (cache = new Map()));
	let p = cache.get(version);
	if (p) cache.delete(version);
	else {
		p = listUnits(db, dataset.id).then(packUnits);
		p.catch(() => cache.delete(version));
	}
	cache.set(version, p);
	while (cache.size > LIMIT) cache.delete(cache.keys().next().value!);
	return p;
}

/**
 * The page data of a scenario's map pages (the editor and its after view): the editor's data with the units packed
 * (from the cache above); null when there is no such dataset or scenario.
 */
export async function scenarioMapPageData(db: Kysely<DB>, datasetId: number, scenarioId: number) {
	const data = await scenarioEditorData(db, datasetId, scenarioId).catch((e) => {
		if (e instanceof ScenarioStateError) return null;
		throw e;
	});
	return data && { ...data, units: await packedDatasetUnits(db, data.dataset) };
}
