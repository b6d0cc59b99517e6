import { json } from '@sveltejs/kit';
import { getDb } from '$lib/server/db/database';
import { deleteScenario, parsePhases, updateScenarioMeta } from '$lib/server/services/scenario.service';
import { scenarioAnswer } from '$lib/server/scenario-answer';
import { handleScenario, idParam, readBody } from '$lib/server/scenario-http';
import type { RequestHandler } from './$types';

/** A scenario with its content, version and evaluation (made once per state: scenario-answer.ts). Query: phases=2023-2025[,2026-2030]. */
export const GET: RequestHandler = ({ params, url, request }) =>
	handleScenario(async () =>
		scenarioAnswer(await getDb(), request, idParam(params.sid), parsePhases(url.searchParams.get('phases')))
	);

/** Rename, describe or change the rule set. Body: { name?, description?, ruleSetId? } → { scenario }. Not versioned. */
export const PATCH: RequestHandler = ({ params, request, locals }) =>
	handleScenario(async () => {
		const id = idParam(params.sid);
		const body = await readBody(request);
		const scenario = await updateScenarioMeta(await getDb(), locals.user, id, {
			name: typeof body.name === 'string' ? body.name : undefined,
			description:
				body.description === null ? null : typeof body.description === 'string' ? body.description : undefined,
			ruleSetId: body.ruleSetId ?? undefined
		});
		return json({ scenario });
	});

/** Soft delete (restorable for 30 days) → { scenario } with deletedAt set. */
export const DELETE: RequestHandler = ({ params, locals }) =>
	handleScenario(async () => json({ scenario: await deleteScenario(await getDb(), locals.user, idParam(params.sid)) }));
