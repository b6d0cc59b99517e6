/**
 * "Đề xuất tự động" (issue 13 item 4) in the built server with real Chromium: an editor opens it from the scenarios
 * page, runs it on Lâm Đồng (HiGHS in a worker thread of the built server), sees the groups coloured on the map with
 * their verdicts and reasons, and accepts the plan as a new scenario that opens in the editor.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { importDataset } from '../../src/lib/server/import';
import { lamDongFiles } from '../helpers/db';
import { type BrowserSession, openSession, screenshot, waitForMapIdle } from './harness';

describe('the planner screen on Lâm Đồng', () => {
	let s: BrowserSession;
	let page: Page;
	let id: number;

	beforeAll(async () => {
		s = await openSession(
			async (db) => {
				id = (await importDataset(db, lamDongFiles(), { name: 'Lâm Đồng 2023', createdBy: 'test' })).datasetId;
			},
			{ signIn: 'editor' }
		);
		page = s.page;
	}, 180_000);
	afterAll(async () => s?.close());

	it('proposes a lawful plan covering every 2023–2025 subject unit, shown on the map with its reasons', async () => {
		await page.goto(`${s.server.url}/datasets/${id}/scenarios`);
		await page.locator('[data-testid=planner-link] a').click();
		await page.waitForURL(/\/scenarios\/planner$/);
		await waitForMapIdle(page);
		await page.locator('[data-testid=planner-run]').click();
		await expect
			.poll(() => page.locator('[data-testid=planner-group]').count(), { timeout: 120_000 })
			.toBeGreaterThan(0);
		// 1 district group (Đạ Huoai + Đạ Tẻh + Cát Tiên) and the commune groups, all meeting both standards.
		const groups = await page.locator('[data-testid=planner-group]').allTextContents();
		expect(groups.some((g) => g.includes('Huyện Đạ Huoai') && g.includes('Huyện Cát Tiên'))).toBe(true);
		for (const g of groups) expect(g).toContain('đạt cả hai tiêu chuẩn');
		expect(await page.locator('[data-testid=planner-lawful]').textContent()).toBe('Có');
		expect(await page.locator('[data-testid=planner-uncovered]').count()).toBe(0);
		expect(await page.locator('[data-testid=planner-tab]').count()).toBeGreaterThan(1);
		await page.locator('[data-testid=planner-level-commune]').click();
		await waitForMapIdle(page);
		await screenshot(page, 'planner-lamdong');
	}, 180_000);

	it('accepts the plan as a new scenario the editor opens, with every subject unit in a group', async () => {
		await page.locator('[data-testid=planner-accept] input').fill('Đề xuất tự động 1');
		await page.locator('[data-testid=planner-accept-new]').click();
		await page.waitForURL(/\/scenarios\/\d+$/, { timeout: 30_000 });
		expect(await page.locator('[data-testid=scenario-name]').textContent()).toBe('Đề xuất tự động 1');
		await waitForMapIdle(page);
		expect(Number(await page.locator('[data-testid=mandatory-left-count]').textContent())).toBe(0);
		await screenshot(page, 'planner-accepted');
	}, 60_000);
});
