/**
 * Incremental evaluation of a scenario: the same result as `evaluateScenarioOn` (the reference, kept as it is), at a
 * cost that does not grow with the dataset. What the full evaluation does per unit is done once per basis (the
 * subject units that could be left, the dataset's own exemptions, the unit counts before), and each group's
 * evaluation is remembered under a key made of everything it depends on (the group itself and, for a commune group,
 * where its communes go when districts merge), so an edit evaluates only the groups it changed. The memo is shared
 * by every scenario evaluated on the same basis and bounded (least recently used entries go first).
 */
import { subjectStatusOf } from '../rules/evaluate-unit.ts';
import type { PhaseId } from '../rules/types.ts';
import type { UnitKind, UnitView } from '../units.ts';
import { groupJson, type MergerGroup, type ScenarioContent } from './model.ts';
import type { ScenarioBasis } from './basis.ts';
import type { DistrictFollow, GroupEvaluation, KindCounts, MandatoryLeft, ScenarioEvaluation } from './evaluation.ts';
import { evaluateGroup, type Follow } from './group.ts';
import {
	allExemptions,
	assembleEvaluation,
	followDistrictGroup,
	mandatoryLeftEntry,
	mergerTurnover,
	mergingMembers
} from './evaluate.ts';

/** Remembered group evaluations, least recently used first; at most `limit` entries. */
export class GroupMemo {
	private readonly map = new Map<string, GroupEvaluation>();
	readonly limit: number;
	/** Groups evaluated (memo misses) since the memo was made: what an edit really cost. */
	misses = 0;

	constructor(limit = 50_000) {
		this.limit = limit;
	}

	get size(): number {
		return this.map.size;
	}

	get(key: string): GroupEvaluation | undefined {
		const v = this.map.get(key);
		if (v) {
			this.map.delete(key);
			this.map.set(key, v);
		}
		return v;
	}

	set(key: string, v: GroupEvaluation): void {
		this.map.set(key, v);
		while (this.map.size > this.limit) this.map.delete(this.map.keys().next().value!);
	}
}

/** What the per-unit passes of the full evaluation need, computed once per basis. */
export interface BasisTotals {
	unitsBefore: KindCounts;
	/** Units that count as subject to arrangement in the basis' phases (dataset order). */
	mandatory: UnitView[];
	/** Units exempt in the dataset (recorded or by law), dataset order. */
	exempt: UnitView[];
}

const totalsOf = new WeakMap<ScenarioBasis, BasisTotals>();

export function basisTotals(basis: ScenarioBasis): BasisTotals {
	let t = totalsOf.get(basis);
	if (t) return t;
	const wanted = new Set(basis.phases.map(subjectStatusOf));
	const phaseSet = new Set<PhaseId>(basis.phases);
	t = { unitsBefore: { district: {}, commune: {} }, mandatory: [], exempt: [] };
	for (const u of basis.ordered) {
		const v = basis.verdicts.get(u.code);
		if (v?.status === 'exempt' && v.exemption) t.exempt.push(u);
		if (u.level !== 'district' && u.level !== 'commune') continue;
		const c = t.unitsBefore[u.level];
		c[u.kind] = (c[u.kind] ?? 0) + 1;
		if (!v?.phase || !phaseSet.has(v.phase)) continue;
		if (!wanted.has(v.status) && v.status !== 'exempt') continue;
		t.mandatory.push(u);
	}
	totalsOf.set(basis, t);
	return t;
}

/** The memo key of a group: the group and, for communes, where each of its members goes when districts merge. */
export function groupKey(g: MergerGroup, follow: ReadonlyMap<string, Follow>): string {
	let key = groupJson(g);
	if (g.level === 'commune' && follow.size)
		for (const c of g.members) {
			const f = follow.get(c);
			if (f) key += `|${c}>${f.toDistrict}:${f.kind}:${f.groupId}`;
		}
	return key;
}

/** A group's evaluation from the memo, or evaluated and remembered; with its memo key. */
function memoEvaluate(g: MergerGroup, basis: ScenarioBasis, memo: GroupMemo, follow: ReadonlyMap<string, Follow>) {
	const key = groupKey(g, follow);
	let ev = memo.get(key);
	if (!ev) {
		ev = evaluateGroup(g, basis, follow);
		memo.set(key, ev);
		memo.misses++;
	}
	return { key, ev };
}

