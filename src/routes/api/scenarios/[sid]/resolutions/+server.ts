import { json } from '@sveltejs/kit';
import { getDb } from '$lib/server/db/database';
import { idParam, readBody } from '$lib/server/scenario-http';
import { handleConsultation } from '$lib/server/consultation-http';
import { addResolution } from '$lib/server/services/consultation.service';
import type { RequestHandler } from './$types';

/**
 * Record a People's Council resolution: { level: commune|district|province, unitCode?, number, date, votesFor,
 * votesAgainst, votesAbstaining, note? } → 201 { resolution } | 422 invalid_consultation | 409 frozen.
 */
export const POST: RequestHandler = ({ params, request, locals }) =>
	handleConsultation(async () => {
		const r = await addResolution(await getDb(), locals.user, idParam(params.sid), await readBody(request));
		return json({ resolution: r }, { status: 201 });
	});
