/**
 * The review path as pure rules (domain/scenario/status.ts; spec §7: "draft → submitted → approved or returned (with
 * reasons). Only reviewers approve or return"; issue 11 item 3: editors submit and withdraw, 403 otherwise, 409 for
 * a move the state does not allow). Every (from, to, role) is checked against one table.
 */
import { describe, expect, it } from 'vitest';
import { ScenarioStateError, type ScenarioStatus } from '../../src/lib/domain/scenario/lifecycle';
import { checkStatusMove, movesFor, SCENARIO_STATUSES } from '../../src/lib/domain/scenario/status';

const ROLES = ['viewer', 'editor', 'reviewer', 'admin'] as const;

/** The expected answer of each move, per role: ok, or the refusal's code. */
const TABLE: [ScenarioStatus, ScenarioStatus, Record<(typeof ROLES)[number], string>][] = [
	['draft', 'submitted', { viewer: 'move_forbidden', editor: 'ok', reviewer: 'move_forbidden', admin: 'ok' }],
	['returned', 'submitted', { viewer: 'move_forbidden', editor: 'ok', reviewer: 'move_forbidden', admin: 'ok' }],
	['submitted', 'draft', { viewer: 'move_forbidden', editor: 'ok', reviewer: 'move_forbidden', admin: 'ok' }],
	['returned', 'draft', { viewer: 'move_forbidden', editor: 'ok', reviewer: 'move_forbidden', admin: 'ok' }],
	['submitted', 'approved', { viewer: 'move_forbidden', editor: 'move_forbidden', reviewer: 'ok', admin: 'ok' }],
	['submitted', 'returned', { viewer: 'move_forbidden', editor: 'move_forbidden', reviewer: 'ok', admin: 'ok' }]
];

function outcome(from: ScenarioStatus, to: ScenarioStatus, role: string, reason: string | null = 'lý do'): string {
	try {
		checkStatusMove({ id: 1, status: from }, { to, role, reason });
		return 'ok';
	} catch (e) {
		if (!(e instanceof ScenarioStateError)) throw e;
		expect(e.messages.vi).toBeTruthy();
		return e.code;
	}
}

describe('status moves (issue 11 item 3)', () => {
	for (const [from, to, byRole] of TABLE)
		for (const role of ROLES)
			it(`${from} → ${to} as ${role}: ${byRole[role]}`, () => expect(outcome(from, to, role)).toBe(byRole[role]));

	it('every other (from, to) is a move the state does not allow (bad_move, 409) for every role', () => {
		const allowed = new Set(TABLE.map(([f, t]) => `${f}>${t}`));
		let checked = 0;
		for (const from of SCENARIO_STATUSES)
			for (const to of SCENARIO_STATUSES)
				if (!allowed.has(`${from}>${to}`))
					for (const role of ROLES) {
						expect(outcome(from, to, role), `${from} → ${to} as ${role}`).toBe('bad_move');
						checked++;
					}
		// 16 pairs, 6 allowed: 10 refused, for 4 roles
		expect(checked).toBe(40);
	});

	it('an approved scenario cannot move at all (frozen: a new version is a copy)', () => {
		for (const to of SCENARIO_STATUSES)
			for (const role of ROLES) expect(outcome('approved', to, role)).toBe('bad_move');
	});

	it('returning needs a reason (spec §7 "returned (with reasons)"); blank is no reason', () => {
		expect(outcome('submitted', 'returned', 'reviewer', null)).toBe('reason_required');
		expect(outcome('submitted', 'returned', 'reviewer', '   ')).toBe('reason_required');
		expect(
			checkStatusMove({ id: 1, status: 'submitted' }, { to: 'returned', role: 'reviewer', reason: '  Sai tên  ' })
				.reason
		).toBe('Sai tên');
		// other moves take an optional note
		expect(checkStatusMove({ id: 1, status: 'submitted' }, { to: 'approved', role: 'reviewer' }).reason).toBeNull();
	});

	it('the status the user saw must still be current (stale_status): the second of two reviewers is refused', () => {
		expect(() =>
			checkStatusMove(
				{ id: 1, status: 'approved' },
				{ to: 'returned', role: 'reviewer', reason: 'x', expectedFrom: 'submitted' }
			)
		).toThrow(expect.objectContaining({ code: 'stale_status' }));
	});

	it('the buttons a role gets are exactly its allowed moves', () => {
		expect(movesFor('draft', 'editor').map((m) => m.to)).toEqual(['submitted']);
		expect(movesFor('submitted', 'editor').map((m) => m.to)).toEqual(['draft']);
		expect(movesFor('submitted', 'reviewer').map((m) => m.to)).toEqual(['approved', 'returned']);
		expect(movesFor('returned', 'editor').map((m) => m.to)).toEqual(['submitted', 'draft']);
		expect(movesFor('submitted', 'viewer')).toEqual([]);
		expect(movesFor('approved', 'admin')).toEqual([]);
	});
});
