/**
 * The pure edit operations on a scenario's merger groups: each takes a content and returns a NEW one (the input is
 * never mutated), or throws a ScenarioEditError. They enforce what the law and the model require: a unit is in at
 * most one group, a group's members share one level, a locked group does not change, an exempted unit is not also
 * merged. The exemptions' operations are in exemptions.ts.
 */
import { LEVEL_OF_KIND, type UnitKind } from '../units.ts';
import { blankGroup, getGroup, groupOfUnit, nextGroupId } from './content.ts';
import { err, LEVEL_EN, LEVEL_VI, unitText } from './errors.ts';
import {
	GROUP_FIELDS,
	SCENARIO_LEVELS,
	SCENARIO_PHASES,
	type CatalogUnit,
	type GroupFields,
	type MergerGroup,
	type ScenarioCatalog,
	type ScenarioContent,
	type ScenarioLevel,
	type ScenarioPhase
} from './types.ts';
import { both } from '../../i18n/catalogue.ts';

function replaceGroup(content: ScenarioContent, group: MergerGroup): ScenarioContent {
	return { ...content, groups: content.groups.map((g) => (g.id === group.id ? group : g)) };
}

function assertUnlocked(g: MergerGroup): void {
	if (g.locked)
		throw err('group_locked', { groupId: g.id }, both('scenario.operations.groupIdIsLockedAnd', { id: g.id }));
}

/** Check that a unit can join a group: known, same level, not elsewhere, not exempted. */
function checkJoin(content: ScenarioContent, catalog: ScenarioCatalog, g: MergerGroup, code: string): CatalogUnit {
	const u = catalog.unit(code);
	if (!u) throw err('unknown_unit', { code }, both('scenario.exemptions.noUnitWithCodeCode', { code }));
	if (u.level !== 'district' && u.level !== 'commune') {
		throw err(
			'level_not_mergeable',
			{ code, level: u.level },
			both('scenario.operations.p1IsAP3Unit', { p1: unitText(u, code), p2: LEVEL_VI[u.level], p3: LEVEL_EN[u.level] })
		);
	}
	if (u.level !== g.level) {
		throw err(
			'mixed_levels',
			{ code, unitLevel: u.level, groupId: g.id, groupLevel: g.level },
			both('scenario.operations.p1IsAP4Unit', {
				p1: unitText(u, code),
				p2: LEVEL_VI[u.level],
				id: g.id,
				p3: LEVEL_VI[g.level],
				p4: LEVEL_EN[u.level],
				p5: LEVEL_EN[g.level]
			})
		);
	}
	if (g.members.includes(code)) {
		throw err(
			'already_member',
			{ code, groupId: g.id },
			both('scenario.operations.p1IsAlreadyInGroup', { p1: unitText(u, code), id: g.id })
		);
	}
	const other = groupOfUnit(content, code);
	if (other) {
		throw err(
			'unit_in_other_group',
			{ code, groupId: g.id, otherGroupId: other.id },
			both('scenario.operations.p1IsAlreadyInGroup2', { p1: unitText(u, code), id: other.id })
		);
	}
	if (content.exemptions.some((x) => x.code === code)) {
		throw err('unit_exempted', { code }, both('scenario.operations.p1IsRecordedAsKept', { p1: unitText(u, code) }));
	}
	return u;
}

/** Add a unit to a group. */
export function addMember(
	content: ScenarioContent,
	catalog: ScenarioCatalog,
	groupId: string,
	code: string
): ScenarioContent {
	const g = getGroup(content, groupId);
	assertUnlocked(g);
	checkJoin(content, catalog, g, code);
	return replaceGroup(content, { ...g, members: [...g.members, code] });
}

/** Remove a unit from a group; a kept code or seat that was this unit goes back to the default (null). */
export function removeMember(content: ScenarioContent, groupId: string, code: string): ScenarioContent {
	const g = getGroup(content, groupId);
	assertUnlocked(g);
	if (!g.members.includes(code)) {
		throw err('not_member', { code, groupId }, both('scenario.operations.unitCodeIsNotIn', { code, groupId }));
	}
	return replaceGroup(content, {
		...g,
		members: g.members.filter((m) => m !== code),
		keptCode: g.keptCode === code ? null : g.keptCode,
		seatCode: g.seatCode === code ? null : g.seatCode
	});
}

/** What a new group starts with. The level is taken from the first member when not given. */
export interface NewGroupInit extends GroupFields {
	id?: string;
	level?: ScenarioLevel;
	members?: string[];
	locked?: boolean;
}

/** Create a group (members are added with addMember's checks, then fields with setGroupFields' checks). */
export function newGroup(content: ScenarioContent, catalog: ScenarioCatalog, init: NewGroupInit = {}): ScenarioContent {
	const id = init.id == null ? nextGroupId(content) : String(init.id).trim();
	if (!id || id.length > 64)
		throw err('bad_group_id', { groupId: init.id }, both('scenario.operations.aGroupIdMustHave'));
	if (content.groups.some((g) => g.id === id)) {
		throw err('duplicate_group_id', { groupId: id }, both('scenario.operations.theScenarioAlreadyHasA', { id }));
	}
	let level = init.level;
	if (level != null && !SCENARIO_LEVELS.includes(level)) {
		throw err('bad_level', { level }, both('scenario.operations.levelP1IsNotValid', { p1: String(level) }));
	}
	if (level == null && init.members?.length) {
		const u = catalog.unit(init.members[0]);
		if (!u)
			throw err(
				'unknown_unit',
				{ code: init.members[0] },
				both('scenario.operations.noUnitWithCodeP1', { p1: init.members[0] })
			);
		if (u.level === 'district' || u.level === 'commune') level = u.level;
	}
	if (level == null) throw err('level_required', {}, both('scenario.operations.sayWhetherTheGroupHolds'));
	let out: ScenarioContent = {
		...content,
		groups: [...content.groups, blankGroup(id, level, [])]
	};
	for (const code of init.members ?? []) out = addMember(out, catalog, id, String(code));
	const fields: GroupFields = {};
	for (const f of GROUP_FIELDS) if (init[f] !== undefined) (fields as Record<string, unknown>)[f] = init[f];
	if (Object.keys(fields).length) out = setGroupFields(out, catalog, id, fields);
	if (init.locked) out = lockGroup(out, id, true);
	return out;
}

