/**
 * Per-rule-set precomputation (lookups built once, cached by rule set object) and the pieces of arithmetic shared by
 * the unit and merger evaluators: standard lookup, Art. 3a reductions, strict "below" comparisons.
 */
import type { Level, Terrain, UnitKind } from '../units';
import type {
	Citation,
	Criterion,
	ExemptionReason,
	Phase,
	ProvinceClass,
	Reason,
	RuleSet,
	RulesContext,
	StandardRow,
	SubUnitCountRule
} from './types';

/**
 * Tolerance for comparing ratios: relative 1e-12. Floating division can turn an exact 70 % into 0.6999999999999999;
 * the law says exactly 70 % is not below 70 %, so differences this small count as equal. It is far below any
 * meaningful difference (one person in a trillion), so it is not a rounding of the figures.
 */
const REL_EPS = 1e-12;

/** True when a and b are equal up to floating-point noise. */
export function nearlyEqual(a: number, b: number): boolean {
	return Math.abs(a - b) <= REL_EPS * Math.max(1, Math.abs(a), Math.abs(b));
}

/** Strict "below" of the law: exactly the threshold is not below. */
export function isBelow(value: number, threshold: number): boolean {
	return value < threshold && !nearlyEqual(value, threshold);
}

/** "Reaches" (≥) with the same tolerance. */
export function reaches(value: number, threshold: number): boolean {
	return value >= threshold || nearlyEqual(value, threshold);
}

/** Remove floating noise from a computed standard (persons, km², ratios): 1e-9 is far below any legal precision. */
export function clean(x: number): number {
	return Math.round(x * 1e9) / 1e9;
}

/** Specific factors of a unit (or of a merged unit) that may reduce its standards. */
export interface UnitFactors {
	ethnicMinorityShare: number | null; // 0..1
	border: boolean;
	coastalDifficult: boolean;
	delta: boolean;
	island: boolean;
}

interface CompiledReductions {
	appliesTo: Set<UnitKind>;
	minShare: number; // ratio
	basePercent: number; // ratio
	stepShare: number; // ratio
	stepPercent: number; // ratio
	floorPercent: number; // ratio
	ethnicCitation: Citation;
	coastalPercent: number; // ratio
	coastalKinds: Set<UnitKind>;
	coastalCitation: Citation;
	/** Population standard the coastal percentage is taken of (persons; Art. 3.1.b), null = the unit's own. */
	coastalBasis: { id: string; population: number; citation: Citation } | null;
	deltaPercent: number; // ratio
	deltaCitation: Citation;
	island: { percent: number; kinds: Set<UnitKind>; citation: Citation; key: string; verified: boolean } | null;
	/** Key and verified flag of each percentage value (ethnic/border, coastal, delta). */
	keys: Record<'ethnic' | 'coastal' | 'delta', { key: string; verified: boolean }>;
}

export interface CompiledPhase {
	phase: Phase;
	byLevel: Record<Level, Criterion[]>;
}

/** Result of looking up the standard of a kind. */
export type StandardLookup =
	{ row: StandardRow; problem: null } | { row: null; problem: 'no_standard' | 'parent_kind_missing' };

/** Lookups of one rule set, built once. */
export interface CompiledRuleSet {
	rules: RuleSet;
	byKind: Map<UnitKind, StandardRow[]>;
	/** Fast path for kinds whose rows depend on terrain only (all but phường): kind → terrain → lookup. */
	byKindTerrain: Map<UnitKind, Record<Terrain, StandardLookup>>;
	lookupCache: Map<string, StandardLookup>;
	reductions: CompiledReductions | null;
	againstReduced: boolean;
	phases: CompiledPhase[];
	/** Levels for which at least one phase has criteria. */
	levelsInScope: Set<Level>;
	exemptionByCode: Map<string, ExemptionReason>;
	subUnitsByKind: Map<UnitKind, SubUnitCountRule>;
	requiredByKindTerrain: Map<
		string,
		{ area: number; population: number; keys: string[]; verified: boolean; citation: Citation }
	>;
	usesProvinceClass: boolean;
}

const cache = new WeakMap<RuleSet, CompiledRuleSet>();

