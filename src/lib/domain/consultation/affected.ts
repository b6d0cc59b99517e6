/**
 * Which units a scenario's consultation covers: the members of its merger groups (units directly affected by a
 * merger), and which People's Councils are expected to pass a resolution on it (each affected commune, each district
 * that is merged or has affected communes, and the province).
 */
import type { Level, UnitKind } from '../units.ts';
import type { AffectedUnit, CouncilLevel } from './types.ts';

/** What the consultation needs of a merger group. */
export interface GroupLike {
	id: string;
	level: 'district' | 'commune';
	members: readonly string[];
}

/** What the consultation needs of a unit. */
export interface UnitLike {
	code: string;
	name: string;
	level: Level;
	kind: UnitKind;
	parentCode: string | null;
	population: number | null;
}

/**
 * The units the consultation covers, in group order then member order: every member of a group of two or more units
 * (a group of one merges nothing). `groupNames` gives each group's new-unit name when known.
 */
export function affectedUnits(
	groups: readonly GroupLike[],
	units: readonly UnitLike[],
	groupNames: Record<string, string | null> = {}
): AffectedUnit[] {
	const byCode = new Map(units.map((u) => [u.code, u]));
	const out: AffectedUnit[] = [];
	const seen = new Set<string>();
	for (const g of groups) {
		if (g.members.length < 2) continue;
		for (const code of g.members) {
			const u = byCode.get(code);
			if (!u || seen.has(code)) continue;
			seen.add(code);
			const parent = u.parentCode ? byCode.get(u.parentCode) : undefined;
			out.push({
				code,
				name: u.name,
				level: g.level,
				kind: u.kind,
				parentCode: u.parentCode,
				parentName: parent && parent.level === 'district' ? parent.name : null,
				groupId: g.id,
				groupName: groupNames[g.id] ?? null,
				population: u.population
			});
		}
	}
	return out;
}

/** A council expected to vote on the scheme. */
export interface ExpectedCouncil {
	level: CouncilLevel;
	unitCode: string | null;
	name: string | null;
}

/**
 * The People's Councils expected to pass a resolution: each affected commune's, each district's that is merged or
 * holds an affected commune, and the province's.
 */
export function expectedCouncils(affected: readonly AffectedUnit[], units: readonly UnitLike[]): ExpectedCouncil[] {
	const byCode = new Map(units.map((u) => [u.code, u]));
	const communes: ExpectedCouncil[] = [];
	const districts = new Map<string, ExpectedCouncil>();
	for (const a of affected) {
		if (a.level === 'commune') {
			communes.push({ level: 'commune', unitCode: a.code, name: a.name });
			const d = a.parentCode ? byCode.get(a.parentCode) : undefined;
			if (d && d.level === 'district' && !districts.has(d.code))
				districts.set(d.code, { level: 'district', unitCode: d.code, name: d.name });
		} else if (!districts.has(a.code)) districts.set(a.code, { level: 'district', unitCode: a.code, name: a.name });
	}
	return [...communes, ...districts.values(), { level: 'province', unitCode: null, name: null }];
}
