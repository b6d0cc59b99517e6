import { json } from '@sveltejs/kit';
import { getDb } from '$lib/server/db/database';
import { addComment, commentThreads } from '$lib/server/services/review.service';
import { handleScenario, idParam, readBody } from '$lib/server/scenario-http';
import type { RequestHandler } from './$types';

/** The scenario's comment threads → 200 { threads: [{ root, replies, resolved, outdated }] }. */
export const GET: RequestHandler = ({ params }) =>
	handleScenario(async () => json({ threads: await commentThreads(await getDb(), idParam(params.sid)) }));

/**
 * Comment. Body: { body, target?: { kind: 'scenario' } | { kind: 'group'|'unit', key }, parentId? } →
 * 201 { comment } (written on the scenario's current version).
 */
export const POST: RequestHandler = ({ params, request, locals }) =>
	handleScenario(async () => {
		const body = await readBody(request);
		const comment = await addComment(await getDb(), locals.user, idParam(params.sid), {
			body: body.body,
			target: body.target,
			parentId: body.parentId
		});
		return json({ comment }, { status: 201 });
	});
