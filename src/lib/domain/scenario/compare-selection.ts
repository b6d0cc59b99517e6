/** Which scenarios a comparison takes (2–4 ids of one dataset) and why a selection is refused, in both languages. */
import { type Bilingual } from '../messages.ts';
import { both } from '../../i18n/catalogue.ts';

/** A comparison takes at least two and at most four scenarios (four maps still fit an A4 landscape page). */
export const COMPARE_MIN = 2;
export const COMPARE_MAX = 4;

export type CompareErrorCode = 'bad_selection' | 'too_few' | 'too_many' | 'other_dataset' | 'not_found' | 'deleted';

/** The scenarios asked for cannot be compared (too few, too many, not ids, of another dataset). */
export class CompareSelectionError extends Error {
	readonly code: CompareErrorCode;
	readonly messages: Bilingual;
	constructor(code: CompareErrorCode, messages: Bilingual) {
		super(messages.en);
		this.name = 'CompareSelectionError';
		this.code = code;
		this.messages = messages;
	}
}

/** The scenario ids of a `s=1,2,3` query value, in order, without repeats; 2–4 of them or a CompareSelectionError. */
export function parseCompareSelection(raw: string | null | undefined): number[] {
	const parts = (raw ?? '')
		.split(',')
		.map((s) => s.trim())
		.filter(Boolean);
	const bad = parts.filter((p) => !/^\d+$/.test(p) || Number(p) < 1);
	if (bad.length)
		throw new CompareSelectionError('bad_selection', both('scenario.compare.notAScenarioIdP1', { p1: bad.join(', ') }));
	const ids = [...new Set(parts.map(Number))];
	if (ids.length < COMPARE_MIN)
		throw new CompareSelectionError(
			'too_few',
			both('scenario.compare.chooseAtLeastCompareMin', { COMPARE_MIN, idsLength: ids.length })
		);
	if (ids.length > COMPARE_MAX)
		throw new CompareSelectionError(
			'too_many',
			both('scenario.compare.atMostCompareMaxScenarios', { COMPARE_MAX, idsLength: ids.length })
		);
	return ids;
}

/**
 * A scenario named for comparison that belongs to another dataset than the one being compared. Its name is not
 * told: the reader may have no access to that dataset.
 */
export function otherDatasetError(id: number, datasetName: string): CompareSelectionError {
	return new CompareSelectionError(
		'other_dataset',
		both('scenario.compare.scenarioIdDoesNotBelong', { id, datasetName })
	);
}

/** A scenario named for comparison that does not exist. */
export function scenarioMissingError(id: number): CompareSelectionError {
	return new CompareSelectionError('not_found', both('scenario.compare.thereIsNoScenarioId', { id }));
}

/** A scenario named for comparison that is deleted (it can be restored, then compared). */
export function scenarioDeletedError(scenario: { id: number; name: string }): CompareSelectionError {
	return new CompareSelectionError(
		'deleted',
		both('scenario.compare.scenarioIdNameIsDeleted', { id: scenario.id, name: scenario.name })
	);
}
