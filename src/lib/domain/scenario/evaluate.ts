/**
 * Evaluation of a whole scenario (domain.md §4, §5, §7): the verdict of every merger group, units before and after,
 * the subject units still left, the exemptions, the residents whose unit changes, and the communes that follow a
 * district merger. Pure function over plain data; the same code serves the map, the CLI and a future dossier.
 *
 * Speed: `scenarioBasis` does the per-dataset work once (unit verdicts, adjacency index, hierarchy); a whole
 * scenario on it costs one `evaluateMerger` per group (≈ 0.05 ms each) plus linear passes over the units.
 */
import { evaluateUnit, subjectStatusOf } from '../rules/evaluate-unit.ts';
import type { MergerRole, Meets, PhaseId, RuleSet, RulesContext, UnitVerdict } from '../rules/types.ts';
import type { UnitKind, UnitView } from '../units.ts';
import type { ScenarioContent, ScenarioExemption, ScenarioLevel } from './model.ts';
import { scenarioBasis, type ScenarioAdjacency, type ScenarioBasis, type ScenarioEvaluateOptions } from './basis.ts';
import type {
	DistrictFollow,
	ExemptionEvaluation,
	GroupEvaluation,
	ResidentsAffected,
	KindCounts,
	MandatoryLeft,
	ScenarioEvaluation
} from './evaluation.ts';
import { evaluateGroup, type Follow } from './group.ts';

export * from './basis.ts';
export * from './evaluation.ts';
export { evaluateGroup } from './group.ts';

function countKinds(units: Iterable<{ level: string; kind: UnitKind | 'unknown' }>): KindCounts {
	const out: KindCounts = { district: {}, commune: {} };
	for (const u of units) {
		if (u.level !== 'district' && u.level !== 'commune') continue;
		const c = out[u.level];
		c[u.kind] = (c[u.kind] ?? 0) + 1;
	}
	return out;
}

/**
 * The unit counts of an evaluation: by kind before and after, and the totals per level. One function for the full,
 * the incremental and the edit's evaluation.
 */
export function unitCounts(
	unitsBefore: KindCounts,
	unitsAfter: KindCounts
): Pick<ScenarioEvaluation, 'unitsBefore' | 'unitsAfter' | 'unitCount'> {
	const total = (k: KindCounts, level: ScenarioLevel) => Object.values(k[level]).reduce((s, n) => s + (n ?? 0), 0);
	return {
		unitsBefore,
		unitsAfter,
		unitCount: {
			before: { district: total(unitsBefore, 'district'), commune: total(unitsBefore, 'commune') },
			after: { district: total(unitsAfter, 'district'), commune: total(unitsAfter, 'commune') }
		}
	};
}

/** Evaluate a whole scenario on a precomputed basis. */
/**
 * The communes of a district group's members follow it into the kept district (their new district and kind, and
 * whether their district changes, for the residents whose documents change): recorded in `follow` and
 * `districtFollow`. A group of fewer than two units present, or with no kept code, moves nobody.
 */
export function followDistrictGroup(
	g: { id: string; members: readonly string[] },
	ev: Pick<GroupEvaluation, 'keptCode' | 'kind'>,
	basis: ScenarioBasis,
	follow: Map<string, Follow>,
	districtFollow: DistrictFollow[]
): void {
	const present = g.members.filter((c) => basis.units.has(c));
	if (present.length < 2 || !ev.keptCode) return;
	for (const d of present)
		for (const c of basis.communesOf.get(d) ?? []) {
			follow.set(c, { toDistrict: ev.keptCode, kind: ev.kind, groupId: g.id });
			const u = basis.units.get(c)!;
			districtFollow.push({
				code: c,
				name: u.name,
				fromDistrict: d,
				toDistrict: ev.keptCode,
				groupId: g.id,
				changes: d !== ev.keptCode,
				population: u.population
			});
		}
}

