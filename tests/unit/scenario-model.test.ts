/**
 * The scenario model: edit operations are pure (new content, input untouched) and refuse what the model forbids.
 */
import { describe, expect, it } from 'vitest';
import {
	addAllCommunesOfDistrict,
	addMember,
	applyOps,
	clearExemption,
	contentJson,
	deleteGroup,
	diffContent,
	emptyContent,
	lockGroup,
	newGroup,
	normalizeContent,
	removeMember,
	scenarioCatalog,
	ScenarioEditError,
	ScenarioOpError,
	setExemption,
	setGroupFields,
	summarizeOps,
	validateContent,
	type ScenarioContent
} from '../../src/lib/domain/scenario/model';
import { NQ35_2023 } from '../../src/lib/domain/rules';
import { evaluateScenarioOn, scenarioBasis } from '../../src/lib/domain/scenario';
import { ADJACENCY, CTX, UNITS } from '../fixtures/scenario';

const catalog = scenarioCatalog(UNITS, NQ35_2023.exemptionReasons);

/** Deep-freeze so that any mutation of an input throws. */
function frozen<T>(x: T): T {
	if (x && typeof x === 'object') {
		for (const v of Object.values(x)) frozen(v);
		Object.freeze(x);
	}
	return x;
}

/** The error an edit throws (fails the test when it does not throw). */
function errorOf(fn: () => unknown): ScenarioEditError {
	try {
		fn();
	} catch (e) {
		if (e instanceof ScenarioEditError) return e;
		throw e;
	}
	throw new Error('expected a ScenarioEditError');
}

const withGroup = (members: string[], id = 'g1'): ScenarioContent =>
	newGroup(emptyContent(), catalog, { id, level: 'commune', members });

describe('creating and filling groups', () => {
	it('newGroup gives g1, g2… and infers the level from the first member; codes keep their leading zeros', () => {
		let c = newGroup(emptyContent(), catalog, { members: ['00001', '00004'] });
		c = newGroup(c, catalog, { level: 'district' });
		expect(c.groups.map((g) => [g.id, g.level, g.members])).toEqual([
			['g1', 'commune', ['00001', '00004']],
			['g2', 'district', []]
		]);
		expect(c.groups[0]).toMatchObject({
			name: null,
			kind: null,
			keptCode: null,
			seatCode: null,
			phase: null,
			notes: '',
			locked: false
		});
	});

	it('operations return a new content and never touch their input', () => {
		const before = frozen(withGroup(['00001']));
		const after = addMember(before, catalog, 'g1', '00004');
		expect(after).not.toBe(before);
		expect(before.groups[0].members).toEqual(['00001']);
		expect(after.groups[0].members).toEqual(['00001', '00004']);
		// every op on a frozen input works (would throw on mutation)
		const c = frozen(after);
		expect(() => removeMember(c, 'g1', '00004')).not.toThrow();
		expect(() => setGroupFields(c, catalog, 'g1', { name: 'Xã Mới', seatCode: '00004' })).not.toThrow();
		expect(() => lockGroup(c, 'g1', true)).not.toThrow();
		expect(() => deleteGroup(c, 'g1')).not.toThrow();
		expect(() =>
			setExemption(c, catalog, { code: '00003', reasonCode: 'isolated_location', justification: 'đảo' })
		).not.toThrow();
	});

	it('a unit in two groups is an error naming the other group', () => {
		let c = withGroup(['00001', '00004']);
		c = newGroup(c, catalog, { id: 'g2', level: 'commune' });
		const e = errorOf(() => addMember(c, catalog, 'g2', '00004'));
		expect(e.code).toBe('unit_in_other_group');
		expect(e.params).toMatchObject({ code: '00004', otherGroupId: 'g1' });
		expect(e.messages.vi).toContain('đã thuộc nhóm «g1»');
		expect(e.messages.en).toContain('already in group “g1”');
	});

	it('mixed levels are refused (a district into a commune group)', () => {
		const e = errorOf(() => addMember(withGroup(['00001']), catalog, 'g1', '001'));
		expect(e.code).toBe('mixed_levels');
		expect(e.messages.vi).toContain('các đơn vị nhập phải cùng cấp');
	});

	it('unknown units, duplicates and unknown groups are refused', () => {
		expect(errorOf(() => addMember(withGroup([]), catalog, 'g1', '12345')).code).toBe('unknown_unit');
		expect(errorOf(() => addMember(withGroup(['00001']), catalog, 'g1', '00001')).code).toBe('already_member');
		expect(errorOf(() => addMember(withGroup([]), catalog, 'nope', '00001')).code).toBe('unknown_group');
		expect(errorOf(() => removeMember(withGroup(['00001']), 'g1', '00004')).code).toBe('not_member');
		expect(errorOf(() => newGroup(withGroup([]), catalog, { id: 'g1', level: 'commune' })).code).toBe(
			'duplicate_group_id'
		);
		expect(errorOf(() => newGroup(emptyContent(), catalog, {})).code).toBe('level_required');
		// newGroup is all or nothing: one bad member → no group at all
		expect(errorOf(() => newGroup(emptyContent(), catalog, { members: ['00001', '001'] })).code).toBe('mixed_levels');
	});

	it('removing the kept member or the seat resets them to the default', () => {
		let c = withGroup(['00001', '00004', '00007']);
		c = setGroupFields(c, catalog, 'g1', { keptCode: '00004', seatCode: '00004' });
		c = removeMember(c, 'g1', '00004');
		expect(c.groups[0]).toMatchObject({ members: ['00001', '00007'], keptCode: null, seatCode: null });
	});
});

