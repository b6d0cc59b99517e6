import { getDb } from '$lib/server/db/database';
import { equivalenceCsv } from '$lib/server/dossier/geodata';
import { dossierErrorResponse, fileResponse, langParam } from '$lib/server/dossier/http';
import { parseLevel } from '$lib/server/dossier/registry';
import { idParam } from '$lib/server/scenario-http';
import type { RequestHandler } from './$types';

/** The old-code → new-code table of a level (?level=commune|district) as CSV (UTF-8 with BOM, codes as text). */
export const GET: RequestHandler = async ({ params, url, locals }) => {
	try {
		const file = await equivalenceCsv({
			db: await getDb(),
			scenarioId: idParam(params.sid),
			level: parseLevel(url.searchParams.get('level')),
			lang: langParam(url, locals.lang)
		});
		return fileResponse(file);
	} catch (e) {
		return dossierErrorResponse(e);
	}
};
