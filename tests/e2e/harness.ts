/**
 * Browser tests run the BUILT server (scripts/serve.mjs, as npm start) on a fresh SQLite file and drive Debian's
 * Chromium through playwright-core. Nothing is mocked.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import type { Db } from '../../src/lib/server/db/database';
import type { Role } from '../../src/lib/server/auth/roles';
import { SESSION_COOKIE } from '../../src/lib/server/auth/session';
import { addRoleUsers, ROLE_LOGIN, TEST_PASSWORD } from '../helpers/auth';
import { tempDb } from '../helpers/db';

export const SCREENSHOTS = resolve('tests/e2e/screenshots');
export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/** A free TCP port of 127.0.0.1 (the browser tests' and the benchmarks' servers). */
export async function freePort(): Promise<number> {
	return new Promise((res, rej) => {
		const s = createServer();
		s.listen(0, '127.0.0.1', () => {
			const port = (s.address() as { port: number }).port;
			s.close(() => res(port));
		});
		s.on('error', rej);
	});
}

export interface RunningServer {
	url: string;
	stop: () => Promise<void>;
	output: () => string;
	/** The server's process (the fault tests kill it with SIGKILL). */
	child: ChildProcess;
}

/**
 * Start the built server on a free port with the given database file, through the entry `npm start` uses
 * (scripts/serve.mjs), with no ORIGIN: the browser tests exercise what a user runs. `env` replaces the inherited
 * environment when given (the npm start test passes only what a user would set); `setEnv` is set on top of either
 * (bench/instances.ts empties DATABASE_URL, so that a PostgreSQL URL given as the location is the one used).
 */
export async function startServer(
	databasePath: string,
	opts: { env?: NodeJS.ProcessEnv; setEnv?: NodeJS.ProcessEnv; nodeArgs?: string[] } = {}
): Promise<RunningServer> {
	if (!existsSync(resolve('build/handler.js')))
		throw new Error('build/handler.js missing: run `vite build` first (npm run test:e2e does).');
	const port = await freePort();
	let out = '';
	// Reverse-proxy settings from the caller's shell would hide what a user without a proxy gets.
	const { ORIGIN: _o, PROTOCOL_HEADER: _p, HOST_HEADER: _h, ...inherited } = process.env;
	const base = opts.env ?? { ...inherited, HOST: '127.0.0.1' };
	const child: ChildProcess = spawn(process.execPath, [...(opts.nodeArgs ?? []), resolve('scripts/serve.mjs')], {
		env: { ...base, ...opts.setEnv, PORT: String(port), DATABASE_PATH: databasePath },
		stdio: ['ignore', 'pipe', 'pipe']
	});
	child.stdout!.on('data', (d) => (out += d));
	child.stderr!.on('data', (d) => (out += d));
	const url = `http://127.0.0.1:${port}`;
	const deadline = Date.now() + 30_000;
	for (;;) {
		try {
			const r = await fetch(url + '/datasets');
			if (r.ok) break;
		} catch {
			/* not up yet */
		}
		if (child.exitCode != null || Date.now() > deadline) throw new Error(`server did not start:\n${out}`);
		await new Promise((r) => setTimeout(r, 200));
	}
	return {
		url,
		child,
		output: () => out,
		stop: async () => {
			if (child.exitCode != null || child.signalCode != null) return;
			child.kill('SIGTERM');
			await new Promise((r) => child.once('exit', r));
		}
	};
}

/** A fresh headless Chromium profile; WebGL through SwiftShader. `args`: more Chromium switches. */
export async function launchBrowser(
	args: string[] = []
): Promise<{ context: BrowserContext; close: () => Promise<void> }> {
	const profile = mkdtempSync(join(tmpdir(), 'sapxep-chromium-'));
	const context = await chromium.launchPersistentContext(profile, {
		executablePath: CHROMIUM,
		headless: true,
		viewport: { width: 1366, height: 768 },
		args: [
			'--no-sandbox',
			'--disable-gpu',
			'--use-angle=swiftshader',
			'--enable-unsafe-swiftshader',
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync',
			'--no-first-run',
			'--disable-quic',
			'--no-default-browser-check',
			'--disable-default-apps',
			...args
		]
	});
	// Let tests read canvas pixels.
	await context.addInitScript(() => ((globalThis as { __SAPXEP_TEST__?: boolean }).__SAPXEP_TEST__ = true));
	return {
		context,
		close: async () => {
			await context.close();
			rmSync(profile, { recursive: true, force: true });
		}
	};
}

/** Wait until the map has loaded its sources and finished drawing. */
export async function waitForMapIdle(page: Page, timeout = 60_000): Promise<void> {
	await page.waitForFunction(
		() => {
			const m = (
				window as unknown as { sapxepMap?: { loaded(): boolean; areTilesLoaded(): boolean; isMoving(): boolean } }
			).sapxepMap;
			return !!m && m.loaded() && m.areTilesLoaded() && !m.isMoving();
		},
		undefined,
		{ timeout, polling: 200 }
	);
	await page.waitForTimeout(300);
}