describe('group fields', () => {
	const c = withGroup(['00001', '00004']);
	it('name is trimmed; an empty name means the default', () => {
		expect(setGroupFields(c, catalog, 'g1', { name: '  Xã Hòa Bình ' }).groups[0].name).toBe('Xã Hòa Bình');
		expect(setGroupFields(c, catalog, 'g1', { name: '   ' }).groups[0].name).toBeNull();
	});
	it('seat and kept code must be members', () => {
		const e = errorOf(() => setGroupFields(c, catalog, 'g1', { seatCode: '00002' }));
		expect(e.code).toBe('seat_not_member');
		expect(e.messages.vi).toContain('Trụ sở phải đặt tại trụ sở của một đơn vị trong nhóm');
		expect(errorOf(() => setGroupFields(c, catalog, 'g1', { keptCode: '00002' })).code).toBe('kept_not_member');
	});
	it('a kind override must fit the level and carry a reason', () => {
		expect(errorOf(() => setGroupFields(c, catalog, 'g1', { kind: 'huyen', kindReason: 'x' })).code).toBe(
			'kind_wrong_level'
		);
		expect(errorOf(() => setGroupFields(c, catalog, 'g1', { kind: 'phuong' })).code).toBe('kind_reason_required');
		const ok = setGroupFields(c, catalog, 'g1', { kind: 'phuong', kindReason: 'Đề án đô thị hóa đã duyệt' });
		expect(ok.groups[0]).toMatchObject({ kind: 'phuong', kindReason: 'Đề án đô thị hóa đã duyệt' });
		// back to the rule: the reason goes with it
		expect(setGroupFields(ok, catalog, 'g1', { kind: null }).groups[0]).toMatchObject({ kind: null, kindReason: null });
	});
	it('phase must be 2023-2025 or 2026-2030; unknown fields are refused', () => {
		expect(setGroupFields(c, catalog, 'g1', { phase: '2026-2030' }).groups[0].phase).toBe('2026-2030');
		expect(errorOf(() => setGroupFields(c, catalog, 'g1', { phase: '2025' as never })).code).toBe('bad_phase');
		expect(errorOf(() => setGroupFields(c, catalog, 'g1', { locked: true } as never)).code).toBe('unknown_field');
	});
});

describe('locked groups', () => {
	const locked = lockGroup(withGroup(['00001', '00004']), 'g1', true);
	it('cannot change in any way until unlocked', () => {
		expect(errorOf(() => addMember(locked, catalog, 'g1', '00007')).code).toBe('group_locked');
		expect(errorOf(() => removeMember(locked, 'g1', '00004')).code).toBe('group_locked');
		expect(errorOf(() => setGroupFields(locked, catalog, 'g1', { name: 'X' })).code).toBe('group_locked');
		expect(errorOf(() => deleteGroup(locked, 'g1')).code).toBe('group_locked');
		expect(errorOf(() => addAllCommunesOfDistrict(locked, catalog, 'g1', '001')).code).toBe('group_locked');
		const open = lockGroup(locked, 'g1', false);
		expect(addMember(open, catalog, 'g1', '00007').groups[0].members).toHaveLength(3);
	});
});

describe('addAllCommunesOfDistrict', () => {
	it('adds every commune of the district not yet in the group', () => {
		const c = addAllCommunesOfDistrict(withGroup(['00004']), catalog, 'g1', '001');
		expect(c.groups[0].members).toEqual(['00004', '00001', '00007']);
	});
	it('is atomic: a commune in another group stops it and is named', () => {
		let c = withGroup(['00002', '00005']);
		c = newGroup(c, catalog, { id: 'g2', level: 'commune' });
		const e = errorOf(() => addAllCommunesOfDistrict(c, catalog, 'g2', '002'));
		expect(e.code).toBe('unit_in_other_group');
		expect(e.params.codes).toEqual(['00002', '00005']);
	});
	it('refuses a code that is not a district', () => {
		expect(errorOf(() => addAllCommunesOfDistrict(withGroup([]), catalog, 'g1', '00001')).code).toBe('not_a_district');
	});
});

