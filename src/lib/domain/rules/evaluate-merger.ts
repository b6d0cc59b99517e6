/**
 * Verdict on a proposed merger (domain.md §5; NQ 76 rules of §8): combined figures, kind of the new unit, whether
 * it meets its standards, members' roles, same level / same parent / contiguity checks, name and kept code.
 * Reports, never blocks: errors make `valid` false but the verdict is still complete.
 */
import { LEVEL_OF_KIND, foldVietnamese, terrainInForce } from '../units';
import type { Level, UnitKind, UnitRecord } from '../units';
import { compile, reason } from './compile';
import { addUnverified, evaluateUnit, subjectStatusOf } from './evaluate-unit';
import { assess, components, justify, mergedFactors, type Assessment } from './merger-parts';
import type {
	EvaluateMergerOptions,
	MergerJustification,
	MergerRole,
	MergerVerdict,
	PhaseId,
	Reason,
	RuleSet,
	RulesContext,
	UnitVerdict
} from './types';

/** Urban kinds in order of precedence when members of several urban kinds are merged with rural ones. */
const URBAN_PRECEDENCE: Record<Level, UnitKind[]> = {
	province: [],
	district: ['thanh_pho_thuoc_tp', 'thanh_pho', 'quan', 'thi_xa'],
	commune: ['phuong', 'thi_tran']
};
const RURAL_KIND: Record<Level, UnitKind> = { province: 'tinh', district: 'huyen', commune: 'xa' };

