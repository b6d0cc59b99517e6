/**
 * Verdict on one unit (domain.md §3, §4): which standard applies, its reductions, the ratios, the phase the unit is
 * subject in, and its exemption. Pure function over plain data; lookups are precomputed per rule set (compile.ts).
 */
import { LEVEL_OF_KIND, effectiveArea, terrainInForce } from '../units';
import type { Level, UnitRecord } from '../units';
import { compile, findStandard, isBelow, provinceClassOf, reaches, reason } from './compile';
import { applyStandard } from './reductions';
import { areaDifferenceCheck } from './data-checks';
import type { CompiledPhase, UnitFactors } from './compile';
import type {
	AppliedStandard,
	Citation,
	Criterion,
	EvaluateUnitOptions,
	Meets,
	PhaseId,
	Reason,
	RuleSet,
	RulesContext,
	UnitStatus,
	UnitVerdict,
	VerdictExemption,
	VerdictLines
} from './types';

/** Status of a unit subject in a phase. */
export function subjectStatusOf(phase: PhaseId): UnitStatus {
	return phase === '2023-2025' ? 'subject_2023_2025' : 'subject_2026_2030';
}

/** A figure is usable when it is a finite, non-negative number (area must be > 0 km²). */
function usable(x: number | null, positive: boolean): number | null {
	if (x == null || !Number.isFinite(x)) return null;
	if (x < 0 || (positive && x === 0)) return null;
	return x;
}

/** Result of testing one phase: matched criteria, or undecided because a figure is missing. */
interface PhaseTest {
	matched: Criterion[] | null;
	undecided: boolean;
}

// Shared results for the common outcomes, so that testing a phase allocates nothing unless a criterion matches.
const NO_MATCH: PhaseTest = Object.freeze({ matched: null, undecided: false });
const UNDECIDED: PhaseTest = Object.freeze({ matched: null, undecided: true });

function testPhase(cp: CompiledPhase, level: Level, a: number | null, p: number | null): PhaseTest {
	let matched: Criterion[] | null = null;
	let undecided = false;
	const list = cp.byLevel[level];
	for (let i = 0; i < list.length; i++) {
		const cr = list[i];
		// Three-valued: a criterion is false as soon as one known ratio is not below its threshold.
		const aBelow = a == null ? null : isBelow(a, cr.areaBelow.value);
		const pBelow = p == null ? null : isBelow(p, cr.populationBelow.value);
		if (aBelow === false || pBelow === false) continue;
		if (aBelow === true && pBelow === true) (matched ??= []).push(cr);
		else undecided = true;
	}
	if (matched) return { matched, undecided };
	return undecided ? UNDECIDED : NO_MATCH;
}

