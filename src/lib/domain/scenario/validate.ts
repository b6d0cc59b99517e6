/**
 * A whole content checked against a dataset by replaying it through the edit operations: every problem.
 */
import type { Bilingual } from '../messages.ts';
import { emptyContent } from './content.ts';
import { ScenarioEditError, type ScenarioErrorCode } from './errors.ts';
import { setExemption } from './exemptions.ts';
import { addMember, newGroup, setGroupFields } from './operations.ts';
import type { GroupFields, ScenarioCatalog, ScenarioContent } from './types.ts';

/** A problem found by validateContent: the same data as a ScenarioEditError, with where it is. */
export interface ContentProblem {
	code: ScenarioErrorCode;
	params: Record<string, unknown>;
	messages: Bilingual;
	groupId?: string;
}

/**
 * Check a whole content against a dataset (a stored scenario after the dataset changed, an imported plan): every
 * problem, not only the first. Replaying the content through the operations finds them with the same rules.
 */
export function validateContent(content: ScenarioContent, catalog: ScenarioCatalog): ContentProblem[] {
	const problems: ContentProblem[] = [];
	let acc = emptyContent();
	const push = (e: unknown, groupId?: string) => {
		if (!(e instanceof ScenarioEditError)) throw e;
		problems.push({ code: e.code, params: e.params, messages: e.messages, ...(groupId ? { groupId } : {}) });
	};
	for (const g of content.groups) {
		try {
			acc = newGroup(acc, catalog, { id: g.id, level: g.level });
		} catch (e) {
			push(e, g.id);
			continue;
		}
		for (const m of g.members) {
			try {
				acc = addMember(acc, catalog, g.id, m);
			} catch (e) {
				push(e, g.id);
			}
		}
		// Field by field, so that every bad field is reported (a kind override goes with its reason).
		const parts: GroupFields[] = [
			{ name: g.name },
			{ phase: g.phase },
			{ notes: g.notes },
			{ kind: g.kind, kindReason: g.kindReason },
			{ keptCode: g.keptCode },
			{ seatCode: g.seatCode }
		];
		for (const fields of parts) {
			try {
				acc = setGroupFields(acc, catalog, g.id, fields);
			} catch (e) {
				push(e, g.id);
			}
		}
	}
	for (const x of content.exemptions) {
		try {
			acc = setExemption(acc, catalog, x);
		} catch (e) {
			push(e);
		}
	}
	return problems;
}
