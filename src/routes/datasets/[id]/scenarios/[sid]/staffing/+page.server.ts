import { error } from '@sveltejs/kit';
import { getDb } from '$lib/server/db/database';
import { getDataset } from '$lib/server/db/dataset.repository';
import { getScenario } from '$lib/server/db/scenario.repository';
import { computeScenarioStaffing } from '$lib/server/scenario-staffing';
import { staffingCorrections } from '$lib/server/staffing-inputs';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params }) => {
	const db = await getDb();
	const dataset = await getDataset(db, Number(params.id));
	const scenario = await getScenario(db, Number(params.sid));
	if (!dataset || !scenario || scenario.datasetId !== dataset.id || scenario.deletedAt)
		error(404, 'Không có phương án này / no such scenario');
	const [r, corrections] = await Promise.all([computeScenarioStaffing(db, scenario.id), staffingCorrections(db)]);
	return {
		dataset,
		scenario: { id: scenario.id, name: scenario.name },
		inputs: r.inputs,
		version: r.version,
		staffing: r.staffing,
		corrections
	};
};
