import { error } from '@sveltejs/kit';
import { getDb } from '$lib/server/db/database';
import { unitTileResponse, validTile } from '$lib/server/services/map-tiles';
import type { RequestHandler } from './$types';

/**
 * One vector tile (MVT, layer `units`) of a level's display outlines: what the dataset and scenario maps draw. Cut
 * once per dataset version, compressed per Accept-Encoding, ETag (304 on If-None-Match).
 */
export const GET: RequestHandler = async ({ params, request }) => {
	const id = Number(params.id);
	if (!Number.isInteger(id)) error(400, 'dataset id');
	const level = params.level;
	if (level !== 'district' && level !== 'commune') error(404, 'level must be district or commune');
	const [z, x, y] = [params.z, params.x, params.y].map(Number);
	if (!validTile(z, x, y)) error(404, 'no such tile');
	return unitTileResponse(await getDb(), request, id, level, z, x, y);
};
