/**
 * HTTP shapes of the comparison (issue 11 item 5): a refused selection as a status and a bilingual message, for the
 * compare page and GET /api/datasets/[id]/compare alike.
 *
 *   400 too_few | too_many | bad_selection   fewer than 2 or more than 4 scenarios, or not ids
 *   404 not_found | dataset_not_found        no such scenario / dataset
 *   410 deleted                              a deleted scenario (restorable, then comparable)
 *   422 other_dataset                        a scenario of another dataset
 */
import type { Bilingual } from '../domain/messages.ts';
import { CompareSelectionError, type CompareErrorCode } from '../domain/scenario/compare.ts';
import { ScenarioStateError } from '../domain/scenario/lifecycle.ts';

const STATUS: Record<CompareErrorCode, number> = {
	too_few: 400,
	too_many: 400,
	bad_selection: 400,
	not_found: 404,
	deleted: 410,
	other_dataset: 422
};

/** The status, code and message of a refused comparison; undefined for an unexpected error (a 500). */
export function compareRefusal(e: unknown): { status: number; code: string; message: Bilingual } | undefined {
	if (e instanceof CompareSelectionError) return { status: STATUS[e.code], code: e.code, message: e.messages };
	if (e instanceof ScenarioStateError && e.code === 'dataset_not_found')
		return { status: 404, code: e.code, message: e.messages };
	return undefined;
}
