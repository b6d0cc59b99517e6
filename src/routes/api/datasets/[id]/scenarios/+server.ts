import { json } from '@sveltejs/kit';
import { getDb } from '$lib/server/db/database';
import { createScenario, listDeletedScenarios, listScenarios } from '$lib/server/db/scenario.repository';
import { normalizeContent, validateContent } from '$lib/domain/scenario/model';
import { evaluateStored, loadWorkspace, requireDataset } from '$lib/server/scenarios';
import { BadRequestError, handleScenario, idParam, readBody } from '$lib/server/scenario-http';
import { RULE_SETS } from '$lib/domain/rules';
import type { RequestHandler } from './$types';

/** The dataset's scenarios (not deleted) and those deleted in the last 30 days (restorable). */
export const GET: RequestHandler = ({ params }) =>
	handleScenario(async () => {
		const db = await getDb();
		const id = idParam(params.id);
		await requireDataset(db, id);
		return json({ scenarios: await listScenarios(db, id), deleted: await listDeletedScenarios(db, id) });
	});

/** Create a scenario. Body: { name, description?, ruleSetId?, content? } → 201 { scenario, evaluation }. */
export const POST: RequestHandler = ({ params, request, locals }) =>
	handleScenario(async () => {
		const db = await getDb();
		const id = idParam(params.id);
		const body = await readBody(request);
		const ruleSetId = body.ruleSetId == null ? 'nq35-2023' : String(body.ruleSetId);
		if (!RULE_SETS[ruleSetId])
			throw new BadRequestError(`Bộ quy tắc không rõ: ${ruleSetId}.`, `Unknown rule set: ${ruleSetId}.`);
		const ws = await loadWorkspace(db, id, ruleSetId);
		const content = normalizeContent(body.content ?? {});
		const problems = validateContent(content, ws.catalog);
		if (problems.length) {
			return json(
				{
					error: 'invalid_content',
					problems: problems.map((p) => ({
						code: p.code,
						params: p.params,
						groupId: p.groupId ?? null,
						message: p.messages
					}))
				},
				{ status: 422 }
			);
		}
		const scenario = await createScenario(db, {
			datasetId: id,
			name: typeof body.name === 'string' ? body.name : '',
			description: typeof body.description === 'string' ? body.description : null,
			ruleSetId,
			content,
			who: locals.user.id
		});
		const { evaluation } = await evaluateStored(db, scenario);
		return json({ scenario, evaluation }, { status: 201 });
	});
