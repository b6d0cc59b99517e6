import { error } from '@sveltejs/kit';
import { getDb } from '$lib/server/db/database';
import { scenarioMapPageData } from '$lib/server/services/page-units';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params }) => {
	// The groups' staffing is read from GET /api/scenarios/[sid]/staffing/groups (one function with the staffing tab).
	const data = await scenarioMapPageData(await getDb(), Number(params.id), Number(params.sid));
	if (!data) error(404, 'Không có phương án này / no such scenario');
	return data;
};
