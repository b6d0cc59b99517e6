/**
 * Pieces of the merger verdict (domain.md §5): contiguity components, the specific factors of the merged unit,
 * which justification covers a new unit short of its standards, and how the combined figures measure against the
 * standard of the new unit's kind.
 */
import { terrainInForce } from '../units';
import type { UnitRecord } from '../units';
import { findStandard, provinceClassOf, reaches, reason } from './compile';
import { applyStandard } from './reductions';
import type { CompiledRuleSet, UnitFactors } from './compile';
import type {
	AppliedStandard,
	EvaluateMergerOptions,
	Meets,
	MergerJustification,
	Reason,
	RuleSet,
	RulesContext,
	UnitVerdict
} from './types';
import type { Terrain, UnitKind } from '../units';

/** Connected components of the members under an adjacency function (order of first appearance). */
export function components(
	codes: string[],
	adjacency: (a: string, b: string) => boolean | null
): { groups: string[][]; unknownPairs: [string, string][] } {
	const parent = codes.map((_, i) => i);
	const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
	const pairResult: (boolean | null)[][] = codes.map(() => []);
	for (let i = 0; i < codes.length; i++) {
		for (let j = i + 1; j < codes.length; j++) {
			const adj = adjacency(codes[i], codes[j]);
			pairResult[i][j] = adj;
			if (adj === true) parent[find(i)] = find(j);
		}
	}
	const byRoot = new Map<number, string[]>();
	for (let i = 0; i < codes.length; i++) {
		const r = find(i);
		const g = byRoot.get(r);
		if (g) g.push(codes[i]);
		else byRoot.set(r, [codes[i]]);
	}
	// Unknown pairs that could join two components: only those matter for the verdict.
	const unknownPairs: [string, string][] = [];
	for (let i = 0; i < codes.length; i++)
		for (let j = i + 1; j < codes.length; j++)
			if (pairResult[i][j] == null && find(i) !== find(j)) unknownPairs.push([codes[i], codes[j]]);
	return { groups: [...byRoot.values()], unknownPairs };
}

/**
 * Specific factors of the merged unit: on the border or in the delta if any member is (geographic facts);
 * specially difficult coastal only if every member is (a listed status that cannot be presumed to extend);
 * island only if every member is;
 * ethnic-minority share = population-weighted mean, only when every member has both figures.
 */
export function mergedFactors(members: UnitRecord[], warnings: Reason[]): UnitFactors {
	let people = 0; // persons
	let minority = 0; // persons
	let complete = members.length > 0;
	let anyShare = false;
	for (const m of members) {
		const s = m.ethnicMinorityShare;
		if (s != null && s >= 0 && s <= 1) anyShare = true;
		if (s == null || !(s >= 0 && s <= 1) || m.population == null || !(m.population >= 0)) {
			complete = false;
			continue;
		}
		people += m.population;
		minority += s * m.population;
	}
	if (!complete && anyShare) warnings.push(reason('ethnic_share_incomplete'));
	return {
		ethnicMinorityShare: complete && people > 0 ? minority / people : null,
		border: members.some((m) => m.border),
		coastalDifficult: members.length > 0 && members.every((m) => m.coastalDifficult),
		delta: members.some((m) => m.delta),
		// An island unit only when every member is on the island: a merger reaching the mainland is not one.
		island: members.length > 0 && members.every((m) => m.island)
	};
}

/**
 * Which justification covers a new unit short of its standards (domain.md §5, verify for NQ 35): (a) 3 or more
 * units merged; (b) 2 units where no further adjacent unit can be added, or 2 units with specific factors
 * (isolation: island or a recorded "isolated location"; ethnic: a mountainous member with the Art. 3a
 * ethnic-minority share; defence: on the land border or a recorded "special factors" reason); else none.
 */
