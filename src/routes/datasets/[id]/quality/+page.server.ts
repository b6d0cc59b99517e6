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
				error: { vi: 'Cần hai mã đơn vị khác nhau và lý do.', en: 'Two different unit codes and a reason are needed.' }
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
				error: {
					vi: `Mã ${a} và ${b} phải là hai đơn vị cùng cấp của bộ dữ liệu này.`,
					en: `${a} and ${b} must be two units of the same level in this dataset.`
				}
			});
		}
		return { saved: true };
	}
};
