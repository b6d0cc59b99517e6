import type { Kysely, Selectable } from 'kysely';
import { appendAudit } from './audit.repository.ts';
import { bumpDataVersion } from './dataset-version.repository.ts';
import type { AdjacencyTable, DB } from './schema.ts';

/** Adjacency edges of a level, manual removals applied and manual additions included. */
export async function listAdjacency(
	db: Kysely<DB>,
	datasetId: number,
	level: string
): Promise<Selectable<AdjacencyTable>[]> {
	const rows = await db
		.selectFrom('adjacency')
		.selectAll()
		.where('dataset_id', '=', datasetId)
		.where('level', '=', level)
		.orderBy('id')
		.execute();
	const removed = new Set(rows.filter((r) => r.source === 'manual_remove').map((r) => `${r.a_code}|${r.b_code}`));
	return rows.filter((r) => r.source !== 'manual_remove' && !removed.has(`${r.a_code}|${r.b_code}`));
}

/**
 * Record a manual decision on a pair of units: 'add' for islands, ferry links and exclaves that share no
 * drawn border, 'remove' for a computed edge that is wrong. Stored beside the computed edges, with who and why.
 */
export async function setManualEdge(
	db: Kysely<DB>,
	datasetId: number,
	level: 'district' | 'commune',
	x: string,
	y: string,
	action: 'add' | 'remove',
	reason: string,
	who: string
): Promise<void> {
	const [a, b] = x < y ? [x, y] : [y, x];
	await db.transaction().execute(async (trx) => {
		const units = await trx
			.selectFrom('units')
			.select(['code', 'level'])
			.where('dataset_id', '=', datasetId)
			.where('code', 'in', [a, b])
			.execute();
		if (units.length !== 2 || units.some((u) => u.level !== level))
			throw new Error(`Units ${a} and ${b} are not both ${level}-level units of dataset ${datasetId}`);
		// A newer manual decision replaces an older one on the same pair.
		await trx
			.deleteFrom('adjacency')
			.where('dataset_id', '=', datasetId)
			.where('a_code', '=', a)
			.where('b_code', '=', b)
			.where('source', 'in', ['manual_add', 'manual_remove'])
			.execute();
		await trx
			.insertInto('adjacency')
			.values({
				dataset_id: datasetId,
				level,
				a_code: a,
				b_code: b,
				shared_km: null,
				doubtful: 0,
				source: action === 'add' ? 'manual_add' : 'manual_remove',
				reason,
				created_at: new Date().toISOString(),
				created_by: who
			})
			.execute();
		await bumpDataVersion(trx, datasetId);
		await appendAudit(trx, [
			{
				who,
				dataset_id: datasetId,
				entity: 'adjacency',
				entity_key: `${a}|${b}`,
				action: action === 'add' ? 'create' : 'delete',
				after: { level, action },
				note: reason
			}
		]);
	});
}
