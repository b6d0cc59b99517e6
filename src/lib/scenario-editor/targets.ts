/**
 * What the scenario editor shows for a comment's target or a unit: the group a unit is in, what "show" selects and
 * zooms to, and the names the history and the comment panels print. Pure: the page passes in its groups and units.
 */
import type { GroupEvaluation, MergerGroup } from '../domain/scenario';
import { unitLabel } from '../domain/unit-label';
import type { UnitView } from '../domain/units';

type Units = ReadonlyMap<string, Pick<UnitView, 'level' | 'parentCode'>>;
type Named = Pick<GroupEvaluation, 'id' | 'name'>;

/** The group a unit is a member of, if any. */
export function groupOfUnit<G extends Pick<MergerGroup, 'members'>>(groups: readonly G[], code: string): G | null {
	return groups.find((g) => g.members.includes(code)) ?? null;
}

/** What showing a comment's target does: its group selected, or its unit's threads open; the level and the zoom. */
export interface ShownTarget {
	commentUnit: string | null;
	groupId: string | null;
	/** The map level to switch to, or null to keep the current one. */
	level: 'district' | 'commune' | null;
	/** The units to zoom to. */
	codes: string[];
}

export function showTarget(
	groups: readonly Pick<MergerGroup, 'id' | 'members' | 'level'>[],
	units: Units,
	kind: 'group' | 'unit',
	key: string
): ShownTarget {
	const g = kind === 'group' ? (groups.find((x) => x.id === key) ?? null) : groupOfUnit(groups, key);
	const u = kind === 'unit' ? units.get(key) : null;
	const level = u && (u.level === 'district' || u.level === 'commune') ? u.level : g ? g.level : null;
	return {
		commentUnit: kind === 'unit' ? key : null,
		groupId: g?.id ?? null,
		level,
		codes: kind === 'unit' ? [key] : (g?.members ?? [])
	};
}

/** The name of the group a unit is in (the comment panel's heading), or null. */
export function groupNameOfUnit(
	groups: readonly Pick<MergerGroup, 'id' | 'members'>[],
	evaluated: readonly Named[],
	code: string
): string | null {
	const g = groupOfUnit(groups, code);
	return g ? (evaluated.find((x) => x.id === g.id)?.name ?? null) : null;
}

/** A group's new name as the history lists it, with its district for a commune group ("Xã X — Đức Trọng"). */
export function groupLabel(
	groups: readonly Pick<MergerGroup, 'id' | 'members' | 'level'>[],
	evaluated: readonly Named[],
	units: Units,
	districtName: (code: string) => string | null | undefined,
	id: string
): string | null {
	const g = groups.find((x) => x.id === id);
	const name = evaluated.find((x) => x.id === id)?.name;
	const first = units.get(g?.members[0] ?? '');
	return g && name ? unitLabel({ name, level: g.level, parentCode: first?.parentCode ?? null }, districtName) : null;
}
