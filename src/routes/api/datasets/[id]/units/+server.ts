import { error } from '@sveltejs/kit';
import { getDb } from '$lib/server/db/database';
import { datasetUnitsResponse } from '$lib/server/services/page-units';
import type { RequestHandler } from './$types';

/**
 * Every unit of a dataset, packed column by column (domain/unit-pack.ts): what the dataset map page fetches for its
 * list, search, verdicts and panel. One body per dataset version, compressed per Accept-Encoding, ETag (304).
 */
export const GET: RequestHandler = async ({ params, request }) => {
	const id = Number(params.id);
	if (!Number.isInteger(id)) error(400, 'dataset id');
	return datasetUnitsResponse(await getDb(), request, id);
};
