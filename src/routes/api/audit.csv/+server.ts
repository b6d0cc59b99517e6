import { getDb } from '$lib/server/db/database';
import { auditCsv, auditRows } from '$lib/server/services/review.service';
import { auditFilterFromQuery } from '$lib/server/audit-query';
import type { RequestHandler } from './$types';

/** The audit trail as CSV, with the audit page's filters (dataset, scenario, who, from, to). */
export const GET: RequestHandler = async ({ url, locals }) => {
	const rows = await auditRows(await getDb(), locals.user, {
		...auditFilterFromQuery(url.searchParams),
		limit: 100_000
	});
	return new Response(auditCsv(rows), {
		headers: {
			'content-type': 'text/csv; charset=utf-8',
			'content-disposition': `attachment; filename="nhat-ky-thay-doi.csv"`
		}
	});
};
