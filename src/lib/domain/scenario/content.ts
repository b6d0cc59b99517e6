/**
 * Reading a scenario's content: the empty content, the group of a unit, group ids, and a content read from
 * untrusted JSON.
 */
import type { UnitKind } from '../units.ts';
import { err } from './errors.ts';
import {
	SCENARIO_PHASES,
	type MergerGroup,
	type ScenarioContent,
	type ScenarioExemption,
	type ScenarioPhase
} from './types.ts';
import { both } from '../../i18n/catalogue.ts';

/** A scenario with nothing in it. */
export function emptyContent(): ScenarioContent {
	return { groups: [], exemptions: [] };
}

/** A group of these members with nothing else decided yet (no name, kind, kept code, seat, phase or notes). */
export function blankGroup(id: string, level: MergerGroup['level'], members: string[]): MergerGroup {
	return {
		id,
		level,
		members,
		name: null,
		kind: null,
		kindReason: null,
		keptCode: null,
		seatCode: null,
		phase: null,
		notes: '',
		locked: false
	};
}

/** The group holding a unit, if any. O(groups × members): scenarios hold tens of groups. */
export function groupOfUnit(content: ScenarioContent, code: string): MergerGroup | undefined {
	return content.groups.find((g) => g.members.includes(code));
}

/** A group by id, or a ScenarioEditError. */
export function getGroup(content: ScenarioContent, groupId: string): MergerGroup {
	const g = content.groups.find((x) => x.id === groupId);
	if (!g) throw err('unknown_group', { groupId }, both('scenario.content.noGroupGroupidInThe', { groupId }));
	return g;
}

/** The id `newGroup` gives when none is asked for: "g" + (largest numeric suffix of a "g<n>" id + 1). */
export function nextGroupId(content: ScenarioContent): string {
	let max = 0;
	for (const g of content.groups) {
		const m = /^g(\d+)$/.exec(g.id);
		if (m) max = Math.max(max, Number(m[1]));
	}
	return `g${max + 1}`;
}

/**
 * Read a content from untrusted JSON (a stored version, a request body): missing fields get their defaults, wrong
 * types become defaults. It does not check units against a dataset: use `validateContent` for that.
 */
export function normalizeContent(raw: unknown): ScenarioContent {
	const o = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
	const str = (x: unknown): string | null => (typeof x === 'string' ? x : x == null ? null : String(x));
	const groups: MergerGroup[] = (Array.isArray(o.groups) ? o.groups : []).map(
		(g: Record<string, unknown>, i: number) => ({
			id: str(g?.id) ?? `g${i + 1}`,
			level: g?.level === 'district' ? 'district' : 'commune',
			members: Array.isArray(g?.members) ? g.members.map((m: unknown) => String(m)) : [],
			name: str(g?.name),
			kind: (str(g?.kind) as UnitKind | null) ?? null,
			kindReason: str(g?.kindReason),
			keptCode: str(g?.keptCode),
			seatCode: str(g?.seatCode),
			phase: SCENARIO_PHASES.includes(g?.phase as ScenarioPhase) ? (g.phase as ScenarioPhase) : null,
			notes: str(g?.notes) ?? '',
			locked: g?.locked === true
		})
	);
	const exemptions: ScenarioExemption[] = (Array.isArray(o.exemptions) ? o.exemptions : []).map(
		(e: Record<string, unknown>) => ({
			code: String(e?.code ?? ''),
			reasonCode: String(e?.reasonCode ?? ''),
			justification: str(e?.justification) ?? '',
			// the reference letter's keys only when present, so contents stored before it existed compare equal
			...(str(e?.refNumber) ? { refNumber: str(e?.refNumber) } : {}),
			...(str(e?.refDate) ? { refDate: str(e?.refDate) } : {})
		})
	);
	return { groups, exemptions };
}

/** Each group's JSON text, kept while the group object lives (contents share the groups an edit does not change). */
const groupJsonOf = new WeakMap<MergerGroup, string>();

/**
 * `JSON.stringify(group)`, remembered while the group object lives: the saved content's text (contentJson) and the
 * group's evaluation memo key (incremental.ts) share it. Groups are never mutated (edits make new ones), so a group's
 * text stays right for as long as the object lives.
 */
export function groupJson(g: MergerGroup): string {
	let t = groupJsonOf.get(g);
	if (t === undefined) groupJsonOf.set(g, (t = JSON.stringify(g) ?? 'null'));
	return t;
}

/**
 * `JSON.stringify(content)`, the same text, made from each group's remembered JSON (groupJson): saving an edit of
 * one group of thousands stringifies that group, not the whole content (issue 14 item 2).
 */
export function contentJson(content: ScenarioContent): string {
	const keys = Object.keys(content);
	if (keys.length !== 2 || keys[0] !== 'groups' || keys[1] !== 'exemptions') return JSON.stringify(content);
	const parts = content.groups.map(groupJson);
	return `{"groups":[${parts.join(',')}],"exemptions":${JSON.stringify(content.exemptions)}}`;
}
