import { json } from '@sveltejs/kit';
import { getDb } from '$lib/server/db/database';
import { setThreadResolved } from '$lib/server/services/review.service';
import { BadRequestError, handleScenario, idParam, readBody } from '$lib/server/scenario-http';
import type { RequestHandler } from './$types';

/** Resolve ("Đã giải quyết") or reopen ("Mở lại") a thread. Body: { resolved: boolean } → 200 { comment }. */
export const PATCH: RequestHandler = ({ params, request, locals }) =>
	handleScenario(async () => {
		const body = await readBody(request);
		if (typeof body.resolved !== 'boolean')
			throw new BadRequestError('Thiếu "resolved" (true/false).', 'Missing "resolved" (true/false).');
		const comment = await setThreadResolved(await getDb(), locals.user, idParam(params.sid), params.cid, body.resolved);
		return json({ comment });
	});