describe('exemptions (NQ 35 Art. 3.1 a–d)', () => {
	it('records a reason code with a justification, replaces it, clears it', () => {
		let c = setExemption(emptyContent(), catalog, {
			code: '00003',
			reasonCode: 'isolated_location',
			justification: '  Xã cù lao, giao thông khó '
		});
		expect(c.exemptions).toEqual([
			{ code: '00003', reasonCode: 'isolated_location', justification: 'Xã cù lao, giao thông khó' }
		]);
		c = setExemption(c, catalog, { code: '00003', reasonCode: 'special_factors', justification: 'Di tích' });
		expect(c.exemptions).toHaveLength(1);
		expect(clearExemption(c, '00003').exemptions).toEqual([]);
		expect(errorOf(() => clearExemption(emptyContent(), '00003')).code).toBe('not_exempted');
	});
	it('keeps the letter proposing to keep the unit (number and date), and refuses a date that is not one (issue 10 item 5)', () => {
		const c = setExemption(emptyContent(), catalog, {
			code: '00003',
			reasonCode: 'isolated_location',
			justification: 'Xã cù lao',
			refNumber: ' 123/UBND-NV ',
			refDate: '2025-03-15'
		});
		expect(c.exemptions).toEqual([
			{
				code: '00003',
				reasonCode: 'isolated_location',
				justification: 'Xã cù lao',
				refNumber: '123/UBND-NV',
				refDate: '2025-03-15'
			}
		]);
		// stored and read back the same (no null keys added to contents saved before the field existed)
		expect(normalizeContent(JSON.parse(JSON.stringify(c)))).toEqual(c);
		expect(normalizeContent({ groups: [], exemptions: [{ code: '1', reasonCode: 'a', justification: 'x' }] })).toEqual({
			groups: [],
			exemptions: [{ code: '1', reasonCode: 'a', justification: 'x' }]
		});
		const bad = errorOf(() =>
			setExemption(emptyContent(), catalog, {
				code: '00003',
				reasonCode: 'isolated_location',
				justification: 'x',
				refDate: '2025-02-30'
			})
		);
		expect(bad.code).toBe('invalid_reference');
		expect(bad.messages.vi).toContain('ngày/tháng/năm');
		// the evaluation carries the letter to the screens
		const ev = evaluateScenarioOn(c, scenarioBasis(UNITS, CTX, NQ35_2023, ADJACENCY));
		expect(ev.exemptions.find((x) => x.code === '00003')).toMatchObject({
			refNumber: '123/UBND-NV',
			refDate: '2025-03-15'
		});
	});
	it('refuses an unknown reason code, a missing justification, a unit in a group', () => {
		expect(
			errorOf(() => setExemption(emptyContent(), catalog, { code: '00003', reasonCode: 'too_far', justification: 'x' }))
				.code
		).toBe('unknown_exemption_reason');
		expect(
			errorOf(() =>
				setExemption(emptyContent(), catalog, { code: '00003', reasonCode: 'isolated_location', justification: ' ' })
			).code
		).toBe('justification_required');
		expect(
			errorOf(() =>
				setExemption(withGroup(['00001', '00004']), catalog, {
					code: '00001',
					reasonCode: 'isolated_location',
					justification: 'x'
				})
			).code
		).toBe('unit_in_group');
	});
	it('an exempted unit cannot join a group', () => {
		let c = setExemption(withGroup(['00004']), catalog, {
			code: '00001',
			reasonCode: 'isolated_location',
			justification: 'x'
		});
		const e = errorOf(() => (c = addMember(c, catalog, 'g1', '00001')));
		expect(e.code).toBe('unit_exempted');
	});
});

describe('ops as data', () => {
	it('applyOps applies in order, all or nothing, and names the failing op', () => {
		const start = frozen(emptyContent());
		const c = applyOps(
			start,
			[
				{ op: 'newGroup', id: 'x', level: 'commune' },
				{ op: 'addMember', groupId: 'x', code: '00001' },
				{ op: 'addMember', groupId: 'x', code: '00004' },
				{ op: 'setGroupFields', groupId: 'x', fields: { seatCode: '00004', phase: '2023-2025' } },
				{ op: 'lockGroup', groupId: 'x', locked: true }
			],
			catalog
		);
		expect(c.groups[0]).toMatchObject({
			id: 'x',
			members: ['00001', '00004'],
			seatCode: '00004',
			phase: '2023-2025',
			locked: true
		});
		let err: unknown;
		try {
			applyOps(
				c,
				[
					{ op: 'newGroup', id: 'y', level: 'commune' },
					{ op: 'addMember', groupId: 'y', code: '00001' }
				],
				catalog
			);
		} catch (e) {
			err = e;
		}
		expect(err).toBeInstanceOf(ScenarioOpError);
		expect((err as ScenarioOpError).opIndex).toBe(1);
		expect((err as ScenarioOpError).code).toBe('unit_in_other_group');
		expect(errorOf(() => applyOps(c, [{ op: 'explode' } as never], catalog)).code).toBe('unknown_op');
	});
	it('summarizeOps says what was done in a line', () => {
		expect(
			summarizeOps([
				{ op: 'addMember', groupId: 'g1', code: '00004' },
				{ op: 'setGroupFields', groupId: 'g1', fields: { name: 'A' } }
			])
		).toBe('addMember 00004 → g1; setGroupFields g1 name');
	});
});

