import { error, json } from '@sveltejs/kit';
import { getDb } from '$lib/server/db/database';
import { getDataset } from '$lib/server/db/dataset.repository';
import { importAttributes, ImportError } from '$lib/server/import';
import type { RequestHandler } from './$types';

/**
 * Import staffing inputs (or any attributes) from a CSV: multipart/form-data with the file in «file». Same code as
 * `npm run cli -- staffing-inputs`. → 200 { rows, updated, warnings } | 422 { error, where, message_vi, message_en }
 * (file, row and column named; nothing written).
 */
export const POST: RequestHandler = async ({ params, request, locals }) => {
	const db = await getDb();
	const id = Number(params.id);
	if (!Number.isInteger(id) || !(await getDataset(db, id))) error(404, 'Không có bộ dữ liệu này / no such dataset');
	const form = await request.formData().catch(() => null);
	const file = form?.get('file');
	if (!form || !file || typeof file === 'string') {
		return json(
			{
				error: 'no_file',
				message_vi: 'Chọn tệp CSV (trường «file» của biểu mẫu).',
				message_en: 'Choose a CSV file (the "file" field of the form).'
			},
			{ status: 400 }
		);
	}
	try {
		const r = await importAttributes(
			db,
			id,
			{ name: file.name || 'staffing.csv', data: new Uint8Array(await file.arrayBuffer()) },
			locals.user.id
		);
		return json({ rows: r.rows, updated: r.updated, warnings: r.warnings });
	} catch (e) {
		if (e instanceof ImportError) {
			return json(
				{ error: e.code, where: e.where, message_vi: e.describe('vi'), message_en: e.describe('en') },
				{ status: 422 }
			);
		}
		throw e;
	}
};
