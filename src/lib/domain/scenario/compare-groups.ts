/** The compared scenarios' merger groups lined up by member set, and what each scenario's map draws. */
import type { GroupEvaluation, ScenarioEvaluation } from './evaluation.ts';
import type { ScenarioLevel } from './types.ts';

/** One scenario's group with a given member set, as the diff shows it. */
export interface GroupSide {
	groupId: string;
	name: string | null;
	seatCode: string | null;
	phase: string | null;
	meets: GroupEvaluation['meets'];
	valid: boolean;
}

/** What differs between the scenarios' groups with the same members. */
export type GroupField = 'name' | 'seat' | 'phase';

/**
 * One member set across the compared scenarios: `sides[i]` is scenario i's group with exactly these members (null
 * when scenario i has no such group). `kind`: `some` = not every scenario has it (only in A, only in B…), `differs`
 * = all have it but with another name, seat or phase, `same` = all have it alike.
 */
export interface GroupDiffEntry {
	key: string;
	level: ScenarioLevel;
	members: string[];
	sides: (GroupSide | null)[];
	kind: 'some' | 'differs' | 'same';
	differs: GroupField[];
}

/** The key of a member set: level and sorted codes (the order members were added in does not matter). */
export const memberSetKey = (level: ScenarioLevel, members: readonly string[]) =>
	`${level}:${[...members].sort().join(',')}`;

/**
 * The groups of the compared scenarios lined up by member set: those not in every scenario first, then those in
 * all with another name, seat or phase, then those alike. Empty groups are left out.
 */
export function diffGroups(scenarios: readonly { evaluation: Pick<ScenarioEvaluation, 'groups'> }[]): GroupDiffEntry[] {
	const byKey = new Map<string, GroupDiffEntry>();
	scenarios.forEach((s, i) => {
		for (const g of s.evaluation.groups) {
			if (!g.members.length) continue;
			const key = memberSetKey(g.level, g.members);
			let e = byKey.get(key);
			if (!e) {
				e = {
					key,
					level: g.level,
					members: [...g.members].sort(),
					sides: scenarios.map(() => null),
					kind: 'same',
					differs: []
				};
				byKey.set(key, e);
			}
			e.sides[i] = {
				groupId: g.id,
				name: g.name,
				seatCode: g.seatCode,
				phase: g.phase,
				meets: g.meets,
				valid: g.valid
			};
		}
	});
	const order = { some: 0, differs: 1, same: 2 } as const;
	const out = [...byKey.values()];
	for (const e of out) {
		const present = e.sides.filter((s): s is GroupSide => !!s);
		if (present.length < scenarios.length) e.kind = 'some';
		const differs = (f: (s: GroupSide) => unknown) => new Set(present.map(f)).size > 1;
		if (differs((s) => s.name)) e.differs.push('name');
		if (differs((s) => s.seatCode)) e.differs.push('seat');
		if (differs((s) => s.phase)) e.differs.push('phase');
		if (e.kind !== 'some' && e.differs.length) e.kind = 'differs';
	}
	return out.sort((a, b) => order[a.kind] - order[b.kind] || a.key.localeCompare(b.key));
}

/** What one scenario's map draws: its groups with their verdicts, the subject units left, the units kept. */
export interface CompareMapData {
	groups: {
		id: string;
		level: ScenarioLevel;
		members: string[];
		name: string | null;
		meets: GroupEvaluation['meets'];
	}[];
	left: { code: string; level: ScenarioLevel }[];
	exempted: { code: string; level: ScenarioLevel }[];
}

/** The map data of one evaluated scenario. */
export function compareMapData(e: Pick<ScenarioEvaluation, 'groups' | 'mandatoryLeft' | 'exemptions'>): CompareMapData {
	return {
		groups: e.groups
			.filter((g) => g.members.length)
			.map((g) => ({ id: g.id, level: g.level, members: g.members, name: g.name, meets: g.meets })),
		left: e.mandatoryLeft.map((m) => ({ code: m.code, level: m.level })),
		exempted: e.exemptions.filter((x) => x.needed).map((x) => ({ code: x.code, level: x.level }))
	};
}
