import { error } from '@sveltejs/kit';
import { getDb } from '$lib/server/db/database';
import { getDataset } from '$lib/server/db/dataset.repository';
import { getScenario } from '$lib/server/db/scenario.repository';
import { dossierPreview } from '$lib/server/dossier/preview';
import { availableFormats, FORMAT_LABELS, LEVEL_FORMATS } from '$lib/server/dossier/registry';
import { DOSSIER_FORMATS } from '$lib/server/dossier/types';
import type { PageServerLoad } from './$types';

/** The Hồ sơ tab: the formats (available or not yet), the levels, and the preview of the units after. */
export const load: PageServerLoad = async ({ params, locals }) => {
	const db = await getDb();
	const dataset = await getDataset(db, Number(params.id));
	const scenario = await getScenario(db, Number(params.sid));
	if (!dataset || !scenario || scenario.datasetId !== dataset.id || scenario.deletedAt)
		error(404, 'Không có phương án này / no such scenario');
	const available = new Set(availableFormats());
	return {
		dataset,
		scenario: { id: scenario.id, name: scenario.name, version: scenario.version, status: scenario.status },
		formats: DOSSIER_FORMATS.map((f) => ({
			id: f,
			label: FORMAT_LABELS[f],
			available: available.has(f),
			byLevel: LEVEL_FORMATS.includes(f)
		})),
		preview: await dossierPreview(db, scenario.id, locals.lang)
	};
};
