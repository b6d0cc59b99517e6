/**
 * Candidate groups: every connected set of adjacent units of one level, up to the maximum size, that contains at
 * least one subject unit of the chosen phase(s), never an exempted, protected or already grouped unit, and (unless
 * crossing is allowed) inside one district. Each is scored by `evaluateGroup`, the function the scenario editor
 * scores a group with, so a plan's verdicts are the editor's verdicts.
 */
import { subjectStatusOf } from '../rules/evaluate-unit.ts';
import type { PhaseId, UnitStatus } from '../rules/types.ts';
import { evaluateGroup } from '../scenario/group.ts';
import type { AdjIndex, ScenarioBasis } from '../scenario/basis.ts';
import { blankGroup } from '../scenario/content.ts';
import type { ScenarioLevel } from '../scenario/model.ts';
import type { Candidate, CostParts, PlannerOptions } from './types.ts';
import { WEIGHT_FACTOR } from './types.ts';

/** Points of the objective (documented in plan.ts; shown in words in the UI). */
export const POINTS = {
	perUnit: 10,
	per1000Residents: 1,
	meetsOne: 300,
	meetsNone: 1500,
	crossing: 200,
	compactness: 100,
	nonSubjectPartner: 30,
	/** A subject unit left uncovered. */
	uncovered: 1000
} as const;

/** The units a level's candidates are drawn from, and why others are not. */
export interface LevelUnits {
	level: ScenarioLevel;
	idx: AdjIndex | null;
	/** Subject units of the chosen phase(s) at this level, sorted. */
	mandatory: string[];
	/** Units that may be grouped (not exempted, not protected, not kept in a group), by code. */
	eligible: Set<string>;
}

/** The phases whose subject units count, for an option value. */
export function phasesOf(phase: PlannerOptions['phase']): PhaseId[] {
	return phase === 'both' ? ['2023-2025', '2026-2030'] : [phase];
}

/** Sort key of a set of codes. */
export const keyOf = (codes: readonly string[]) => [...codes].sort().join(',');

/** The subject, eligible and blocked units of one level. */
export function levelUnits(
	basis: ScenarioBasis,
	level: ScenarioLevel,
	phases: PhaseId[],
	blocked: ReadonlySet<string>
): LevelUnits {
	const wanted = new Set<UnitStatus>(phases.map(subjectStatusOf));
	const mandatory: string[] = [];
	const eligible = new Set<string>();
	for (const u of basis.ordered) {
		if (u.level !== level) continue;
		const v = basis.verdicts.get(u.code);
		if (v && wanted.has(v.status)) mandatory.push(u.code);
		if (blocked.has(u.code) || v?.status === 'exempt') continue;
		eligible.add(u.code);
	}
	mandatory.sort();
	return { level, idx: basis.adjacency[level], mandatory, eligible };
}

/** Members of a connected set bordering each other, as a share of all pairs (1 for two units). */
function density(members: readonly string[], idx: AdjIndex): number {
	if (members.length < 2) return 1;
	let e = 0;
	for (let i = 0; i < members.length; i++)
		for (let j = i + 1; j < members.length; j++) if (idx.isAdjacent(members[i], members[j])) e++;
	return e / ((members.length * (members.length - 1)) / 2);
}

const round = (x: number) => Math.round(x * 1000) / 1000;

/** Cost of a candidate in points, with its parts. */
export function costOf(
	c: Pick<Candidate, 'members' | 'mandatory' | 'meets' | 'sameParent' | 'density' | 'residentsAffected'>,
	opts: PlannerOptions
): { cost: number; parts: CostParts } {
	const parts: CostParts = {
		units: POINTS.perUnit * c.members.length,
		residents: round((POINTS.per1000Residents * WEIGHT_FACTOR[opts.residentsWeight] * c.residentsAffected) / 1000),
		standards:
			c.meets === 'both' ? 0 : c.meets === 'area' || c.meets === 'population' ? POINTS.meetsOne : POINTS.meetsNone,
		crossing: c.sameParent ? 0 : POINTS.crossing,
		compactness: round(POINTS.compactness * WEIGHT_FACTOR[opts.compactnessWeight] * (1 - c.density)),
		partners: opts.preferSubjectPartners ? POINTS.nonSubjectPartner * (c.members.length - c.mandatory.length) : 0
	};
	const cost = round(Object.values(parts).reduce((s, x) => s + x, 0));
	return { cost, parts };
}

