/**
 * Types of the planner (issue 13): the options a person chooses, the candidate groups the model is built from, and
 * the plans, scores and explanations it gives back. Plain data: the server stores and sends it as JSON.
 */
import type { Meets, PhaseId } from '../rules/types.ts';
import type { ScenarioLevel } from '../scenario/model.ts';

/** Which NQ 35 phase's subject units the plan must cover. */
export type PlannerPhase = PhaseId | 'both';
export const PLANNER_PHASES: readonly PlannerPhase[] = ['2023-2025', '2026-2030', 'both'];

/** A weight as a person chooses it: plain words in the UI, a multiplier here. */
export type WeightLevel = 'low' | 'normal' | 'high';
export const WEIGHT_LEVELS: readonly WeightLevel[] = ['low', 'normal', 'high'];
export const WEIGHT_FACTOR: Readonly<Record<WeightLevel, number>> = { low: 0.3, normal: 1, high: 3 };

export interface PlannerOptions {
	phase: PlannerPhase;
	/** Allow commune groups across a district line (penalised, and shown as a warning like in the editor). */
	crossDistrict: boolean;
	/** Largest group (2–6). */
	maxMembers: number;
	/** Prefer merging subject units with each other over pulling in units that are not subject. */
	preferSubjectPartners: boolean;
	/** Units never touched (codes). */
	protect: string[];
	/** How much the residents whose unit changes weigh. */
	residentsWeight: WeightLevel;
	/** How much a compact group (members bordering each other) weighs. */
	compactnessWeight: WeightLevel;
	/** Alternatives besides the best plan (0–3). */
	alternatives: number;
	/** Levels to plan; default both. */
	levels: ScenarioLevel[];
	/** Wall-clock limit of the solver, seconds (the whole run, all sub-problems). */
	timeLimitSeconds: number;
	/** Solver seed (HiGHS random_seed): the same input and seed give the same plan. */
	seed: number;
}

export const DEFAULT_PLANNER_OPTIONS: PlannerOptions = {
	phase: '2023-2025',
	crossDistrict: false,
	maxMembers: 4,
	preferSubjectPartners: false,
	protect: [],
	residentsWeight: 'normal',
	compactnessWeight: 'normal',
	alternatives: 3,
	levels: ['district', 'commune'],
	timeLimitSeconds: 30,
	seed: 1
};

/** The parts of a candidate's cost, in points (the objective is their sum). */
export interface CostParts {
	/** Units whose unit changes: 10 points per member. */
	units: number;
	/** Residents whose unit changes (members absorbed into the kept one): per 1,000 persons, times the weight. */
	residents: number;
	/** The new unit meets only one standard (300) or none (1,500). */
	standards: number;
	/** The group crosses a district line (200). */
	crossing: number;
	/** Members that do not border each other: (1 − density) × 100 × weight. */
	compactness: number;
	/** Members not subject, when subject partners are preferred (30 each). */
	partners: number;
}

/** A connected set of units the plan may merge, scored as the editor scores a group. */
export interface Candidate {
	index: number;
	level: ScenarioLevel;
	/** Codes, sorted. */
	members: string[];
	/** The subject units among them. */
	mandatory: string[];
	meets: Meets | null;
	valid: boolean;
	sameParent: boolean;
	/** Internal borders ÷ possible pairs (1 = every member borders every other). */
	density: number;
	residentsAffected: number;
	cost: number;
	parts: CostParts;
}

/** Why a subject unit is left out of the plan. */
export type UncoveredReason =
	| 'protected'
	| 'island'
	| 'no_neighbour_in_district'
	| 'protected_neighbours'
	| 'all_short'
	| 'neighbours_taken'
	| 'missing_data'
	| 'time_limit';

export interface UncoveredUnit {
	code: string;
	name: string;
	level: ScenarioLevel;
	reason: UncoveredReason;
	/** Units the reason names (the protected or exempted neighbours, the neighbours in other districts, …). */
	related: string[];
	/** Best combination found for it (all_short / neighbours_taken), for the explanation. */
	best: { members: string[]; meets: Meets | null } | null;
}

/** Why these partners: the verdict, and what the next-best partner would have given. */
export interface GroupWhy {
	/** The subject unit the explanation is about (the first one of the group). */
	anchor: string | null;
	meets: Meets | null;
	ratios: { area: number | null; population: number | null };
	/** The next-best candidate with the same anchor (lower rank = better), or null when there was none. */
	nextBest: { members: string[]; meets: Meets | null; extraCost: number } | null;
}

export interface ProposedGroup {
	level: ScenarioLevel;
	members: string[];
	names: string[];
	/** Name of the new unit by default (the most populous member's). */
	name: string | null;
	mandatory: string[];
	meets: Meets | null;
	contiguous: boolean | null;
	sameParent: boolean;
	valid: boolean;
	residentsAffected: number;
	density: number;
	cost: number;
	parts: CostParts | null;
	/** A group kept from the scenario being completed (not proposed by the planner). */
	kept: boolean;
	why: GroupWhy | null;
}

/** A plan's score broken down. */
export interface PlanScore {
	objective: number;
	unitsBefore: { district: number; commune: number };
	unitsAfter: { district: number; commune: number };
	groups: number;
	meetsBoth: number;
	meetsOne: number;
	meetsNone: number;
	/** Every group valid (contiguous, one level) and meeting both standards, and no subject unit left. */
	allLawful: boolean;
	residentsAffected: number;
	unitsChanged: number;
	crossing: number;
	/** Mean density of the groups (1 = every member borders every other). */
	compactness: number;
	mandatory: number;
	uncovered: number;
	/** Surplus cadres and civil servants against the Decree 33 norm (quotas, no actual counts); null when unknown. */
	surplusStaff: number | null;
}

export interface Plan {
	rank: number;
	groups: ProposedGroup[];
	uncovered: UncoveredUnit[];
	score: PlanScore;
	/** For an alternative: how it differs from the best plan (groups left out and groups added, by members). */
	differs: { removed: string[][]; added: string[][] } | null;
}

export interface PlanResult {
	options: PlannerOptions;
	ruleSetId: string;
	phases: PhaseId[];
	plans: Plan[];
	stats: {
		candidates: number;
		subProblems: number;
		solves: number;
		enumerateMs: number;
		solveMs: number;
		totalMs: number;
		/** 'optimal' when every sub-problem was solved to optimality, else 'time_limit'. */
		status: 'optimal' | 'time_limit';
	};
}

/** One LP to solve: the text in CPLEX LP format, and the solver's answer. */
export interface LpJob {
	lp: string;
	timeLimitSeconds: number;
	seed: number;
}
export interface LpAnswer {
	/** HiGHS model status ('Optimal', 'Time limit reached', …). */
	status: string;
	objective: number | null;
	/** Value of each column by name (binary variables: 0 or 1). */
	columns: Record<string, number>;
}

/** Solves LP files: the server runs HiGHS in a worker thread; the domain code only needs this. */
export interface LpSolver {
	solve(job: LpJob): Promise<LpAnswer>;
}
