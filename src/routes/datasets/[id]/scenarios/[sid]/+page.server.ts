import { error } from '@sveltejs/kit';
import { getDb } from '$lib/server/db/database';
import { getDataset } from '$lib/server/db/dataset.repository';
import { listUnits } from '$lib/server/db/unit.repository';
import { listAdjacency } from '$lib/server/db/adjacency.repository';
import { listActiveOverrides } from '$lib/server/db/rule-override.repository';
import { getScenario } from '$lib/server/db/scenario.repository';
import { STAFFING_SETTINGS_ID } from '$lib/domain/staffing';
import { loadRuleSet } from '$lib/server/rules';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params }) => {
	const db = await getDb();
	const id = Number(params.id);
	const dataset = Number.isInteger(id) ? await getDataset(db, id) : undefined;
	const scenario = await getScenario(db, Number(params.sid));
	if (!dataset || !scenario || scenario.datasetId !== id || scenario.deletedAt)
		error(404, 'Không có phương án này / no such scenario');
	const edges = async (level: 'district' | 'commune') =>
		(await listAdjacency(db, id, level)).map((e) => ({ a: e.a_code, b: e.b_code }));
	return {
		dataset,
		scenario,
		units: await listUnits(db, id),
		overrides: (await loadRuleSet(db, scenario.ruleSetId)).overrides,
		staffingOverrides: (await listActiveOverrides(db, STAFFING_SETTINGS_ID)).map((o) => ({
			key: o.key,
			value: o.value
		})),
		adjacency: { district: await edges('district'), commune: await edges('commune') }
	};
};
