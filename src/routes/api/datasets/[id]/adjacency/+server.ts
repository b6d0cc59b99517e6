import { json } from '@sveltejs/kit';
import { getDb } from '$lib/server/db/database';
import { listAdjacency } from '$lib/server/db/adjacency.repository';
import type { RequestHandler } from './$types';

/** The stored adjacency graph of both levels (computed at import, manual edges applied). */
export const GET: RequestHandler = async ({ params }) => {
	const db = await getDb();
	const id = Number(params.id);
	const map = (rows: Awaited<ReturnType<typeof listAdjacency>>) =>
		rows.map((r) => ({ a: r.a_code, b: r.b_code, sharedKm: r.shared_km, doubtful: !!r.doubtful, source: r.source }));
	return json({
		district: map(await listAdjacency(db, id, 'district')),
		commune: map(await listAdjacency(db, id, 'commune'))
	});
};
