import { error } from '@sveltejs/kit';
import { getDb } from '$lib/server/db/database';
import { scenarioMapPageData } from '$lib/server/services/page-units';
import type { PageServerLoad } from './$types';

/** The after map of a scenario (printable): the same data the editor loads. */
export const load: PageServerLoad = async ({ params }) => {
	const data = await scenarioMapPageData(await getDb(), Number(params.id), Number(params.sid));
	if (!data) error(404, 'Không có phương án này / no such scenario');
	return data;
};
