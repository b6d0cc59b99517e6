/**
 * Issue 10 (items 4, 5, 7, 8, 9): panels a committee reads without help, on Lâm Đồng. Every commune is named with its
 * district (Lâm Đồng has two "Phường 1"), a unit's edit shows how its verdict changed, an exemption carries its
 * reference letter and shows in the unit's "Lịch sử", figures are typed the Vietnamese way, and a unit joins a
 * group from the keyboard alone.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { importDataset } from '../../src/lib/server/import';
import { lamDongFiles } from '../helpers/db';
import { ROLE_LOGIN } from '../helpers/auth';
import { type BrowserSession, type RunningServer, openSession, screenshot, waitForMapIdle } from './harness';

describe('committee panels on Lâm Đồng (issue 10)', () => {
	let s: BrowserSession;
	let server: RunningServer;
	let page: Page;
	let id: number;

	beforeAll(async () => {
		s = await openSession(async (db) => {
			id = (await importDataset(db, lamDongFiles(), { name: 'Lâm Đồng 2023', createdBy: 'test' })).datasetId;
		});
		({ server, page } = s);
	});
	afterAll(async () => s?.close());

	it('names each "Phường 1" with its district in the subject list and the search (item 4)', async () => {
		await page.setViewportSize({ width: 1366, height: 768 });
		await page.goto(`${server.url}/datasets/${id}`);
		await waitForMapIdle(page);
		// The default list is the 2023–2025 phase; 2026–2030 is one click away, marked halted.
		const list = page.locator('[data-testid=subject-list]');
		expect(await page.locator('[data-testid=subject-phase-2023-2025]').getAttribute('aria-pressed')).toBe('true');
		expect(await page.locator('[data-testid=subject-phase-2026-2030]').textContent()).toContain('đã dừng');
		expect(await list.textContent()).toContain('Xã Đạ Oai — Huyện Đạ Huoai');
		await page.locator('[data-testid=subject-phase-2026-2030]').click();
		expect(await page.locator('[data-testid=subject-phase-note]').textContent()).toContain('đã dừng thực hiện');
		await page.locator('[data-testid=subject-phase-2023-2025]').click();
		// Search lists both "Phường 1", each with its city.
		await page.locator('[data-testid=search]').fill('Phường 1');
		const results = await page.locator('[data-testid=search-results]').innerText();
		expect(results).toContain('Phường 1 — TP Đà Lạt');
		expect(results).toContain('Phường 1 — TP Bảo Lộc');
		await screenshot(page, '60-panels-search-1366');
		await page.locator('[data-testid=search]').fill('');
	});

	it('opens a unit from the list with the keyboard and brings the edit form into view with its name (item 9)', async () => {
		const row = page.locator('[data-testid=subject-list] tr[data-code="25111"]');
		await row.focus();
		await page.keyboard.press('Enter');
		await expect.poll(() => page.locator('[data-testid=unit-name]').textContent()).toBe('Xã Đạ Oai');
		await page.locator('[data-testid=edit-unit]').click();
		const title = page.locator('[data-testid=unit-editor-title]');
		expect(await title.textContent()).toContain('Xã Đạ Oai');
		// In view, and the first field has the focus.
		await expect
			.poll(() => title.evaluate((el) => el.getBoundingClientRect().top >= 0 && el.getBoundingClientRect().top < 768))
			.toBe(true);
		expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name)).toBe('population');
	});

	it('reads "4.000" as four thousand and says the verdict moved from 2023–2025 to 2026–2030 (items 7, 8)', async () => {
		const pop = page.locator('[data-testid=unit-editor] input[name=population]');
		expect(await pop.inputValue()).toBe('3.065');
		await pop.fill('ba nghìn');
		await page.locator('[data-testid=save-unit]').click();
		expect(await page.locator('[data-testid=unit-editor] .err').first().textContent()).toContain(
			'dấu phẩy trước phần thập phân'
		);
		await pop.fill('4.000');
		await page.locator('[data-testid=save-unit]').click();
		const notice = page.locator('[data-testid=verdict-change]');
		await expect.poll(() => notice.count(), { timeout: 15_000 }).toBe(1);
		const text = await notice.innerText();
		expect(text).toContain('Xã Đạ Oai — Huyện Đạ Huoai: 2023–2025 → 2026–2030');
		expect(text).toMatch(/Điều 1/);
		await screenshot(page, '61-panels-verdict-change-1366');
	});

	it("records an exemption with its reference letter; the unit's history shows who, when, before → after (item 5)", async () => {
		await page.locator('[data-testid=edit-unit]').click();
		await page.locator('[data-testid=exemption-code]').selectOption({ index: 1 });
		await page.locator('[data-testid=exemption-note]').fill('Xã có vị trí biệt lập, giao thông khó khăn');
		await page.locator('[data-testid=exemption-ref-number]').fill('123/UBND-NV');
		await page.locator('[data-testid=exemption-ref-date]').fill('31/02/2025');
		await page.locator('[data-testid=save-unit]').click();
		expect(await page.locator('[data-testid=unit-editor] .err').first().textContent()).toContain('31/12/2022');
		await page.locator('[data-testid=exemption-ref-date]').fill('15/03/2025');
		await page.locator('[data-testid=save-unit]').click();
		const record = page.locator('[data-testid=exemption-record]');
		await expect.poll(() => record.count(), { timeout: 15_000 }).toBe(1);
		await expect.poll(() => record.innerText()).toContain('Người ghi nhận');
		const r = await record.innerText();
		expect(r).toContain('số 123/UBND-NV');
		expect(r).toContain('ngày 15/03/2025');
		await page.locator('[data-testid=unit-history] summary').click();
		const rows = page.locator('[data-testid=unit-history-list-row]');
		await expect.poll(() => rows.count()).toBeGreaterThanOrEqual(4);
		const history = await page.locator('[data-testid=unit-history-list]').innerText();
		expect(history).toContain('Lý do không sắp xếp');
		expect(history).toContain('Ngày văn bản đề nghị không sắp xếp');
		expect(history).toContain('15/03/2025');
		expect(history).toMatch(/Dân số\s+3\.065 → 4\.000/);
		expect(history).toMatch(/\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}/);
		await page.locator('[data-testid=unit-history]').scrollIntoViewIfNeeded();
		await screenshot(page, '62-panels-history-1366');
		await page.setViewportSize({ width: 1920, height: 1080 });
		await page.locator('[data-testid=unit-history]').scrollIntoViewIfNeeded();
		await screenshot(page, '63-panels-history-1920');
	});

	it('adds a unit to a group from the keyboard alone, named with its district (items 4, 9)', async () => {
		await page.setViewportSize({ width: 1366, height: 768 });
		await page.goto(`${server.url}/datasets/${id}/scenarios`);
		await page.locator('[data-testid=create-scenario] input[name=name]').fill('Phương án bàn phím');
		await page.locator('[data-testid=create-scenario] button').click();
		await page.waitForURL(/\/scenarios\/\d+$/);
		await waitForMapIdle(page);
		const left = await page.locator('[data-testid=mandatory-left]').innerText();
		expect(left).toMatch(/ — (Huyện|TP) /);
		const search = page.locator('[data-testid=add-unit-search]');
		await search.focus();
		await page.keyboard.type('Phường 1');
		await expect
			.poll(() => page.locator('[data-testid=add-unit-results]').innerText())
			.toContain('Phường 1 — TP Đà Lạt');
		// Pick "Phường 1 — TP Bảo Lộc" with the arrows, Enter starts a group with it.
		const items = await page.locator('[data-testid=add-unit-results] li').allInnerTexts();
		const target = items.findIndex((t) => t.startsWith('Phường 1 — TP Bảo Lộc'));
		expect(target).toBeGreaterThanOrEqual(0);
		for (let i = 0; i < target; i++) await page.keyboard.press('ArrowDown');
		await page.keyboard.press('Enter');
		await expect.poll(() => page.locator('[data-testid=group-panel]').count()).toBe(1);
		// Then Phường 2 of Bảo Lộc joins the selected group: search → Enter.
		await page.keyboard.type('Phường 2');
		await expect.poll(() => page.locator('[data-testid=add-unit-results]').innerText()).toContain('TP Bảo Lộc');
		const items2 = await page.locator('[data-testid=add-unit-results] li').allInnerTexts();
		const t2 = items2.findIndex((t) => t.startsWith('Phường 2 — TP Bảo Lộc'));
		for (let i = 0; i < t2; i++) await page.keyboard.press('ArrowDown');
		await page.keyboard.press('Enter');
		const members = page.locator('[data-testid=group-panel] table.members tbody tr');
		await expect.poll(() => members.count()).toBe(2);
		const m = await page.locator('[data-testid=group-panel] table.members').innerText();
		expect(m).toContain('Phường 1 — TP Bảo Lộc');
		expect(m).toContain('Phường 2 — TP Bảo Lộc');
		expect(await page.locator('[data-testid=groups]').innerText()).toContain('— TP Bảo Lộc');
		await expect.poll(() => page.locator('[data-testid=save-state]').textContent(), { timeout: 15_000 }).toBe('Đã lưu');
		await screenshot(page, '64-panels-keyboard-group-1366');
	});

	it("shows the scenario's history in words, without group ids (item 5, 6)", async () => {
		await page.locator('[data-testid=scenario-history] summary').click();
		const list = page.locator('[data-testid=scenario-history-list]');
		await expect.poll(() => list.count(), { timeout: 10_000 }).toBe(1);
		const text = await list.innerText();
		expect(text).toContain('Tạo phương án');
		expect(text).toContain('Phường 1 — TP Bảo Lộc');
		expect(text).not.toMatch(/\bg\d+\b/);
		await page.setViewportSize({ width: 1920, height: 1080 });
		await page.locator('[data-testid=scenario-history]').scrollIntoViewIfNeeded();
		await screenshot(page, '65-panels-scenario-history-1920');
	});

	it('keeps a unit in the scenario with the letter that asked for it; the history names the letter and the person (item 5)', async () => {
		await page.setViewportSize({ width: 1366, height: 768 });
		const row = page.locator('[data-testid=mandatory-left] li', { hasText: 'Xã Triệu Hải' });
		await row.getByRole('button', { name: 'Giữ nguyên…' }).click();
		await row.locator('textarea').fill('Xã có vị trí biệt lập, giao thông khó khăn');
		await row.locator('[data-testid=exempt-ref-number]').fill('45/UBND-NV');
		await row.locator('[data-testid=exempt-ref-date]').fill('31/02/2025');
		// not a date: said so, and nothing can be recorded
		await expect.poll(() => row.locator('[data-testid=exempt-ref-error]').textContent()).toContain('ngày/tháng/năm');
		expect(await row.getByRole('button', { name: 'Ghi nhận' }).isDisabled()).toBe(true);
		await row.locator('[data-testid=exempt-ref-date]').fill('20/03/2025');
		await row.getByRole('button', { name: 'Ghi nhận' }).click();
		const ref = page
			.locator('[data-testid=exemptions] li', { hasText: 'Xã Triệu Hải' })
			.locator('[data-testid=exemption-ref]');
		await expect.poll(() => ref.textContent()).toBe('(văn bản số 45/UBND-NV ngày 20/03/2025)');
		await expect.poll(() => page.locator('[data-testid=save-state]').textContent(), { timeout: 15_000 }).toBe('Đã lưu');
		// the history (read again after the save) names the letter and the person by their name, not the login
		const list = page.locator('[data-testid=scenario-history-list]');
		await expect.poll(() => list.innerText(), { timeout: 10_000 }).toContain('văn bản số 45/UBND-NV ngày 20/03/2025');
		const text = await list.innerText();
		expect(text).toContain('Thử admin');
		expect(text).not.toContain(ROLE_LOGIN.admin + ' ');
		await ref.scrollIntoViewIfNeeded();
		await screenshot(page, '67-panels-scenario-exemption-letter-1366');
	});

	it('names the source of a corrected staffing assumption as the administrator entered it (item 6)', async () => {
		const scenarioUrl = page.url();
		await page.goto(`${server.url}/standards?rules=staffing`);
		await page.locator('[data-testid="edit-staffing.money.base_salary"]').click();
		const form = page.locator('form[action*="override"]');
		await form.locator('input[name=value]').fill('2530000');
		const source = 'Quyết định số 12/2025/QĐ-UBND ngày 01/07/2025 của UBND tỉnh';
		await form.locator('input[name=reason]').fill(source);
		await form.locator('button[type=submit]').click();
		await expect
			.poll(() => page.locator('tr[data-key="staffing.money.base_salary"]').innerText())
			.toContain('đã điều chỉnh');
		await page.goto(`${scenarioUrl}/staffing`);
		const box = page.locator('[data-testid=staffing-corrections]');
		await expect.poll(() => box.count()).toBe(1);
		expect(await box.locator('[data-testid=correction-source]').textContent()).toBe(source);
		const text = await box.innerText();
		expect(text).toContain('Mức lương cơ sở');
		expect(text).toContain('2.530.000');
		expect(text).toContain('2.340.000');
		expect(text).toContain('Thử admin');
		await box.scrollIntoViewIfNeeded();
		await screenshot(page, '68-staffing-correction-source-1366');
	});
});
