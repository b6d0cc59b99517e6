import { error } from '@sveltejs/kit';
import { getDb } from '$lib/server/db/database';
import { displayLayerGeoJson } from '$lib/server/db/unit.repository';
import type { RequestHandler } from './$types';

/** The display outlines of one level of a dataset, as GeoJSON (what the map loads). */
export const GET: RequestHandler = async ({ params }) => {
	const id = Number(params.id);
	if (!Number.isInteger(id)) error(400, 'dataset id');
	if (params.level !== 'district' && params.level !== 'commune') error(404, 'level must be district or commune');
	const body = await displayLayerGeoJson(await getDb(), id, params.level);
	return new Response(body, {
		headers: { 'content-type': 'application/geo+json; charset=utf-8', 'cache-control': 'no-cache' }
	});
};
