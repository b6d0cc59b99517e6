/**
 * A stored scenario as the app, the API and the CLI see it, and the row a change locks. Dates are ISO strings.
 */
import type { ScenarioContent } from './model.ts';
import type { ScenarioState, ScenarioStatus, VersionOp } from './lifecycle.ts';

/** A scenario as the app uses it. Dates are ISO strings. */
export interface Scenario {
	id: number;
	datasetId: number;
	ruleSetId: string;
	name: string;
	description: string | null;
	status: ScenarioStatus;
	owner: string;
	version: number;
	content: ScenarioContent;
	canUndo: boolean;
	canRedo: boolean;
	createdAt: string;
	createdBy: string;
	updatedAt: string;
	updatedBy: string;
	deletedAt: string | null;
	deletedBy: string | null;
	copiedFrom: number | null;
}

/** A scenario in a list: without its content, with counts. */
export interface ScenarioSummary extends Omit<Scenario, 'content' | 'canUndo' | 'canRedo'> {
	groups: number;
	exemptions: number;
	/** For a deleted scenario: when it will be purged (ISO). */
	purgeAfter: string | null;
}

/** One saved version (the history list). */
export interface ScenarioVersionInfo {
	version: number;
	at: string;
	who: string;
	op: VersionOp;
	summary: string | null;
	/** The edit state this version's content equals (undo/redo rows point back to the state they restored). */
	stateVersion: number;
}

/** A scenario row locked for a change: what the rules and the next write need. */
export interface StoredScenario extends ScenarioState {
	datasetId: number;
	ruleSetId: string;
	name: string;
	description: string | null;
	deletedBy: string | null;
	content: ScenarioContent;
	/** The edit state the current content equals. */
	stateVersion: number;
	/** States undone, the next to redo last. */
	redo: number[];
}
