/** SQL of the review path: a scenario's status change (optimistic), the scenarios waiting for review, status moves. */
import type { Kysely, Transaction } from 'kysely';
import type { DB } from './schema.ts';

type Executor = Kysely<DB> | Transaction<DB>;

/**
 * Set a scenario's status when it is still `from` (and not deleted): the optimistic check that makes two reviewers
 * acting at once safe. Returns whether the row changed (false: someone moved it first).
 */
export async function setScenarioStatus(
	db: Executor,
	id: number,
	from: string,
	to: string,
	who: string,
	at: string
): Promise<boolean> {
	const r = await db
		.updateTable('scenarios')
		.set({ status: to, updated_at: at, updated_by: who })
		.where('id', '=', id)
		.where('status', '=', from)
		.where('deleted_at', 'is', null)
		.executeTakeFirst();
	return Number(r.numUpdatedRows) === 1;
}

export interface WaitingScenario {
	id: number;
	datasetId: number;
	datasetName: string;
	name: string;
	version: number;
	submittedAt: string;
	submittedBy: string;
}

/** Scenarios waiting for review (status submitted, not deleted), optionally within some datasets; oldest first. */
export async function listSubmitted(db: Executor, datasets: number[] | null): Promise<WaitingScenario[]> {
	if (datasets && !datasets.length) return [];
	let q = db
		.selectFrom('scenarios as s')
		.innerJoin('datasets as d', 'd.id', 's.dataset_id')
		.select(['s.id', 's.dataset_id', 'd.name as dataset_name', 's.name', 's.version', 's.updated_at', 's.updated_by'])
		.where('s.status', '=', 'submitted')
		.where('s.deleted_at', 'is', null);
	if (datasets) q = q.where('s.dataset_id', 'in', datasets);
	const rows = await q.orderBy('s.updated_at', 'asc').execute();
	return rows.map((r) => ({
		id: r.id,
		datasetId: r.dataset_id,
		datasetName: r.dataset_name,
		name: r.name,
		version: r.version,
		submittedAt: r.updated_at,
		submittedBy: r.updated_by
	}));
}

export interface StatusMoveRow {
	at: string;
	who: string;
	/** The account's display name (null: no such account, e.g. the CLI's --who). */
	whoName: string | null;
	from: string | null;
	to: string | null;
	reason: string | null;
}

/** The status moves of a scenario from the audit trail, newest first. */
export async function listStatusMoves(db: Executor, scenarioId: number): Promise<StatusMoveRow[]> {
	const rows = await db
		.selectFrom('audit_log as a')
		.leftJoin('users as u', 'u.login', 'a.who')
		.select(['a.at', 'a.who', 'u.name', 'a.before', 'a.after', 'a.note'])
		.where('a.entity', '=', 'scenario')
		.where('a.entity_key', '=', String(scenarioId))
		.where('a.field', '=', 'status')
		.orderBy('a.id', 'desc')
		.execute();
	const parse = (s: string | null) => (s == null ? null : (JSON.parse(s) as string));
	return rows.map((r) => ({
		at: r.at,
		who: r.who,
		whoName: r.name,
		from: parse(r.before),
		to: parse(r.after),
		reason: r.note
	}));
}
