/**
 * A `scenarios` row as the app sees it: the JSON columns read back (a column that is not JSON reads as empty), and
 * the row mapped to a Scenario's fields or a summary (counts, no content). The row holds no content since migration
 * 2026-12-03_010: the versions do (scenario-content.repository.ts).
 */
import type { Selectable } from 'kysely';
import { emptyContent, normalizeContent, type ScenarioContent } from '../../domain/scenario/model.ts';
import type { ScenarioStatus } from '../../domain/scenario/lifecycle.ts';
import type { Scenario, ScenarioSummary } from '../../domain/scenario/stored.ts';
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
export function scenarioBase(
	r: Omit<Row, 'checkpoint_version' | 'group_count' | 'exemption_count'>
): Omit<Scenario, 'content' | 'canUndo' | 'canRedo'> {
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
	return { ...scenarioBase(r), groups: r.group_count, exemptions: r.exemption_count, purgeAfter: null };
}
