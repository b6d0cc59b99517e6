import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importDataset } from '../../src/lib/server/import';
import { listUnits } from '../../src/lib/server/db/unit.repository';
import { getDataset } from '../../src/lib/server/db/dataset.repository';
import { lamDongFiles, tempDb } from '../helpers/db';

describe('import of the real Lâm Đồng data (../shared/data/lam-dong)', () => {
	let t: Awaited<ReturnType<typeof tempDb>>;
	let result: Awaited<ReturnType<typeof importDataset>>;
	beforeAll(async () => {
		t = await tempDb();
		result = await importDataset(t.db, lamDongFiles(), { name: 'Lâm Đồng 2023', createdBy: 'test' });
	});
	afterAll(async () => t.cleanup());

	it('reports 12 districts and 142 communes', () => {
		expect(result.districts).toBe(12);
		expect(result.communes).toBe(142);
	});
	it('knows the province from its code 68 and suggests the highland default terrain', async () => {
		const ds = await getDataset(t.db, result.datasetId);
		expect(ds?.province_code).toBe('68');
		expect(ds?.province_name).toBe('Lâm Đồng');
		expect(ds?.default_terrain).toBe('mountainous');
	});
	it('has a population on every unit and keeps codes as text', async () => {
		const units = await listUnits(t.db, result.datasetId);
		expect(units).toHaveLength(154);
		for (const u of units) {
			expect(u.population, u.code).toBeGreaterThan(0);
			expect(typeof u.code).toBe('string');
			expect(u.code).toMatch(u.level === 'district' ? /^\d{3}$/ : /^\d{5}$/);
		}
		// Communes are joined to their districts and counted as in the census structure.
		const communes = units.filter((u) => u.level === 'commune');
		const perDistrict = new Map<string, number>();
		for (const c of communes) perDistrict.set(c.parentCode!, (perDistrict.get(c.parentCode!) ?? 0) + 1);
		expect(perDistrict.size).toBe(12);
		const phuongCount = communes.filter((c) => c.kind === 'phuong').length;
		expect(phuongCount).toBe(18);
		expect(communes.filter((c) => c.kind === 'thi_tran').length).toBe(13);
		expect(communes.filter((c) => c.kind === 'xa').length).toBe(111);
	});
	it('takes the official area from units.csv where given and computes the rest', async () => {
		const units = await listUnits(t.db, result.datasetId);
		const official = units.filter((u) => u.areaOfficialKm2 != null);
		expect(official).toHaveLength(15);
		const catTien = units.find((u) => u.code === '683')!;
		expect(catTien.areaOfficialKm2).toBeCloseTo(426.71, 2);
		// Computed area within 1% of the provenance's geodesic figure (427.0 km²).
		expect(catTien.areaComputedKm2!).toBeGreaterThan(422);
		expect(catTien.areaComputedKm2!).toBeLessThan(432);
		const quangTri = units.find((u) => u.name === 'Xã Quảng Trị')!;
		expect(quangTri.areaOfficialKm2).toBeCloseTo(54.36, 2);
		expect(quangTri.areaComputedKm2! / quangTri.areaOfficialKm2!).toBeGreaterThan(1.1);
	});
	it("stores each unit's Polsby–Popper compactness (information only)", async () => {
		const units = await listUnits(t.db, result.datasetId);
		for (const u of units) {
			expect(u.compactness, u.code).toBeGreaterThan(0.02);
			expect(u.compactness, u.code).toBeLessThan(0.9); // no administrative unit is as round as a disc
		}
	});
	it('keeps the census date and source of the population', async () => {
		const units = await listUnits(t.db, result.datasetId);
		const dalat = units.find((u) => u.code === '672')!;
		expect(dalat.population).toBe(226578);
		expect(dalat.populationDate).toBe('2019');
		expect(dalat.populationSource).toMatch(/census/);
	});
	it('warns about the missing reference date', () => {
		expect(result.warnings.map((w) => w.code)).toContain('no_reference_date');
	});
});
