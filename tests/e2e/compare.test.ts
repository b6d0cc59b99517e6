/**
 * Issue 11 items 4 and 5 in a real browser against the built server, on the real Lâm Đồng data: a reviewer signs in,
 * goes from "Chờ tôi thẩm định" to the scenario list, ticks the submitted scenario and an alternative, compares
 * them (the figures equal those on each scenario's own page; panning one map moves the other), then comments on one
 * unit from the map (marker ✎ on the map, resolve, reopen) and returns the scenario; the editor sees the unit's
 * comment among the open ones and opens a member's threads from the group panel.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { importDataset } from '../../src/lib/server/import';
import { listUnits } from '../../src/lib/server/db/unit.repository';
import { createScenario } from '../../src/lib/server/db/scenario.repository';
import { moveScenarioStatus } from '../../src/lib/server/services/review.service';
import type { UnitView } from '../../src/lib/domain/units';
import type { Role } from '../../src/lib/server/auth/roles';
import { blankGroup, type MergerGroup } from '../../src/lib/domain/scenario';
import { lamDongFiles } from '../helpers/db';
import { ROLE_LOGIN, TEST_PASSWORD } from '../helpers/auth';
import { type BrowserSession, type RunningServer, openSession, project, screenshot, waitForMapIdle } from './harness';

/** A change goes through the server and the page's reload: generous on a loaded 2-core machine. */
const WAIT = { timeout: 15_000 };

const group = (id: string, members: string[], o: Partial<MergerGroup> = {}): MergerGroup => ({
	...blankGroup(id, 'commune', members),
	...o
});

