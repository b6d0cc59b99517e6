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

function replaceGroup(content: ScenarioContent, group: MergerGroup): ScenarioContent {
	return { ...content, groups: content.groups.map((g) => (g.id === group.id ? group : g)) };
}

function assertUnlocked(g: MergerGroup): void {
	if (g.locked)
		throw err(
			'group_locked',
			{ groupId: g.id },
			`Nhóm «${g.id}» đã khoá, không sửa được. Mở khoá trước.`,
			`Group “${g.id}” is locked and cannot change. Unlock it first.`
		);
}

/** Check that a unit can join a group: known, same level, not elsewhere, not exempted. */
function checkJoin(content: ScenarioContent, catalog: ScenarioCatalog, g: MergerGroup, code: string): CatalogUnit {
	const u = catalog.unit(code);
	if (!u)
		throw err(
			'unknown_unit',
			{ code },
			`Không có đơn vị mã ${code} trong bộ dữ liệu.`,
			`No unit with code ${code} in the dataset.`
		);
	if (u.level !== 'district' && u.level !== 'commune') {
		throw err(
			'level_not_mergeable',
			{ code, level: u.level },
			`${unitText(u, code)} là đơn vị ${LEVEL_VI[u.level]}: không thuộc phạm vi phương án.`,
			`${unitText(u, code)} is a ${LEVEL_EN[u.level]} unit: outside the scope of a scenario.`
		);
	}
	if (u.level !== g.level) {
		throw err(
			'mixed_levels',
			{ code, unitLevel: u.level, groupId: g.id, groupLevel: g.level },
			`${unitText(u, code)} là đơn vị ${LEVEL_VI[u.level]}, nhóm «${g.id}» gồm các đơn vị ${LEVEL_VI[g.level]}: các đơn vị nhập phải cùng cấp.`,
			`${unitText(u, code)} is a ${LEVEL_EN[u.level]} unit and group “${g.id}” is ${LEVEL_EN[g.level]}: merged units must be of the same level.`
		);
	}
	if (g.members.includes(code)) {
		throw err(
			'already_member',
			{ code, groupId: g.id },
			`${unitText(u, code)} đã có trong nhóm «${g.id}».`,
			`${unitText(u, code)} is already in group “${g.id}”.`
		);
	}
	const other = groupOfUnit(content, code);
	if (other) {
		throw err(
			'unit_in_other_group',
			{ code, groupId: g.id, otherGroupId: other.id },
			`${unitText(u, code)} đã thuộc nhóm «${other.id}»: một đơn vị chỉ được ở một nhóm.`,
			`${unitText(u, code)} is already in group “${other.id}”: a unit can be in one group only.`
		);
	}
	if (content.exemptions.some((x) => x.code === code)) {
		throw err(
			'unit_exempted',
			{ code },
			`${unitText(u, code)} đang được ghi nhận là không sắp xếp: bỏ ghi nhận đó trước khi đưa vào nhóm.`,
			`${unitText(u, code)} is recorded as kept (not arranged): clear that exemption before adding it to a group.`
		);
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
		throw err(
			'not_member',
			{ code, groupId },
			`Đơn vị ${code} không thuộc nhóm «${groupId}».`,
			`Unit ${code} is not in group “${groupId}”.`
		);
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
		throw err(
			'bad_group_id',
			{ groupId: init.id },
			'Mã nhóm phải có từ 1 đến 64 ký tự.',
			'A group id must have 1 to 64 characters.'
		);
	if (content.groups.some((g) => g.id === id)) {
		throw err(
			'duplicate_group_id',
			{ groupId: id },
			`Đã có nhóm «${id}» trong phương án.`,
			`The scenario already has a group “${id}”.`
		);
	}
	let level = init.level;
	if (level != null && !SCENARIO_LEVELS.includes(level)) {
		throw err(
			'bad_level',
			{ level },
			`Cấp «${String(level)}» không hợp lệ (district hoặc commune).`,
			`Level “${String(level)}” is not valid (district or commune).`
		);
	}
	if (level == null && init.members?.length) {
		const u = catalog.unit(init.members[0]);
		if (!u)
			throw err(
				'unknown_unit',
				{ code: init.members[0] },
				`Không có đơn vị mã ${init.members[0]} trong bộ dữ liệu.`,
				`No unit with code ${init.members[0]} in the dataset.`
			);
		if (u.level === 'district' || u.level === 'commune') level = u.level;
	}
	if (level == null)
		throw err(
			'level_required',
			{},
			'Cần cho biết nhóm gồm đơn vị cấp huyện hay cấp xã.',
			'Say whether the group holds district- or commune-level units.'
		);
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
			throw err(
				'bad_value',
				{ field, value: v },
				`Trường «${field}» phải là chuỗi ký tự.`,
				`Field “${field}” must be text.`
			);
		const t = v.trim();
		if (t.length > max)
			throw err(
				'bad_value',
				{ field, max },
				`Trường «${field}» dài quá ${max} ký tự.`,
				`Field “${field}” is longer than ${max} characters.`
			);
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
						`Loại «${String(value)}» không phải loại đơn vị ${LEVEL_VI[g.level]}.`,
						`Kind “${String(value)}” is not a ${LEVEL_EN[g.level]} kind.`
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
							? `Mã giữ lại ${code} phải là mã của một đơn vị trong nhóm «${groupId}».`
							: `Trụ sở phải đặt tại trụ sở của một đơn vị trong nhóm «${groupId}»; ${code} không thuộc nhóm.`,
						kept
							? `The kept code ${code} must be a member of group “${groupId}”.`
							: `The seat must be a member’s seat; ${code} is not in group “${groupId}”.`
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
						`Giai đoạn «${String(value)}» không hợp lệ (2023-2025 hoặc 2026-2030).`,
						`Phase “${String(value)}” is not valid (2023-2025 or 2026-2030).`
					);
				}
				next.phase = (value as ScenarioPhase | null) ?? null;
				break;
			default:
				throw err(
					'unknown_field',
					{ field: key },
					`Không sửa được trường «${key}» của nhóm.`,
					`Group field “${key}” cannot be set.`
				);
		}
	}
	if (next.kind == null) next.kindReason = null;
	else if (!next.kindReason) {
		throw err(
			'kind_reason_required',
			{ kind: next.kind, groupId },
			'Chọn loại đơn vị khác với quy tắc cần ghi rõ lý do.',
			'Overriding the kind given by the rules needs a recorded reason.'
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
			`${districtCode} không phải mã đơn vị cấp huyện của bộ dữ liệu.`,
			`${districtCode} is not a district code of the dataset.`
		);
	}
	const todo = catalog.communesOf(districtCode).filter((c) => !g.members.includes(c));
	const taken = todo.filter((c) => groupOfUnit(content, c));
	if (taken.length) {
		const where = taken.map((c) => `${c} → «${groupOfUnit(content, c)!.id}»`).join(', ');
		throw err(
			'unit_in_other_group',
			{ codes: taken, groupId, districtCode },
			`Các xã sau đã thuộc nhóm khác: ${where}. Một đơn vị chỉ được ở một nhóm.`,
			`These communes are already in other groups: ${where}. A unit can be in one group only.`
		);
	}
	let out = content;
	for (const c of todo) out = addMember(out, catalog, groupId, c);
	return out;
}
