import { error } from '@sveltejs/kit';
import { getDb } from '$lib/server/db/database';
import { listActiveOverrides } from '$lib/server/db/rule-override.repository';
import { scenarioEditorData } from '$lib/server/services/scenario.service';
import { ScenarioStateError } from '$lib/domain/scenario/lifecycle';
import { STAFFING_SETTINGS_ID } from '$lib/domain/staffing';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params }) => {
	const db = await getDb();
	const data = await scenarioEditorData(db, Number(params.id), Number(params.sid)).catch((e) => {
		if (e instanceof ScenarioStateError) error(404, 'Không có phương án này / no such scenario');
		throw e;
	});
	return {
		...data,
		staffingOverrides: (await listActiveOverrides(db, STAFFING_SETTINGS_ID)).map((o) => ({
			key: o.key,
			value: o.value
		}))
	};
};
