/**
 * Evaluation of a whole scenario (domain.md §4, §5, §7): the verdict of every merger group, units before and after,
 * the subject units still left, the exemptions, the residents whose unit changes, and the communes that follow a
 * district merger. Pure function over plain data; the same code serves the map, the CLI and a future dossier.
 *
 * Speed: `scenarioBasis` does the per-dataset work once (unit verdicts, adjacency index, hierarchy); a whole
 * scenario on it costs one `evaluateMerger` per group (≈ 0.05 ms each) plus linear passes over the units.
 */
import { adjacencyIndex, groupContiguity } from '../geo/contiguity.ts';
import { evaluateMerger } from '../rules/evaluate-merger.ts';
import { evaluateUnit, subjectStatusOf } from '../rules/evaluate-unit.ts';
import { reason } from '../rules/compile.ts';
import type {
	Citation,
	MergerRole,
	MergerVerdict,
	Meets,
	PhaseId,
	Reason,
	RuleSet,
	RulesContext,
	UnitVerdict
} from '../rules/types.ts';
import { evaluateUnits } from '../verdicts.ts';
import type { UnitKind, UnitView } from '../units.ts';
import type { MergerGroup, ScenarioContent, ScenarioLevel, ScenarioPhase } from './model.ts';

/** An adjacency edge (shared border, not a single point): unit codes, order irrelevant. */
export interface AdjacencyEdge {
	a: string;
	b: string;
}

/** Stored adjacency per level. An empty list means "not computed": contiguity is then reported as not checked. */
export interface ScenarioAdjacency {
	district: readonly AdjacencyEdge[];
	commune: readonly AdjacencyEdge[];
}

export interface ScenarioEvaluateOptions {
	/** Phases whose subject units must be arranged (mandatoryLeft). Default: the rule set's first phase (2023–2025). */
	phases?: readonly PhaseId[];
}

type AdjIndex = ReturnType<typeof adjacencyIndex>;

/** What evaluation needs from a dataset, computed once and reused for every edit of every scenario on it. */
export interface ScenarioBasis {
	ctx: RulesContext;
	rules: RuleSet;
	units: ReadonlyMap<string, UnitView>;
	/** Dataset verdict of every unit (with the dataset-level recorded exemptions). */
	verdicts: ReadonlyMap<string, UnitVerdict>;
	adjacency: { district: AdjIndex | null; commune: AdjIndex | null };
	/** Commune codes of each district, sorted. */
	communesOf: ReadonlyMap<string, string[]>;
	/** Units in dataset order (level desc, code). */
	ordered: readonly UnitView[];
	phases: readonly PhaseId[];
}

/** Precompute the per-dataset part of an evaluation. 150 units: well under a millisecond. */
export function scenarioBasis(
	units: readonly UnitView[],
	ctx: RulesContext,
	rules: RuleSet,
	adjacency: ScenarioAdjacency,
	opts: ScenarioEvaluateOptions = {}
): ScenarioBasis {
	const byCode = new Map<string, UnitView>();
	const communesOf = new Map<string, string[]>();
	for (const u of units) {
		byCode.set(u.code, u);
		if (u.level === 'commune' && u.parentCode) {
			const l = communesOf.get(u.parentCode);
			if (l) l.push(u.code);
			else communesOf.set(u.parentCode, [u.code]);
		}
	}
	for (const l of communesOf.values()) l.sort();
	const phases = opts.phases ?? (rules.phases.length ? [rules.phases[0].id] : []);
	return {
		ctx,
		rules,
		units: byCode,
		verdicts: evaluateUnits(units, ctx, rules),
		adjacency: {
			district: adjacency.district.length ? adjacencyIndex([...adjacency.district]) : null,
			commune: adjacency.commune.length ? adjacencyIndex([...adjacency.commune]) : null
		},
		communesOf,
		ordered: units,
		phases
	};
}

/** Counts of units by kind, per level: `{ district: { huyen: 10, thanh_pho: 2 }, commune: { xa: 111, … } }`. */
export type KindCounts = Record<ScenarioLevel, Partial<Record<UnitKind | 'unknown', number>>>;

