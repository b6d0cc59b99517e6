import { error } from '@sveltejs/kit';
import { getDb } from '$lib/server/db/database';
import { getDataset } from '$lib/server/db/dataset.repository';
import { datasetQuality } from '$lib/server/services/quality.service';
import { toCsv } from '$lib/server/export/csv';
import type { RequestHandler } from './$types';

/** The data-quality report of a dataset as CSV (UTF-8 with BOM, codes as text). */
export const GET: RequestHandler = async ({ params, url }) => {
	const db = await getDb();
	const id = Number(params.id);
	const ds = Number.isInteger(id) ? await getDataset(db, id) : undefined;
	if (!ds) error(404, 'no such dataset');
	const en = url.searchParams.get('lang') === 'en';
	const rows = await datasetQuality(db, ds);
	const header = en
		? ['check', 'severity', 'unit codes', 'value', 'unit of value', 'longitude', 'latitude', 'message']
		: ['loại kiểm tra', 'mức độ', 'mã đơn vị', 'giá trị', 'đơn vị đo', 'kinh độ', 'vĩ độ', 'nội dung'];
	const body = toCsv(
		header,
		rows.map((r) => [
			r.check_kind,
			r.severity,
			(JSON.parse(r.codes) as string[]).join(' '),
			r.value,
			r.value_unit,
			r.lon,
			r.lat,
			en ? r.message_en : r.message_vi
		])
	);
	return new Response(body, {
		headers: {
			'content-type': 'text/csv; charset=utf-8',
			'content-disposition': `attachment; filename="chat-luong-du-lieu-${id}.csv"`
		}
	});
};
