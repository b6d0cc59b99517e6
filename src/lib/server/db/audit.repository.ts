import type { Insertable, Kysely, Selectable, Transaction } from 'kysely';
import type { AuditLogTable, DB } from './schema.ts';

export type AuditEntry = Omit<Insertable<AuditLogTable>, 'id' | 'at' | 'before' | 'after'> & {
	before?: unknown;
	after?: unknown;
};

/** Append rows to the audit trail (inside the caller's transaction). */
export async function appendAudit(
	db: Kysely<DB> | Transaction<DB>,
	entries: AuditEntry[],
	at = new Date().toISOString()
): Promise<void> {
	if (!entries.length) return;
	for (let i = 0; i < entries.length; i += 200) {
		await db
			.insertInto('audit_log')
			.values(
				entries.slice(i, i + 200).map((e) => ({
					...e,
					at,
					before: e.before === undefined ? null : JSON.stringify(e.before),
					after: e.after === undefined ? null : JSON.stringify(e.after)
				}))
			)
			.execute();
	}
}

/** The audit trail of a dataset, newest first. */
export async function listAudit(
	db: Kysely<DB>,
	datasetId: number,
	opts: { entityKey?: string; limit?: number } = {}
): Promise<Selectable<AuditLogTable>[]> {
	let q = db.selectFrom('audit_log').selectAll().where('dataset_id', '=', datasetId);
	if (opts.entityKey) q = q.where('entity_key', '=', opts.entityKey);
	return q
		.orderBy('id', 'desc')
		.limit(opts.limit ?? 200)
		.execute();
}

/**
 * Every manual removal of an adjacency edge in a dataset, newest first: the quality page lists them all, however many
 * other audit rows came after (a "last N rows" window would drop old removals).
 */
export async function listAdjacencyRemovals(
	db: Kysely<DB>,
	datasetId: number
): Promise<{ pair: string | null; reason: string | null; who: string; at: string }[]> {
	const rows = await db
		.selectFrom('audit_log')
		.select(['entity_key', 'note', 'who', 'at'])
		.where('dataset_id', '=', datasetId)
		.where('entity', '=', 'adjacency')
		.where('action', '=', 'delete')
		.orderBy('id', 'desc')
		.execute();
	return rows.map((r) => ({ pair: r.entity_key, reason: r.note, who: r.who, at: r.at }));
}
