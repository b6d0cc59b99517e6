import { error } from '@sveltejs/kit';
import { tr } from '$lib/i18n.svelte';
import { getDb } from '$lib/server/db/database';
import { datasetUnitsSummary } from '$lib/server/services/page-units';
import { sharedDatasetUnits } from '$lib/server/services/dataset-units';
import { compareDatasetScenarios } from '$lib/server/services/compare.service';
import { compareRefusal } from '$lib/server/compare-http';
import { compareBounds } from '$lib/map/compare-colours';
import type { PageServerLoad } from './$types';

/** So sánh phương án: 2–4 scenarios of this dataset side by side (?s=1,2,3). */
export const load: PageServerLoad = async ({ params, url }) => {
	const db = await getDb();
	try {
		const { dataset, comparison } = await compareDatasetScenarios(db, Number(params.id), url.searchParams.get('s'));
		// The maps open around the merger groups of the compared scenarios (the whole province when there are none):
		// worked out here from the units read once per dataset version, which the page fetches for itself
		// (/api/datasets/[id]/units) instead of carrying them in its data.
		const [units, summary] = await Promise.all([sharedDatasetUnits(db, dataset), datasetUnitsSummary(db, dataset)]);
		const byCode = new Map(units.map((u) => [u.code, u]));
		const bounds = compareBounds(comparison.maps, (code) => byCode.get(code)?.bbox, summary.bounds);
		return { dataset, comparison, bounds };
	} catch (e) {
		const r = compareRefusal(e);
		if (!r) throw e;
		error(r.status, tr(r.message.vi, r.message.en));
	}
};
