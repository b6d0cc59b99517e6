import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { importAttributes, importDataset } from '../../src/lib/server/import';
import { createScenario } from '../../src/lib/server/db/scenario.repository';
import { blankGroup } from '../../src/lib/domain/scenario';
import { lamDongFiles } from '../helpers/db';
import { type BrowserSession, type RunningServer, openSession, screenshot, waitForMapIdle } from './harness';

describe('the staffing tab of a Lâm Đồng scenario', () => {
	let s: BrowserSession;
	let server: RunningServer;
	let page: Page;
	let ds: number;
	let sid: number;

	beforeAll(async () => {
		s = await openSession(async (db) => {
			ds = (await importDataset(db, lamDongFiles(), { createdBy: 'test' })).datasetId;
			// Actual counts for the two members of the first group; the third group's members stay on quotas.
			await importAttributes(
				db,
				ds,
				{
					name: 'staff.csv',
					data: 'code,commune_class,staff_actual,nonprofessional_actual,leaders,offices\n25111,III,17,9,2,1\n25108,III,16,9,2,1\n'
				},
				'test'
			);
			const group = (id: string, members: string[]) => ({
				...blankGroup(id, 'commune', members),
				phase: '2023-2025' as const
			});
			const content = { groups: [group('g1', ['25111', '25108']), group('g2', ['24946', '24955'])], exemptions: [] };
			sid = (await createScenario(db, { datasetId: ds, name: 'Phương án biên chế', content, who: 'test' })).id;
		});
		({ server, page } = s);
	});
	afterAll(async () => s?.close());

	it('shows totals with their sources, the charts, and a plan that meets the deadline once entered', async () => {
		await page.goto(`${server.url}/datasets/${ds}/scenarios/${sid}/staffing`);
		const totals = page.locator('[data-testid=staffing-totals]');
		expect(await totals.textContent()).toContain('đơn vị chưa nhập số thực tế'); // g2's members come from quotas, and say so
		const groups = page.locator('[data-testid=staffing-group]');
		expect(await groups.count()).toBe(2);
		expect(await groups.first().textContent()).toContain('số liệu thực tế');
		expect(await groups.nth(1).textContent()).toContain('theo số lượng quy định');
		// g1: 33 staff before, quota 18 after → 15 surplus (see tests/integration/staffing-cli.test.ts for the hand computation).
		expect(await groups.first().textContent()).toContain('Dôi dư so với định mức Nghị định 33/2023/NĐ-CP: 15');
		expect(await groups.first().textContent()).toContain('tăng thêm tính theo tiêu chuẩn chung (Nghị định 33/2023)');
		expect(await page.locator('[data-testid=bar-chart] rect').count()).toBe(2);
		expect(await page.locator('[data-testid=line-chart] circle').count()).toBe(6);
		// No plan entered: the deadline is missed, and said so.
		expect(await page.locator('[data-testid=deadline]').textContent()).toBe('Chưa đạt');
		await page.locator('[data-testid=effective-date]').fill('2025-01-01');
		await page.locator('[data-testid=effective-date]').dispatchEvent('change');
		const plan: Record<string, number[]> = {
			retirements: [2, 2, 1, 1, 1],
			transfers: [3, 2, 1, 0, 0],
			leaves: [2, 0, 0, 0, 0]
		};
		for (const [k, values] of Object.entries(plan)) {
			for (const [i, v] of values.entries()) {
				const input = page.locator(`[data-testid="${k}-g1-${i}"]`);
				await input.fill(String(v));
				await input.dispatchEvent('change');
			}
		}
		await page.locator('[data-testid=save-staffing]').click();
		await expect.poll(() => groups.first().locator('[data-testid=plan-missed]').count()).toBe(0);
		expect(await groups.first().textContent()).toContain('01/01/2030');
		await screenshot(page, '40-staffing-tab');
		await page.reload();
		expect(await page.locator('[data-testid="retirements-g1-0"]').inputValue()).toBe('2');
	});

	it('the group panel on the scenario map shows the group surplus against the Decree 33 norm', async () => {
		await page.goto(`${server.url}/datasets/${ds}/scenarios/${sid}`);
		await waitForMapIdle(page);
		await page.locator('[data-testid=groups] li button').first().click();
		await expect
			.poll(() => page.locator('[data-testid=group-surplus]').textContent())
			.toContain('dôi dư so với định mức Nghị định 33/2023/NĐ-CP: 15');
		expect(await page.locator('[data-testid=group-increment-basis]').textContent()).toContain(
			'tăng thêm tính theo tiêu chuẩn chung (Nghị định 33/2023)'
		);
	});

	it('one truth (issue 9): a class entered on the staffing tab changes the surplus on the map panel too', async () => {
		await page.goto(`${server.url}/datasets/${ds}/scenarios/${sid}/staffing`);
		await page.locator('[data-testid=new-class-g1]').selectOption('I');
		await page.locator('[data-testid=save-staffing]').click();
		// Class I xã: quota 22 (Decree 33 Art. 6.1.b), 33 − 22 = 11.
		const tabValue = page.locator('[data-testid=staffing-group]').first().locator('[data-testid=group-surplus-value]');
		await expect.poll(() => tabValue.textContent()).toBe('11');
		await page.goto(`${server.url}/datasets/${ds}/scenarios/${sid}`);
		await waitForMapIdle(page);
		await page.locator('[data-testid=groups] li button').first().click();
		await expect.poll(() => page.locator('[data-testid=group-surplus-value]').textContent()).toBe('11');
		await screenshot(page, '41-group-panel-surplus');
	});
});
