import { sql, type Kysely } from 'kysely';
import type { DB } from './schema.ts';

/**
 * Count one change of a dataset's units, adjacency or dataset-level settings (call it inside the transaction that
 * makes the change). In-memory copies of the dataset (the scenario workspace, simplified geometry) are keyed by this
 * counter, read from the database on every request, so every app instance on the same database sees the change.
 */
export async function bumpDataVersion(db: Kysely<DB>, datasetId: number): Promise<void> {
	await db
		.updateTable('datasets')
		.set({ data_version: sql<number>`data_version + 1` })
		.where('id', '=', datasetId)
		.execute();
}

/** The key of a dataset's current data: id, creation time (ids can be reused after a delete) and change counter. */
export async function dataKey(db: Kysely<DB>, datasetId: number): Promise<string | null> {
	const r = await db
		.selectFrom('datasets')
		.select(['id', 'created_at', 'data_version'])
		.where('id', '=', datasetId)
		.executeTakeFirst();
	return r ? datasetDataKey(r) : null;
}

/** The same key from a dataset row already read. */
export function datasetDataKey(r: { id: number; created_at: string; data_version: number }): string {
	return `${r.id}|${r.created_at}|${r.data_version}`;
}
