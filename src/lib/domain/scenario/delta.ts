/**
 * A change of a scenario's content as data (issue 14 item 2): what a saved version stores instead of the whole
 * content, so that saving one click costs the same in a province of 150 communes and in one of 10,000. A delta is a
 * list of splices of the group list and of the exemption list, each with what it removes and what it inserts, so it
 * can be applied forwards (the version after) and backwards (the version before: undo).
 *
 * Contents are immutable and an edit shares the groups it does not change (the same objects), so the splices are
 * found by comparing references: a walk over both lists, which costs a pointer comparison per group; only what
 * changed is copied, stringified and stored. Applying a delta to a content gives a content equal (as JSON) to the one
 * it was made to; tests/unit/scenario-delta.test.ts checks this on random edits.
 */
import { diffContent, type ContentChange } from './diff.ts';
import { groupJson, normalizeContent } from './content.ts';
import type { MergerGroup, ScenarioContent, ScenarioExemption } from './types.ts';

/** One splice: at index `at` (of the list as the splices before it left it), `del` is replaced by `ins`. */
export interface Splice<T> {
	at: number;
	del: T[];
	ins: T[];
}

/** The change from one content to another: splices of its groups and of its exemptions, in order. */
export interface ContentDelta {
	groups: Splice<MergerGroup>[];
	exemptions: Splice<ScenarioExemption>[];
}

/** The splices that make `after` from `before`, comparing items by reference (see the file's comment). */
export function spliceDiff<T>(before: readonly T[], after: readonly T[]): Splice<T>[] {
	if (before === after) return [];
	const out: Splice<T>[] = [];
	let eb = before.length;
	let ea = after.length;
	let i = 0;
	let j = 0;
	while (eb > i && ea > j && before[eb - 1] === after[ea - 1]) {
		eb--;
		ea--;
	}
	let position: Map<T, number> | undefined; // an item of `before` → its index (built only for a hard case)
	while (i < eb || j < ea) {
		if (i < eb && j < ea && before[i] === after[j]) {
			i++;
			j++;
			continue;
		}
		// Where both lists meet again: the common cases (one item replaced, inserted or removed; the rest of one list
		// added or removed) without a look-up.
		let ni: number;
		let nj: number;
		if (i === eb || j === ea) {
			ni = eb;
			nj = ea;
		} else if (i + 1 === eb && j + 1 === ea) {
			ni = eb;
			nj = ea;
		} else if (i + 1 < eb && j + 1 < ea && before[i + 1] === after[j + 1]) {
			ni = i + 1;
			nj = j + 1;
		} else if (j + 1 < ea && before[i] === after[j + 1]) {
			ni = i;
			nj = j + 1;
		} else if (i + 1 < eb && before[i + 1] === after[j]) {
			ni = i + 1;
			nj = j;
		} else {
			if (!position) {
				position = new Map();
				for (let k = 0; k < eb; k++) position.set(before[k], k);
			}
			ni = eb;
			nj = ea;
			for (let k = j; k < ea; k++) {
				const p = position.get(after[k]);
				if (p !== undefined && p >= i) {
					ni = p;
					nj = k;
					break;
				}
			}
		}
		out.push({ at: j, del: before.slice(i, ni), ins: after.slice(j, nj) });
		i = ni;
		j = nj;
	}
	return out;
}

/** The delta from `before` to `after` (contents that share their unchanged groups and exemptions). */
export function contentDelta(before: ScenarioContent, after: ScenarioContent): ContentDelta {
	return {
		groups: spliceDiff(before.groups, after.groups),
		exemptions: spliceDiff(before.exemptions, after.exemptions)
	};
}

/** How many groups and exemptions a delta removes and inserts. */
export function deltaSize(d: ContentDelta): number {
	let n = 0;
	for (const s of d.groups) n += s.del.length + s.ins.length;
	for (const s of d.exemptions) n += s.del.length + s.ins.length;
	return n;
}

/** A delta that changes nothing. */
export const isEmptyDelta = (d: ContentDelta) => d.groups.length === 0 && d.exemptions.length === 0;

