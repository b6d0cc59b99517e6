/**
 * The life of a stored scenario as pure rules: which states may be edited (frozen, deleted), optimistic versioning,
 * the undo/redo stacks across saves, soft-delete retention, names. Plain TypeScript: the scenario service applies
 * these inside its transactions, the tests drive them directly. Every refusal is a typed error with a bilingual
 * message; the HTTP layer maps its `code` to a status in one place (src/lib/server/scenario-http.ts).
 */
import { bi, type Bilingual } from '../messages.ts';
import type { ContentProblem } from './model.ts';
import { both } from '../../i18n/catalogue.ts';

/** Days a deleted scenario can be restored before it is purged. */
export const SCENARIO_RETENTION_DAYS = 30;
const DAY_MS = 86_400_000;

export type ScenarioStatus = 'draft' | 'submitted' | 'approved' | 'returned';
/** Statuses in which the content cannot change (NQ 35 workflow: under review or approved; a new version is a copy). */
export const FROZEN_STATUSES: readonly ScenarioStatus[] = ['submitted', 'approved'];
/** How a version came to be. */
export type VersionOp = 'create' | 'save' | 'undo' | 'redo' | 'import' | 'duplicate';

// ---------------------------------------------------------------------------------------------------------------
// Errors
// ---------------------------------------------------------------------------------------------------------------

/** The change was made on a version that is no longer current. Nothing was written. */
export class VersionConflictError extends Error {
	readonly scenarioId: number;
	readonly expectedVersion: number;
	readonly currentVersion: number;
	readonly messages: Bilingual;
	constructor(scenarioId: number, expectedVersion: number, currentVersion: number) {
		const messages = both('scenario.lifecycle.theScenarioWasChangedElsewhere', { currentVersion, expectedVersion });
		super(messages.en);
		this.name = 'VersionConflictError';
		this.scenarioId = scenarioId;
		this.expectedVersion = expectedVersion;
		this.currentVersion = currentVersion;
		this.messages = messages;
	}
}

export type ScenarioStateCode =
	| 'not_found'
	| 'dataset_not_found'
	| 'deleted'
	| 'frozen'
	| 'nothing_to_undo'
	| 'nothing_to_redo'
	| 'not_deleted'
	| 'restore_expired'
	| 'bad_name'
	| 'unknown_rule_set'
	| 'stale_status'
	| 'bad_move'
	| 'move_forbidden'
	| 'reason_required'
	| 'comment_not_found'
	| 'bad_comment';

/** The scenario is not in a state that allows the change (missing, deleted, approved, nothing to undo…). */
export class ScenarioStateError extends Error {
	readonly code: ScenarioStateCode;
	readonly scenarioId: number | null;
	readonly messages: Bilingual;
	constructor(code: ScenarioStateCode, scenarioId: number | null, messages: Bilingual) {
		super(messages.en);
		this.name = 'ScenarioStateError';
		this.code = code;
		this.scenarioId = scenarioId;
		this.messages = messages;
	}
}

/** A whole content (a new scenario's) breaks the edit rules: every problem, nothing written. */
export class ScenarioContentError extends Error {
	readonly problems: ContentProblem[];
	readonly messages: Bilingual;
	constructor(problems: ContentProblem[]) {
		const messages = bi(problems.map((p) => p.messages.vi).join(' '), problems.map((p) => p.messages.en).join(' '));
		super(messages.en);
		this.name = 'ScenarioContentError';
		this.problems = problems;
		this.messages = messages;
	}
}

/** No scenario with this id (or not in the dataset the request named). */
export const scenarioNotFound = (id: number) =>
	new ScenarioStateError('not_found', id, both('scenario.lifecycle.noScenarioId', { id }));

/** No dataset with this id. */
export const datasetNotFound = (id: number) =>
	new ScenarioStateError('dataset_not_found', null, both('scenario.lifecycle.noDatasetId', { id }));

/** A rule set the tool does not know. */
export const unknownRuleSet = (id: string, known: readonly string[]) =>
	new ScenarioStateError(
		'unknown_rule_set',
		null,
		both('scenario.lifecycle.unknownRuleSetIdKnown', { id, p1: known.join(', ') })
	);

// ---------------------------------------------------------------------------------------------------------------
// Rules
// ---------------------------------------------------------------------------------------------------------------

/** What the rules need to know of a stored scenario. */
export interface ScenarioState {
	id: number;
	status: ScenarioStatus;
	version: number;
	deletedAt: string | null;
}

/** A scenario name, trimmed: 1 to 200 characters. */
export function checkScenarioName(name: unknown, id: number | null): string {
	const n = String(name ?? '').trim();
	if (!n || n.length > 200)
		throw new ScenarioStateError('bad_name', id, both('scenario.lifecycle.aScenarioNameMustHave'));
	return n;
}

