import { json } from '@sveltejs/kit';
import { getDb } from '$lib/server/db/database';
import { duplicateScenario } from '$lib/server/db/scenario.repository';
import { requireScenario } from '$lib/server/scenarios';
import { handleScenario, idParam, readBody } from '$lib/server/scenario-http';
import type { RequestHandler } from './$types';

/** Copy as a new draft "Bản sao của …". Body: { name? } → 201 { scenario }. */
export const POST: RequestHandler = ({ params, request, locals }) =>
	handleScenario(async () => {
		const db = await getDb();
		const id = idParam(params.sid);
		await requireScenario(db, id);
		const body = await readBody(request);
		const scenario = await duplicateScenario(db, id, locals.user.id, {
			name: typeof body.name === 'string' ? body.name : undefined
		});
		return json({ scenario }, { status: 201 });
	});
