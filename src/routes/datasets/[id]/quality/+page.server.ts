import { error } from '@sveltejs/kit';
import { getDb } from '$lib/server/db/database';
import { getDataset } from '$lib/server/db/dataset.repository';
import { datasetQuality } from '$lib/server/services/quality.service';
import { listAdjacency } from '$lib/server/db/adjacency.repository';
import { listAdjacencyRemovals } from '$lib/server/db/audit.repository';
import { listUnits } from '$lib/server/db/unit.repository';
import { fail } from '@sveltejs/kit';
import { setManualEdge } from '$lib/server/db/adjacency.repository';
import type { Actions, PageServerLoad } from './$types';
import { both } from '$lib/i18n/catalogue';

export const load: PageServerLoad = async ({ params }) => {
	const db = await getDb();
	const id = Number(params.id);
	const dataset = Number.isInteger(id) ? await getDataset(db, id) : undefined;
	if (!dataset) error(404, 'Không có bộ dữ liệu này / no such dataset');
	const [rows, units, communeEdges, districtEdges] = await Promise.all([
		datasetQuality(db, dataset),
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
			commune: {
				edges: communeEdges.length,
				doubtful: communeEdges.filter((e) => e.doubtful).length,
				manual: communeEdges.filter((e) => e.source !== 'computed').length
			},
			district: {
				edges: districtEdges.length,
				doubtful: districtEdges.filter((e) => e.doubtful).length,
				manual: districtEdges.filter((e) => e.source !== 'computed').length
			}
		},
		doubtful: communeEdges.filter((e) => e.doubtful).map((e) => ({ a: e.a_code, b: e.b_code, sharedKm: e.shared_km })),
		manual: [...districtEdges, ...communeEdges]
			.filter((e) => e.source !== 'computed')
			.map((e) => ({ a: e.a_code, b: e.b_code, reason: e.reason, who: e.created_by, at: e.created_at })),
		removals: await listAdjacencyRemovals(db, id)
	};
};

export const actions: Actions = {
	/** A manual adjacency decision: an island or ferry link added, or a wrong computed edge removed. */
	adjacency: async ({ request, params, locals }) => {
		const form = await request.formData();
		const a = String(form.get('a') ?? '').trim();
		const b = String(form.get('b') ?? '').trim();
		const action = form.get('action') === 'remove' ? 'remove' : 'add';
		const reason = String(form.get('reason') ?? '').trim();
		if (!a || !b || a === b || !reason) {
			return fail(400, {
				error: both('quality.twoDifferentUnitCodesAnd')
			});
		}
		try {
			await setManualEdge(
				await getDb(),
				Number(params.id),
				a.length === 3 ? 'district' : 'commune',
				a,
				b,
				action,
				reason,
				locals.user.id
			);
		} catch {
			return fail(400, {
				error: both('quality.aAndBMustBe', { a, b })
			});
		}
		return { saved: true };
	}
};
