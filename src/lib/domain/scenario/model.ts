/**
 * The scenario model (phương án sắp xếp): merger groups and recorded exemptions, and the pure edit operations on
 * them (domain.md §4, §5, §7). Plain TypeScript: no DOM, no database, no file system.
 *
 * Every operation takes a content and returns a NEW content (the input is never mutated), or throws a
 * `ScenarioEditError` whose `code`/`params` are data and whose `messages` are bilingual. Operations validate what
 * the law and the model require: a unit is in at most one group, a group's members share one level, a locked group
 * does not change, an exempted unit is not also merged.
 */
import { LEVEL_OF_KIND } from '../units.ts';
import type { Level, UnitKind } from '../units.ts';
import { bi, type Bilingual } from '../messages.ts';

/** Levels a merger group can have (the province level is out of scope). */
export type ScenarioLevel = 'district' | 'commune';
export const SCENARIO_LEVELS: readonly ScenarioLevel[] = ['district', 'commune'];

/** NQ 35 phase in which a group is to be carried out (null = not decided). */
export type ScenarioPhase = '2023-2025' | '2026-2030';
export const SCENARIO_PHASES: readonly ScenarioPhase[] = ['2023-2025', '2026-2030'];

/** One proposed new unit: the members merged into it and the choices the user made about it. */
export interface MergerGroup {
	/** Stable id within the scenario (the audit trail and the UI refer to it). */
	id: string;
	level: ScenarioLevel;
	/** Unit codes (text, leading zeros kept), in the order they were added. */
	members: string[];
	/** Name of the new unit; null = the default (the most populous member's name). */
	name: string | null;
	/** Kind of the new unit; null = decided by the rule set. A non-null kind is an override and needs `kindReason`. */
	kind: UnitKind | null;
	kindReason: string | null;
	/** Member whose GSO code the new unit keeps; null = default (the most populous member). */
	keptCode: string | null;
	/** Member whose seat (trụ sở) becomes the new unit's seat; null = not chosen yet. */
	seatCode: string | null;
	phase: ScenarioPhase | null;
	notes: string;
	/** A locked group cannot be edited (only unlocked). */
	locked: boolean;
}

/** A subject unit the scenario keeps, with its NQ 35 Art. 3.1 a–d reason code and a free-text justification. */
export interface ScenarioExemption {
	code: string;
	reasonCode: string;
	justification: string;
}

/** What a scenario contains. Stored as JSON, one row per version. */
export interface ScenarioContent {
	groups: MergerGroup[];
	exemptions: ScenarioExemption[];
}

/** The fields of a group `setGroupFields` may change. */
export type GroupFields = Partial<
	Pick<MergerGroup, 'name' | 'kind' | 'kindReason' | 'keptCode' | 'seatCode' | 'phase' | 'notes'>
>;
const GROUP_FIELDS: readonly (keyof GroupFields)[] = [
	'name',
	'kind',
	'kindReason',
	'keptCode',
	'seatCode',
	'phase',
	'notes'
];

/** What the edit operations need to know about a unit. */
export interface CatalogUnit {
	code: string;
	name: string;
	level: Level;
	kind: UnitKind;
	parentCode: string | null;
}

/** The units of a dataset and the reason codes of the rule set, as the edit operations look them up. */
export interface ScenarioCatalog {
	unit(code: string): CatalogUnit | undefined;
	/** Commune codes of a district, sorted. */
	communesOf(districtCode: string): readonly string[];
	/** NQ 35 Art. 3.1 reason codes a scenario exemption may use (empty set = any code accepted). */
	exemptionReasonCodes: ReadonlySet<string>;
}

/** Build the catalog once per dataset and rule set (O(n)); every operation then looks units up in O(1). */
export function scenarioCatalog(
	units: readonly CatalogUnit[],
	exemptionReasons: readonly { code: string }[] = []
): ScenarioCatalog {
	const byCode = new Map<string, CatalogUnit>();
	const children = new Map<string, string[]>();
	for (const u of units) {
		byCode.set(u.code, u);
		if (u.level === 'commune' && u.parentCode) {
			const list = children.get(u.parentCode);
			if (list) list.push(u.code);
			else children.set(u.parentCode, [u.code]);
		}
	}
	for (const list of children.values()) list.sort();
	const reasons = new Set(exemptionReasons.map((r) => r.code));
	return {
		unit: (code) => byCode.get(code),
		communesOf: (d) => children.get(d) ?? [],
		exemptionReasonCodes: reasons
	};
}

