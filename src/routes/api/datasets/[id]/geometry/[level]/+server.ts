import { error } from '@sveltejs/kit';
import { getDb } from '$lib/server/db/database';
import { listGeometries } from '$lib/server/db/unit.repository';
import type { RequestHandler } from './$types';

/** Full-resolution boundaries of one level (for dissolving merger groups in the browser's worker). */
export const GET: RequestHandler = async ({ params }) => {
	if (params.level !== 'district' && params.level !== 'commune') error(404, 'level must be district or commune');
	const rows = await listGeometries(await getDb(), Number(params.id), params.level);
	const body = `{"type":"FeatureCollection","features":[${rows
		.map(
			(r) =>
				`{"type":"Feature","properties":{"code":${JSON.stringify(r.code)},"parent":${JSON.stringify(r.parentCode)}},"geometry":${JSON.stringify(r.geometry)}}`
		)
		.join(',')}]}`;
	return new Response(body, { headers: { 'content-type': 'application/geo+json; charset=utf-8' } });
};