export function evaluateScenarioOn(content: ScenarioContent, basis: ScenarioBasis): ScenarioEvaluation {
	// 1. District groups first: their communes follow them into the kept district.
	const follow = new Map<string, Follow>();
	const districtFollow: DistrictFollow[] = [];
	const groupsOut = new Map<string, GroupEvaluation>();
	for (const g of content.groups) {
		if (g.level !== 'district') continue;
		const ev = evaluateGroup(g, basis);
		groupsOut.set(g.id, ev);
		followDistrictGroup(g, ev, basis, follow, districtFollow);
	}
	// 2. Commune groups, in the districts they end up in.
	for (const g of content.groups) if (g.level === 'commune') groupsOut.set(g.id, evaluateGroup(g, basis, follow));
	const groups = content.groups.map((g) => groupsOut.get(g.id)!);

	// 3. Exemptions: the scenario's own (Art. 3.1, re-evaluated with the reason), then the dataset's and the law's.
	const { finalVerdict, exemptions } = allExemptions(content, basis, basis.ordered);

	// 4. Subject units: in a group, exempted, or left.
	const wanted = new Set(basis.phases.map(subjectStatusOf));
	const phaseSet = new Set<PhaseId>(basis.phases);
	let mandatory = 0;
	let mandatoryInGroups = 0;
	let mandatoryExempted = 0;
	const mandatoryLeft: MandatoryLeft[] = [];
	const merging = mergingMembers(content);
	for (const u of basis.ordered) {
		if (u.level !== 'district' && u.level !== 'commune') continue;
		const base = basis.verdicts.get(u.code);
		if (!base?.phase || !phaseSet.has(base.phase)) continue;
		const v = finalVerdict.get(u.code) ?? base;
		if (!wanted.has(base.status) && base.status !== 'exempt') continue;
		mandatory++;
		if (merging.has(u.code)) mandatoryInGroups++;
		else if (v.status === 'exempt') mandatoryExempted++;
		else mandatoryLeft.push(mandatoryLeftEntry(u, base));
	}

	// 5. Units before and after: members of mergers (2+ known members) leave, one new unit per merger arrives.
	const unitsBefore = countKinds(basis.ordered);
	const { leaving, arriving } = mergerTurnover(groups, basis);
	const unitsAfter = countKinds([...basis.ordered.filter((u) => !leaving.has(u.code)), ...arriving]);

	return assembleEvaluation(basis, {
		unitsBefore,
		unitsAfter,
		groups,
		mandatoryLeft,
		exemptions,
		districtFollow,
		mandatory,
		mandatoryInGroups,
		mandatoryExempted
	});
}

/**
 * What the mergers change in the list of units: the members that leave (every known member of a group of 2 or more
 * known members) and the one new unit each such group makes, of the group's kind (else its kept unit's).
 */
export function mergerTurnover(groups: GroupEvaluation[], basis: ScenarioBasis) {
	const leaving = new Set<string>();
	const arriving: { level: string; kind: UnitKind | 'unknown' }[] = [];
	for (const ev of groups) {
		const present = ev.members.filter((c) => basis.units.has(c));
		if (present.length < 2) continue;
		for (const c of present) leaving.add(c);
		arriving.push({ level: ev.level, kind: ev.kind ?? basis.units.get(ev.keptCode ?? present[0])?.kind ?? 'unknown' });
	}
	return { leaving, arriving };
}

/** The members of the groups that merge: a unit counts as "in a group" only in a group of 2 or more. */
export function mergingMembers(content: ScenarioContent): Set<string> {
	const merging = new Set<string>();
	for (const g of content.groups) if (g.members.length >= 2) for (const c of g.members) merging.add(c);
	return merging;
}

/** A subject unit in no merging group and not exempted: what the list of units still to arrange shows. */
export function mandatoryLeftEntry(u: UnitView, base: UnitVerdict): MandatoryLeft {
	return {
		code: u.code,
		name: u.name,
		level: u.level as ScenarioLevel,
		kind: u.kind,
		parentCode: u.parentCode,
		phase: base.phase!,
		criterion: base.criterion,
		clause: base.clause,
		ratios: base.ratios,
		bbox: u.bbox
	};
}

