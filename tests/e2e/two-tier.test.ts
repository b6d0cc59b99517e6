/**
 * A two-tier dataset (province → communes and wards, no district level: domain.md §8) in Chromium against the built
 * server: the map draws it with no district switch, the population parts show and can be edited (domain.md §3), and
 * the quality page loads. The data comes from the project's generator (`generate --two-tier`).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { seedDemo } from '../../src/lib/server/demo';
import { generateProvince } from '../../src/lib/domain/generate/province';
import { provinceToTwoTierFiles } from '../../src/lib/domain/generate/files';
import { datasetDefaultRuleSetId } from '../../src/lib/domain/rules';
import {
	type BrowserSession,
	type RunningServer,
	openSession,
	paintedShare,
	screenshot,
	waitForMapIdle
} from './harness';

describe('a two-tier dataset in the browser', () => {
	let s: BrowserSession;
	let server: RunningServer;
	let page: Page;
	let id: number;

	beforeAll(async () => {
		s = await openSession(async (db) => {
			id = (await seedDemo(db, { communes: 80, seed: 2, twoTier: true })).datasetId;
		});
		({ server, page } = s);
	});
	afterAll(async () => s?.close());

	it('draws the communes, says "hai cấp" instead of counting districts, and has no district switch', async () => {
		await page.goto(`${server.url}/datasets/${id}`);
		await waitForMapIdle(page);
		expect(await paintedShare(page)).toBeGreaterThan(0.2);
		await expect.poll(() => page.locator('[data-testid=two-tier]').textContent()).toContain('hai cấp');
		expect(await page.locator('[data-testid=level-district]').isVisible()).toBe(false);
		expect(await page.locator('[data-testid=rule-set]').inputValue()).toBe(datasetDefaultRuleSetId('two-tier'));
		await screenshot(page, 'two-tier-01-map');
	});

	it('shows the population parts of a commune and edits them: the total becomes their sum', async () => {
		await page.goto(`${server.url}/datasets/${id}?unit=00003`);
		await waitForMapIdle(page);
		const parts = page.locator('[data-testid=population-parts]');
		await expect.poll(() => parts.textContent()).toMatch(/thường trú \+ [\d.]+\s+tạm trú quy đổi/);
		await page.locator('[data-testid=edit-unit]').click();
		const editor = page.locator('[data-testid=unit-editor]');
		await editor.locator('input[name=populationPermanent]').fill('4.200');
		await editor.locator('input[name=populationTemporaryConverted]').fill('300');
		expect(await editor.locator('input[name=population]').inputValue()).toBe('4.500');
		expect(await editor.locator('input[name=population]').getAttribute('readonly')).not.toBeNull();
		await screenshot(page, 'two-tier-02-editor');
		await page.locator('[data-testid=save-unit]').click();
		await expect.poll(() => parts.textContent()).toMatch(/4\.200\s+thường trú \+ 300\s+tạm trú quy đổi/);
		const panel = (await page.locator('[data-testid=unit-panel]').textContent()) ?? '';
		expect(panel).toContain('4.500');
		expect(panel).toContain('thường trú + tạm trú quy đổi');
		await screenshot(page, 'two-tier-03-saved');
	});

	it('uploads a communes-only folder through the import form as a two-tier dataset', async () => {
		const f = provinceToTwoTierFiles(generateProvince({ communes: 30, seed: 11 }));
		await page.goto(`${server.url}/datasets`);
		await page.locator('input[type=file]').setInputFiles([
			{ name: 'communes.geojson', mimeType: 'application/geo+json', buffer: Buffer.from(JSON.stringify(f.communes)) },
			{ name: 'units.csv', mimeType: 'text/csv', buffer: Buffer.from(f.unitsCsv) }
		]);
		await page.locator('[data-testid=import-form] button[type=submit]').click();
		const result = page.locator('[data-testid=import-result]');
		await expect.poll(() => result.textContent(), { timeout: 60_000 }).toContain('bộ dữ liệu hai cấp');
		expect(await result.textContent()).toContain('30');
		expect(await result.textContent()).not.toContain('đơn vị cấp huyện,');
		await screenshot(page, 'two-tier-05-upload');
	});

	it('the quality page loads and says the dataset has no district level', async () => {
		await page.goto(`${server.url}/datasets/${id}/quality`);
		await expect.poll(() => page.locator('main, body').first().textContent()).toContain('không có cấp huyện');
		await screenshot(page, 'two-tier-04-quality');
	});
});
