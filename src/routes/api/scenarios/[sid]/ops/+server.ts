import { getDb } from '$lib/server/db/database';
import { applyScenarioOps, parsePhases } from '$lib/server/services/scenario.service';
import {
	BadRequestError,
	opsResponse,
	handleScenario,
	idParam,
	readBody,
	requireVersion
} from '$lib/server/scenario-http';
import type { ScenarioOp } from '$lib/domain/scenario/model';
import type { RequestHandler } from './$types';

/**
 * Apply edit ops (all or nothing) made on `version` and save them as one new version.
 * Body: { version, ops: [{ op: 'addMember', groupId, code }, …] } → 200 { version, canUndo, canRedo, evaluation }
 * (evaluation: the groups the ops changed and the totals; not the whole content, which the client already has)
 * | 409 conflict { currentVersion } | 422 invalid_op { code, opIndex, message }.
 */
export const POST: RequestHandler = ({ params, request, locals, url }) =>
	handleScenario(async () => {
		const id = idParam(params.sid);
		const body = await readBody(request);
		const version = requireVersion(body);
		if (!Array.isArray(body.ops) || body.ops.length === 0 || body.ops.length > 1000) {
			throw new BadRequestError(
				'Cần danh sách thao tác «ops» (1 đến 1000 thao tác).',
				'Send a list of 1 to 1000 "ops".'
			);
		}
		const { scenario, evaluation } = await applyScenarioOps(
			await getDb(),
			locals.user,
			id,
			version,
			body.ops as ScenarioOp[],
			{ phases: parsePhases(url.searchParams.get('phases')) }
		);
		return opsResponse(scenario, evaluation);
	});
