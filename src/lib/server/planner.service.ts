/**
 * Planner use cases (issue 13): run the planner on a dataset (optionally completing a scenario), and accept a plan
 * as a normal scenario through the scenario service (createScenario, applyScenarioOps), with the signed-in user (or
 * the CLI's --who) as the actor. Runs are not stored: the result goes back to the editor who asked, who accepts it.
 */
import type { Kysely } from 'kysely';
import { plan, plannerOptions, phasesOf, type PlannerOptions, type PlanResult } from '../domain/planner/index.ts';
import { subjectStatusOf } from '../domain/rules/evaluate-unit.ts';
import type { ScenarioLevel, ScenarioOp, ScenarioPhase } from '../domain/scenario/index.ts';
import type { Bilingual } from '../domain/messages.ts';
import type { DB } from './db/schema.ts';
import { WorkerLpSolver } from './planner-solver.ts';
import {
	applyScenarioOps,
	checkRuleSetId,
	createScenario,
	requireScenario,
	type Actor
} from './services/scenario.service.ts';
import { loadWorkspace, requireDataset } from './services/scenario-workspace.ts';
import { both } from '../i18n/catalogue.ts';

type Db = Kysely<DB>;

/** A run the planner refuses (a rule set without phases): the route answers 400 with these words. */
export class PlannerError extends Error {
	constructor(readonly messages: Bilingual) {
		super(messages.en);
		this.name = 'PlannerError';
	}
}

export interface RunPlannerInput {
	datasetId: number;
	ruleSetId?: string | null;
	options?: Partial<PlannerOptions>;
	/** Complete this scenario (of the dataset): its groups are kept, its units not touched. */
	keepScenarioId?: number | null;
	onProgress?: (done: number, stage: string) => void;
}

export interface PlannerRun extends PlanResult {
	datasetId: number;
	keepScenario: { id: number; name: string; version: number } | null;
	seconds: number;
}

/** Run the planner on a dataset. */
export async function runPlanner(db: Db, input: RunPlannerInput): Promise<PlannerRun> {
	const t0 = performance.now();
	// The worker compiles HiGHS's WebAssembly while the dataset loads.
	const solver = new WorkerLpSolver();
	try {
		return await runWith(db, input, solver, t0);
	} finally {
		await solver.close();
	}
}

async function runWith(db: Db, input: RunPlannerInput, solver: WorkerLpSolver, t0: number): Promise<PlannerRun> {
	const dataset = await requireDataset(db, input.datasetId);
	const keep = input.keepScenarioId
		? await requireScenario(db, input.keepScenarioId, { datasetId: input.datasetId })
		: null;
	const ruleSetId = checkRuleSetId(input.ruleSetId ?? keep?.ruleSetId, dataset.structure);
	const opts = plannerOptions(input.options);
	const ws = await loadWorkspace(db, input.datasetId, ruleSetId, { phases: phasesOf(opts.phase) });
	if (!ws.rules.phases.length)
		throw new PlannerError(both('plannerService.documentNamesNoUnitsThat', { document: ws.rules.document }));
	const result = await plan(
		{
			basis: ws.basis,
			options: opts,
			keep: keep?.content ?? null,
			staffingDate: new Date().toISOString().slice(0, 10),
			onProgress: input.onProgress
		},
		solver
	);
	return {
		...result,
		datasetId: input.datasetId,
		keepScenario: keep ? { id: keep.id, name: keep.name, version: keep.version } : null,
		seconds: (performance.now() - t0) / 1000
	};
}

export interface AcceptPlanInput {
	datasetId: number;
	ruleSetId?: string | null;
	/** The plan's groups to add (kept groups of a completed scenario are already in it: leave them out). */
	groups: { level: ScenarioLevel; members: string[] }[];
	/** A new scenario (with `name`), or the draft being completed. */
	into: { scenarioId: number; expectedVersion: number } | { name: string; description?: string | null };
}

/** The phase of a group: the earliest phase one of its members is subject in. */
function groupPhase(ws: Awaited<ReturnType<typeof loadWorkspace>>, members: string[]): ScenarioPhase | null {
	for (const p of ['2023-2025', '2026-2030'] as const)
		if (members.some((c) => ws.basis.verdicts.get(c)?.status === subjectStatusOf(p))) return p;
	return null;
}

const NOTE = 'Đề xuất tự động / proposed by the planner';

/** Accept a plan: a new scenario, or new groups in the draft being completed. Returns the scenario's id. */
export async function acceptPlan(db: Db, actor: Actor, input: AcceptPlanInput): Promise<{ scenarioId: number }> {
	const groups = (Array.isArray(input.groups) ? input.groups : []).map((g) => ({
		level: (g?.level === 'district' ? 'district' : 'commune') as ScenarioLevel,
		members: Array.isArray(g?.members) ? g.members.map(String) : []
	}));
	if ('scenarioId' in input.into) {
		const s = await requireScenario(db, input.into.scenarioId, { datasetId: input.datasetId });
		const ws = await loadWorkspace(db, input.datasetId, s.ruleSetId);
		const ops: ScenarioOp[] = groups.map((g) => ({
			op: 'newGroup',
			level: g.level,
			members: g.members,
			phase: groupPhase(ws, g.members),
			notes: NOTE
		}));
		await applyScenarioOps(db, actor, s.id, input.into.expectedVersion, ops);
		return { scenarioId: s.id };
	}
	const dataset = await requireDataset(db, input.datasetId);
	const ruleSetId = checkRuleSetId(input.ruleSetId, dataset.structure);
	const ws = await loadWorkspace(db, input.datasetId, ruleSetId);
	const s = await createScenario(db, actor, {
		datasetId: input.datasetId,
		name: input.into.name,
		description: input.into.description ?? NOTE,
		ruleSetId,
		content: {
			groups: groups.map((g, i) => ({
				id: `g${i + 1}`,
				level: g.level,
				members: g.members,
				phase: groupPhase(ws, g.members),
				notes: NOTE
			})),
			exemptions: []
		}
	});
	return { scenarioId: s.id };
}
