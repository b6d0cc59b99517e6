import { json } from '@sveltejs/kit';
import { getDb } from '$lib/server/db/database';
import { idParam, readBody } from '$lib/server/scenario-http';
import { handleConsultation } from '$lib/server/consultation-http';
import { saveConsultationVotes, scenarioConsultation } from '$lib/server/services/consultation.service';
import type { RequestHandler } from './$types';

/** The consultation of a scenario: affected units with results and verdicts, resolutions, summary. */
export const GET: RequestHandler = ({ params }) =>
	handleConsultation(async () => json(await scenarioConsultation(await getDb(), idParam(params.sid))));

/**
 * Save edits of the voters' results, all or nothing: { rows: [{ code, patch: { voters?, agreeing?, date?, note? } }] }
 * → 200 { changed, consultation } | 422 invalid_consultation (row, unit, field of each problem) | 409 frozen.
 */
export const PATCH: RequestHandler = ({ params, request, locals }) =>
	handleConsultation(async () => {
		const db = await getDb();
		const id = idParam(params.sid);
		const changed = await saveConsultationVotes(db, locals.user, id, await readBody(request));
		return json({ changed, consultation: await scenarioConsultation(db, id) });
	});
