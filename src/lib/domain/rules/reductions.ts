/**
 * The reductions of a standard for a unit's specific factors (NQ 1211 Art. 3a; island units; NQ 112) and the
 * standards as applied to a unit: one reduction per standard, never stacked, the more favourable one kept.
 */
import { clean } from './compile';
import type { CompiledRuleSet, UnitFactors } from './compile';
import type { AppliedReduction, AppliedStandard, ReductionFactor, StandardRow } from './types';
import type { Terrain } from '../units';

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
	// The standard that applies: the row's value, or the reduction's share of its basis when one applies.
	const applied = (criterion: 'population' | 'area'): AppliedStandard => {
		const v = row[criterion];
		const r = red[criterion];
		return {
			key: v.key,
			base: v.value,
			effective: r ? clean(r.basis * r.percent) : v.value,
			reduction: r,
			verified: v.verified,
			overridden: v.overridden === true,
			citation: row.citation
		};
	};
	return { population: applied('population'), area: applied('area') };
}
