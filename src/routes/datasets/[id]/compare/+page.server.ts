import { error } from '@sveltejs/kit';
import { tr } from '$lib/i18n.svelte';
import { getDb } from '$lib/server/db/database';
import { packedDatasetUnits } from '$lib/server/services/page-units';
import { compareDatasetScenarios } from '$lib/server/services/compare.service';
import { compareRefusal } from '$lib/server/compare-http';
import type { PageServerLoad } from './$types';

/** So sánh phương án: 2–4 scenarios of this dataset side by side (?s=1,2,3). */
export const load: PageServerLoad = async ({ params, url }) => {
	const db = await getDb();
	try {
		const { dataset, comparison } = await compareDatasetScenarios(db, Number(params.id), url.searchParams.get('s'));
		// The units packed column by column, once per dataset version (as on the other map pages).
		return { dataset, comparison, units: await packedDatasetUnits(db, dataset) };
	} catch (e) {
		const r = compareRefusal(e);
		if (!r) throw e;
		error(r.status, tr(r.message.vi, r.message.en));
	}
};