/** Evaluate a proposed merger of units into one new unit under a rule set. */
export function evaluateMerger(
	members: UnitRecord[],
	ctx: RulesContext,
	rules: RuleSet,
	opts: EvaluateMergerOptions = {}
): MergerVerdict {
	const c = compile(rules);
	const reasons: Reason[] = [];
	const warnings: Reason[] = [];
	const errors: Reason[] = [];
	const codes = members.map((m) => m.code);
	const byCode = new Map(members.map((m) => [m.code, m]));

	// --- Membership and level -------------------------------------------------------------------------------------
	if (members.length < 2) errors.push(reason('too_few_members', { count: members.length }));
	if (byCode.size !== members.length) {
		const seen = new Set<string>();
		const dup = codes.filter((code) => (seen.has(code) ? true : (seen.add(code), false)));
		errors.push(reason('duplicate_member', { codes: [...new Set(dup)] }));
	}
	const levels = new Set<Level>();
	for (const m of members) {
		const lv = LEVEL_OF_KIND[m.kind];
		if (!lv) errors.push(reason('unknown_kind', { code: m.code, kind: m.kind }));
		else levels.add(lv);
	}
	let level: Level | null = levels.size === 1 ? [...levels][0] : null;
	if (levels.size > 1) {
		const byLevel: Record<string, string[]> = {};
		for (const m of members) {
			const lv = LEVEL_OF_KIND[m.kind];
			if (lv) (byLevel[lv] ??= []).push(m.code);
		}
		errors.push(reason('mixed_levels', { byLevel }));
	}
	if (level && !rules.merger.levels.includes(level)) {
		errors.push(reason('level_not_in_rule_set', { level, ruleSetId: rules.id }));
		level = null;
	}

	// --- Member verdicts --------------------------------------------------------------------------------------------
	const memberVerdicts: Record<string, UnitVerdict> = {};
	for (const m of members) {
		memberVerdicts[m.code] =
			opts.memberVerdicts?.[m.code] ?? evaluateUnit(m, ctx, rules, { parentKind: opts.parentKinds?.[m.code] });
	}

	// --- Same parent ------------------------------------------------------------------------------------------------
	const parentCodes = [...new Set(members.map((m) => m.parentCode).filter((x): x is string => x != null))];
	const sameParent = parentCodes.length <= 1;
	if (!sameParent && rules.merger.warnCrossParent) {
		warnings.push(reason('crosses_parent_boundary', { level, parentCodes }));
	}

	// --- Contiguity -------------------------------------------------------------------------------------------------
	let contiguity: MergerVerdict['contiguity'] = { checked: false, connected: null, components: [codes] };
	if (opts.adjacency && members.length > 1) {
		const { groups, unknownPairs } = components(codes, opts.adjacency);
		const connected = groups.length === 1 ? true : unknownPairs.length ? null : false;
		contiguity = { checked: true, connected, components: groups };
		const names = groups.map((g) => g.map((code) => byCode.get(code)?.name ?? code));
		if (connected === false) errors.push(reason('not_contiguous', { components: groups, names }));
		else if (connected === null)
			warnings.push(reason('contiguity_unknown', { components: groups, names, unknownPairs }));
	} else if (members.length > 1) {
		reasons.push(reason('contiguity_not_checked'));
	}

	// --- Combined figures -------------------------------------------------------------------------------------------
	let population: number | null = 0; // persons
	const popMissing: string[] = [];
	for (const m of members) {
		if (m.population == null || !Number.isFinite(m.population) || m.population < 0) popMissing.push(m.code);
		else population += m.population;
	}
	if (popMissing.length) {
		population = null;
		warnings.push(reason('member_population_missing', { codes: popMissing }));
	}
	// Official where every member has it, else each member's effective area (official, or computed as a fallback).
	const allOfficial = members.length > 0 && members.every((m) => m.areaOfficialKm2 != null && m.areaOfficialKm2 > 0);
	let areaKm2: number | null = 0; // km²
	const areaMissing: string[] = [];
	const computedUsed: string[] = [];
	for (const m of members) {
		const off = m.areaOfficialKm2 != null && m.areaOfficialKm2 > 0 ? m.areaOfficialKm2 : null;
		const comp = m.areaComputedKm2 != null && m.areaComputedKm2 > 0 ? m.areaComputedKm2 : null;
		if (off != null) areaKm2 += off;
		else if (comp != null) {
			areaKm2 += comp;
			computedUsed.push(m.code);
		} else areaMissing.push(m.code);
	}
	if (areaMissing.length) {
		areaKm2 = null;
		warnings.push(reason('member_area_missing', { codes: areaMissing }));
	} else if (computedUsed.length) {
		reasons.push(reason('area_mixed_sources', { computed: computedUsed }));
	}
	const area: MergerVerdict['area'] = {
		km2: areaKm2,
		source: areaKm2 == null ? null : allOfficial ? 'official' : 'effective'
	};

	// --- Receiving member, code and name ----------------------------------------------------------------------------
	let mostPopulous: UnitRecord | null = null;
	for (const m of members)
		if (!mostPopulous || (m.population ?? -1) > (mostPopulous.population ?? -1)) mostPopulous = m;
	let keptCode = mostPopulous?.code ?? null;
	if (opts.keptCode != null) {
		if (byCode.has(opts.keptCode)) keptCode = opts.keptCode;
		else errors.push(reason('kept_code_not_member', { code: opts.keptCode }));
	}
	const retiredCodes = codes.filter((code) => code !== keptCode);
	const defaultName = mostPopulous?.name ?? null;
	const chosen = opts.name?.trim() ? opts.name.trim() : defaultName;
	const isNew = chosen != null && !members.some((m) => foldVietnamese(m.name) === foldVietnamese(chosen));
	if (isNew) reasons.push(reason('new_name', { name: chosen }));

	// --- Terrain and specific factors of the merged unit -------------------------------------------------------------
	let terrain: MergerVerdict['terrain'] = null;
	if (members.length) {
		const ts = members.map((m) => terrainInForce(m, ctx).terrain);
		if (ts.every((x) => x === ts[0])) terrain = { value: ts[0], source: 'members' };
		else {
			const kept = keptCode ? byCode.get(keptCode) : undefined;
			terrain = { value: terrainInForce(kept ?? members[0], ctx).terrain, source: 'kept_member' };
			warnings.push(
				reason('mixed_terrain', {
					mountainous: members.filter((_, i) => ts[i] === 'mountainous').map((m) => m.code),
					other: members.filter((_, i) => ts[i] === 'other').map((m) => m.code),
					used: terrain.value
				})
			);
		}
	}
	const factors = mergedFactors(members, warnings);

	// --- Kind of the new unit ---------------------------------------------------------------------------------------
	const parentKind =
		(keptCode ? opts.parentKinds?.[keptCode] : undefined) ??
		codes.map((code) => opts.parentKinds?.[code]).find((k) => k != null);
	let kind: UnitKind | null = null;
	let kindRule: string | null = null;
	const kinds = new Set(members.map((m) => m.kind));
	if (level && terrain) {
		if (rules.merger.kindRule.code === 'nq76') {
			const allWards = [...kinds].every((k) => k === 'phuong');
			kind = allWards ? 'phuong' : 'xa';
			kindRule = allWards ? 'nq76_ward' : 'nq76_commune';
			reasons.push(reason(kindRule, { kind }, rules.merger.kindRule.citation));
		} else if (kinds.size === 1) {
			kind = [...kinds][0];
			kindRule = 'same_kind';
			reasons.push(reason('same_kind', { kind }));
		} else {
			// domain.md §5: in the 2023–2025 practice a township or ward (a city, town or urban district at district
			// level) that absorbs other units keeps its kind: the default, labelled as practice, not statute; a
			// warning says when the result misses that kind's standards (checked below).
			const urban = URBAN_PRECEDENCE[level].filter((k) => kinds.has(k));
			kind = urban.length ? urban[0] : RURAL_KIND[level];
			kindRule = 'urban_kept_practice';
			reasons.push(
				reason(
					'urban_kept_practice',
					{
						kind,
						absorbed: [...kinds].filter((k) => k !== kind),
						verified: rules.merger.kindRule.verified
					},
					rules.merger.kindRule.citation
				)
			);
		}
	}
	let kindSource: MergerVerdict['kindSource'] = 'rule';
	if (opts.kindOverride) {
		const ov = opts.kindOverride;
		if (level && LEVEL_OF_KIND[ov.kind] !== level) {
			errors.push(reason('kind_override_wrong_level', { kind: ov.kind, level }));
		} else if (level) {
			reasons.push(reason('kind_overridden', { kind: ov.kind, ruleKind: kind, reason: ov.reason }));
			if (!ov.reason?.trim()) warnings.push(reason('kind_override_reason_missing', { kind: ov.kind }));
			kind = ov.kind;
			kindRule = 'override';
			kindSource = 'override';
		}
	}

	// --- Standards of the new unit --------------------------------------------------------------------------------
	let assessment: Assessment | null = null;
	if (kind && terrain) {
		assessment = assess(c, ctx, kind, terrain.value, parentKind, factors, areaKm2, population);
		if (assessment.problem === 'parent_kind_missing') warnings.push(reason('parent_kind_missing', { kind }));
		else if (assessment.problem === 'no_standard')
			warnings.push(reason('no_standard_for_kind', { kind, parentKind: parentKind ?? null }));
	}
	if (assessment?.standards) {
		if (assessment.standards.population.reduction) reasons.push(assessment.standards.population.reduction.why);
		if (assessment.standards.area.reduction) reasons.push(assessment.standards.area.reduction.why);
		addUnverified(
			reasons,
			assessment.standards.population,
			assessment.standards.area,
			null,
			assessment.requiredVerified ? [] : assessment.requiredKeys
		);
	}
	const threeOrMore = rules.merger.threeOrMore;
	const manyMembers = threeOrMore != null && members.length >= threeOrMore.minMembers.value;
	const standardsAssessed = !(manyMembers && threeOrMore?.effect === 'not_assessed');
	let justification: MergerJustification | null = null;
	if (threeOrMore && manyMembers && threeOrMore.effect === 'not_assessed') {
		reasons.push(
			reason(
				'three_or_more_not_assessed',
				{ count: members.length, min: threeOrMore.minMembers.value },
				threeOrMore.citation
			)
		);
	}
	if (assessment?.standards && assessment.meets != null) {
		const params = {
			meets: assessment.meets,
			kind,
			areaRatio: assessment.ratios.area,
			populationRatio: assessment.ratios.population,
			requiredArea: assessment.required?.area ?? 1,
			requiredPopulation: assessment.required?.population ?? 1
		};
		reasons.push(reason('merger_meets', params, assessment.standards.area.citation));
		if (assessment.meets !== 'both' && standardsAssessed) {
			warnings.push(
				reason('standards_not_met', {
					...params,
					shortfallAreaKm2: assessment.shortfall.areaKm2,
					shortfallPopulation: assessment.shortfall.population
				})
			);
			if (threeOrMore?.effect === 'justification' && members.length >= 2) {
				justification = justify(c, members, ctx, memberVerdicts, threeOrMore, opts.neighbours);
				const params = {
					code: justification.code,
					count: members.length,
					min: threeOrMore.minMembers.value,
					factors: justification.factors,
					furtherAdjacent: justification.furtherAdjacent,
					verified: justification.verified
				};
				const applies = justification.code !== 'none' && justification.code !== 'undetermined';
				(applies ? reasons : warnings).push(reason('merger_justification', params, justification.clause));
			}
			if (kindRule === 'urban_kept_practice')
				warnings.push(reason('urban_kind_standards_missed', { kind, meets: assessment.meets }));
		}
	} else if (assessment?.standards) {
		reasons.push(
			reason('merger_undetermined', {
				missing: [areaKm2 == null ? 'area' : null, population == null ? 'population' : null].filter(Boolean)
			})
		);
	}

	// --- Roles of members -----------------------------------------------------------------------------------------
	const roles: Record<string, MergerRole> = {};
	let phase: PhaseId | null = null;
	if (c.phases.length === 0) {
		for (const code of codes) roles[code] = 'not_applicable';
	} else {
		for (const cp of c.phases) {
			const status = subjectStatusOf(cp.phase.id);
			if (codes.some((code) => memberVerdicts[code].status === status)) {
				phase = cp.phase.id;
				break;
			}
		}
		const subjectStatus = phase ? subjectStatusOf(phase) : null;
		const mandatory = codes.filter((code) => memberVerdicts[code].status === subjectStatus);
		for (const code of codes)
			roles[code] = mandatory.includes(code) ? 'mandatory' : phase ? 'adjacent_partner' : 'encouraged';
		if (phase) {
			const cp = c.phases.find((x) => x.phase.id === phase)!;
			reasons.push(reason('merger_phase', { phase, mandatory }));
			if (cp.phase.status.code !== 'in_force') {
				reasons.push(
					reason('phase_halted', {
						phase,
						since: cp.phase.status.since ?? null,
						replacedBy: cp.phase.status.replacedBy ?? null
					})
				);
			}
		} else {
			reasons.push(reason('merger_encouraged'));
		}
		const unknown = codes.filter((code) => memberVerdicts[code].status === 'missing_data');
		if (unknown.length) warnings.push(reason('member_status_unknown', { codes: unknown }));
	}

	return {
		ruleSetId: rules.id,
		memberCodes: codes,
		valid: errors.length === 0,
		level,
		kind,
		kindSource,
		kindRule,
		terrain,
		area,
		population,
		standardId: assessment?.standardId ?? null,
		standards: assessment?.standards ?? null,
		required: assessment?.required ?? null,
		ratios: assessment?.ratios ?? { area: null, population: null },
		meets: assessment?.meets ?? null,
		shortfall: assessment?.shortfall ?? { areaKm2: null, population: null },
		standardsAssessed,
		phase,
		roles,
		memberVerdicts,
		sameParent,
		parentCodes,
		contiguity,
		name: { default: defaultName, chosen, isNew },
		keptCode,
		retiredCodes,
		justification,
		reasons,
		warnings,
		errors
	};
}
