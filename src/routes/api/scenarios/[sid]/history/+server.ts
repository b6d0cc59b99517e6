import { json } from '@sveltejs/kit';
import { getDb } from '$lib/server/db/database';
import { scenarioHistory } from '$lib/server/services/scenario.service';
import { handleScenario, idParam } from '$lib/server/scenario-http';
import type { RequestHandler } from './$types';

/** Saved versions (newest first) and the audit trail (who, when, group, field, before → after) of a scenario. */
export const GET: RequestHandler = ({ params }) =>
	handleScenario(async () => json(await scenarioHistory(await getDb(), idParam(params.sid))));
