/**
 * The one table that says who may use each route: SvelteKit route id → request kind → rule. A request kind is
 * `PAGE` (a page's GET, its data request and its load functions), `?/name` (a form action; `?/default` for the
 * default action) or an HTTP method of a +server.ts endpoint. A route or kind missing here is refused (fail
 * closed); tests/integration/auth-routes.test.ts enumerates every page, action and endpoint under src/routes and
 * fails when one has no rule here.
 *
 * `datasets` names where the request's dataset is, for accounts limited to some datasets: a route parameter with a
 * dataset id (`param`), a route parameter with a scenario id (`scenarioParam`: the scenario's dataset), or a form
 * field with a scenario id (`scenarioField`). Every one named must be within the account's datasets.
 */
import type { Access } from './roles.ts';

export type DatasetRef = { param: string } | { scenarioParam: string } | { scenarioField: string };

export interface RouteRule {
	access: Access;
	datasets?: DatasetRef[];
}

const inDataset: DatasetRef[] = [{ param: 'id' }];
const inScenario: DatasetRef[] = [{ scenarioParam: 'sid' }];
const inDatasetScenario: DatasetRef[] = [{ param: 'id' }, { scenarioParam: 'sid' }];
const formScenario: DatasetRef[] = [{ param: 'id' }, { scenarioField: 'id' }];

