import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { importDataset } from '../../src/lib/server/import';
import { listUnits } from '../../src/lib/server/db/unit.repository';
import type { UnitView } from '../../src/lib/domain/units';
import { lamDongFiles } from '../helpers/db';
import { type BrowserSession, type RunningServer, openSession, project, screenshot, waitForMapIdle } from './harness';

describe('building a scenario on the Lâm Đồng map', () => {
	let s: BrowserSession;
	let server: RunningServer;
	let browser: BrowserSession['browser'];
	let page: Page;
	let id: number;
	let units: Map<string, UnitView>;
	let scenarioUrl: string;

	async function clickUnit(p: Page, code: string) {
		const pos = await project(p, units.get(code)!.label!);
		await p.mouse.click(pos.x, pos.y);
	}
	const saved = (p: Page) =>
		expect.poll(() => p.locator('[data-testid=save-state]').textContent(), { timeout: 15_000 }).toBe('Đã lưu');

	beforeAll(async () => {
		s = await openSession(async (db) => {
			id = (await importDataset(db, lamDongFiles(), { name: 'Lâm Đồng 2023', createdBy: 'test' })).datasetId;
			units = new Map((await listUnits(db, id)).map((u) => [u.code, u]));
		});
		({ server, page, browser } = s);
	});
	afterAll(async () => s?.close());

	it('creates a scenario from the scenarios tab', async () => {
		await page.goto(`${server.url}/datasets/${id}/scenarios`);
		await page.locator('[data-testid=create-scenario] input[name=name]').fill('Phương án 1');
		await page.locator('[data-testid=create-scenario] button').click();
		await page.waitForURL(/\/scenarios\/\d+$/);
		scenarioUrl = page.url();
		expect(await page.locator('[data-testid=scenario-name]').textContent()).toBe('Phương án 1');
		await waitForMapIdle(page);
		// Lâm Đồng has 9 units subject in 2023–2025 (3 districts, 6 communes): all left to do.
		expect(Number(await page.locator('[data-testid=mandatory-left-count]').textContent())).toBe(9);
		// Both phases: the 16 communes subject in 2026–2030 join the list.
		await page.locator('[data-testid=phase-scope]').selectOption('all');
		await expect.poll(() => page.locator('[data-testid=mandatory-left-count]').textContent()).toBe('25');
		await page.locator('[data-testid=phase-scope]').selectOption('first');
		await expect.poll(() => page.locator('[data-testid=mandatory-left-count]').textContent()).toBe('9');
	});

	it('clicks two adjacent communes into a group and sees its verdict at once', async () => {
		await clickUnit(page, '25111'); // Xã Đạ Oai: subject 2023–2025
		await expect.poll(() => page.locator('[data-testid=group-panel]').count()).toBe(1);
		await saved(page);
		await clickUnit(page, '25108'); // Xã Đạ Tồn, its neighbour
		await expect.poll(() => page.locator('[data-testid=group-panel] table.members tbody tr').count()).toBe(2);
		const panel = page.locator('[data-testid=group-panel]');
		expect(await panel.textContent()).toContain('Thuộc diện phải sắp xếp');
		expect(await panel.textContent()).toContain('Đơn vị liền kề');
		expect(await page.locator('[data-testid=group-contiguity]').textContent()).toContain('liền một dải');
		// Đạ Oai 23.27 + Đạ Tồn 45.12 km² (official) = 68.39 km² of 50: area met; 3,065 + 1,245 people of 5,000: not met.
		expect(await page.locator('[data-testid=group-verdict]').textContent()).toContain(
			'Đạt tiêu chuẩn diện tích tự nhiên, chưa đạt tiêu chuẩn quy mô dân số'
		);
		const ms = Number(await panel.getAttribute('data-feedback-ms'));
		console.log(`click → verdict feedback on Lâm Đồng: ${ms.toFixed(1)} ms`);
		expect(ms).toBeGreaterThan(0);
		expect(ms).toBeLessThan(1000); // the 50 ms target is reported above; this bound only catches a broken measurement
		// The totals follow once the verdict is painted (issue 14 item 6): polled, not read at once.
		await expect.poll(() => page.locator('[data-testid=mandatory-left-count]').textContent()).toBe('8');
		await saved(page);
		await screenshot(page, '20-scenario-group');
	});

	it('keeps the group across a reload, and undo / redo step through the saves', async () => {
		await page.reload();
		await waitForMapIdle(page);
		await expect.poll(() => page.locator('[data-testid=groups] li').count()).toBe(1);
		const version = Number(await page.locator('[data-testid=version]').textContent());
		await page.locator('[data-testid=groups] li button').first().click();
		expect(await page.locator('[data-testid=group-panel] table.members tbody tr').count()).toBe(2);
		await page.keyboard.press('Control+z');
		await expect.poll(() => page.locator('[data-testid=group-panel] table.members tbody tr').count()).toBe(1);
		expect(Number(await page.locator('[data-testid=version]').textContent())).toBe(version + 1);
		await page.locator('[data-testid=redo]').click();
		await expect.poll(() => page.locator('[data-testid=group-panel] table.members tbody tr').count()).toBe(2);
		await saved(page);
		await page.reload();
		await expect.poll(() => page.locator('[data-testid=groups] li').textContent()).toContain('(2)');
	});

	it('draws the dissolved new unit in the after view', async () => {
		await page.locator('[data-testid=view-after]').click();
		await expect
			.poll(() => page.evaluate(() => (window as any).sapxepMap.querySourceFeatures('overlay').length), {
				timeout: 20_000
			})
			.toBeGreaterThan(0);
		await page.locator('[data-testid=groups] li button').first().click();
		await expect.poll(() => page.locator('[data-testid=group-compactness]').textContent()).toMatch(/0,\d\d/);
		await waitForMapIdle(page);
		await screenshot(page, '21-scenario-after');
		await page.locator('[data-testid=view-before]').click();
	});

	it('a second tab editing the same version gets a conflict and loses nothing', async () => {
		const other = await browser.context.newPage();
		await other.goto(scenarioUrl);
		await waitForMapIdle(other);
		await waitForMapIdle(page);
		// Tab 2 saves first: a new group with Xã Quảng Lập.
		await clickUnit(other, '24946');
		await saved(other);
		// Tab 1 still holds the old version: its edit is refused with 409 and it is offered reload or a copy.
		await page.locator('[data-testid=groups] li button').first().click();
		await clickUnit(page, '25117');
		await expect.poll(() => page.locator('[data-testid=conflict]').count()).toBe(1);
		expect(await page.locator('[data-testid=conflict]').textContent()).toContain('Lưu thành bản sao');
		await screenshot(page, '22-scenario-conflict');
		// Save as a copy: a new scenario holds tab 1's edit; the original holds tab 2's.
		await page.locator('[data-testid=conflict] button.primary').click();
		await page.waitForURL((u) => u.toString() !== scenarioUrl);
		await waitForMapIdle(page);
		expect(await page.locator('[data-testid=groups]').textContent()).toContain('(3)');
		const orig = await (await fetch(`${server.url}/api/scenarios/${scenarioUrl.split('/').pop()}`)).json();
		const groups = (orig.scenario ?? orig).content.groups;
		expect(groups.map((g: { members: string[] }) => g.members.length).sort()).toEqual([1, 2]);
		await other.close();
	});

	it('issue 14 item 4: the page carries no unit in its HTML or data, fetches them, and says so in Vietnamese when it cannot', async () => {
		const sid = scenarioUrl.split('/').pop();
		const scenario = await (await fetch(`${server.url}/api/scenarios/${sid}`)).json();
		const members = new Set(
			(scenario.scenario ?? scenario).content.groups.flatMap((g: { members: string[] }) => g.members)
		);
		// Names of communes in no group: only the units list could carry them.
		const names = [...units.values()].filter((u) => u.level === 'commune' && !members.has(u.code)).map((u) => u.name);
		expect(names.length).toBeGreaterThan(100);
		for (const url of [
			scenarioUrl,
			`${scenarioUrl}/__data.json`,
			`${scenarioUrl}/after`,
			`${scenarioUrl}/after/__data.json`
		]) {
			const text = await (await fetch(url)).text();
			expect(text.length, url).toBeGreaterThan(500);
			for (const n of names) expect(text, `${url} carries ${n}`).not.toContain(`"${n}"`);
			// Nor the adjacency (the group's contiguity above came from the units endpoint's body).
			if (url.endsWith('__data.json')) expect(text, url).not.toContain('adjacency');
		}
		// The units come from the units endpoint; while it fails, the panels say so (and nothing else breaks).
		const p = await browser.context.newPage();
		await p.route('**/api/datasets/*/units', (r) => r.fulfill({ status: 503, body: 'down' }));
		await p.goto(scenarioUrl);
		await expect
			.poll(() => p.locator('[data-testid=units-loading]').textContent(), { timeout: 15_000 })
			.toContain('Không tải được danh sách đơn vị. Hãy tải lại trang.');
		await waitForMapIdle(p);
		await screenshot(p, '23-scenario-units-failed');
		await p.unroute('**/api/datasets/*/units');
		// Reloaded, the units arrive and the groups are listed again.
		await p.reload();
		await expect.poll(() => p.locator('[data-testid=groups]').count(), { timeout: 15_000 }).toBe(1);
		expect(await p.locator('[data-testid=units-loading]').count()).toBe(0);
		await p.close();
	});

	it('issue 14 item 6: the first click is rehearsed while the page is idle: a group panel built and removed before any click, nothing edited or saved', async () => {
		const p = await browser.context.newPage();
		// Every group panel the page puts in its document, counted from before the app's code runs.
		await p.addInitScript(() => {
			const w = window as unknown as { __panelsBuilt: number };
			w.__panelsBuilt = 0;
			const isPanel = (n: Node) =>
				n instanceof Element &&
				(n.matches('[data-testid=group-panel]') || !!n.querySelector('[data-testid=group-panel]'));
			new MutationObserver((records) => {
				for (const r of records) w.__panelsBuilt += [...r.addedNodes].filter(isPanel).length;
			}).observe(document, { subtree: true, childList: true });
		});
		const writes: string[] = [];
		p.on('request', (r) => void (r.method() !== 'GET' && writes.push(`${r.method()} ${r.url()}`)));
		const version = async () => {
			const j = await (await fetch(`${server.url}/api/scenarios/${scenarioUrl.split('/').pop()}`)).json();
			return (j.scenario ?? j).version as number;
		};
		const before = await version();
		await p.goto(scenarioUrl);
		await p.locator('aside[data-click-rehearsed]').waitFor({ state: 'attached', timeout: 30_000 });
		expect(await p.evaluate(() => (window as unknown as { __panelsBuilt: number }).__panelsBuilt)).toBeGreaterThan(0);
		// Out of sight and gone: no panel shown, the summary still there; nothing sent, no new version.
		expect(await p.locator('[data-testid=group-panel]').count()).toBe(0);
		expect(await p.locator('[data-testid=save-state]').textContent()).toBe('Đã lưu');
		expect(writes).toEqual([]);
		expect(await version()).toBe(before);
		await p.close();
	});
});
