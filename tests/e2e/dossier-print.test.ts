/**
 * Issue 12 item 5 in Chromium against the built server, on the real Lâm Đồng data: the dossier's print page
 * (/datasets/[id]/scenarios/[sid]/dossier/print) shows the scheme with its maps, and printing it (page.pdf, the
 * browser's own print path with the page's @page rules) gives A4 pages holding each new unit's name and population.
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { importDataset } from '../../src/lib/server/import';
import { createScenario } from '../../src/lib/server/services/scenario.service';
import { saveConsultationVotes } from '../../src/lib/server/services/consultation.service';
import { lamDongFiles } from '../helpers/db';
import { type BrowserSession, type RunningServer, openSession, screenshot, SCREENSHOTS } from './harness';

describe('the printable dossier page', () => {
	let s: BrowserSession;
	let server: RunningServer;
	let page: Page;
	let id: number;
	let sid: number;

	beforeAll(async () => {
		s = await openSession(
			async (db) => {
				id = (await importDataset(db, lamDongFiles(), { name: 'Lâm Đồng 2023', createdBy: 'test' })).datasetId;
				const actor = { id: 'test', name: 'test' };
				sid = (
					await createScenario(db, actor, {
						datasetId: id,
						name: 'Phương án NQ 1245',
						content: {
							groups: [
								{ id: 'd1', level: 'district', members: ['681', '682', '683'] },
								{ id: 'c1', level: 'commune', members: ['25111', '25108'], seatCode: '25111' }
							],
							exemptions: []
						}
					})
				).id;
				await saveConsultationVotes(db, actor, sid, {
					rows: [{ code: '25111', patch: { voters: 2400, agreeing: 2100, date: '05/04/2024' } }]
				});
			},
			{ signIn: 'viewer' }
		);
		({ server, page } = s);
	}, 180_000);
	afterAll(async () => s?.close());

	it('a viewer opens it: the scheme with its header block, tables and maps drawn', async () => {
		const r = await page.goto(`${server.url}/datasets/${id}/scenarios/${sid}/dossier/print`, { timeout: 120_000 });
		expect(r?.status()).toBe(200);
		expect(r?.headers()['content-type']).toBe('text/html; charset=utf-8');
		await page.waitForFunction(() => [...document.images].every((i) => i.complete && i.naturalWidth > 0));
		expect(await page.locator('figure img').count()).toBe(4);
		expect(await page.locator('.issuer').textContent()).toContain('ỦY BAN NHÂN DÂN');
		expect(await page.locator('h2').first().textContent()).toMatch(/^Phần I\./);
		const text = await page.locator('main').innerText();
		expect(text).toContain('Huyện Đạ Tẻh');
		expect(text).toContain('112.696');
		expect(text).toContain('Kết quả lấy ý kiến cử tri');
		await screenshot(page, 'dossier-print-top');
		await page.locator('figure[data-map="unit-c1"]').scrollIntoViewIfNeeded();
		await screenshot(page, 'dossier-print-unit-map');
	}, 150_000);

	it('prints to A4 pages (the @page rule) that hold each new unit’s name and population', async () => {
		await page.emulateMedia({ media: 'print' });
		const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
		const file = join(SCREENSHOTS, 'dossier-print-chromium.pdf');
		writeFileSync(file, pdf);
		const info = execFileSync('pdfinfo', [file]).toString();
		expect(info).toMatch(/Page size:\s+59[45]\.\d+ x 841\.\d+ pts \(A4\)/);
		expect(Number(/Pages:\s+(\d+)/.exec(info)![1])).toBeGreaterThan(4);
		const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-']).toString('utf8').replace(/\s+/g, ' ');
		for (const s of ['Huyện Đạ Tẻh', '112.696', 'Xã Đạ Oai', 'Độc lập - Tự do - Hạnh phúc']) expect(text).toContain(s);
		execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '2', file, join(SCREENSHOTS, 'dossier-print-page')]);
	}, 120_000);
});