/** Evaluate one unit under a rule set: status, phase, criterion, standards, ratios, exemption, reasons and warnings. */
export function evaluateUnit(
	unit: UnitRecord,
	ctx: RulesContext,
	rules: RuleSet,
	opts: EvaluateUnitOptions = {}
): UnitVerdict {
	const c = compile(rules);
	const reasons: Reason[] = [];
	const warnings: Reason[] = [];
	const t = terrainInForce(unit, ctx);
	const level: Level | null = LEVEL_OF_KIND[unit.kind] ?? null;

	// --- Figures and data warnings -------------------------------------------------------------------------------
	const population = usable(unit.population, false); // persons
	if (unit.population == null) warnings.push(reason('population_missing'));
	else if (population == null) warnings.push(reason('population_invalid', { value: unit.population }));
	const eff = effectiveArea(unit);
	const areaKm2 = usable(eff.km2, true); // km²
	if (eff.km2 == null) warnings.push(reason('area_missing'));
	else if (areaKm2 == null) warnings.push(reason('area_invalid', { value: eff.km2, source: eff.source }));
	const diff = areaDifferenceCheck(unit, rules); // ratio, signed: (computed − official) / official
	if (diff.flagged) {
		warnings.push(
			reason('area_difference', {
				officialKm2: unit.areaOfficialKm2,
				computedKm2: unit.areaComputedKm2,
				difference: diff.difference,
				threshold: diff.threshold
			})
		);
	}
	let share = unit.ethnicMinorityShare; // 0..1
	if (share != null && !(share >= 0 && share <= 1)) {
		warnings.push(reason('ethnic_share_out_of_range', { value: share }));
		share = null;
	}

	const verdict: UnitVerdict = {
		unitCode: unit.code,
		ruleSetId: rules.id,
		status: 'not_subject',
		phase: null,
		criterion: null,
		matchedCriteria: [],
		clause: null,
		lines: null,
		level,
		kind: unit.kind,
		terrain: { value: t.terrain, source: t.source },
		standardId: null,
		standards: null,
		ratioBasis: c.againstReduced ? 'reduced' : 'base',
		ratios: { area: null, population: null },
		areaUsed: { km2: areaKm2, source: areaKm2 == null ? null : eff.source },
		population,
		exemption: null,
		meets: null,
		reasons,
		warnings
	};

	if (level == null) {
		warnings.push(reason('unknown_kind', { kind: unit.kind }));
		verdict.status = 'missing_data';
		return verdict;
	}
	if (unit.level !== level) warnings.push(reason('level_kind_mismatch', { level: unit.level, kind: unit.kind }));

	// --- Standard of the unit's own kind and terrain -------------------------------------------------------------
	const pc = c.usesProvinceClass ? provinceClassOf(ctx).value : undefined;
	const found = findStandard(c, unit.kind, t.terrain, opts.parentKind, pc, unit.island);
	if (!found.row) {
		if (found.problem === 'parent_kind_missing') {
			warnings.push(reason('parent_kind_missing', { kind: unit.kind }));
			verdict.status = 'missing_data';
		} else if (!c.rules.merger.levels.includes(level)) {
			warnings.push(reason('level_not_in_rule_set', { level, ruleSetId: rules.id }));
		} else {
			warnings.push(reason('no_standard_for_kind', { kind: unit.kind, parentKind: opts.parentKind ?? null }));
		}
		return verdict;
	}
	const row = found.row;
	verdict.standardId = row.id;
	const factors: UnitFactors = {
		ethnicMinorityShare: share,
		border: unit.border,
		coastalDifficult: unit.coastalDifficult,
		delta: unit.delta,
		island: unit.island
	};
	const std = applyStandard(c, row, t.terrain, factors);
	verdict.standards = std;
	if (std.population.reduction) reasons.push(std.population.reduction.why);
	if (std.area.reduction) reasons.push(std.area.reduction.why);
	if (!c.againstReduced && (std.population.reduction || std.area.reduction))
		reasons.push(reason('percentages_against_base'));
	const stdArea = c.againstReduced ? std.area.effective : std.area.base; // km²
	const stdPop = c.againstReduced ? std.population.effective : std.population.base; // persons
	const a = areaKm2 == null ? null : areaKm2 / stdArea; // ratio, unrounded
	const p = population == null ? null : population / stdPop; // ratio, unrounded
	verdict.ratios = { area: a, population: p };

	// --- Sub-unit counts: information only (not an NQ 35 criterion) ---------------------------------------------
	const sub = c.subUnitsByKind.get(unit.kind);
	if (sub && opts.childCount != null) {
		reasons.push(
			reason(
				'subunit_count',
				{ count: opts.childCount, min: sub.min.value, met: opts.childCount >= sub.min.value },
				sub.citation
			)
		);
		if (sub.requiresChildKind && opts.hasThiTranChild === false) {
			reasons.push(reason('subunit_kind_missing', { childKind: sub.requiresChildKind }, sub.citation));
		}
	}

	// --- Phases --------------------------------------------------------------------------------------------------
	if (c.phases.length === 0) {
		// No "subject when" criteria (NQ 76, NQ 112): the unit is shown against its (reduced) standards.
		reasons.push(reason('no_unit_criteria', { ruleSetId: rules.id }));
		const areaOk = a == null ? null : reaches(a, 1);
		const popOk = p == null ? null : reaches(p, 1);
		let meets: Meets | null = null;
		if (areaOk != null && popOk != null)
			meets = areaOk && popOk ? 'both' : areaOk ? 'area' : popOk ? 'population' : 'none';
		verdict.meets = meets;
		if (meets) reasons.push(reason('unit_meets_standards', { meets, areaRatio: a, populationRatio: p }, row.citation));
		addUnverified(reasons, std.population, std.area, null);
		return verdict;
	}
	if (!c.levelsInScope.has(level)) {
		reasons.push(reason('level_not_in_scope', { level }));
		return verdict;
	}
	// The reference lines until a criterion matches: the first criterion of this level in the first phase.
	const ref = c.phases.map((cp) => ({ cp, cr: cp.byLevel[level][0] })).find((x) => x.cr);
	if (ref) verdict.lines = linesOf(ref.cp.phase.id, ref.cr, false);
	let subjectPhase: CompiledPhase | null = null;
	let matched: Criterion[] = [];
	for (const cp of c.phases) {
		const test = testPhase(cp, level, a, p);
		if (test.matched) {
			subjectPhase = cp;
			matched = test.matched;
			break;
		}
		if (test.undecided) {
			// A missing figure leaves this phase open, so later phases cannot be decided either.
			const missing: string[] = [];
			if (a == null) missing.push('area');
			if (p == null) missing.push('population');
			verdict.status = 'missing_data';
			reasons.push(reason('undetermined', { phase: cp.phase.id, missing }));
			addUnverified(reasons, std.population, std.area, null);
			return verdict;
		}
	}

	if (!subjectPhase) {
		verdict.status = 'not_subject';
		reasons.push(reason('not_subject', { areaRatio: a, populationRatio: p }));
		if (opts.exemption) reasons.push(reason('exemption_not_needed', { reasonCode: opts.exemption.reasonCode }));
		addUnverified(reasons, std.population, std.area, null);
		return verdict;
	}

	const phase = subjectPhase.phase;
	const first = matched[0];
	verdict.status = subjectStatusOf(phase.id);
	verdict.phase = phase.id;
	verdict.criterion = first.id;
	verdict.matchedCriteria = matched.map((m) => m.id);
	verdict.clause = first.citation;
	verdict.lines = linesOf(phase.id, first, true);
	for (const m of matched) {
		reasons.push(
			reason(
				'criterion_met',
				{
					phase: phase.id,
					criterion: m.id,
					areaRatio: a,
					populationRatio: p,
					areaBelow: m.areaBelow.value,
					populationBelow: m.populationBelow.value
				},
				m.citation
			)
		);
	}
	if (phase.status.code !== 'in_force') {
		reasons.push(
			reason('phase_halted', {
				phase: phase.id,
				since: phase.status.since ?? null,
				replacedBy: phase.status.replacedBy ?? null
			})
		);
	}
	addUnverified(reasons, std.population, std.area, first);

	// --- Exemptions: automatic by law first (Art. 3.2 / 3.3), then a recorded reason (Art. 3.1) ----------------------
	const period = unit.lastArrangedPeriod;
	if (period && phase.autoExempt.periods.includes(period)) {
		verdict.exemption = exemptionOf(
			'automatic',
			phase.autoExempt.reasonCode,
			null,
			phase.id,
			period,
			phase.autoExempt.citation
		);
		verdict.status = 'exempt';
		reasons.push(
			reason(
				'auto_exempt',
				{ phase: phase.id, period, reasonCode: phase.autoExempt.reasonCode },
				phase.autoExempt.citation
			)
		);
	} else if (opts.exemption) {
		const def = c.exemptionByCode.get(opts.exemption.reasonCode);
		if (!def) {
			warnings.push(reason('unknown_exemption_reason', { reasonCode: opts.exemption.reasonCode }));
		} else {
			const justification = opts.exemption.justification?.trim() ?? '';
			verdict.exemption = exemptionOf('recorded', def.code, justification || null, phase.id, null, def.citation);
			verdict.status = 'exempt';
			reasons.push(
				reason('recorded_exemption', { phase: phase.id, reasonCode: def.code, justification }, def.citation)
			);
			if (!justification) warnings.push(reason('exemption_justification_missing', { reasonCode: def.code }));
		}
	}
	return verdict;
}

