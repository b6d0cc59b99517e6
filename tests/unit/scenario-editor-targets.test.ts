/**
 * What the scenario page shows for a comment's target (issue 11 item 4: "show" selects the group or opens the unit's
 * threads, zoomed) and the names it prints for groups (src/lib/scenario-editor/targets.ts).
 */
import { describe, expect, it } from 'vitest';
import { groupLabel, groupNameOfUnit, groupOfUnit, showTarget } from '../../src/lib/scenario-editor/targets';
import { districtNames } from '../../src/lib/domain/unit-label';
import { UNITS } from '../fixtures/scenario';

const byCode = new Map(UNITS.map((u) => [u.code, u]));
const groups = [
	{ id: 'g1', level: 'commune' as const, members: ['00001', '00004'] },
	{ id: 'g2', level: 'district' as const, members: ['001', '002'] }
];
const evaluated = [
	{ id: 'g1', name: 'Xã A mới' },
	{ id: 'g2', name: null }
];

describe('the group a unit is in', () => {
	it('finds the group of a member and none for a unit outside every group', () => {
		expect(groupOfUnit(groups, '00004')?.id).toBe('g1');
		expect(groupOfUnit(groups, '00009')).toBeNull();
	});
});

describe('showing a comment target (issue 11 item 4)', () => {
	it('a group target selects the group, switches to its level and zooms to its members', () => {
		expect(showTarget(groups, byCode, 'group', 'g2')).toEqual({
			commentUnit: null,
			groupId: 'g2',
			level: 'district',
			codes: ['001', '002']
		});
	});
	it('a unit target opens its threads, selects its group, takes the unit level and zooms to the unit', () => {
		expect(showTarget(groups, byCode, 'unit', '00004')).toEqual({
			commentUnit: '00004',
			groupId: 'g1',
			level: 'commune',
			codes: ['00004']
		});
	});
	it('a unit in no group opens its threads with no group selected', () => {
		expect(showTarget(groups, byCode, 'unit', '00009')).toMatchObject({ groupId: null, level: 'commune' });
	});
	it('a group that is gone selects nothing and keeps the level', () => {
		expect(showTarget(groups, byCode, 'group', 'gone')).toEqual({
			commentUnit: null,
			groupId: null,
			level: null,
			codes: []
		});
	});
});

describe('group names in the history and the comment panel', () => {
	const districtName = districtNames(UNITS);
	it('a commune group is named with its district, as every list names a commune', () => {
		expect(groupLabel(groups, evaluated, byCode, districtName, 'g1')).toBe('Xã A mới — Huyện A');
	});
	it('a group without a name, or gone, has no label', () => {
		expect(groupLabel(groups, evaluated, byCode, districtName, 'g2')).toBeNull();
		expect(groupLabel(groups, evaluated, byCode, districtName, 'gone')).toBeNull();
	});
	it("a unit's comment panel names the group the unit is in", () => {
		expect(groupNameOfUnit(groups, evaluated, '00001')).toBe('Xã A mới');
		expect(groupNameOfUnit(groups, evaluated, '00009')).toBeNull();
	});
});