export function justify(
	c: CompiledRuleSet,
	members: UnitRecord[],
	ctx: RulesContext,
	memberVerdicts: Record<string, UnitVerdict>,
	rule: NonNullable<RuleSet['merger']['threeOrMore']>,
	neighbours: EvaluateMergerOptions['neighbours']
): MergerJustification {
	const base = { factors: [], furtherAdjacent: [], verified: rule.minMembers.verified, clause: rule.citation };
	if (members.length >= rule.minMembers.value) return { ...base, code: 'three_or_more' };
	let furtherAdjacent: string[] | null = null;
	if (neighbours) {
		const inside = new Set(members.map((m) => m.code));
		const out = new Set<string>();
		for (const m of members) for (const n of neighbours(m.code)) if (!inside.has(n)) out.add(n);
		furtherAdjacent = [...out].sort();
	}
	if (furtherAdjacent && furtherAdjacent.length === 0) return { ...base, code: 'two_no_further_adjacent' };
	const factors = new Set<MergerJustification['factors'][number]>();
	const minShare = c.reductions?.minShare;
	for (const m of members) {
		const recorded = memberVerdicts[m.code]?.exemption;
		if (m.island) factors.add('island');
		if (recorded?.kind === 'recorded' && recorded.reasonCode === 'isolated_location') factors.add('isolated');
		const share = m.ethnicMinorityShare;
		if (minShare != null && share != null && share >= minShare && terrainInForce(m, ctx).terrain === 'mountainous')
			factors.add('ethnic_minority');
		if (m.border) factors.add('border');
		if (recorded?.kind === 'recorded' && recorded.reasonCode === 'special_factors') factors.add('defence_or_special');
	}
	if (factors.size) return { ...base, code: 'two_specific_factors', factors: [...factors] };
	if (furtherAdjacent) return { ...base, code: 'none', furtherAdjacent };
	return { ...base, code: 'undetermined' };
}

export interface Assessment {
	standardId: string | null;
	standards: { population: AppliedStandard; area: AppliedStandard } | null;
	required: { area: number; population: number } | null; // ratios of the standard
	requiredKeys: string[];
	requiredVerified: boolean;
	ratios: { area: number | null; population: number | null };
	meets: Meets | null;
	shortfall: { areaKm2: number | null; population: number | null };
	problem: 'no_standard' | 'parent_kind_missing' | null;
}

/** Assess combined figures against the standard of a kind (with the merged unit's factors and the required ratios). */
export function assess(
	c: CompiledRuleSet,
	ctx: RulesContext,
	kind: UnitKind,
	terrain: Terrain,
	parentKind: UnitKind | undefined,
	factors: UnitFactors,
	areaKm2: number | null,
	population: number | null
): Assessment {
	const pc = c.usesProvinceClass ? provinceClassOf(ctx).value : undefined;
	const found = findStandard(c, kind, terrain, parentKind, pc, factors.island);
	if (!found.row) {
		return {
			standardId: null,
			standards: null,
			required: null,
			requiredKeys: [],
			requiredVerified: true,
			ratios: { area: null, population: null },
			meets: null,
			shortfall: { areaKm2: null, population: null },
			problem: found.problem
		};
	}
	const std = applyStandard(c, found.row, terrain, factors);
	const req = c.requiredByKindTerrain.get(`${kind}|${terrain}`) ?? c.requiredByKindTerrain.get(`${kind}|any`);
	const reqArea = req ? req.area : 1; // ratio of the area standard
	const reqPop = req ? req.population : 1; // ratio of the population standard
	// The standard in force for a new unit is the reduced one (Art. 3a is part of the standard itself).
	const a = areaKm2 == null ? null : areaKm2 / std.area.effective;
	const p = population == null ? null : population / std.population.effective;
	const areaOk = a == null ? null : reaches(a, reqArea);
	const popOk = p == null ? null : reaches(p, reqPop);
	let meets: Meets | null = null;
	if (areaOk != null && popOk != null)
		meets = areaOk && popOk ? 'both' : areaOk ? 'area' : popOk ? 'population' : 'none';
	return {
		standardId: found.row.id,
		standards: std,
		required: { area: reqArea, population: reqPop },
		requiredKeys: req ? req.keys : [],
		requiredVerified: req ? req.verified : true,
		ratios: { area: a, population: p },
		meets,
		shortfall: {
			areaKm2: areaKm2 == null ? null : Math.max(0, reqArea * std.area.effective - areaKm2),
			population: population == null ? null : Math.max(0, reqPop * std.population.effective - population)
		},
		problem: null
	};
}