/** Evaluate a set of codes as the editor would evaluate a group of them. */
export function evaluateCodes(basis: ScenarioBasis, level: ScenarioLevel, members: string[]) {
	const group = blankGroup('plan', level, members);
	return evaluateGroup(group, basis);
}

/**
 * Enumerate and score the candidates of one level. Connected sets are grown from each subject unit by adding one
 * eligible neighbour at a time (deduplicated by their sorted codes). A candidate that meets both standards and
 * still meets them without one of its non-subject members (staying connected) is dominated and left out: the
 * smaller group changes fewer units and covers the same subject units.
 */
export function enumerateCandidates(
	basis: ScenarioBasis,
	lu: LevelUnits,
	opts: PlannerOptions,
	startIndex = 0
): Candidate[] {
	const idx = lu.idx;
	if (!idx) return [];
	const mandatorySet = new Set(lu.mandatory);
	const parentOf = (c: string) => basis.units.get(c)?.parentCode ?? null;
	const max = Math.max(2, Math.min(6, Math.floor(opts.maxMembers)));
	const seen = new Map<string, string[]>();
	const crossAllowed = opts.crossDistrict || lu.level === 'district';
	// Breadth-first by size: every connected set of size s+1 containing a subject unit has a connected subset of
	// size s containing that unit (remove a non-cut vertex other than it), so growing from all sets of size s finds all.
	let layer: string[][] = [];
	for (const m of lu.mandatory) {
		if (!lu.eligible.has(m)) continue;
		layer.push([m]);
		seen.set(m, [m]);
	}
	const sets: string[][] = [];
	for (let size = 1; size < max && layer.length; size++) {
		const next: string[][] = [];
		for (const set of layer) {
			const p0 = parentOf(set[0]);
			for (const u of set) {
				for (const n of idx.neighbours(u)) {
					if (!lu.eligible.has(n) || set.includes(n)) continue;
					if (!crossAllowed && parentOf(n) !== p0) continue;
					const grown = [...set, n].sort();
					const k = grown.join(',');
					if (seen.has(k)) continue;
					seen.set(k, grown);
					next.push(grown);
					sets.push(grown);
				}
			}
		}
		layer = next;
	}
	sets.sort((a, b) => a.length - b.length || (a.join(',') < b.join(',') ? -1 : 1));

	// Sets known to meet both standards: evaluated, or dominated (a superset of such a set by non-subject units).
	const meetsBoth = new Set<string>();
	const out: Candidate[] = [];
	for (const members of sets) {
		const key = members.join(',');
		// Dominance is checked before evaluating: smaller sets come first, so their verdicts are known.
		if (members.length > 2) {
			const dominated = members.some(
				(p) => !mandatorySet.has(p) && meetsBoth.has(members.filter((c) => c !== p).join(','))
			);
			if (dominated) {
				meetsBoth.add(key);
				continue;
			}
		}
		const ev = evaluateCodes(basis, lu.level, members);
		const mandatory = members.filter((c) => mandatorySet.has(c));
		const base = {
			members,
			mandatory,
			meets: ev.meets,
			sameParent: ev.verdict.sameParent,
			density: density(members, idx),
			residentsAffected: ev.residentsAffected ?? 0
		};
		const { cost, parts } = costOf(base, opts);
		const cand: Candidate = {
			index: -1,
			level: lu.level,
			...base,
			valid: ev.valid && ev.contiguous !== false,
			cost,
			parts
		};
		if (!cand.valid) continue;
		if (cand.meets === 'both') meetsBoth.add(key);
		out.push(cand);
	}
	out.forEach((c, i) => (c.index = startIndex + i));
	return out;
}