/**
 * The scenario's evaluation from its parts, with the residents affected and the summary figures: one place for the
 * full and the incremental evaluation.
 */
export function assembleEvaluation(
	basis: ScenarioBasis,
	p: {
		unitsBefore: KindCounts;
		unitsAfter: KindCounts;
		groups: GroupEvaluation[];
		mandatoryLeft: MandatoryLeft[];
		exemptions: ExemptionEvaluation[];
		districtFollow: DistrictFollow[];
		mandatory: number;
		mandatoryInGroups: number;
		mandatoryExempted: number;
	}
): ScenarioEvaluation {
	return {
		ruleSetId: basis.rules.id,
		phases: [...basis.phases],
		...unitCounts(p.unitsBefore, p.unitsAfter),
		groups: p.groups,
		mandatoryLeft: p.mandatoryLeft,
		exemptions: p.exemptions,
		// Residents whose unit changes.
		residentsAffected: residentsAffectedOf(p.groups, p.districtFollow, basis),
		districtFollow: p.districtFollow,
		summary: {
			groups: p.groups.length,
			validGroups: p.groups.filter((g) => g.valid).length,
			mandatory: p.mandatory,
			mandatoryInGroups: p.mandatoryInGroups,
			mandatoryExempted: p.mandatoryExempted,
			mandatoryLeft: p.mandatoryLeft.length
		}
	};
}

/**
 * Every exemption of the scenario: its own (Art. 3.1, re-evaluated with the reason), then the dataset's and the law's
 * among `candidates` (all units, or the precomputed exempt ones) for units in no group and not exempted by it.
 */
export function allExemptions(content: ScenarioContent, basis: ScenarioBasis, candidates: Iterable<UnitView>) {
	const inGroup = new Set<string>();
	for (const g of content.groups) for (const c of g.members) inGroup.add(c);
	const { finalVerdict, exemptions, scenarioExempt } = scenarioExemptions(content, basis);
	for (const u of candidates) {
		if (scenarioExempt.has(u.code) || inGroup.has(u.code)) continue;
		const v = basis.verdicts.get(u.code);
		if (v?.status !== 'exempt' || !v.exemption) continue;
		exemptions.push(datasetExemptionEntry(u, v, v.exemption));
	}
	return { finalVerdict, exemptions };
}

/**
 * The scenario's own exemptions (Art. 3.1), each unit re-evaluated with its recorded reason: the list entries, the
 * verdicts they give, and the codes. One pass for the full and the incremental evaluation.
 */
export function scenarioExemptions(
	content: ScenarioContent,
	basis: ScenarioBasis
): { finalVerdict: Map<string, UnitVerdict>; exemptions: ExemptionEvaluation[]; scenarioExempt: Set<string> } {
	const finalVerdict = new Map<string, UnitVerdict>();
	const exemptions: ExemptionEvaluation[] = [];
	const scenarioExempt = new Set<string>();
	for (const x of content.exemptions) {
		const u = basis.units.get(x.code);
		if (!u) continue;
		scenarioExempt.add(x.code);
		const parentKind = u.parentCode ? basis.units.get(u.parentCode)?.kind : undefined;
		const v = evaluateUnit(u, basis.ctx, basis.rules, {
			parentKind,
			exemption: { reasonCode: x.reasonCode, justification: x.justification }
		});
		finalVerdict.set(x.code, v);
		exemptions.push(scenarioExemptionEntry(u, x, v, basis.rules));
	}
	return { finalVerdict, exemptions, scenarioExempt };
}