// ---------------------------------------------------------------------------------------------------------------
// Errors
// ---------------------------------------------------------------------------------------------------------------

export type ScenarioErrorCode =
	| 'unknown_group'
	| 'duplicate_group_id'
	| 'bad_group_id'
	| 'level_required'
	| 'bad_level'
	| 'unknown_unit'
	| 'level_not_mergeable'
	| 'mixed_levels'
	| 'unit_in_other_group'
	| 'already_member'
	| 'not_member'
	| 'unit_exempted'
	| 'unit_in_group'
	| 'group_locked'
	| 'unknown_field'
	| 'bad_value'
	| 'kind_wrong_level'
	| 'kind_reason_required'
	| 'kept_not_member'
	| 'seat_not_member'
	| 'bad_phase'
	| 'not_a_district'
	| 'unknown_exemption_reason'
	| 'justification_required'
	| 'not_exempted'
	| 'unknown_op';

/** A rejected edit. `code` and `params` are data for programs; `messages` are for people (Vietnamese and English). */
export class ScenarioEditError extends Error {
	readonly code: ScenarioErrorCode;
	readonly params: Record<string, unknown>;
	readonly messages: Bilingual;
	constructor(code: ScenarioErrorCode, params: Record<string, unknown>, messages: Bilingual) {
		super(messages.en);
		this.name = 'ScenarioEditError';
		this.code = code;
		this.params = params;
		this.messages = messages;
	}
}

const LEVEL_VI: Record<string, string> = { district: 'cấp huyện', commune: 'cấp xã', province: 'cấp tỉnh' };
const LEVEL_EN: Record<string, string> = {
	district: 'district level',
	commune: 'commune level',
	province: 'province level'
};
const unitText = (u: CatalogUnit | undefined, code: string) => (u ? `${u.name} (${code})` : code);

function err(code: ScenarioErrorCode, params: Record<string, unknown>, vi: string, en: string): ScenarioEditError {
	return new ScenarioEditError(code, params, bi(vi, en));
}

// ---------------------------------------------------------------------------------------------------------------
// Reading
// ---------------------------------------------------------------------------------------------------------------

/** A scenario with nothing in it. */
export function emptyContent(): ScenarioContent {
	return { groups: [], exemptions: [] };
}

/** The group holding a unit, if any. O(groups × members): scenarios hold tens of groups. */
export function groupOfUnit(content: ScenarioContent, code: string): MergerGroup | undefined {
	return content.groups.find((g) => g.members.includes(code));
}

/** A group by id, or a ScenarioEditError. */
export function getGroup(content: ScenarioContent, groupId: string): MergerGroup {
	const g = content.groups.find((x) => x.id === groupId);
	if (!g)
		throw err(
			'unknown_group',
			{ groupId },
			`Không có nhóm «${groupId}» trong phương án.`,
			`No group “${groupId}” in the scenario.`
		);
	return g;
}

/** The id `newGroup` gives when none is asked for: "g" + (largest numeric suffix of a "g<n>" id + 1). */
export function nextGroupId(content: ScenarioContent): string {
	let max = 0;
	for (const g of content.groups) {
		const m = /^g(\d+)$/.exec(g.id);
		if (m) max = Math.max(max, Number(m[1]));
	}
	return `g${max + 1}`;
}

/**
 * Read a content from untrusted JSON (a stored version, a request body): missing fields get their defaults, wrong
 * types become defaults. It does not check units against a dataset: use `validateContent` for that.
 */
