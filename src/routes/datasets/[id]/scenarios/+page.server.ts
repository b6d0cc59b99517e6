import { error, redirect } from '@sveltejs/kit';
import { getDb } from '$lib/server/db/database';
import {
	createScenario,
	deleteScenario,
	duplicateScenario,
	listDatasetScenarios,
	requireDataset,
	restoreScenario,
	ruleSetChoices
} from '$lib/server/services/scenario.service';
import { ScenarioStateError } from '$lib/domain/scenario/lifecycle';
import { scenarioFail } from '$lib/server/scenario-http';
import { roleGrants } from '$lib/server/auth/roles';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, locals }) => {
	const db = await getDb();
	const id = Number(params.id);
	const dataset = await requireDataset(db, id).catch((e) => {
		if (e instanceof ScenarioStateError) error(404, 'Không có bộ dữ liệu này / no such dataset');
		throw e;
	});
	// Only those who may change scenarios see the buttons that do (a reviewer or a viewer reads and compares).
	const canEdit = !!locals.user && roleGrants(locals.user.role, 'edit');
	return { dataset, ...(await listDatasetScenarios(db, id)), ruleSets: ruleSetChoices(), canEdit };
};

/** The scenario named by a form's `id` field, as a number (NaN when missing: the service answers not_found). */
const formId = (form: FormData) => Number(form.get('id') ?? NaN);

export const actions: Actions = {
	create: async ({ request, params, locals }) => {
		const form = await request.formData();
		let sid: number;
		try {
			const scenario = await createScenario(await getDb(), locals.user, {
				datasetId: Number(params.id),
				name: form.get('name'),
				description: String(form.get('description') ?? '') || null,
				ruleSetId: form.get('ruleSetId') ?? undefined
			});
			sid = scenario.id;
		} catch (e) {
			return scenarioFail(e);
		}
		redirect(303, `/datasets/${params.id}/scenarios/${sid}`);
	},
	// Each action acts only on a scenario of this dataset: one of another dataset is "not found" here.
	duplicate: async ({ request, params, locals }) => {
		const id = formId(await request.formData());
		try {
			await duplicateScenario(await getDb(), locals.user, id, { datasetId: Number(params.id) });
		} catch (e) {
			return scenarioFail(e);
		}
	},
	delete: async ({ request, params, locals }) => {
		const id = formId(await request.formData());
		try {
			await deleteScenario(await getDb(), locals.user, id, { datasetId: Number(params.id) });
		} catch (e) {
			return scenarioFail(e);
		}
	},
	restore: async ({ request, params, locals }) => {
		const id = formId(await request.formData());
		try {
			await restoreScenario(await getDb(), locals.user, id, { datasetId: Number(params.id) });
		} catch (e) {
			return scenarioFail(e);
		}
	}
};