function linesOf(phase: PhaseId, cr: Criterion, matched: boolean): VerdictLines {
	return {
		phase,
		criterion: cr.id,
		areaBelow: cr.areaBelow.value,
		populationBelow: cr.populationBelow.value,
		clause: cr.citation,
		matched
	};
}

function exemptionOf(
	kind: VerdictExemption['kind'],
	reasonCode: string,
	justification: string | null,
	phase: PhaseId,
	period: VerdictExemption['period'],
	clause: Citation
): VerdictExemption {
	return { kind, reasonCode, justification, phase, period, clause };
}

/** Record, as information, which values behind the verdict are still marked *(verify)* (only when there are some). */
export function addUnverified(
	reasons: Reason[],
	pop: AppliedStandard,
	area: AppliedStandard,
	cr: Criterion | null,
	extra: string[] = []
): void {
	const keys: string[] = [];
	if (!pop.verified) keys.push(pop.key);
	if (!area.verified) keys.push(area.key);
	for (const red of [pop.reduction, area.reduction])
		if (red && !red.verified && !keys.includes(red.valueKey)) keys.push(red.valueKey);
	if (cr && !cr.areaBelow.verified) keys.push(cr.areaBelow.key);
	if (cr && !cr.populationBelow.verified) keys.push(cr.populationBelow.key);
	keys.push(...extra);
	if (keys.length) reasons.push(reason('uses_unverified_values', { keys }));
}
