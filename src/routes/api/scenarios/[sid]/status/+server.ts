import { json } from '@sveltejs/kit';
import { getDb } from '$lib/server/db/database';
import { findScenario } from '$lib/server/services/scenario.service';
import { moveScenarioStatus, statusMoves } from '$lib/server/services/review.service';
import { handleScenario, idParam, readBody } from '$lib/server/scenario-http';
import type { RequestHandler } from './$types';

/** The status, version and status moves (newest first: who, when, from → to, reason) → 200 { status, version, moves }. */
export const GET: RequestHandler = ({ params }) =>
	handleScenario(async () => {
		const db = await getDb();
		const s = await findScenario(db, idParam(params.sid));
		return json({ status: s.status, version: s.version, moves: await statusMoves(db, s.id) });
	});

/**
 * Move a scenario's status. Body: { to: 'submitted'|'approved'|'returned'|'draft', reason?, from? } →
 * 200 { scenario } | 403 move_forbidden (editors submit/withdraw, reviewers approve/return: checked in the service
 * with the account's role) | 409 bad_move / stale_status | 422 reason_required.
 */
export const POST: RequestHandler = ({ params, request, locals }) =>
	handleScenario(async () => {
		const id = idParam(params.sid);
		const body = await readBody(request);
		const scenario = await moveScenarioStatus(await getDb(), locals.user, id, {
			to: body.to,
			reason: body.reason,
			from: body.from
		});
		return json({ scenario });
	});
