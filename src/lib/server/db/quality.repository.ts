import type { Kysely, Selectable } from 'kysely';
import type { DataQualityTable, DB } from './schema.ts';

/** Data-quality rows of a dataset, most severe first. */
export async function listQuality(db: Kysely<DB>, datasetId: number): Promise<Selectable<DataQualityTable>[]> {
	return db
		.selectFrom('data_quality')
		.selectAll()
		.where('dataset_id', '=', datasetId)
		.orderBy((eb) =>
			eb.case().when('severity', '=', 'error').then(0).when('severity', '=', 'warning').then(1).else(2).end()
		)
		.orderBy('id')
		.execute();
}
