/** Which scenarios a comparison takes (2–4 ids of one dataset) and why a selection is refused, in both languages. */
import { bi, type Bilingual } from '../messages.ts';

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
		throw new CompareSelectionError(
			'bad_selection',
			bi(`Mã phương án không hợp lệ: ${bad.join(', ')}.`, `Not a scenario id: ${bad.join(', ')}.`)
		);
	const ids = [...new Set(parts.map(Number))];
	if (ids.length < COMPARE_MIN)
		throw new CompareSelectionError(
			'too_few',
			bi(
				`Chọn ít nhất ${COMPARE_MIN} phương án khác nhau để so sánh (đã chọn ${ids.length}).`,
				`Choose at least ${COMPARE_MIN} different scenarios to compare (${ids.length} chosen).`
			)
		);
	if (ids.length > COMPARE_MAX)
		throw new CompareSelectionError(
			'too_many',
			bi(
				`Chỉ so sánh được tối đa ${COMPARE_MAX} phương án cùng lúc (đã chọn ${ids.length}).`,
				`At most ${COMPARE_MAX} scenarios can be compared at once (${ids.length} chosen).`
			)
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
		bi(
			`Phương án #${id} không thuộc bộ dữ liệu «${datasetName}»: chỉ so sánh được các phương án của cùng một bộ dữ liệu.`,
			`Scenario #${id} does not belong to the dataset "${datasetName}": only scenarios of one dataset can be compared.`
		)
	);
}

/** A scenario named for comparison that does not exist. */
export function scenarioMissingError(id: number): CompareSelectionError {
	return new CompareSelectionError(
		'not_found',
		bi(`Không có phương án #${id} để so sánh.`, `There is no scenario #${id} to compare.`)
	);
}

/** A scenario named for comparison that is deleted (it can be restored, then compared). */
export function scenarioDeletedError(scenario: { id: number; name: string }): CompareSelectionError {
	return new CompareSelectionError(
		'deleted',
		bi(
			`Phương án #${scenario.id} «${scenario.name}» đã bị xoá nên không so sánh được; khôi phục nó ở danh sách phương án trước.`,
			`Scenario #${scenario.id} "${scenario.name}" is deleted and cannot be compared; restore it from the scenario list first.`
		)
	);
}
