/**
 * What an edit answers (issue 14 item 2): the groups it changed and the scenario's totals, at a cost that does not
 * grow with the scenario or the dataset. The totals of a content are kept as running totals — per-unit counts of the
 * groups a unit leaves by or merges in, the unit counts after, the residents affected — attached to that content
 * object (contents are immutable: an edit makes a new content that shares the groups it does not change). An edit
 * of commune groups that leaves the exemptions and the district groups as they were moves the running totals from
 * the content before to the content after: it takes out what the replaced groups gave and adds what the new ones give.
 * Any other edit (or a content without running totals) builds them from the whole content, once. Equal to the full
 * evaluation (evaluateScenarioOn): tests/unit/scenario-incremental.test.ts checks it after every step of random edits.
 */
import type { UnitVerdict } from '../rules/types.ts';
import type { UnitKind } from '../units.ts';
import type { ScenarioBasis } from './basis.ts';
import { scenarioExemptions, unitCounts } from './evaluate.ts';
import type { GroupEvaluation, KindCounts, ResidentsAffected, ScenarioEvaluation } from './evaluation.ts';
import type { Follow } from './group.ts';
import { evaluateGroup } from './group.ts';
import { basisTotals, groupKey, groupPass, scenarioGroupKeys, type GroupMemo } from './incremental.ts';
import { contentDelta, type ContentDelta } from './delta.ts';
import type { MergerGroup, ScenarioContent, ScenarioLevel } from './model.ts';
import type { ScenarioOp } from './ops.ts';

/** What an edit answers: the groups it changed (evaluated again) and the scenario's totals, not every list. */
export type ScenarioEditEvaluation = Pick<
	ScenarioEvaluation,
	'ruleSetId' | 'phases' | 'unitsBefore' | 'unitsAfter' | 'unitCount' | 'residentsAffected' | 'summary'
> & {
	/** The groups the edit created or changed (or whose communes' district changed), in scenario order. */
	groups: GroupEvaluation[];
	/** Ids of the groups the edit deleted. */
	removedGroups: string[];
};

/** A count per key that can go up and down; `on` is told when a key's count leaves or reaches zero. */
class Counts {
	private readonly m = new Map<string, number>();
	private readonly on: (key: string, present: boolean) => void;
	constructor(on: (key: string, present: boolean) => void = () => {}) {
		this.on = on;
	}
	add(key: string, n: 1 | -1): void {
		const was = this.m.get(key) ?? 0;
		const now = was + n;
		if (now) this.m.set(key, now);
		else this.m.delete(key);
		if (!was !== !now) this.on(key, now !== 0);
	}
	has(key: string): boolean {
		return this.m.has(key);
	}
	keys(): string[] {
		return [...this.m.keys()];
	}
}

/** The running totals of one content on one basis. */
class Running {
	readonly groups = new Map<string, MergerGroup>();
	readonly evals = new Map<string, GroupEvaluation>();
	readonly keys = new Map<string, string>();
	readonly after = new Map<string, number>(); // "level|kind" → units after
	valid = 0;
	inGroups = 0;
	exempted = 0;
	left = 0;
	absorbedCommunes = 0;
	absorbedCommuneCount = 0;
	absorbedDistricts = 0;
	absorbedDistrictCount = 0;
	extraDistrictPersons = 0;
	districtChange = 0;
	districtChangeCommunes = 0;
	affectedPersons = 0;
	readonly missing = new Counts();
	readonly affected: Counts;
	readonly leaving: Counts;
	readonly merging: Counts;
	private readonly mandatory: Set<string>;
	readonly basis: ScenarioBasis;
	readonly follow: ReadonlyMap<string, Follow>;
	readonly finalVerdict: ReadonlyMap<string, UnitVerdict>;

	constructor(
		basis: ScenarioBasis,
		follow: ReadonlyMap<string, Follow>,
		finalVerdict: ReadonlyMap<string, UnitVerdict>
	) {
		this.basis = basis;
		this.follow = follow;
		this.finalVerdict = finalVerdict;
		const t = basisTotals(basis);
		this.mandatory = mandatorySet(basis);
		for (const level of ['district', 'commune'] as const)
			for (const [kind, n] of Object.entries(t.unitsBefore[level])) this.after.set(`${level}|${kind}`, n ?? 0);
		this.affected = new Counts((c, present) => {
			this.affectedPersons += (present ? 1 : -1) * (basis.units.get(c)?.population ?? 0);
		});
		this.leaving = new Counts((c, present) => {
			const u = basis.units.get(c)!;
			this.count(u.level, u.kind, present ? -1 : 1);
		});
		this.merging = new Counts((c, present) => {
			if (!this.mandatory.has(c)) return;
			this.tally(c, -1, !present);
			this.tally(c, 1, present);
		});
		for (const u of t.mandatory) this.tally(u.code, 1, false);
	}