export function normalizeContent(raw: unknown): ScenarioContent {
	const o = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
	const str = (x: unknown): string | null => (typeof x === 'string' ? x : x == null ? null : String(x));
	const groups: MergerGroup[] = (Array.isArray(o.groups) ? o.groups : []).map(
		(g: Record<string, unknown>, i: number) => ({
			id: str(g?.id) ?? `g${i + 1}`,
			level: g?.level === 'district' ? 'district' : 'commune',
			members: Array.isArray(g?.members) ? g.members.map((m: unknown) => String(m)) : [],
			name: str(g?.name),
			kind: (str(g?.kind) as UnitKind | null) ?? null,
			kindReason: str(g?.kindReason),
			keptCode: str(g?.keptCode),
			seatCode: str(g?.seatCode),
			phase: SCENARIO_PHASES.includes(g?.phase as ScenarioPhase) ? (g.phase as ScenarioPhase) : null,
			notes: str(g?.notes) ?? '',
			locked: g?.locked === true
		})
	);
	const exemptions: ScenarioExemption[] = (Array.isArray(o.exemptions) ? o.exemptions : []).map(
		(e: Record<string, unknown>) => ({
			code: String(e?.code ?? ''),
			reasonCode: String(e?.reasonCode ?? ''),
			justification: str(e?.justification) ?? ''
		})
	);
	return { groups, exemptions };
}

/** A problem found by validateContent: the same data as a ScenarioEditError, with where it is. */
export interface ContentProblem {
	code: ScenarioErrorCode;
	params: Record<string, unknown>;
	messages: Bilingual;
	groupId?: string;
}

/**
 * Check a whole content against a dataset (a stored scenario after the dataset changed, an imported plan): every
 * problem, not only the first. Replaying the content through the operations finds them with the same rules.
 */
export function validateContent(content: ScenarioContent, catalog: ScenarioCatalog): ContentProblem[] {
	const problems: ContentProblem[] = [];
	let acc = emptyContent();
	const push = (e: unknown, groupId?: string) => {
		if (!(e instanceof ScenarioEditError)) throw e;
		problems.push({ code: e.code, params: e.params, messages: e.messages, ...(groupId ? { groupId } : {}) });
	};
	for (const g of content.groups) {
		try {
			acc = newGroup(acc, catalog, { id: g.id, level: g.level });
		} catch (e) {
			push(e, g.id);
			continue;
		}
		for (const m of g.members) {
			try {
				acc = addMember(acc, catalog, g.id, m);
			} catch (e) {
				push(e, g.id);
			}
		}
		// Field by field, so that every bad field is reported (a kind override goes with its reason).
		const parts: GroupFields[] = [
			{ name: g.name },
			{ phase: g.phase },
			{ notes: g.notes },
			{ kind: g.kind, kindReason: g.kindReason },
			{ keptCode: g.keptCode },
			{ seatCode: g.seatCode }
		];
		for (const fields of parts) {
			try {
				acc = setGroupFields(acc, catalog, g.id, fields);
			} catch (e) {
				push(e, g.id);
			}
		}
	}
	for (const x of content.exemptions) {
		try {
			acc = setExemption(acc, catalog, x);
		} catch (e) {
			push(e);
		}
	}
	return problems;
}

// ---------------------------------------------------------------------------------------------------------------
// Operations (pure: they return a new content)
// ---------------------------------------------------------------------------------------------------------------

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
		groups: [
			...content.groups,
			{
				id,
				level,
				members: [],
				name: null,
				kind: null,
				kindReason: null,
				keptCode: null,
				seatCode: null,
				phase: null,
				notes: '',
				locked: false
			}
		]
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

/** Record (or replace) that the scenario keeps a unit, with its NQ 35 Art. 3.1 reason code and justification. */
export function setExemption(
	content: ScenarioContent,
	catalog: ScenarioCatalog,
	exemption: ScenarioExemption
): ScenarioContent {
	const code = String(exemption.code ?? '');
	const u = catalog.unit(code);
	if (!u)
		throw err(
			'unknown_unit',
			{ code },
			`Không có đơn vị mã ${code} trong bộ dữ liệu.`,
			`No unit with code ${code} in the dataset.`
		);
	const reasonCode = String(exemption.reasonCode ?? '');
	if (catalog.exemptionReasonCodes.size && !catalog.exemptionReasonCodes.has(reasonCode)) {
		const known = [...catalog.exemptionReasonCodes].join(', ');
		throw err(
			'unknown_exemption_reason',
			{ reasonCode, known: [...catalog.exemptionReasonCodes] },
			`Lý do «${reasonCode}» không thuộc các lý do tại khoản 1 Điều 3 Nghị quyết số 35/2023/UBTVQH15 (${known}).`,
			`Reason “${reasonCode}” is not one of NQ 35/2023 Art. 3.1 (${known}).`
		);
	}
	const justification = typeof exemption.justification === 'string' ? exemption.justification.trim() : '';
	if (!justification) {
		throw err(
			'justification_required',
			{ code },
			`Cần ghi rõ căn cứ, lý do không sắp xếp ${unitText(u, code)}.`,
			`Give a justification for keeping ${unitText(u, code)}.`
		);
	}
	const g = groupOfUnit(content, code);
	if (g) {
		throw err(
			'unit_in_group',
			{ code, groupId: g.id },
			`${unitText(u, code)} đang thuộc nhóm «${g.id}»: bỏ khỏi nhóm trước khi ghi nhận không sắp xếp.`,
			`${unitText(u, code)} is in group “${g.id}”: remove it from the group before recording it as kept.`
		);
	}
	const rest = content.exemptions.filter((x) => x.code !== code);
	return { ...content, exemptions: [...rest, { code, reasonCode, justification }] };
}

