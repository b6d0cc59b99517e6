/**
 * A `scenarios` row as the app sees it: the JSON columns read back (a column that is not JSON reads as empty), and
 * the row mapped to a Scenario, a summary (counts, no content) or the locked row of a change.
 */
import type { Selectable } from 'kysely';
import { emptyContent, normalizeContent, type ScenarioContent } from '../../domain/scenario/model.ts';
import type { ScenarioStatus } from '../../domain/scenario/lifecycle.ts';
import type { Scenario, ScenarioSummary, StoredScenario } from '../../domain/scenario/stored.ts';
import type { ScenarioTable } from './schema.ts';

type Row = Selectable<ScenarioTable>;

/** JSON text read back, or `fallback` when it is not JSON. */
function parseJson<T>(text: string, read: (v: unknown) => T, fallback: T): T {
	try {
		return read(JSON.parse(text));
	} catch {
		return fallback;
	}
}
export const parseContent = (text: string): ScenarioContent => parseJson(text, normalizeContent, emptyContent());
export const parseStates = (text: string): number[] =>
	parseJson(text, (a) => (Array.isArray(a) ? a.filter((x) => Number.isInteger(x)) : []), []);

/** A row's fields other than its content and undo/redo flags. */
export function scenarioBase(r: Omit<Row, 'content'>): Omit<Scenario, 'content' | 'canUndo' | 'canRedo'> {
	return {
		id: r.id,
		datasetId: r.dataset_id,
		ruleSetId: r.rule_set_id,
		name: r.name,
		description: r.description,
		status: r.status as ScenarioStatus,
		owner: r.owner,
		version: r.version,
		createdAt: r.created_at,
		createdBy: r.created_by,
		updatedAt: r.updated_at,
		updatedBy: r.updated_by,
		deletedAt: r.deleted_at,
		deletedBy: r.deleted_by,
		copiedFrom: r.copied_from
	};
}

export function toSummary(r: Row): ScenarioSummary {
	const c = parseContent(r.content);
	return { ...scenarioBase(r), groups: c.groups.length, exemptions: c.exemptions.length, purgeAfter: null };
}

export function toStored(r: Row): StoredScenario {
	const { id, datasetId, ruleSetId, name, description, status, version, deletedAt, deletedBy } = scenarioBase(r);
	return {
		...{ id, datasetId, ruleSetId, name, description, status, version, deletedAt, deletedBy },
		content: parseContent(r.content),
		stateVersion: r.state_version,
		redo: parseStates(r.redo_states)
	};
}
