/**
 * Editing a scenario's content: ops (one click), a whole new content (a plan CSV, the form), undo and redo. Each is
 * a new version written in one transaction on the locked row, conflict-checked against the version the change was
 * made on; the rules come from domain/scenario/lifecycle.ts and the edit operations from domain/scenario/ops.ts.
 *
 * The cost of one click does not grow with the dataset or the scenario (issue 14 item 2): the content an edit starts
 * from comes parsed from the content cache (scenario-content-cache.ts) while the row's version is the cached one;
 * the row is read and locked without its content; the audit rows come from the groups the edit replaced (unchanged
 * groups are the same objects, compared by reference); nothing is read back but the row's head; the evaluation
 * answered is the edit's (the changed groups and the totals, from the shared workspace and the scenario's running
 * totals: domain/scenario/incremental.ts); what is written is the change (the groups it replaced: a delta), not the
 * whole content, except at a checkpoint (db/scenario-content.repository.ts). An undo or redo applies the stored change
 * of the state it leaves or brings back, backwards or forwards, to the current content.
 */
import type { Kysely, Transaction } from 'kysely';
import type { PhaseId } from '../../domain/rules/index.ts';
import {
	alignContent,
	applyDelta,
	applyOps,
	contentDelta,
	deltaChanges,
	evaluateScenarioEdit,
	invertDelta,
	normalizeContent,
	summarizeOps,
	type ContentDelta,
	type ScenarioContent,
	type ScenarioEditEvaluation,
	type ScenarioOp
} from '../../domain/scenario/index.ts';
import {
	afterSave,
	checkWritable,
	redoStep,
	scenarioNotFound,
	stepSummary,
	undoStep,
	VersionConflictError,
	type NextState
} from '../../domain/scenario/lifecycle.ts';
import {
	getScenarioHead,
	lockScenarioHead,
	type ScenarioHead,
	type StoredHead
} from '../db/scenario-head.repository.ts';
import { readContentAt } from '../db/scenario-content.repository.ts';
import { getVersionDelta, writeScenarioVersion, type Scenario } from '../db/scenario.repository.ts';
import type { DB } from '../db/schema.ts';
import type { Actor } from './scenario-change.ts';
import { contentAt, rememberContent } from './scenario-content-cache.ts';
import { loadWorkspace } from './scenario-workspace.ts';

type Db = Kysely<DB>;

/** Write a new version of a locked scenario; the version moved under the lock → conflict. */
async function writeVersion(
	trx: Transaction<DB>,
	s: Parameters<typeof writeScenarioVersion>[1],
	actor: Actor,
	change: { delta: ContentDelta; content: ScenarioContent },
	op: 'save' | 'undo' | 'redo',
	summary: string | null,
	next: NextState
): Promise<void> {
	const at = new Date().toISOString();
	if (!(await writeScenarioVersion(trx, s, { ...change, who: actor.id, op, summary, next, at })))
		throw new VersionConflictError(s.id, s.version, s.version + 1);
}

/** The scenario's head, not deleted and writable on `expectedVersion`, and the content at that version. */
async function editable(db: Db, id: number, expectedVersion: number) {
	const head = await getScenarioHead(db, id);
	if (!head) throw scenarioNotFound(id);
	// A stale client must hear "conflict", and an edit of a submitted or approved scenario "frozen", not an op error
	// computed against content it may not change.
	checkWritable(head, expectedVersion);
	return { head, before: await contentAt(db, head) };
}

/**
 * A change of the content in one transaction on the locked row, writable on `expectedVersion` (else
 * VersionConflictError or frozen, nothing written): `fn` writes the new version (or nothing) and gives the content
 * the row then holds, which is remembered in the content cache; only the row's head is read back.
 */
async function onLockedRow(
	db: Db,
	id: number,
	expectedVersion: number,
	fn: (s: StoredHead, trx: Transaction<DB>) => Promise<ScenarioContent>
): Promise<Scenario> {
	let content!: ScenarioContent;
	const head: ScenarioHead = await db.transaction().execute(async (trx) => {
		const s = await lockScenarioHead(trx, id);
		if (!s) throw scenarioNotFound(id);
		checkWritable(s, expectedVersion);
		content = await fn(s, trx);
		return (await getScenarioHead(trx, id))!;
	});
	rememberContent(db, id, { version: head.version, updatedAt: head.updatedAt, content });
	return { ...head, content };
}

/**
 * Save `after`, made from `given` (the content at `expectedVersion`; undefined: read under the lock), as a new
 * version: one transaction on the locked row; the version moved → VersionConflictError (nothing written); an
 * unchanged content writes nothing.
 */
