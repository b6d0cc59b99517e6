/**
 * One plan from the candidates a solution chose: its groups evaluated as the scenario editor evaluates them, with
 * why each was chosen, the subject units left uncovered with the reason, and the plan's score (plan.ts solves).
 */
import type { ScenarioBasis } from '../scenario/basis.ts';
import { evaluateScenarioOn } from '../scenario/evaluate.ts';
import { evaluateGroup } from '../scenario/group.ts';
import { blankGroup } from '../scenario/content.ts';
import type { MergerGroup, ScenarioContent } from '../scenario/model.ts';
import { defaultScenarioStaffingInputs, scenarioStaffing } from '../staffing/scenario.ts';
import { evaluateCodes, keyOf, POINTS, type LevelUnits } from './candidates.ts';
import type { Part } from './plan.ts';
import type { Candidate, GroupWhy, Plan, PlannerOptions, PlanScore, ProposedGroup, UncoveredUnit } from './types.ts';

const nameOf = (basis: ScenarioBasis, c: string) => basis.units.get(c)?.name ?? c;

export interface BuildContext {
	basis: ScenarioBasis;
	opts: PlannerOptions;
	levels: LevelUnits[];
	candidates: Candidate[];
	parts: Part[];
	keptGroups: MergerGroup[];
	keptExempt: Set<string>;
	optimal: boolean;
	staffingDate?: string;
}

/** A plan from the chosen candidates: groups with their explanation, uncovered units with their reason, score. */
export function buildPlan(ctx: BuildContext, chosen: number[], rank: number, best: Plan | null): Plan {
	const { basis, candidates } = ctx;
	const byIndex = new Map(candidates.map((c) => [c.index, c]));
	const chosenC = chosen.map((j) => byIndex.get(j)!).sort((a, b) => a.index - b.index);
	const used = new Set(chosenC.flatMap((c) => c.members));
	const groups: ProposedGroup[] = [];
	for (const g of ctx.keptGroups) {
		const ev = evaluateGroup(g, basis);
		groups.push({
			level: g.level,
			members: [...g.members],
			names: g.members.map((c) => nameOf(basis, c)),
			name: ev.name,
			mandatory: g.members.filter((c) => ev.roles[c] === 'mandatory'),
			meets: ev.meets,
			contiguous: ev.contiguous,
			sameParent: ev.verdict.sameParent,
			valid: ev.valid,
			residentsAffected: ev.residentsAffected ?? 0,
			density: 1,
			cost: 0,
			parts: null,
			kept: true,
			why: null
		});
	}
	for (const c of chosenC) {
		const ev = evaluateCodes(basis, c.level, c.members);
		const anchor = c.mandatory[0] ?? null;
		let nextBest: GroupWhy['nextBest'] = null;
		if (anchor) {
			const key = keyOf(c.members);
			let alt: Candidate | null = null;
			for (const o of candidates) {
				if (o.level !== c.level || !o.valid || !o.members.includes(anchor) || keyOf(o.members) === key) continue;
				if (!alt || o.cost < alt.cost || (o.cost === alt.cost && o.index < alt.index)) alt = o;
			}
			if (alt) {
				// The subject units of this group the alternative would leave count as uncovered.
				const left = c.mandatory.filter((x) => !alt!.members.includes(x)).length;
				const extra = alt.cost + left * POINTS.uncovered - c.cost;
				nextBest = { members: alt.members, meets: alt.meets, extraCost: Math.round(extra * 1000) / 1000 };
			}
		}
		groups.push({
			level: c.level,
			members: c.members,
			names: c.members.map((m) => nameOf(basis, m)),
			name: ev.name,
			mandatory: c.mandatory,
			meets: c.meets,
			contiguous: ev.contiguous,
			sameParent: c.sameParent,
			valid: c.valid,
			residentsAffected: c.residentsAffected,
			density: c.density,
			cost: c.cost,
			parts: c.parts,
			kept: false,
			why: { anchor, meets: ev.meets, ratios: ev.ratios, nextBest }
		});
	}

	// Uncovered subject units and why.
	const uncovered: UncoveredUnit[] = [];
	const keptMembers = new Set(ctx.keptGroups.flatMap((g) => g.members));
	for (const lu of ctx.levels) {
		for (const m of lu.mandatory) {
			if (used.has(m) || keptMembers.has(m) || ctx.keptExempt.has(m)) continue;
			uncovered.push(whyUncovered(ctx, lu, m, used));
		}
	}

	// Score: the whole plan evaluated as the editor evaluates a scenario.
	const content: ScenarioContent = {
		groups: groups.map((g, i) => blankGroup(`p${i + 1}`, g.level, g.members)),
		exemptions: []
	};
	const evaluation = evaluateScenarioOn(content, basis);
	let surplusStaff: number | null;
	try {
		const staffing = scenarioStaffing(
			evaluation,
			basis,
			defaultScenarioStaffingInputs(ctx.staffingDate ?? '2025-01-01')
		);
		surplusStaff = staffing.totals.surplus;
	} catch {
		surplusStaff = null;
	}
	const proposed = groups.filter((g) => !g.kept);
	const score: PlanScore = {
		objective:
			Math.round(
				(proposed.reduce((s, g) => s + g.cost, 0) +
					uncovered.filter((u) => u.reason !== 'protected').length * POINTS.uncovered) *
					1000
			) / 1000,
		unitsBefore: evaluation.unitCount.before,
		unitsAfter: evaluation.unitCount.after,
		groups: groups.length,
		meetsBoth: groups.filter((g) => g.meets === 'both').length,
		meetsOne: groups.filter((g) => g.meets === 'area' || g.meets === 'population').length,
		meetsNone: groups.filter((g) => g.meets !== 'both' && g.meets !== 'area' && g.meets !== 'population').length,
		allLawful: uncovered.length === 0 && groups.every((g) => g.valid && g.contiguous !== false && g.meets === 'both'),
		residentsAffected: evaluation.residentsAffected.total,
		unitsChanged: groups.reduce((s, g) => s + g.members.length, 0),
		crossing: groups.filter((g) => !g.sameParent).length,
		compactness: groups.length
			? Math.round((groups.reduce((s, g) => s + g.density, 0) / groups.length) * 1000) / 1000
			: 1,
		mandatory: ctx.levels.reduce((s, lu) => s + lu.mandatory.length, 0),
		uncovered: uncovered.length,
		surplusStaff
	};
	let differs: Plan['differs'] = null;
	if (best) {
		const keys = (p: ProposedGroup[]) => new Set(p.map((g) => keyOf(g.members)));
		const mine = keys(groups);
		const theirs = keys(best.groups);
		differs = {
			removed: best.groups.filter((g) => !mine.has(keyOf(g.members))).map((g) => g.members),
			added: groups.filter((g) => !theirs.has(keyOf(g.members))).map((g) => g.members)
		};
	}
	return { rank, groups, uncovered, score, differs };
}

