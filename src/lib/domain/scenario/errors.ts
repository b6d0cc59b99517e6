/**
 * A refused edit of a scenario: a code and params for programs, a bilingual message for people; the small
 * texts the messages share.
 */
import type { Bilingual } from '../messages.ts';
import type { CatalogUnit } from './types.ts';

export type ScenarioErrorCode =
	| 'unknown_group'
	| 'duplicate_group_id'
	| 'bad_group_id'
	| 'level_required'
	| 'bad_level'
	| 'unknown_unit'
	| 'level_not_mergeable'
	| 'mixed_levels'
	| 'unit_in_other_group'
	| 'already_member'
	| 'not_member'
	| 'unit_exempted'
	| 'unit_in_group'
	| 'group_locked'
	| 'unknown_field'
	| 'bad_value'
	| 'kind_wrong_level'
	| 'kind_reason_required'
	| 'kept_not_member'
	| 'seat_not_member'
	| 'bad_phase'
	| 'not_a_district'
	| 'unknown_exemption_reason'
	| 'justification_required'
	| 'invalid_reference'
	| 'not_exempted'
	| 'unknown_op';

/** A rejected edit. `code` and `params` are data for programs; `messages` are for people (Vietnamese and English). */
export class ScenarioEditError extends Error {
	readonly code: ScenarioErrorCode;
	readonly params: Record<string, unknown>;
	readonly messages: Bilingual;
	constructor(code: ScenarioErrorCode, params: Record<string, unknown>, messages: Bilingual) {
		super(messages.en);
		this.name = 'ScenarioEditError';
		this.code = code;
		this.params = params;
		this.messages = messages;
	}
}

export const LEVEL_VI: Record<string, string> = { district: 'cấp huyện', commune: 'cấp xã', province: 'cấp tỉnh' };
export const LEVEL_EN: Record<string, string> = {
	district: 'district level',
	commune: 'commune level',
	province: 'province level'
};
export const unitText = (u: CatalogUnit | undefined, code: string) => (u ? `${u.name} (${code})` : code);

export function err(code: ScenarioErrorCode, params: Record<string, unknown>, messages: Bilingual): ScenarioEditError {
	return new ScenarioEditError(code, params, messages);
}
