/**
 * The evaluation of one merger group on a basis: its verdict under the rule set, the members' roles, contiguity,
 * the name, kind and seat of the new unit.
 */
import { groupContiguity } from '../geo/contiguity.ts';
import { evaluateMerger } from '../rules/evaluate-merger.ts';
import { subjectStatusOf } from '../rules/evaluate-unit.ts';
import { reason } from '../rules/compile.ts';
import type { Reason, UnitVerdict } from '../rules/types.ts';
import type { UnitKind, UnitView } from '../units.ts';
import type { MergerGroup } from './model.ts';
import type { AdjIndex, ScenarioBasis } from './basis.ts';
import type { GroupEvaluation } from './evaluation.ts';

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
export interface Follow {
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
