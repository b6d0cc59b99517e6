import { json } from '@sveltejs/kit';
import { getDb } from '$lib/server/db/database';
import { restoreScenario } from '$lib/server/db/scenario.repository';
import { handleScenario, idParam } from '$lib/server/scenario-http';
import type { RequestHandler } from './$types';

/** Restore a soft-deleted scenario (within 30 days) → 200 { scenario } | 410 restore_expired | 422 not_deleted. */
export const POST: RequestHandler = ({ params, locals }) =>
	handleScenario(async () => {
		const db = await getDb();
		return json({ scenario: await restoreScenario(db, idParam(params.sid), locals.user.id) });
	});
