import { error } from '@sveltejs/kit';
import { getDb } from '$lib/server/db/database';
import { dossierHtml } from '$lib/server/dossier/html';
import { requireScenario } from '$lib/server/services/scenario.service';
import { ScenarioStateError } from '$lib/domain/scenario/lifecycle';
import type { RequestHandler } from './$types';

/**
 * The dossier as a printable page (issue 12 item 5): the same self-contained HTML as the "html" export, in the
 * reader's language (?lang=vi|en overrides it), for printing from the browser (Ctrl+P → A4).
 */
export const GET: RequestHandler = async ({ params, url, locals }) => {
	const db = await getDb();
	const scenarioId = Number(params.sid);
	try {
		await requireScenario(db, scenarioId, { datasetId: Number(params.id) });
	} catch (e) {
		if (e instanceof ScenarioStateError) error(404, 'Không có phương án này / no such scenario');
		throw e;
	}
	const q = url.searchParams.get('lang');
	const lang = q === 'en' || q === 'vi' ? q : locals.lang;
	const { html } = await dossierHtml({ db, scenarioId, level: 'commune', lang });
	return new Response(html, {
		headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'private, no-store' }
	});
};
