/**
 * What evaluating scenarios needs from a dataset, computed once (unit verdicts, adjacency index, hierarchy) and
 * reused for every edit of every scenario on it.
 */
import { adjacencyIndex } from '../geo/contiguity.ts';
import type { PhaseId, RuleSet, RulesContext, UnitVerdict } from '../rules/types.ts';
import { evaluateUnits } from '../verdicts.ts';
import type { UnitView } from '../units.ts';

/** An adjacency edge (shared border, not a single point): unit codes, order irrelevant. */
export interface AdjacencyEdge {
	a: string;
	b: string;
}

/** Stored adjacency per level. An empty list means "not computed": contiguity is then reported as not checked. */
export interface ScenarioAdjacency {
	district: readonly AdjacencyEdge[];
	commune: readonly AdjacencyEdge[];
}

export interface ScenarioEvaluateOptions {
	/** Phases whose subject units must be arranged (mandatoryLeft). Default: the rule set's first phase (2023–2025). */
	phases?: readonly PhaseId[];
}

export type AdjIndex = ReturnType<typeof adjacencyIndex>;

/** What evaluation needs from a dataset, computed once and reused for every edit of every scenario on it. */
export interface ScenarioBasis {
	ctx: RulesContext;
	rules: RuleSet;
	units: ReadonlyMap<string, UnitView>;
	/** Dataset verdict of every unit (with the dataset-level recorded exemptions). */
	verdicts: ReadonlyMap<string, UnitVerdict>;
	adjacency: { district: AdjIndex | null; commune: AdjIndex | null };
	/** Commune codes of each district, sorted. */
	communesOf: ReadonlyMap<string, string[]>;
	/** Units in dataset order (level desc, code). */
	ordered: readonly UnitView[];
	phases: readonly PhaseId[];
}

/** Precompute the per-dataset part of an evaluation. 150 units: well under a millisecond. */
export function scenarioBasis(
	units: readonly UnitView[],
	ctx: RulesContext,
	rules: RuleSet,
	adjacency: ScenarioAdjacency,
	opts: ScenarioEvaluateOptions = {}
): ScenarioBasis {
	const byCode = new Map<string, UnitView>();
	const communesOf = new Map<string, string[]>();
	for (const u of units) {
		byCode.set(u.code, u);
		if (u.level === 'commune' && u.parentCode) {
			const l = communesOf.get(u.parentCode);
			if (l) l.push(u.code);
			else communesOf.set(u.parentCode, [u.code]);
		}
	}
	for (const l of communesOf.values()) l.sort();
	const phases = opts.phases ?? (rules.phases.length ? [rules.phases[0].id] : []);
	return {
		ctx,
		rules,
		units: byCode,
		verdicts: evaluateUnits(units, ctx, rules),
		adjacency: {
			district: adjacency.district.length ? adjacencyIndex([...adjacency.district]) : null,
			commune: adjacency.commune.length ? adjacencyIndex([...adjacency.commune]) : null
		},
		communesOf,
		ordered: units,
		phases
	};
}