export const ROUTE_RULES: Record<string, Record<string, RouteRule>> = {
	// Signing in and out, one's own account.
	'/login': { PAGE: { access: 'public' }, '?/default': { access: 'public' } },
	'/api/auth/login': { POST: { access: 'public' } },
	// Public so that a stale cookie can still be cleared; it ends only the session its cookie names.
	'/api/auth/logout': { POST: { access: 'public' } },
	// The reverse proxy's health check (issue 15 item 5): answers whether the database answers, nothing more.
	'/healthz': { GET: { access: 'public' } },
	'/account': {
		PAGE: { access: 'signed-in' },
		'?/password': { access: 'signed-in' },
		'?/signOut': { access: 'signed-in' },
		'?/signOutEverywhere': { access: 'signed-in' }
	},

	// Pages.
	'/': { PAGE: { access: 'read' } },
	'/datasets': {
		PAGE: { access: 'read' },
		// Renaming and deleting datasets is administration.
		'?/update': { access: 'admin' },
		'?/delete': { access: 'admin' }
	},
	'/datasets/[id]': { PAGE: { access: 'read', datasets: inDataset } },
	'/datasets/[id]/quality': {
		PAGE: { access: 'read', datasets: inDataset },
		// A manual adjacency edge is a correction of the data.
		'?/adjacency': { access: 'edit', datasets: inDataset }
	},
	'/datasets/[id]/scenarios': {
		PAGE: { access: 'read', datasets: inDataset },
		'?/create': { access: 'edit', datasets: inDataset },
		'?/duplicate': { access: 'edit', datasets: formScenario },
		'?/delete': { access: 'edit', datasets: formScenario },
		'?/restore': { access: 'edit', datasets: formScenario }
	},
	'/datasets/[id]/scenarios/[sid]': { PAGE: { access: 'read', datasets: inDatasetScenario } },
	// The planner (issue 13): runs are not stored, so only those who may run and accept one see its page.
	'/datasets/[id]/scenarios/planner': { PAGE: { access: 'edit', datasets: inDataset } },
	'/datasets/[id]/scenarios/[sid]/after': { PAGE: { access: 'read', datasets: inDatasetScenario } },
	'/datasets/[id]/scenarios/[sid]/staffing': { PAGE: { access: 'read', datasets: inDatasetScenario } },
	'/datasets/[id]/scenarios/[sid]/dossier': { PAGE: { access: 'read', datasets: inDatasetScenario } },
	'/datasets/[id]/scenarios/[sid]/consultation': { PAGE: { access: 'read', datasets: inDatasetScenario } },
	// The dossier as a printable HTML page (an endpoint: the same bytes as the html export).
	'/datasets/[id]/scenarios/[sid]/dossier/print': { GET: { access: 'read', datasets: inDatasetScenario } },
	'/datasets/[id]/staffing': { PAGE: { access: 'read', datasets: inDataset } },
	'/standards': {
		PAGE: { access: 'read' },
		// Correcting a legal value (and returning it to the law's value) is administration.
		'?/override': { access: 'admin' },
		'?/revoke': { access: 'admin' }
	},

	// Dataset endpoints.
	'/api/datasets': { POST: { access: 'admin' } }, // importing a province
	'/api/imports/[id]': { GET: { access: 'admin' } }, // an import job's steps (importing is administration)
	'/datasets/imports/[id]': { PAGE: { access: 'admin' } },
	'/api/datasets/[id]/adjacency': { GET: { access: 'read', datasets: inDataset } },
	'/api/datasets/[id]/geometry/[level]': { GET: { access: 'read', datasets: inDataset } },
	'/api/datasets/[id]/tiles/[level]/[z]/[x]/[y]': { GET: { access: 'read', datasets: inDataset } },
	'/api/datasets/[id]/units': { GET: { access: 'read', datasets: inDataset } }, // the map page's packed units
	'/api/datasets/[id]/quality.csv': { GET: { access: 'read', datasets: inDataset } },
	'/api/datasets/[id]/scenarios': {
		GET: { access: 'read', datasets: inDataset },
		POST: { access: 'edit', datasets: inDataset }
	},
	'/api/datasets/[id]/scenarios/import': { POST: { access: 'edit', datasets: inDataset } },
	'/api/datasets/[id]/planner': { POST: { access: 'edit', datasets: inDataset } },
	'/api/datasets/[id]/planner/accept': { POST: { access: 'edit', datasets: inDataset } },
	'/api/datasets/[id]/staffing': {
		GET: { access: 'read', datasets: inDataset },
		PATCH: { access: 'edit', datasets: inDataset }
	},
	'/api/datasets/[id]/staffing/import': { POST: { access: 'edit', datasets: inDataset } },
	'/api/datasets/[id]/units/[code]': {
		GET: { access: 'read', datasets: inDataset },
		PATCH: { access: 'edit', datasets: inDataset }
	},

	// Scenario endpoints: the scenario's dataset decides for limited accounts.
	'/api/scenarios/[sid]': {
		GET: { access: 'read', datasets: inScenario },
		PATCH: { access: 'edit', datasets: inScenario },
		DELETE: { access: 'edit', datasets: inScenario }
	},
	'/api/scenarios/[sid]/duplicate': { POST: { access: 'edit', datasets: inScenario } },
	'/api/scenarios/[sid]/history': { GET: { access: 'read', datasets: inScenario } },
	'/api/scenarios/[sid]/after-geometry': { GET: { access: 'read', datasets: inScenario } },
	'/api/scenarios/[sid]/ops': { POST: { access: 'edit', datasets: inScenario } },
	'/api/scenarios/[sid]/plan.csv': { GET: { access: 'read', datasets: inScenario } },
	'/api/scenarios/[sid]/equivalence.csv': { GET: { access: 'read', datasets: inScenario } },
	'/api/scenarios/[sid]/export/[format]': { GET: { access: 'read', datasets: inScenario } },
	'/api/scenarios/[sid]/export/[format]/progress': { GET: { access: 'read', datasets: inScenario } },
	'/api/scenarios/[sid]/redo': { POST: { access: 'edit', datasets: inScenario } },
	'/api/scenarios/[sid]/restore': { POST: { access: 'edit', datasets: inScenario } },
	'/api/scenarios/[sid]/staffing': {
		GET: { access: 'read', datasets: inScenario },
		PUT: { access: 'edit', datasets: inScenario }
	},
	'/api/scenarios/[sid]/staffing/groups': { GET: { access: 'read', datasets: inScenario } },
	// Public consultation and council resolutions (issue 12 item 1): editors enter them, every role reads.
	'/api/scenarios/[sid]/consultation': {
		GET: { access: 'read', datasets: inScenario },
		PATCH: { access: 'edit', datasets: inScenario }
	},
	'/api/scenarios/[sid]/consultation/import': { POST: { access: 'edit', datasets: inScenario } },
	'/api/scenarios/[sid]/resolutions': { POST: { access: 'edit', datasets: inScenario } },
	'/api/scenarios/[sid]/resolutions/[rid]': {
		PUT: { access: 'edit', datasets: inScenario },
		DELETE: { access: 'edit', datasets: inScenario }
	},
	'/api/scenarios/[sid]/undo': { POST: { access: 'edit', datasets: inScenario } },
	// The review path (issue 11 items 3, 4). The status endpoint is open to both sides of the process; which move
	// each role may make (editors submit and withdraw, reviewers approve and return) is checked per `to` by the
	// service (review.service.ts → domain/scenario/status.ts) with the account's role: 403 move_forbidden.
	'/api/scenarios/[sid]/status': {
		GET: { access: 'read', datasets: inScenario },
		POST: { access: 'edit-or-review', datasets: inScenario }
	},
	// Editors and reviewers comment, resolve and reopen; viewers read.
	'/api/scenarios/[sid]/comments': {
		GET: { access: 'read', datasets: inScenario },
		POST: { access: 'edit-or-review', datasets: inScenario }
	},
	'/api/scenarios/[sid]/comments/[cid]': { PATCH: { access: 'edit-or-review', datasets: inScenario } },
	// The audit page and its CSV: reading (filtered to the account's datasets by the service).
	'/audit': { PAGE: { access: 'read' } },
	'/api/audit.csv': { GET: { access: 'read' } },
	// "Chờ tôi thẩm định": the scenarios waiting for a reviewer.
	'/review': { PAGE: { access: 'review' } },
	// Comparing 2–4 scenarios of a dataset (issue 11 item 5): reading. The scenarios named in ?s= must be of this
	// dataset (the service refuses others), so the dataset in the path decides for limited accounts.
	'/datasets/[id]/compare': { PAGE: { access: 'read', datasets: inDataset } },
	'/api/datasets/[id]/compare': { GET: { access: 'read', datasets: inDataset } }
};

/** The request kind as the table names it (see above), from the method and the URL's action parameter. */
export function requestKind(routeRules: Record<string, RouteRule> | undefined, method: string, url: URL): string {
	const m = method === 'HEAD' ? 'GET' : method;
	const isPage = !!routeRules?.PAGE;
	if (isPage && m === 'GET') return 'PAGE';
	if (isPage && m === 'POST') {
		// As SvelteKit picks the action: the first query parameter starting with "/" names it.
		for (const [k] of url.searchParams) if (k.startsWith('/')) return `?${k}`;
		return '?/default';
	}
	return m;
}
