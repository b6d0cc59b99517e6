/**
 * The scenario CLI on the real Lâm Đồng import (../shared/data/lam-dong, read in place): a plan modelled on
 * NQ 1245/NQ-UBTVQH15 (in force 1 Dec 2024) — districts 681 Đạ Huoai + 682 Đạ Tẻh + 683 Cát Tiên merged into one
 * huyện Đạ Huoai (code 681 kept, seat at Đạ Tẻh), and five commune mergers of subject units with adjacent partners.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../helpers/cli';
import { LAM_DONG, tempLocation } from '../helpers/db';

/**
 * The plan. Receiving units follow how the resolution's figures are given (the absorbed unit's pre-merger area is
 * stated, the receiving one's derived): Đạ Huoai, Đạ Oai, Quảng Trị, Hà Lâm. Names not settled by that are left
 * to the default (the most populous member).
 */
export const NQ1245_PLAN = [
	'group,code,new_name,seat_code,phase,kept_code,notes',
	'H1,681,Huyện Đạ Huoai,682,2023-2025,681,"Nhập 3 huyện phía Nam (NQ 1245/NQ-UBTVQH15)"',
	'H1,682,,,,,',
	'H1,683,,,,,',
	'X1,25111,,,2023-2025,,Xã Đạ Oai + Xã Đạ Tồn',
	'X1,25108,,,,,',
	'X2,25147,Xã Quảng Trị,,2023-2025,25138,Xã Triệu Hải vào Xã Quảng Trị',
	'X2,25138,,,,,',
	'X3,24946,,,2023-2025,,Xã Quảng Lập + Xã Pró',
	'X3,24955,,,,,',
	'X4,25105,,,2023-2025,,Xã Hà Lâm + Xã Phước Lộc',
	'X4,25123,,,,,',
	'X5,25120,,,2023-2025,,Xã Đoàn Kết + Xã Đạ Ploa',
	'X5,25114,,,,,'
].join('\r\n');

