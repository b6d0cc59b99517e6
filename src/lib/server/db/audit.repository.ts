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

/** An audit row with the display name of the account that made it (null for the CLI's or a removed account's). */
export type AuditRecord = Selectable<AuditLogTable> & { who_name: string | null };

/** The audit log joined to the accounts, so that screens show "Nguyễn Văn An" rather than the login. */
export function withWhoName(db: Pick<Kysely<DB>, 'selectFrom'>) {
	return db
		.selectFrom('audit_log')
		.leftJoin('users', 'users.login', 'audit_log.who')
		.selectAll('audit_log')
		.select('users.name as who_name');
}

/** The audit trail of a dataset, newest first; narrowed in SQL to one kind of entity and one key (a unit's code). */
export async function listAudit(
	db: Kysely<DB>,
	datasetId: number,
	opts: { entity?: string; entityKey?: string; limit?: number } = {}
): Promise<AuditRecord[]> {
	let q = withWhoName(db).where('dataset_id', '=', datasetId);
	if (opts.entity) q = q.where('entity', '=', opts.entity);
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

/** Filters of the audit page (all optional; dates are ISO days, inclusive). */
export interface AuditFilter {
	datasetId?: number;
	scenarioId?: number;
	who?: string;
	from?: string;
	to?: string;
	/** Only these datasets (an account limited to some datasets); null/undefined = all. */
	datasets?: number[] | null;
	limit?: number;
}

/**
 * The audit trail filtered by dataset, scenario (the scenario itself, its groups and exemptions), user and date,
 * newest first. `to` is a day: rows of that whole day are included.
 */
export async function searchAudit(db: Kysely<DB>, f: AuditFilter): Promise<AuditRecord[]> {
	if (f.datasets && !f.datasets.length) return [];
	let q = withWhoName(db);
	if (f.datasets) q = q.where('dataset_id', 'in', f.datasets);
	if (f.datasetId != null) q = q.where('dataset_id', '=', f.datasetId);
	if (f.scenarioId != null) {
		const id = f.scenarioId;
		q = q.where((eb) =>
			eb.or([
				eb.and([eb('entity', 'in', ['scenario', 'scenario_staffing']), eb('entity_key', '=', String(id))]),
				eb.and([
					eb('entity', 'in', ['group', 'scenario_exemption', 'comment', 'consultation', 'council_resolution']),
					eb('entity_key', 'like', `${id}/%`)
				])
			])
		);
	}
	if (f.who) q = q.where('who', '=', f.who);
	if (f.from) q = q.where('at', '>=', f.from);
	// The next day's start: ISO strings order as times.
	if (f.to) q = q.where('at', '<', new Date(Date.parse(f.to) + 86_400_000).toISOString().slice(0, 10));
	return q
		.orderBy('id', 'desc')
		.limit(f.limit ?? 500)
		.execute();
}

/** The accounts that appear in the audit trail (for the filter's choice list). */
export async function auditWhos(db: Kysely<DB>): Promise<string[]> {
	const rows = await db.selectFrom('audit_log').select('who').distinct().orderBy('who').execute();
	return rows.map((r) => r.who);
}
