// Issue 9: under plain `npm start` (no ORIGIN) every form was refused with 403 "Cross-site POST form submissions are
// forbidden": adapter-node took the protocol to be https, so the browser's http Origin never matched. The server is
// started here exactly as npm start starts it (scripts/serve.mjs, with only PORT and DATABASE_PATH, which any user
// may set; HOST is its default), and Chromium submits a form and an upload from two host names: localhost and an
// intranet name (sapxep.lan, mapped to the loopback address; this machine may only reach loopback).
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listDatasets } from '../../src/lib/server/db/dataset.repository';
import { seedDemo, writeGeneratedFiles } from '../../src/lib/server/demo';
import { tempDb } from '../helpers/db';
import { launchBrowser, screenshot, signInToken, startServer, type RunningServer } from './harness';
import { addRoleUsers, ROLE_LOGIN, TEST_PASSWORD } from '../helpers/auth';
import { SESSION_COOKIE } from '../../src/lib/server/auth/session';

/** Chromium resolves sapxep.lan to loopback and nothing else (no name may reach the network). */
const RESOLVER =
	'--host-resolver-rules=MAP sapxep.lan 127.0.0.1, MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1';

/**
 * Sign in as a user would, through the login form at this address (the session cookie belongs to the host name the
 * user typed; on plain http it must not be Secure, or the browser drops it on any name but localhost).
 */
async function signInThroughForm(page: Page, base: string): Promise<void> {
	// Hydrated before typing: under load, a login name typed before hydration was wiped and the sign-in never came.
	await page.goto(`${base}/datasets`, { waitUntil: 'networkidle' });
	expect(new URL(page.url()).pathname).toBe('/login'); // anonymous: sent to the sign-in page
	await page.locator('input[name=login]').fill(ROLE_LOGIN.admin);
	await page.locator('input[name=password]').fill(TEST_PASSWORD);
	await Promise.all([page.waitForURL(`${base}/datasets`), page.locator('form button[type=submit]').click()]);
	await page.waitForLoadState('networkidle'); // hydrated: the next click reaches its handler
}

/** A session cookie for a script's request (signed in through POST /api/auth/login, which is JSON, not a form). */
const cookieOf = async (url: string) => `${SESSION_COOKIE}=${await signInToken(url, 'admin')}`;

/** What `npm start` passes to the server: its own environment, i.e. only what the user set. */
const userEnv = (extra: Record<string, string> = {}) => ({ PATH: process.env.PATH ?? '', ...extra });

