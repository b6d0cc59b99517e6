import { json } from '@sveltejs/kit';
import { getDb } from '$lib/server/db/database';
import { compareDatasetScenarios } from '$lib/server/services/compare.service';
import { compareRefusal } from '$lib/server/compare-http';
import type { RequestHandler } from './$types';

/**
 * GET /api/datasets/[id]/compare?s=1,2,3 → 200 { dataset: { id, name }, comparison } (metrics, table rows, the
 * groups' differences, map data) | 400 / 404 / 410 / 422 { error, message: { vi, en } } (see compare-http.ts).
 */
export const GET: RequestHandler = async ({ params, url }) => {
	try {
		const { dataset, comparison } = await compareDatasetScenarios(
			await getDb(),
			Number(params.id),
			url.searchParams.get('s')
		);
		return json({ dataset: { id: dataset.id, name: dataset.name }, comparison });
	} catch (e) {
		const r = compareRefusal(e);
		if (!r) throw e;
		return json({ error: r.code, message: r.message }, { status: r.status });
	}
};
