import { json } from '@sveltejs/kit';
import { getDb } from '$lib/server/db/database';
import { scenarioGroupSurpluses } from '$lib/server/scenario-staffing';
import { handleScenario, idParam } from '$lib/server/scenario-http';
import type { RequestHandler } from './$types';

/**
 * Each merger group's staff before, norm after and surplus, as the staffing tab computes them (same function, the
 * scenario's stored staffing inputs): → { scenarioVersion, staffingVersion, effectiveDate, groups: [...] }.
 */
export const GET: RequestHandler = ({ params }) =>
	handleScenario(async () => json(await scenarioGroupSurpluses(await getDb(), idParam(params.sid))));
