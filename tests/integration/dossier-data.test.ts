/**
 * Issue 12 items 4, 6 and 7 on the real Lâm Đồng import (../shared/data/lam-dong, read in place) with a plan modelled
 * on NQ 1245/NQ-UBTVQH15: three southern districts into one, five commune mergers. Every data export is parsed back:
 * the GeoJSON's figures against the scenario evaluation, the Shapefile's DBF with shpjs, the GeoPackage with
 * better-sqlite3, the plan CSV through the plan import, the XLSX with exceljs; and the export cache.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import ExcelJS from 'exceljs';
import { unzipSync, strFromU8 } from 'fflate';
import type { FeatureCollection } from 'geojson';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/lib/server/db/database';
import { importDataset } from '../../src/lib/server/import';
import { updateUnits } from '../../src/lib/server/db/unit.repository';
import { applyScenarioOps, importPlanScenario } from '../../src/lib/server/services/scenario.service';
import { evaluateStored } from '../../src/lib/server/services/scenario-workspace';
import { requireScenario } from '../../src/lib/server/services/scenario.service';
import { exportDossier, exportRuns, EXPORTERS, exporterOf } from '../../src/lib/server/dossier/registry';
import { DossierExportError } from '../../src/lib/server/dossier/errors';
import { equivalenceCsv } from '../../src/lib/server/dossier/geodata';
import type { UnitAfterProps } from '../../src/lib/domain/dossier/units-after';
import { loadDossier } from '../../src/lib/server/dossier/model';
import { lamDongFiles, tempDb } from '../helpers/db';

// shpjs 6 ships no type declarations; its default export reads a zipped Shapefile (and its .cpg) into GeoJSON.
// @ts-expect-error no declarations
import shp from 'shpjs';

/** The NQ 1245 plan of tests/integration/scenario-cli.test.ts (codes only: nothing of the licensed data). */
const NQ1245_PLAN = [
	'group,code,new_name,seat_code,phase,kept_code,notes',
	'H1,681,Huyện Đạ Huoai,682,2023-2025,681,"Nhập 3 huyện phía Nam (NQ 1245/NQ-UBTVQH15)"',
	'H1,682,,,,,',
	'H1,683,,,,,',
	'X1,25111,,,2023-2025,,',
	'X1,25108,,,,,',
	'X2,25147,Xã Quảng Trị,,2023-2025,25138,',
	'X2,25138,,,,,',
	'X3,24946,,,2023-2025,,',
	'X3,24955,,,,,',
	'X4,25105,,,2023-2025,,',
	'X4,25123,,,,,',
	'X5,25120,,,2023-2025,,',
	'X5,25114,,,,,'
].join('\r\n');

let t: Awaited<ReturnType<typeof tempDb>>;
let db: Db;
let datasetId: number;
let scenarioId: number;
const an = { id: 'an', name: 'an' };
type Fc = FeatureCollection<GeoJSON.Polygon | GeoJSON.MultiPolygon, UnitAfterProps>;

beforeAll(async () => {
	t = await tempDb();
	db = t.db;
	datasetId = (await importDataset(db, lamDongFiles(), { name: 'Lâm Đồng 2023', createdBy: 'test' })).datasetId;
	scenarioId = (await importPlanScenario(db, an, datasetId, { name: 'nq1245.csv', data: Buffer.from(NQ1245_PLAN) }))
		.scenario.id;
}, 60_000);
afterAll(async () => t?.cleanup());

const run = (format: string, level: 'commune' | 'district' = 'commune', lang: 'vi' | 'en' = 'vi') =>
	exportDossier({ db, scenarioId, format, level, lang });

