import { error } from '@sveltejs/kit';
import { getDb } from '$lib/server/db/database';
import { getDataset } from '$lib/server/db/dataset.repository';
import { datasetUnitsSummary } from '$lib/server/services/page-units';
import { warmUnitTiles } from '$lib/server/services/map-tiles';
import { everyRuleSetOverrides } from '$lib/server/rules';
import { datasetDefaultRuleSetId } from '$lib/domain/rules';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params }) => {
	const db = await getDb();
	const id = Number(params.id);
	const dataset = Number.isInteger(id) ? await getDataset(db, id) : undefined;
	if (!dataset) error(404, 'Không có bộ dữ liệu này / no such dataset');
	// The map's tiles are asked for once the page is up: their worker starts on them now (no wait).
	warmUnitTiles(db, dataset.id);
	// Only a summary (counts, population, extent; cached per dataset version): the page fetches the units themselves
	// from /api/datasets/[id]/units, so a country of 10,000 communes is not serialised into every page view.
	const summary = await datasetUnitsSummary(db, dataset);
	// Administrators' corrections of rule values, per rule set: the browser applies them and evaluates (the rule sets
	// are not copied and corrected here: that cost ~1.5 ms of CPU per rule set and page view, for nothing).
	const overrides = await everyRuleSetOverrides(db);
	// A two-tier dataset (communes directly under the province) opens under the rule set made for it.
	return { dataset, summary, overrides, defaultRuleSetId: datasetDefaultRuleSetId(dataset.structure) };
};
