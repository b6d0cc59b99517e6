import { getDb } from '$lib/server/db/database';
import { listUnits } from '$lib/server/db/unit.repository';
import { planToCsv } from '$lib/server/import/plan-csv';
import { requireScenario } from '$lib/server/services/scenario.service';
import { handleScenario, idParam } from '$lib/server/scenario-http';
import type { RequestHandler } from './$types';

/** The scenario's plan as CSV (UTF-8 with BOM, codes quoted); the plan import reads it back. */
export const GET: RequestHandler = ({ params }) =>
	handleScenario(async () => {
		const db = await getDb();
		const scenario = await requireScenario(db, idParam(params.sid));
		const csv = planToCsv(scenario.content, await listUnits(db, scenario.datasetId));
		return new Response(csv, {
			headers: {
				'content-type': 'text/csv; charset=utf-8',
				'content-disposition': `attachment; filename="phuong-an-${scenario.id}-v${scenario.version}.csv"`
			}
		});
	});
