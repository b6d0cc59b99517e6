import { error } from '@sveltejs/kit';
import { getDb } from '$lib/server/db/database';
import { getDataset } from '$lib/server/db/dataset.repository';
import { listQuality } from '$lib/server/db/quality.repository';
import { listAdjacency } from '$lib/server/db/adjacency.repository';
import { listUnits } from '$lib/server/db/unit.repository';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params }) => {
	const db = await getDb();
	const id = Number(params.id);
	const dataset = Number.isInteger(id) ? await getDataset(db, id) : undefined;
	if (!dataset) error(404, 'Không có bộ dữ liệu này / no such dataset');
	const [rows, units, communeEdges, districtEdges] = await Promise.all([
		listQuality(db, id),
		listUnits(db, id),
		listAdjacency(db, id, 'commune'),
		listAdjacency(db, id, 'district')
	]);
	const names = Object.fromEntries(units.map((u) => [u.code, u.name]));
	return {
		dataset,
		rows: rows.map((r) => ({ ...r, codes: JSON.parse(r.codes) as string[] })),
		names,
		adjacency: {
			commune: { edges: communeEdges.length, doubtful: communeEdges.filter((e) => e.doubtful).length, manual: communeEdges.filter((e) => e.source !== 'computed').length },
			district: { edges: districtEdges.length, doubtful: districtEdges.filter((e) => e.doubtful).length, manual: districtEdges.filter((e) => e.source !== 'computed').length }
		},
		doubtful: communeEdges.filter((e) => e.doubtful).map((e) => ({ a: e.a_code, b: e.b_code, sharedKm: e.shared_km }))
	};
};
