import { error, json } from '@sveltejs/kit';
import { getDb } from '$lib/server/db/database';
import { getDataset } from '$lib/server/db/dataset.repository';
import { saveStaffingInputs, staffingInputTable } from '$lib/server/staffing-inputs';
import type { ClassRuleSetId } from '$lib/domain/staffing';
import type { RequestHandler } from './$types';
import { both } from '$lib/i18n/catalogue';

const datasetId = (raw: string): number => {
	const id = Number(raw);
	if (!Number.isInteger(id) || id <= 0) error(404, 'Không có bộ dữ liệu này / no such dataset');
	return id;
};

/**
 * The staffing inputs of every unit: { communes: [...], districts: [...], classRuleSet, defaultClassRuleSet,
 * classRuleSets } (communes with the class estimate). `?class_rules=nq1211_2016|d307_2025` picks the classification
 * rule set of the estimates (default: Decree 307/2025 for a two-tier dataset, NQ 1211/2016 otherwise).
 */
export const GET: RequestHandler = async ({ params, url }) => {
	const rules = url.searchParams.get('class_rules') as ClassRuleSetId | null;
	const table = await staffingInputTable(await getDb(), datasetId(params.id), rules);
	if (!table) error(404, 'Không có bộ dữ liệu này / no such dataset');
	return json(table);
};

/**
 * Save staffing inputs. Body: { rows: [{ code, patch: { communeClass?, staffActual?, nonprofessionalActual?, leaders?,
 * offices? } }], note? } — counts are whole numbers ≥ 0 or null, the class "I" | "II" | "III" or null.
 * → 200 { updated, units: [{ code, communeClass, staffActual, nonprofessionalActual, leaders, offices }] }
 * | 422 { errors: [{ index, code, field, message: { vi, en } }] } (nothing written) | 400 (not JSON) | 404.
 */
export const PATCH: RequestHandler = async ({ params, request, locals }) => {
	const db = await getDb();
	const id = datasetId(params.id);
	const body = await request.json().catch(() => undefined);
	if (body === undefined || body === null || typeof body !== 'object') {
		return json(
			{
				errors: [{ message: both('staffing.theRequestBodyIsNot') }]
			},
			{ status: 400 }
		);
	}
	if (!(await getDataset(db, id))) error(404, 'Không có bộ dữ liệu này / no such dataset');
	const r = await saveStaffingInputs(db, id, body, locals.user.id);
	if (!r.ok) return json({ errors: r.errors }, { status: 422 });
	return json({ updated: r.updated, units: r.units });
};