/** The name of a copy: "Bản sao của …" unless one is given (at most 200 characters). */
export function copyName(original: string, given?: string | null): string {
	return given?.trim() || `Bản sao của ${original}`.slice(0, 200);
}

/** Not deleted (else `deleted`, with how to get it back). */
export function checkNotDeleted(s: Pick<ScenarioState, 'id' | 'deletedAt'>): void {
	if (s.deletedAt)
		throw new ScenarioStateError(
			'deleted',
			s.id,
			both('scenario.lifecycle.scenarioIdIsDeletedRestorable', { id: s.id, SCENARIO_RETENTION_DAYS })
		);
}

/** Whether the content of a scenario in this status is frozen. */
export function isFrozen(status: ScenarioStatus): boolean {
	return FROZEN_STATUSES.includes(status);
}

/** Checks before any content change: not deleted, not frozen, version current. */
export function checkWritable(s: ScenarioState, expectedVersion: number): void {
	checkNotDeleted(s);
	if (s.status === 'approved')
		throw new ScenarioStateError('frozen', s.id, both('scenario.lifecycle.scenarioIdIsApprovedAnd', { id: s.id }));
	if (s.status === 'submitted')
		throw new ScenarioStateError('frozen', s.id, both('scenario.lifecycle.scenarioIdIsSubmittedFor', { id: s.id }));
	if (s.version !== expectedVersion) throw new VersionConflictError(s.id, expectedVersion, s.version);
}

/**
 * The edit-state stacks across saves. Each version records the edit state it equals (`stateVersion`) and, for a
 * state made by a save, the state it was made on (`parentState`); the scenario keeps the states undone (`redo`).
 */
export interface EditState {
	/** The edit state the current content equals. */
	stateVersion: number;
	/** The state the current one was saved on (null: nothing to undo). */
	parentState: number | null;
	/** States undone, the next to redo last. */
	redo: readonly number[];
}

/** Where a new version points in the undo/redo stacks. */
export interface NextState {
	/** The state the new version equals (`'self'`: a new state, the new version itself). */
	stateVersion: number | 'self';
	parentState: number | null;
	redo: number[];
}

/** A save makes a new state on the current one and clears what could be redone. */
export function afterSave(s: Pick<EditState, 'stateVersion'>): NextState {
	return { stateVersion: 'self', parentState: s.stateVersion, redo: [] };
}

/** An undo goes back to the parent state; the current state can then be redone. */
export function undoStep(id: number, s: EditState): { target: number; next: NextState } {
	if (s.parentState == null)
		throw new ScenarioStateError('nothing_to_undo', id, both('scenario.lifecycle.nothingToUndo'));
	return {
		target: s.parentState,
		next: { stateVersion: s.parentState, parentState: null, redo: [...s.redo, s.stateVersion] }
	};
}

/** A redo brings back the last state undone. */
export function redoStep(id: number, s: EditState): { target: number; next: NextState } {
	const redo = [...s.redo];
	const target = redo.pop();
	if (target == null) throw new ScenarioStateError('nothing_to_redo', id, both('scenario.lifecycle.nothingToRedo'));
	return { target, next: { stateVersion: target, parentState: null, redo } };
}

/** The summary of an undo/redo version: which state it went back to, with that state's own summary. */
export function stepSummary(target: number, targetSummary: string | null): string {
	return `→ v${target}${targetSummary ? ` (${targetSummary})` : ''}`;
}

/** When a scenario deleted at `deletedAt` is purged (ISO). */
export function purgeAfter(deletedAt: string): string {
	return new Date(Date.parse(deletedAt) + SCENARIO_RETENTION_DAYS * DAY_MS).toISOString();
}

/** The oldest deletion time still restorable at `now` (ISO): deleted before it → purged. */
export function retentionCutoff(now: Date): string {
	return new Date(now.getTime() - SCENARIO_RETENTION_DAYS * DAY_MS).toISOString();
}

/** A scenario can be restored when it is deleted and within the retention period. */
export function checkRestorable(s: Pick<ScenarioState, 'id' | 'deletedAt'>, now: Date): void {
	if (!s.deletedAt)
		throw new ScenarioStateError('not_deleted', s.id, both('scenario.lifecycle.scenarioIdIsNotDeleted', { id: s.id }));
	if (now.getTime() - Date.parse(s.deletedAt) > SCENARIO_RETENTION_DAYS * DAY_MS)
		throw new ScenarioStateError(
			'restore_expired',
			s.id,
			both('scenario.lifecycle.scenarioIdWasDeletedMore', { id: s.id, SCENARIO_RETENTION_DAYS })
		);
}