/** The delta that undoes `d`. */
export function invertDelta(d: ContentDelta): ContentDelta {
	const inv = <T>(ss: Splice<T>[]) => ss.map((s) => ({ at: s.at, del: s.ins, ins: s.del })).reverse();
	return { groups: inv(d.groups), exemptions: inv(d.exemptions) };
}

function applySplices<T>(list: readonly T[], ss: readonly Splice<T>[]): T[] {
	const out = list.slice();
	for (const s of ss) out.splice(s.at, s.del.length, ...s.ins);
	return out;
}

/** The content `d` makes from `content` (a new content: unchanged groups are the same objects). */
export function applyDelta(content: ScenarioContent, d: ContentDelta): ScenarioContent {
	if (isEmptyDelta(d)) return content;
	return {
		groups: d.groups.length ? applySplices(content.groups, d.groups) : content.groups,
		exemptions: d.exemptions.length ? applySplices(content.exemptions, d.exemptions) : content.exemptions
	};
}

/** The changes of a delta, one per group field or exemption, as diffContent gives them for the whole contents. */
export function deltaChanges(d: ContentDelta): ContentChange[] {
	// In list order (an inverted delta has its splices last first).
	const byAt = <T>(ss: Splice<T>[]) => [...ss].sort((a, b) => a.at - b.at);
	const side = (pick: 'del' | 'ins'): ScenarioContent => ({
		groups: byAt(d.groups).flatMap((s) => s[pick]),
		exemptions: byAt(d.exemptions).flatMap((s) => s[pick])
	});
	const before = side('del');
	const after = side('ins');
	// The exemptions compared only when the delta changes them (diffContent skips them when the lists are one).
	if (!d.exemptions.length) after.exemptions = before.exemptions;
	return diffContent(before, after);
}

/**
 * `after` with the groups and exemptions equal (as JSON) to those of `before` at the same id or code replaced by
 * `before`'s objects, so that contentDelta finds only what changed: for a content that was not made from `before` by
 * the edit operations (a form's or a plan's whole content, a version read back). Costs a stringify per group.
 */
export function alignContent(before: ScenarioContent, after: ScenarioContent): ScenarioContent {
	const groups = new Map(before.groups.map((g) => [g.id, g]));
	const exemptions = new Map(before.exemptions.map((x) => [x.code, x]));
	return {
		groups: after.groups.map((g) => {
			const b = groups.get(g.id);
			return b && b !== g && groupJson(b) === groupJson(g) ? b : g;
		}),
		exemptions: after.exemptions.map((x) => {
			const b = exemptions.get(x.code);
			return b && b !== x && JSON.stringify(b) === JSON.stringify(x) ? b : x;
		})
	};
}

/** A delta as stored: JSON, each group as its remembered text (groupJson). */
export function deltaJson(d: ContentDelta): string {
	const splices = <T>(ss: Splice<T>[], json: (x: T) => string) =>
		`[${ss.map((s) => `[${s.at},[${s.del.map(json).join(',')}],[${s.ins.map(json).join(',')}]]`).join(',')}]`;
	return `{"g":${splices(d.groups, groupJson)},"e":${splices(d.exemptions, (x) => JSON.stringify(x))}}`;
}

/** A stored delta read back (groups and exemptions normalised as a stored content is), or null when it is not one. */
export function parseDelta(text: string): ContentDelta | null {
	let raw: unknown;
	try {
		raw = JSON.parse(text);
	} catch {
		return null;
	}
	const o = raw as { g?: unknown; e?: unknown };
	if (!o || typeof o !== 'object' || !Array.isArray(o.g) || !Array.isArray(o.e)) return null;
	const splices = (list: unknown[], read: (items: unknown[]) => unknown[]) =>
		list.map((s) => {
			const [at, del, ins] = s as [number, unknown[], unknown[]];
			return { at: Number(at), del: read(del ?? []), ins: read(ins ?? []) };
		});
	return {
		groups: splices(o.g, (items) => normalizeContent({ groups: items }).groups) as Splice<MergerGroup>[],
		exemptions: splices(
			o.e,
			(items) => normalizeContent({ exemptions: items }).exemptions
		) as Splice<ScenarioExemption>[]
	};
}
