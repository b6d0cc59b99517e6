/**
 * The planner (issue 13): candidate groups, the set-partitioning programme, alternatives and explanations, and the
 * greedy baseline. Plain TypeScript; the solver (HiGHS in a worker thread) is passed in by the server.
 */
export * from './types.ts';
export { plan, plannerOptions, type PlanInput } from './plan.ts';
export { greedyPlan, type GreedyResult } from './greedy.ts';
export { enumerateCandidates, levelUnits, phasesOf, POINTS } from './candidates.ts';
export { writeLp } from './lp.ts';
export { describeUncovered, describeMeets, PLANNER_WEIGHTS_TEXT } from './text.ts';
