/**
 * The differences between two contents, one per group field or exemption (the audit trail records them).
 */
import { GROUP_FIELDS, type MergerGroup, type ScenarioContent } from './types.ts';

/** One change between two contents: a group created/deleted/changed field, or an exemption set/cleared. */
export interface ContentChange {
	entity: 'group' | 'exemption';
	key: string; // group id or unit code
	action: 'create' | 'update' | 'delete';
	field: string | null;
	before: unknown;
	after: unknown;
}

/** Every field of a group the audit trail follows: its level and members, the editable fields, its lock. */
const DIFF_FIELDS: readonly (keyof MergerGroup)[] = ['level', 'members', ...GROUP_FIELDS, 'locked'];

function same(a: unknown, b: unknown): boolean {
	return JSON.stringify(a) === JSON.stringify(b);
}

/** Changes from `before` to `after`, one per group field or exemption (what the audit trail records). */
export function diffContent(before: ScenarioContent, after: ScenarioContent): ContentChange[] {
	const out: ContentChange[] = [];
	const was = new Map(before.groups.map((g) => [g.id, g]));
	const now = new Map(after.groups.map((g) => [g.id, g]));
	for (const g of after.groups) {
		const old = was.get(g.id);
		if (old === g) continue; // an edit keeps the groups it does not change as they were (the same object)
		if (!old) {
			out.push({ entity: 'group', key: g.id, action: 'create', field: null, before: null, after: g });
			continue;
		}
		for (const f of DIFF_FIELDS) {
			if (!same(old[f], g[f]))
				out.push({ entity: 'group', key: g.id, action: 'update', field: f, before: old[f], after: g[f] });
		}
	}
	for (const g of before.groups)
		if (!now.has(g.id)) out.push({ entity: 'group', key: g.id, action: 'delete', field: null, before: g, after: null });
	if (before.exemptions === after.exemptions) return out;
	const exWas = new Map(before.exemptions.map((x) => [x.code, x]));
	const exNow = new Map(after.exemptions.map((x) => [x.code, x]));
	for (const x of after.exemptions) {
		const old = exWas.get(x.code);
		if (old === x) continue;
		if (!old) out.push({ entity: 'exemption', key: x.code, action: 'create', field: null, before: null, after: x });
		else if (!same(old, x))
			out.push({ entity: 'exemption', key: x.code, action: 'update', field: null, before: old, after: x });
	}
	for (const x of before.exemptions)
		if (!exNow.has(x.code))
			out.push({ entity: 'exemption', key: x.code, action: 'delete', field: null, before: x, after: null });
	return out;
}
