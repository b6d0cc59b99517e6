import { json } from '@sveltejs/kit';
import { langParam } from '$lib/server/dossier/http';
import { exportProgress, LEVEL_FORMATS, parseLevel, isDossierFormat } from '$lib/server/dossier/registry';
import { dossierErrorResponse } from '$lib/server/dossier/http';
import { idParam } from '$lib/server/scenario-http';
import type { RequestHandler } from './$types';

/** Progress of the export running now for these parameters: { running, step, fraction } (the Hồ sơ tab polls it). */
export const GET: RequestHandler = async ({ params, url, locals }) => {
	try {
		const level =
			isDossierFormat(params.format) && LEVEL_FORMATS.includes(params.format)
				? parseLevel(url.searchParams.get('level'))
				: 'commune';
		const p = exportProgress(idParam(params.sid), params.format, level, langParam(url, locals.lang));
		return json({ running: p !== null, step: p?.step ?? null, fraction: p?.fraction ?? null });
	} catch (e) {
		return dossierErrorResponse(e);
	}
};
