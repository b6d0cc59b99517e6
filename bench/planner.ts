/**
 * Planner benchmark (issue 13 item 5), called from bench/run.ts: a generated province of 150 communes and a country
 * of 10,000 (1,500 with --quick), both phases' subject units, planner time and objective beside the greedy baseline
 * (each subject unit merged with its best single free neighbour) run in the same process on the same data. Checks:
 * our plan changes no more units than greedy and leaves no more subject units uncovered; targets: a province under
 * 2 s of solving, 10,000 communes under 60 s in all.
 */
import { generateProvince } from '../src/lib/domain/generate/index.ts';
import { getRuleSet } from '../src/lib/domain/rules/index.ts';
import { scenarioBasis } from '../src/lib/domain/scenario/index.ts';
import type { UnitView } from '../src/lib/domain/units.ts';
import { greedyPlan, plan, type PlannerOptions } from '../src/lib/domain/planner/index.ts';
import { withSolver } from '../src/lib/server/planner-solver.ts';

export interface BenchContext {
	log: (...a: unknown[]) => void;
	result: Record<string, number | string | boolean>;
	targets: [string, boolean, string][];
	quick: boolean;
}

function basisOf(communes: number) {
	const p = generateProvince({ communes, seed: 7 });
	const units: UnitView[] = [...p.districts, ...p.communes].map((u) => ({
		...u.record,
		label: null,
		bbox: null,
		exemptionCode: null,
		exemptionNote: null
	}));
	const ctx = {
		provinceCode: p.provinceCode,
		provinceName: p.provinceName,
		referenceDate: p.referenceDate,
		defaultTerrain: p.defaultTerrain
	};
	const adjacency = {
		commune: p.trueCommunePairs.map(([a, b]) => ({ a, b })),
		district: p.trueDistrictPairs.map(([a, b]) => ({ a, b }))
	};
	return scenarioBasis(units, ctx, getRuleSet('nq35-2023'), adjacency, { phases: ['2023-2025', '2026-2030'] });
}

export async function benchPlanner({ log, result, targets, quick }: BenchContext): Promise<void> {
	const options: Partial<PlannerOptions> = { phase: 'both', alternatives: 3, timeLimitSeconds: 120 };
	for (const n of [150, quick ? 1500 : 10000]) {
		log(`\n== Planner, ${n} communes (both phases; greedy baseline in the same process) ==`);
		const basis = basisOf(n);
		const ours = await withSolver((solver) => plan({ basis, options }, solver));
		const greedy = greedyPlan(basis, options);
		const best = ours.plans[0];
		const s = ours.stats;
		log(
			`planner: ${best.score.groups} groups, ${best.score.unitsChanged} units changed, ${best.score.uncovered} of ` +
				`${best.score.mandatory} subject units left, objective ${best.score.objective}; ${s.candidates} candidates in ` +
				`${s.subProblems} sub-problems, ${s.solves} solves; enumerate ${(s.enumerateMs / 1000).toFixed(2)} s, ` +
				`solve ${(s.solveMs / 1000).toFixed(2)} s, total ${(s.totalMs / 1000).toFixed(2)} s (${s.status}), ` +
				`${ours.plans.length - 1} alternatives`
		);
		log(
			`greedy:  ${greedy.groups.length} groups, ${greedy.unitsChanged} units changed, ${greedy.uncovered.length} left, ` +
				`objective ${greedy.objective}; ${(greedy.ms / 1000).toFixed(2)} s`
		);
		result[`planner_${n}_solve_s`] = s.solveMs / 1000;
		result[`planner_${n}_total_s`] = s.totalMs / 1000;
		result[`planner_${n}_objective`] = best.score.objective;
		result[`planner_${n}_greedy_objective`] = greedy.objective;
		result[`planner_${n}_units_changed`] = best.score.unitsChanged;
		result[`planner_${n}_greedy_units_changed`] = greedy.unitsChanged;
		targets.push([
			`planner ${n}: changes no more units than greedy`,
			best.score.unitsChanged <= greedy.unitsChanged,
			`${best.score.unitsChanged} vs ${greedy.unitsChanged}`
		]);
		targets.push([
			`planner ${n}: leaves no more subject units than greedy`,
			best.score.uncovered <= greedy.uncovered.length,
			`${best.score.uncovered} vs ${greedy.uncovered.length}`
		]);
		if (n === 150)
			targets.push([`planner 150: solving under 2 s`, s.solveMs < 2000, `${(s.solveMs / 1000).toFixed(2)} s`]);
		if (n === 10000)
			targets.push([`planner 10,000: under 60 s in all`, s.totalMs < 60_000, `${(s.totalMs / 1000).toFixed(2)} s`]);
	}
}
