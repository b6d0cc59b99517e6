/**
 * The planner (issue 13): propose lawful merger plans for the units the law says must be arranged, and explain them.
 *
 * Why this model. The question staff ask is: "for every subject unit, which adjacent units should it merge with, so
 * that each new unit meets its standards, changing as little as possible?" That is a set-partitioning problem over
 * a small, explicit family of candidate groups: connected sets of up to four or so adjacent units of one level that
 * contain a subject unit (few per unit, since districts are small and groups are small). Enumerating them lets every
 * candidate be scored by exactly the verdict the scenario editor gives (area and population against the new unit's
 * standards, kind, contiguity, crossing a district line): nothing is approximated by a linear surrogate, and the
 * integer programme (lp.ts) then chooses among them exactly: each subject unit covered once, or left with a
 * penalised slack that makes the model always feasible and reports an impossible unit instead of hiding it; every
 * other unit used at most once; minimum units changed and residents whose unit changes, with penalties for a group
 * meeting one standard or none, for crossing a district line, and for members that do not border each other.
 *
 * Why not what the redistricting world uses. Max-p regionalisation (Duque, Anselin & Rey) partitions ALL areas into
 * the largest number of contiguous regions each above a threshold: it would regroup every unit of the province,
 * including the many that meet the law and must be left alone, and it has no notion of "mandatory" units, of keeping
 * changes few, or of the kind-dependent standards of a new unit. ReCom (recombination Markov chains, DeFord, Duchin
 * & Solomon) samples the space of balanced partitions into a fixed number of districts to describe what is typical:
 * it answers "is this map an outlier?", not "what is the smallest lawful change?", and a fixed number of parts is
 * exactly what the planner must not assume. Set partitioning over enumerated candidates is the model airline crew
 * scheduling and school redistricting use when the legal rules for one part are complex and parts are small.
 *
 * Decomposition. Candidates only link units they contain, so the programme splits into independent sub-problems
 * (connected components of units through candidates; within districts these are at most a district): each is solved
 * on its own, which keeps a country of 10,000 communes within a minute. The k best plans of a sum of independent
 * parts differ from the best in one part each (changing two parts costs more than changing either), so alternatives
 * come from the next-best solution of single sub-problems, found with no-good cuts.
 */
import type { PhaseId } from '../rules/types.ts';
import type { ScenarioBasis } from '../scenario/basis.ts';
import type { ScenarioContent, ScenarioLevel } from '../scenario/model.ts';
import { enumerateCandidates, levelUnits, phasesOf, POINTS, type LevelUnits } from './candidates.ts';
import { chosenOf, writeLp, type SubProblem } from './lp.ts';
import { buildPlan, type BuildContext } from './plan-build.ts';
import type { Candidate, LpSolver, Plan, PlannerOptions, PlanResult } from './types.ts';
import { DEFAULT_PLANNER_OPTIONS } from './types.ts';

export interface PlanInput {
	/** The dataset's scenario basis (built with the planner's phases). */
	basis: ScenarioBasis;
	options?: Partial<PlannerOptions>;
	/** A scenario to complete: its groups are kept and its members, like its exemptions, are not touched. */
	keep?: ScenarioContent | null;
	/** Date the staffing estimate counts from (ISO); default 2025-01-01. */
	staffingDate?: string;
	/** Progress: called with a share done (0–1) and a short stage name. */
	onProgress?: (done: number, stage: 'candidates' | 'solve' | 'alternatives') => void;
}

/** Normalise options (bounds and defaults). */
export function plannerOptions(o: Partial<PlannerOptions> = {}): PlannerOptions {
	const d = DEFAULT_PLANNER_OPTIONS;
	const int = (x: unknown, lo: number, hi: number, def: number) => {
		const n = Math.floor(Number(x));
		return Number.isFinite(n) ? Math.max(lo, Math.min(hi, n)) : def;
	};
	return {
		phase: o.phase === '2026-2030' || o.phase === 'both' ? o.phase : d.phase,
		crossDistrict: o.crossDistrict === true,
		maxMembers: int(o.maxMembers, 2, 6, d.maxMembers),
		preferSubjectPartners: o.preferSubjectPartners === true,
		protect: [...new Set((o.protect ?? []).map(String))].sort(),
		residentsWeight: o.residentsWeight === 'low' || o.residentsWeight === 'high' ? o.residentsWeight : 'normal',
		compactnessWeight: o.compactnessWeight === 'low' || o.compactnessWeight === 'high' ? o.compactnessWeight : 'normal',
		alternatives: int(o.alternatives, 0, 3, d.alternatives),
		levels: o.levels?.length ? d.levels.filter((l) => o.levels!.includes(l)) : [...d.levels],
		timeLimitSeconds: Math.max(1, Math.min(600, Number(o.timeLimitSeconds) || d.timeLimitSeconds)),
		seed: int(o.seed, 0, 2 ** 31 - 1, d.seed)
	};
}