/** Evaluate the district groups, then where their communes go; every group's memo key. */
export function groupPass(content: ScenarioContent, basis: ScenarioBasis, memo: GroupMemo) {
	const follow = new Map<string, Follow>();
	const districtFollow: DistrictFollow[] = [];
	const evals = new Map<string, GroupEvaluation>();
	const keys = new Map<string, string>();
	const run = (g: MergerGroup) => {
		const { key, ev } = memoEvaluate(g, basis, memo, follow);
		keys.set(g.id, key);
		evals.set(g.id, ev);
		return ev;
	};
	for (const g of content.groups) {
		if (g.level !== 'district') continue;
		followDistrictGroup(g, run(g), basis, follow, districtFollow);
	}
	for (const g of content.groups) if (g.level === 'commune') run(g);
	return { evals, keys, districtFollow, follow };
}

/**
 * One group's evaluation, equal to its entry in `evaluateScenarioIncremental(content, basis, memo).groups`, without
 * evaluating the rest of the scenario: only the district groups before it (where their communes go) and the group
 * itself, from the memo when known. What the scenario page shows at once after a click (the totals follow).
 */
export function evaluateOneGroup(
	content: ScenarioContent,
	basis: ScenarioBasis,
	memo: GroupMemo,
	groupId: string
): GroupEvaluation | null {
	const group = content.groups.find((g) => g.id === groupId);
	if (!group) return null;
	const follow = new Map<string, Follow>();
	const districtFollow: DistrictFollow[] = [];
	for (const g of content.groups) {
		if (g.level !== 'district') continue;
		const { ev } = memoEvaluate(g, basis, memo, follow);
		if (g === group) return ev;
		followDistrictGroup(g, ev, basis, follow, districtFollow);
	}
	return memoEvaluate(group, basis, memo, follow).ev;
}

/** The memo key of every group of a content (what changed between two contents: the keys that differ). */
export function scenarioGroupKeys(
	content: ScenarioContent,
	basis: ScenarioBasis,
	memo: GroupMemo
): Map<string, string> {
	return groupPass(content, basis, memo).keys;
}

/** Evaluate a whole scenario incrementally: equal to `evaluateScenarioOn(content, basis)`. */
export function evaluateScenarioIncremental(
	content: ScenarioContent,
	basis: ScenarioBasis,
	memo: GroupMemo
): ScenarioEvaluation {
	const t = basisTotals(basis);
	const { evals, districtFollow } = groupPass(content, basis, memo);
	const groups = content.groups.map((g) => evals.get(g.id)!);

	// Exemptions: the scenario's own, then the dataset's and the law's (precomputed list).
	const { finalVerdict, exemptions } = allExemptions(content, basis, t.exempt);

	// Subject units: in a group of 2 or more, exempted, or left (precomputed list of the subject units).
	const merging = mergingMembers(content);
	let mandatoryInGroups = 0;
	let mandatoryExempted = 0;
	const mandatoryLeft: MandatoryLeft[] = [];
	for (const u of t.mandatory) {
		if (merging.has(u.code)) {
			mandatoryInGroups++;
			continue;
		}
		const base = basis.verdicts.get(u.code)!;
		const v = finalVerdict.get(u.code) ?? base;
		if (v.status === 'exempt') mandatoryExempted++;
		else mandatoryLeft.push(mandatoryLeftEntry(u, base));
	}

	// Units after: the counts before, less the members of mergers, plus one new unit per merger.
	const unitsAfter: KindCounts = { district: { ...t.unitsBefore.district }, commune: { ...t.unitsBefore.commune } };
	const add = (level: string, kind: UnitKind | 'unknown', n: number) => {
		if (level !== 'district' && level !== 'commune') return;
		const c = unitsAfter[level];
		const v = (c[kind] ?? 0) + n;
		if (v) c[kind] = v;
		else delete c[kind];
	};
	const { leaving, arriving } = mergerTurnover(groups, basis);
	for (const c of leaving) {
		const u = basis.units.get(c)!;
		add(u.level, u.kind, -1);
	}
	for (const a of arriving) add(a.level, a.kind, 1);

	const unitsBefore: KindCounts = { district: { ...t.unitsBefore.district }, commune: { ...t.unitsBefore.commune } };
	return assembleEvaluation(basis, {
		unitsBefore,
		unitsAfter,
		groups,
		mandatoryLeft,
		exemptions,
		districtFollow,
		mandatory: t.mandatory.length,
		mandatoryInGroups,
		mandatoryExempted
	});
}
