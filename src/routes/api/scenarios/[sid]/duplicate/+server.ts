import { json } from '@sveltejs/kit';
import { getDb } from '$lib/server/db/database';
import { duplicateScenario } from '$lib/server/services/scenario.service';
import { handleScenario, idParam, readBody } from '$lib/server/scenario-http';
import type { RequestHandler } from './$types';

/** Copy as a new draft "Bản sao của …". Body: { name? } → 201 { scenario }. */
export const POST: RequestHandler = ({ params, request, locals }) =>
	handleScenario(async () => {
		const id = idParam(params.sid);
		const body = await readBody(request);
		const name = typeof body.name === 'string' ? body.name : undefined;
		return json({ scenario: await duplicateScenario(await getDb(), locals.user, id, { name }) }, { status: 201 });
	});
