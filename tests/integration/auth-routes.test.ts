/**
 * Issue 11 item 2, "roles, checked on the server for every page, endpoint and form action": this test enumerates
 * every page, form action and endpoint method under src/routes, requires a rule for each in route-rules.ts (a new
 * route without one fails here) and an expectation in the table below, and sends each one through the real guard
 * as an anonymous visitor and as each role, with real sessions in a real SQLite file.
 */
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempLocation } from '../helpers/db';
import { getDb } from '../../src/lib/server/db/database';
import { createScenario } from '../../src/lib/server/db/scenario.repository';
import { listUnits } from '../../src/lib/server/db/unit.repository';
import { seedDemo } from '../../src/lib/server/demo';
import { ROUTE_RULES } from '../../src/lib/server/auth/route-rules';
import { ROLES, type Role } from '../../src/lib/server/auth/roles';
import { createSession, SESSION_COOKIE } from '../../src/lib/server/auth/session';
import { addUser } from '../../src/lib/server/auth/users';
import { addRoleUsers, ROLE_LOGIN, TEST_PASSWORD, throughGuard, type TestRequest } from '../helpers/auth';

/**
 * What each role gets, per route and request kind. P public, S any signed-in account, R read (every role),
 * E edit (editor, admin), V review (reviewer, admin), W edit or review (editor, reviewer, admin: commenting and the
 * status endpoint, whose per-move checks are in the service), A admin only. A trailing * means the request names a dataset:
 * an account limited to other datasets is refused.
 */
const EXPECTED: Record<string, string> = {
	'/login PAGE': 'P',
	'/login ?/default': 'P',
	'/api/auth/login POST': 'P',
	'/api/auth/logout POST': 'P',
	'/healthz GET': 'P',
	'/account PAGE': 'S',
	'/account ?/password': 'S',
	'/account ?/signOut': 'S',
	'/account ?/signOutEverywhere': 'S',
	'/ PAGE': 'R',
	'/datasets PAGE': 'R',
	'/datasets ?/update': 'A',
	'/datasets ?/delete': 'A',
	'/datasets/[id] PAGE': 'R*',
	'/datasets/[id]/quality PAGE': 'R*',
	'/datasets/[id]/quality ?/adjacency': 'E*',
	'/datasets/[id]/scenarios PAGE': 'R*',
	'/datasets/[id]/scenarios ?/create': 'E*',
	'/datasets/[id]/scenarios ?/duplicate': 'E*',
	'/datasets/[id]/scenarios ?/delete': 'E*',
	'/datasets/[id]/scenarios ?/restore': 'E*',
	'/datasets/[id]/scenarios/[sid] PAGE': 'R*',
	'/datasets/[id]/scenarios/[sid]/after PAGE': 'R*',
	'/datasets/[id]/scenarios/[sid]/staffing PAGE': 'R*',
	'/datasets/[id]/scenarios/[sid]/dossier PAGE': 'R*',
	'/datasets/[id]/scenarios/[sid]/consultation PAGE': 'R*',
	'/datasets/[id]/scenarios/[sid]/dossier/print GET': 'R*',
	'/datasets/[id]/staffing PAGE': 'R*',
	'/standards PAGE': 'R',
	'/standards ?/override': 'A',
	'/standards ?/revoke': 'A',
	'/api/datasets POST': 'A',
	'/api/imports/[id] GET': 'A',
	'/datasets/imports/[id] PAGE': 'A',
	'/api/datasets/[id]/adjacency GET': 'R*',
	'/api/datasets/[id]/geometry/[level] GET': 'R*',
	'/api/datasets/[id]/tiles/[level]/[z]/[x]/[y] GET': 'R*',
	'/api/datasets/[id]/units GET': 'R*',
	'/api/datasets/[id]/quality.csv GET': 'R*',
	'/api/datasets/[id]/scenarios GET': 'R*',
	'/api/datasets/[id]/scenarios POST': 'E*',
	'/api/datasets/[id]/scenarios/import POST': 'E*',
	'/api/datasets/[id]/planner POST': 'E*',
	'/api/datasets/[id]/planner/accept POST': 'E*',
	'/datasets/[id]/scenarios/planner PAGE': 'E*',
	'/api/datasets/[id]/staffing GET': 'R*',
	'/api/datasets/[id]/staffing PATCH': 'E*',
	'/api/datasets/[id]/staffing/import POST': 'E*',
	'/api/datasets/[id]/units/[code] GET': 'R*',
	'/api/datasets/[id]/units/[code] PATCH': 'E*',
	'/api/scenarios/[sid] GET': 'R*',
	'/api/scenarios/[sid] PATCH': 'E*',
	'/api/scenarios/[sid] DELETE': 'E*',
	'/api/scenarios/[sid]/duplicate POST': 'E*',
	'/api/scenarios/[sid]/history GET': 'R*',
	'/api/scenarios/[sid]/after-geometry GET': 'R*',
	'/api/scenarios/[sid]/ops POST': 'E*',
	'/api/scenarios/[sid]/plan.csv GET': 'R*',
	'/api/scenarios/[sid]/equivalence.csv GET': 'R*',
	'/api/scenarios/[sid]/export/[format] GET': 'R*',
	'/api/scenarios/[sid]/export/[format]/progress GET': 'R*',
	'/api/scenarios/[sid]/redo POST': 'E*',
	'/api/scenarios/[sid]/restore POST': 'E*',
	'/api/scenarios/[sid]/staffing GET': 'R*',
	'/api/scenarios/[sid]/staffing PUT': 'E*',
	'/api/scenarios/[sid]/staffing/groups GET': 'R*',
	'/api/scenarios/[sid]/consultation GET': 'R*',
	'/api/scenarios/[sid]/consultation PATCH': 'E*',
	'/api/scenarios/[sid]/consultation/import POST': 'E*',
	'/api/scenarios/[sid]/resolutions POST': 'E*',
	'/api/scenarios/[sid]/resolutions/[rid] PUT': 'E*',
	'/api/scenarios/[sid]/resolutions/[rid] DELETE': 'E*',
	'/api/scenarios/[sid]/undo POST': 'E*',
	'/api/scenarios/[sid]/status GET': 'R*',
	'/api/scenarios/[sid]/status POST': 'W*',
	'/api/scenarios/[sid]/comments GET': 'R*',
	'/api/scenarios/[sid]/comments POST': 'W*',
	'/api/scenarios/[sid]/comments/[cid] PATCH': 'W*',
	'/audit PAGE': 'R',
	'/api/audit.csv GET': 'R',
	'/review PAGE': 'V',
	'/datasets/[id]/compare PAGE': 'R*',
	'/api/datasets/[id]/compare GET': 'R*'
};

