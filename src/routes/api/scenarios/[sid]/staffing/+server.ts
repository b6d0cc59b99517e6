import { json } from '@sveltejs/kit';
import { getDb } from '$lib/server/db/database';
import { saveScenarioStaffing, StaffingVersionConflictError } from '$lib/server/db/scenario-staffing.repository';
import { computeScenarioStaffing } from '$lib/server/scenario-staffing';
import { handleScenario, idParam, readBody, BadRequestError } from '$lib/server/scenario-http';
import { validateStaffingInputs } from '$lib/domain/staffing/scenario';
import type { RequestHandler } from './$types';

/** The staffing tab's data: inputs (with their version) and the computed impact. */
export const GET: RequestHandler = ({ params }) =>
	handleScenario(async () => {
		const r = await computeScenarioStaffing(await getDb(), idParam(params.sid));
		return json({ inputs: r.inputs, version: r.version, staffing: r.staffing });
	});

/** Save the staffing inputs made on `version`: { version, inputs } → the recomputed staffing, or 409. */
export const PUT: RequestHandler = ({ params, request, locals }) =>
	handleScenario(async () => {
		const db = await getDb();
		const id = idParam(params.sid);
		const body = await readBody(request);
		// 0 = the inputs were never saved (defaults shown).
		const version = body.version;
		if (typeof version !== 'number' || !Number.isInteger(version) || version < 0)
			throw new BadRequestError('Thiếu số phiên bản (version).', 'Missing "version".');
		const problems = validateStaffingInputs(body.inputs);
		if (problems.length)
			throw new BadRequestError(problems.map((p) => p.vi).join(' '), problems.map((p) => p.en).join(' '));
		try {
			await saveScenarioStaffing(db, id, version, body.inputs as never, locals.user.id);
		} catch (e) {
			if (e instanceof StaffingVersionConflictError)
				return json({ error: 'conflict', currentVersion: e.currentVersion }, { status: 409 });
			throw e;
		}
		const r = await computeScenarioStaffing(db, id);
		return json({ inputs: r.inputs, version: r.version, staffing: r.staffing });
	});
