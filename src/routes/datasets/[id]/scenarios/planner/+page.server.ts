import { error } from '@sveltejs/kit';
import { getDb } from '$lib/server/db/database';
import { datasetUnitsSummary } from '$lib/server/services/page-units';
import { listDatasetScenarios, requireDataset, ruleSetChoices } from '$lib/server/services/scenario.service';
import { ScenarioStateError } from '$lib/domain/scenario/lifecycle';
import type { PageServerLoad } from './$types';

/** "Đề xuất tự động": the planner's options, and the drafts it can complete. */
export const load: PageServerLoad = async ({ params, url }) => {
	const db = await getDb();
	const id = Number(params.id);
	const dataset = await requireDataset(db, id).catch((e) => {
		if (e instanceof ScenarioStateError) error(404, 'Không có bộ dữ liệu này / no such dataset');
		throw e;
	});
	const [{ scenarios }, summary] = await Promise.all([listDatasetScenarios(db, id), datasetUnitsSummary(db, dataset)]);
	const complete = Number(url.searchParams.get('complete')) || null;
	return {
		dataset,
		ruleSets: ruleSetChoices().filter((r) => r.id === 'nq35-2023'),
		drafts: scenarios
			.filter((s) => s.status === 'draft' || s.status === 'returned')
			.map((s) => ({ id: s.id, name: s.name, version: s.version, ruleSetId: s.ruleSetId })),
		complete,
		// The units' summary (the map's first view): the page fetches the units from /api/datasets/[id]/units.
		summary
	};
};