const GRANTED: Record<string, (Role | 'anonymous')[]> = {
	P: ['anonymous', ...ROLES],
	S: [...ROLES],
	R: [...ROLES],
	E: ['editor', 'admin'],
	V: ['reviewer', 'admin'],
	W: ['editor', 'reviewer', 'admin'],
	A: ['admin']
};

const HTTP_METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS', 'fallback'];

/** Every page, form action and endpoint method under src/routes, as "<route id> <kind>". */
async function enumerateRoutes(): Promise<{ keys: string[]; both: string[] }> {
	const root = join(process.cwd(), 'src', 'routes');
	const keys: string[] = [];
	const both: string[] = [];
	const walk = async (dir: string) => {
		const names = readdirSync(dir);
		const rel = relative(root, dir).split(sep).filter(Boolean).join('/');
		const routeId = '/' + rel;
		const isPage = names.some((n) => /^\+page(@.*)?\.(svelte|ts|js|server\.ts|server\.js)$/.test(n));
		const serverFile = names.find((n) => /^\+server\.(ts|js)$/.test(n));
		if (isPage) keys.push(`${routeId} PAGE`);
		const pageServer = names.find((n) => /^\+page\.server\.(ts|js)$/.test(n));
		if (pageServer) {
			const mod = (await import(/* @vite-ignore */ join(dir, pageServer))) as { actions?: Record<string, unknown> };
			for (const name of Object.keys(mod.actions ?? {})) keys.push(`${routeId} ?/${name}`);
		}
		if (serverFile) {
			const mod = (await import(/* @vite-ignore */ join(dir, serverFile))) as Record<string, unknown>;
			for (const name of Object.keys(mod)) if (HTTP_METHODS.includes(name)) keys.push(`${routeId} ${name}`);
		}
		if (isPage && serverFile) both.push(routeId);
		for (const n of names) if (statSync(join(dir, n)).isDirectory()) await walk(join(dir, n));
	};
	await walk(root);
	return { keys: keys.sort(), both };
}

let dir: string;
let dropDb: () => Promise<void>;
const tokens: Partial<Record<Role | 'limited', string>> = {};
const ids = { own: { id: 0, sid: 0, code: '' }, other: { id: 0, sid: 0, code: '' } };