/** Share of canvas pixels that differ from the map background colour (#e8eef1). */
export async function paintedShare(page: Page): Promise<number> {
	return page.evaluate(() => {
		const c = document.querySelector('[data-testid=map] canvas') as HTMLCanvasElement;
		const off = document.createElement('canvas');
		off.width = c.width;
		off.height = c.height;
		const ctx = off.getContext('2d')!;
		ctx.drawImage(c, 0, 0);
		const d = ctx.getImageData(0, 0, off.width, off.height).data;
		let painted = 0;
		for (let i = 0; i < d.length; i += 4) {
			const bg = Math.abs(d[i] - 0xe8) < 6 && Math.abs(d[i + 1] - 0xee) < 6 && Math.abs(d[i + 2] - 0xf1) < 6;
			if (!bg && d[i + 3] > 0) painted++;
		}
		return painted / (d.length / 4);
	});
}

/** Screen position of a lon/lat on the map. */
export async function project(page: Page, lonLat: [number, number]): Promise<{ x: number; y: number }> {
	const p = await page.evaluate((ll) => {
		const m = (window as unknown as { sapxepMap: { project(l: [number, number]): { x: number; y: number } } })
			.sapxepMap;
		return m.project(ll);
	}, lonLat);
	const box = await page.locator('[data-testid=map] canvas').boundingBox();
	return { x: box!.x + p.x, y: box!.y + p.y };
}

export async function screenshot(page: Page, name: string): Promise<string> {
	mkdirSync(SCREENSHOTS, { recursive: true });
	const path = join(SCREENSHOTS, name + '.png');
	await page.screenshot({ path });
	return path;
}

export interface BrowserSession {
	dbPath: string;
	server: RunningServer;
	browser: Awaited<ReturnType<typeof launchBrowser>>;
	page: Page;
	/** The role the browser is signed in as (null: anonymous). */
	role: Role | null;
	close: () => Promise<void>;
}

/** Sign in through POST /api/auth/login as the test account of a role; returns the session token. */
export async function signInToken(url: string, role: Role): Promise<string> {
	const r = await fetch(url + '/api/auth/login', {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify({ login: ROLE_LOGIN[role], password: TEST_PASSWORD })
	});
	const cookie = r.headers.getSetCookie().find((c) => c.startsWith(SESSION_COOKIE + '='));
	if (r.status !== 200 || !cookie) throw new Error(`sign-in as ${role} failed: ${r.status} ${await r.text()}`);
	return cookie.slice(SESSION_COOKIE.length + 1).split(';')[0];
}

/**
 * Requests the test itself sends with fetch() to the server carry the session cookie too, so that tests written
 * before accounts existed read the API as the signed-in user. Only requests to `url` that name no cookie of their
 * own; returns the function that puts the plain fetch back.
 */
function signNodeFetch(url: string, token: string): () => void {
	const plain = globalThis.fetch;
	globalThis.fetch = (input: string | URL | Request, init?: RequestInit) => {
		const href = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
		if (!href.startsWith(url + '/')) return plain(input, init);
		const headers = new Headers(init?.headers ?? (input instanceof Request ? input.headers : undefined));
		if (!headers.has('cookie')) headers.set('cookie', `${SESSION_COOKIE}=${token}`);
		return plain(input, { ...init, headers });
	};
	return () => {
		globalThis.fetch = plain;
	};
}

/**
 * A fresh SQLite file with the real migrations, filled by `prepare`, with one account per role (tests/helpers/
 * auth.ts), served by the built server and opened in a new Chromium profile signed in as `signIn` (admin unless
 * said otherwise; null = anonymous). `close` stops everything and removes the files.
 */
export async function openSession(
	prepare: (db: Db) => Promise<void>,
	opts: { signIn?: Role | null } = {}
): Promise<BrowserSession> {
	const role = opts.signIn === undefined ? 'admin' : opts.signIn;
	const t = await tempDb();
	await prepare(t.db);
	await addRoleUsers(t.db);
	await t.db.destroy();
	const server = await startServer(t.path);
	const browser = await launchBrowser();
	let unsign = () => {};
	if (role) {
		const token = await signInToken(server.url, role);
		await browser.context.addCookies([
			{ name: SESSION_COOKIE, value: token, url: server.url, httpOnly: true, sameSite: 'Lax' }
		]);
		unsign = signNodeFetch(server.url, token);
	}
	const page = await browser.context.newPage();
	page.on('pageerror', (e) => console.error('page error:', e.message));
	return {
		dbPath: t.path,
		server,
		browser,
		page,
		role,
		close: async () => {
			unsign();
			await browser.close();
			await server.stop();
			rmSync(t.dir, { recursive: true, force: true });
		}
	};
}
