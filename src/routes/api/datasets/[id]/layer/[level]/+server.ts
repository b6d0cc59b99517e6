import { error } from '@sveltejs/kit';
import { getDb } from '$lib/server/db/database';
import { displayLayerGeoJson } from '$lib/server/db/unit.repository';
import { cachedGeometryResponse } from '$lib/server/services/map-geometry';
import type { RequestHandler } from './$types';

/**
 * The display outlines of one level of a dataset, as GeoJSON (what the map loads): cached per dataset version,
 * compressed per Accept-Encoding, ETag (304 on If-None-Match).
 */
export const GET: RequestHandler = async ({ params, request }) => {
	const id = Number(params.id);
	if (!Number.isInteger(id)) error(400, 'dataset id');
	const level = params.level;
	if (level !== 'district' && level !== 'commune') error(404, 'level must be district or commune');
	const db = await getDb();
	return cachedGeometryResponse(db, request, id, `layer|${level}`, 'application/geo+json; charset=utf-8', () =>
		displayLayerGeoJson(db, id, level)
	);
};