beforeAll(async () => {
	dir = mkdtempSync(join(tmpdir(), 'sapxep-auth-routes-'));
	const t = await tempLocation(join(dir, 'routes.db'));
	process.env.DATABASE_PATH = t.location;
	dropDb = t.drop;
	const db = await getDb();
	for (const [which, seed] of [
		['own', 1],
		['other', 2]
	] as const) {
		const ds = await seedDemo(db, { communes: 12, seed, name: `Tỉnh ${which}` });
		const sc = await createScenario(db, { datasetId: ds.datasetId, name: 'Phương án A', who: 'test' });
		ids[which] = { id: ds.datasetId, sid: sc.id, code: (await listUnits(db, ds.datasetId))[0].code };
	}
	await addRoleUsers(db);
	await addUser(
		db,
		{ login: 'tinh-mot', role: 'editor', datasets: [ids.own.id], name: 'Biên tập tỉnh một', password: TEST_PASSWORD },
		'test'
	);
	for (const role of ROLES) tokens[role] = (await createSession(db, ROLE_LOGIN[role])).token;
	tokens.limited = (await createSession(db, 'tinh-mot')).token;
});

afterAll(async () => {
	await (await getDb()).destroy();
	delete process.env.DATABASE_PATH;
	await dropDb();
	rmSync(dir, { recursive: true, force: true });
});

/** The request for a route key, on the account's own dataset or on the other one. */
function requestFor(key: string, on: 'own' | 'other', token?: string): TestRequest {
	const [routeId, kind] = key.split(' ');
	const p = ids[on];
	const all: Record<string, string> = {
		id: String(p.id),
		sid: String(p.sid),
		code: p.code,
		level: 'commune',
		cid: 'no-such-comment',
		format: 'csv',
		rid: 'no-such-resolution'
	};
	const params = Object.fromEntries([...routeId.matchAll(/\[(\w+)\]/g)].map((m) => [m[1], all[m[1]]]));
	const path = routeId.replace(/\[(\w+)\]/g, (_, name: string) => all[name]);
	const cookies: Record<string, string> = token ? { [SESSION_COOKIE]: token } : {};
	const base = { routeId, params, cookies };
	if (kind === 'PAGE') return { ...base, method: 'GET', path, headers: { accept: 'text/html' } };
	if (kind.startsWith('?/'))
		return {
			...base,
			method: 'POST',
			path: kind === '?/default' ? path : path + kind,
			headers: { accept: 'text/html' },
			form: { id: String(p.sid) }
		};
	return { ...base, method: kind, path, ...(kind === 'GET' ? {} : { json: {} }) };
}

describe('every route has a rule (issue 11 item 2: one place decides, a new route without a rule fails)', () => {
	it('the routes under src/routes are exactly the rules of route-rules.ts and the expectations of this test', async () => {
		const { keys } = await enumerateRoutes();
		const ruled = Object.entries(ROUTE_RULES)
			.flatMap(([id, kinds]) => Object.keys(kinds).map((k) => `${id} ${k}`))
			.sort();
		expect(
			keys.filter((k) => !ruled.includes(k)),
			'routes without a rule in route-rules.ts'
		).toEqual([]);
		expect(
			ruled.filter((k) => !keys.includes(k)),
			'rules for routes that do not exist'
		).toEqual([]);
		expect(
			keys.filter((k) => !(k in EXPECTED)),
			'routes without an expectation in this test'
		).toEqual([]);
		expect(Object.keys(EXPECTED).sort()).toEqual(keys);
	});

	it('no route has both a page and an endpoint (the guard would have to guess which one SvelteKit picks)', async () => {
		expect((await enumerateRoutes()).both).toEqual([]);
	});
});

describe('each route × role through the guard', () => {
	it.each(Object.entries(EXPECTED))('%s: %s', async (key, rule) => {
		const letter = rule[0];
		const isApi = key.startsWith('/api/');
		const isAction = key.split(' ')[1].startsWith('?/');
		for (const who of ['anonymous', ...ROLES] as const) {
			const token = who === 'anonymous' ? undefined : tokens[who];
			const out = await throughGuard(requestFor(key, 'own', token));
			const label = `${key} as ${who}`;
			if (GRANTED[letter].includes(who)) {
				expect(out.reached, label).toBe(true);
				expect(out.status, label).toBe(200);
			} else if (who === 'anonymous') {
				expect(out.reached, label).toBe(false);
				if (isApi) {
					expect(out.status, label).toBe(401);
					expect(out.body, label).toMatchObject({ error: 'unauthenticated' });
				} else {
					expect(out.status, label).toBe(isAction ? 303 : 302);
					expect(out.location, label).toMatch(/^\/login\?next=%2F/);
				}
			} else {
				expect(out.reached, label).toBe(false);
				expect(out.status, label).toBe(403);
				if (isApi) expect(out.body, label).toMatchObject({ error: 'forbidden' });
				else expect(String(out.body), label).toContain('không có quyền');
			}
		}
	});
});