describe('forms and uploads under plain npm start (issue 9)', () => {
	let db: Awaited<ReturnType<typeof tempDb>>;
	let server: RunningServer;
	let browser: Awaited<ReturnType<typeof launchBrowser>>;
	let page: Page;
	let files: string;
	let port: string;
	const names = async () => (await listDatasets(db.db)).map((d) => d.name);

	beforeAll(async () => {
		db = await tempDb();
		await seedDemo(db.db, { communes: 30, seed: 2, name: 'Tỉnh Mẫu' });
		await addRoleUsers(db.db);
		files = mkdtempSync(join(tmpdir(), 'sapxep-upload-'));
		writeGeneratedFiles(files, { communes: 30, seed: 9 });
		server = await startServer(db.path, { env: userEnv() });
		port = new URL(server.url).port;
		browser = await launchBrowser([RESOLVER]);
		page = await browser.context.newPage();
		page.on('pageerror', (e) => console.error('page error:', e.message));
	});
	afterAll(async () => {
		await browser?.close();
		await server?.stop();
		await db?.cleanup();
		if (files) rmSync(files, { recursive: true, force: true });
	});

	for (const host of ['localhost', 'sapxep.lan']) {
		it(`saves a form (dataset settings) and imports an upload when reached as ${host}`, async () => {
			const base = `http://${host}:${port}`;
			await signInThroughForm(page, base);
			// The form: rename the demo dataset (use:enhance, a form action).
			await page.locator('[data-testid=edit-dataset-1]').click();
			const settings = page.locator('[data-testid=dataset-settings]');
			await settings.locator('input[name=name]').fill(`Tỉnh Mẫu (${host})`);
			const saved = page.waitForResponse((r) => r.url().includes('/datasets?/update'));
			await settings.locator('button.primary').click();
			expect((await saved).status()).toBe(200);
			await expect.poll(() => page.locator('[data-testid=datasets]').textContent()).toContain(`Tỉnh Mẫu (${host})`);
			expect(await names()).toContain(`Tỉnh Mẫu (${host})`);

			// The upload: a generated province through the import form (multipart, XMLHttpRequest).
			const form = page.locator('[data-testid=import-form]');
			await form.locator('input[type=file]').setInputFiles(readdirSync(files).map((f) => join(files, f)));
			await form.getByLabel('Tên bộ dữ liệu').fill(`Tải lên qua ${host}`);
			const uploaded = page.waitForResponse((r) => r.url().endsWith('/api/datasets'));
			await form.locator('button[type=submit]').click();
			expect((await uploaded).status()).toBe(202); // an import job; its page shows the result
			const result = page.locator('[data-testid=import-result]');
			await result.waitFor({ timeout: 60_000 });
			expect(await result.textContent()).toContain('Đã nhập 3 đơn vị cấp huyện, 30 đơn vị cấp xã.');
			expect(await page.locator('[data-testid=import-error]').count()).toBe(0);
			await screenshot(page, `npm-start-forms-${host}`);
			expect(await names()).toContain(`Tải lên qua ${host}`);
		});
	}

	it('the language button still works in the tab, and the server renders the chosen language after a reload', async () => {
		await page.goto(`http://sapxep.lan:${port}/datasets`);
		await page.locator('button.lang').click();
		expect(await page.locator('h1').first().textContent()).toBe('Datasets');
		await page.reload();
		expect(await page.locator('h1').first().textContent()).toBe('Datasets');
		expect(await page.locator('html').getAttribute('lang')).toBe('en');
		await page.locator('button.lang').click();
		expect(await page.locator('h1').first().textContent()).toBe('Bộ dữ liệu');
	});

	it('still refuses a real cross-site POST (a page on evil.example deleting a dataset) with a Vietnamese page', async () => {
		const before = await names();
		await page.route('http://evil.example/**', (r) =>
			r.fulfill({
				contentType: 'text/html',
				body: `<form method="post" action="http://localhost:${port}/datasets?/delete"><input name="id" value="1"></form>
					<script>document.forms[0].submit()</script>`
			})
		);
		const answer = page.waitForResponse((r) => r.url().includes('/datasets?/delete'));
		await page.goto('http://evil.example/');
		const r = await answer;
		expect(r.status()).toBe(403);
		expect(r.request().headers()['origin']).toBe('http://evil.example');
		await page.locator('[data-testid=error-message]').waitFor();
		expect(await page.locator('[data-testid=error-message]').textContent()).toContain(
			'Máy chủ từ chối biểu mẫu này vì nó được gửi từ một trang khác'
		);
		await screenshot(page, 'npm-start-cross-site-refused');
		expect(await names()).toEqual(before);
		await page.unroute('http://evil.example/**');
	});

	it('refuses a cross-site upload too, and a forged protocol header from a client changes nothing', async () => {
		const before = await names();
		const body = new FormData();
		body.append('name', 'forged');
		const forged = await fetch(`http://127.0.0.1:${port}/api/datasets`, {
			method: 'POST',
			headers: { origin: 'http://evil.example', 'x-sapxep-socket-protocol': 'http' },
			body
		});
		expect(forged.status).toBe(403);
		expect((await forged.json()).message_vi).toContain('Máy chủ từ chối biểu mẫu này');
		// A client claiming https: the server stamps the real protocol, so the page's own http origin still passes.
		const update = new URLSearchParams({ id: '1', name: 'Tỉnh Mẫu', reference_date: '', default_terrain: 'other' });
		const own = await fetch(`http://127.0.0.1:${port}/datasets?/update`, {
			method: 'POST',
			headers: {
				origin: `http://127.0.0.1:${port}`,
				'x-sapxep-socket-protocol': 'https',
				'content-type': 'application/x-www-form-urlencoded',
				accept: 'application/json',
				'x-sveltekit-action': 'true',
				cookie: await cookieOf(`http://127.0.0.1:${port}`)
			},
			body: update
		});
		expect(own.status).toBe(200);
		expect((await own.json()).type).toBe('success');
		expect(await names()).toEqual(before.map((n) => (n.startsWith('Tỉnh Mẫu (') ? 'Tỉnh Mẫu' : n)));
	});
});

