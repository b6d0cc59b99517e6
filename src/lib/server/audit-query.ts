/** The audit page's filters from a URL query (shared by the page and its CSV download). */
import type { AuditFilter } from './db/audit.repository.ts';

const num = (s: string | null) => (s && /^\d+$/.test(s) ? Number(s) : undefined);
const day = (s: string | null) => (s && /^\d{4}-\d{2}-\d{2}$/.test(s) ? s : undefined);

export function auditFilterFromQuery(q: URLSearchParams): Omit<AuditFilter, 'datasets'> {
	return {
		datasetId: num(q.get('dataset')),
		scenarioId: num(q.get('scenario')),
		who: q.get('who')?.trim() || undefined,
		from: day(q.get('from')),
		to: day(q.get('to'))
	};
}
