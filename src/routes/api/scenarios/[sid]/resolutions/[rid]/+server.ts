import { json } from '@sveltejs/kit';
import { getDb } from '$lib/server/db/database';
import { idParam, readBody } from '$lib/server/scenario-http';
import { handleConsultation } from '$lib/server/consultation-http';
import { changeResolution, removeResolution } from '$lib/server/services/consultation.service';
import type { RequestHandler } from './$types';

/** Replace a resolution's fields (all given again) → 200 { resolution } | 404 | 422 | 409 frozen. */
export const PUT: RequestHandler = ({ params, request, locals }) =>
	handleConsultation(async () => {
		const r = await changeResolution(
			await getDb(),
			locals.user,
			idParam(params.sid),
			params.rid,
			await readBody(request)
		);
		return json({ resolution: r });
	});

/** Delete a resolution → 200 { deleted: id } | 404 | 409 frozen. */
export const DELETE: RequestHandler = ({ params, locals }) =>
	handleConsultation(async () => {
		await removeResolution(await getDb(), locals.user, idParam(params.sid), params.rid);
		return json({ deleted: params.rid });
	});
