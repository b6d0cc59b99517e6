/**
 * A dataset's units read once per dataset version and shared (issue 14 item 5): the scenario workspaces (one per
 * rule set, overrides and phases) and the map pages' packing all start from the same rows, which at 10,000 communes
 * take about a second to read and map. Keyed like them by the dataset's data key (id, creation time,
 * `data_version`), per database handle, a few versions kept (least recently used first). Callers must not change
 * the array or its units.
 */
import type { Kysely } from 'kysely';
import type { UnitView } from '../../domain/units.ts';
import { datasetDataKey } from '../db/dataset-version.repository.ts';
import type { DatasetRow } from '../db/dataset.repository.ts';
import type { DB } from '../db/schema.ts';
import { listUnits } from '../db/unit.repository.ts';
import { HandleCache } from '../handle-cache.ts';

const kept = new HandleCache<UnitView[]>(() => 4);

export function sharedDatasetUnits(
	db: Kysely<DB>,
	dataset: Pick<DatasetRow, 'id' | 'created_at' | 'data_version'>
): Promise<UnitView[]> {
	return kept.get(db, datasetDataKey(dataset), () => listUnits(db, dataset.id));
}
