/**
 * Issue 12 item 1 in Chromium against the built server, on the real Lâm Đồng data: the "Lấy ý kiến" page lists the
 * members of the scenario's groups, takes figures typed and a block pasted from Excel, flags a unit whose agreement
 * does not exceed 50% with its clause, records a council resolution, and the scenario overview shows the summary line.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { importDataset } from '../../src/lib/server/import';
import { createScenario } from '../../src/lib/server/db/scenario.repository';
import { listAdjacency } from '../../src/lib/server/db/adjacency.repository';
import { normalizeContent } from '../../src/lib/domain/scenario/content';
import { lamDongFiles } from '../helpers/db';
import { type BrowserSession, type RunningServer, openSession, screenshot } from './harness';

async function pasteInto(page: Page, selector: string, text: string): Promise<void> {
	await page.locator(selector).focus();
	await page.evaluate(
		([sel, t]) => {
			const el = document.querySelector(sel)!;
			const data = new DataTransfer();
			data.setData('text/plain', t);
			el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
		},
		[selector, text] as const
	);
}
const cell = (code: string, field: string) => `[data-testid="cell-${code}-${field}"]`;

describe('the Lấy ý kiến page (voters’ consultation and council resolutions)', () => {
	let s: BrowserSession;
	let server: RunningServer;
	let page: Page;
	let id: number;
	let sid: number;
	let codes: string[];

	beforeAll(async () => {
		s = await openSession(async (db) => {
			id = (await importDataset(db, lamDongFiles(), { name: 'Lâm Đồng 2023', createdBy: 'test' })).datasetId;
			// Two real neighbouring pairs of communes as two merger groups.
			const edges = await listAdjacency(db, id, 'commune');
			const first = edges[0];
			const second = edges.find(
				(e) => ![first.a_code, first.b_code].includes(e.a_code) && ![first.a_code, first.b_code].includes(e.b_code)
			)!;
			const content = normalizeContent({
				groups: [
					{ id: 'g1', level: 'commune', members: [first.a_code, first.b_code] },
					{ id: 'g2', level: 'commune', members: [second.a_code, second.b_code] }
				]
			});
			sid = (await createScenario(db, { datasetId: id, name: 'Phương án lấy ý kiến', content, who: 'test' })).id;
		});
		({ server, page } = s);
	}, 120_000);
	afterAll(async () => s?.close());

	it('lists the four affected communes, nothing entered', async () => {
		await page.goto(`${server.url}/datasets/${id}/scenarios/${sid}/consultation`);
		const rows = page.locator('[data-testid=consultation-grid] tbody tr');
		expect(await rows.count()).toBe(4);
		codes = await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-code')!));
		expect(await page.locator('[data-testid=consultation-summary]').textContent()).toContain('0/4 đơn vị đã nhập');
	});

	it('typed figures are saved; a block pasted from Excel fills the rest; 50% exactly is flagged', async () => {
		await page.locator(cell(codes[0], 'voters')).focus();
		await page.keyboard.type('2.400');
		await page.keyboard.press('Tab');
		await page.keyboard.type('2.100');
		await page.keyboard.press('Tab');
		await page.keyboard.type('05/04/2024');
		await page.keyboard.press('Enter');
		await page
			.locator('[data-testid=rate-' + codes[0] + ']')
			.filter({ hasText: '87,50%' })
			.waitFor();
		// Excel copies rows as tab-separated lines; the second unit reaches exactly 50%.
		await pasteInto(
			page,
			cell(codes[1], 'voters'),
			'1800\t900\t06/04/2024\n3100\t2950\t06/04/2024\t\n1200\t1100\t07/04/2024\n'
		);
		await page.locator(`[data-testid=verdict-${codes[1]}]`).filter({ hasText: 'Không đạt' }).waitFor();
		expect(await page.locator(`[data-testid=verdict-${codes[2]}]`).textContent()).toContain('Đạt');
		expect(await page.locator(`[data-testid=verdict-${codes[1]}]`).getAttribute('title')).toContain(
			'không trên 50% như Nghị quyết số 35/2023/UBTVQH15'
		);
		expect(await page.locator('[data-testid=consultation-summary]').textContent()).toContain(
			'4/4 đơn vị đã nhập, 1 đơn vị không đạt trên 50%'
		);
	});

	it('a pasted value that is not a number is shown under its cell and nothing is saved', async () => {
		await pasteInto(page, cell(codes[3], 'voters'), 'một nghìn\t5\n');
		expect(await page.locator('[data-testid=consultation-notice]').textContent()).toContain('Chưa lưu');
		await page.reload();
		expect(await page.locator(cell(codes[3], 'voters')).inputValue()).toBe('1.200');
	});

	it('a council resolution is recorded; the overview of the scenario shows the line', async () => {
		await page.locator('[data-testid=resolution-form] input[name=number]').fill('15/NQ-HĐND');
		await page.locator('[data-testid=resolution-form] input[name=date]').fill('20/08/2024');
		await page.locator('[data-testid=resolution-form] input[name=votesFor]').fill('48');
		await page.locator('[data-testid=resolution-form] button[type=submit]').click();
		await page.locator('[data-testid=resolutions] tbody tr').filter({ hasText: '15/NQ-HĐND' }).waitFor();
		expect(await page.locator('[data-testid=resolutions] tbody tr').first().textContent()).toContain('20/08/2024');
		await page.evaluate(() => window.scrollTo(0, 0));
		await screenshot(page, 'consultation-page');
		await page.goto(`${server.url}/datasets/${id}/scenarios/${sid}`);
		const line = page.locator('[data-testid=consultation-status]');
		await line.waitFor();
		expect(await line.textContent()).toContain(
			'Lấy ý kiến: 4/4 đơn vị đã nhập, 1 đơn vị không đạt trên 50%; nghị quyết HĐND: 1/'
		);
	});
});
