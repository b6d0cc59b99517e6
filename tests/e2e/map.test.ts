import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { importDataset } from '../../src/lib/server/import';
import { listUnits } from '../../src/lib/server/db/unit.repository';
import { seedDemo } from '../../src/lib/server/demo';
import { lamDongFiles, LAM_DONG } from '../helpers/db';
import {
	type BrowserSession,
	type RunningServer,
	openSession,
	paintedShare,
	project,
	screenshot,
	waitForMapIdle
} from './harness';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';

describe('the map in Chromium against the built server', () => {
	let s: BrowserSession;
	let server: RunningServer;
	let page: Page;
	let demoId: number;
	let lamDongId: number;

	beforeAll(async () => {
		s = await openSession(async (db) => {
			demoId = (await seedDemo(db, { communes: 150, seed: 1 })).datasetId;
			lamDongId = (await importDataset(db, lamDongFiles(), { name: 'Lâm Đồng 2023', createdBy: 'test' })).datasetId;
		});
		({ server, page } = s);
	});
	afterAll(async () => s?.close());

	it('lists the datasets in Vietnamese, the demo marked as simulated', async () => {
		await page.goto(server.url + '/');
		await expect
			.poll(() => page.locator('[data-testid=datasets]').textContent())
			.toContain('Tỉnh Mẫu (dữ liệu mô phỏng)');
		const text = await page.locator('[data-testid=datasets]').textContent();
		expect(text).toContain('mô phỏng');
		expect(text).toContain('Lâm Đồng');
		await screenshot(page, '01-datasets');
	});

	it('draws the demo province (canvas pixels, not just the DOM)', async () => {
		await page.goto(`${server.url}/datasets/${demoId}`);
		await waitForMapIdle(page);
		const share = await paintedShare(page);
		expect(share).toBeGreaterThan(0.2);
		await screenshot(page, '02-demo-map');
	});

	it('draws all 142 communes of Lâm Đồng; a click shows the commune in the panel', async () => {
		await page.goto(`${server.url}/datasets/${lamDongId}`);
		await waitForMapIdle(page);
		expect(await paintedShare(page)).toBeGreaterThan(0.2);
		const rendered = await page.evaluate(() => {
			const m = (window as any).sapxepMap;
			// The units come as vector tiles (layer 'units'); a unit cut by tile edges is in several: counted once.
			return new Set(m.querySourceFeatures('communes', { sourceLayer: 'units' }).map((f: any) => f.properties.code))
				.size;
		});
		expect(rendered).toBe(142);
		await screenshot(page, '03-lamdong-map');

		// Click inside a commune at its label point (a point inside the polygon computed at import).
		const db = (await tempDbReader(s.dbPath)).db;
		const units = await listUnits(db, lamDongId, 'commune');
		await db.destroy();
		const target = units.find((u) => u.name === 'Xã Đạ Ploa') ?? units[0];
		const pos = await project(page, target.label!);
		await page.mouse.click(pos.x, pos.y);
		await expect.poll(() => page.locator('[data-testid=unit-name]').textContent()).toBe(target.name);
		const panel = await page.locator('[data-testid=unit-panel]').textContent();
		expect(panel).toContain(target.code);
		expect(panel).toContain('người');
		expect(await page.locator('[data-testid=compactness]').textContent()).toMatch(/^0,\d\d/);
		await screenshot(page, '04-lamdong-click');
	});

	it('search without diacritics zooms to Đạ Tẻh', async () => {
		await page.goto(`${server.url}/datasets/${lamDongId}`);
		await waitForMapIdle(page);
		const zoomBefore = await page.evaluate(() => (window as any).sapxepMap.getZoom());
		await page.locator('[data-testid=search]').fill('Da Teh');
		await expect.poll(() => page.locator('[data-testid=search-results]').textContent()).toContain('Huyện Đạ Tẻh');
		await page.locator('[data-testid=search]').press('Enter');
		await expect.poll(() => page.locator('[data-testid=unit-name]').textContent()).toBe('Huyện Đạ Tẻh');
		await waitForMapIdle(page);
		const view = await page.evaluate(() => {
			const m = (window as any).sapxepMap;
			return { zoom: m.getZoom(), center: m.getCenter() };
		});
		expect(view.zoom).toBeGreaterThan(zoomBefore + 0.5);
		// Đạ Tẻh lies around 107.5°E, 11.5°N.
		expect(view.center.lng).toBeGreaterThan(107.3);
		expect(view.center.lng).toBeLessThan(107.7);
		expect(view.center.lat).toBeGreaterThan(11.3);
		expect(view.center.lat).toBeLessThan(11.8);
		await screenshot(page, '05-search-da-teh');
	});

	it('imports a province from uploaded files and reports a broken file precisely', async () => {
		await page.goto(`${server.url}/datasets`);
		await page
			.locator('input[type=file]')
			.setInputFiles(['districts.geojson', 'communes.geojson', 'units.csv'].map((f) => join(LAM_DONG, f)));
		await page.locator('[data-testid=import-form] button[type=submit]').click();
		await expect
			.poll(() => page.locator('[data-testid=import-result]').textContent(), { timeout: 60_000 })
			.toContain('142');
		expect(await page.locator('[data-testid=import-result]').textContent()).toContain('12 đơn vị cấp huyện');
		await screenshot(page, '06-upload-ok');
		// the upload ran as a job and its page shows the result; a new upload starts from the datasets page again
		await page.goto(`${server.url}/datasets`);
		await page.locator('input[type=file]').setInputFiles([
			{
				name: 'districts.geojson',
				mimeType: 'application/geo+json',
				buffer: readFileSync(join(LAM_DONG, 'districts.geojson'))
			},
			{
				name: 'communes.geojson',
				mimeType: 'application/geo+json',
				buffer: Buffer.from('{"type":"FeatureCollection","features":[')
			}
		]);
		await page.locator('[data-testid=import-form] button[type=submit]').click();
		await expect
			.poll(() => page.locator('[data-testid=import-error]').textContent(), { timeout: 60_000 })
			.toContain('communes.geojson: không phải JSON hợp lệ');
		await screenshot(page, '07-upload-error');
	});

	it('deletes a dataset only after confirmation', async () => {
		await page.goto(`${server.url}/datasets`);
		const rows = page.locator('[data-testid=datasets] tbody tr');
		const before = await rows.count();
		const last = rows.first(); // newest first: the dataset uploaded above
		const deletedId = (await last.locator('td').first().textContent())!.trim();
		await last.locator('button.danger').click();
		expect(await last.textContent()).toContain('Xoá bộ dữ liệu này');
		await last.locator('button', { hasText: 'Huỷ' }).click();
		expect(await rows.count()).toBe(before);
		await last.locator('button.danger').click();
		await last.locator('form button.danger').click();
		await expect.poll(() => rows.count()).toBe(before - 1);
		expect(await page.locator(`[data-testid=datasets] a[href="/datasets/${deletedId}"]`).count()).toBe(0);
		expect((await fetch(`${server.url}/datasets/${deletedId}`)).status).toBe(404);
		const db = (await tempDbReader(s.dbPath)).db;
		const audit = await db
			.selectFrom('audit_log')
			.selectAll()
			.where('entity', '=', 'dataset')
			.where('action', '=', 'delete')
			.execute();
		await db.destroy();
		expect(audit).toHaveLength(1);
	});

	it('edits the dataset settings: the figures date shows and the default terrain changes the standards', async () => {
		await page.goto(`${server.url}/datasets`);
		await page.locator(`[data-testid=edit-dataset-${lamDongId}]`).click();
		const f = page.locator('[data-testid=dataset-settings]');
		await f.locator('input[name=reference_date]').fill('2022-12-31');
		await f.locator('select[name=default_terrain]').selectOption('other');
		await f.locator('button.primary').click();
		await expect.poll(() => page.locator('[data-testid=dataset-settings]').count()).toBe(0);
		await page.goto(`${server.url}/datasets/${lamDongId}?unit=25111`);
		await expect.poll(() => page.locator('[data-testid=unit-name]').textContent()).toBe('Xã Đạ Oai');
		expect(await page.locator('.toolbar').textContent()).toContain('31/12/2022');
		// Lowland xã standard 8,000 people / 30 km²: 23.27 / 30 = 77.6 % is no longer below 70 % → 2026–2030.
		expect(await page.locator('[data-testid=verdict-status]').textContent()).toBe(
			'Thuộc diện sắp xếp giai đoạn 2026–2030'
		);
		expect(await page.locator('[data-testid=standards]').textContent()).toContain('8.000');
		await page.goto(`${server.url}/datasets`);
		await page.locator(`[data-testid=edit-dataset-${lamDongId}]`).click();
		await page.locator('[data-testid=dataset-settings] select[name=default_terrain]').selectOption('mountainous');
		await page.locator('[data-testid=dataset-settings] button.primary').click();
		await expect.poll(() => page.locator('[data-testid=dataset-settings]').count()).toBe(0);
	});

	it('switches the whole page to English and back, and remembers it', async () => {
		await page.goto(`${server.url}/datasets/${lamDongId}`);
		await page.locator('button.lang').click();
		await expect.poll(() => page.locator('[data-testid=level-commune]').textContent()).toBe('Communes');
		await page.reload();
		expect(await page.locator('header nav').textContent()).toContain('Datasets');
		await waitForMapIdle(page);
		await screenshot(page, '08-english');
		await page.locator('button.lang').click();
		await expect.poll(() => page.locator('header nav').textContent()).toContain('Bộ dữ liệu');
	});
});

async function tempDbReader(path: string) {
	const { openMigrated } = await import('../../src/lib/server/db/database');
	return { db: await openMigrated(path) };
}
