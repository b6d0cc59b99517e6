/**
 * The greedy baseline the benchmark compares the planner with: each subject unit, in code order, merged with its
 * best single free neighbour (the cheapest pair by the planner's own cost), or left when none is free.
 */
import type { ScenarioBasis } from '../scenario/basis.ts';
import { costOf, evaluateCodes, levelUnits, phasesOf, POINTS } from './candidates.ts';
import { plannerOptions } from './plan.ts';
import type { PlannerOptions } from './types.ts';

export interface GreedyResult {
	groups: string[][];
	uncovered: string[];
	unitsChanged: number;
	objective: number;
	ms: number;
}

export function greedyPlan(basis: ScenarioBasis, options: Partial<PlannerOptions> = {}): GreedyResult {
	const t0 = performance.now();
	const opts = plannerOptions(options);
	const groups: string[][] = [];
	const uncovered: string[] = [];
	let objective = 0;
	for (const level of opts.levels) {
		const lu = levelUnits(basis, level, phasesOf(opts.phase), new Set(opts.protect));
		const mand = new Set(lu.mandatory);
		const used = new Set<string>();
		const cross = opts.crossDistrict || level === 'district';
		for (const m of lu.mandatory) {
			if (used.has(m)) continue;
			let best: { members: string[]; cost: number } | null = null;
			if (lu.eligible.has(m) && lu.idx) {
				const parent = basis.units.get(m)?.parentCode ?? null;
				for (const n of lu.idx.neighbours(m)) {
					if (used.has(n) || !lu.eligible.has(n)) continue;
					if (!cross && basis.units.get(n)?.parentCode !== parent) continue;
					const members = [m, n].sort();
					const ev = evaluateCodes(basis, level, members);
					if (!ev.valid) continue;
					const { cost } = costOf(
						{
							members,
							mandatory: members.filter((c) => mand.has(c)),
							meets: ev.meets,
							sameParent: ev.verdict.sameParent,
							density: 1,
							residentsAffected: ev.residentsAffected ?? 0
						},
						opts
					);
					// Same acceptance as the programme: a pair worse than leaving the unit (meets no standard) is not made.
					if (cost < POINTS.uncovered && (!best || cost < best.cost)) best = { members, cost };
				}
			}
			if (best) {
				groups.push(best.members);
				for (const c of best.members) used.add(c);
				objective += best.cost;
			} else {
				uncovered.push(m);
				objective += POINTS.uncovered;
			}
		}
	}
	return {
		groups,
		uncovered,
		unitsChanged: groups.reduce((s, g) => s + g.length, 0),
		objective: Math.round(objective * 1000) / 1000,
		ms: performance.now() - t0
	};
}
