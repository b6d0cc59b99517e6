/**
 * The scenario editor's keyboard (Ctrl+Z undo, Ctrl+Shift+Z / Ctrl+Y redo, Esc deselect; keys in fields are the
 * field's) and what a click or a Shift+drag box on the map does to the groups (src/lib/scenario-editor).
 */
import { describe, expect, it } from 'vitest';
import { editorKeyAction, type EditorKey } from '../../src/lib/scenario-editor/keyboard';
import { boxUnits, clickUnit, freeGroupId } from '../../src/lib/scenario-editor/selection';
import {
	applyOps,
	emptyContent,
	lockGroup,
	scenarioCatalog,
	type ScenarioContent
} from '../../src/lib/domain/scenario';
import { UNITS } from '../fixtures/scenario';

const key = (k: string, o: Partial<EditorKey> = {}): EditorKey => ({
	key: k,
	ctrlKey: false,
	metaKey: false,
	shiftKey: false,
	target: { tagName: 'BODY' },
	...o
});

describe('keyboard', () => {
	const cases: [string, EditorKey, ReturnType<typeof editorKeyAction>][] = [
		['Ctrl+Z', key('z', { ctrlKey: true }), 'undo'],
		['⌘Z', key('z', { metaKey: true }), 'undo'],
		['Ctrl+Shift+Z (key reported upper-case)', key('Z', { ctrlKey: true, shiftKey: true }), 'redo'],
		['Ctrl+Y', key('y', { ctrlKey: true }), 'redo'],
		['Esc', key('Escape'), 'deselect'],
		['Z alone', key('z'), null],
		['Ctrl+S', key('s', { ctrlKey: true }), null],
		['Ctrl+Z in a text field', key('z', { ctrlKey: true, target: { tagName: 'INPUT' } }), null],
		['Ctrl+Z in a justification', key('z', { ctrlKey: true, target: { tagName: 'TEXTAREA' } }), null],
		['Esc in a choice list', key('Escape', { target: { tagName: 'SELECT' } }), null],
		['no target', key('y', { ctrlKey: true, target: null }), 'redo']
	];
	for (const [what, k, action] of cases) it(`${what} → ${action}`, () => expect(editorKeyAction(k)).toBe(action));
});

describe('clicks and boxes on the map', () => {
	const catalog = scenarioCatalog(UNITS);
	const withG1 = (): ScenarioContent =>
		applyOps(emptyContent(), [{ op: 'newGroup', id: 'g1', level: 'commune', members: ['00001', '00002'] }], catalog);
	const g1 = (c: ScenarioContent) => c.groups.find((g) => g.id === 'g1')!;

	it('a click with no group selected starts a group with the unit and selects it', () => {
		expect(clickUnit(emptyContent(), null, '00001', 'commune')).toEqual({
			ops: [{ op: 'newGroup', id: 'g1', level: 'commune', members: ['00001'] }],
			select: 'g1'
		});
	});
	it('a click on a free unit adds it to the selected group; on a member removes it', () => {
		const c = withG1();
		expect(clickUnit(c, g1(c), '00003', 'commune')).toEqual({
			ops: [{ op: 'addMember', groupId: 'g1', code: '00003' }]
		});
		expect(clickUnit(c, g1(c), '00002', 'commune')).toEqual({
			ops: [{ op: 'removeMember', groupId: 'g1', code: '00002' }]
		});
	});
	it('a click on a unit of another group selects that group', () => {
		const c = applyOps(withG1(), [{ op: 'newGroup', id: 'g2', level: 'commune', members: ['00003'] }], catalog);
		expect(clickUnit(c, g1(c), '00003', 'commune')).toEqual({ ops: [], select: 'g2' });
		expect(clickUnit(c, null, '00001', 'commune')).toEqual({ ops: [], select: 'g1' });
	});
	it('a locked group or one of the other level is not changed by a click: a new group starts', () => {
		const c = lockGroup(withG1(), 'g1', true);
		expect(clickUnit(c, g1(c), '00004', 'commune')).toMatchObject({
			ops: [{ op: 'newGroup', id: 'g2' }],
			select: 'g2'
		});
		const d = withG1();
		expect(clickUnit(d, g1(d), '001', 'district')).toMatchObject({
			ops: [{ op: 'newGroup', level: 'district', members: ['001'] }]
		});
	});
	it('a box adds only the units in no group; with nothing free it does nothing', () => {
		const c = withG1();
		expect(boxUnits(c, g1(c), ['00002', '00004', '00005'], 'commune')).toEqual({
			ops: [
				{ op: 'addMember', groupId: 'g1', code: '00004' },
				{ op: 'addMember', groupId: 'g1', code: '00005' }
			]
		});
		expect(boxUnits(c, null, ['00004', '00005'], 'commune')).toEqual({
			ops: [{ op: 'newGroup', id: 'g2', level: 'commune', members: ['00004', '00005'] }],
			select: 'g2'
		});
		expect(boxUnits(c, g1(c), ['00001', '00002'], 'commune')).toEqual({ ops: [] });
	});
	it('a new group takes the first free "g<n>" from the number of groups + 1', () => {
		const c = applyOps(
			emptyContent(),
			[
				{ op: 'newGroup', id: 'g2', level: 'commune', members: ['00001'] },
				{ op: 'newGroup', id: 'g3', level: 'commune', members: ['00002'] }
			],
			catalog
		);
		expect(freeGroupId(emptyContent())).toBe('g1');
		expect(freeGroupId(c)).toBe('g4');
	});
});