/** Remove a recorded exemption. */
export function clearExemption(content: ScenarioContent, code: string): ScenarioContent {
	if (!content.exemptions.some((x) => x.code === code)) {
		throw err(
			'not_exempted',
			{ code },
			`Đơn vị ${code} không có ghi nhận không sắp xếp trong phương án.`,
			`Unit ${code} has no recorded exemption in the scenario.`
		);
	}
	return { ...content, exemptions: content.exemptions.filter((x) => x.code !== code) };
}

// ---------------------------------------------------------------------------------------------------------------
// Operations as data (the HTTP API and the undo log speak this)
// ---------------------------------------------------------------------------------------------------------------

/** One edit, as the UI sends it. */
export type ScenarioOp =
	| { op: 'addMember'; groupId: string; code: string }
	| { op: 'removeMember'; groupId: string; code: string }
	| ({ op: 'newGroup' } & NewGroupInit)
	| { op: 'deleteGroup'; groupId: string }
	| { op: 'setGroupFields'; groupId: string; fields: GroupFields }
	| { op: 'lockGroup'; groupId: string; locked: boolean }
	| { op: 'addAllCommunesOfDistrict'; groupId: string; districtCode: string }
	| { op: 'setExemption'; code: string; reasonCode: string; justification: string }
	| { op: 'clearExemption'; code: string };

export const SCENARIO_OPS = [
	'addMember',
	'removeMember',
	'newGroup',
	'deleteGroup',
	'setGroupFields',
	'lockGroup',
	'addAllCommunesOfDistrict',
	'setExemption',
	'clearExemption'
] as const;

/** Apply one op. */
export function applyOp(content: ScenarioContent, op: ScenarioOp, catalog: ScenarioCatalog): ScenarioContent {
	switch (op?.op) {
		case 'addMember':
			return addMember(content, catalog, String(op.groupId), String(op.code));
		case 'removeMember':
			return removeMember(content, String(op.groupId), String(op.code));
		case 'newGroup': {
			const { op: _op, ...init } = op;
			return newGroup(content, catalog, init);
		}
		case 'deleteGroup':
			return deleteGroup(content, String(op.groupId));
		case 'setGroupFields':
			return setGroupFields(content, catalog, String(op.groupId), op.fields ?? {});
		case 'lockGroup':
			return lockGroup(content, String(op.groupId), op.locked !== false);
		case 'addAllCommunesOfDistrict':
			return addAllCommunesOfDistrict(content, catalog, String(op.groupId), String(op.districtCode));
		case 'setExemption':
			return setExemption(content, catalog, {
				code: op.code,
				reasonCode: op.reasonCode,
				justification: op.justification
			});
		case 'clearExemption':
			return clearExemption(content, String(op.code));
		default:
			throw err(
				'unknown_op',
				{ op: (op as { op?: unknown })?.op ?? null, known: SCENARIO_OPS },
				`Thao tác không rõ: «${String((op as { op?: unknown })?.op)}».`,
				`Unknown operation “${String((op as { op?: unknown })?.op)}”.`
			);
	}
}

/** An op that failed inside a batch: which one (0-based) and why. */
export class ScenarioOpError extends ScenarioEditError {
	readonly opIndex: number;
	constructor(opIndex: number, cause: ScenarioEditError) {
		super(cause.code, cause.params, cause.messages);
		this.name = 'ScenarioOpError';
		this.opIndex = opIndex;
	}
}