/** The reason a subject unit is left out of a plan. */
function whyUncovered(ctx: BuildContext, lu: LevelUnits, m: string, used: ReadonlySet<string>): UncoveredUnit {
	const { basis, opts } = ctx;
	const base = { code: m, name: nameOf(basis, m), level: lu.level, related: [] as string[], best: null };
	if (opts.protect.includes(m)) return { ...base, reason: 'protected' };
	const nbrs = lu.idx ? lu.idx.neighbours(m) : [];
	if (!nbrs.length) return { ...base, reason: 'island' };
	const parent = basis.units.get(m)?.parentCode ?? null;
	const cross = opts.crossDistrict || lu.level === 'district';
	const inScope = cross ? nbrs : nbrs.filter((n) => basis.units.get(n)?.parentCode === parent);
	if (!inScope.length) return { ...base, reason: 'no_neighbour_in_district', related: [...nbrs] };
	const usable = inScope.filter((n) => lu.eligible.has(n));
	if (!usable.length || !lu.eligible.has(m)) return { ...base, reason: 'protected_neighbours', related: [...inScope] };
	const mine = ctx.candidates.filter((c) => c.level === lu.level && c.valid && c.members.includes(m));
	const cheapest = (list: Candidate[]) =>
		list.reduce<Candidate | null>(
			(a, c) => (!a || c.cost < a.cost || (c.cost === a.cost && c.index < a.index) ? c : a),
			null
		);
	const lawful = mine.filter((c) => c.meets === 'both' || c.meets === 'area' || c.meets === 'population');
	if (!lawful.length) {
		const b = cheapest(mine);
		return { ...base, reason: 'all_short', best: b ? { members: b.members, meets: b.meets } : null };
	}
	const b = cheapest(lawful)!;
	const part = ctx.parts.find((p) => p.mandatory.includes(m));
	if (part && !part.optimal) return { ...base, reason: 'time_limit', best: { members: b.members, meets: b.meets } };
	return {
		...base,
		reason: 'neighbours_taken',
		related: b.members.filter((c) => c !== m && used.has(c)),
		best: { members: b.members, meets: b.meets }
	};
}
