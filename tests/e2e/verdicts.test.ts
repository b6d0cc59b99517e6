import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { importDataset } from '../../src/lib/server/import';
import { listUnits } from '../../src/lib/server/db/unit.repository';
import { openMigrated } from '../../src/lib/server/db/database';
import type { UnitView } from '../../src/lib/domain/units';
import { lamDongFiles } from '../helpers/db';
import { type BrowserSession, type RunningServer, openSession, project, screenshot, waitForMapIdle } from './harness';
import { ROLE_LOGIN } from '../helpers/auth';

/** RGB of the map canvas at a screen point. */
async function pixelAt(page: Page, x: number, y: number): Promise<[number, number, number]> {
	return page.evaluate(
		([px, py]) => {
			const c = document.querySelector('[data-testid=map] canvas') as HTMLCanvasElement;
			const r = c.getBoundingClientRect();
			const off = document.createElement('canvas');
			off.width = c.width;
			off.height = c.height;
			const ctx = off.getContext('2d')!;
			ctx.drawImage(c, 0, 0);
			const k = c.width / r.width;
			const d = ctx.getImageData(Math.round((px - r.left) * k), Math.round((py - r.top) * k), 1, 1).data;
			return [d[0], d[1], d[2]] as [number, number, number];
		},
		[x, y]
	);
}

