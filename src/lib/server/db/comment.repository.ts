/** SQL of review comments (table scenario_comments, migration 2026-12-02_030). */
import type { Kysely, Selectable, Transaction } from 'kysely';
import type { DB, ScenarioCommentTable } from './schema.ts';
import type { ScenarioComment } from '../../domain/scenario/comment.ts';

type Executor = Kysely<DB> | Transaction<DB>;

/** A stored comment: the domain's comment and the scenario it belongs to. */
export interface CommentRow extends ScenarioComment {
	scenarioId: number;
}

function toRow(r: Selectable<ScenarioCommentTable> & { author_name: string | null }): CommentRow {
	return {
		id: r.id,
		scenarioId: r.scenario_id,
		parentId: r.parent_id,
		targetKind: r.target_kind as CommentRow['targetKind'],
		targetKey: r.target_key,
		scenarioVersion: r.scenario_version,
		body: r.body,
		author: r.author,
		authorName: r.author_name,
		createdAt: r.created_at,
		resolvedAt: r.resolved_at,
		resolvedBy: r.resolved_by
	};
}

export async function insertComment(
	db: Executor,
	c: Omit<Selectable<ScenarioCommentTable>, 'resolved_at' | 'resolved_by'>
): Promise<void> {
	await db.insertInto('scenario_comments').values(c).execute();
}

/** Every comment of a scenario, oldest first, with the author's display name. */
export async function listComments(db: Executor, scenarioId: number): Promise<CommentRow[]> {
	const rows = await db
		.selectFrom('scenario_comments as c')
		.leftJoin('users as u', 'u.login', 'c.author')
		.selectAll('c')
		.select('u.name as author_name')
		.where('c.scenario_id', '=', scenarioId)
		.orderBy('c.created_at', 'asc')
		.orderBy('c.id', 'asc')
		.execute();
	return rows.map(toRow);
}

export async function getComment(db: Executor, id: string): Promise<CommentRow | undefined> {
	const r = await db
		.selectFrom('scenario_comments as c')
		.leftJoin('users as u', 'u.login', 'c.author')
		.selectAll('c')
		.select('u.name as author_name')
		.where('c.id', '=', id)
		.executeTakeFirst();
	return r && toRow(r);
}

/** Resolve (who, at) or reopen (null, null) a thread's root comment. */
export async function setCommentResolved(
	db: Executor,
	id: string,
	resolved: { at: string; by: string } | null
): Promise<void> {
	await db
		.updateTable('scenario_comments')
		.set({ resolved_at: resolved?.at ?? null, resolved_by: resolved?.by ?? null })
		.where('id', '=', id)
		.execute();
}
