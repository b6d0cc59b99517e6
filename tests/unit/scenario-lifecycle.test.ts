/**
 * The life of a stored scenario as pure rules (domain/scenario/lifecycle.ts): frozen states (spec: "an approved
 * scenario is frozen (a new version is a copy)"; a submitted one is under review), optimistic versions, the
 * undo/redo stacks across saves, the 30-day retention of deleted scenarios, names.
 */
import { describe, expect, it } from 'vitest';
import {
	afterSave,
	checkRestorable,
	checkScenarioName,
	checkWritable,
	copyName,
	isFrozen,
	purgeAfter,
	redoStep,
	retentionCutoff,
	ScenarioStateError,
	stepSummary,
	undoStep,
	VersionConflictError,
	type ScenarioState,
	type ScenarioStatus
} from '../../src/lib/domain/scenario/lifecycle';

const DAY = 86_400_000;
const state = (over: Partial<ScenarioState> = {}): ScenarioState => ({
	id: 7,
	status: 'draft',
	version: 3,
	deletedAt: null,
	...over
});
/** The error a function throws (fails the test when it does not throw). */
function thrown(fn: () => unknown): Error {
	try {
		fn();
	} catch (e) {
		return e as Error;
	}
	throw new Error('expected an error');
}

describe('frozen: submitted and approved scenarios cannot change', () => {
	const cases: [ScenarioStatus, boolean][] = [
		['draft', false],
		['returned', false],
		['submitted', true],
		['approved', true]
	];
	for (const [status, frozen] of cases) {
		it(`${status} → ${frozen ? 'frozen' : 'editable'}`, () => {
			expect(isFrozen(status)).toBe(frozen);
			if (frozen) {
				const e = thrown(() => checkWritable(state({ status }), 3)) as ScenarioStateError;
				expect(e).toBeInstanceOf(ScenarioStateError);
				expect(e.code).toBe('frozen');
				expect(e.messages.vi).toContain('tạo bản sao');
				expect(e.messages.en).toContain('duplicate');
			} else expect(() => checkWritable(state({ status }), 3)).not.toThrow();
		});
	}
	it('a deleted scenario is refused before its status or version is looked at', () => {
		const e = thrown(() => checkWritable(state({ status: 'approved', deletedAt: '2026-01-01T00:00:00Z' }), 1));
		expect((e as ScenarioStateError).code).toBe('deleted');
	});
	it('a stale version is a conflict naming both versions', () => {
		const e = thrown(() => checkWritable(state({ version: 5 }), 4)) as VersionConflictError;
		expect(e).toBeInstanceOf(VersionConflictError);
		expect(e).toMatchObject({ scenarioId: 7, expectedVersion: 4, currentVersion: 5 });
		expect(e.messages.vi).toContain('phiên bản hiện tại 5');
	});
});

describe('undo and redo stacks across saves', () => {
	it('a save makes a new state on the current one and clears redo', () => {
		expect(afterSave({ stateVersion: 4 })).toEqual({ stateVersion: 'self', parentState: 4, redo: [] });
	});
	it('undo goes to the parent state and pushes the current one for redo', () => {
		expect(undoStep(7, { stateVersion: 3, parentState: 2, redo: [9] })).toEqual({
			target: 2,
			next: { stateVersion: 2, parentState: null, redo: [9, 3] }
		});
	});
	it('nothing to undo / redo → the bilingual state errors', () => {
		const u = thrown(() => undoStep(7, { stateVersion: 1, parentState: null, redo: [] })) as ScenarioStateError;
		expect([u.code, u.messages.vi]).toEqual(['nothing_to_undo', 'Không còn thay đổi nào để hoàn tác.']);
		const r = thrown(() => redoStep(7, { stateVersion: 1, parentState: null, redo: [] })) as ScenarioStateError;
		expect([r.code, r.messages.vi]).toEqual(['nothing_to_redo', 'Không có thay đổi nào để làm lại.']);
	});
	it('redo pops the last state undone', () => {
		const redo = [5, 3];
		expect(redoStep(7, { stateVersion: 2, parentState: null, redo })).toEqual({
			target: 3,
			next: { stateVersion: 3, parentState: null, redo: [5] }
		});
		expect(redo).toEqual([5, 3]); // the input is not changed
	});
	it('the summary names the state gone back to', () => {
		expect(stepSummary(2, 'newGroup g1')).toBe('→ v2 (newGroup g1)');
		expect(stepSummary(1, null)).toBe('→ v1');
	});
});

describe('30-day retention of deleted scenarios', () => {
	const deletedAt = '2026-11-01T00:00:00.000Z';
	it('purged 30 days after deletion', () => {
		expect(Date.parse(purgeAfter(deletedAt)) - Date.parse(deletedAt)).toBe(30 * DAY);
		expect(retentionCutoff(new Date('2026-12-01T00:00:00.000Z'))).toBe(deletedAt);
	});
	it('restorable on day 30, not on day 31; a scenario not deleted cannot be restored', () => {
		expect(() => checkRestorable({ id: 7, deletedAt }, new Date(Date.parse(deletedAt) + 30 * DAY))).not.toThrow();
		const late = thrown(() => checkRestorable({ id: 7, deletedAt }, new Date(Date.parse(deletedAt) + 31 * DAY)));
		expect((late as ScenarioStateError).code).toBe('restore_expired');
		expect((thrown(() => checkRestorable({ id: 7, deletedAt: null }, new Date())) as ScenarioStateError).code).toBe(
			'not_deleted'
		);
	});
});

describe('names', () => {
	it('trimmed, 1 to 200 characters', () => {
		expect(checkScenarioName('  Phương án 1 ', null)).toBe('Phương án 1');
		for (const bad of ['', '   ', null, 'x'.repeat(201)])
			expect((thrown(() => checkScenarioName(bad, null)) as ScenarioStateError).code).toBe('bad_name');
	});
	it('a copy is "Bản sao của …" unless named, cut at 200 characters', () => {
		expect(copyName('Gốc')).toBe('Bản sao của Gốc');
		expect(copyName('Gốc', ' Mới ')).toBe('Mới');
		expect(copyName('x'.repeat(200))).toHaveLength(200);
	});
});
