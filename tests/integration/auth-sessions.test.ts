/**
 * Issue 11 item 1, accounts and sessions, through the real endpoints, form actions and guard on a real SQLite file:
 * signing in and the cookie it sets, a wrong pair, the lockout per account and per address, idle and absolute
 * expiry, signing out (here and everywhere), changing one's password, and the audit trail's "who" coming from the
 * session only (a forged x-sapxep-user header is ignored).
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isRedirect, type RequestEvent } from '@sveltejs/kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getDb, type Db } from '../../src/lib/server/db/database';
import { listAudit } from '../../src/lib/server/db/audit.repository';
import { listUnits } from '../../src/lib/server/db/unit.repository';
import { seedDemo } from '../../src/lib/server/demo';
import { SESSION_COOKIE } from '../../src/lib/server/auth/session';
import { addUser, setDisabled } from '../../src/lib/server/auth/users';
import * as loginApi from '../../src/routes/api/auth/login/+server';
import * as logoutApi from '../../src/routes/api/auth/logout/+server';
import * as loginPage from '../../src/routes/login/+page.server';
import * as accountPage from '../../src/routes/account/+page.server';
import * as unitApi from '../../src/routes/api/datasets/[id]/units/[code]/+server';
import { addRoleUsers, ROLE_LOGIN, TEST_PASSWORD, throughGuard, type TestRequest } from '../helpers/auth';

let dir: string;
let db: Db;
let ds: { own: number; other: number; code: string; otherCode: string };

beforeAll(async () => {
	dir = mkdtempSync(join(tmpdir(), 'sapxep-auth-'));
	process.env.DATABASE_PATH = join(dir, 'auth.db');
	db = await getDb();
	const a = await seedDemo(db, { communes: 12, seed: 1, name: 'Tỉnh một' });
	const b = await seedDemo(db, { communes: 12, seed: 2, name: 'Tỉnh hai' });
	ds = {
		own: a.datasetId,
		other: b.datasetId,
		code: (await listUnits(db, a.datasetId)).find((u) => u.level === 'commune')!.code,
		otherCode: (await listUnits(db, b.datasetId)).find((u) => u.level === 'commune')!.code
	};
	await addRoleUsers(db);
	await addUser(
		db,
		{ login: 'tinh-mot', role: 'editor', datasets: [a.datasetId], name: 'Biên tập tỉnh một', password: TEST_PASSWORD },
		'test'
	);
});

afterAll(async () => {
	await db.destroy();
	delete process.env.DATABASE_PATH;
	rmSync(dir, { recursive: true, force: true });
});

type Handler = (event: RequestEvent) => Response | Promise<Response>;

/** POST /api/auth/login through the guard, from an address. */
async function login(loginName: string, password: string, opts: { address?: string; https?: boolean } = {}) {
	return throughGuard(
		{
			method: 'POST',
			path: '/api/auth/login',
			routeId: '/api/auth/login',
			json: { login: loginName, password },
			...opts
		},
		loginApi.POST as unknown as Handler
	);
}

/** The session token a successful sign-in set. */
function tokenOf(out: Awaited<ReturnType<typeof login>>): string {
	const c = out.event.cookies.lastSet(SESSION_COOKIE);
	expect(c?.value).toBeTruthy();
	return c!.value;
}

const unitPath = (id: number, code: string) => `/api/datasets/${id}/units/${code}`;

/** A unit request through the guard to the real unit endpoint. */
function unitRequest(
	token: string | undefined,
	init: Partial<TestRequest> & { id?: number; code?: string } = {},
	handler: Handler = unitApi.GET as unknown as Handler
) {
	const id = init.id ?? ds.own;
	const code = init.code ?? ds.code;
	return throughGuard(
		{
			method: 'GET',
			path: unitPath(id, code),
			routeId: '/api/datasets/[id]/units/[code]',
			params: { id: String(id), code },
			cookies: token ? { [SESSION_COOKIE]: token } : {},
			...init
		},
		handler
	);
}

/** Move a session's clock: its last request and its start, `ms` earlier. */
async function age(token: string, field: 'last_seen_at' | 'created_at', ms: number) {
	await db
		.updateTable('sessions')
		.set({ [field]: new Date(Date.now() - ms).toISOString() })
		.where('id', '=', token.split('.')[0])
		.execute();
}

const HOUR = 3_600_000;

