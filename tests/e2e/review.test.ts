/**
 * Issue 11 items 3 and 4 in a real browser against the built server, with the real Lâm Đồng data and real accounts
 * signing in through the sign-in page: an editor builds and submits a scenario; a reviewer sees it waiting, comments
 * on its group and returns it with a reason; the editor sees the reason and the comment, fixes, resubmits; the
 * reviewer approves; an edit of the approved scenario is refused (spec §7: an approved scenario is frozen).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { importDataset } from '../../src/lib/server/import';
import { listUnits } from '../../src/lib/server/db/unit.repository';
import type { UnitView } from '../../src/lib/domain/units';
import type { Role } from '../../src/lib/server/auth/roles';
import { lamDongFiles } from '../helpers/db';
import { ROLE_LOGIN, TEST_PASSWORD } from '../helpers/auth';
import { type BrowserSession, type RunningServer, openSession, project, screenshot, waitForMapIdle } from './harness';

describe('the review path on Lâm Đồng (issue 11 items 3, 4)', () => {
	let s: BrowserSession;
	let server: RunningServer;
	let page: Page;
	let id: number;
	let units: Map<string, UnitView>;
	let scenarioUrl: string;

	async function clickUnit(code: string) {
		const pos = await project(page, units.get(code)!.label!);
		await page.mouse.click(pos.x, pos.y);
	}
	const saved = () =>
		expect.poll(() => page.locator('[data-testid=save-state]').textContent(), { timeout: 15_000 }).toBe('Đã lưu');
	const status = () => page.locator('[data-testid=status]').textContent();

	/** Sign out and sign in again through the sign-in page as the test account of `role`. */
	async function signInAs(role: Role) {
		await s.browser.context.clearCookies();
		// Hydrated before typing: hydration sets the login field's value and would wipe what was typed before it
		// (seen under load: the sign-in went out without a login name).
		await page.goto(`${server.url}/login`, { waitUntil: 'networkidle' });
		await page.locator('[data-testid=login-form] input[name=login]').fill(ROLE_LOGIN[role]);
		await page.locator('[data-testid=login-form] input[name=password]').fill(TEST_PASSWORD);
		await page.locator('[data-testid=login-form] button[type=submit]').click();
		await page.waitForURL((u) => !u.pathname.startsWith('/login'));
	}

	async function openScenario() {
		await page.goto(scenarioUrl);
		await waitForMapIdle(page);
	}

	beforeAll(async () => {
		s = await openSession(
			async (db) => {
				id = (await importDataset(db, lamDongFiles(), { name: 'Lâm Đồng 2023', createdBy: 'test' })).datasetId;
				units = new Map((await listUnits(db, id)).map((u) => [u.code, u]));
			},
			{ signIn: 'editor' }
		);
		({ server, page } = s);
	});
	afterAll(async () => s?.close());

	it('an editor builds a scenario and submits it (Trình thẩm định)', async () => {
		await page.goto(`${server.url}/datasets/${id}/scenarios`);
		await page.locator('[data-testid=create-scenario] input[name=name]').fill('Phương án thẩm định');
		await page.locator('[data-testid=create-scenario] button').click();
		await page.waitForURL(/\/scenarios\/\d+$/);
		scenarioUrl = page.url();
		await waitForMapIdle(page);
		expect(await status()).toBe('dự thảo');
		// an editor gets no approve / return buttons
		expect(await page.locator('[data-testid=move-approved]').count()).toBe(0);
		await clickUnit('25111'); // Xã Đạ Oai
		await saved();
		await clickUnit('25108'); // Xã Đạ Tồn, its neighbour
		await expect.poll(() => page.locator('[data-testid=group-panel] table.members tbody tr').count()).toBe(2);
		await saved();
		await page.locator('[data-testid=move-submitted]').click();
		await expect.poll(status, { timeout: 15_000 }).toBe('đã trình');
		expect(await page.locator('[data-testid=edit-copy]').textContent()).toBe('Sửa trên bản sao');
	});

	it('a reviewer signs in, sees it waiting, comments on the group and returns it with a reason', async () => {
		await signInAs('reviewer');
		const link = page.locator('[data-testid=waiting-link]');
		expect(await link.textContent()).toContain('Chờ tôi thẩm định (1)');
		await link.click();
		await page.waitForURL(/\/review$/);
		await page.locator('[data-testid=waiting] a', { hasText: 'Phương án thẩm định' }).click();
		await page.waitForURL(/\/scenarios\/\d+$/);
		await waitForMapIdle(page);
		expect(await status()).toBe('đã trình');
		// a reviewer gets no submit button and no "edit a copy"
		expect(await page.locator('[data-testid=move-submitted]').count()).toBe(0);
		expect(await page.locator('[data-testid=edit-copy]').count()).toBe(0);
		await page.locator('[data-testid=groups] li button').first().click();
		const comments = page.locator('[data-testid=group-comments]');
		await comments.locator('[data-testid=comment-input]').fill('Đạ Oai và Đạ Tồn gộp lại vẫn chưa đủ 5.000 dân.');
		await comments.locator('[data-testid=comment-send]').click();
		await expect.poll(() => comments.locator('[data-testid=thread]').count()).toBe(1);
		expect(await comments.locator('[data-testid=thread]').textContent()).toContain('Thử reviewer');
		await screenshot(page, '60-review-group-comment');
		// "Trả lại" needs a reason: the first click opens the box, the button waits for text
		await page.locator('[data-testid=move-returned]').click();
		expect(await page.locator('[data-testid=move-returned]').isDisabled()).toBe(true);
		await page.locator('[data-testid=return-reason]').fill('Nhóm chưa đạt quy mô dân số; ghép thêm xã liền kề.');
		await page.locator('[data-testid=move-returned]').click();
		await expect.poll(status, { timeout: 15_000 }).toBe('trả lại');
		await screenshot(page, '61-review-returned');
	});

	it('the editor sees the reason and the open comment, fixes, replies, resolves and resubmits', async () => {
		await signInAs('editor');
		await openScenario();
		expect(await status()).toBe('trả lại');
		const returned = page.locator('[data-testid=returned]');
		await expect.poll(() => returned.textContent()).toContain('Nhóm chưa đạt quy mô dân số');
		expect(await returned.textContent()).toContain('Đạ Oai và Đạ Tồn gộp lại vẫn chưa đủ 5.000 dân.');
		await screenshot(page, '62-editor-sees-returned');
		// the fix: a returned scenario is editable again
		await page.locator('[data-testid=groups] li button').first().click();
		// choosing the group zooms to it: click the neighbour where it is drawn once the map has settled
		await waitForMapIdle(page);
		await clickUnit('25117');
		await expect.poll(() => page.locator('[data-testid=group-panel] table.members tbody tr').count()).toBe(3);
		await saved();
		const thread = page.locator('[data-testid=group-comments] [data-testid=thread]');
		// the comment was written on an earlier version than the one now shown
		await expect.poll(() => thread.textContent()).toContain('nay là v');
		await thread.locator('input').fill('Đã ghép thêm xã liền kề.');
		await thread.locator('button', { hasText: 'Trả lời' }).click();
		await expect.poll(() => thread.textContent()).toContain('Đã ghép thêm xã liền kề.');
		await thread.locator('[data-testid=resolve]').click();
		await expect.poll(() => thread.textContent()).toContain('Mở lại');
		await page.locator('[data-testid=move-submitted]').click();
		await expect.poll(status, { timeout: 15_000 }).toBe('đã trình');
	});

	it('the reviewer approves; an edit of the approved scenario is refused and a copy is offered', async () => {
		await signInAs('reviewer');
		await openScenario();
		await page.locator('[data-testid=move-approved]').click();
		await expect.poll(status, { timeout: 15_000 }).toBe('đã phê duyệt');
		await signInAs('editor');
		await openScenario();
		expect(await status()).toBe('đã phê duyệt');
		const version = await page.locator('[data-testid=version]').textContent();
		await clickUnit('24946');
		await expect
			.poll(() => page.locator('[data-testid=message]').textContent(), { timeout: 15_000 })
			.toContain('đã được phê duyệt');
		await screenshot(page, '63-approved-edit-refused');
		// the page refuses at once; the server refuses too (409 frozen), whatever a client sends
		const sid = Number(scenarioUrl.split('/').pop());
		const answer = await page.evaluate(
			async ([sid, version]) => {
				const r = await fetch(`/api/scenarios/${sid}/ops`, {
					method: 'POST',
					headers: { 'content-type': 'application/json' },
					body: JSON.stringify({ version, ops: [{ op: 'newGroup', id: 'gx', level: 'commune' }] })
				});
				return { status: r.status, body: await r.json() };
			},
			[sid, Number(version)] as const
		);
		expect(answer.status).toBe(409);
		expect(answer.body.error).toBe('frozen');
		await page.reload();
		await waitForMapIdle(page);
		expect(await page.locator('[data-testid=version]').textContent()).toBe(version);
		await page.locator('[data-testid=edit-copy]').click();
		await page.waitForURL((u) => u.href !== scenarioUrl && /\/scenarios\/\d+$/.test(u.pathname));
		await waitForMapIdle(page);
		expect(await status()).toBe('dự thảo');
		expect(await page.locator('[data-testid=scenario-name]').textContent()).toBe('Bản sao của Phương án thẩm định');
	});

	it('the audit page lists the moves of the scenario with who and the reason, and offers the CSV', async () => {
		const sid = Number(scenarioUrl.split('/').pop());
		await page.goto(`${server.url}/audit?scenario=${sid}`);
		const rows = page.locator('[data-testid=audit-rows] tbody tr', { hasText: 'chuyển trạng thái' });
		expect(await rows.count()).toBe(4);
		expect(await rows.nth(2).textContent()).toContain('Nhóm chưa đạt quy mô dân số');
		expect(await page.locator('[data-testid=audit-csv]').getAttribute('href')).toBe(`/api/audit.csv?scenario=${sid}`);
		const csv = await page.evaluate(async (href) => (await fetch(href)).text(), `/api/audit.csv?scenario=${sid}`);
		expect(csv).toContain('"submitted","approved"');
		await screenshot(page, '64-audit-page');
	});
});