describe('scenario import / evaluate / list on Lâm Đồng', () => {
	let dir: string;
	let db: string;
	let dropDb: () => Promise<void>;
	beforeAll(async () => {
		dir = mkdtempSync(join(tmpdir(), 'sapxep-scn-'));
		({ location: db, drop: dropDb } = await tempLocation(join(dir, 'cli.db')));
		const r = await cli(db, ['import', LAM_DONG, '--name', 'Lâm Đồng 2023', '--json']);
		expect(r.code).toBe(0);
		writeFileSync(join(dir, 'nq1245.csv'), '\ufeff' + NQ1245_PLAN);
	}, 60_000); // a CLI process importing a province: beyond the 10 s default when the machine is busy
	afterAll(async () => {
		await dropDb();
		rmSync(dir, { recursive: true, force: true });
	});

	it('scenario import <dataset> <plan.csv> --json creates the scenario', async () => {
		const r = await cli(db, [
			'scenario',
			'import',
			'1',
			join(dir, 'nq1245.csv'),
			'--name',
			'NQ 1245 (mô phỏng)',
			'--json'
		]);
		expect(r.stderr).toBe('');
		expect(r.code).toBe(0);
		expect(JSON.parse(r.stdout)).toMatchObject({
			scenario_id: 1,
			dataset_id: 1,
			name: 'NQ 1245 (mô phỏng)',
			version: 1,
			rule_set_id: 'nq35-2023',
			groups: 6,
			exemptions: 0,
			warnings: []
		});
	});

	it('scenario evaluate <id> --json: 12 → 10 districts, 142 → 137 communes, every group contiguous, the subject units left', async () => {
		const r = await cli(db, ['scenario', 'evaluate', '1', '--json']);
		expect(r.code).toBe(0);
		const ev = JSON.parse(r.stdout);
		console.log(
			JSON.stringify(
				{
					...ev,
					groups: ev.groups.map((g: Record<string, unknown>) => ({
						...g,
						errors: (g.errors as { text_vi: string }[]).map((w) => w.text_vi),
						warnings: (g.warnings as { text_vi: string }[]).map((w) => w.text_vi)
					}))
				},
				null,
				1
			)
		);
		expect(ev.units_before).toEqual({
			district: { thanh_pho: 2, huyen: 10 },
			commune: { phuong: 18, xa: 111, thi_tran: 13 }
		});
		expect(ev.units_after).toEqual({
			district: { thanh_pho: 2, huyen: 8 },
			commune: { phuong: 18, xa: 106, thi_tran: 13 }
		});
		expect(ev.unit_count).toEqual({ before: { district: 12, commune: 142 }, after: { district: 10, commune: 137 } });

		const h1 = ev.groups.find((g: { id: string }) => g.id === 'H1');
		// 495.04 + 526.73 + 426.71 km² (official, NQ 1245); 2019 census population 33,998 + 43,415 + 35,283.
		expect(h1).toMatchObject({
			level: 'district',
			name: 'Huyện Đạ Huoai',
			name_is_new: false,
			kind: 'huyen',
			kept_code: '681',
			retired_codes: ['682', '683'],
			seat_code: '682',
			seat_suggestion: '682',
			area_source: 'official',
			population: 112_696,
			meets: 'both',
			contiguous: true,
			valid: true
		});
		expect(h1.area_km2).toBeCloseTo(1448.48, 6);
		expect(h1.roles).toEqual({ '681': 'mandatory', '682': 'mandatory', '683': 'mandatory' });

		const x1 = ev.groups.find((g: { id: string }) => g.id === 'X1');
		expect(x1).toMatchObject({
			members: ['25111', '25108'],
			name: 'Xã Đạ Oai',
			kind: 'xa',
			contiguous: true,
			meets: 'area',
			parent_after: '681'
		});
		expect(x1.roles).toEqual({ '25111': 'mandatory', '25108': 'adjacent_partner' });
		expect(x1.area_km2).toBeCloseTo(23.27 + 45.12, 6);
		const x2 = ev.groups.find((g: { id: string }) => g.id === 'X2');
		// Xã Quảng Trị (682) ends up in the new Huyện Đạ Huoai (681).
		expect(x2).toMatchObject({
			name: 'Xã Quảng Trị',
			kept_code: '25138',
			retired_codes: ['25147'],
			parent_after: '681',
			contiguous: true
		});
		for (const g of ev.groups) expect(g.contiguous, g.id).toBe(true);
		expect(
			ev.groups.every(
				(g: { warnings: { code: string }[] }) => !g.warnings.some((w) => w.code === 'crosses_parent_boundary')
			)
		).toBe(true);

		// With 2019 census figures, three communes are still subject in 2023–2025 and not in this plan.
		expect(ev.mandatory_left.map((m: { code: string }) => m.code)).toEqual(['25039', '25183', '25189']);
		expect(ev.summary).toMatchObject({
			groups: 6,
			valid_groups: 6,
			mandatory: 9,
			mandatory_in_groups: 6,
			mandatory_left: 3
		});
		// Communes of Đạ Tẻh (682) and Cát Tiên (683) now belong to 681.
		const moved = ev.district_follow.filter((f: { changes: boolean }) => f.changes);
		expect(new Set(moved.map((f: { from: string }) => f.from))).toEqual(new Set(['682', '683']));
		expect(moved.every((f: { to: string }) => f.to === '681')).toBe(true);
		expect(ev.residents_affected).toMatchObject({
			absorbed_commune_count: 5,
			absorbed_district_count: 2,
			absorbed_districts: 43_415 + 35_283,
			district_change: 43_415 + 35_283
		});
	});

	it('scenario evaluate (text) prints the groups in Vietnamese', async () => {
		const r = await cli(db, ['scenario', 'evaluate', '1']);
		expect(r.code).toBe(0);
		expect(r.stdout).toContain('[H1] Huyện Đạ Huoai (huyện) ← Huyện Đạ Huoai 681 (Thuộc diện phải sắp xếp)');
		expect(r.stdout).toContain('Đạt tiêu chuẩn diện tích tự nhiên và quy mô dân số');
		expect(r.stdout).toContain('Còn phải sắp xếp (2023-2025): 3');
	});

	it('a bad plan exits 2 with every problem on stderr and no scenario written; list shows one scenario', async () => {
		writeFileSync(join(dir, 'bad.csv'), 'group,code,phase\nA,25111,2024\nA,99999,\nB,25111,\n');
		const r = await cli(db, ['scenario', 'import', '1', join(dir, 'bad.csv'), '--json']);
		expect(r.code).toBe(2);
		const err = JSON.parse(r.stderr);
		expect(err.error).toBe('invalid_plan');
		expect(err.problems.map((p: { code: string; where: { row: number } }) => [p.code, p.where.row])).toEqual([
			['plan_bad_phase', 2],
			['plan_unknown_code', 3],
			['plan_unit_in_two_groups', 4]
		]);
		const list = JSON.parse((await cli(db, ['scenario', 'list', '1', '--json'])).stdout);
		expect(list.map((s: { id: number; name: string }) => [s.id, s.name])).toEqual([[1, 'NQ 1245 (mô phỏng)']]);
	});

	it('scenario export writes the plan back as CSV with BOM and quoted codes', async () => {
		const r = await cli(db, ['scenario', 'export', '1']);
		expect(r.code).toBe(0);
		expect(r.stdout.charCodeAt(0)).toBe(0xfeff);
		expect(r.stdout).toContain('"X2","25147","Xã Triệu Hải","commune","Xã Quảng Trị","","2023-2025","25138"');
	});
});
