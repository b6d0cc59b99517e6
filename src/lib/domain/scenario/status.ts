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
import { bi } from '../messages.ts';
import { ScenarioStateError, type ScenarioStatus } from './lifecycle.ts';

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
		label: bi('Trình thẩm định', 'Submit for review')
	},
	{
		from: 'returned',
		to: 'submitted',
		side: 'editor',
		reasonRequired: false,
		label: bi('Trình thẩm định', 'Submit for review')
	},
	{ from: 'submitted', to: 'draft', side: 'editor', reasonRequired: false, label: bi('Rút lại', 'Withdraw') },
	{ from: 'returned', to: 'draft', side: 'editor', reasonRequired: false, label: bi('Rút lại', 'Withdraw') },
	{ from: 'submitted', to: 'approved', side: 'reviewer', reasonRequired: false, label: bi('Phê duyệt', 'Approve') },
	{ from: 'submitted', to: 'returned', side: 'reviewer', reasonRequired: true, label: bi('Trả lại', 'Return') }
];

export const STATUS_LABELS: Record<ScenarioStatus, { vi: string; en: string }> = {
	draft: bi('dự thảo', 'draft'),
	submitted: bi('đã trình', 'submitted'),
	approved: bi('đã phê duyệt', 'approved'),
	returned: bi('trả lại', 'returned')
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
			bi(
				`Phương án #${id} đã chuyển sang "${STATUS_LABELS[status].vi}" (bạn thấy "${STATUS_LABELS[input.expectedFrom].vi}"). Tải lại trang.`,
				`Scenario #${id} is now "${STATUS_LABELS[status].en}" (you saw "${STATUS_LABELS[input.expectedFrom].en}"). Reload the page.`
			)
		);
	const move = STATUS_MOVES.find((m) => m.from === status && m.to === input.to);
	if (!move)
		throw new ScenarioStateError(
			'bad_move',
			id,
			bi(
				`Phương án #${id} đang "${STATUS_LABELS[status].vi}", không chuyển sang "${STATUS_LABELS[input.to].vi}" được.`,
				`Scenario #${id} is "${STATUS_LABELS[status].en}" and cannot move to "${STATUS_LABELS[input.to].en}".`
			)
		);
	if (!sidesOf(input.role).includes(move.side))
		throw new ScenarioStateError(
			'move_forbidden',
			id,
			move.side === 'reviewer'
				? bi(
						'Chỉ người thẩm định mới được phê duyệt hoặc trả lại phương án.',
						'Only reviewers approve or return a scenario.'
					)
				: bi('Chỉ người biên tập mới được trình hoặc rút lại phương án.', 'Only editors submit or withdraw a scenario.')
		);
	const reason = String(input.reason ?? '').trim() || null;
	if (move.reasonRequired && !reason)
		throw new ScenarioStateError(
			'reason_required',
			id,
			bi('Trả lại phương án cần ghi rõ lý do.', 'Returning a scenario needs a reason.')
		);
	if (reason && reason.length > 4000)
		throw new ScenarioStateError(
			'reason_required',
			id,
			bi('Lý do dài quá 4000 ký tự.', 'The reason is longer than 4,000 characters.')
		);
	return { move, reason };
}