/** Evaluation of one merger group. Areas in km², population in persons, ratios as fractions (0.7 = 70 %). */
export interface GroupEvaluation {
	id: string;
	level: ScenarioLevel;
	members: string[];
	/** The rules engine's verdict (figures, standards, clauses, roles, member verdicts, reasons, warnings, errors). */
	verdict: MergerVerdict;
	/** Name of the new unit: the chosen one, else the default (most populous member's). */
	name: string | null;
	nameIsNew: boolean;
	kind: UnitKind | null;
	kindSource: 'rule' | 'override';
	keptCode: string | null;
	retiredCodes: string[];
	seatCode: string | null;
	/** The most central member (most shared borders inside the group, then most populous): a suggestion for the seat. */
	seatSuggestion: string | null;
	/** Phase the user plans the group for. */
	phase: ScenarioPhase | null;
	/** Phase in which a member is subject (decides the roles); null = no member subject (encouraged merger). */
	legalPhase: PhaseId | null;
	areaKm2: number | null;
	areaSource: 'official' | 'effective' | null;
	population: number | null;
	ratios: { area: number | null; population: number | null };
	meets: Meets | null;
	/** true/false from the stored adjacency graph; null = unknown (no graph for this level, or < 2 members). */
	contiguous: boolean | null;
	/** Connected parts, largest first (one part when contiguous). */
	parts: string[][];
	roles: Record<string, MergerRole>;
	/** For commune groups: the district the new unit belongs to after district mergers of this scenario. */
	parentAfter: string | null;
	/** Persons whose commune/district changes: every member except the kept one. */
	residentsAffected: number | null;
	/** Things to look at (crossing a district line, a new name, a kind change, 3+ members, shortfalls, data gaps). */
	warnings: Reason[];
	/** Problems that make the proposal invalid as it stands (not contiguous, fewer than 2 members, unknown units…). */
	errors: Reason[];
	/** Informative reasons (the verdict's reasons plus the scenario's). */
	reasons: Reason[];
	valid: boolean;
	locked: boolean;
}

/** A subject unit not yet in any group and not exempted. `bbox` = [min lon, min lat, max lon, max lat] for zooming. */
export interface MandatoryLeft {
	code: string;
	name: string;
	level: ScenarioLevel;
	kind: UnitKind;
	parentCode: string | null;
	phase: PhaseId;
	criterion: string | null;
	clause: Citation | null;
	ratios: { area: number | null; population: number | null };
	bbox: [number, number, number, number] | null;
}

/** A unit the scenario keeps although (or whether or not) it is subject, and why. */
export interface ExemptionEvaluation {
	code: string;
	name: string;
	level: ScenarioLevel;
	/** scenario = recorded in this scenario (Art. 3.1); dataset = recorded on the unit; law = automatic (Art. 3.2/3.3). */
	source: 'scenario' | 'dataset' | 'law';
	kind: 'automatic' | 'recorded';
	reasonCode: string;
	justification: string | null;
	/** Phase the unit would be subject in; null = not subject (the exemption is not needed). */
	phase: PhaseId | null;
	needed: boolean;
	clause: Citation | null;
	warnings: Reason[];
}

/** A commune whose district is merged: its district after the scenario. */
export interface DistrictFollow {
	code: string;
	name: string;
	fromDistrict: string;
	toDistrict: string;
	/** Id of the district group. */
	groupId: string;
	/** true when the commune's district code changes (its district is absorbed, not kept). */
	changes: boolean;
	population: number | null;
}

/** Persons whose administrative unit changes (documents to update), counted by cause. */
export interface ResidentsAffected {
	/** Commune-level members absorbed (every member of a commune group except the kept one): persons, units. */
	absorbedCommunes: number;
	absorbedCommuneCount: number;
	/** District-level members absorbed (every member of a district group except the kept one): persons, units. */
	absorbedDistricts: number;
	absorbedDistrictCount: number;
	/** Communes whose district changes because their district is absorbed: persons, communes. */
	districtChange: number;
	districtChangeCommunes: number;
	/**
	 * Distinct persons: communes absorbed or changing district, counted once; absorbed districts without communes in
	 * the dataset are counted at their own figure.
	 */
	total: number;
	/** Units whose population is missing (counted as 0). */
	missingPopulation: string[];
}

export interface ScenarioEvaluation {
	ruleSetId: string;
	/** Phases the mandatory list is taken from. */
	phases: PhaseId[];
	unitsBefore: KindCounts;
	unitsAfter: KindCounts;
	unitCount: { before: Record<ScenarioLevel, number>; after: Record<ScenarioLevel, number> };
	groups: GroupEvaluation[];
	mandatoryLeft: MandatoryLeft[];
	exemptions: ExemptionEvaluation[];
	residentsAffected: ResidentsAffected;
	districtFollow: DistrictFollow[];
	summary: {
		groups: number;
		validGroups: number;
		/** Subject units in the phases: total, in a group, exempted, left. */
		mandatory: number;
		mandatoryInGroups: number;
		mandatoryExempted: number;
		mandatoryLeft: number;
	};
}

