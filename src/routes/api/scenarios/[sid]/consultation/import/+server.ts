import { json } from '@sveltejs/kit';
import { getDb } from '$lib/server/db/database';
import { BadRequestError, idParam } from '$lib/server/scenario-http';
import { handleConsultation } from '$lib/server/consultation-http';
import { importConsultationCsv, scenarioConsultation } from '$lib/server/services/consultation.service';
import type { RequestHandler } from './$types';

/**
 * Import the voters' results from a CSV (UTF-8): multipart/form-data with the file in «file», or the CSV as the body
 * (text/csv). All or nothing → 200 { rows, changed, ignoredColumns, consultation } | 422 invalid_consultation (line
 * and unit of each problem) | 409 frozen.
 */
export const POST: RequestHandler = ({ params, request, locals }) =>
	handleConsultation(async () => {
		const db = await getDb();
		const id = idParam(params.sid);
		let file: { name: string; data: Uint8Array };
		if ((request.headers.get('content-type') ?? '').includes('multipart/form-data')) {
			const f = (await request.formData()).get('file');
			if (!f || typeof f === 'string')
				throw new BadRequestError('Chọn tệp CSV (trường «file»).', 'Choose a CSV file (the "file" field).');
			file = { name: f.name || 'lay-y-kien.csv', data: new Uint8Array(await f.arrayBuffer()) };
		} else file = { name: 'lay-y-kien.csv', data: new Uint8Array(await request.arrayBuffer()) };
		const r = await importConsultationCsv(db, locals.user, id, file);
		return json({ ...r, consultation: await scenarioConsultation(db, id) });
	});
