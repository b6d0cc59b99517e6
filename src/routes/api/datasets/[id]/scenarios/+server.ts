import { json } from '@sveltejs/kit';
import { getDb } from '$lib/server/db/database';
import { createScenario, evaluateStored, listDatasetScenarios } from '$lib/server/services/scenario.service';
import { handleScenario, idParam, readBody } from '$lib/server/scenario-http';
import type { RequestHandler } from './$types';

/** The dataset's scenarios (not deleted) and those deleted in the last 30 days (restorable). */
export const GET: RequestHandler = ({ params }) =>
	handleScenario(async () => json(await listDatasetScenarios(await getDb(), idParam(params.id))));

/**
 * Create a scenario. Body: { name, description?, ruleSetId?, content? } → 201 { scenario, evaluation }
 * | 400 unknown_rule_set | 422 invalid_content { problems } | 422 bad_name | 404 dataset_not_found.
 */
export const POST: RequestHandler = ({ params, request, locals }) =>
	handleScenario(async () => {
		const db = await getDb();
		const datasetId = idParam(params.id);
		const body = await readBody(request);
		const scenario = await createScenario(db, locals.user, {
			datasetId,
			name: typeof body.name === 'string' ? body.name : '',
			description: typeof body.description === 'string' ? body.description : null,
			ruleSetId: body.ruleSetId,
			content: body.content
		});
		const { evaluation } = await evaluateStored(db, scenario);
		return json({ scenario, evaluation }, { status: 201 });
	});