describe('verdicts of NQ 35 on the Lâm Đồng map', () => {
	let s: BrowserSession;
	let server: RunningServer;
	let page: Page;
	let id: number;
	let units: UnitView[];
	const url = (q = '') => `${server.url}/datasets/${id}${q}`;

	beforeAll(async () => {
		s = await openSession(async (db) => {
			id = (await importDataset(db, lamDongFiles(), { name: 'Lâm Đồng 2023', createdBy: 'test' })).datasetId;
			units = await listUnits(db, id);
		});
		({ server, page } = s);
	});
	afterAll(async () => s?.close());

	it('colours units by verdict, with a legend that counts them', async () => {
		await page.goto(url());
		await waitForMapIdle(page);
		const legend = await page.locator('[data-testid=legend]').textContent();
		expect(legend).toContain('Thuộc diện sắp xếp giai đoạn 2023–2025 (6)');
		expect(legend).toContain('Thuộc diện sắp xếp giai đoạn 2026–2030 (16)');
		// Xã Đạ Oai (25111) is subject in 2023–2025: its fill is the red of that status (#d7301f, drawn at 0.75 opacity).
		const daOai = units.find((u) => u.code === '25111')!;
		const p = await project(page, daOai.label!);
		const [r, g, b] = await pixelAt(page, p.x, p.y);
		expect(r).toBeGreaterThan(190);
		expect(g).toBeLessThan(110);
		expect(b).toBeLessThan(110);
		await screenshot(page, '10-verdict-map');
	});

	it('lists subject units, sorts them and zooms to one with its verdict, bars and clause', async () => {
		await page.goto(url());
		await waitForMapIdle(page);
		const list = page.locator('[data-testid=subject-list]');
		expect(await list.locator('tbody tr').count()).toBe(22);
		await page.locator('[data-testid=sort-area]').click();
		const firstCode = await list.locator('tbody tr').first().getAttribute('data-code');
		expect(firstCode).toBe('24946'); // Xã Quảng Lập: 19.26 % of the area standard, the smallest
		await list.locator('tbody tr[data-code="25111"]').click();
		await expect.poll(() => page.locator('[data-testid=unit-name]').textContent()).toBe('Xã Đạ Oai');
		expect(await page.locator('[data-testid=verdict-status]').textContent()).toBe(
			'Thuộc diện sắp xếp giai đoạn 2023–2025'
		);
		// NQ 35's criteria are in Article 1 (clause 2 for 2023–2025), not Article 2 (issue 9).
		expect((await page.locator('[data-testid=verdict-clause]').textContent())?.trim()).toBe(
			'Điểm a khoản 2 Điều 1 Nghị quyết số 35/2023/UBTVQH15'
		);
		expect(await page.locator('[data-testid=ratio-area]').textContent()).toContain('46,54%');
		expect(await page.locator('[data-testid=ratio-population]').textContent()).toContain('61,3%');
		expect(await page.locator('[data-testid=standards]').textContent()).toContain('5.000');
		await waitForMapIdle(page);
		await screenshot(page, '11-verdict-panel');
	});

	it('an edited population changes the verdict at once and is logged', async () => {
		await page.goto(url('?unit=25111'));
		await expect.poll(() => page.locator('[data-testid=unit-name]').textContent()).toBe('Xã Đạ Oai');
		await page.locator('[data-testid=edit-unit]').click();
		await page.locator('[data-testid=unit-editor] input[name=population]').fill('4.000');
		await page.locator('[data-testid=unit-editor] input[name=populationDate]').fill('2022-12-31');
		await page.locator('[data-testid=save-unit]').click();
		// 4,000 / 5,000 = 80 %: no longer below 70 %, still below 100 % → 2026–2030.
		await expect
			.poll(() => page.locator('[data-testid=verdict-status]').textContent())
			.toBe('Thuộc diện sắp xếp giai đoạn 2026–2030');
		expect(await page.locator('[data-testid=legend]').textContent()).toContain('giai đoạn 2023–2025 (5)');
		const hist = await (await fetch(`${server.url}/api/datasets/${id}/units/25111`)).json();
		const row = hist.history.find((h: { field: string }) => h.field === 'population');
		expect(row).toMatchObject({ who: ROLE_LOGIN.admin, before: '3065', after: '4000' });
		// Still there after a reload.
		await page.reload();
		await expect
			.poll(() => page.locator('[data-testid=verdict-status]').textContent())
			.toBe('Thuộc diện sắp xếp giai đoạn 2026–2030');
	});

	it('a recorded exemption (reason + justification) shows as not required', async () => {
		await page.goto(url('?unit=24946'));
		await expect.poll(() => page.locator('[data-testid=unit-name]').textContent()).toBe('Xã Quảng Lập');
		await page.locator('[data-testid=edit-unit]').click();
		const select = page.locator('[data-testid=exemption-code]');
		const firstReason = await select.locator('option').nth(1).getAttribute('value');
		await select.selectOption(firstReason!);
		await page.locator('[data-testid=save-unit]').click();
		// No justification: refused with a precise message.
		await expect.poll(() => page.locator('[data-testid=unit-editor]').textContent()).toContain('cần ghi giải trình');
		await page.locator('[data-testid=exemption-note]').fill('Xã nằm biệt lập, giao thông cách trở (ví dụ thử nghiệm).');
		await page.locator('[data-testid=save-unit]').click();
		await expect.poll(() => page.locator('[data-testid=verdict-status]').textContent()).toBe('Không bắt buộc sắp xếp');
		expect(await page.locator('[data-testid=verdict]').textContent()).toContain('ví dụ thử nghiệm');
		await screenshot(page, '12-exemption');
	});

	it('correcting a value on the standards page changes a verdict; returning it restores the verdict', async () => {
		// Phường 2 (Đà Lạt): 23 % of the area standard, 226 % of the population standard → 2026–2030 by a < 30 % & p < 300 % (to verify).
		await page.goto(url('?unit=24781'));
		await expect
			.poll(() => page.locator('[data-testid=verdict-status]').textContent())
			.toBe('Thuộc diện sắp xếp giai đoạn 2026–2030');
		await page.goto(`${server.url}/standards`);
		const key = 'criterion.2026_2030.a30_p300.area_below';
		const row = page.locator(`tr[data-key="${key}"]`);
		expect(await row.textContent()).toContain('cần xác minh');
		await page.locator(`[data-testid="edit-${key}"]`).click();
		await row.locator('input[name=value]').fill('20');
		await row.locator('input[name=reason]').fill('Thử: đối chiếu văn bản gốc');
		await row.locator('button[type=submit]').click();
		await expect.poll(() => row.textContent()).toContain('đã điều chỉnh');
		await screenshot(page, '13-standards-override');
		await page.goto(url('?unit=24781'));
		await expect
			.poll(() => page.locator('[data-testid=verdict-status]').textContent())
			.toBe('Không thuộc diện sắp xếp');
		await page.goto(`${server.url}/standards`);
		await page.locator(`tr[data-key="${key}"] form[action*=revoke] button`).click();
		await expect.poll(() => page.locator(`tr[data-key="${key}"]`).textContent()).not.toContain('đã điều chỉnh');
		await page.goto(url('?unit=24781'));
		await expect
			.poll(() => page.locator('[data-testid=verdict-status]').textContent())
			.toBe('Thuộc diện sắp xếp giai đoạn 2026–2030');
		// The audit trail has both changes.
		const db = await openMigrated(s.dbPath);
		const audit = await db.selectFrom('audit_log').selectAll().where('entity', '=', 'rule_override').execute();
		await db.destroy();
		expect(audit.map((a) => a.action)).toEqual(['update', 'delete']);
	});

	it('area-difference flag in the unit panel reads the rule set threshold (override 5% → 20%), not its own 0.05', async () => {
		// Xã Quảng Trị (25138): computed 64.22 km² vs official 54.36 km², +18.1%.
		await page.goto(url('?unit=25138'));
		await expect.poll(() => page.locator('[data-testid=area-diff]').textContent()).toContain('lệch quá 5%');
		await page.goto(`${server.url}/standards`);
		const key = 'data.area_difference_warn';
		const row = page.locator(`tr[data-key="${key}"]`);
		await page.locator(`[data-testid="edit-${key}"]`).click();
		await row.locator('input[name=value]').fill('20');
		await row.locator('input[name=reason]').fill('Thử ngưỡng (ví dụ thử nghiệm)');
		await row.locator('button[type=submit]').click();
		await expect.poll(() => row.textContent()).toContain('đã điều chỉnh');
		await page.goto(url('?unit=25138'));
		await expect.poll(() => page.locator('[data-testid=unit-name]').textContent()).toBe('Xã Quảng Trị');
		expect(await page.locator('[data-testid=area-diff]').textContent()).not.toContain('lệch quá');
		expect(await page.locator('[data-testid=verdict-warnings]').count()).toBe(0);
		await page.goto(`${server.url}/standards`);
		await page.locator(`tr[data-key="${key}"] form[action*=revoke] button`).click();
		await expect.poll(() => page.locator(`tr[data-key="${key}"]`).textContent()).not.toContain('đã điều chỉnh');
	});

	it('switches to the NQ 76/2025 rule set and back; the switch says which period each set governs', async () => {
		await page.goto(url());
		await waitForMapIdle(page);
		const options = await page.locator('[data-testid=rule-set] option').allTextContents();
		expect(options).toEqual([
			'NQ 35/2023/UBTVQH15 — Giai đoạn 2023–2025 (số liệu đến 31/12/2022) và giai đoạn 2026–2030 (đã dừng từ tháng 3/2025); bộ dữ liệu có cấp huyện',
			'NQ 76/2025/UBTVQH15 — Đợt sắp xếp năm 2025 (số liệu đến 31/12/2024): chỉ sắp xếp cấp xã, không tổ chức cấp huyện từ 01/7/2025',
			'NQ 112/2025/UBTVQH15 — Từ năm 2026: bộ dữ liệu hai cấp (tỉnh → xã, phường; không có cấp huyện)'
		]);
		await page.locator('[data-testid=rule-set]').selectOption('nq76-2025');
		await expect.poll(() => page.locator('[data-testid=subject-list] h3').textContent()).toContain('(0)');
		expect(page.url()).toContain('rules=nq76-2025');
		await page.locator('[data-testid=rule-set]').selectOption('nq35-2023');
		await expect.poll(() => page.locator('[data-testid=subject-list] h3').textContent()).toMatch(/\(2\d\)/);
	});

	it('§8 under NQ 112/2025 a commune is shown against the standards (meets both / one / none), said so', async () => {
		// Xã Đạ Oai: 3,065 persons and 23.27 km² against the mountainous commune standard 5,000 / 100 km² (verify).
		await page.goto(url('?unit=25111&rules=nq112-2025'));
		await expect.poll(() => page.locator('[data-testid=unit-name]').textContent()).toBe('Xã Đạ Oai');
		expect(await page.locator('[data-testid=verdict-meets]').textContent()).toBe(
			'Chưa đạt tiêu chuẩn diện tích tự nhiên và quy mô dân số'
		);
		const text = await page.locator('[data-testid=verdict]').textContent();
		expect(text).toContain('không quy định tiêu chí xác định từng đơn vị thuộc diện sắp xếp');
		expect(text).toContain('Nghị quyết số 112/2025/UBTVQH15');
		expect(await page.locator('[data-testid=ratio-area]').textContent()).toContain('23,27%');
		await waitForMapIdle(page);
		await screenshot(page, '15-nq112-verdict');
	});

	it('shows the data-quality report, downloads it as CSV and records a manual adjacency edge', async () => {
		await page.goto(`${server.url}/datasets/${id}/quality`);
		const table = page.locator('[data-testid=quality-table]');
		expect(await table.textContent()).toContain('Xã Quảng Trị'); // computed 64.22 vs official 54.36 km²: +18 %
		expect(await table.locator('tbody tr').count()).toBeGreaterThan(50);
		await screenshot(page, '14-quality');
		const bytes = new Uint8Array(await (await fetch(`${server.url}/api/datasets/${id}/quality.csv`)).arrayBuffer());
		expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // UTF-8 BOM: Excel reads the Vietnamese right
		const csv = new TextDecoder().decode(bytes);
		expect(csv).toContain('"25138"');
		await page.locator('[data-testid=manual-adjacency] summary').click();
		const f = page.locator('[data-testid=manual-adjacency] form');
		await f.locator('input[name=a]').fill('24769');
		await f.locator('input[name=b]').fill('25183');
		await f.locator('input[name=reason]').fill('Tuyến phà (ví dụ thử nghiệm)');
		await f.locator('button').click();
		await expect.poll(() => page.locator('[data-testid=manual-adjacency] ul').textContent()).toContain('Tuyến phà');
		const adj = await (await fetch(`${server.url}/api/datasets/${id}/adjacency`)).json();
		expect(adj.commune.find((e: { a: string; b: string }) => e.a === '24769' && e.b === '25183')).toMatchObject({
			source: 'manual_add'
		});
	});

	it('lists the staffing settings with their decrees, correctable like the standards', async () => {
		await page.goto(`${server.url}/standards?rules=staffing`);
		expect(await page.locator('[data-testid=value-set-title]').textContent()).toContain('Nghị định 33/2023');
		expect(await page.locator('tr[data-key="staffing.quota.phuong.I"]').textContent()).toContain('23');
		expect(await page.locator('tr[data-key="staffing.quota.phuong.I"]').textContent()).toContain(
			'Nghị định số 33/2023/NĐ-CP'
		);
	});
});
