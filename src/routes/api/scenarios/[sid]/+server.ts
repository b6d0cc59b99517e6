import { json } from '@sveltejs/kit';
import { getDb } from '$lib/server/db/database';
import { deleteScenario, updateScenarioMeta } from '$lib/server/db/scenario.repository';
import { evaluateStored, parsePhases, requireScenario } from '$lib/server/scenarios';
import { BadRequestError, handleScenario, idParam, readBody } from '$lib/server/scenario-http';
import { RULE_SETS } from '$lib/domain/rules';
import type { RequestHandler } from './$types';

/** A scenario with its content, version and evaluation. Query: phases=2023-2025[,2026-2030]. */
export const GET: RequestHandler = ({ params, url }) =>
	handleScenario(async () => {
		const db = await getDb();
		const scenario = await requireScenario(db, idParam(params.sid));
		const { evaluation } = await evaluateStored(db, scenario, { phases: parsePhases(url.searchParams.get('phases')) });
		return json({ scenario, evaluation });
	});

/** Rename, describe or change the rule set. Body: { name?, description?, ruleSetId? } → { scenario }. Not versioned. */
export const PATCH: RequestHandler = ({ params, request, locals }) =>
	handleScenario(async () => {
		const db = await getDb();
		const id = idParam(params.sid);
		await requireScenario(db, id);
		const body = await readBody(request);
		if (body.ruleSetId != null && !RULE_SETS[String(body.ruleSetId)])
			throw new BadRequestError(
				`Bộ quy tắc không rõ: ${String(body.ruleSetId)}.`,
				`Unknown rule set: ${String(body.ruleSetId)}.`
			);
		const scenario = await updateScenarioMeta(
			db,
			id,
			{
				name: typeof body.name === 'string' ? body.name : undefined,
				description:
					body.description === null ? null : typeof body.description === 'string' ? body.description : undefined,
				ruleSetId: body.ruleSetId != null ? String(body.ruleSetId) : undefined
			},
			locals.user.id
		);
		return json({ scenario });
	});

/** Soft delete (restorable for 30 days) → { scenario } with deletedAt set. */
export const DELETE: RequestHandler = ({ params, locals }) =>
	handleScenario(async () => {
		const db = await getDb();
		const id = idParam(params.sid);
		await requireScenario(db, id);
		return json({ scenario: await deleteScenario(db, id, locals.user.id) });
	});