describe('an editor limited to one dataset (a province’s staff edit their province only)', () => {
	it.each(Object.entries(EXPECTED).filter(([, r]) => r.endsWith('*')))('%s: %s', async (key, rule) => {
		const mayAsEditor = GRANTED[rule[0]].includes('editor');
		const own = await throughGuard(requestFor(key, 'own', tokens.limited));
		expect(own.reached, `${key} on its own dataset`).toBe(mayAsEditor);
		const other = await throughGuard(requestFor(key, 'other', tokens.limited));
		expect(other.reached, `${key} on another dataset`).toBe(false);
		expect(other.status).toBe(403);
		// The same request from an editor of every dataset goes through.
		expect((await throughGuard(requestFor(key, 'other', tokens.editor))).reached).toBe(mayAsEditor);
	});

	it('cannot reach another dataset’s scenario through its own dataset’s form (the scenario id in the form)', async () => {
		for (const action of ['duplicate', 'delete', 'restore']) {
			const r = requestFor(`/datasets/[id]/scenarios ?/${action}`, 'own', tokens.limited);
			r.form = { id: String(ids.other.sid) };
			const out = await throughGuard(r);
			expect(out.reached, action).toBe(false);
			expect(out.status, action).toBe(403);
		}
	});

	it('routes that name no dataset stay open to it by role (the dataset list, the standards)', async () => {
		expect((await throughGuard(requestFor('/datasets PAGE', 'own', tokens.limited))).reached).toBe(true);
		expect((await throughGuard(requestFor('/standards PAGE', 'own', tokens.limited))).reached).toBe(true);
		expect((await throughGuard(requestFor('/standards ?/override', 'own', tokens.limited))).status).toBe(403);
	});
});

describe('fail closed', () => {
	it('a request kind with no rule is refused even to an administrator', async () => {
		const del = await throughGuard({
			routeId: '/datasets',
			path: '/datasets',
			method: 'DELETE',
			cookies: { [SESSION_COOKIE]: tokens.admin! }
		});
		expect(del).toMatchObject({ reached: false, status: 403 });
		const action = await throughGuard({
			routeId: '/datasets',
			path: '/datasets?/nosuchaction',
			method: 'POST',
			form: {},
			cookies: { [SESSION_COOKIE]: tokens.admin! }
		});
		expect(action).toMatchObject({ reached: false, status: 403 });
		const anon = await throughGuard({ routeId: '/api/datasets', path: '/api/datasets', method: 'PUT', json: {} });
		expect(anon).toMatchObject({ reached: false, status: 401 });
	});

	it('an unknown route id (not in the table) is refused', async () => {
		const out = await throughGuard({
			routeId: '/admin/secret',
			path: '/admin/secret',
			cookies: { [SESSION_COOKIE]: tokens.admin! }
		});
		expect(out).toMatchObject({ reached: false, status: 403 });
	});

	it('a path that matches no route sends an anonymous visitor to sign in, a signed-in one to the 404', async () => {
		expect(await throughGuard({ routeId: null, path: '/no/such/page' })).toMatchObject({
			reached: false,
			status: 302,
			location: '/login?next=%2Fno%2Fsuch%2Fpage'
		});
		expect(
			(await throughGuard({ routeId: null, path: '/no/such/page', cookies: { [SESSION_COOKIE]: tokens.viewer! } }))
				.reached
		).toBe(true);
	});

	it('a refused page load asked by client-side navigation (data request) gets a 403 error, a refused enhanced form action a 403 action result', async () => {
		const data = await throughGuard({ ...requestFor('/datasets PAGE', 'own', tokens.viewer), isDataRequest: true });
		expect(data).toMatchObject({ reached: true, status: 200 });
		const enhanced = await throughGuard({
			...requestFor('/datasets ?/delete', 'own', tokens.viewer),
			headers: { accept: 'application/json', 'x-sveltekit-action': 'true' }
		});
		expect(enhanced).toMatchObject({ reached: false, status: 403, body: { type: 'error' } });
		const forbiddenData = await throughGuard({
			...requestFor('/datasets/[id] PAGE', 'other', tokens.limited),
			isDataRequest: true
		});
		expect(forbiddenData).toMatchObject({ reached: false, status: 403 });
	});
});