describe('GeoJSON of the units after (issue 12 item 6): figures equal the scenario evaluation', () => {
	it.each(['commune', 'district'] as const)(
		'%s level: one feature per unit after, areas and populations of the evaluation, merged codes provisional',
		async (level) => {
			const f = await run('geojson', level);
			expect(f.contentType).toBe('application/geo+json');
			const fc = JSON.parse(new TextDecoder().decode(f.bytes)) as Fc;
			const scenario = await requireScenario(db, scenarioId);
			const { evaluation, workspace } = await evaluateStored(db, scenario);
			expect(fc.features.length).toBe(evaluation.unitCount.after[level]);
			expect(fc.features.length).toBe(level === 'commune' ? 137 : 10);
			const byCode = new Map(fc.features.map((x) => [x.properties.code, x.properties]));
			expect(byCode.size).toBe(fc.features.length); // codes are unique after
			const groups = evaluation.groups.filter((g) => g.level === level);
			expect(groups.length).toBe(level === 'commune' ? 5 : 1);
			for (const g of groups) {
				const p = byCode.get(g.keptCode!)!;
				expect(p, g.id).toBeDefined();
				expect(p.area_km2).toBe(g.areaKm2);
				expect(p.population).toBe(g.population);
				expect(p.members).toEqual(g.members);
				expect(p.name).toBe(g.name);
				expect(p.code_prov).toBe(true);
				// The absorbed codes are retired: no feature carries them.
				for (const c of g.retiredCodes) expect(byCode.has(c)).toBe(false);
			}
			const grouped = new Set(groups.flatMap((g) => g.members));
			for (const u of workspace.units.filter((u) => u.level === level && !grouped.has(u.code))) {
				const p = byCode.get(u.code)!;
				const v = workspace.basis.verdicts.get(u.code)!;
				expect(p.area_km2).toBe(v.areaUsed.km2);
				expect(p.population).toBe(v.population);
				expect(p.members).toEqual([u.code]);
				expect(p.code_prov).toBe(false);
			}
			// Every unit of the level has a polygon outline, the merged ones dissolved into one.
			for (const x of fc.features) expect(['Polygon', 'MultiPolygon']).toContain(x.geometry?.type);
			if (level === 'district') {
				// NQ 1245: Đạ Huoai + Đạ Tẻh + Cát Tiên → huyện Đạ Huoai, code 681 kept; 495.04 + 526.73 + 426.71 km².
				expect(byCode.get('681')).toMatchObject({ name: 'Huyện Đạ Huoai', members: ['681', '682', '683'] });
				expect(byCode.get('681')!.area_km2).toBeCloseTo(1448.48, 2);
			}
		},
		60_000
	);

	it('a commune under an absorbed district gets the receiving district as its parent after (NQ 1245: 682 → 681)', async () => {
		const fc = JSON.parse(new TextDecoder().decode((await run('geojson')).bytes)) as Fc;
		const units = (await evaluateStored(db, await requireScenario(db, scenarioId))).workspace.units;
		const in682 = units.filter((u) => u.level === 'commune' && u.parentCode === '682').map((u) => u.code);
		expect(in682.length).toBeGreaterThan(0);
		const byCode = new Map(fc.features.map((x) => [x.properties.code, x.properties]));
		for (const c of in682) if (byCode.has(c)) expect(byCode.get(c)!.parent, c).toBe('681');
	});
});

describe('Shapefile and GeoPackage through mapshaper (issue 12 item 6)', () => {
	it('the zipped Shapefile has a .cpg of UTF-8 and its DBF reads back with the Vietnamese names intact', async () => {
		const f = await run('shp');
		expect(f.contentType).toBe('application/zip');
		expect(f.filename).toMatch(/\.zip$/);
		const files = unzipSync(f.bytes);
		const names = Object.keys(files);
		for (const ext of ['shp', 'shx', 'dbf', 'prj', 'cpg'])
			expect(
				names.some((n) => n.endsWith('.' + ext)),
				ext
			).toBe(true);
		expect(
			strFromU8(files[names.find((n) => n.endsWith('.cpg'))!])
				.trim()
				.toUpperCase()
		).toBe('UTF-8');
		const back = (await shp(f.bytes.buffer.slice(f.bytes.byteOffset, f.bytes.byteOffset + f.bytes.byteLength))) as Fc;
		const geo = JSON.parse(new TextDecoder().decode((await run('geojson')).bytes)) as Fc;
		expect(back.features.length).toBe(geo.features.length);
		const dbfName = new Map(back.features.map((x) => [String(x.properties.code), x.properties]));
		for (const g of geo.features) {
			const p = dbfName.get(g.properties.code)!;
			expect(p.name, g.properties.code).toBe(g.properties.name);
			expect(p.population).toBe(g.properties.population);
			expect(String(p.members)).toBe(g.properties.members.join(';'));
		}
		// Names with Vietnamese letters that one-byte-per-character writers corrupt (ạ, ồ, ả…).
		expect([...dbfName.values()].some((p) => /[ạồảẻơư]/.test(String(p.name)))).toBe(true);
		expect(dbfName.get('25138')?.name).toBe('Xã Quảng Trị');
		expect(dbfName.get('25138')?.code_prov).toBe(1);
	}, 60_000);

	it.each(['commune', 'district'] as const)(
		'the GeoPackage opens: gpkg_contents lists the %s layer, one row per unit after',
		async (level) => {
			const f = await run('gpkg', level);
			const path = join(t.dir, `${level}.gpkg`);
			writeFileSync(path, f.bytes);
			const g = new Database(path, { readonly: true });
			try {
				const contents = g.prepare('select table_name, data_type from gpkg_contents').all() as {
					table_name: string;
					data_type: string;
				}[];
				const layer = level === 'district' ? 'don_vi_cap_huyen' : 'don_vi_cap_xa';
				expect(contents).toContainEqual({ table_name: layer, data_type: 'features' });
				const n = g.prepare(`select count(*) as n from "${layer}"`).get() as { n: number };
				expect(n.n).toBe(level === 'district' ? 10 : 137);
				const row = g
					.prepare(`select name, population, code_prov from "${layer}" where code = ?`)
					.get(level === 'district' ? '681' : '25138') as { name: string; population: number; code_prov: number };
				expect(row).toMatchObject({ name: level === 'district' ? 'Huyện Đạ Huoai' : 'Xã Quảng Trị', code_prov: 1 });
			} finally {
				g.close();
			}
		},
		60_000
	);
});