/** Precompute the lookups of a rule set (cached per rule set object; rule sets are treated as immutable). */
export function compile(rules: RuleSet): CompiledRuleSet {
	const hit = cache.get(rules);
	if (hit) return hit;
	const byKind = new Map<UnitKind, StandardRow[]>();
	for (const row of rules.standards) {
		const list = byKind.get(row.kind);
		if (list) list.push(row);
		else byKind.set(row.kind, [row]);
	}
	const r = rules.reductions;
	const reductions: CompiledReductions | null = r
		? {
				appliesTo: new Set(r.appliesToKinds),
				minShare: r.ethnicOrBorder.minShare.value,
				basePercent: r.ethnicOrBorder.basePercent.value,
				stepShare: r.ethnicOrBorder.stepShare.value,
				stepPercent: r.ethnicOrBorder.stepPercent.value,
				floorPercent: r.ethnicOrBorder.floorPercent.value,
				ethnicCitation: r.ethnicOrBorder.citation,
				coastalPercent: r.coastalDifficult.percent.value,
				coastalKinds: new Set(r.coastalDifficult.appliesToKinds),
				coastalCitation: r.coastalDifficult.citation,
				coastalBasis: coastalBasisOf(rules),
				deltaPercent: r.deltaArea.percent.value,
				deltaCitation: r.deltaArea.citation,
				island: r.island
					? {
							percent: r.island.percent.value,
							kinds: new Set(r.island.appliesToKinds),
							citation: r.island.citation,
							key: r.island.percent.key,
							verified: r.island.percent.verified
						}
					: null,
				keys: {
					ethnic: {
						key: r.ethnicOrBorder.basePercent.key,
						verified: r.ethnicOrBorder.basePercent.verified && r.ethnicOrBorder.minShare.verified
					},
					coastal: { key: r.coastalDifficult.percent.key, verified: r.coastalDifficult.percent.verified },
					delta: { key: r.deltaArea.percent.key, verified: r.deltaArea.percent.verified }
				}
			}
		: null;
	const phases: CompiledPhase[] = rules.phases.map((phase) => ({
		phase,
		byLevel: {
			province: phase.criteria.filter((c) => c.levels.includes('province')),
			district: phase.criteria.filter((c) => c.levels.includes('district')),
			commune: phase.criteria.filter((c) => c.levels.includes('commune'))
		}
	}));
	const levelsInScope = new Set<Level>();
	for (const p of phases)
		for (const lv of ['province', 'district', 'commune'] as Level[]) if (p.byLevel[lv].length) levelsInScope.add(lv);
	const requiredByKindTerrain = new Map<
		string,
		{ area: number; population: number; keys: string[]; verified: boolean; citation: Citation }
	>();
	for (const q of rules.merger.required) {
		requiredByKindTerrain.set(`${q.kind}|${q.terrain}`, {
			area: q.area.value,
			population: q.population.value,
			keys: [q.area.key, q.population.key],
			verified: q.area.verified && q.population.verified,
			citation: q.citation
		});
	}
	const compiled: CompiledRuleSet = {
		rules,
		byKind,
		byKindTerrain: new Map(),
		lookupCache: new Map(),
		reductions,
		againstReduced: r ? r.percentagesAgainstReduced.value : true,
		phases,
		levelsInScope,
		exemptionByCode: new Map(rules.exemptionReasons.map((e) => [e.code, e])),
		subUnitsByKind: new Map(rules.subUnitCounts.map((s) => [s.kind, s])),
		requiredByKindTerrain,
		usesProvinceClass: rules.standards.some((s) => s.provinceClass != null)
	};
	for (const [kind, rows] of byKind) {
		if (rows.some((r) => r.parentKinds || r.provinceClass || r.island)) continue;
		compiled.byKindTerrain.set(kind, {
			mountainous: findStandard(compiled, kind, 'mountainous', undefined, undefined, false),
			other: findStandard(compiled, kind, 'other', undefined, undefined, false)
		});
	}
	cache.set(rules, compiled);
	return compiled;
}

/** GSO codes of centrally-run cities (Huế since 1 Jan 2025), used only to infer the NQ 76 ward class. */
const CENTRAL_CITY_CODES = new Set(['01', '31', '46', '48', '79', '92']);

/** Province class for the NQ 76 ward standard: given by the dataset, else inferred (and then flagged by checkDataset). */
export function provinceClassOf(ctx: RulesContext): { value: ProvinceClass; inferred: boolean } {
	if (ctx.provinceClass) return { value: ctx.provinceClass, inferred: false };
	if (CENTRAL_CITY_CODES.has(ctx.provinceCode)) return { value: 'central_city', inferred: true };
	return { value: ctx.defaultTerrain === 'mountainous' ? 'mountainous_or_border' : 'other', inferred: true };
}

/** The population standard the coastal reduction is taken of, when the rule set names one (NQ 1211 Art. 3.1.b). */
function coastalBasisOf(rules: RuleSet): CompiledReductions['coastalBasis'] {
	const cd = rules.reductions?.coastalDifficult;
	if (!cd?.basisStandardId) return null;
	const row = rules.standards.find((s) => s.id === cd.basisStandardId);
	return row ? { id: row.id, population: row.population.value, citation: cd.basisCitation ?? row.citation } : null;
}

/**
 * Find the standard row of a kind for a terrain, parent kind (phường, NQ 35), province class (phường, NQ 76) and
 * island status (NQ 112 island commune: an island unit takes an island row of its kind when there is one).
 */
export function findStandard(
	c: CompiledRuleSet,
	kind: UnitKind,
	terrain: Terrain,
	parentKind: UnitKind | undefined,
	provinceClass: ProvinceClass | undefined,
	island: boolean
): StandardLookup {
	const fast = c.byKindTerrain.get(kind);
	if (fast) return fast[terrain];
	const cacheKey = `${kind}|${terrain}|${parentKind ?? ''}|${provinceClass ?? ''}|${island ? 'i' : ''}`;
	const hit = c.lookupCache.get(cacheKey);
	if (hit) return hit;
	const all = c.byKind.get(kind);
	// Island rows first for an island unit; never for a mainland one.
	const rows = all && (island ? [...all.filter((r) => r.island), ...all.filter((r) => !r.island)] : all);
	let result: StandardLookup = { row: null, problem: 'no_standard' };
	if (rows) {
		let needsParent = false;
		for (const row of rows) {
			if (row.island && !island) continue;
			if (row.terrain !== 'any' && row.terrain !== terrain) continue;
			if (row.parentKinds) {
				if (parentKind === undefined) {
					needsParent = true;
					continue;
				}
				if (!row.parentKinds.includes(parentKind)) continue;
			}
			if (row.provinceClass && row.provinceClass !== provinceClass) continue;
			result = { row, problem: null };
			break;
		}
		if (!result.row && needsParent) result = { row: null, problem: 'parent_kind_missing' };
	}
	c.lookupCache.set(cacheKey, result);
	return result;
}

/** Shorthand for a reason. */
export function reason(code: string, params: Record<string, unknown> = {}, clause?: Citation): Reason {
	return clause ? { code, params, clause } : { code, params };
}
