/**
 * Per-rule-set precomputation (lookups built once, cached by rule set object) and the pieces of arithmetic shared by
 * the unit and merger evaluators: standard lookup, Art. 3a reductions, strict "below" comparisons.
 */
import type { Level, Terrain, UnitKind } from '../units';
import type {
	AppliedReduction,
	AppliedStandard,
	Citation,
	Criterion,
	ExemptionReason,
	Phase,
	ProvinceClass,
	Reason,
	ReductionFactor,
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
function clean(x: number): number {
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

/**
 * The single reduction of each standard (NQ 1211 Art. 3a; island units): never stacked; when two factors reduce
 * the same standard the more favourable one (lower resulting standard) applies; Art. 3a is for rural kinds only.
 */
export function computeReductions(
	c: CompiledRuleSet,
	row: StandardRow,
	terrain: Terrain,
	f: UnitFactors
): { population: AppliedReduction | null; area: AppliedReduction | null } {
	const r = c.reductions;
	if (!r) return NO_REDUCTION;
	const kind = row.kind;
	const basePop = row.population.value; // persons
	const baseArea = row.area.value; // km²
	let population: AppliedReduction | null = null;
	let area: AppliedReduction | null = null;
	/** Keep the candidate when it gives a lower standard than the one kept so far. */
	const better = (kept: AppliedReduction | null, cand: AppliedReduction) =>
		!kept || cand.basis * cand.percent < kept.basis * kept.percent;
	if (r.appliesTo.has(kind)) {
		const share = f.ethnicMinorityShare;
		const ethnicQualifies = terrain === 'mountainous' && share != null && share >= r.minShare;
		if (ethnicQualifies || f.border) {
			// Whole steps of further share only: 39.9 % → 0 steps, 40 % → 1 step. The 1e-9 absorbs float noise
			// such as (0.7 − 0.3) / 0.1 = 3.9999999999999996.
			const steps = share != null && share >= r.minShare ? Math.floor((share - r.minShare) / r.stepShare + 1e-9) : 0;
			const percent = clean(Math.max(r.floorPercent, r.basePercent - steps * r.stepPercent));
			const factor: ReductionFactor = ethnicQualifies ? 'ethnic_minority' : 'border';
			population = {
				factor,
				percent,
				basis: basePop,
				basisStandardId: null,
				valueKey: r.keys.ethnic.key,
				verified: r.keys.ethnic.verified,
				clause: r.ethnicCitation,
				why: {
					code: 'reduction_ethnic_border',
					params: { factor, share, steps, percent, border: f.border, mountainous: terrain === 'mountainous' },
					clause: r.ethnicCitation
				}
			};
		}
		if (f.coastalDifficult && r.coastalKinds.has(kind)) {
			const basis = r.coastalBasis; // the xã standard of Art. 3.1.b whatever the terrain, or the unit's own
			const cand: AppliedReduction = {
				factor: 'coastal_difficult',
				percent: r.coastalPercent,
				basis: basis ? basis.population : basePop,
				basisStandardId: basis ? basis.id : null,
				valueKey: r.keys.coastal.key,
				verified: r.keys.coastal.verified,
				clause: r.coastalCitation,
				why: {
					code: 'reduction_coastal_difficult',
					params: {
						percent: r.coastalPercent,
						basis: basis ? basis.population : basePop,
						basisStandardId: basis?.id ?? null,
						basisClause: basis?.citation ?? null
					},
					clause: r.coastalCitation
				}
			};
			if (better(population, cand)) population = cand;
		}
		if (f.delta) {
			area = {
				factor: 'delta',
				percent: r.deltaPercent,
				basis: baseArea,
				basisStandardId: null,
				valueKey: r.keys.delta.key,
				verified: r.keys.delta.verified,
				clause: r.deltaCitation,
				why: { code: 'reduction_delta', params: { percent: r.deltaPercent }, clause: r.deltaCitation }
			};
		}
	}
	const isl = r.island;
	if (f.island && isl && isl.kinds.has(kind)) {
		const mk = (basis: number): AppliedReduction => ({
			factor: 'island',
			percent: isl.percent,
			basis,
			basisStandardId: null,
			valueKey: isl.key,
			verified: isl.verified,
			clause: isl.citation,
			why: { code: 'reduction_island', params: { percent: isl.percent, kind }, clause: isl.citation }
		});
		const p = mk(basePop);
		if (better(population, p)) population = p;
		const a = mk(baseArea);
		if (better(area, a)) area = a;
	}
	return population || area ? { population, area } : NO_REDUCTION;
}

const NO_REDUCTION = Object.freeze({ population: null, area: null });

/** The standards of a row as applied to a unit with the given factors: base and effective values. */
export function applyStandard(
	c: CompiledRuleSet,
	row: StandardRow,
	terrain: Terrain,
	f: UnitFactors
): { population: AppliedStandard; area: AppliedStandard } {
	const red = computeReductions(c, row, terrain, f);
	// Most units get no reduction: share one frozen result per standard row instead of allocating one per unit
	// (10,000 units are evaluated on every edit; allocation, not arithmetic, was the cost).
	if (!red.population && !red.area) {
		let cache = PLAIN_STANDARDS.get(c);
		if (!cache) PLAIN_STANDARDS.set(c, (cache = new Map()));
		let hit = cache.get(row);
		if (!hit) cache.set(row, (hit = deepFreezeApplied(buildApplied(row, red))));
		return hit;
	}
	return buildApplied(row, red);
}

const PLAIN_STANDARDS = new WeakMap<
	CompiledRuleSet,
	Map<StandardRow, { population: AppliedStandard; area: AppliedStandard }>
>();

function deepFreezeApplied<T extends { population: AppliedStandard; area: AppliedStandard }>(x: T): T {
	Object.freeze(x.population);
	Object.freeze(x.area);
	return Object.freeze(x);
}

function buildApplied(
	row: StandardRow,
	red: ReturnType<typeof computeReductions>
): { population: AppliedStandard; area: AppliedStandard } {
	return {
		population: {
			key: row.population.key,
			base: row.population.value,
			effective: red.population ? clean(red.population.basis * red.population.percent) : row.population.value,
			reduction: red.population,
			verified: row.population.verified,
			overridden: row.population.overridden === true,
			citation: row.citation
		},
		area: {
			key: row.area.key,
			base: row.area.value,
			effective: red.area ? clean(red.area.basis * red.area.percent) : row.area.value,
			reduction: red.area,
			verified: row.area.verified,
			overridden: row.area.overridden === true,
			citation: row.citation
		}
	};
}

/** Shorthand for a reason. */
export function reason(code: string, params: Record<string, unknown> = {}, clause?: Citation): Reason {
	return clause ? { code, params, clause } : { code, params };
}
