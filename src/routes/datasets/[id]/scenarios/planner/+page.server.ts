import { error } from '@sveltejs/kit';
import { getDb } from '$lib/server/db/database';
import { listUnits } from '$lib/server/db/unit.repository';
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
	const [{ scenarios }, units] = await Promise.all([listDatasetScenarios(db, id), listUnits(db, id)]);
	const complete = Number(url.searchParams.get('complete')) || null;
	return {
		dataset,
		ruleSets: ruleSetChoices().filter((r) => r.id === 'nq35-2023'),
		drafts: scenarios
			.filter((s) => s.status === 'draft' || s.status === 'returned')
			.map((s) => ({ id: s.id, name: s.name, version: s.version, ruleSetId: s.ruleSetId })),
		complete,
		units: units.map((u) => ({
			code: u.code,
			name: u.name,
			level: u.level,
			kind: u.kind,
			parentCode: u.parentCode,
			bbox: u.bbox,
			label: u.label
		}))
	};
};