/** Apply ops in order, all or nothing: the first failing op throws a ScenarioOpError with its index. */
export function applyOps(
	content: ScenarioContent,
	ops: readonly ScenarioOp[],
	catalog: ScenarioCatalog
): ScenarioContent {
	let out = content;
	for (let i = 0; i < ops.length; i++) {
		try {
			out = applyOp(out, ops[i], catalog);
		} catch (e) {
			if (e instanceof ScenarioEditError) throw new ScenarioOpError(i, e);
			throw e;
		}
	}
	return out;
}

/** A short summary of a batch of ops for the version history ("addMember 25111 → g1; setGroupFields g1"). */
export function summarizeOps(ops: readonly ScenarioOp[]): string {
	const parts = ops.map((o) => {
		switch (o.op) {
			case 'addMember':
				return `addMember ${o.code} → ${o.groupId}`;
			case 'removeMember':
				return `removeMember ${o.code} ← ${o.groupId}`;
			case 'newGroup':
				return `newGroup${o.id ? ` ${o.id}` : ''}${o.members?.length ? ` [${o.members.join(',')}]` : ''}`;
			case 'deleteGroup':
				return `deleteGroup ${o.groupId}`;
			case 'setGroupFields':
				return `setGroupFields ${o.groupId} ${Object.keys(o.fields ?? {}).join(',')}`;
			case 'lockGroup':
				return `${o.locked === false ? 'unlock' : 'lock'} ${o.groupId}`;
			case 'addAllCommunesOfDistrict':
				return `addAllCommunesOfDistrict ${o.districtCode} → ${o.groupId}`;
			case 'setExemption':
				return `setExemption ${o.code} ${o.reasonCode}`;
			case 'clearExemption':
				return `clearExemption ${o.code}`;
			default:
				return String((o as { op?: unknown }).op);
		}
	});
	const s = parts.join('; ');
	return s.length > 500 ? s.slice(0, 497) + '…' : s;
}

// ---------------------------------------------------------------------------------------------------------------
// Differences (for the audit trail)
// ---------------------------------------------------------------------------------------------------------------

/** One change between two contents: a group created/deleted/changed field, or an exemption set/cleared. */
export interface ContentChange {
	entity: 'group' | 'exemption';
	key: string; // group id or unit code
	action: 'create' | 'update' | 'delete';
	field: string | null;
	before: unknown;
	after: unknown;
}

const DIFF_FIELDS: readonly (keyof MergerGroup)[] = [
	'level',
	'members',
	'name',
	'kind',
	'kindReason',
	'keptCode',
	'seatCode',
	'phase',
	'notes',
	'locked'
];

function same(a: unknown, b: unknown): boolean {
	return JSON.stringify(a) === JSON.stringify(b);
}

/** Changes from `before` to `after`, one per group field or exemption (what the audit trail records). */
export function diffContent(before: ScenarioContent, after: ScenarioContent): ContentChange[] {
	const out: ContentChange[] = [];
	const was = new Map(before.groups.map((g) => [g.id, g]));
	const now = new Map(after.groups.map((g) => [g.id, g]));
	for (const g of after.groups) {
		const old = was.get(g.id);
		if (!old) {
			out.push({ entity: 'group', key: g.id, action: 'create', field: null, before: null, after: g });
			continue;
		}
		for (const f of DIFF_FIELDS) {
			if (!same(old[f], g[f]))
				out.push({ entity: 'group', key: g.id, action: 'update', field: f, before: old[f], after: g[f] });
		}
	}
	for (const g of before.groups)
		if (!now.has(g.id)) out.push({ entity: 'group', key: g.id, action: 'delete', field: null, before: g, after: null });
	const exWas = new Map(before.exemptions.map((x) => [x.code, x]));
	const exNow = new Map(after.exemptions.map((x) => [x.code, x]));
	for (const x of after.exemptions) {
		const old = exWas.get(x.code);
		if (!old) out.push({ entity: 'exemption', key: x.code, action: 'create', field: null, before: null, after: x });
		else if (!same(old, x))
			out.push({ entity: 'exemption', key: x.code, action: 'update', field: null, before: old, after: x });
	}
	for (const x of before.exemptions)
		if (!exNow.has(x.code))
			out.push({ entity: 'exemption', key: x.code, action: 'delete', field: null, before: x, after: null });
	return out;
}
