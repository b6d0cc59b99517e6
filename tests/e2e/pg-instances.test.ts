/**
 * Issue 15 item 3: several app instances on one PostgreSQL database. Two built servers (scripts/serve.mjs, as npm
 * start) share one schema: an edit through one is seen through the other, two editors saving on the same version
 * through different instances get one success and one 409 with nothing lost, and a session works on either.
 * Runs only with TEST_DATABASE_URL (vite.config.ts; npm test runs it after the build).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openMigrated } from '../../src/lib/server/db/database';
import { createScenario } from '../../src/lib/server/db/scenario.repository';
import { seedDemo } from '../../src/lib/server/demo';
import { SESSION_COOKIE } from '../../src/lib/server/auth/session';
import { addRoleUsers } from '../helpers/auth';
import { tempPgSchema } from '../helpers/db';
import { signInToken, startServer, type RunningServer } from './harness';

let schema: Awaited<ReturnType<typeof tempPgSchema>>;
let a: RunningServer;
let b: RunningServer;
let sid: number;
let token: string;

const call = (server: RunningServer, path: string, init: { method?: string; body?: unknown; token?: string } = {}) =>
	fetch(server.url + path, {
		method: init.method ?? (init.body ? 'POST' : 'GET'),
		headers: {
			'content-type': 'application/json',
			cookie: `${SESSION_COOKIE}=${init.token ?? token}`
		},
		body: init.body ? JSON.stringify(init.body) : undefined
	});

beforeAll(async () => {
	schema = await tempPgSchema();
	const db = await openMigrated(schema.url);
	const ds = await seedDemo(db, { communes: 12, seed: 1, name: 'Tỉnh thử' });
	sid = (await createScenario(db, { datasetId: ds.datasetId, name: 'Phương án chung', who: 'test' })).id;
	await addRoleUsers(db);
	await db.destroy();
	[a, b] = await Promise.all([startServer(schema.url), startServer(schema.url)]);
	token = await signInToken(a.url, 'editor');
});
afterAll(async () => {
	await Promise.all([a?.stop(), b?.stop()]);
	await schema?.drop();
});

describe('two app instances on one PostgreSQL database (issue 15.3)', () => {
	it('a session made on one instance works on the other, and signing out on either ends it on both', async () => {
		expect((await call(b, `/api/scenarios/${sid}`)).status).toBe(200);
		const other = await signInToken(b.url, 'viewer');
		expect((await call(a, `/api/scenarios/${sid}`, { token: other })).status).toBe(200);
		expect((await call(b, '/api/auth/logout', { body: {}, token: other })).status).toBe(200);
		expect((await call(a, `/api/scenarios/${sid}`, { token: other })).status).toBe(401);
	});

	it('an edit through one instance is seen through the other', async () => {
		const r = await call(a, `/api/scenarios/${sid}/ops`, {
			body: { version: 1, ops: [{ op: 'newGroup', id: 'g1', level: 'commune' }] }
		});
		expect(r.status).toBe(200);
		const seen = (await (await call(b, `/api/scenarios/${sid}`)).json()) as {
			scenario: { version: number; content: { groups: { id: string }[] } };
		};
		expect(seen.scenario.version).toBe(2);
		expect(seen.scenario.content.groups.map((g) => g.id)).toEqual(['g1']);
	});

	it('two editors on the same version through different instances: one saves, the other gets 409, nothing lost', async () => {
		const [ra, rb] = await Promise.all([
			call(a, `/api/scenarios/${sid}/ops`, {
				body: { version: 2, ops: [{ op: 'newGroup', id: 'ga', level: 'commune' }] }
			}),
			call(b, `/api/scenarios/${sid}/ops`, {
				body: { version: 2, ops: [{ op: 'newGroup', id: 'gb', level: 'commune' }] }
			})
		]);
		expect([ra.status, rb.status].sort()).toEqual([200, 409]);
		const [won, lost] = ra.status === 200 ? ['ga', 'gb'] : ['gb', 'ga'];
		const conflict = (await (ra.status === 409 ? ra : rb).json()) as { error: string; currentVersion: number };
		expect(conflict).toMatchObject({ error: 'conflict', currentVersion: 3 });
		// The loser reloads and saves on the current version: both groups kept, one version per save, no gap.
		const retry = await call(ra.status === 409 ? a : b, `/api/scenarios/${sid}/ops`, {
			body: { version: 3, ops: [{ op: 'newGroup', id: lost, level: 'commune' }] }
		});
		expect(retry.status).toBe(200);
		const final = (await (await call(a, `/api/scenarios/${sid}`)).json()) as {
			scenario: { version: number; content: { groups: { id: string }[] } };
		};
		expect(final.scenario.version).toBe(4);
		expect(final.scenario.content.groups.map((g) => g.id)).toEqual(['g1', won, lost]);
		const history = (await (await call(b, `/api/scenarios/${sid}/history`)).json()) as {
			versions: { version: number }[];
		};
		expect(history.versions.map((v) => v.version)).toEqual([4, 3, 2, 1]);
		// …and it is the PostgreSQL schema that holds them (not a file both servers happened to share).
		const db = await openMigrated(schema.url);
		try {
			const row = await db.selectFrom('scenarios').select('version').where('id', '=', sid).executeTakeFirstOrThrow();
			expect(row.version).toBe(4);
		} finally {
			await db.destroy();
		}
	});
});
