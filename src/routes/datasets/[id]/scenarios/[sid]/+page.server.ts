import { error } from '@sveltejs/kit';
import { getDb } from '$lib/server/db/database';
import { scenarioEditorData } from '$lib/server/services/scenario.service';
import { packUnits } from '$lib/domain/unit-pack';
import { ScenarioStateError } from '$lib/domain/scenario/lifecycle';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params }) => {
	const db = await getDb();
	// The groups' staffing is read from GET /api/scenarios/[sid]/staffing/groups (one function with the staffing tab).
	const data = await scenarioEditorData(db, Number(params.id), Number(params.sid)).catch((e) => {
		if (e instanceof ScenarioStateError) error(404, 'Không có phương án này / no such scenario');
		throw e;
	});
	// The units packed column by column: light page data for a country of 10,000 communes.
	return { ...data, units: packUnits(data.units) };
};