export interface Part extends SubProblem {
	level: ScenarioLevel;
	/** Best solution, then the alternatives found so far (candidate indexes, sorted), with their objectives. */
	solutions: { chosen: number[]; objective: number }[];
	optimal: boolean;
}

/** Split a level's candidates into independent sub-problems (components of units linked by candidates). */
function split(level: ScenarioLevel, candidates: Candidate[], mandatory: ReadonlySet<string>): Part[] {
	const parent = new Map<string, string>();
	const find = (x: string): string => {
		let r = x;
		while (parent.get(r) !== r) r = parent.get(r)!;
		parent.set(x, r);
		return r;
	};
	for (const c of candidates) for (const m of c.members) if (!parent.has(m)) parent.set(m, m);
	for (const c of candidates) {
		const a = find(c.members[0]);
		for (const m of c.members.slice(1)) {
			const b = find(m);
			if (a !== b) parent.set(b, a);
		}
	}
	const parts = new Map<string, Part>();
	for (const c of candidates) {
		const r = find(c.members[0]);
		let p = parts.get(r);
		if (!p) parts.set(r, (p = { level, candidates: [], mandatory: [], others: [], solutions: [], optimal: true }));
		p.candidates.push(c);
	}
	for (const u of [...parent.keys()].sort()) {
		const p = parts.get(find(u))!;
		(mandatory.has(u) ? p.mandatory : p.others).push(u);
	}
	return [...parts.values()].sort((a, b) => (a.candidates[0].index < b.candidates[0].index ? -1 : 1));
}

/** Solve a part, excluding its earlier solutions; null when no further solution exists (or time ran out). */
async function solvePart(
	part: Part,
	solver: LpSolver,
	seconds: number,
	seed: number,
	maxUncovered: number | null
): Promise<{ chosen: number[]; objective: number; optimal: boolean } | null> {
	let lp = writeLp(
		part,
		part.solutions.map((s) => s.chosen)
	);
	if (maxUncovered != null && part.mandatory.length) {
		// Alternatives must cover as many subject units as the best plan does.
		const terms = part.mandatory.map((_, i) => `${i ? '+ ' : ''}s${i}`);
		const lines: string[] = [];
		for (let i = 0; i < terms.length; i += 30) lines.push((i ? '  ' : ' u0: ') + terms.slice(i, i + 30).join(' '));
		lines[lines.length - 1] += ` <= ${maxUncovered}`;
		lp = lp.replace('\nBinary\n', `\n${lines.join('\n')}\nBinary\n`);
	}
	const ans = await solver.solve({ lp, timeLimitSeconds: seconds, seed });
	const has = Object.keys(ans.columns).length > 0 && ans.objective != null && Number.isFinite(ans.objective);
	if (!has || ans.status === 'Infeasible') return null;
	return {
		chosen: chosenOf(part, ans.columns).sort((a, b) => a - b),
		objective: ans.objective!,
		optimal: ans.status === 'Optimal'
	};
}