	/** Count a subject unit (in a merger, exempted, or left) in or out. */
	private tally(code: string, n: 1 | -1, merged: boolean): void {
		if (merged) this.inGroups += n;
		else if ((this.finalVerdict.get(code) ?? this.basis.verdicts.get(code))?.status === 'exempt') this.exempted += n;
		else this.left += n;
	}

	private count(level: string, kind: UnitKind | 'unknown', n: number): void {
		if (level !== 'district' && level !== 'commune') return;
		const k = `${level}|${kind}`;
		this.after.set(k, (this.after.get(k) ?? 0) + n);
	}

	pop(code: string, n: 1 | -1): number {
		const p = this.basis.units.get(code)?.population;
		if (p != null) return p;
		this.missing.add(code, n);
		return 0;
	}

	/** Add (n = 1) or take out (n = -1) what one group gives to the totals. */
	group(g: MergerGroup, ev: GroupEvaluation, n: 1 | -1): void {
		const { basis } = this;
		if (ev.valid) this.valid += n;
		if (g.members.length >= 2) for (const c of g.members) this.merging.add(c, n);
		const present = ev.members.filter((c) => basis.units.has(c));
		if (present.length < 2) return;
		for (const c of present) this.leaving.add(c, n);
		this.count(ev.level, ev.kind ?? basis.units.get(ev.keptCode ?? present[0])?.kind ?? 'unknown', n);
		for (const c of ev.retiredCodes) {
			if (ev.level === 'commune') {
				this.absorbedCommunes += n * this.pop(c, n);
				this.absorbedCommuneCount += n;
				this.affected.add(c, n);
			} else {
				const p = this.pop(c, n);
				this.absorbedDistricts += n * p;
				this.absorbedDistrictCount += n;
				if (!basis.communesOf.get(c)?.length) this.extraDistrictPersons += n * p;
			}
		}
	}

	/** Put a group of the content in (its evaluation from the memo, or evaluated and remembered). */
	put(g: MergerGroup, memo: GroupMemo, ev?: GroupEvaluation, key?: string): void {
		key ??= groupKey(g, this.follow);
		if (!ev) {
			ev = memo.get(key);
			if (!ev) {
				ev = evaluateGroup(g, this.basis, this.follow);
				memo.set(key, ev);
				memo.misses++;
			}
		}
		this.groups.set(g.id, g);
		this.evals.set(g.id, ev);
		this.keys.set(g.id, key);
		this.group(g, ev, 1);
	}

	/** Take a group of the content out. */
	drop(id: string): void {
		const g = this.groups.get(id)!;
		this.group(g, this.evals.get(id)!, -1);
		this.groups.delete(id);
		this.evals.delete(id);
		this.keys.delete(id);
	}

	/** The totals as the full evaluation gives them (without its lists). */
	totals(
		groups: number
	): Pick<ScenarioEditEvaluation, 'unitsBefore' | 'unitsAfter' | 'unitCount' | 'residentsAffected' | 'summary'> {
		const t = basisTotals(this.basis);
		const unitsBefore: KindCounts = { district: { ...t.unitsBefore.district }, commune: { ...t.unitsBefore.commune } };
		const unitsAfter: KindCounts = { district: {}, commune: {} };
		for (const [k, n] of this.after) {
			if (!n) continue;
			const [level, kind] = k.split('|') as [ScenarioLevel, UnitKind];
			unitsAfter[level][kind] = n;
		}
		const residentsAffected: ResidentsAffected = {
			absorbedCommunes: this.absorbedCommunes,
			absorbedCommuneCount: this.absorbedCommuneCount,
			absorbedDistricts: this.absorbedDistricts,
			absorbedDistrictCount: this.absorbedDistrictCount,
			districtChange: this.districtChange,
			districtChangeCommunes: this.districtChangeCommunes,
			total: this.extraDistrictPersons + this.affectedPersons,
			missingPopulation: this.missing.keys().sort()
		};
		return {
			...unitCounts(unitsBefore, unitsAfter),
			residentsAffected,
			summary: {
				groups,
				validGroups: this.valid,
				mandatory: t.mandatory.length,
				mandatoryInGroups: this.inGroups,
				mandatoryExempted: this.exempted,
				mandatoryLeft: this.left
			}
		};
	}
}

const mandatorySets = new WeakMap<ScenarioBasis, Set<string>>();
function mandatorySet(basis: ScenarioBasis): Set<string> {
	let s = mandatorySets.get(basis);
	if (!s) mandatorySets.set(basis, (s = new Set(basisTotals(basis).mandatory.map((u) => u.code))));
	return s;
}

/** How often an edit's totals were built from the whole content or moved from the content before (tests). */
export const editTotalsCounters = { built: 0, moved: 0 };

/** Running totals per basis, attached to the content they are the totals of. */
const runningOf = new WeakMap<ScenarioBasis, WeakMap<ScenarioContent, Running>>();

