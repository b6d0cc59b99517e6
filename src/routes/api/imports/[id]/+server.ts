import { error, json } from '@sveltejs/kit';
import { getDb } from '$lib/server/db/database';
import { getImportJob } from '$lib/server/db/import-job.repository';
import { sweepStaleImportJobs } from '$lib/server/import/jobs';
import type { RequestHandler } from './$types';

/** An import job: status, step, progress, the steps reached, then the dataset or the failure's message. */
export const GET: RequestHandler = async ({ params, setHeaders }) => {
	const db = await getDb();
	await sweepStaleImportJobs(db); // a job whose process died mid-import reads as failed, not running forever
	const job = await getImportJob(db, params.id);
	if (!job) error(404, 'Không có lượt nhập này / No such import');
	setHeaders({ 'cache-control': 'no-store' });
	return json(job);
};