describe('behind a reverse proxy the settings win, and failures read in Vietnamese (issue 9)', () => {
	let db: Awaited<ReturnType<typeof tempDb>>;
	const servers: RunningServer[] = [];

	beforeAll(async () => {
		db = await tempDb();
		await seedDemo(db.db, { communes: 30, seed: 2, name: 'Tỉnh Mẫu' });
		await addRoleUsers(db.db);
	});
	/** A browser signed in to this server (the session from the JSON login, as a script's). */
	const signedInBrowser = async (url: string) => {
		const b = await launchBrowser([RESOLVER]);
		await b.context.addCookies([
			{ name: SESSION_COOKIE, value: await signInToken(url, 'admin'), url, httpOnly: true, sameSite: 'Lax' }
		]);
		return b;
	};
	afterAll(async () => {
		for (const s of servers) await s.stop();
		await db?.cleanup();
	});

	const rename = async (url: string, origin: string, name: string, headers: Record<string, string> = {}) =>
		fetch(`${url}/datasets?/update`, {
			method: 'POST',
			headers: {
				cookie: await cookieOf(url),
				origin,
				'content-type': 'application/x-www-form-urlencoded',
				accept: 'application/json',
				'x-sveltekit-action': 'true',
				...headers
			},
			body: new URLSearchParams({ id: '1', name, reference_date: '', default_terrain: 'other' })
		});

	it('PROTOCOL_HEADER and HOST_HEADER: the public https address the proxy forwards is the origin', async () => {
		const s = await startServer(db.path, {
			env: userEnv({ PROTOCOL_HEADER: 'x-forwarded-proto', HOST_HEADER: 'x-forwarded-host' })
		});
		servers.push(s);
		const proxied = { 'x-forwarded-proto': 'https', 'x-forwarded-host': 'sapxep.sonoivu.gov.vn' };
		expect((await rename(s.url, 'https://sapxep.sonoivu.gov.vn', 'Qua proxy', proxied)).status).toBe(200);
		expect((await rename(s.url, 'https://evil.example', 'Giả mạo', proxied)).status).toBe(403);
		expect((await listDatasets(db.db)).map((d) => d.name)).toEqual(['Qua proxy']);
	});

	it('ORIGIN: a form sent from another address than ORIGIN is refused, and the page says so in Vietnamese', async () => {
		const s = await startServer(db.path, { env: userEnv({ ORIGIN: 'https://sapxep.sonoivu.gov.vn' }) });
		servers.push(s);
		const { context, close } = await signedInBrowser(s.url);
		try {
			const page = await context.newPage();
			// Reached by its loopback address although ORIGIN names the proxy's: the misconfiguration a user meets.
			// networkidle: the page has hydrated, so the click opens the form (a click before it is lost under load).
			await page.goto(`${s.url}/datasets`, { waitUntil: 'networkidle' });
			await page.locator('[data-testid=edit-dataset-1]').click();
			await page.locator('[data-testid=dataset-settings] input[name=name]').fill('Không được lưu');
			await page.locator('[data-testid=dataset-settings] button.primary').click();
			const message = page.locator('[data-testid=error-message]');
			await message.waitFor();
			expect(await page.locator('h1').first().textContent()).toContain('Yêu cầu bị từ chối');
			expect(await message.textContent()).toContain('người quản trị cần đặt ORIGIN');
			await screenshot(page, 'npm-start-origin-mismatch-form');
			expect((await listDatasets(db.db)).map((d) => d.name)).toEqual(['Qua proxy']);
		} finally {
			await close();
		}
		// Through the proxy (its Origin), the same form is accepted.
		expect((await rename(s.url, 'https://sapxep.sonoivu.gov.vn', 'Qua ORIGIN')).status).toBe(200);
		expect((await listDatasets(db.db)).map((d) => d.name)).toEqual(['Qua ORIGIN']);
	});

	it('an upload larger than BODY_SIZE_LIMIT says so in Vietnamese, not in SvelteKit’s English', async () => {
		const s = await startServer(db.path, { env: userEnv({ BODY_SIZE_LIMIT: '4K' }) });
		servers.push(s);
		const dir = mkdtempSync(join(tmpdir(), 'sapxep-upload-'));
		const { context, close } = await signedInBrowser(s.url);
		try {
			writeGeneratedFiles(dir, { communes: 30, seed: 9 });
			const page = await context.newPage();
			await page.goto(`${s.url}/datasets`);
			const form = page.locator('[data-testid=import-form]');
			await form.locator('input[type=file]').setInputFiles(readdirSync(dir).map((f) => join(dir, f)));
			await form.locator('button[type=submit]').click();
			const error = page.locator('[data-testid=import-error]');
			await error.waitFor();
			expect(await error.textContent()).toContain('Tệp gửi lên lớn hơn mức máy chủ nhận (BODY_SIZE_LIMIT).');
			expect(await error.textContent()).toContain('(HTTP 413)');
			await screenshot(page, 'npm-start-upload-too-large');
			expect(await listDatasets(db.db)).toHaveLength(1);
		} finally {
			await close();
			rmSync(dir, { recursive: true, force: true });
		}
	});
});
