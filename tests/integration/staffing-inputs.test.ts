import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importAttributes, importDataset, ImportError } from '../../src/lib/server/import';
import { listUnits } from '../../src/lib/server/db/unit.repository';
import { saveStaffingInputs, staffingInputTable } from '../../src/lib/server/staffing-inputs';
import { parseCountText, parseClassText } from '../../src/lib/domain/staffing/inputs';
import { lamDongFiles, tableCounts, tempDb } from '../helpers/db';

const run = promisify(execFile);

/** The staffing inputs of every unit, to prove a refused input changed nothing. */
async function staffingSnapshot(db: Awaited<ReturnType<typeof tempDb>>['db'], id: number) {
	return (await listUnits(db, id)).map((u) => [
		u.code,
		u.communeClass,
		u.staffActual,
		u.nonprofessionalActual,
		u.leaders,
		u.offices
	]);
}

describe('staffing inputs on Lâm Đồng: CSV import, table, save', () => {
	let t: Awaited<ReturnType<typeof tempDb>>;
	let id: number;
	beforeAll(async () => {
		t = await tempDb();
		id = (await importDataset(t.db, lamDongFiles(), { name: 'Lâm Đồng 2023', createdBy: 'test' })).datasetId;
	});
	afterAll(async () => t.cleanup());

	it('a fresh dataset has no staffing inputs (the new columns are null)', async () => {
		const u = (await listUnits(t.db, id)).find((x) => x.code === '25111')!;
		expect(u).toMatchObject({ staffActual: null, nonprofessionalActual: null, leaders: null, offices: null });
	});

	it('imports code, commune_class, staff_actual, nonprofessional_actual, leaders, offices with an audit row per changed field', async () => {
		const csv =
			'\ufeffcode,commune_class,staff_actual,nonprofessional_actual,leaders,offices\n' +
			'25111,III,19,10,3,1\n' + // Xã Đạ Oai
			'24946,II,21,12,,2\n' + // Xã Quảng Lập: empty leaders = left as is
			'672,,412,,9,3\n'; // Thành phố Đà Lạt (district: its bodies' staff, no non-professional workers)
		const r = await importAttributes(t.db, id, { name: 'bien-che.csv', data: csv }, 'tester');
		expect(r).toMatchObject({ rows: 3, updated: 3 });
		expect(r.warnings).toEqual([]);
		const units = new Map((await listUnits(t.db, id)).map((u) => [u.code, u]));
		expect(units.get('25111')).toMatchObject({
			communeClass: 'III',
			staffActual: 19,
			nonprofessionalActual: 10,
			leaders: 3,
			offices: 1
		});
		expect(units.get('24946')).toMatchObject({
			communeClass: 'II',
			staffActual: 21,
			nonprofessionalActual: 12,
			leaders: null,
			offices: 2
		});
		expect(units.get('672')).toMatchObject({ staffActual: 412, nonprofessionalActual: null, leaders: 9, offices: 3 });
		const audit = await t.db
			.selectFrom('audit_log')
			.selectAll()
			.where('dataset_id', '=', id)
			.where('entity', '=', 'unit')
			.where('entity_key', '=', '25111')
			.execute();
		expect(audit.map((a) => a.field).sort()).toEqual([
			'communeClass',
			'leaders',
			'nonprofessionalActual',
			'offices',
			'staffActual'
		]);
		expect(audit.find((a) => a.field === 'staffActual')).toMatchObject({
			who: 'tester',
			before: 'null',
			after: '19',
			note: 'CSV bien-che.csv'
		});
		// The same file again changes nothing and logs nothing.
		const before = await tableCounts(t.db);
		expect((await importAttributes(t.db, id, { name: 'bien-che.csv', data: csv }, 'tester')).updated).toBe(0);
		expect(await tableCounts(t.db)).toEqual(before);
	});

	it('reads the Department’s own headings (Vietnamese, semicolons, "Loại II")', async () => {
		const csv =
			'Mã;Phân loại;Số cán bộ, công chức;Người hoạt động không chuyên trách;Lãnh đạo;Trụ sở\n24778;Loại I;23;14;4;1\n';
		const r = await importAttributes(t.db, id, { name: 'so-noi-vu.csv', data: csv }, 'tester');
		expect(r.warnings).toEqual([]);
		expect((await listUnits(t.db, id)).find((u) => u.code === '24778')).toMatchObject({
			communeClass: 'I',
			staffActual: 23,
			nonprofessionalActual: 14,
			leaders: 4,
			offices: 1
		});
		const r2 = await importAttributes(
			t.db,
			id,
			{ name: 'b.csv', data: 'ma,bien_che,khong_chuyen_trach,tru_so\n24781,20,11,2\n' },
			'tester'
		);
		expect(r2.updated).toBe(1);
		expect((await listUnits(t.db, id)).find((u) => u.code === '24781')).toMatchObject({
			staffActual: 20,
			nonprofessionalActual: 11,
			offices: 2
		});
	});

	const bad: [string, string, string, RegExp, RegExp][] = [
		[
			'a non-integer count',
			'code,staff_actual\n25111,18\n24946,20.5\n',
			'csv_not_integer',
			/bad\.csv, row 3, column "staff_actual": "20\.5" must be a whole number/,
			/dòng 3, cột "staff_actual"/
		],
		[
			'a negative count',
			'code,leaders\n25111,2\n24946,-1\n',
			'csv_negative',
			/bad\.csv, row 3, column "leaders": value -1 is negative/,
			/không được nhỏ hơn 0/
		],
		[
			'a count that is not a number',
			'code,bien_che\n25111,18\n24946,hai mươi\n',
			'csv_bad_number',
			/bad\.csv, row 3, column "bien_che": "hai mươi" is not a number/,
			/không phải số/
		],
		[
			'an unknown code',
			'code,tru_so\n25111,2\n99999,1\n',
			'csv_unknown_code',
			/bad\.csv, row 3, column "code": code 99999 is not in the dataset/,
			/không có trong bộ dữ liệu/
		],
		[
			'a bad class',
			'code,commune_class,staff_actual\n25111,II,18\n24946,IV,20\n',
			'csv_bad_class',
			/bad\.csv, row 3, column "commune_class": "IV" must be I, II or III/,
			/phải là I, II hoặc III/
		],
		[
			'non-professional workers for a district',
			'code,staff_actual,nonprofessional_actual\n25111,18,9\n673,300,5\n',
			'csv_not_commune',
			/bad\.csv, row 3, column "nonprofessional_actual": code 673 is a district/,
			/chỉ nhập cho đơn vị cấp xã/
		]
	];

	it.each(bad)('%s: file, row and column named; nothing written', async (_label, csv, code, en, vi) => {
		const counts = await tableCounts(t.db);
		const snapshot = await staffingSnapshot(t.db, id);
		const err = await importAttributes(t.db, id, { name: 'bad.csv', data: csv }, 'tester').catch((e) => e);
		expect(err).toBeInstanceOf(ImportError);
		expect(err.code).toBe(code);
		expect(err.where).toMatchObject({ file: 'bad.csv', row: 3 });
		expect(err.describe('en')).toMatch(en);
		expect(err.describe('vi')).toMatch(vi);
		// Row 2 was valid: it is not written either.
		expect(await tableCounts(t.db)).toEqual(counts);
		expect(await staffingSnapshot(t.db, id)).toEqual(snapshot);
	});

	it('the table offers the NQ 1211 estimate, labelled a lower bound, beside the class of record', async () => {
		const table = (await staffingInputTable(t.db, id))!;
		expect(table.communes).toHaveLength(142);
		expect(table.districts).toHaveLength(12);
		const daOai = table.communes.find((c) => c.code === '25111')!;
		expect(daOai).toMatchObject({
			name: 'Xã Đạ Oai',
			districtName: 'Huyện Đạ Huoai',
			communeClass: 'III',
			staffActual: 19
		});
		// Population and area only: at most 65 points, so a lower bound with the class it may reach.
		expect(daOai.estimate).toMatchObject({ lowerBound: true, missing: [] });
		expect(daOai.estimate!.points).toBeCloseTo(daOai.estimate!.populationPoints! + daOai.estimate!.areaPoints!, 9);
		expect(daOai.estimate!.points!).toBeLessThanOrEqual(65);
		expect(['I', 'II', 'III']).toContain(daOai.estimate!.communeClass);
		expect(table.districts.find((d) => d.code === '672')).toMatchObject({ staffActual: 412, estimate: null });
	});

	it('saves a batch of cells in one transaction with audit rows (the PATCH endpoint’s code)', async () => {
		const r = await saveStaffingInputs(
			t.db,
			id,
			{
				rows: [
					{ code: '25111', patch: { staffActual: 20, leaders: null } },
					{ code: '674', patch: { staffActual: 180, offices: 2 } }
				]
			},
			'editor'
		);
		expect(r).toMatchObject({ ok: true, updated: 2 });
		if (!r.ok) return;
		expect(r.units.find((u) => u.code === '25111')).toMatchObject({
			staffActual: 20,
			leaders: null,
			nonprofessionalActual: 10
		});
		const audit = await t.db
			.selectFrom('audit_log')
			.selectAll()
			.where('dataset_id', '=', id)
			.where('who', '=', 'editor')
			.execute();
		expect(audit.map((a) => `${a.entity_key}.${a.field}:${a.before}→${a.after}`).sort()).toEqual([
			'25111.leaders:3→null',
			'25111.staffActual:19→20',
			'674.offices:null→2',
			'674.staffActual:null→180'
		]);
	});

	it('a batch with a bad value is refused whole, each error naming the unit and the field', async () => {
		const counts = await tableCounts(t.db);
		const snapshot = await staffingSnapshot(t.db, id);
		const r = await saveStaffingInputs(
			t.db,
			id,
			{
				rows: [
					{ code: '25111', patch: { staffActual: 22 } }, // valid, but the batch is refused
					{ code: '24946', patch: { staffActual: -1, leaders: 2.5 } },
					{ code: '24778', patch: { communeClass: 'IV' } },
					{ code: '99999', patch: { offices: 1 } },
					{ code: '672', patch: { nonprofessionalActual: 4, communeClass: 'I' } },
					{ code: '24781', patch: { population: 1 } }
				]
			},
			'editor'
		);
		expect(r.ok).toBe(false);
		if (r.ok) return;
		const got = r.errors.map((e) => `${e.index}:${e.code}:${e.field ?? ''}`);
		expect(got).toEqual([
			'1:24946:staffActual',
			'1:24946:leaders',
			'2:24778:communeClass',
			'3:99999:',
			'4:672:nonprofessionalActual',
			'4:672:communeClass',
			'5:24781:population'
		]);
		expect(r.errors[0].message).toEqual({ vi: 'số lượng không được âm', en: 'a count cannot be negative' });
		expect(r.errors[1].message.en).toBe('must be a whole number');
		expect(r.errors[2].message.vi).toBe('phân loại phải là I, II hoặc III');
		expect(await tableCounts(t.db)).toEqual(counts);
		expect(await staffingSnapshot(t.db, id)).toEqual(snapshot);
		expect((await saveStaffingInputs(t.db, id, { rows: [] }, 'editor')).ok).toBe(false);
		expect((await saveStaffingInputs(t.db, id, null, 'editor')).ok).toBe(false);
	});

	it('the dataset-folder import reads the staffing columns of its CSV', async () => {
		const files = [
			...lamDongFiles(),
			{
				name: 'bien-che.csv',
				data: 'code,commune_class,bien_che,khong_chuyen_trach,lanh_dao,tru_so\n25111,III,18,10,3,1\n672,,400,,8,2\n'
			}
		];
		const r = await importDataset(t.db, files, { name: 'Lâm Đồng với biên chế', createdBy: 'test' });
		const units = new Map((await listUnits(t.db, r.datasetId)).map((u) => [u.code, u]));
		expect(units.get('25111')).toMatchObject({
			communeClass: 'III',
			staffActual: 18,
			nonprofessionalActual: 10,
			leaders: 3,
			offices: 1
		});
		expect(units.get('672')).toMatchObject({ staffActual: 400, leaders: 8, offices: 2 });
		// A bad staffing cell stops the folder import with its place, and nothing is written.
		const counts = await tableCounts(t.db);
		const err = await importDataset(
			t.db,
			[...lamDongFiles(), { name: 'bien-che.csv', data: 'code,tru_so\n25111,-1\n' }],
			{ createdBy: 'test' }
		).catch((e) => e);
		expect(err).toBeInstanceOf(ImportError);
		expect(err.describe('en')).toMatch(/bien-che\.csv, row 2, column "tru_so": value -1 is negative/);
		expect(await tableCounts(t.db)).toEqual(counts);
	});

	it('npm run cli -- staffing-inputs imports the same CSV (--json) and names the bad cell on stderr', async () => {
		const file = join(t.dir, 'staffing.csv');
		writeFileSync(file, 'code,staff_actual,offices\n24946,22,1\n');
		const env = { ...process.env, DATABASE_PATH: t.path, SAPXEP_LANG: 'vi' };
		const ok = await run('node_modules/.bin/tsx', ['src/cli/main.ts', 'staffing-inputs', String(id), file, '--json'], {
			env
		});
		expect(JSON.parse(ok.stdout)).toMatchObject({ dataset_id: id, rows: 1, updated: 1 });
		expect((await listUnits(t.db, id)).find((u) => u.code === '24946')).toMatchObject({ staffActual: 22, offices: 1 });
		writeFileSync(file, 'code,staff_actual\n24946,abc\n');
		const bad = await run('node_modules/.bin/tsx', ['src/cli/main.ts', 'staffing-inputs', String(id), file, '--json'], {
			env
		}).catch((e) => e);
		expect(bad.code).toBe(2);
		expect(JSON.parse(bad.stderr)).toMatchObject({
			error: 'csv_bad_number',
			where: { file: 'staffing.csv', row: 2, column: 'staff_actual' }
		});
	});
});