// ---------------------------------------------------------------------------------------------------------------

/** Members' kinds that differ from the new unit's kind (a thị trấn becoming a xã, …). */
function kindChanges(members: UnitView[], kind: UnitKind | null): { code: string; from: UnitKind }[] {
	if (!kind) return [];
	return members.filter((m) => m.kind !== kind).map((m) => ({ code: m.code, from: m.kind }));
}

/** The member with the most borders inside the group, then the most populous, then the smallest code. */
function centralMember(members: UnitView[], idx: AdjIndex | null): string | null {
	let best: UnitView | null = null;
	let bestDeg = -1;
	for (const m of members) {
		const deg = idx ? members.reduce((n, o) => n + (o !== m && idx.isAdjacent(m.code, o.code) ? 1 : 0), 0) : 0;
		const better =
			!best ||
			deg > bestDeg ||
			(deg === bestDeg &&
				((m.population ?? -1) > (best.population ?? -1) ||
					((m.population ?? -1) === (best.population ?? -1) && m.code < best.code)));
		if (better) {
			best = m;
			bestDeg = deg;
		}
	}
	return best?.code ?? null;
}

/** Where communes go when districts merge: commune code → new district code and kind. */
interface Follow {
	toDistrict: string;
	kind: UnitKind | null;
	groupId: string;
}

/**
 * Evaluate one group on a basis. `follow` maps communes of merged districts to their district after the scenario
 * (commune groups are judged in the district they end up in: same-parent check and phường standards).
 */
export function evaluateGroup(
	group: MergerGroup,
	basis: ScenarioBasis,
	follow: ReadonlyMap<string, Follow> = new Map()
): GroupEvaluation {
	const known: UnitView[] = [];
	const unknown: string[] = [];
	for (const code of group.members) {
		const u = basis.units.get(code);
		if (u) known.push(u);
		else unknown.push(code);
	}
	const idx = group.level === 'district' ? basis.adjacency.district : basis.adjacency.commune;
	// Members as the merger sees them: a commune of a merged district already sits in its new district.
	const members = known.map((u) => {
		const f = follow.get(u.code);
		return f && f.toDistrict !== u.parentCode ? { ...u, parentCode: f.toDistrict } : u;
	});
	const parentKinds: Record<string, UnitKind> = {};
	const memberVerdicts: Record<string, UnitVerdict> = {};
	for (const u of known) {
		const f = follow.get(u.code);
		const pk =
			f?.kind ??
			(u.parentCode ? basis.units.get(u.parentCode)?.kind : undefined) ??
			(u.level === 'district' ? 'tinh' : undefined);
		if (pk) parentKinds[u.code] = pk;
		const v = basis.verdicts.get(u.code);
		if (v) memberVerdicts[u.code] = v;
	}
	const keptCode = group.keptCode && known.some((u) => u.code === group.keptCode) ? group.keptCode : undefined;
	const verdict = evaluateMerger(members, basis.ctx, basis.rules, {
		adjacency: idx ? (a, b) => idx.isAdjacent(a, b) : undefined,
		neighbours: idx ? idx.neighbours : undefined,
		parentKinds,
		memberVerdicts,
		name: group.name ?? undefined,
		keptCode,
		kindOverride: group.kind ? { kind: group.kind, reason: group.kindReason ?? '' } : undefined
	});

	const warnings: Reason[] = [...verdict.warnings];
	const errors: Reason[] = [...verdict.errors];
	const reasons: Reason[] = [...verdict.reasons];
	if (unknown.length) errors.push(reason('scenario_unknown_units', { codes: unknown }));
	if (group.level === 'commune') {
		const originalParents = [...new Set(known.map((u) => u.parentCode).filter((x): x is string => x != null))];
		if (originalParents.length > 1 && verdict.sameParent) {
			reasons.push(
				reason('crossing_resolved_by_district_merger', {
					districts: originalParents,
					district: verdict.parentCodes[0] ?? null
				})
			);
		}
	}
	if (verdict.name.isNew && verdict.name.chosen) warnings.push(reason('new_name', { name: verdict.name.chosen }));
	const changes = kindChanges(known, verdict.kind);
	if (changes.length && known.length > 1)
		warnings.push(reason('scenario_kind_change', { kind: verdict.kind, changes, source: verdict.kindSource }));
	if (known.length >= 3) warnings.push(reason('scenario_three_or_more', { count: known.length }));
	if (
		group.phase === '2026-2030' &&
		known.some((u) => basis.verdicts.get(u.code)?.status === subjectStatusOf('2023-2025'))
	) {
		warnings.push(
			reason('scenario_phase_later_than_required', {
				phase: group.phase,
				codes: known
					.filter((u) => basis.verdicts.get(u.code)?.status === subjectStatusOf('2023-2025'))
					.map((u) => u.code)
			})
		);
	}
	if (group.seatCode && !group.members.includes(group.seatCode))
		errors.push(reason('scenario_seat_not_member', { code: group.seatCode }));

	// Contiguity parts from the stored graph (largest part first, as the map shows them).
	let contiguous: boolean | null = null;
	let parts: string[][] = [group.members.slice()];
	if (idx && known.length >= 2) {
		const r = groupContiguity(
			known.map((u) => u.code),
			idx.isAdjacent
		);
		contiguous = r.contiguous;
		parts = r.parts;
	}

	let residents: number | null = 0;
	for (const code of verdict.retiredCodes) {
		const p = basis.units.get(code)?.population;
		if (p == null) residents = null;
		else if (residents != null) residents += p;
	}
	const keptView = verdict.keptCode ? members.find((m) => m.code === verdict.keptCode) : undefined;
	return {
		id: group.id,
		level: group.level,
		members: group.members.slice(),
		verdict,
		name: verdict.name.chosen,
		nameIsNew: verdict.name.isNew,
		kind: verdict.kind,
		kindSource: verdict.kindSource,
		keptCode: verdict.keptCode,
		retiredCodes: verdict.retiredCodes,
		seatCode: group.seatCode,
		seatSuggestion: centralMember(known, idx),
		phase: group.phase,
		legalPhase: verdict.phase,
		areaKm2: verdict.area.km2,
		areaSource: verdict.area.source,
		population: verdict.population,
		ratios: verdict.ratios,
		meets: verdict.meets,
		contiguous,
		parts,
		roles: verdict.roles,
		parentAfter: group.level === 'commune' ? (keptView?.parentCode ?? null) : null,
		residentsAffected: known.length >= 2 ? residents : 0,
		warnings,
		errors,
		reasons,
		valid: errors.length === 0,
		locked: group.locked
	};
}