/** A unit the scenario keeps with a recorded Art. 3.1 reason, as the lists show it (re-evaluated with the reason). */
export function scenarioExemptionEntry(
	u: UnitView,
	x: ScenarioExemption,
	v: UnitVerdict,
	rules: RuleSet
): ExemptionEvaluation {
	const automatic = v.exemption?.kind === 'automatic';
	return {
		code: u.code,
		name: u.name,
		level: u.level as ScenarioLevel,
		source: automatic ? 'law' : 'scenario',
		kind: automatic ? 'automatic' : 'recorded',
		reasonCode: automatic ? v.exemption!.reasonCode : x.reasonCode,
		justification: x.justification,
		refNumber: x.refNumber ?? null,
		refDate: x.refDate ?? null,
		phase: v.phase,
		needed: v.phase != null,
		clause: v.exemption?.clause ?? rules.exemptionReasons.find((r) => r.code === x.reasonCode)?.citation ?? null,
		warnings: v.warnings
	};
}

/** A unit exempted in the dataset (recorded on the unit) or by the law (Art. 3.2/3.3), as the lists show it. */
export function datasetExemptionEntry(
	u: UnitView,
	v: UnitVerdict,
	x: NonNullable<UnitVerdict['exemption']>
): ExemptionEvaluation {
	return {
		code: u.code,
		name: u.name,
		level: u.level as ScenarioLevel,
		source: x.kind === 'automatic' ? 'law' : 'dataset',
		kind: x.kind,
		reasonCode: x.reasonCode,
		justification: x.justification,
		refNumber: u.exemptionRefNumber ?? null,
		refDate: u.exemptionRefDate ?? null,
		phase: v.phase,
		needed: true,
		clause: x.clause,
		warnings: []
	};
}

/**
 * Residents whose unit changes (spec §5): the people of the communes and districts a merger absorbs, and of the
 * communes that follow their district into another; each person counted once in `total`. One function for the full
 * and the incremental evaluation.
 */
export function residentsAffectedOf(
	groups: readonly GroupEvaluation[],
	districtFollow: readonly DistrictFollow[],
	basis: ScenarioBasis
): ResidentsAffected {
	const missing = new Set<string>();
	const pop = (code: string): number => {
		const p = basis.units.get(code)?.population;
		if (p == null) {
			missing.add(code);
			return 0;
		}
		return p;
	};
	const affectedCommunes = new Set<string>();
	let absorbedCommunes = 0;
	let absorbedCommuneCount = 0;
	let absorbedDistricts = 0;
	let absorbedDistrictCount = 0;
	let extraDistrictPersons = 0;
	for (const ev of groups) {
		if (ev.members.filter((c) => basis.units.has(c)).length < 2) continue;
		for (const c of ev.retiredCodes) {
			if (ev.level === 'commune') {
				absorbedCommunes += pop(c);
				absorbedCommuneCount++;
				affectedCommunes.add(c);
			} else {
				absorbedDistricts += pop(c);
				absorbedDistrictCount++;
				if (!basis.communesOf.get(c)?.length) extraDistrictPersons += pop(c);
			}
		}
	}
	let districtChange = 0;
	let districtChangeCommunes = 0;
	for (const f of districtFollow) {
		if (!f.changes) continue;
		districtChange += pop(f.code);
		districtChangeCommunes++;
		affectedCommunes.add(f.code);
	}
	let distinct = extraDistrictPersons;
	for (const c of affectedCommunes) distinct += basis.units.get(c)?.population ?? 0;
	return {
		absorbedCommunes,
		absorbedCommuneCount,
		absorbedDistricts,
		absorbedDistrictCount,
		districtChange,
		districtChangeCommunes,
		total: distinct,
		missingPopulation: [...missing].sort()
	};
}

/**
 * Evaluate a whole scenario: `evaluateScenario(content, units, ctx, rules, { district: edges, commune: edges })`.
 * For repeated evaluations on one dataset (every edit in the UI), build `scenarioBasis` once and call
 * `evaluateScenarioOn`.
 */
export function evaluateScenario(
	content: ScenarioContent,
	units: readonly UnitView[],
	ctx: RulesContext,
	rules: RuleSet,
	adjacency: ScenarioAdjacency,
	opts: ScenarioEvaluateOptions = {}
): ScenarioEvaluation {
	return evaluateScenarioOn(content, scenarioBasis(units, ctx, rules, adjacency, opts));
}

export type { Meets, MergerRole };
