import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { importDataset } from '../../src/lib/server/import';
import { openMigrated } from '../../src/lib/server/db/database';
import type { StaffingInputRow } from '../../src/lib/domain/staffing/inputs';
import { lamDongFiles } from '../helpers/db';
import { type BrowserSession, type RunningServer, openSession, screenshot } from './harness';
import { ROLE_LOGIN } from '../helpers/auth';

/** Paste text into the focused element as Excel puts it on the clipboard (a real ClipboardEvent with its data). */
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

describe('the Biên chế tab: keyboard entry, paste from Excel, CSV upload', () => {
	let s: BrowserSession;
	let server: RunningServer;
	let page: Page;
	let id: number;
	const url = () => `${server.url}/datasets/${id}/staffing`;
	/** The stored inputs, read through the API (what a reload shows). */
	const stored = async (): Promise<Map<string, StaffingInputRow>> => {
		const r = await (await fetch(`${server.url}/api/datasets/${id}/staffing`)).json();
		return new Map([...r.communes, ...r.districts].map((u: StaffingInputRow) => [u.code, u]));
	};
	const activeCell = () => page.evaluate(() => document.activeElement?.getAttribute('data-testid'));

	beforeAll(async () => {
		s = await openSession(async (db) => {
			id = (await importDataset(db, lamDongFiles(), { name: 'Lâm Đồng 2023', createdBy: 'test' })).datasetId;
		});
		({ server, page } = s);
	});
	afterAll(async () => s?.close());

	let codes: string[];

	it('lists every commune and district with the class estimate labelled as such', async () => {
		// Hydrated before the keys: under load, keys pressed before hydration reached no handler (full run).
		await page.goto(url(), { waitUntil: 'networkidle' });
		expect(await page.locator('nav.tabs a[aria-current=page]').textContent()).toBe('Biên chế');
		const rows = page.locator('[data-testid=staffing-communes] tbody tr');
		expect(await rows.count()).toBe(142);
		expect(await page.locator('[data-testid=staffing-districts] tbody tr').count()).toBe(12);
		codes = await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-code')!));
		expect(codes.slice(0, 3)).toEqual([...codes].sort().slice(0, 3)); // ordered by code
		// Xã Đạ Oai: population and area give a lower bound, and the cell says "ước tính" and "tối thiểu".
		const est = await page.locator('[data-testid=estimate-25111]').textContent();
		expect(est).toMatch(/Loại (I|II|III)/);
		expect(est).toContain('ước tính');
		expect(est).toContain('tối thiểu');
		expect(est).toMatch(/điểm \(dân số .* \+ diện tích .*\)/);
	});

	it('edits cells with the keyboard: Enter commits and goes down, Tab goes right, 2 sets class II', async () => {
		const [a, b] = codes;
		await page.locator(cell(a, 'staffActual')).focus();
		await page.keyboard.type('23');
		await page.keyboard.press('Enter');
		expect(await activeCell()).toBe(`cell-${b}-staffActual`);
		await page.keyboard.type('19');
		await page.keyboard.press('Tab');
		expect(await activeCell()).toBe(`cell-${b}-nonprofessionalActual`);
		await page.keyboard.type('11');
		await page.keyboard.press('ArrowUp'); // commits and goes up
		expect(await activeCell()).toBe(`cell-${a}-nonprofessionalActual`);
		// Left from a selected cell goes to the previous column; Left again reaches the class cell.
		await page.keyboard.press('ArrowLeft');
		await page.keyboard.press('ArrowLeft');
		expect(await activeCell()).toBe(`cell-${a}-communeClass`);
		await page.keyboard.press('2');
		await expect
			.poll(async () => {
				const s = await stored();
				return [s.get(a)!.staffActual, s.get(a)!.communeClass, s.get(b)!.staffActual, s.get(b)!.nonprofessionalActual];
			})
			.toEqual([23, 'II', 19, 11]);
		// A refused value keeps the focus and says why, beside the cell; Escape undoes it.
		await page.locator(cell(a, 'offices')).focus();
		await page.keyboard.type('1,5');
		await page.keyboard.press('Enter');
		expect(await activeCell()).toBe(`cell-${a}-offices`);
		expect(await page.locator(`${cell(a, 'offices')} + .cell-error`).textContent()).toBe('"1,5" phải là số nguyên.');
		await page.keyboard.press('Escape');
		expect(await page.locator(cell(a, 'offices')).inputValue()).toBe('');
		expect(await page.locator(`${cell(a, 'offices')} + .cell-error`).count()).toBe(0);
		expect((await stored()).get(a)!.offices).toBeNull();
	});

	it('pastes a 2×2 block from Excel into the cells from the one pasted into, and saves it', async () => {
		const [, , c, d] = codes;
		await pasteInto(page, cell(c, 'leaders'), '3\t1\r\n4\t2\r\n');
		await expect
			.poll(async () => {
				const s = await stored();
				return [s.get(c)!.leaders, s.get(c)!.offices, s.get(d)!.leaders, s.get(d)!.offices];
			})
			.toEqual([3, 1, 4, 2]);
		expect(await page.locator(cell(d, 'offices')).inputValue()).toBe('2');
	});

	it('regression (issue 9): a quoted cell with a line break (Excel) stays one cell; the next row lands on the next unit', async () => {
		const [, , , , , , g, h] = codes;
		// Excel quotes a cell holding a line break; the old parser split it into two rows and shifted the block down.
		await pasteInto(page, cell(g, 'nonprofessionalActual'), '"17\n"\t9\r\n16\t8\r\n');
		await expect
			.poll(async () => {
				const s = await stored();
				return [s.get(g)!.nonprofessionalActual, s.get(g)!.leaders, s.get(h)!.nonprofessionalActual, s.get(h)!.leaders];
			})
			.toEqual([17, 9, 16, 8]);
		expect(await page.locator('[data-testid=staffing-communes-notice]').count()).toBe(0);
	});

	it('a pasted block with a bad value is not saved; the message is beside the cell', async () => {
		const [, , , , e, f] = codes;
		await pasteInto(page, cell(e, 'staffActual'), '20\t12\r\n-2\tmười\r\n');
		const err = page.locator(`${cell(f, 'staffActual')} + .cell-error`);
		await expect.poll(() => err.textContent()).toContain('không được âm');
		expect(await page.locator(`${cell(f, 'nonprofessionalActual')} + .cell-error`).textContent()).toContain(
			'không phải số'
		);
		expect(await page.locator('[data-testid=staffing-communes-notice]').textContent()).toContain('Chưa lưu');
		expect(await page.locator(cell(f, 'staffActual')).getAttribute('aria-invalid')).toBe('true');
		const s = await stored();
		expect([s.get(e)!.staffActual, s.get(e)!.nonprofessionalActual]).toEqual([null, null]); // the valid row was not saved either
		await screenshot(page, '30-staffing-inputs');
		// Correcting the two cells and saving the rest of the block.
		await page.locator(cell(f, 'staffActual')).fill('2');
		await page.locator(cell(f, 'nonprofessionalActual')).fill('10');
		await page.locator('[data-testid=staffing-communes-pending] button').first().click();
		await expect
			.poll(async () => {
				const s2 = await stored();
				return [
					s2.get(e)!.staffActual,
					s2.get(e)!.nonprofessionalActual,
					s2.get(f)!.staffActual,
					s2.get(f)!.nonprofessionalActual
				];
			})
			.toEqual([20, 12, 2, 10]);
	});

	it('keeps the values after a reload, with the audit trail', async () => {
		await page.reload({ waitUntil: 'networkidle' });
		const [a, b, c] = codes;
		expect(await page.locator(cell(a, 'staffActual')).inputValue()).toBe('23');
		expect(await page.locator(cell(a, 'communeClass')).inputValue()).toBe('II');
		expect(await page.locator(cell(b, 'nonprofessionalActual')).inputValue()).toBe('11');
		expect(await page.locator(cell(c, 'offices')).inputValue()).toBe('1');
		const db = await openMigrated(s.dbPath);
		const audit = await db
			.selectFrom('audit_log')
			.selectAll()
			.where('entity', '=', 'unit')
			.where('entity_key', '=', a)
			.execute();
		await db.destroy();
		expect(audit.map((x) => x.field).sort()).toEqual(['communeClass', 'staffActual']);
		expect(audit.find((x) => x.field === 'staffActual')).toMatchObject({
			who: ROLE_LOGIN.admin,
			before: 'null',
			after: '23'
		});
	});

	it('filters by district and sorts by a column', async () => {
		await page.locator('[data-testid=district-filter]').selectOption('681'); // Huyện Đạ Huoai
		const rows = page.locator('[data-testid=staffing-communes] tbody tr');
		await expect.poll(() => rows.count()).toBeLessThan(20);
		const districts = await rows.locator('td:nth-child(4)').allTextContents();
		expect(new Set(districts)).toEqual(new Set(['Huyện Đạ Huoai']));
		await page.locator('[data-testid=district-filter]').selectOption('');
		await page.locator('[data-testid=staffing-communes] th button', { hasText: 'Cán bộ, công chức hiện có' }).click();
		// Ascending, entered values first: 2, 19, 20, 23.
		const first = await rows.evaluateAll((trs) =>
			trs.slice(0, 4).map((tr) => (tr.querySelector('input[name=staffActual]') as HTMLInputElement).value)
		);
		expect(first).toEqual(['2', '19', '20', '23']);
		expect(await page.locator('[data-testid=staffing-communes] th[aria-sort=ascending]').count()).toBe(1);
	});

	it('the upload box imports a CSV and shows a bad cell with its file, row and column', async () => {
		const bad = join(dirname(s.dbPath), 'bien-che.csv');
		writeFileSync(bad, 'code,bien_che,tru_so\n24946,21,1\n25111,18.5,1\n');
		await page.locator('[data-testid=staffing-upload] input[type=file]').setInputFiles(bad);
		await page.locator('[data-testid=staffing-upload] button').click();
		await expect
			.poll(() => page.locator('[data-testid=staffing-upload-error]').textContent())
			.toContain('bien-che.csv, dòng 3, cột "bien_che"');
		expect((await stored()).get('24946')!.staffActual).toBeNull();
		writeFileSync(bad, 'code,bien_che,tru_so\n24946,21,1\n25111,18,1\n');
		await page.locator('[data-testid=staffing-upload] input[type=file]').setInputFiles(bad);
		await page.locator('[data-testid=staffing-upload] button').click();
		await expect
			.poll(() => page.locator('[data-testid=staffing-upload-result]').textContent())
			.toContain('Đã cập nhật 2 đơn vị từ 2 dòng');
		await expect.poll(() => page.locator(cell('24946', 'staffActual')).inputValue()).toBe('21');
	});
});
