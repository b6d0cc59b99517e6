/**
 * The review path (issue 11 items 3, 4 and 6): status moves of a scenario, the scenarios waiting for a reviewer,
 * comments and the audit page. Rules come from domain/scenario/status.ts and lifecycle.ts; SQL from
 * db/review.repository.ts, db/comment.repository.ts and db/audit.repository.ts. Every change takes the actor, whose
 * role decides the moves it may make (the route rule lets editors and reviewers reach the endpoint; which `to` each
 * may ask for is checked here, on the server).
 */
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { bi } from '../../domain/messages.ts';
import { checkNotDeleted, ScenarioStateError, type ScenarioStatus } from '../../domain/scenario/lifecycle.ts';
import { checkStatusMove, isScenarioStatus, STATUS_LABELS } from '../../domain/scenario/status.ts';
import type { DB } from '../db/schema.ts';
import { getScenario, lockScenario, type Scenario } from '../db/scenario.repository.ts';
import { toCsv } from '../export/csv.ts';
import { appendAudit, searchAudit, type AuditFilter } from '../db/audit.repository.ts';
import { listStatusMoves, listSubmitted, setScenarioStatus } from '../db/review.repository.ts';
import {
	getComment,
	insertComment,
	listComments,
	setCommentResolved,
	type CommentRow
} from '../db/comment.repository.ts';
import { both } from '../../i18n/catalogue.ts';

type Db = Kysely<DB>;

/** Who acts, with the role that decides the moves (the signed-in account). */
export interface ReviewActor {
	id: string;
	name: string;
	role: string;
	datasets?: number[] | null;
}

const notFound = (id: number) =>
	new ScenarioStateError('not_found', id, both('scenario.lifecycle.noScenarioId', { id }));

// ---------------------------------------------------------------------------------------------------------------
// Status
// ---------------------------------------------------------------------------------------------------------------

/**
 * Move a scenario's status. `from` (optional) is the status the user saw: when it is no longer current the move is
 * refused (409 stale_status) even if the new state would allow it. One transaction: lock, check, conditional
 * update (status still the one read), audit row (field status, before → after, note = reason).
 */
export async function moveScenarioStatus(
	db: Db,
	actor: ReviewActor,
	id: number,
	input: { to: unknown; reason?: unknown; from?: unknown }
): Promise<Scenario> {
	if (!isScenarioStatus(input.to))
		throw new ScenarioStateError(
			'bad_move',
			id,
			both('services.reviewService.unknownStatusP1', { p1: String(input.to) })
		);
	const to = input.to;
	const expectedFrom = isScenarioStatus(input.from) ? input.from : null;
	return db.transaction().execute(async (trx) => {
		const s = await lockScenario(trx, id);
		if (!s) throw notFound(id);
		checkNotDeleted(s);
		const { reason } = checkStatusMove(s, {
			to,
			role: actor.role,
			reason: typeof input.reason === 'string' ? input.reason : null,
			expectedFrom
		});
		const at = new Date().toISOString();
		if (!(await setScenarioStatus(trx, id, s.status, to, actor.id, at)))
			throw new ScenarioStateError('stale_status', id, both('services.reviewService.scenarioIdWasJustMoved', { id }));
		await appendAudit(
			trx,
			[
				{
					who: actor.id,
					dataset_id: s.datasetId,
					entity: 'scenario',
					entity_key: String(id),
					action: 'status',
					field: 'status',
					before: s.status,
					after: to,
					note: reason
				}
			],
			at
		);
		return (await getScenario(trx, id))!;
	});
}

/** The status moves of a scenario, newest first (for its history and the returned reason). */
export async function statusMoves(db: Db, id: number) {
	return listStatusMoves(db, id);
}

/** "Chờ tôi thẩm định": scenarios submitted, within the actor's datasets. */
export async function waitingForReview(db: Db, actor: Pick<ReviewActor, 'datasets'>) {
	return listSubmitted(db, actor.datasets ?? null);
}

// ---------------------------------------------------------------------------------------------------------------
// Comments
// ---------------------------------------------------------------------------------------------------------------

export type CommentTarget = { kind: 'scenario' } | { kind: 'group'; key: string } | { kind: 'unit'; key: string };

export interface CommentThread {
	root: CommentRow;
	replies: CommentRow[];
	resolved: boolean;
	/** The scenario's version changed since the thread was started (the comment was written on an older one). */
	outdated: boolean;
}

const badComment = (id: number, vi: string, en: string) => new ScenarioStateError('bad_comment', id, bi(vi, en));

/** A scenario's comment threads (root + replies), oldest first, each marked outdated when the version moved on. */
export async function commentThreads(db: Db, scenarioId: number): Promise<CommentThread[]> {
	const s = await getScenario(db, scenarioId);
	if (!s) throw notFound(scenarioId);
	const rows = await listComments(db, scenarioId);
	const byRoot = new Map<string, CommentThread>();
	for (const r of rows)
		if (!r.parentId)
			byRoot.set(r.id, { root: r, replies: [], resolved: !!r.resolvedAt, outdated: r.scenarioVersion !== s.version });
	for (const r of rows) if (r.parentId) byRoot.get(r.parentId)?.replies.push(r);
	return [...byRoot.values()];
}

/**
 * Write a comment (a new thread on a target, or a reply with `parentId`) on the scenario's current version. Editors,
 * reviewers and admins comment (the route rule); viewers read. Audited (entity comment, key "<scenario>/<id>").
 */