/** The running totals of a whole content (the district groups first, then where their communes go). */
function build(content: ScenarioContent, basis: ScenarioBasis, memo: GroupMemo): Running {
	const { evals, keys, districtFollow, follow } = groupPass(content, basis, memo);
	const run = new Running(basis, follow, scenarioExemptions(content, basis).finalVerdict);
	for (const g of content.groups) run.put(g, memo, evals.get(g.id), keys.get(g.id));
	for (const f of districtFollow) {
		if (!f.changes) continue;
		run.districtChange += run.pop(f.code, 1);
		run.districtChangeCommunes++;
		run.affected.add(f.code, 1);
	}
	return run;
}

/**
 * The commune groups replaced, added and removed from `before` to `after`, when that is all the edit did (the
 * exemptions and the district groups as they were); else null. Read from the edit's delta (contentDelta(before,
 * after)): the groups it inserted and removed, without a walk over every group of the scenario. The changed groups
 * come in `after`'s order.
 */
function communeEditOf(run: Running, before: ScenarioContent, after: ScenarioContent, delta: ContentDelta) {
	if (before.exemptions !== after.exemptions || delta.exemptions.length) return null;
	const changed: MergerGroup[] = [];
	const ids = new Set<string>();
	for (const s of delta.groups)
		for (const g of s.ins) {
			ids.add(g.id);
			const old = run.groups.get(g.id);
			if (old === g) continue;
			if (g.level !== 'commune' || (old && old.level !== 'commune')) return null;
			changed.push(g);
		}
	const removed: string[] = [];
	for (const s of delta.groups)
		for (const g of s.del)
			if (!ids.has(g.id)) {
				if (g.level !== 'commune') return null;
				removed.push(g.id);
			}
	return { changed, removed };
}

/**
 * The answer to an edit from `before` to `after`: its changed groups and the totals after it. With the edit's `ops`,
 * the changed groups are read from them (the groups they name, the groups made, and the commune groups of districts
 * whose district group they changed) when the totals are built again; an edit of commune groups only moves the
 * running totals of `before` (see the file's comment). The edit's `delta` (contentDelta(before, after)) is taken as given
 * or computed here (a pointer walk over the two lists); such an edit then costs what its groups do.
 */
export function evaluateScenarioEdit(
	before: ScenarioContent,
	after: ScenarioContent,
	basis: ScenarioBasis,
	memo: GroupMemo,
	ops?: readonly ScenarioOp[],
	delta?: ContentDelta
): ScenarioEditEvaluation {
	let perContent = runningOf.get(basis);
	if (!perContent) runningOf.set(basis, (perContent = new WeakMap()));
	let run = perContent.get(before);
	const edit = run && communeEditOf(run, before, after, delta ?? contentDelta(before, after));
	let changed: (id: string) => boolean;
	let removedGroups: string[];
	if (run && edit) {
		// The running totals move to `after` (`before` is no longer current once the edit is saved).
		perContent.delete(before);
		editTotalsCounters.moved++;
		for (const id of edit.removed) run.drop(id);
		for (const g of edit.changed) {
			if (run.groups.has(g.id)) run.drop(g.id);
			run.put(g, memo);
		}
		const ids = new Set(edit.changed.map((g) => g.id));
		changed = (id) => ids.has(id);
		const gone = new Set(edit.removed);
		removedGroups = gone.size > 1 ? before.groups.filter((g) => gone.has(g.id)).map((g) => g.id) : edit.removed;
	} else {
		run = build(after, basis, memo);
		editTotalsCounters.built++;
		const now = run.keys;
		const beforeIds = new Set(before.groups.map((g) => g.id));
		if (ops) {
			const named = new Set<string>();
			for (const op of ops) {
				if ('groupId' in op) named.add(op.groupId);
				if (op.op === 'newGroup' && op.id != null) named.add(String(op.id).trim());
			}
			// Communes whose district may have changed: those of every district in a named district group, before or after.
			const moved = new Set<string>();
			for (const c of [before, after])
				for (const g of c.groups)
					if (g.level === 'district' && named.has(g.id))
						for (const d of g.members) for (const x of basis.communesOf.get(d) ?? []) moved.add(x);
			changed = (id) => {
				if (named.has(id) || !beforeIds.has(id)) return true;
				if (!moved.size) return false;
				const g = run!.groups.get(id)!;
				return g.level === 'commune' && g.members.some((m) => moved.has(m));
			};
		} else {
			const old = scenarioGroupKeys(before, basis, memo);
			changed = (id) => old.get(id) !== now.get(id);
		}
		removedGroups = [...beforeIds].filter((id) => !now.has(id));
	}
	perContent.set(after, run);
	const groups: GroupEvaluation[] = [];
	// From the delta, the changed groups are its inserted ones, in `after`'s order already.
	if (delta && edit) for (const g of edit.changed) groups.push(run.evals.get(g.id)!);
	else for (const g of after.groups) if (changed(g.id)) groups.push(run.evals.get(g.id)!);
	return {
		ruleSetId: basis.rules.id,
		phases: [...basis.phases],
		...run.totals(after.groups.length),
		groups,
		removedGroups
	};
}