async function commit(
	db: Db,
	actor: Actor,
	id: number,
	expectedVersion: number,
	given: ScenarioContent | undefined,
	after: ScenarioContent,
	summary: string | null
): Promise<{ scenario: Scenario; delta: ContentDelta }> {
	// The change stored (none when nothing was written), which the ops' answer evaluates from too.
	let stored: ContentDelta = { groups: [], exemptions: [] };
	const scenario = await onLockedRow(db, id, expectedVersion, async (s, trx) => {
		// Without the content the edit was made on, the locked row's (the cached copy while it is that version); a
		// whole content given shares the groups it leaves as they were, so that only what changed is stored.
		const before = given ?? (await contentAt(db, s, trx));
		const content = given ? after : alignContent(before, after);
		const delta = contentDelta(before, content);
		// Nothing to record (no group field or exemption changed: not even an order alone) → nothing written.
		if (!deltaChanges(delta).length) return before;
		await writeVersion(trx, s, actor, { delta, content }, 'save', summary, afterSave(s));
		stored = delta;
		return content;
	});
	return { scenario, delta: stored };
}

/**
 * Save a new content made on `expectedVersion`. Stale version → VersionConflictError (nothing written). Returns the
 * scenario at its new version; an unchanged content writes nothing and returns the scenario as it is.
 */
export async function saveScenario(
	db: Db,
	actor: Actor,
	id: number,
	expectedVersion: number,
	content: ScenarioContent,
	summary: string | null = null
): Promise<Scenario> {
	// The content as it will read back (a caller's content may carry what JSON drops), so the cached copy is exact.
	const after = normalizeContent(JSON.parse(JSON.stringify(content)));
	// Straight to the lock: of two saves on one version, the first to ask wins (as before the edit path changed).
	return (await commit(db, actor, id, expectedVersion, undefined, after, summary)).scenario;
}

/**
 * Apply a batch of ops made on `expectedVersion` and save them as one new version. Throws VersionConflictError
 * (stale version: checked before the ops run, and again in the saving transaction), ScenarioOpError (an op is
 * refused: nothing saved) or ScenarioStateError. The evaluation answered is the edit's: the groups it changed and
 * the scenario's totals, evaluated incrementally on the shared workspace (the cost does not grow with the dataset).
 */
export async function applyScenarioOps(
	db: Db,
	actor: Actor,
	id: number,
	expectedVersion: number,
	ops: readonly ScenarioOp[],
	opts: { phases?: PhaseId[] } = {}
): Promise<{ scenario: Scenario; evaluation: ScenarioEditEvaluation }> {
	const { head, before } = await editable(db, id, expectedVersion);
	const workspace = await loadWorkspace(db, head.datasetId, head.ruleSetId, opts);
	const after = applyOps(before, ops, workspace.catalog);
	const { scenario, delta } = await commit(db, actor, id, expectedVersion, before, after, summarizeOps(ops));
	return {
		scenario,
		evaluation: evaluateScenarioEdit(before, scenario.content, workspace.basis, workspace.memo, ops, delta)
	};
}

/** Undo the last change (across saves) or redo the last undone one: the target state's content becomes a new version. */
export async function stepScenario(
	db: Db,
	actor: Actor,
	id: number,
	kind: 'undo' | 'redo',
	expectedVersion: number
): Promise<Scenario> {
	// The current content comes from the content cache while the row is at it; the target is the change of the state
	// undone applied backwards, or of the state redone forwards (it was saved on the current state).
	return onLockedRow(db, id, expectedVersion, async (s, trx) => {
		const current = await getVersionDelta(trx, id, s.stateVersion);
		const edit = { stateVersion: s.stateVersion, parentState: current?.parentState ?? null, redo: s.redo };
		const { target, next } = kind === 'undo' ? undoStep(id, edit) : redoStep(id, edit);
		const to = kind === 'undo' ? current : await getVersionDelta(trx, id, target);
		if (!to) throw new Error(`scenario ${id}: version ${target} missing`);
		// The summary names the change undone (the current state's) or redone (the target's).
		const summary = stepSummary(target, to.summary);
		const before = await contentAt(db, s, trx);
		let delta: ContentDelta | null = null;
		if (kind === 'undo') delta = to.delta && invertDelta(to.delta);
		else if (to.parentState === s.stateVersion) delta = to.delta;
		let content: ScenarioContent;
		if (delta) content = applyDelta(before, delta);
		else {
			// A state saved before changes were stored: its whole content, read back.
			content = alignContent(before, await readContentAt(trx, id, target));
			delta = contentDelta(before, content);
		}
		await writeVersion(trx, s, actor, { delta, content }, kind, summary, next);
		return content;
	});
}

/** Undo the last change (across saves). */
export const undoScenario = (db: Db, actor: Actor, id: number, expectedVersion: number) =>
	stepScenario(db, actor, id, 'undo', expectedVersion);

/** Redo the last undone change. */
export const redoScenario = (db: Db, actor: Actor, id: number, expectedVersion: number) =>
	stepScenario(db, actor, id, 'redo', expectedVersion);
