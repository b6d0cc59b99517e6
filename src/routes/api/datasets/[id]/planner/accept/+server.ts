import { json } from '@sveltejs/kit';
import { getDb } from '$lib/server/db/database';
import { acceptPlan } from '$lib/server/planner.service';
import { BadRequestError, handleScenario, idParam, readBody } from '$lib/server/scenario-http';
import type { RequestHandler } from './$types';

/**
 * Accept a plan (issue 13): JSON { groups: [{ level, members }], ruleSetId?, name? } makes a new scenario;
 * { groups, scenarioId, version } adds the groups to that draft (the one the plan completed). The signed-in user is
 * the actor; the scenario service checks the groups as for any edit. → 201 { scenarioId }.
 */
export const POST: RequestHandler = ({ params, request, locals }) =>
	handleScenario(async () => {
		const datasetId = idParam(params.id);
		const body = await readBody(request);
		if (!Array.isArray(body.groups) || !body.groups.length)
			throw new BadRequestError('Phương án đề xuất không có nhóm nào.', 'The plan has no groups.');
		const groups = body.groups as { level: 'district' | 'commune'; members: string[] }[];
		const into =
			body.scenarioId != null
				? { scenarioId: idParam(String(body.scenarioId)), expectedVersion: Number(body.version) }
				: { name: String(body.name ?? '').trim() || `Đề xuất tự động ${new Date().toISOString().slice(0, 10)}` };
		const r = await acceptPlan(await getDb(), locals.user, {
			datasetId,
			ruleSetId: typeof body.ruleSetId === 'string' ? body.ruleSetId : null,
			groups,
			into
		});
		return json(r, { status: 201 });
	});
