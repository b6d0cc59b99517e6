import { error } from '@sveltejs/kit';
import { getDb } from '$lib/server/db/database';
import { geometryLayerGeoJson } from '$lib/server/db/unit.repository';
import { cachedGeometryResponse, GEOMETRY_DETAILS, type GeometryDetail } from '$lib/server/services/map-geometry';
import { afterLayerResponse } from '$lib/server/services/geometry-jobs';
import type { RequestHandler } from './$types';

/**
 * Boundaries of one level: `detail=full` (default; full resolution, for dissolving merger groups in the browser's
 * worker) or `detail=after` (topology-aware simplified, for the after view; built in the geometry worker). Cached per
 * dataset version, compressed
 * per Accept-Encoding, ETag (304 on If-None-Match).
 */
export const GET: RequestHandler = async ({ params, request, url }) => {
	const id = Number(params.id);
	if (!Number.isInteger(id)) error(400, 'dataset id');
	const level = params.level;
	if (level !== 'district' && level !== 'commune') error(404, 'level must be district or commune');
	const detail = (url.searchParams.get('detail') ?? 'full') as GeometryDetail;
	if (!GEOMETRY_DETAILS.includes(detail)) error(400, `detail must be ${GEOMETRY_DETAILS.join(' or ')}`);
	const db = await getDb();
	if (detail === 'after') return afterLayerResponse(db, request, id, level);
	return cachedGeometryResponse(db, request, id, `geometry|${level}|full`, 'application/geo+json; charset=utf-8', () =>
		geometryLayerGeoJson(db, id, level)
	);
};