function countKinds(units: Iterable<{ level: string; kind: UnitKind | 'unknown' }>): KindCounts {
	const out: KindCounts = { district: {}, commune: {} };
	for (const u of units) {
		if (u.level !== 'district' && u.level !== 'commune') continue;
		const c = out[u.level];
		c[u.kind] = (c[u.kind] ?? 0) + 1;
	}
	return out;
}

const total = (k: KindCounts, level: ScenarioLevel) => Object.values(k[level]).reduce((s, n) => s + (n ?? 0), 0);

/** Evaluate a whole scenario on a precomputed basis. */
export function evaluateScenarioOn(content: ScenarioContent, basis: ScenarioBasis): ScenarioEvaluation {
	const rules = basis.rules;
	// 1. District groups first: their communes follow them into the kept district.
	const follow = new Map<string, Follow>();
	const districtFollow: DistrictFollow[] = [];
	const groupsOut = new Map<string, GroupEvaluation>();
	for (const g of content.groups) {
		if (g.level !== 'district') continue;
		const ev = evaluateGroup(g, basis);
		groupsOut.set(g.id, ev);
		const present = g.members.filter((c) => basis.units.has(c));
		if (present.length < 2 || !ev.keptCode) continue;
		for (const d of present) {
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
	}
	// 2. Commune groups, in the districts they end up in.
	for (const g of content.groups) if (g.level === 'commune') groupsOut.set(g.id, evaluateGroup(g, basis, follow));
	const groups = content.groups.map((g) => groupsOut.get(g.id)!);

	// 3. Exemptions: the scenario's own (Art. 3.1, re-evaluated with the reason), then the dataset's and the law's.
	const inGroup = new Set<string>();
	for (const g of content.groups) for (const c of g.members) inGroup.add(c);
	const finalVerdict = new Map<string, UnitVerdict>();
	const exemptions: ExemptionEvaluation[] = [];
	const scenarioExempt = new Set<string>();
	for (const x of content.exemptions) {
		const u = basis.units.get(x.code);
		if (!u) continue;
		scenarioExempt.add(x.code);
		const parentKind = u.parentCode ? basis.units.get(u.parentCode)?.kind : undefined;
		const v = evaluateUnit(u, basis.ctx, rules, {
			parentKind,
			exemption: { reasonCode: x.reasonCode, justification: x.justification }
		});
		finalVerdict.set(x.code, v);
		const automatic = v.exemption?.kind === 'automatic';
		exemptions.push({
			code: u.code,
			name: u.name,
			level: u.level as ScenarioLevel,
			source: automatic ? 'law' : 'scenario',
			kind: automatic ? 'automatic' : 'recorded',
			reasonCode: automatic ? v.exemption!.reasonCode : x.reasonCode,
			justification: x.justification,
			phase: v.phase,
			needed: v.phase != null,
			clause: v.exemption?.clause ?? rules.exemptionReasons.find((r) => r.code === x.reasonCode)?.citation ?? null,
			warnings: v.warnings
		});
	}
	for (const u of basis.ordered) {
		if (scenarioExempt.has(u.code) || inGroup.has(u.code)) continue;
		const v = basis.verdicts.get(u.code);
		if (v?.status !== 'exempt' || !v.exemption) continue;
		exemptions.push({
			code: u.code,
			name: u.name,
			level: u.level as ScenarioLevel,
			source: v.exemption.kind === 'automatic' ? 'law' : 'dataset',
			kind: v.exemption.kind,
			reasonCode: v.exemption.reasonCode,
			justification: v.exemption.justification,
			phase: v.phase,
			needed: true,
			clause: v.exemption.clause,
			warnings: []
		});
	}

	// 4. Subject units: in a group, exempted, or left.
	const wanted = new Set(basis.phases.map(subjectStatusOf));
	const phaseSet = new Set<PhaseId>(basis.phases);
	let mandatory = 0;
	let mandatoryInGroups = 0;
	let mandatoryExempted = 0;
	const mandatoryLeft: MandatoryLeft[] = [];
	// A unit counts as "in a group" only in a group of 2 or more (a one-member group merges nothing).
	const merging = new Set<string>();
	for (const g of content.groups) if (g.members.length >= 2) for (const c of g.members) merging.add(c);
	for (const u of basis.ordered) {
		if (u.level !== 'district' && u.level !== 'commune') continue;
		const base = basis.verdicts.get(u.code);
		if (!base?.phase || !phaseSet.has(base.phase)) continue;
		const v = finalVerdict.get(u.code) ?? base;
		if (!wanted.has(base.status) && base.status !== 'exempt') continue;
		mandatory++;
		if (merging.has(u.code)) mandatoryInGroups++;
		else if (v.status === 'exempt') mandatoryExempted++;
		else
			mandatoryLeft.push({
				code: u.code,
				name: u.name,
				level: u.level,
				kind: u.kind,
				parentCode: u.parentCode,
				phase: base.phase,
				criterion: base.criterion,
				clause: base.clause,
				ratios: base.ratios,
				bbox: u.bbox
			});
	}

	// 5. Units before and after: members of mergers (2+ known members) leave, one new unit per merger arrives.
	const unitsBefore = countKinds(basis.ordered);
	const leaving = new Set<string>();
	const arriving: { level: string; kind: UnitKind | 'unknown' }[] = [];
	for (const ev of groups) {
		const present = ev.members.filter((c) => basis.units.has(c));
		if (present.length < 2) continue;
		for (const c of present) leaving.add(c);
		arriving.push({ level: ev.level, kind: ev.kind ?? basis.units.get(ev.keptCode ?? present[0])?.kind ?? 'unknown' });
	}
	const unitsAfter = countKinds([...basis.ordered.filter((u) => !leaving.has(u.code)), ...arriving]);

	// 6. Residents whose unit changes.
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
		ruleSetId: rules.id,
		phases: [...basis.phases],
		unitsBefore,
		unitsAfter,
		unitCount: {
			before: { district: total(unitsBefore, 'district'), commune: total(unitsBefore, 'commune') },
			after: { district: total(unitsAfter, 'district'), commune: total(unitsAfter, 'commune') }
		},
		groups,
		mandatoryLeft,
		exemptions,
		residentsAffected: {
			absorbedCommunes,
			absorbedCommuneCount,
			absorbedDistricts,
			absorbedDistrictCount,
			districtChange,
			districtChangeCommunes,
			total: distinct,
			missingPopulation: [...missing].sort()
		},
		districtFollow,
		summary: {
			groups: groups.length,
			validGroups: groups.filter((g) => g.valid).length,
			mandatory,
			mandatoryInGroups,
			mandatoryExempted,
			mandatoryLeft: mandatoryLeft.length
		}
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
