import { json } from '@sveltejs/kit';
import { getDb } from '$lib/server/db/database';
import { redoScenario } from '$lib/server/db/scenario.repository';
import { evaluateStored, parsePhases, requireScenario } from '$lib/server/scenarios';
import { handleScenario, idParam, readBody, requireVersion } from '$lib/server/scenario-http';
import type { RequestHandler } from './$types';

/**
 * Redo the last undone change: its content becomes a new, conflict-checked version.
 * Body: { version } → 200 { version, content, canUndo, canRedo, evaluation } | 409 conflict | 422 nothing_to_redo.
 */
export const POST: RequestHandler = ({ params, request, locals, url }) =>
	handleScenario(async () => {
		const db = await getDb();
		const id = idParam(params.sid);
		await requireScenario(db, id);
		const version = requireVersion(await readBody(request));
		const scenario = await redoScenario(db, id, version, locals.user.id);
		const { evaluation } = await evaluateStored(db, scenario, { phases: parsePhases(url.searchParams.get('phases')) });
		return json({
			version: scenario.version,
			content: scenario.content,
			canUndo: scenario.canUndo,
			canRedo: scenario.canRedo,
			evaluation
		});
	});
