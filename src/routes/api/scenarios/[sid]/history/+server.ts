import { json } from '@sveltejs/kit';
import { getDb } from '$lib/server/db/database';
import { getScenario, listScenarioAudit, listScenarioVersions } from '$lib/server/db/scenario.repository';
import { ScenarioStateError } from '$lib/server/db/scenario.repository';
import { bi } from '$lib/domain/messages';
import { handleScenario, idParam } from '$lib/server/scenario-http';
import type { RequestHandler } from './$types';

/** Saved versions (newest first) and the audit trail (who, when, group, field, before → after) of a scenario. */
export const GET: RequestHandler = ({ params }) =>
	handleScenario(async () => {
		const db = await getDb();
		const id = idParam(params.sid);
		if (!(await getScenario(db, id)))
			throw new ScenarioStateError('not_found', id, bi(`Không có phương án #${id}.`, `No scenario #${id}.`));
		const audit = (await listScenarioAudit(db, id)).map((a) => ({
			...a,
			before: a.before == null ? null : JSON.parse(a.before),
			after: a.after == null ? null : JSON.parse(a.after)
		}));
		return json({ versions: await listScenarioVersions(db, id), audit });
	});