describe('signing in (POST /api/auth/login)', () => {
	it('the right pair → 200 with an HttpOnly, SameSite=Lax session cookie for the whole site, not Secure over http', async () => {
		const out = await login('bientap', TEST_PASSWORD);
		expect(out.status).toBe(200);
		expect(out.body).toMatchObject({ user: { login: 'bientap', role: 'editor', datasets: null } });
		const c = out.event.cookies.lastSet(SESSION_COOKIE)!;
		expect(c.options).toMatchObject({ path: '/', httpOnly: true, sameSite: 'lax', secure: false });
		// The cookie lasts as long as the idle timeout (8 h by default), renewed while the session is used.
		const expires = (c.options.expires as Date).getTime();
		expect(expires - Date.now()).toBeGreaterThan(7.9 * HOUR);
		expect(expires - Date.now()).toBeLessThanOrEqual(8 * HOUR);
	});

	it('over https the cookie is also Secure', async () => {
		const out = await login('bientap', TEST_PASSWORD, { https: true });
		expect(out.event.cookies.lastSet(SESSION_COOKIE)!.options.secure).toBe(true);
	});

	it('the token is <id>.<secret>; the database keeps only a SHA-256 of the secret', async () => {
		const token = tokenOf(await login('xem', TEST_PASSWORD));
		const [id, secret] = token.split('.');
		expect(id).toMatch(/^[a-z2-7]{24}$/);
		expect(secret).toMatch(/^[a-z2-7]{24}$/);
		const row = await db.selectFrom('sessions').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
		expect(row.login).toBe('xem');
		expect(row.secret_hash).toBe(createHash('sha256').update(secret).digest('hex'));
		expect(JSON.stringify(row)).not.toContain(secret);
		// A token with the right id and a wrong secret is not a session.
		const forged = `${id}.${'a'.repeat(24)}`;
		expect((await unitRequest(forged)).status).toBe(401);
		expect((await unitRequest(token)).status).toBe(200);
	});

	it('passwords are stored as argon2id hashes (m = 19456 KiB, t = 2, p = 1), never in clear', async () => {
		const row = await db.selectFrom('users').selectAll().where('login', '=', 'xem').executeTakeFirstOrThrow();
		expect(row.password_hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
		expect(row.password_hash).not.toContain(TEST_PASSWORD);
	});

	it('a wrong password or an unknown login → 401 with the same Vietnamese message, and no cookie', async () => {
		const wrong = await login('thamdinh', 'sai mật khẩu', { address: '203.0.113.1' });
		const unknown = await login('khongco', TEST_PASSWORD, { address: '203.0.113.1' });
		for (const out of [wrong, unknown]) {
			expect(out.status).toBe(401);
			expect(out.body).toEqual({
				error: 'invalid_credentials',
				message: { vi: 'Tên đăng nhập hoặc mật khẩu không đúng.', en: 'Wrong login or password.' }
			});
			expect(out.event.cookies.lastSet(SESSION_COOKIE)).toBeUndefined();
		}
	});

	it('logins are case-insensitive; a body that is not { login, password } is a 400', async () => {
		expect((await login('  BienTap ', TEST_PASSWORD)).status).toBe(200);
		const bad = await throughGuard(
			{ method: 'POST', path: '/api/auth/login', routeId: '/api/auth/login', json: { user: 'x' } },
			loginApi.POST as unknown as Handler
		);
		expect(bad.status).toBe(400);
	});

	it('a disabled account cannot sign in and its open sessions end at once', async () => {
		await addUser(db, { login: 'tam', role: 'viewer', password: TEST_PASSWORD }, 'test');
		const token = tokenOf(await login('tam', TEST_PASSWORD));
		expect((await unitRequest(token)).status).toBe(200);
		await setDisabled(db, 'tam', true, 'test');
		expect((await unitRequest(token)).status).toBe(401);
		expect((await login('tam', TEST_PASSWORD)).status).toBe(401);
	});
});

describe('lockout after repeated failures', () => {
	it('per account: the 5th wrong password locks the account for 15 minutes, even against the right password and from another address', async () => {
		await addUser(db, { login: 'khoa', role: 'viewer', password: TEST_PASSWORD }, 'test');
		for (let i = 1; i <= 4; i++) expect((await login('khoa', 'sai', { address: `198.51.100.${i}` })).status).toBe(401);
		const fifth = await login('khoa', 'sai', { address: '198.51.100.5' });
		expect(fifth.status).toBe(429);
		expect(fifth.body).toMatchObject({ error: 'locked', retryAfter: 900 });
		expect((fifth.body as { message: { vi: string } }).message.vi).toContain('Thử lại sau 15 phút');
		const right = await login('khoa', TEST_PASSWORD, { address: '198.51.100.6' });
		expect(right.status).toBe(429);
		expect(right.event.cookies.lastSet(SESSION_COOKIE)).toBeUndefined();
		// Another account from the same address is not locked.
		expect((await login('xem', TEST_PASSWORD, { address: '198.51.100.5' })).status).toBe(200);
		// When the lock has run out, the right password signs in and the count starts again.
		await db
			.updateTable('login_throttle')
			.set({ locked_until: new Date(Date.now() - 1000).toISOString() })
			.where('key', '=', 'account:khoa')
			.execute();
		expect((await login('khoa', TEST_PASSWORD, { address: '198.51.100.6' })).status).toBe(200);
		expect((await login('khoa', 'sai', { address: '198.51.100.6' })).status).toBe(401);
	});

	it('per address: 20 failures from one address (any logins) lock that address, not the accounts elsewhere', async () => {
		const address = '192.0.2.77';
		const statuses: number[] = [];
		for (let i = 1; i <= 20; i++) statuses.push((await login(`doan${i}`, 'sai', { address })).status);
		expect(statuses.slice(0, 19).every((s) => s === 401)).toBe(true);
		expect(statuses[19]).toBe(429);
		expect((await login('thamdinh', TEST_PASSWORD, { address })).status).toBe(429);
		expect((await login('thamdinh', TEST_PASSWORD, { address: '192.0.2.78' })).status).toBe(200);
	});
});

describe('session expiry', () => {
	it('idle: a session unused for 8 hours ends (401, row deleted, cookie cleared); used within them it slides on', async () => {
		const token = tokenOf(await login('xem', TEST_PASSWORD));
		await age(token, 'last_seen_at', 8 * HOUR - 60_000);
		const used = await unitRequest(token);
		expect(used.status).toBe(200);
		const row = await db
			.selectFrom('sessions')
			.select('last_seen_at')
			.where('id', '=', token.split('.')[0])
			.executeTakeFirstOrThrow();
		expect(Date.now() - Date.parse(row.last_seen_at)).toBeLessThan(60_000);
		// The renewed cookie carries the new deadline.
		expect(used.event.cookies.lastSet(SESSION_COOKIE)?.value).toBe(token);

		await age(token, 'last_seen_at', 8 * HOUR + 1000);
		const idle = await unitRequest(token);
		expect(idle.status).toBe(401);
		expect(idle.reached).toBe(false);
		expect(
			await db.selectFrom('sessions').select('id').where('id', '=', token.split('.')[0]).executeTakeFirst()
		).toBeUndefined();
	});

	it('absolute: a session older than 30 days ends even if used a minute ago', async () => {
		const token = tokenOf(await login('xem', TEST_PASSWORD));
		await age(token, 'created_at', 30 * 24 * HOUR + 1000);
		expect((await unitRequest(token)).status).toBe(401);
	});

	it('an expired session on a page sends the browser to sign in and clears the cookie', async () => {
		const token = tokenOf(await login('xem', TEST_PASSWORD));
		await age(token, 'last_seen_at', 9 * HOUR);
		const out = await throughGuard({
			path: `/datasets/${ds.own}`,
			routeId: '/datasets/[id]',
			params: { id: String(ds.own) },
			cookies: { [SESSION_COOKIE]: token }
		});
		expect(out).toMatchObject({ status: 302, location: `/login?next=${encodeURIComponent(`/datasets/${ds.own}`)}` });
		expect(out.event.cookies.lastSet(SESSION_COOKIE)?.value).toBe('');
	});
});

describe('signing out', () => {
	it('POST /api/auth/logout ends this session only', async () => {
		const a = tokenOf(await login('bientap', TEST_PASSWORD));
		const b = tokenOf(await login('bientap', TEST_PASSWORD));
		const out = await throughGuard(
			{ method: 'POST', path: '/api/auth/logout', routeId: '/api/auth/logout', cookies: { [SESSION_COOKIE]: a } },
			logoutApi.POST as unknown as Handler
		);
		expect(out.status).toBe(200);
		expect(out.event.cookies.lastSet(SESSION_COOKIE)?.value).toBe('');
		expect((await unitRequest(a)).status).toBe(401);
		expect((await unitRequest(b)).status).toBe(200);
	});

	it('signing out everywhere ends every session of the account (API and the account page), not other accounts', async () => {
		const a = tokenOf(await login('thamdinh', TEST_PASSWORD, { address: '10.0.0.1' }));
		const b = tokenOf(await login('thamdinh', TEST_PASSWORD, { address: '10.0.0.2' }));
		const other = tokenOf(await login('xem', TEST_PASSWORD, { address: '10.0.0.3' }));
		await throughGuard(
			{
				method: 'POST',
				path: '/api/auth/logout',
				routeId: '/api/auth/logout',
				cookies: { [SESSION_COOKIE]: a },
				json: { everywhere: true }
			},
			logoutApi.POST as unknown as Handler
		);
		expect((await unitRequest(a)).status).toBe(401);
		expect((await unitRequest(b)).status).toBe(401);
		expect((await unitRequest(other)).status).toBe(200);

		// The account page's button does the same and goes to the sign-in page.
		const c = tokenOf(await login('thamdinh', TEST_PASSWORD, { address: '10.0.0.1' }));
		const d = tokenOf(await login('thamdinh', TEST_PASSWORD, { address: '10.0.0.2' }));
		const out = await throughGuard(
			{
				method: 'POST',
				path: '/account?/signOutEverywhere',
				routeId: '/account',
				form: {},
				cookies: { [SESSION_COOKIE]: c }
			},
			async (event) => {
				try {
					await (accountPage.actions.signOutEverywhere as unknown as Handler)(event);
				} catch (e) {
					if (isRedirect(e)) return new Response(null, { status: e.status, headers: { location: e.location } });
					throw e;
				}
				return new Response('no redirect');
			}
		);
		expect(out).toMatchObject({ status: 303, location: '/login' });
		expect((await unitRequest(c)).status).toBe(401);
		expect((await unitRequest(d)).status).toBe(401);
	});
});

describe('the sign-in form (/login)', () => {
	/** Run the form action through the guard; a redirect becomes a 303 response. */
	async function submit(form: Record<string, string>, address = '172.16.0.1') {
		return throughGuard(
			{ method: 'POST', path: '/login', routeId: '/login', form, address, headers: { accept: 'text/html' } },
			async (event) => {
				try {
					const r = await (loginPage.actions.default as unknown as (e: RequestEvent) => Promise<unknown>)(event);
					return Response.json(r);
				} catch (e) {
					if (isRedirect(e)) return new Response(null, { status: e.status, headers: { location: e.location } });
					throw e;
				}
			}
		);
	}

	it('the right pair goes back to the page asked for; a wrong one stays with the Vietnamese message', async () => {
		const ok = await submit({ login: 'xem', password: TEST_PASSWORD, next: `/datasets/${ds.own}?unit=${ds.code}` });
		expect(ok).toMatchObject({ status: 303, location: `/datasets/${ds.own}?unit=${ds.code}` });
		expect(ok.event.cookies.lastSet(SESSION_COOKIE)?.value).toBeTruthy();
		const bad = await submit({ login: 'xem', password: 'sai', next: '/datasets' });
		expect(bad.body).toMatchObject({
			status: 401,
			data: { login: 'xem', error: { vi: 'Tên đăng nhập hoặc mật khẩu không đúng.' } }
		});
	});

	it('after repeated failures the form says the account is locked and when to retry', async () => {
		await addUser(db, { login: 'khoaform', role: 'viewer', password: TEST_PASSWORD }, 'test');
		for (let i = 0; i < 4; i++)
			expect((await submit({ login: 'khoaform', password: 'sai' }, '172.16.0.9')).body).toMatchObject({ status: 401 });
		const fifth = await submit({ login: 'khoaform', password: 'sai' }, '172.16.0.9');
		expect(fifth.body).toMatchObject({
			status: 429,
			data: {
				locked: true,
				error: { vi: 'Đăng nhập tạm bị khoá vì nhập sai nhiều lần. Thử lại sau 15 phút.' }
			}
		});
		expect((await submit({ login: 'khoaform', password: TEST_PASSWORD }, '172.16.0.9')).body).toMatchObject({
			status: 429
		});
	});

	it('never sends the browser to another site after signing in', async () => {
		for (const next of ['//evil.example/x', 'https://evil.example/', '/\\evil.example'])
			expect(await submit({ login: 'xem', password: TEST_PASSWORD, next })).toMatchObject({
				status: 303,
				location: '/datasets'
			});
	});
});

describe('changing one’s password (/account ?/password)', () => {
	async function change(token: string, form: Record<string, string>) {
		return throughGuard(
			{
				method: 'POST',
				path: '/account?/password',
				routeId: '/account',
				form,
				cookies: { [SESSION_COOKIE]: token },
				headers: { accept: 'text/html' }
			},
			async (event) => Response.json(await (accountPage.actions.password as unknown as Handler)(event))
		);
	}

	it('needs the current password; the new one works, the old one no longer, other sessions end and this one stays', async () => {
		await addUser(db, { login: 'doimk', role: 'viewer', password: TEST_PASSWORD }, 'test');
		const here = tokenOf(await login('doimk', TEST_PASSWORD));
		const elsewhere = tokenOf(await login('doimk', TEST_PASSWORD));
		const wrong = await change(here, { current: 'sai', next: 'mật khẩu mới 1', again: 'mật khẩu mới 1' });
		expect(wrong.body).toMatchObject({ status: 400, data: { error: { vi: 'Mật khẩu hiện tại không đúng.' } } });
		const short = await change(here, { current: TEST_PASSWORD, next: 'ngắn', again: 'ngắn' });
		expect(short.body).toMatchObject({ status: 400, data: { error: { vi: 'Mật khẩu cần ít nhất 8 ký tự.' } } });
		const differ = await change(here, { current: TEST_PASSWORD, next: 'mật khẩu mới 1', again: 'mật khẩu mới 2' });
		expect(differ.body).toMatchObject({ status: 400 });
		const ok = await change(here, { current: TEST_PASSWORD, next: 'mật khẩu mới 1', again: 'mật khẩu mới 1' });
		expect(ok.body).toEqual({ passwordChanged: true });
		expect((await unitRequest(here)).status).toBe(200);
		expect((await unitRequest(elsewhere)).status).toBe(401);
		expect((await login('doimk', TEST_PASSWORD)).status).toBe(401);
		expect((await login('doimk', 'mật khẩu mới 1')).status).toBe(200);
	});
});

describe('who acts comes from the session only', () => {
	it('a forged x-sapxep-user header is ignored: anonymous stays anonymous, and the audit trail records the session’s login', async () => {
		const anon = await unitRequest(undefined, { headers: { 'x-sapxep-user': 'admin' } });
		expect(anon.status).toBe(401);
		expect(anon.reached).toBe(false);

		const token = tokenOf(await login('bientap', TEST_PASSWORD));
		const out = await unitRequest(
			token,
			{ method: 'PATCH', headers: { 'x-sapxep-user': 'giamdoc' }, json: { patch: { population: 4321 }, note: 'thử' } },
			unitApi.PATCH as unknown as Handler
		);
		expect(out.status).toBe(200);
		expect(out.event.locals.user).toMatchObject({ id: 'bientap', login: 'bientap', role: 'editor' });
		const [last] = await listAudit(db, ds.own, { entityKey: ds.code, limit: 1 });
		expect(last).toMatchObject({ who: 'bientap', field: 'population' });
		expect(JSON.stringify(await listAudit(db, ds.own))).not.toContain('giamdoc');
	});
});

describe('roles on a real endpoint', () => {
	it('anonymous → 401 JSON; a viewer editing → 403 and nothing written; an editor → 200', async () => {
		const before = (await listAudit(db, ds.own)).length;
		const anon = await unitRequest(undefined, { method: 'PATCH', json: { patch: { population: 1 } } });
		expect(anon).toMatchObject({
			status: 401,
			body: { error: 'unauthenticated', message: { vi: 'Cần đăng nhập.' } }
		});
		const viewer = tokenOf(await login(ROLE_LOGIN.viewer, TEST_PASSWORD));
		const refused = await unitRequest(
			viewer,
			{ method: 'PATCH', json: { patch: { population: 1 } } },
			unitApi.PATCH as unknown as Handler
		);
		expect(refused).toMatchObject({ status: 403, reached: false, body: { error: 'forbidden' } });
		expect((await listAudit(db, ds.own)).length).toBe(before);
	});

	it('an editor limited to one dataset edits it and is refused on another (403, nothing written)', async () => {
		const token = tokenOf(await login('tinh-mot', TEST_PASSWORD));
		const own = await unitRequest(
			token,
			{ method: 'PATCH', json: { patch: { population: 5555 } } },
			unitApi.PATCH as unknown as Handler
		);
		expect(own.status).toBe(200);
		const beforeOther = (await listAudit(db, ds.other)).length;
		const other = await unitRequest(
			token,
			{ id: ds.other, code: ds.otherCode, method: 'PATCH', json: { patch: { population: 5555 } } },
			unitApi.PATCH as unknown as Handler
		);
		expect(other).toMatchObject({ status: 403, reached: false });
		expect((await listAudit(db, ds.other)).length).toBe(beforeOther);
		// Reading the other province is refused too.
		expect((await unitRequest(token, { id: ds.other, code: ds.otherCode })).status).toBe(403);
	});
});
