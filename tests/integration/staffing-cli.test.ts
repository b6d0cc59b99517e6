import { execFile } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importAttributes, importDataset } from '../../src/lib/server/import';
import { createScenario } from '../../src/lib/server/db/scenario.repository';
import { lamDongFiles, tempDb } from '../helpers/db';

const run = promisify(execFile);

/**
 * A worked example a reader can check by hand (Decree 33/2023 quotas; NQ 35 Art. 11.3 deadline):
 * Lâm Đồng, Xã Đạ Oai (25111) + Xã Đạ Tồn (25108), both mountainous xã, class III.
 *   population 3,065 + 1,245 = 4,310 < 5,000 standard → no population increment;
 *   area (official) 23.27 + 45.12 = 68.39 km²; above the 50 km² standard by 18.39 < one full 50 → no area increment.
 *   Quota of the new xã (class III, highest of the members) = 18 cadres and civil servants, 10 non-professional.
 *   Staff before (entered): 17 + 16 = 33 cadres and civil servants; 9 + 9 = 18 non-professional.
 *   Surplus = 33 − 18 = 15; non-professional surplus = 18 − 10 = 8.
 *   Leaders: 2 posts each (entered) = 4 before, 2 after → 2 lose their post. Offices 1 + 1 = 2 → 1.
 *   Plan from 2025-01-01 (deadline 2030-01-01): retirements 2,2,1,1,1; transfers 3,2,1,0,0; leaves 2,0,0,0,0
 *     headcount 33 → 26 → 22 → 20 → 19 → 18: the surplus is gone in year 5, within the deadline.
 *   Annual saving = 15 × 100,000,000 + 8 × 12 × 1.5 × 2,340,000 = 1,500,000,000 + 336,960,000 = 1,836,960,000 VND.
 *   One-off cost: 2 resignations in year 1 (Decree 178/2024, within 12 months of the arrangement, 10 years'
 *     service, 120 months to retirement counted as 60): 0.8 × 60 + 1.5 × 10 + 3 = 66 months × 7,020,000
 *     = 463,320,000 VND each → 926,640,000 VND.
 */
describe('npm run cli -- staffing: the worked example', () => {
	let t: Awaited<ReturnType<typeof tempDb>>;
	let sid: number;
	beforeAll(async () => {
		t = await tempDb();
		const ds = (await importDataset(t.db, lamDongFiles(), { createdBy: 'test' })).datasetId;
		await importAttributes(
			t.db,
			ds,
			{
				name: 'staff.csv',
				data: 'code,commune_class,staff_actual,nonprofessional_actual,leaders,offices\n25111,III,17,9,2,1\n25108,III,16,9,2,1\n'
			},
			'test'
		);
		const content = {
			groups: [
				{
					id: 'g1',
					level: 'commune' as const,
					members: ['25111', '25108'],
					name: null,
					kind: null,
					kindReason: null,
					keptCode: null,
					seatCode: '25111',
					phase: '2023-2025' as const,
					notes: '',
					locked: false
				}
			],
			exemptions: []
		};
		sid = (await createScenario(t.db, { datasetId: ds, name: 'Ví dụ biên chế', content, who: 'test' })).id;
		await t.db.destroy();
	});
	afterAll(() => rmSync(t.dir, { recursive: true, force: true }));

	it('prints the hand-computed figures', async () => {
		const inputs = join(t.dir, 'inputs.json');
		writeFileSync(
			inputs,
			JSON.stringify({
				effectiveDate: '2025-01-01',
				typicalLeave: { kind: 'resignation', serviceYears: 10, monthsToRetirement: 120 },
				groups: { g1: { retirements: [2, 2, 1, 1, 1], transfers: [3, 2, 1, 0, 0], leaves: [2, 0, 0, 0, 0] } }
			})
		);
		const r = await run(
			'node_modules/.bin/tsx',
			['src/cli/main.ts', 'staffing', String(sid), '--inputs', inputs, '--json'],
			{ env: { ...process.env, DATABASE_PATH: t.path } }
		);
		const out = JSON.parse(r.stdout);
		const g = out.groups[0];
		expect(g).toMatchObject({
			staff_before: 33,
			quota_after: 18,
			surplus: 15,
			nonprofessional_surplus: 8,
			leaders_affected: 2,
			offices_before: 2,
			offices_after: 1,
			annual_saving: 1_836_960_000,
			one_off_cost: 926_640_000,
			deadline: '2030-01-01',
			meets_deadline: true
		});
		expect(g.staff_before_source).toEqual([
			{ code: '25111', value: 17, source: 'actual' },
			{ code: '25108', value: 16, source: 'actual' }
		]);
		expect(g.plan.map((y: { headcount: number }) => y.headcount)).toEqual([26, 22, 20, 19, 18]);
		expect(out.total).toMatchObject({ surplus: 15, annual_saving: 1_836_960_000, meets_deadline: true });
	});

	it('flags a plan that misses the deadline, with the shortfall', async () => {
		const inputs = join(t.dir, 'late.json');
		writeFileSync(
			inputs,
			JSON.stringify({
				effectiveDate: '2025-01-01',
				typicalLeave: { kind: 'resignation', serviceYears: 10 },
				groups: { g1: { retirements: [1, 1, 1, 1, 1] } }
			})
		);
		const r = await run(
			'node_modules/.bin/tsx',
			['src/cli/main.ts', 'staffing', String(sid), '--inputs', inputs, '--json'],
			{ env: { ...process.env, DATABASE_PATH: t.path } }
		);
		const g = JSON.parse(r.stdout).groups[0];
		expect(g.meets_deadline).toBe(false);
		expect(g.shortfall).toBe(10);
	});

	it('estimates retirements from an age profile for the years where none are entered', async () => {
		const inputs = join(t.dir, 'ages.json');
		// Three men aged 60–62 on 2025-01-01: the retirement age for men is 61y3m in 2025 rising to 62 (Decree 135/2020),
		// so all three retire within the five years; nothing else is entered.
		writeFileSync(
			inputs,
			JSON.stringify({
				effectiveDate: '2025-01-01',
				typicalLeave: { kind: 'resignation', serviceYears: 10 },
				groups: { g1: { ageProfile: [{ fromAge: 60, toAge: 62, count: 3, sex: 'male' }] } }
			})
		);
		const r = await run(
			'node_modules/.bin/tsx',
			['src/cli/main.ts', 'staffing', String(sid), '--inputs', inputs, '--json'],
			{ env: { ...process.env, DATABASE_PATH: t.path } }
		);
		const g = JSON.parse(r.stdout).groups[0];
		const retired = g.plan.reduce((n: number, y: { retirements: number }) => n + y.retirements, 0);
		expect(retired).toBe(3);
		expect(g.plan.at(-1).headcount).toBe(30);
		expect(g.meets_deadline).toBe(false);
	});
});
