import { json } from '@sveltejs/kit';
import { getDb } from '$lib/server/db/database';
import { restoreScenario } from '$lib/server/services/scenario.service';
import { handleScenario, idParam } from '$lib/server/scenario-http';
import type { RequestHandler } from './$types';

/** Restore a soft-deleted scenario (within 30 days) → 200 { scenario } | 410 restore_expired | 422 not_deleted. */
export const POST: RequestHandler = ({ params, locals }) =>
	handleScenario(async () =>
		json({ scenario: await restoreScenario(await getDb(), locals.user, idParam(params.sid)) })
	);
