import type { Kysely, Selectable } from 'kysely';
import type { AdjacencyTable, DataQualityTable, DB } from './schema.ts';

/** Data-quality rows of a dataset, most severe first. */
export async function listQuality(db: Kysely<DB>, datasetId: number): Promise<Selectable<DataQualityTable>[]> {
	return db
		.selectFrom('data_quality')
		.selectAll()
		.where('dataset_id', '=', datasetId)
		.orderBy((eb) => eb.case().when('severity', '=', 'error').then(0).when('severity', '=', 'warning').then(1).else(2).end())
		.orderBy('id')
		.execute();
}

/** Adjacency edges of a level, manual removals applied and manual additions included. */
export async function listAdjacency(db: Kysely<DB>, datasetId: number, level: string): Promise<Selectable<AdjacencyTable>[]> {
	const rows = await db.selectFrom('adjacency').selectAll().where('dataset_id', '=', datasetId).where('level', '=', level).orderBy('id').execute();
	const removed = new Set(rows.filter((r) => r.source === 'manual_remove').map((r) => `${r.a_code}|${r.b_code}`));
	return rows.filter((r) => r.source !== 'manual_remove' && !removed.has(`${r.a_code}|${r.b_code}`));
}