/** Plan: candidates, the programme of every sub-problem, alternatives, scores and explanations. */
export async function plan(input: PlanInput, solver: LpSolver): Promise<PlanResult> {
	const t0 = performance.now();
	const opts = plannerOptions(input.options);
	const { basis } = input;
	if (!basis.rules.phases.length) throw new Error(`rule set ${basis.rules.id} has no phases of subject units`);
	const phases: PhaseId[] = phasesOf(opts.phase);
	const progress = input.onProgress ?? (() => {});

	// What may not be touched: protected units, the kept scenario's groups and exemptions.
	const keptGroups = (input.keep?.groups ?? []).filter((g) => g.members.length >= 2);
	const blocked = new Set<string>(opts.protect);
	for (const g of keptGroups) for (const m of g.members) blocked.add(m);
	for (const x of input.keep?.exemptions ?? []) blocked.add(x.code);
	const keptMembers = new Set(keptGroups.flatMap((g) => g.members));

	// 1. Candidates, level by level.
	const levels: LevelUnits[] = [];
	const candidates: Candidate[] = [];
	for (const level of opts.levels) {
		const lu = levelUnits(basis, level, phases, blocked);
		levels.push(lu);
		candidates.push(...enumerateCandidates(basis, lu, opts, candidates.length));
	}
	progress(0.2, 'candidates');
	const tEnum = performance.now();

	// 2. Sub-problems, each solved to its best plan.
	const parts: Part[] = [];
	for (const lu of levels) {
		const mand = new Set(lu.mandatory.filter((m) => !keptMembers.has(m)));
		parts.push(
			...split(
				lu.level,
				candidates.filter((c) => c.level === lu.level && c.valid),
				mand
			)
		);
	}
	const deadline = performance.now() + opts.timeLimitSeconds * 1000;
	const left = () => Math.max(0, (deadline - performance.now()) / 1000);
	let solves = 0;
	let optimal = true;
	for (let i = 0; i < parts.length; i++) {
		const p = parts[i];
		if (left() <= 0.05) {
			optimal = false;
			p.optimal = false;
			p.solutions.push({ chosen: [], objective: p.mandatory.length * POINTS.uncovered });
			continue;
		}
		const r = await solvePart(p, solver, Math.max(0.1, left()), opts.seed, null);
		solves++;
		if (!r || !r.optimal) {
			optimal = false;
			p.optimal = false;
		}
		p.solutions.push(r ?? { chosen: [], objective: p.mandatory.length * POINTS.uncovered });
		progress(0.2 + (0.6 * (i + 1)) / parts.length, 'solve');
	}
	const tSolve = performance.now();

	// 3. Alternatives: the next-best solution of single sub-problems, cheapest first.
	const byIndex = new Map(candidates.map((c) => [c.index, c]));
	const uncoveredIn = (p: Part, chosen: number[]) => {
		const cov = new Set(chosen.flatMap((j) => byIndex.get(j)!.members));
		return p.mandatory.filter((m) => !cov.has(m)).length;
	};
	const altChoices: { part: number; sol: number }[] = [];
	if (opts.alternatives > 0) {
		const pending = new Map<number, { chosen: number[]; objective: number } | null>();
		const next = async (pi: number) => {
			const p = parts[pi];
			if (!p.optimal || left() <= 0.05) return null;
			const r = await solvePart(p, solver, Math.max(0.1, left()), opts.seed, uncoveredIn(p, p.solutions[0].chosen));
			solves++;
			return r && r.optimal ? r : null;
		};
		for (let i = 0; i < parts.length; i++) {
			if (!parts[i].candidates.length) continue;
			pending.set(i, await next(i));
		}
		while (altChoices.length < opts.alternatives) {
			let best = -1;
			for (const [pi, r] of pending) {
				if (!r) continue;
				const d = r.objective - parts[pi].solutions[0].objective;
				const bd = best < 0 ? Infinity : pending.get(best)!.objective - parts[best].solutions[0].objective;
				if (d < bd - 1e-9) best = pi;
			}
			if (best < 0) break;
			const r = pending.get(best)!;
			parts[best].solutions.push(r);
			altChoices.push({ part: best, sol: parts[best].solutions.length - 1 });
			pending.set(best, altChoices.length < opts.alternatives ? await next(best) : null);
		}
		progress(1, 'alternatives');
	}

	// 4. Plans with their scores and explanations.
	const chosenFor = (alt: { part: number; sol: number } | null) =>
		parts.flatMap((p, i) => (alt && alt.part === i ? p.solutions[alt.sol].chosen : p.solutions[0].chosen));
	const keptExempt = new Set((input.keep?.exemptions ?? []).map((x) => x.code));
	const ctx: BuildContext = {
		basis,
		opts,
		levels,
		candidates,
		parts,
		keptGroups,
		keptExempt,
		optimal,
		staffingDate: input.staffingDate
	};
	const best = buildPlan(ctx, chosenFor(null), 0, null);
	const plans: Plan[] = [best];
	altChoices.forEach((a, i) => plans.push(buildPlan(ctx, chosenFor(a), i + 1, best)));
	const t1 = performance.now();
	return {
		options: opts,
		ruleSetId: basis.rules.id,
		phases,
		plans,
		stats: {
			candidates: candidates.length,
			subProblems: parts.length,
			solves,
			enumerateMs: tEnum - t0,
			solveMs: tSolve - tEnum,
			totalMs: t1 - t0,
			status: optimal ? 'optimal' : 'time_limit'
		}
	};
}
