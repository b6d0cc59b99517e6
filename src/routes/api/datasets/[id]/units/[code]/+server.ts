import { error, json } from '@sveltejs/kit';
import { getDb } from '$lib/server/db/database';
import { getUnit, updateUnits } from '$lib/server/db/unit.repository';
import { listAudit } from '$lib/server/db/audit.repository';
import { validateUnitPatch, withPopulationTotal } from '$lib/domain/unit-edit';
import { RULE_SETS } from '$lib/domain/rules';
import type { RequestHandler } from './$types';
import { both } from '$lib/i18n/catalogue';

const ALL_EXEMPTION_CODES = [
	...new Set(Object.values(RULE_SETS).flatMap((r) => r.exemptionReasons.map((e) => e.code)))
];

/** A unit and its change history. */
export const GET: RequestHandler = async ({ params }) => {
	const db = await getDb();
	const unit = await getUnit(db, Number(params.id), params.code);
	if (!unit) error(404, 'no such unit');
	const history = await listAudit(db, Number(params.id), { entity: 'unit', entityKey: params.code, limit: 100 });
	return json({ unit, history });
};

/** Edit a unit's inputs (one transaction, an audit row per changed field). Body: { patch, note? }. */
export const PATCH: RequestHandler = async ({ params, request, locals }) => {
	const db = await getDb();
	const id = Number(params.id);
	const before = await getUnit(db, id, params.code);
	if (!before) error(404, 'no such unit');
	const body = (await request.json().catch(() => null)) as { patch?: Record<string, unknown>; note?: string } | null;
	if (!body?.patch || typeof body.patch !== 'object')
		return json({ errors: [{ field: '', message: both('consultation.validate.noPatchGiven') }] }, { status: 400 });
	// Both population parts given: the total is their sum and the source says so (domain.md §3).
	const patch = withPopulationTotal({ ...body.patch });
	// A cleared exemption also clears its justification and reference document.
	if ('exemptionCode' in patch && patch.exemptionCode == null)
		Object.assign(patch, { exemptionNote: null, exemptionRefNumber: null, exemptionRefDate: null });
	const errors = validateUnitPatch(patch, ALL_EXEMPTION_CODES, before);
	if (errors.length) return json({ errors }, { status: 422 });
	await updateUnits(db, id, [{ code: params.code, patch }], locals.user.id, body.note);
	return json({ unit: await getUnit(db, id, params.code) });
};
