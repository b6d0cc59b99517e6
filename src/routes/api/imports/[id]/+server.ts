import { error, json } from '@sveltejs/kit';
import { getDb } from '$lib/server/db/database';
import { readImportJob } from '$lib/server/import/jobs';
import type { RequestHandler } from './$types';

/** An import job: status, step, progress, the steps reached, then the dataset or the failure's message. */
export const GET: RequestHandler = async ({ params, setHeaders }) => {
	const db = await getDb();
	const job = await readImportJob(db, params.id); // a job whose process died mid-import reads as failed
	if (!job) error(404, 'Không có lượt nhập này / No such import');
	setHeaders({ 'cache-control': 'no-store' });
	return json(job);
};
