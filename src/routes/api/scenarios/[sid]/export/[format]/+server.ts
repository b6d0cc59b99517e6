import { getDb } from '$lib/server/db/database';
import { dossierErrorResponse, fileResponse, langParam } from '$lib/server/dossier/http';
import { exportDossier, parseLevel } from '$lib/server/dossier/registry';
import { idParam } from '$lib/server/scenario-http';
import type { RequestHandler } from './$types';

/**
 * The scenario's dossier in one format (?level=commune|district&lang=vi|en), as a download. A second request for
 * the same scenario version is served from the export cache (x-export-cache: hit).
 */
export const GET: RequestHandler = async ({ params, url, locals }) => {
	try {
		const file = await exportDossier({
			db: await getDb(),
			scenarioId: idParam(params.sid),
			format: params.format,
			level: parseLevel(url.searchParams.get('level')),
			lang: langParam(url, locals.lang)
		});
		return fileResponse(file, {
			'x-export-cache': file.cached ? 'hit' : 'miss',
			'x-scenario-version': String(file.version)
		});
	} catch (e) {
		return dossierErrorResponse(e);
	}
};