/** Delete a group (its units become free again). */
export function deleteGroup(content: ScenarioContent, groupId: string): ScenarioContent {
	const g = getGroup(content, groupId);
	assertUnlocked(g);
	return { ...content, groups: content.groups.filter((x) => x.id !== groupId) };
}

/**
 * Change a group's choices. Strings are trimmed; an empty name means the default. A kind override must be of the
 * group's level and carry a reason; kept code and seat must be members.
 */
export function setGroupFields(
	content: ScenarioContent,
	catalog: ScenarioCatalog,
	groupId: string,
	fields: GroupFields
): ScenarioContent {
	const g = getGroup(content, groupId);
	assertUnlocked(g);
	const next: MergerGroup = { ...g };
	const text = (field: string, v: unknown, max: number): string | null => {
		if (v == null) return null;
		if (typeof v !== 'string')
			throw err('bad_value', { field, value: v }, both('scenario.operations.fieldFieldMustBeText', { field }));
		const t = v.trim();
		if (t.length > max)
			throw err('bad_value', { field, max }, both('scenario.operations.fieldFieldIsLongerThan', { field, max }));
		return t || null;
	};
	for (const [key, value] of Object.entries(fields)) {
		if (value === undefined) continue;
		switch (key as keyof GroupFields) {
			case 'name':
				next.name = text('name', value, 200);
				break;
			case 'notes':
				next.notes = text('notes', value, 5000) ?? '';
				break;
			case 'kindReason':
				next.kindReason = text('kindReason', value, 2000);
				break;
			case 'kind': {
				if (value == null) {
					next.kind = null;
					break;
				}
				const k = value as UnitKind;
				if (!(k in LEVEL_OF_KIND) || LEVEL_OF_KIND[k] !== g.level) {
					throw err(
						'kind_wrong_level',
						{ kind: value, level: g.level },
						both('scenario.operations.kindP1IsNotA', {
							p1: String(value),
							p2: LEVEL_VI[g.level],
							p3: LEVEL_EN[g.level]
						})
					);
				}
				next.kind = k;
				break;
			}
			case 'keptCode':
			case 'seatCode': {
				const code = value == null ? null : String(value);
				if (code != null && !g.members.includes(code)) {
					const kept = key === 'keptCode';
					throw err(
						kept ? 'kept_not_member' : 'seat_not_member',
						{ code, groupId },
						kept
							? both('scenario.operations.theKeptCodeCodeMust', { code, groupId })
							: both('scenario.operations.theSeatMustBeA', { groupId, code })
					);
				}
				next[key as 'keptCode' | 'seatCode'] = code;
				break;
			}
			case 'phase':
				if (value != null && !SCENARIO_PHASES.includes(value as ScenarioPhase)) {
					throw err(
						'bad_phase',
						{ phase: value },
						both('scenario.operations.phaseP1IsNotValid', { p1: String(value) })
					);
				}
				next.phase = (value as ScenarioPhase | null) ?? null;
				break;
			default:
				throw err('unknown_field', { field: key }, both('scenario.operations.groupFieldKeyCannotBe', { key }));
		}
	}
	if (next.kind == null) next.kindReason = null;
	else if (!next.kindReason) {
		throw err(
			'kind_reason_required',
			{ kind: next.kind, groupId },
			both('scenario.operations.overridingTheKindGivenBy')
		);
	}
	return replaceGroup(content, next);
}

/** Lock or unlock a group. */
export function lockGroup(content: ScenarioContent, groupId: string, locked: boolean): ScenarioContent {
	const g = getGroup(content, groupId);
	if (g.locked === locked) return content;
	return replaceGroup(content, { ...g, locked });
}

/**
 * Add every commune of a district to a commune group (those already in this group are skipped). Atomic: if one
 * commune is in another group or exempted, nothing is added and the error names them all.
 */
export function addAllCommunesOfDistrict(
	content: ScenarioContent,
	catalog: ScenarioCatalog,
	groupId: string,
	districtCode: string
): ScenarioContent {
	const g = getGroup(content, groupId);
	assertUnlocked(g);
	const d = catalog.unit(districtCode);
	if (!d || d.level !== 'district') {
		throw err(
			'not_a_district',
			{ code: districtCode },
			both('scenario.operations.districtcodeIsNotADistrict', { districtCode })
		);
	}
	const todo = catalog.communesOf(districtCode).filter((c) => !g.members.includes(c));
	const taken = todo.filter((c) => groupOfUnit(content, c));
	if (taken.length) {
		const where = taken.map((c) => `${c} → «${groupOfUnit(content, c)!.id}»`).join(', ');
		throw err(
			'unit_in_other_group',
			{ codes: taken, groupId, districtCode },
			both('scenario.operations.theseCommunesAreAlreadyIn', { where })
		);
	}
	let out = content;
	for (const c of todo) out = addMember(out, catalog, groupId, c);
	return out;
}
