import { error, fail, redirect } from '@sveltejs/kit';
import { getDb } from '$lib/server/db/database';
import { getDataset } from '$lib/server/db/dataset.repository';
import {
	createScenario,
	deleteScenario,
	duplicateScenario,
	listDeletedScenarios,
	listScenarios,
	restoreScenario,
	ScenarioStateError
} from '$lib/server/db/scenario.repository';
import { RULE_SETS, DEFAULT_RULE_SET_ID } from '$lib/domain/rules';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params }) => {
	const db = await getDb();
	const id = Number(params.id);
	const dataset = Number.isInteger(id) ? await getDataset(db, id) : undefined;
	if (!dataset) error(404, 'Không có bộ dữ liệu này / no such dataset');
	return {
		dataset,
		scenarios: await listScenarios(db, id),
		deleted: await listDeletedScenarios(db, id),
		ruleSets: Object.values(RULE_SETS).map((r) => ({ id: r.id, document: r.document }))
	};
};

function stateFail(e: unknown) {
	if (e instanceof ScenarioStateError) return fail(409, { error: e.messages });
	throw e;
}

export const actions: Actions = {
	create: async ({ request, params, locals }) => {
		const form = await request.formData();
		const name = String(form.get('name') ?? '').trim();
		const ruleSetId = String(form.get('ruleSetId') ?? DEFAULT_RULE_SET_ID);
		if (!name) return fail(400, { error: { vi: 'Cần đặt tên cho phương án.', en: 'The scenario needs a name.' } });
		let sid: number;
		try {
			sid = (
				await createScenario(await getDb(), {
					datasetId: Number(params.id),
					name,
					description: String(form.get('description') ?? '') || null,
					ruleSetId,
					who: locals.user.id
				})
			).id;
		} catch (e) {
			return stateFail(e);
		}
		redirect(303, `/datasets/${params.id}/scenarios/${sid}`);
	},
	duplicate: async ({ request, locals }) => {
		const form = await request.formData();
		try {
			await duplicateScenario(await getDb(), Number(form.get('id')), locals.user.id);
		} catch (e) {
			return stateFail(e);
		}
	},
	delete: async ({ request, locals }) => {
		const form = await request.formData();
		try {
			await deleteScenario(await getDb(), Number(form.get('id')), locals.user.id);
		} catch (e) {
			return stateFail(e);
		}
	},
	restore: async ({ request, locals }) => {
		const form = await request.formData();
		try {
			await restoreScenario(await getDb(), Number(form.get('id')), locals.user.id);
		} catch (e) {
			return stateFail(e);
		}
	}
};
