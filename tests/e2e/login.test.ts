/**
 * Issue 11 item 1 in the browser, against the built server: an anonymous visitor is sent to the sign-in form and
 * back to the page asked for, a wrong pair shows the Vietnamese message, the top bar says who is signed in, signing
 * out ends the session; the cookie is HttpOnly and SameSite=Lax; the API refuses anonymous calls (a forged
 * x-sapxep-user header included); an account limited to one dataset gets the 403 page on another.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { seedDemo } from '../../src/lib/server/demo';
import { addUser } from '../../src/lib/server/auth/users';
import { SESSION_COOKIE } from '../../src/lib/server/auth/session';
import { ROLE_LOGIN, TEST_PASSWORD } from '../helpers/auth';
import { type BrowserSession, type RunningServer, openSession, screenshot } from './harness';

describe('signing in and out in the browser', () => {
	let s: BrowserSession;
	let server: RunningServer;
	let page: Page;
	let own: number;
	let other: number;

	beforeAll(async () => {
		s = await openSession(
			async (db) => {
				own = (await seedDemo(db, { communes: 12, seed: 1, name: 'Tỉnh một' })).datasetId;
				other = (await seedDemo(db, { communes: 12, seed: 2, name: 'Tỉnh hai' })).datasetId;
				await addUser(
					db,
					{ login: 'tinh-mot', role: 'editor', datasets: [own], name: 'Trần Văn Một', password: TEST_PASSWORD },
					'test'
				);
			},
			{ signIn: null }
		);
		({ server, page } = s);
	});
	afterAll(async () => s?.close());

	it('an anonymous page visit lands on the sign-in form, in Vietnamese', async () => {
		await page.goto(`${server.url}/datasets/${own}`);
		expect(new URL(page.url()).pathname).toBe('/login');
		expect(new URL(page.url()).searchParams.get('next')).toBe(`/datasets/${own}`);
		expect(await page.locator('h1').textContent()).toBe('Đăng nhập');
		expect(await page.locator('label', { hasText: 'Tên đăng nhập' }).count()).toBe(1);
		expect(await page.locator('label', { hasText: 'Mật khẩu' }).count()).toBe(1);
		// Nobody is signed in: no navigation, no name in the top bar.
		expect(await page.locator('[data-testid=who]').count()).toBe(0);
		await screenshot(page, '50-login');
	});

	it('a wrong password shows the Vietnamese message and keeps the login typed', async () => {
		await page.fill('input[name=login]', ROLE_LOGIN.editor);
		await page.fill('input[name=password]', 'không phải mật khẩu');
		await Promise.all([page.waitForURL(/\/login/), page.click('button[type=submit]')]);
		expect(await page.locator('[data-testid=login-error]').textContent()).toContain(
			'Tên đăng nhập hoặc mật khẩu không đúng.'
		);
		expect(await page.inputValue('input[name=login]')).toBe(ROLE_LOGIN.editor);
		expect((await s.browser.context.cookies()).some((c) => c.name === SESSION_COOKIE)).toBe(false);
		await screenshot(page, '51-login-wrong-password');
	});

	it('the right password goes back to the page asked for; the top bar names the user; the cookie is HttpOnly, SameSite=Lax', async () => {
		await page.fill('input[name=password]', TEST_PASSWORD);
		await Promise.all([page.waitForURL(`${server.url}/datasets/${own}`), page.click('button[type=submit]')]);
		expect(await page.locator('[data-testid=who]').textContent()).toContain('Thử editor · Biên tập');
		const cookie = (await s.browser.context.cookies()).find((c) => c.name === SESSION_COOKIE)!;
		expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/', secure: false });
		// Scripts cannot read it.
		expect(await page.evaluate(() => document.cookie)).not.toContain(SESSION_COOKIE);
		await screenshot(page, '52-signed-in');
	});

	it('the account page shows who one is and the role', async () => {
		await page.click('[data-testid=who]');
		await page.waitForURL(`${server.url}/account`);
		const info = await page.locator('[data-testid=account-info]').textContent();
		expect(info).toContain(ROLE_LOGIN.editor);
		expect(info).toContain('Biên tập');
		expect(info).toContain('Tất cả');
		await screenshot(page, '53-account');
	});

	it('signing out ends the session: the next page asks to sign in again', async () => {
		await Promise.all([page.waitForURL(/\/login$/), page.click('[data-testid=sign-out]')]);
		expect((await s.browser.context.cookies()).some((c) => c.name === SESSION_COOKIE)).toBe(false);
		await page.goto(`${server.url}/standards`);
		expect(new URL(page.url()).pathname).toBe('/login');
	});

	it('the sign-in form switches to English', async () => {
		await page.click('button.lang');
		expect(await page.locator('h1').textContent()).toBe('Sign in');
		expect(await page.locator('label', { hasText: 'Password' }).count()).toBe(1);
		await page.click('button.lang');
		expect(await page.locator('h1').textContent()).toBe('Đăng nhập');
	});

	it('the API refuses anonymous calls with 401 JSON, whatever x-sapxep-user says', async () => {
		for (const headers of [{}, { 'x-sapxep-user': ROLE_LOGIN.admin }] as Record<string, string>[]) {
			const r = await fetch(`${server.url}/api/datasets/${own}/adjacency`, { headers });
			expect(r.status).toBe(401);
			expect(await r.json()).toMatchObject({ error: 'unauthenticated', message: { vi: 'Cần đăng nhập.' } });
		}
		const login = await fetch(`${server.url}/api/auth/login`, {
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: JSON.stringify({ login: ROLE_LOGIN.viewer, password: 'sai' })
		});
		expect(login.status).toBe(401);
	});

	it('an account limited to one dataset reads its own and gets the 403 page on another', async () => {
		await page.goto(`${server.url}/login`);
		await page.fill('input[name=login]', 'tinh-mot');
		await page.fill('input[name=password]', TEST_PASSWORD);
		await Promise.all([page.waitForURL(`${server.url}/datasets`), page.click('button[type=submit]')]);
		// The dataset list shows its own province only.
		const list = await page.locator('main').textContent();
		expect(list).toContain('Tỉnh một');
		expect(list).not.toContain('Tỉnh hai');
		const mine = await page.goto(`${server.url}/datasets/${own}/staffing`);
		expect(mine?.status()).toBe(200);
		const theirs = await page.goto(`${server.url}/datasets/${other}/staffing`);
		expect(theirs?.status()).toBe(403);
		expect(await page.locator('h1').textContent()).toBe('Không có quyền truy cập');
		expect(await page.locator('body').textContent()).toContain('Trần Văn Một');
		await screenshot(page, '54-forbidden');
	});
});
