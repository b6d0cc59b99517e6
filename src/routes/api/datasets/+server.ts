import { json } from '@sveltejs/kit';
import { defaultDatabaseLocation, getDb } from '$lib/server/db/database';
import { ImportError } from '$lib/server/import';
import { startImportJob } from '$lib/server/import/jobs';
import { importLimits } from '$lib/server/import/limits';
import { saveUpload } from '$lib/server/import/upload';
import type { RequestHandler } from './$types';

/**
 * Import a province from uploaded files (multipart: files[], name, referenceDate, terrain, crs, structure, encoding).
 * The body is streamed to a temporary file and imported by a job in a worker thread (the same import code as the
 * CLI): the answer is 202 with the job, whose steps GET /api/imports/[id] reports.
 */
export const POST: RequestHandler = async ({ request, locals }) => {
	const limits = importLimits();
	try {
		const upload = await saveUpload(request, limits.maxUploadBytes);
		const location = defaultDatabaseLocation();
		const id = await startImportJob(await getDb(location), location, { ...upload, createdBy: locals.user.id }, limits);
		return json({ job_id: id, status_url: `/api/imports/${id}`, page_url: `/datasets/imports/${id}` }, { status: 202 });
	} catch (e) {
		if (e instanceof ImportError) {
			return json(
				{ error: e.code, where: e.where, message_vi: e.describe('vi'), message_en: e.describe('en') },
				{ status: e.code === 'upload_too_large' ? 413 : 422 }
			);
		}
		throw e;
	}
};
