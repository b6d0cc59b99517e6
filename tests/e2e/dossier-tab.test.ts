/**
 * Issue 12 item 7, the "Hồ sơ" tab of a scenario in a real Chromium against the built server, on the real Lâm Đồng
 * import with a plan modelled on NQ 1245/NQ-UBTVQH15: reached from the scenario's toolbar, it shows units before →
 * after, the new units and a small after-map; a button downloads each available format (the file is read back),
 * the level choice changes the data files, and formats not built yet say so.
 */
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importDataset } from '../../src/lib/server/import';
import { importPlanScenario } from '../../src/lib/server/services/scenario.service';
import { lamDongFiles } from '../helpers/db';
import { type BrowserSession, type RunningServer, openSession, screenshot } from './harness';

const PLAN = [
	'group,code,new_name,seat_code,phase,kept_code',
	'H1,681,Huyện Đạ Huoai,682,2023-2025,681',
	'H1,682,,,,',
	'H1,683,,,,',
	'X1,25111,,,2023-2025,',
	'X1,25108,,,,',
	'X2,25147,Xã Quảng Trị,,2023-2025,25138',
	'X2,25138,,,,',
	'X3,24946,,,2023-2025,',
	'X3,24955,,,,',
	'X4,25105,,,2023-2025,',
	'X4,25123,,,,',
	'X5,25120,,,2023-2025,',
	'X5,25114,,,,'
].join('\n');

async function download(page: Page, testId: string): Promise<{ name: string; bytes: Buffer }> {
	const [d] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.getByTestId(testId).click()]);
	const path = await d.path();
	return { name: d.suggestedFilename(), bytes: readFileSync(path!) };
}

describe('the Hồ sơ tab of a Lâm Đồng scenario', () => {
	let s: BrowserSession;
	let server: RunningServer;
	let page: Page;
	let ds: number;
	let sid: number;

	beforeAll(async () => {
		s = await openSession(async (db) => {
			ds = (await importDataset(db, lamDongFiles(), { createdBy: 'test' })).datasetId;
			sid = (
				await importPlanScenario(db, { id: 'test', name: 'test' }, ds, { name: 'nq1245.csv', data: Buffer.from(PLAN) })
			).scenario.id;
		});
		({ server, page } = s);
	}, 120_000);
	afterAll(async () => s?.close());

	it('is reached from the scenario toolbar and previews the units after with a small map', async () => {
		await page.goto(`${server.url}/datasets/${ds}/scenarios/${sid}`);
		await page.getByTestId('dossier-link').click();
		await page.waitForURL(`**/datasets/${ds}/scenarios/${sid}/dossier`);
		const tab = page.getByTestId('dossier-tab');
		expect(await tab.locator('h1').textContent()).toContain('Hồ sơ đề án');
		expect(await page.getByTestId('dossier-counts').textContent()).toContain('142 → 137');
		const rows = page.locator('[data-testid=dossier-summary] tbody tr');
		expect(await rows.count()).toBe(5);
		expect(await page.getByTestId('dossier-summary').textContent()).toContain('Xã Quảng Trị');
		// The thumbnail: one path per unit after, the five merged ones highlighted.
		await page.getByTestId('dossier-thumbnail').waitFor({ timeout: 60_000 });
		expect(await page.locator('[data-testid=dossier-thumbnail] path').count()).toBe(137);
		expect(await page.locator('[data-testid=dossier-thumbnail] path.merged').count()).toBe(5);
		// Formats not built yet are shown, disabled, and say so.
		for (const f of ['docx', 'pdf', 'html']) {
			const b = page.getByTestId(`export-${f}`);
			if (await b.isDisabled()) expect(await b.textContent()).toContain('chưa có');
		}
		await screenshot(page, '50-dossier-tab');
	}, 120_000);

	it('downloads the GeoJSON through its button (137 communes after), then the district level as XLSX and GeoJSON', async () => {
		const geo = await download(page, 'export-geojson');
		expect(geo.name).toBe(`phuong-an-${sid}-v1-don-vi-sau-sap-xep-cap-xa.geojson`);
		const fc = JSON.parse(geo.bytes.toString('utf8'));
		expect(fc.features).toHaveLength(137);
		expect(
			fc.features.find((f: { properties: { code: string } }) => f.properties.code === '25138').properties
		).toMatchObject({
			name: 'Xã Quảng Trị',
			members: ['25147', '25138'],
			code_prov: true
		});
		expect(await page.getByTestId('export-message').textContent()).toContain(geo.name);

		await page.getByTestId('dossier-level-district').check();
		expect(await page.getByTestId('dossier-counts').textContent()).toContain('12 → 10');
		await page.locator('[data-testid=dossier-thumbnail] path').nth(9).waitFor({ timeout: 60_000 });
		expect(await page.locator('[data-testid=dossier-thumbnail] path').count()).toBe(10);
		const xlsx = await download(page, 'export-xlsx');
		expect(xlsx.name).toMatch(/\.xlsx$/);
		const wb = new ExcelJS.Workbook();
		await wb.xlsx.load(xlsx.bytes as unknown as ArrayBuffer);
		const eq = wb.getWorksheet('Bảng tương ứng mã')!;
		const rows: string[][] = [];
		eq.eachRow((r) => rows.push((r.values as unknown[]).slice(1).map(String)));
		expect(rows.find((r) => r[0] === '683')?.slice(3, 5)).toEqual(['681', 'Huyện Đạ Huoai']);
		const shp = await download(page, 'export-shp');
		expect(shp.name).toBe(`phuong-an-${sid}-v1-don-vi-sau-sap-xep-cap-huyen.zip`);
		expect(shp.bytes.subarray(0, 2).toString('latin1')).toBe('PK');
		await screenshot(page, '51-dossier-tab-district');
	}, 120_000);
});