describe('cell text typed or pasted in the table', () => {
	it.each([
		['12', 12],
		[' 1 234 ', 1234],
		['', null],
		['—', null],
		['0', 0]
	])('count %j → %j', (text, value) => expect(parseCountText(text)).toEqual({ ok: true, value }));

	it.each([
		['2,5', 'phải là số nguyên'],
		['-3', 'không được âm'],
		['abc', 'không phải số']
	])('count %j is refused (%s)', (text, vi) => {
		const r = parseCountText(text);
		expect(r.ok).toBe(false);
		if (!r.ok) expect(r.message.vi).toContain(vi);
	});

	it.each([
		['I', 'I'],
		['loại ii', 'II'],
		['Loại III', 'III'],
		['3', 'III'],
		['', null]
	])('class %j → %j', (text, value) => expect(parseClassText(text)).toEqual({ ok: true, value }));

	it('class IV is refused in both languages', () => {
		const r = parseClassText('IV');
		expect(r).toEqual({
			ok: false,
			message: {
				vi: '"IV" không phải phân loại hợp lệ: chọn I, II hoặc III.',
				en: '"IV" is not a class: use I, II or III.'
			}
		});
	});
});

describe('class estimate rule sets on Lâm Đồng (a three-tier dataset)', () => {
	let t: Awaited<ReturnType<typeof tempDb>>;
	let id: number;
	beforeAll(async () => {
		t = await tempDb();
		id = (await importDataset(t.db, lamDongFiles(), { name: 'Lâm Đồng 2023', createdBy: 'test' })).datasetId;
	});
	afterAll(async () => t.cleanup());

	it('NQ 1211 by default (a district level exists); Decree 307 on request: 50–59.5 points move from II to III', async () => {
		const nq = (await staffingInputTable(t.db, id))!;
		expect([nq.classRuleSet, nq.defaultClassRuleSet]).toEqual(['nq1211_2016', 'nq1211_2016']);
		expect(nq.classRuleSets.map((r) => r.id)).toEqual(['nq1211_2016', 'd307_2025']);
		const d307 = (await staffingInputTable(t.db, id, 'd307_2025'))!;
		expect(d307.classRuleSet).toBe('d307_2025');
		const before = new Map(nq.communes.map((c) => [c.code, c.estimate!]));
		let moved = 0;
		for (const c of d307.communes) {
			const a = before.get(c.code)!;
			const b = c.estimate!;
			expect(b.points).toBe(a.points); // same points (NQ 1211 levels), other bands
			if (a.communeClass !== b.communeClass) {
				moved++;
				expect([a.communeClass, b.communeClass]).toEqual(['II', 'III']);
				expect(a.points!).toBeGreaterThanOrEqual(50);
				expect(a.points!).toBeLessThan(60);
			} else if (a.points != null && a.points >= 50 && a.points < 60) throw new Error(`${c.code} should move`);
		}
		expect(moved).toBeGreaterThan(0);
	});
});
