/**
 * An import as a job in Chromium against the BUILT server (issue 14 item 3): the upload answers at once, the job's
 * page shows its steps and progress while the worker thread imports, the page can be left and come back (the
 * Datasets page lists the import), and it ends with the dataset. A failing upload shows its Vietnamese message.
 * Data from the project's generator.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { generateProvince } from '../../src/lib/domain/generate/province';
import { provinceToFiles } from '../../src/lib/domain/generate/files';
import { type BrowserSession, type RunningServer, openSession, screenshot } from './harness';

describe('an import job in the browser', () => {
	let s: BrowserSession;
	let server: RunningServer;
	let page: Page;

	beforeAll(async () => {
		s = await openSession(async () => {});
		({ server, page } = s);
	});
	afterAll(async () => s?.close());

	it('uploads, shows the steps and progress, can be left and come back, and ends with the dataset', async () => {
		const f = provinceToFiles(generateProvince({ communes: 1200, seed: 21, messy: true }));
		await page.goto(`${server.url}/datasets`, { waitUntil: 'networkidle' }); // hydrated: bind:files works
		await page.locator('input[type=file]').setInputFiles([
			{ name: 'districts.geojson', mimeType: 'application/geo+json', buffer: Buffer.from(JSON.stringify(f.districts)) },
			{ name: 'communes.geojson', mimeType: 'application/geo+json', buffer: Buffer.from(JSON.stringify(f.communes)) },
			{ name: 'units.csv', mimeType: 'text/csv', buffer: Buffer.from(f.unitsCsv) }
		]);
		await page.getByLabel('Tên bộ dữ liệu').fill('Tỉnh nhập qua lượt nhập');
		const uploaded = page.waitForResponse((r) => r.url().endsWith('/api/datasets'));
		await page.locator('[data-testid=import-form] button[type=submit]').click({ timeout: 60_000 });
		expect((await uploaded).status()).toBe(202);
		await page.waitForURL(/\/datasets\/imports\/[0-9a-f-]+$/);
		const jobUrl = page.url();
		const steps = page.locator('[data-testid=import-steps] li');
		expect(await steps.count()).toBe(6);
		// While it runs: the upload step is done, a later one is current, the page says it can be left.
		// (the upload step lasts until the worker has started and read the form)
		await expect
			.poll(() => page.locator('[data-step=upload]').getAttribute('data-state'), { timeout: 120_000 })
			.toBe('done');
		await expect.poll(() => page.locator('[data-testid=import-steps] [data-state=current]').count()).toBe(1);
		expect(await page.locator('[data-testid=import-leave]').textContent()).toContain('có thể rời trang này');
		await screenshot(page, 'import-job-01-running');

		// Leave for the Datasets page: the import is listed there, its link comes back to the job.
		await page.goto(`${server.url}/datasets`);
		const listed = page.locator('[data-testid=import-jobs] a').first();
		expect(await listed.textContent()).toContain('districts.geojson, communes.geojson, units.csv');
		await listed.click();
		await page.waitForURL(jobUrl);

		const result = page.locator('[data-testid=import-result]');
		await result.waitFor({ timeout: 240_000 });
		expect(await result.textContent()).toContain('Đã nhập');
		expect(await result.textContent()).toContain('1200 đơn vị cấp xã');
		for (const step of ['upload', 'parse', 'adjacency', 'quality', 'store', 'done'])
			expect(await page.locator(`[data-step=${step}]`).getAttribute('data-state')).toBe('done');
		expect(await page.locator('[data-testid=import-progress]').getAttribute('value')).toBe('1');
		await screenshot(page, 'import-job-02-done');
		await result.locator('a').click();
		await page.waitForURL(/\/datasets\/\d+$/);
	});

	it('a failing upload (a Latin-1 CSV without declared encoding) ends on its job page with the Vietnamese message', async () => {
		const f = provinceToFiles(generateProvince({ communes: 30, seed: 3 }));
		const csv = f.unitsCsv.replace(/\n([^,\n]+),([^,\n]+),/, '\n$1,Xã Tân Hà,');
		await page.goto(`${server.url}/datasets`, { waitUntil: 'networkidle' }); // hydrated: bind:files works
		await page.locator('input[type=file]').setInputFiles([
			{ name: 'districts.geojson', mimeType: 'application/geo+json', buffer: Buffer.from(JSON.stringify(f.districts)) },
			{ name: 'communes.geojson', mimeType: 'application/geo+json', buffer: Buffer.from(JSON.stringify(f.communes)) },
			{ name: 'units.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'latin1') }
		]);
		await page.locator('[data-testid=import-form] button[type=submit]').click({ timeout: 60_000 });
		await page.waitForURL(/\/datasets\/imports\//);
		const err = page.locator('[data-testid=import-error]');
		await err.waitFor({ timeout: 60_000 });
		expect(await err.textContent()).toContain('không có gì được lưu');
		expect(await err.textContent()).toContain('không được lưu theo bảng mã UTF-8');
		expect(await page.locator('[data-testid=import-steps] [data-state=failed]').count()).toBe(1);
		// No progress share on a failed job: it stopped at a step, not at a percentage.
		expect(await page.locator('[data-testid=import-progress]').count()).toBe(0);
		await screenshot(page, 'import-job-03-failed');
	});
});
