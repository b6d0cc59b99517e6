import { error } from '@sveltejs/kit';
import { getDb } from '$lib/server/db/database';
import { readImportJob } from '$lib/server/import/jobs';
import type { PageServerLoad } from './$types';

/** An import job's page: its steps and progress (polled while it runs), then the dataset or the failure. */
export const load: PageServerLoad = async ({ params }) => {
	const db = await getDb();
	const job = await readImportJob(db, params.id); // a job whose process died mid-import reads as failed
	if (!job) error(404, 'Không có lượt nhập này / No such import');
	return { job };
};
