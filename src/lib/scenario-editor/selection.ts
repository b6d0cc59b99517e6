/**
 * What a click or a Shift+drag box on the scenario map does: start a group, add or remove a member of the selected
 * group, or select the group a unit already belongs to. Pure: the page applies the answer (edit ops, selection).
 */
import { groupOfUnit, type MergerGroup, type ScenarioContent, type ScenarioOp } from '../domain/scenario/model.ts';

type Level = 'district' | 'commune';

/** The answer to a click: ops to apply (if any) and the group to select afterwards (undefined: keep the selection). */
export interface SelectionAnswer {
	ops: ScenarioOp[];
	select?: string | null;
}

/** The first "g<n>" id not taken, counting from the number of groups + 1. */
export function freeGroupId(content: ScenarioContent): string {
	const ids = new Set(content.groups.map((g) => g.id));
	let n = content.groups.length + 1;
	while (ids.has(`g${n}`)) n++;
	return `g${n}`;
}

/** Start a new group of these members; it becomes the selected group. */
export function startGroup(content: ScenarioContent, members: string[], level: Level): SelectionAnswer {
	const id = freeGroupId(content);
	return { ops: [{ op: 'newGroup', id, level, members }], select: id };
}

/** The selected group, when a click at `level` may change it (same level, not locked). */
const editable = (current: MergerGroup | null, level: Level) =>
	current && current.level === level && !current.locked ? current : null;

/**
 * A click on unit `code` at `level`: with an editable selected group, toggle the unit in it (or select the group
 * the unit is in); otherwise select the unit's group, or start a new group with it.
 */
export function clickUnit(
	content: ScenarioContent,
	current: MergerGroup | null,
	code: string,
	level: Level
): SelectionAnswer {
	const owner = groupOfUnit(content, code);
	const group = editable(current, level);
	if (group) {
		if (owner?.id === group.id) return { ops: [{ op: 'removeMember', groupId: group.id, code }] };
		if (owner) return { ops: [], select: owner.id };
		return { ops: [{ op: 'addMember', groupId: group.id, code }] };
	}
	if (owner) return { ops: [], select: owner.id };
	return startGroup(content, [code], level);
}

/** A Shift+drag box: the units in it that are in no group join the selected group, or start a new one. */
export function boxUnits(
	content: ScenarioContent,
	current: MergerGroup | null,
	codes: string[],
	level: Level
): SelectionAnswer {
	const free = codes.filter((c) => !groupOfUnit(content, c));
	if (!free.length) return { ops: [] };
	const group = editable(current, level);
	if (group) return { ops: free.map((code) => ({ op: 'addMember', groupId: group.id, code })) };
	return startGroup(content, free, level);
}