describe('the plan CSV as a registry format', () => {
	it('csv is UTF-8 with BOM and round-trips into the plan import (scenario import)', async () => {
		const f = await run('csv');
		expect(f.contentType).toBe('text/csv; charset=utf-8');
		expect([...f.bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
		const again = await importPlanScenario(db, an, datasetId, { name: f.filename, data: Buffer.from(f.bytes) });
		const original = await requireScenario(db, scenarioId);
		expect(again.warnings).toEqual([]);
		expect(again.scenario.content).toEqual(original.content);
	}, 60_000);
});

describe('the equivalence table (old code → new code)', () => {
	it('every old unit once; absorbed units point to the receiving code, marked provisional; CSV with BOM', async () => {
		const f = await equivalenceCsv({ db, scenarioId, level: 'commune', lang: 'vi' });
		const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(f.bytes);
		expect(text.charCodeAt(0)).toBe(0xfeff);
		const lines = text.slice(1).split('\r\n');
		expect(lines[0]).toContain('"Mã cũ"');
		expect(lines.length - 1).toBe(142);
		expect(lines.find((l) => l.startsWith('"25147"'))).toMatch(
			/^"25147","[^"]+","Xã","25138","Xã Quảng Trị","Xã","Sáp nhập vào đơn vị mới, mã bỏ","Có","X2"/
		);
		expect(lines.find((l) => l.startsWith('"25138"'))).toContain('"25138","Xã Quảng Trị","Xã","Nhận sáp nhập, giữ mã"');
	});
});

describe('XLSX (issue 12 item 4): exceljs reads it back', () => {
	it('codes are text cells, figures are numbers with Vietnamese display formats, header frozen, sheet names ≤ 31', async () => {
		const f = await run('xlsx');
		expect(f.contentType).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
		const wb = new ExcelJS.Workbook();
		await wb.xlsx.load(Buffer.from(f.bytes) as unknown as ArrayBuffer);
		const names = wb.worksheets.map((w) => w.name);
		for (const n of names) expect(n.length).toBeLessThanOrEqual(31);
		expect(names).toContain('Bảng tương ứng mã');
		const after = wb.getWorksheet('Đơn vị sau sắp xếp')!;
		expect(after.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
		expect(after.getColumn(2).width).toBeGreaterThan(8);
		const header = (after.getRow(1).values as unknown[]).slice(1);
		expect(header.slice(0, 5)).toEqual(['Mã', 'Tên', 'Loại', 'Diện tích tự nhiên (km²)', 'Quy mô dân số (người)']);
		const geo = JSON.parse(new TextDecoder().decode((await run('geojson')).bytes)) as Fc;
		expect(after.actualRowCount).toBeGreaterThanOrEqual(1 + geo.features.length);
		const quangTri = geo.features.find((x) => x.properties.code === '25138')!.properties;
		let found = false;
		after.eachRow((row, i) => {
			if (i === 1) return;
			const code = row.getCell(1);
			if (code.value !== '25138') return;
			found = true;
			expect(code.type).toBe(ExcelJS.ValueType.String);
			expect(row.getCell(4).type).toBe(ExcelJS.ValueType.Number);
			expect(row.getCell(4).value).toBe(quangTri.area_km2);
			expect(row.getCell(4).numFmt).toBe('#,##0.00'); // 1.448,48 under vi-VN
			expect(row.getCell(5).value).toBe(quangTri.population);
			expect(row.getCell(5).numFmt).toBe('#,##0'); // 12.345 under vi-VN
		});
		expect(found).toBe(true);
		// Codes with leading zeros stay text: every code cell of the equivalence sheet is a string.
		const eq = wb.getWorksheet('Bảng tương ứng mã')!;
		eq.eachRow((row, i) => {
			if (i === 1 || !row.getCell(1).value) return;
			if (!/^\d+$/.test(String(row.getCell(1).value))) return; // the caption under the table
			expect(row.getCell(1).type).toBe(ExcelJS.ValueType.String);
			expect(row.getCell(4).type).toBe(ExcelJS.ValueType.String);
		});
	}, 60_000);
});

describe('XLSX: one sheet per table of the dossier model', () => {
	it('the model’s tables come first, in the scheme’s order, then the units after and the code table; the plan sheet’s figures equal the evaluation', async () => {
		const f = await run('xlsx', 'district');
		const wb = new ExcelJS.Workbook();
		await wb.xlsx.load(Buffer.from(f.bytes) as unknown as ArrayBuffer);
		const dossier = await loadDossier(db, scenarioId, 'vi');
		const expected = [
			dossier.currentState.table,
			dossier.plan.table,
			dossier.plan.membersTable,
			dossier.plan.keptTable,
			...(dossier.staffing ? [dossier.staffing.table, dossier.staffing.planTable, dossier.staffing.officesTable] : []),
			dossier.residents.table
		].map((t) => t.sheetName);
		expect(wb.worksheets.map((w) => w.name)).toEqual([...expected, 'Đơn vị sau sắp xếp', 'Bảng tương ứng mã']);
		expect(expected).toContain('Hiện trạng');
		expect(expected).toContain('Phương án');
		// Each model sheet: the header row is the table's labels, one row per table row (plus the total), frozen.
		for (const t of [dossier.currentState.table, dossier.plan.table, dossier.plan.membersTable]) {
			const ws = wb.getWorksheet(t.sheetName)!;
			expect((ws.getRow(1).values as unknown[]).slice(1)).toEqual(t.columns.map((c) => c.label));
			expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
			t.columns.forEach((c, i) => {
				const cell = ws.getRow(2).getCell(i + 1);
				if (cell.value == null) return;
				if (c.kind === 'code') expect(cell.type, `${t.id}.${c.key}`).toBe(ExcelJS.ValueType.String);
				if (c.kind === 'integer' || c.kind === 'area' || c.kind === 'percent')
					expect(cell.type, `${t.id}.${c.key}`).toBe(ExcelJS.ValueType.Number);
				if (c.kind === 'integer') expect(cell.numFmt).toBe('#,##0');
				if (c.kind === 'area') expect(cell.numFmt).toBe('#,##0.00');
			});
		}
		// The district merger's row: code 681 as text, area and population as the evaluation has them.
		const { evaluation } = await evaluateStored(db, await requireScenario(db, scenarioId));
		const h1 = evaluation.groups.find((g) => g.id === 'H1')!;
		const plan = wb.getWorksheet('Phương án')!;
		const cols = dossier.plan.table.columns.map((c) => c.key);
		let row681: ExcelJS.Row | undefined;
		plan.eachRow((r) => {
			if (r.getCell(cols.indexOf('code') + 1).value === '681') row681 = r;
		});
		expect(row681).toBeDefined();
		expect(row681!.getCell(cols.indexOf('area') + 1).value).toBe(h1.areaKm2);
		expect(row681!.getCell(cols.indexOf('population') + 1).value).toBe(h1.population);
	}, 60_000);
});

describe('registry and export cache (issue 12 item 7)', () => {
	it('formats not built yet are refused as "not available yet", unknown ones as unknown', () => {
		for (const f of ['docx', 'pdf', 'html'])
			if (!EXPORTERS[f as 'docx']) {
				expect(() => exporterOf(f)).toThrow(DossierExportError);
				try {
					exporterOf(f);
				} catch (e) {
					expect((e as DossierExportError).code).toBe('not_available');
					expect((e as DossierExportError).vi).toContain('chưa có');
				}
			}
		expect(() => exporterOf('exe')).toThrow(/No format/);
	});

	it('a second export of the same version is the cached file (same bytes, no exporter run); a new version or a data change makes a new one', async () => {
		const first = await run('geojson', 'district', 'en');
		const runs = exportRuns();
		const second = await run('geojson', 'district', 'en');
		expect(second.cached).toBe(true);
		expect(exportRuns()).toBe(runs);
		expect(Buffer.from(second.bytes).equals(Buffer.from(first.bytes))).toBe(true);
		expect(second.filename).toBe(first.filename);
		// A new version of the scenario (a name change of a group) invalidates it.
		const s = await requireScenario(db, scenarioId);
		await applyScenarioOps(db, an, scenarioId, s.version, [
			{ op: 'setGroupFields', groupId: 'H1', fields: { name: 'Huyện Nam Lâm Đồng' } }
		]);
		const third = await run('geojson', 'district', 'en');
		expect(third.cached).toBe(false);
		expect(exportRuns()).toBe(runs + 1);
		expect(third.version).toBe(s.version + 1);
		expect(new TextDecoder().decode(third.bytes)).toContain('Huyện Nam Lâm Đồng');
		// A change of the units' data (audited) invalidates it too: the population is part of the file.
		await updateUnits(db, datasetId, [{ code: '681', patch: { population: 40000 } }], 'test');
		const fourth = await run('geojson', 'district', 'en');
		expect(fourth.cached).toBe(false);
		expect(exportRuns()).toBe(runs + 2);
		expect((await run('geojson', 'district', 'en')).cached).toBe(true);
	}, 60_000);
});
