/**
 * CSV exports (plan, quality report, evaluate --csv) escape cells that a spreadsheet would run as a formula
 * (CSV injection: =, +, -, @ first), keep codes as text with their leading zeros, and the importers refuse a file that
 * is not UTF-8 instead of storing U+FFFD in the names.
 */
import { rmSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { cli } from '../helpers/cli';
import { tableCounts, tempDb } from '../helpers/db';
import { toCsv } from '../../src/lib/server/export/csv';
import { parsePlanCsv, PlanCsvError, planToCsv } from '../../src/lib/server/import/plan-csv';
import { importAttributes, importDataset, ImportError } from '../../src/lib/server/import';
import { generateProvince } from '../../src/lib/domain/generate/province';
import { provinceToFiles } from '../../src/lib/domain/generate/files';
import { NQ35_2023 } from '../../src/lib/domain/rules';
import { UNITS } from '../fixtures/scenario';

const DANGEROUS = ['=HYPERLINK("http://example.invalid","bấm")', '+1', '-2', '@x'];
/** Cells of a CSV text (BOM dropped), without type conversion. */
const cells = (csv: string) => Papa.parse<string[]>(csv.replace(/^\ufeff/, ''), { skipEmptyLines: true }).data;

describe('CSV injection: formula-leading cells are exported escaped', () => {
	it('toCsv prefixes =, +, -, @ text with an apostrophe; numbers and leading-zero codes are left as they are', () => {
		const csv = toCsv(
			['code', 'name', 'value'],
			DANGEROUS.map((name, i) => [`0000${i + 1}`, name, -1.5])
		);
		const rows = cells(csv).slice(1);
		expect(rows.map((r) => r[1])).toEqual(DANGEROUS.map((d) => `'${d}`));
		expect(rows.map((r) => r[0])).toEqual(['00001', '00002', '00003', '00004']);
		expect(rows.every((r) => r[2] === '-1.5')).toBe(true);
		expect(csv).toContain('"00001"');
	});

	it('a plan with a formula-like new name exports escaped and reads back as it was', () => {
		const reasons = NQ35_2023.exemptionReasons;
		const { content } = parsePlanCsv(
			'plan.csv',
			'group,code,new_name\nA,00001,"=HYPERLINK(""http://x"",""x"")"\nA,00004,\n',
			UNITS,
			reasons
		);
		const csv = planToCsv(content, UNITS);
		const row = cells(csv)[1];
		expect(row[1]).toBe('00001');
		expect(row[4]).toBe(`'=HYPERLINK("http://x","x")`);
		const again = parsePlanCsv('plan.csv', csv, UNITS, reasons).content;
		expect(again.groups[0].name).toBe('=HYPERLINK("http://x","x")');
	});

	it('evaluate --csv escapes unit names "=HYPERLINK(…)", "+1", "-2", "@x" and keeps codes with leading zeros', async () => {
		const t = await tempDb();
		const f = provinceToFiles(generateProvince({ communes: 20, seed: 6 }));
		f.communes.features.slice(0, 4).forEach((c, i) => (c.properties.name = DANGEROUS[i]));
		f.communes.features.slice(0, 4).forEach((c) => (c.properties.type = 'Xã'));
		const { datasetId } = await importDataset(
			t.db,
			[
				{ name: 'districts.geojson', data: JSON.stringify(f.districts) },
				{ name: 'communes.geojson', data: JSON.stringify(f.communes) }
			],
			{ createdBy: 'test' }
		);
		await t.db.destroy();
		const r = await cli(t.path, ['evaluate', String(datasetId), '--csv']);
		rmSync(t.dir, { recursive: true, force: true });
		expect(r.code).toBe(0);
		const rows = cells(r.stdout);
		const nameCol = rows[0].indexOf('name');
		const byCode = new Map(rows.slice(1).map((x) => [x[0], x[nameCol]]));
		expect(['00001', '00002', '00003', '00004'].map((c) => byCode.get(c))).toEqual(DANGEROUS.map((d) => `'${d}`));
		expect(r.stdout).toContain('"00001"');
	});
});

describe('a Latin-1 / Windows-1252 file is refused, not stored with U+FFFD (issue 14)', () => {
	// "Xã Đạ Oai" cannot be written in Windows-1252; what an old export gives is e.g. "Xã" as 0x58 0xE3.
	const latin1 = (s: string) => Uint8Array.from([...s].map((ch) => ch.charCodeAt(0) & 0xff));

	it('an attributes CSV that is not UTF-8 is an error naming the file and line; nothing is written', async () => {
		const t = await tempDb();
		try {
			const f = provinceToFiles(generateProvince({ communes: 20, seed: 6 }));
			const { datasetId } = await importDataset(
				t.db,
				[
					{ name: 'districts.geojson', data: JSON.stringify(f.districts) },
					{ name: 'communes.geojson', data: JSON.stringify(f.communes) }
				],
				{ createdBy: 'test' }
			);
			const before = await tableCounts(t.db);
			const data = latin1('code,population,population_source\n00001,4000,Th\u00f4ng k\u00ea\n');
			const err = await importAttributes(t.db, datasetId, { name: 'so-lieu.csv', data }, 'an').catch((e) => e);
			expect(err).toBeInstanceOf(ImportError);
			expect(err.code).toBe('not_utf8');
			expect(err.describe('en')).toMatch(
				/^so-lieu\.csv, row 2: the file is not saved as UTF-8 \(invalid byte 0xF4\).*save it again as UTF-8/
			);
			expect(err.describe('vi')).toMatch(
				/^so-lieu\.csv, dòng 2: tệp không được lưu theo bảng mã UTF-8.*lưu lại dạng UTF-8/
			);
			expect(await tableCounts(t.db)).toEqual(before);
		} finally {
			await t.cleanup();
		}
	});

	it('a plan CSV that is not UTF-8 is a plan error naming the file', () => {
		const data = latin1('group,code,new_name\nA,00001,X\u00e3 M\u1ed9t\n');
		let err: unknown;
		try {
			parsePlanCsv('phuong-an.csv', data, UNITS, NQ35_2023.exemptionReasons);
		} catch (e) {
			err = e;
		}
		expect(err).toBeInstanceOf(PlanCsvError);
		expect((err as PlanCsvError).describeAll('en')).toMatch(/^phuong-an\.csv, row 2: the file is not saved as UTF-8/);
	});

	it('valid UTF-8 with a BOM still reads', () => {
		const data = new TextEncoder().encode('\ufeffgroup,code,new_name\nA,00001,Xã Một\nA,00004,\n');
		expect(parsePlanCsv('ok.csv', data, UNITS, NQ35_2023.exemptionReasons).content.groups[0].name).toBe('Xã Một');
	});
});
