/**
 * A dataset's units as the map pages receive them (issue 14 item 6): packed column by column (domain/unit-pack.ts)
 * and kept in memory per dataset version (least recently used first), so a page of a 10,000-commune dataset does not
 * read and map every row again on each visit. The key is the database's data version (dataset id, creation time,
 * `data_version`, bumped by every unit edit), so an edit made through any app instance is seen at once.
 */
import type { Kysely } from 'kysely';
import { packUnits, type PackedUnits } from '../../domain/unit-pack.ts';
import { dataKey } from '../db/dataset-version.repository.ts';
import { listUnits } from '../db/unit.repository.ts';
import type { DB } from '../db/schema.ts';

const LIMIT = 4;
const caches = new WeakMap<object, Map<string, Promise<PackedUnits>>>();

/** The dataset's units, packed (read once per dataset version); null when there is no such dataset. */
export async function packedDatasetUnits(db: Kysely<DB>, datasetId: number): Promise<PackedUnits | null> {
	const version = await dataKey(db, datasetId);
	if (!version) return null;
	let cache = caches.get(db);
	if (!cache) caches.set(db, (cache = new Map()));
	let p = cache.get(version);
	if (p) cache.delete(version);
	else {
		p = listUnits(db, datasetId).then(packUnits);
		p.catch(() => cache.delete(version));
	}
	cache.set(version, p);
	while (cache.size > LIMIT) cache.delete(cache.keys().next().value!);
	return p;
}
