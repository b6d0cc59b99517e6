import { getDb } from '$lib/server/db/database';
import { auditWhos } from '$lib/server/db/audit.repository';
import { listDatasets } from '$lib/server/db/dataset.repository';
import { auditRows } from '$lib/server/services/review.service';
import { auditFilterFromQuery } from '$lib/server/audit-query';
import type { PageServerLoad } from './$types';

/** "Nhật ký thay đổi": the audit trail, filtered by dataset, scenario, user and date (newest first, 500 rows). */
export const load: PageServerLoad = async ({ url, locals }) => {
	const db = await getDb();
	const filter = auditFilterFromQuery(url.searchParams);
	const allowed = locals.user.datasets;
	const datasets = (await listDatasets(db))
		.filter((d) => !allowed || allowed.includes(d.id))
		.map((d) => ({ id: d.id, name: d.name }));
	return {
		filter,
		datasets,
		whos: await auditWhos(db),
		rows: await auditRows(db, locals.user, filter),
		query: url.search
	};
};
