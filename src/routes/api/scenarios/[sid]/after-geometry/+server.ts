import { getDb } from '$lib/server/db/database';
import { afterDissolvedResponse } from '$lib/server/services/geometry-jobs';
import { handleScenario, idParam } from '$lib/server/scenario-http';
import type { RequestHandler } from './$types';

/**
 * The after view's new units: the scenario's groups dissolved on the simplified boundaries (GeoJSON features with
 * groupId and level), made once per scenario version in the geometry worker, compressed, ETag (304 on
 * If-None-Match).
 */
export const GET: RequestHandler = ({ params, request }) =>
	handleScenario(async () => afterDissolvedResponse(await getDb(), request, idParam(params.sid)));
