/**
 * Plan CSV import into the database (real SQLite, real migrations, the real Lâm Đồng import): a good plan becomes a
 * scenario; EACH bad input is refused with file, row and column, and the database is left exactly as it was.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/lib/server/db/database';
import { importDataset } from '../../src/lib/server/import';
import { planToCsv, PlanCsvError } from '../../src/lib/server/import/plan-csv';
import { importPlanScenario, replacePlanFromCsv } from '../../src/lib/server/services/scenario.service';
import { getScenario } from '../../src/lib/server/db/scenario.repository';
import { listUnits } from '../../src/lib/server/db/unit.repository';
import { lamDongFiles, tempDb } from '../helpers/db';

let t: Awaited<ReturnType<typeof tempDb>>;
let db: Db;
let datasetId: number;
const an = { id: 'an', name: 'an' };

/** Row counts of the tables a plan import could write. */
async function counts(): Promise<Record<string, number>> {
	const out: Record<string, number> = {};
	const s = db;
	for (const table of ['scenarios', 'scenario_versions', 'audit_log'] as const) {
		const r = await s
			.selectFrom(table)
			.select((e) => e.fn.countAll<number>().as('n'))
			.executeTakeFirstOrThrow();
		out[table] = Number(r.n);
	}
	return out;
}

const GOOD = [
	'group,code,new_name,seat_code,phase,kept_code',
	'H1,681,Huyện Đạ Huoai,682,2023-2025,681',
	'H1,682,,,,',
	'H1,683,,,,',
	'X1,25111,,,2023-2025,',
	'X1,25108,,,,'
].join('\n');

beforeAll(async () => {
	t = await tempDb();
	db = t.db;
	datasetId = (await importDataset(db, lamDongFiles(), { name: 'Lâm Đồng 2023', createdBy: 'test' })).datasetId;
});
afterAll(async () => t?.cleanup());

describe('a good plan', () => {
	it('becomes a scenario (version 1, op import), audited, and exports back to the same plan', async () => {
		const { scenario, warnings } = await importPlanScenario(db, an, datasetId, {
			name: 'nq1245.csv',
			data: Buffer.from('\ufeff' + GOOD)
		});
		expect(warnings).toEqual([]);
		expect(scenario).toMatchObject({
			name: 'Phương án từ nq1245.csv',
			version: 1,
			ruleSetId: 'nq35-2023',
			owner: 'an'
		});
		expect(scenario.content.groups.map((g) => [g.id, g.level, g.members, g.keptCode, g.seatCode])).toEqual([
			['H1', 'district', ['681', '682', '683'], '681', '682'],
			['X1', 'commune', ['25111', '25108'], null, null]
		]);
		const csv = planToCsv(scenario.content, await listUnits(db, datasetId));
		expect(csv.charCodeAt(0)).toBe(0xfeff);
		expect(csv).toContain('"H1","681","Huyện Đạ Huoai","district","Huyện Đạ Huoai","682","2023-2025","681"');
		const again = await importPlanScenario(db, an, datasetId, { name: 'back.csv', data: csv }, { name: 'Vòng lại' });
		expect(again.scenario.content).toEqual(scenario.content);
	});
});

describe('each bad input is refused and nothing is written', () => {
	const bad: [string, string, { code: string; row?: number; column?: string }][] = [
		['unknown code', `${GOOD}\nX1,25999,,,,`, { code: 'plan_unknown_code', row: 7, column: 'code' }],
		[
			'a unit in two groups',
			`${GOOD}\nX2,25108,,,,\nX2,25117,,,,`,
			{ code: 'plan_unit_in_two_groups', row: 7, column: 'code' }
		],
		[
			'mixed levels in one group (district into communes)',
			`${GOOD}\nX1,680,,,,`,
			{ code: 'plan_mixed_levels', row: 7, column: 'code' }
		],
		[
			'seat not a member',
			GOOD.replace('X1,25111,,,2023-2025,', 'X1,25111,,25117,2023-2025,'),
			{ code: 'plan_seat_not_member', row: 5, column: 'seat_code' }
		],
		[
			'bad phase',
			GOOD.replace('X1,25111,,,2023-2025,', 'X1,25111,,,2024,'),
			{ code: 'plan_bad_phase', row: 5, column: 'phase' }
		],
		[
			'kept code not a member',
			GOOD.replace('H1,681,Huyện Đạ Huoai,682,2023-2025,681', 'H1,681,Huyện Đạ Huoai,682,2023-2025,680'),
			{ code: 'plan_kept_not_member', row: 2, column: 'kept_code' }
		],
		[
			'conflicting group values',
			`${GOOD}\nX1,25117,Xã Khác,,2026-2030,`,
			{ code: 'plan_conflicting_value', row: 7, column: 'phase' }
		],
		['missing code column', 'group,ma_so\nX1,25111', { code: 'plan_missing_column', row: 1 }],
		['malformed quotes', 'group,code\nX1,"25111\nX1,25108', { code: 'csv_malformed' }]
	];
	for (const [what, text, expected] of bad) {
		it(what, async () => {
			const before = await counts();
			let err: unknown;
			try {
				await importPlanScenario(db, an, datasetId, { name: 'bad.csv', data: text });
			} catch (e) {
				err = e;
			}
			expect(err).toBeInstanceOf(PlanCsvError);
			const first = (err as PlanCsvError).problems.find((p) => p.code === expected.code);
			expect(first, (err as PlanCsvError).describeAll('en')).toBeDefined();
			expect(first!.where).toMatchObject({
				file: 'bad.csv',
				...(expected.row ? { row: expected.row } : {}),
				...(expected.column ? { column: expected.column } : {})
			});
			expect(first!.describe('vi')).toMatch(/^bad\.csv/);
			expect(await counts()).toEqual(before);
		});
	}
	it('replacing the plan of a scenario with a bad file leaves its version and content alone', async () => {
		const { scenario } = await importPlanScenario(db, an, datasetId, { name: 'ok.csv', data: GOOD });
		const before = await counts();
		await expect(
			replacePlanFromCsv(db, an, scenario.id, 1, { name: 'bad.csv', data: `${GOOD}\nX1,99999,,,,` })
		).rejects.toBeInstanceOf(PlanCsvError);
		expect(await counts()).toEqual(before);
		expect((await getScenario(db, scenario.id))!.version).toBe(1);
		const ok = await replacePlanFromCsv(db, an, scenario.id, 1, {
			name: 'ok2.csv',
			data: GOOD.split('\n').slice(0, 4).join('\n')
		});
		expect(ok.scenario).toMatchObject({ version: 2 });
		expect(ok.scenario.content.groups.map((g) => g.id)).toEqual(['H1']);
	});
});
