import { error } from '@sveltejs/kit';
import { getDb } from '$lib/server/db/database';
import { getDataset } from '$lib/server/db/dataset.repository';
import { staffingInputTable } from '$lib/server/staffing-inputs';
import type { ClassRuleSetId } from '$lib/domain/staffing';
import type { PageServerLoad } from './$types';

/** `?class_rules=nq1211_2016|d307_2025` picks the classification rule set of the estimates (default: the dataset's). */
export const load: PageServerLoad = async ({ params, url }) => {
	const db = await getDb();
	const id = Number(params.id);
	const dataset = Number.isInteger(id) ? await getDataset(db, id) : undefined;
	if (!dataset) error(404, 'Không có bộ dữ liệu này / no such dataset');
	const table = (await staffingInputTable(db, id, url.searchParams.get('class_rules') as ClassRuleSetId | null))!;
	return { dataset, ...table };
};