describe('the reviewer compares two Lâm Đồng scenarios and comments on a unit (issue 11 items 4, 5)', () => {
	let s: BrowserSession;
	let server: RunningServer;
	let page: Page;
	let id: number;
	let units: Map<string, UnitView>;
	const sid = { submitted: 0, alternative: 0 };

	/** Sign out and sign in again through the sign-in page as the test account of `role`. */
	async function signInAs(role: Role, shot?: string) {
		await s.browser.context.clearCookies();
		// Hydrated before typing: hydration sets the login field's value and would wipe what was typed before it
		// (seen under load: the sign-in went out without a login name).
		await page.goto(`${server.url}/login`, { waitUntil: 'networkidle' });
		await page.locator('[data-testid=login-form] input[name=login]').fill(ROLE_LOGIN[role]);
		await page.locator('[data-testid=login-form] input[name=password]').fill(TEST_PASSWORD);
		if (shot) await screenshot(page, shot);
		await page.locator('[data-testid=login-form] button[type=submit]').click();
		await page.waitForURL((u) => !u.pathname.startsWith('/login'));
	}

	/** Wait until every map of the compare page has drawn. */
	async function compareMapsIdle() {
		await page.waitForFunction(
			() => {
				const boxes = [...document.querySelectorAll('[data-testid=compare-mapbox]')];
				return (
					boxes.length >= 2 &&
					boxes.every((b) => b.querySelector('[data-testid=map]')?.getAttribute('data-idle')) &&
					!document.querySelector('[data-testid=compare-mapbox] [data-testid=map-loading]')
				);
			},
			undefined,
			{ timeout: 60_000, polling: 200 }
		);
		await page.waitForTimeout(500);
	}
	const metric = (key: string, i: number) =>
		page
			.locator(`[data-testid=compare-metrics] tr[data-metric="${key}"] td`)
			.nth(i + 1)
			.textContent();
	const view = (i: number) =>
		page
			.locator('[data-testid=compare-mapbox]')
			.nth(i)
			.evaluate((el) => ({
				center: (el.getAttribute('data-center') ?? '').split(',').map(Number),
				zoom: Number(el.getAttribute('data-zoom'))
			}));

	beforeAll(async () => {
		s = await openSession(
			async (db) => {
				id = (await importDataset(db, lamDongFiles(), { name: 'Lâm Đồng 2023', createdBy: 'test' })).datasetId;
				units = new Map((await listUnits(db, id)).map((u) => [u.code, u]));
				const make = async (name: string, groups: MergerGroup[]) =>
					(await createScenario(db, { datasetId: id, name, who: 'bien-tap', content: { groups, exemptions: [] } })).id;
				// Xã Đạ Oai + Xã Đạ Tồn, submitted; the alternative also takes in their neighbour 25117, under a new name.
				sid.submitted = await make('Phương án thẩm định', [group('g1', ['25111', '25108'])]);
				sid.alternative = await make('Phương án thay thế', [
					group('g1', ['25111', '25108', '25117'], { name: 'Xã Đạ Oai Mới', seatCode: '25108' })
				]);
				await moveScenarioStatus(db, { id: 'bien-tap', name: 'Biên tập', role: 'editor' }, sid.submitted, {
					to: 'submitted'
				});
			},
			{ signIn: null }
		);
		({ server, page } = s);
	});
	afterAll(async () => s?.close());

	it('the reviewer signs in and goes from "Chờ tôi thẩm định" to the comparison with a second scenario', async () => {
		await signInAs('reviewer', '70-login');
		await page.goto(`${server.url}/review`);
		await page.locator('[data-testid=compare-with]').first().click();
		await page.waitForURL(/\/scenarios\?compare=\d+$/);
		// the submitted scenario is ticked already; one is not enough
		expect(await page.locator(`[data-testid=compare-pick][data-id="${sid.submitted}"]`).isChecked()).toBe(true);
		expect(await page.locator('[data-testid=compare-go]').count()).toBe(0);
		// a reviewer reads and compares: no create, import, duplicate or delete buttons they could not use
		expect(await page.locator('[data-testid=create-scenario]').count()).toBe(0);
		expect(await page.locator('[data-testid=import-plan]').count()).toBe(0);
		expect(await page.getByRole('button', { name: /^(Nhân bản|Xoá…)$/ }).count()).toBe(0);
		await page.locator(`[data-testid=compare-pick][data-id="${sid.alternative}"]`).check();
		expect(await page.locator('[data-testid=compare-go]').textContent()).toBe('So sánh 2 phương án đã chọn');
		await screenshot(page, '70-scenarios-pick');
		await page.locator('[data-testid=compare-go]').click();
		await page.waitForURL(/\/compare\?s=/);
		expect(new URL(page.url()).searchParams.get('s')).toBe(`${sid.submitted},${sid.alternative}`);
		await compareMapsIdle();
		expect(await page.locator('[data-testid=compare-map] figcaption').first().textContent()).toContain(
			'Phương án thẩm định'
		);
		await screenshot(page, '71-compare');
		await page.locator('[data-testid=compare-metrics]').scrollIntoViewIfNeeded();
		await screenshot(page, '72-compare-tables');
	});

	it('the figures on the compare page are those on each scenario’s own page', async () => {
		const compared: Record<string, string | null>[] = [];
		for (const i of [0, 1])
			compared.push({
				communes: await metric('units.commune', i),
				residents: await metric('residents', i),
				left: await metric('mandatory.left', i)
			});
		// 142 communes: two merged into one → 141; three into one → 140 (the real data)
		expect(compared.map((c) => c.communes)).toEqual(['142 → 141', '142 → 140']);
		const groupsDiff = page.locator('[data-testid=compare-groups] tbody tr');
		expect(await groupsDiff.count()).toBe(2);
		expect(await groupsDiff.nth(0).textContent()).toContain('Chỉ có ở');
		for (const [i, scenarioId] of [sid.submitted, sid.alternative].entries()) {
			await page.goto(`${server.url}/datasets/${id}/scenarios/${scenarioId}`);
			await waitForMapIdle(page);
			const row = page.locator('[data-testid=units-after] tr.lvl').nth(1);
			const cells = await row.locator('td.num').allTextContents();
			expect(`${cells[0]} → ${cells[1]}`).toBe(compared[i].communes);
			expect(await page.locator('[data-testid=residents]').textContent()).toBe(compared[i].residents);
		}
	});

	it('panning one map moves the other with it', async () => {
		await page.goto(`${server.url}/datasets/${id}/compare?s=${sid.submitted},${sid.alternative}`);
		await compareMapsIdle();
		const before = await view(1);
		const box = (await page.locator('[data-testid=compare-mapbox]').first().boundingBox())!;
		await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
		await page.mouse.down();
		await page.mouse.move(box.x + box.width / 2 - 120, box.y + box.height / 2 + 60, { steps: 8 });
		await page.mouse.up();
		await page.waitForTimeout(800);
		const [a, b] = [await view(0), await view(1)];
		expect(a.center[0]).not.toBeCloseTo(before.center[0], 3);
		expect(b.center[0]).toBeCloseTo(a.center[0], 4);
		expect(b.center[1]).toBeCloseTo(a.center[1], 4);
		expect(b.zoom).toBeCloseTo(a.zoom, 2);
		// zooming the second map with the wheel: the first follows
		const box2 = (await page.locator('[data-testid=compare-mapbox]').nth(1).boundingBox())!;
		await page.mouse.move(box2.x + box2.width / 2, box2.y + box2.height / 2);
		await page.mouse.wheel(0, -400);
		await page.waitForTimeout(1200);
		const [a2, b2] = [await view(0), await view(1)];
		expect(b2.zoom).toBeGreaterThan(b.zoom);
		expect(a2.zoom).toBeCloseTo(b2.zoom, 2);
	});

	it('prints on A4 landscape: the maps fill the first page, the tables fit its width', async () => {
		// A4 landscape at 96 dpi less the 10 mm margins of the page's @page rule: 1047 × 718 px.
		await page.setViewportSize({ width: 1047, height: 718 });
		await page.emulateMedia({ media: 'print' });
		await compareMapsIdle();
		const maps = (await page.locator('[data-testid=compare-maps]').boundingBox())!;
		expect(maps.y + maps.height).toBeLessThanOrEqual(718);
		for (const t of ['compare-metrics', 'compare-groups']) {
			const b = (await page.locator(`[data-testid=${t}]`).boundingBox())!;
			expect(b.x + b.width, t).toBeLessThanOrEqual(1047);
		}
		expect(await page.locator('nav.tabs').isVisible()).toBe(false);
		expect(await page.locator('[data-testid=print]').isVisible()).toBe(false);
		await page.screenshot({ path: 'tests/e2e/screenshots/75-compare-print.png', fullPage: true });
		await page.emulateMedia({ media: 'screen' });
		await page.setViewportSize({ width: 1366, height: 768 });
	});

	it('the reviewer comments on one unit from the map: its panel, the ✎ marker, resolve and reopen; then returns', async () => {
		await page.goto(`${server.url}/datasets/${id}/scenarios/${sid.submitted}`);
		await waitForMapIdle(page);
		// a click on a unit opens its comments for a reviewer (it does not try to edit the submitted scenario)
		const pos = await project(page, units.get('25117')!.label!);
		await page.mouse.click(pos.x, pos.y);
		const panel = page.locator('[data-testid=unit-comments]');
		await expect.poll(() => panel.getAttribute('data-code'), WAIT).toBe('25117');
		expect(await panel.textContent()).toContain(units.get('25117')!.name);
		expect(await panel.textContent()).toContain('Không thuộc nhóm sáp nhập nào');
		await panel.locator('[data-testid=comment-input]').fill('Nên ghép thêm xã này vào nhóm Đạ Oai – Đạ Tồn.');
		await panel.locator('[data-testid=comment-send]').click();
		await expect.poll(() => panel.locator('[data-testid=thread]').count(), WAIT).toBe(1);
		// the marker: the unit's map label carries ✎1
		const labelOf = (code: string) =>
			page.evaluate((code) => {
				const m = (
					window as unknown as {
						sapxepMap: { querySourceFeatures(s: string): { properties: Record<string, unknown> }[] };
					}
				).sapxepMap;
				// Below zoom 9 the labels source holds only district names and communes with a comment mark: a commune
				// without a mark has no label feature there, which reads as '' (no mark).
				return m.querySourceFeatures('labels').find((f) => f.properties.code === code)?.properties.label ?? '';
			}, code);
		await expect.poll(() => labelOf('25117'), WAIT).toContain('✎1');
		// at the province view, where commune names are not drawn, the mark is drawn on its own
		await expect
			.poll(
				() =>
					page.evaluate(
						() =>
							(
								window as unknown as { sapxepMap: { queryRenderedFeatures(o: { layers: string[] }): unknown[] } }
							).sapxepMap.queryRenderedFeatures({ layers: ['commune-comment-mark'] }).length
					),
				WAIT
			)
			.toBe(1);
		await screenshot(page, '73-unit-comment');
		await panel.locator('[data-testid=resolve]').click();
		await expect.poll(() => panel.locator('[data-testid=thread]').textContent(), WAIT).toContain('Mở lại');
		await expect.poll(() => labelOf('25117'), WAIT).not.toContain('✎');
		await panel.locator('button', { hasText: 'Mở lại' }).click();
		await expect.poll(() => labelOf('25117'), WAIT).toContain('✎1');
		// a click on a member of a group shows the group and the unit's (empty) threads together
		const member = await project(page, units.get('25111')!.label!);
		await page.mouse.click(member.x, member.y);
		await expect.poll(() => panel.getAttribute('data-code'), WAIT).toBe('25111');
		expect(await page.locator('[data-testid=group-panel]').count()).toBe(1);
		expect(await panel.textContent()).toContain('Thuộc nhóm sáp nhập');
		await page.locator('[data-testid=move-returned]').click();
		await page.locator('[data-testid=return-reason]').fill('Xem bình luận về xã liền kề.');
		await page.locator('[data-testid=move-returned]').click();
		await expect.poll(() => page.locator('[data-testid=status]').textContent(), WAIT).toBe('trả lại');
	});

	it('the editor sees the unit’s open comment, named, in the returned scenario, and opens a member’s threads', async () => {
		await signInAs('editor');
		await page.goto(`${server.url}/datasets/${id}/scenarios/${sid.submitted}`);
		await waitForMapIdle(page);
		const returned = page.locator('[data-testid=returned]');
		await expect.poll(() => returned.textContent(), WAIT).toContain('Nên ghép thêm xã này vào nhóm Đạ Oai – Đạ Tồn.');
		expect(await returned.textContent()).toContain(`đơn vị ${units.get('25117')!.name}`);
		await screenshot(page, '74-returned-unit-comment');
		// "Xem trên bản đồ" opens the unit the comment is on
		await returned.locator('[data-testid=thread-show]').click();
		const panel = page.locator('[data-testid=unit-comments]');
		await expect.poll(() => panel.getAttribute('data-code'), WAIT).toBe('25117');
		expect(await panel.locator('[data-testid=thread]').textContent()).toContain('Nên ghép thêm xã này');
		await page.locator('[data-testid=groups] li button').first().click();
		await page.locator('[data-testid=member-comment]').first().click();
		await expect.poll(() => panel.getAttribute('data-code'), WAIT).toBe('25111');
		await panel.locator('[data-testid=comment-input]').fill('Trụ sở đặt tại Đạ Tồn.');
		await panel.locator('[data-testid=comment-send]').click();
		await expect.poll(() => panel.locator('[data-testid=thread]').count(), WAIT).toBe(1);
		await expect.poll(() => page.locator('[data-testid=member-comment]').first().textContent(), WAIT).toBe('✎ 1');
	});
});