export async function addComment(
	db: Db,
	actor: ReviewActor,
	scenarioId: number,
	input: { body: unknown; target?: unknown; parentId?: unknown }
): Promise<CommentRow> {
	const body = String(input.body ?? '').trim();
	if (!body || body.length > 4000)
		throw badComment(
			scenarioId,
			'Bình luận phải có từ 1 đến 4000 ký tự.',
			'A comment must have 1 to 4,000 characters.'
		);
	return db.transaction().execute(async (trx) => {
		const s = await lockScenario(trx, scenarioId);
		if (!s) throw notFound(scenarioId);
		checkNotDeleted(s);
		let parentId: string | null = null;
		let target: CommentTarget;
		if (input.parentId != null) {
			const parent = await getComment(trx, String(input.parentId));
			if (!parent || parent.scenarioId !== scenarioId)
				throw new ScenarioStateError('comment_not_found', scenarioId, both('services.reviewService.noSuchComment'));
			parentId = parent.parentId ?? parent.id;
			const root = parent.parentId ? (await getComment(trx, parent.parentId))! : parent;
			target = root.targetKind === 'scenario' ? { kind: 'scenario' } : { kind: root.targetKind, key: root.targetKey! };
		} else target = checkTarget(scenarioId, input.target);
		const id = randomUUID();
		const at = new Date().toISOString();
		await insertComment(trx, {
			id,
			scenario_id: scenarioId,
			parent_id: parentId,
			target_kind: target.kind,
			target_key: target.kind === 'scenario' ? null : target.key,
			scenario_version: s.version,
			body,
			author: actor.id,
			created_at: at
		});
		await appendAudit(
			trx,
			[
				{
					who: actor.id,
					dataset_id: s.datasetId,
					entity: 'comment',
					entity_key: `${scenarioId}/${id}`,
					action: 'create',
					after: { target, version: s.version, body, parentId }
				}
			],
			at
		);
		return (await getComment(trx, id))!;
	});
}

function checkTarget(scenarioId: number, raw: unknown): CommentTarget {
	if (raw == null) return { kind: 'scenario' };
	const t = raw as { kind?: unknown; key?: unknown };
	if (t.kind === 'scenario') return { kind: 'scenario' };
	if ((t.kind === 'group' || t.kind === 'unit') && typeof t.key === 'string' && t.key.trim())
		return { kind: t.kind, key: t.key.trim() };
	throw badComment(
		scenarioId,
		'Bình luận phải gắn với phương án, một nhóm (group + mã nhóm) hoặc một đơn vị (unit + mã).',
		'A comment is on the scenario, one group (group + its id) or one unit (unit + its code).'
	);
}

/** Resolve or reopen a thread (its root comment). Audited. */
export async function setThreadResolved(
	db: Db,
	actor: ReviewActor,
	scenarioId: number,
	commentId: string,
	resolved: boolean
): Promise<CommentRow> {
	return db.transaction().execute(async (trx) => {
		const s = await lockScenario(trx, scenarioId);
		if (!s) throw notFound(scenarioId);
		const c = await getComment(trx, commentId);
		if (!c || c.scenarioId !== scenarioId)
			throw new ScenarioStateError('comment_not_found', scenarioId, both('services.reviewService.noSuchComment'));
		const rootId = c.parentId ?? c.id;
		const at = new Date().toISOString();
		await setCommentResolved(trx, rootId, resolved ? { at, by: actor.id } : null);
		await appendAudit(
			trx,
			[
				{
					who: actor.id,
					dataset_id: s.datasetId,
					entity: 'comment',
					entity_key: `${scenarioId}/${rootId}`,
					action: resolved ? 'resolve' : 'reopen'
				}
			],
			at
		);
		return (await getComment(trx, rootId))!;
	});
}

// ---------------------------------------------------------------------------------------------------------------
// Audit page
// ---------------------------------------------------------------------------------------------------------------

/** The audit trail for the audit page, within the actor's datasets, values parsed. */
export async function auditRows(db: Db, actor: Pick<ReviewActor, 'datasets'>, f: Omit<AuditFilter, 'datasets'>) {
	const rows = await searchAudit(db, { ...f, datasets: actor.datasets ?? null });
	return rows.map((r) => ({ ...r, before: parse(r.before), after: parse(r.after) }));
}

function parse(s: string | null): unknown {
	if (s == null) return null;
	try {
		return JSON.parse(s);
	} catch {
		return s;
	}
}

/** The audit rows as CSV (UTF-8 with BOM, formulas escaped: the shared export/csv.ts). */
export function auditCsv(rows: Awaited<ReturnType<typeof auditRows>>): string {
	const text = (v: unknown) => (v == null ? null : typeof v === 'string' ? v : JSON.stringify(v));
	return toCsv(
		['thoi_gian', 'nguoi', 'ho_ten', 'bo_du_lieu', 'doi_tuong', 'ma', 'hanh_dong', 'truong', 'truoc', 'sau', 'ghi_chu'],
		rows.map((r) => [
			r.at,
			r.who,
			r.who_name,
			r.dataset_id,
			r.entity,
			r.entity_key,
			r.action,
			r.field,
			text(r.before),
			text(r.after),
			r.note
		])
	);
}

export { STATUS_LABELS };
export type { ScenarioStatus };