describe('reading, validating and diffing contents', () => {
	it('contentJson is JSON.stringify of the content, also after edits that share unchanged groups (issue 14 item 2)', () => {
		let c = normalizeContent({
			groups: [{ id: 'a', level: 'commune', members: ['00001', '00004'], notes: 'ghi "chú"\n' }],
			exemptions: [{ code: '00003', reasonCode: 'isolated_location', refNumber: '12/QĐ' }]
		});
		expect(contentJson(c)).toBe(JSON.stringify(c));
		const steps: Parameters<typeof applyOps>[1][] = [
			[{ op: 'newGroup', id: 'b', level: 'commune', members: ['00002'] }],
			[{ op: 'setGroupFields', groupId: 'a', fields: { name: 'Xã Mới', keptCode: '00004' } }],
			[{ op: 'removeMember', groupId: 'a', code: '00001' }],
			[{ op: 'deleteGroup', groupId: 'b' }]
		];
		for (const ops of steps) {
			const next = applyOps(c, ops, catalog);
			contentJson(c); // the groups of `c` are remembered; `next` shares the unchanged ones
			expect(contentJson(next)).toBe(JSON.stringify(next));
			expect(JSON.parse(contentJson(next))).toEqual(next);
			c = next;
		}
		expect(contentJson(emptyContent())).toBe(JSON.stringify(emptyContent()));
		const other = { exemptions: [], groups: [] } as ScenarioContent; // another key order: the plain way
		expect(contentJson(other)).toBe(JSON.stringify(other));
	});

	it('normalizeContent fills defaults and keeps codes as strings', () => {
		const c = normalizeContent({
			groups: [{ id: 'a', level: 'district', members: ['681', 682] }],
			exemptions: [{ code: '00003', reasonCode: 'isolated_location' }]
		});
		expect(c.groups[0]).toEqual({
			id: 'a',
			level: 'district',
			members: ['681', '682'],
			name: null,
			kind: null,
			kindReason: null,
			keptCode: null,
			seatCode: null,
			phase: null,
			notes: '',
			locked: false
		});
		expect(c.exemptions[0].justification).toBe('');
		expect(normalizeContent(null)).toEqual({ groups: [], exemptions: [] });
	});
	it('validateContent reports every problem, with its group', () => {
		const bad = normalizeContent({
			groups: [
				{ id: 'a', level: 'commune', members: ['00001', '001', '99999'], seatCode: '00009' },
				{ id: 'b', level: 'commune', members: ['00001'] }
			],
			exemptions: [{ code: '00003', reasonCode: 'nope', justification: 'x' }]
		});
		const problems = validateContent(bad, catalog);
		expect(problems.map((p) => [p.code, p.groupId ?? null])).toEqual([
			['mixed_levels', 'a'],
			['unknown_unit', 'a'],
			['seat_not_member', 'a'],
			['unit_in_other_group', 'b'],
			['unknown_exemption_reason', null]
		]);
		expect(validateContent(withGroup(['00001', '00004']), catalog)).toEqual([]);
	});
	it('diffContent lists one change per group field and exemption', () => {
		const a = withGroup(['00001', '00004']);
		let b = addMember(a, catalog, 'g1', '00007');
		b = setGroupFields(b, catalog, 'g1', { name: 'Xã Mới' });
		b = newGroup(b, catalog, { id: 'g2', members: ['00002', '00005'] });
		b = setExemption(b, catalog, { code: '00003', reasonCode: 'isolated_location', justification: 'x' });
		const d = diffContent(a, b);
		expect(d.map((c) => [c.entity, c.key, c.action, c.field])).toEqual([
			['group', 'g1', 'update', 'members'],
			['group', 'g1', 'update', 'name'],
			['group', 'g2', 'create', null],
			['exemption', '00003', 'create', null]
		]);
		expect(d[0]).toMatchObject({ before: ['00001', '00004'], after: ['00001', '00004', '00007'] });
		expect(diffContent(b, a).map((c) => c.action)).toEqual(['update', 'update', 'delete', 'delete']);
	});
});
