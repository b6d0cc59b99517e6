/**
 * The review path of a scenario as pure rules (spec §7 "Process and dossier": draft → submitted → approved or
 * returned (with reasons); only reviewers approve or return; an approved scenario is frozen).
 *
 *   draft     → submitted   "Trình thẩm định"  editor (and admin)
 *   returned  → submitted   "Trình thẩm định"  editor (resubmitting after fixing)
 *   submitted → draft       "Rút lại"          editor (withdraw)
 *   returned  → draft       "Rút lại"          editor (back to editing without resubmitting)
 *   submitted → approved    "Phê duyệt"        reviewer (and admin)
 *   submitted → returned    "Trả lại"          reviewer (and admin), a reason is required
 *
 * Anything else is a move the state does not allow (409). A move by a role that may not make it is 403. The service
 * (review.service.ts) applies this inside one transaction with an optimistic check of the status the user saw.
 */
import { ScenarioStateError, type ScenarioStatus } from './lifecycle.ts';
import { both } from '../../i18n/catalogue.ts';

export const SCENARIO_STATUSES: readonly ScenarioStatus[] = ['draft', 'submitted', 'approved', 'returned'];

/** Who may make a move: the side of the process, not a role name (admins act on both sides). */
export type MoveSide = 'editor' | 'reviewer';

export interface StatusMove {
	from: ScenarioStatus;
	to: ScenarioStatus;
	side: MoveSide;
	reasonRequired: boolean;
	label: { vi: string; en: string };
}

/** Every move the process allows. */
export const STATUS_MOVES: readonly StatusMove[] = [
	{
		from: 'draft',
		to: 'submitted',
		side: 'editor',
		reasonRequired: false,
		label: both('scenario.status.submitForReview')
	},
	{
		from: 'returned',
		to: 'submitted',
		side: 'editor',
		reasonRequired: false,
		label: both('scenario.status.submitForReview')
	},
	{ from: 'submitted', to: 'draft', side: 'editor', reasonRequired: false, label: both('scenario.status.withdraw') },
	{ from: 'returned', to: 'draft', side: 'editor', reasonRequired: false, label: both('scenario.status.withdraw') },
	{
		from: 'submitted',
		to: 'approved',
		side: 'reviewer',
		reasonRequired: false,
		label: both('scenario.status.approve')
	},
	{ from: 'submitted', to: 'returned', side: 'reviewer', reasonRequired: true, label: both('scenario.status.return') }
];

export const STATUS_LABELS: Record<ScenarioStatus, { vi: string; en: string }> = {
	draft: both('scenario.status.draft'),
	submitted: both('scenario.status.submitted'),
	approved: both('scenario.status.approved'),
	returned: both('scenario.status.returned')
};

export function isScenarioStatus(s: unknown): s is ScenarioStatus {
	return typeof s === 'string' && (SCENARIO_STATUSES as readonly string[]).includes(s);
}

/** The sides a role acts on (viewer: none; admin: both). */
export function sidesOf(role: string): MoveSide[] {
	if (role === 'admin') return ['editor', 'reviewer'];
	if (role === 'editor') return ['editor'];
	if (role === 'reviewer') return ['reviewer'];
	return [];
}

/** The moves a role may make from a status (for the buttons the UI shows). */
export function movesFor(from: ScenarioStatus, role: string): StatusMove[] {
	const sides = sidesOf(role);
	return STATUS_MOVES.filter((m) => m.from === from && sides.includes(m.side));
}

/** A message's parameters naming a scenario and two statuses: p1, p2 in Vietnamese, p3, p4 in English. */
const labelsOf = (id: number, a: ScenarioStatus, b: ScenarioStatus) => ({
	id,
	p1: STATUS_LABELS[a].vi,
	p2: STATUS_LABELS[b].vi,
	p3: STATUS_LABELS[a].en,
	p4: STATUS_LABELS[b].en
});

/**
 * Check a move: the status the user saw is still current (else `stale_status`, 409), the move exists (else
 * `bad_move`, 409), the role may make it (else `move_forbidden`, 403), a return has a reason (else
 * `reason_required`, 422). Returns the move and the trimmed reason (null when none).
 */
export function checkStatusMove(
	s: { id: number; status: ScenarioStatus },
	input: { to: ScenarioStatus; role: string; reason?: string | null; expectedFrom?: ScenarioStatus | null }
): { move: StatusMove; reason: string | null } {
	const { id, status } = s;
	if (input.expectedFrom && input.expectedFrom !== status)
		throw new ScenarioStateError(
			'stale_status',
			id,
			both('scenario.status.scenarioIdIsNowP3', labelsOf(id, status, input.expectedFrom))
		);
	const move = STATUS_MOVES.find((m) => m.from === status && m.to === input.to);
	if (!move)
		throw new ScenarioStateError(
			'bad_move',
			id,
			both('scenario.status.scenarioIdIsP3And', labelsOf(id, status, input.to))
		);
	if (!sidesOf(input.role).includes(move.side))
		throw new ScenarioStateError(
			'move_forbidden',
			id,
			move.side === 'reviewer'
				? both('scenario.status.onlyReviewersApproveOrReturn')
				: both('scenario.status.onlyEditorsSubmitOrWithdraw')
		);
	const reason = String(input.reason ?? '').trim() || null;
	if (move.reasonRequired && !reason)
		throw new ScenarioStateError('reason_required', id, both('scenario.status.returningAScenarioNeedsA'));
	if (reason && reason.length > 4000)
		throw new ScenarioStateError('reason_required', id, both('scenario.status.theReasonIsLongerThan'));
	return { move, reason };
}
