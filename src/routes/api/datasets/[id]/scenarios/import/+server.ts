import { json } from '@sveltejs/kit';
import { getDb } from '$lib/server/db/database';
import { evaluateStored, importPlanScenario } from '$lib/server/services/scenario.service';
import { BadRequestError, handleScenario, idParam, warningsJson } from '$lib/server/scenario-http';
import type { RequestHandler } from './$types';

/**
 * Import a plan CSV as a new scenario. multipart/form-data: file (the CSV), name?, ruleSetId?, description?
 * → 201 { scenario, evaluation, warnings } | 422 { error: 'invalid_plan', problems } (nothing written).
 */
export const POST: RequestHandler = ({ params, request, locals }) =>
	handleScenario(async () => {
		const db = await getDb();
		const id = idParam(params.id);
		const form = await request.formData().catch(() => null);
		const file = form?.get('file');
		if (!form || !file || typeof file === 'string') {
			throw new BadRequestError(
				'Gửi tệp phương án (CSV) trong trường «file» của biểu mẫu multipart.',
				'Send the plan CSV in the "file" field of a multipart form.'
			);
		}
		const text = (k: string) => {
			const v = form.get(k);
			return typeof v === 'string' && v.trim() ? v.trim() : undefined;
		};
		const { scenario, warnings } = await importPlanScenario(
			db,
			locals.user,
			id,
			{ name: file.name || 'plan.csv', data: new Uint8Array(await file.arrayBuffer()) },
			{ name: text('name'), ruleSetId: text('ruleSetId'), description: text('description') ?? null }
		);
		const { evaluation } = await evaluateStored(db, scenario);
		return json({ scenario, evaluation, warnings: warningsJson(warnings) }, { status: 201 });
	});
