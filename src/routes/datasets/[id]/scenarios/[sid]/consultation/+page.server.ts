import { error } from '@sveltejs/kit';
import { getDb } from '$lib/server/db/database';
import { getDataset } from '$lib/server/db/dataset.repository';
import { scenarioConsultation } from '$lib/server/services/consultation.service';
import { ScenarioStateError } from '$lib/domain/scenario/lifecycle';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params }) => {
	const db = await getDb();
	const dataset = await getDataset(db, Number(params.id));
	if (!dataset) error(404, 'Không có bộ dữ liệu này / no such dataset');
	const consultation = await scenarioConsultation(db, Number(params.sid), { datasetId: dataset.id }).catch((e) => {
		if (e instanceof ScenarioStateError) error(404, 'Không có phương án này / no such scenario');
		throw e;
	});
	return { dataset, consultation };
};
