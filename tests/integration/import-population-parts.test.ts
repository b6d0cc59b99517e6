/**
 * Population = permanent residents + temporary residents converted by the official rule (domain.md §3): a dataset
 * may carry both parts; the total is what the criteria use, and the population source says which.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tableCounts, tempDb } from '../helpers/db';
import { importAttributes, importDataset, ImportError, type ImportFile } from '../../src/lib/server/import';
import { getUnit, listUnits } from '../../src/lib/server/db/unit.repository';
import { listAudit } from '../../src/lib/server/db/audit.repository';
import { getDb } from '../../src/lib/server/db/database';
import { generateProvince } from '../../src/lib/domain/generate/province';
import { provinceToFiles, provinceToTwoTierFiles } from '../../src/lib/domain/generate/files';
import { validateUnitPatch, withPopulationTotal } from '../../src/lib/domain/unit-edit';
import { seedDemo } from '../../src/lib/server/demo';
import * as unitRoute from '../../src/routes/api/datasets/[id]/units/[code]/+server';

const province = generateProvince({ communes: 30, seed: 2 });
const boundaries = (): ImportFile[] => {
	const f = provinceToFiles(province);
	return [
		{ name: 'districts.geojson', data: JSON.stringify(f.districts) },
		{ name: 'communes.geojson', data: JSON.stringify(f.communes) }
	];
};

describe('population parts in the attributes CSV (domain.md §3)', () => {
	let t: Awaited<ReturnType<typeof tempDb>>;
	let id: number;
	beforeAll(async () => {
		t = await tempDb();
		id = (
			await importDataset(
				t.db,
				[
					...boundaries(),
					{
						name: 'units.csv',
						data: 'code,population_permanent,population_temporary_converted\n00001,4800,350\n00002,6100,0\n'
					}
				],
				{ createdBy: 'test', name: 'parts' }
			)
		).datasetId;
	});
	afterAll(async () => t.cleanup());

	it('stores both parts, uses their sum as the population, and says so in the source', async () => {
		const u = (await getUnit(t.db, id, '00001'))!;
		expect(u).toMatchObject({ population: 5150, populationPermanent: 4800, populationTemporaryConverted: 350 });
		expect(u.populationSource).toBe('units.csv: thường trú + tạm trú quy đổi');
		expect((await getUnit(t.db, id, '00002'))!.population).toBe(6100);
	});

	it('a total that agrees with its parts is accepted; a given source is kept and labelled', async () => {
		const r = await importAttributes(
			t.db,
			id,
			{
				name: 'ok.csv',
				data: 'code,population,dan_so_thuong_tru,tam_tru_quy_doi,nguon_dan_so\n00003,7000,6500,500,Công an tỉnh\n'
			},
			'an'
		);
		expect(r.updated).toBe(1);
		const u = (await getUnit(t.db, id, '00003'))!;
		expect(u).toMatchObject({ population: 7000, populationPermanent: 6500, populationTemporaryConverted: 500 });
		expect(u.populationSource).toBe('Công an tỉnh (thường trú + tạm trú quy đổi)');
	});

	it('a total given with parts that do not add up is an error naming the file, row and column; nothing written', async () => {
		const before = await tableCounts(t.db);
		const csv =
			'code,population,population_permanent,population_temporary_converted\n00004,100,90,10\n00005,9000,8000,900\n';
		const err = await importAttributes(t.db, id, { name: 'sai.csv', data: csv }, 'an').catch((e) => e);
		expect(err).toBeInstanceOf(ImportError);
		expect(err.code).toBe('csv_population_parts_mismatch');
		expect(err.describe('en')).toBe(
			'sai.csv, row 3, column "population": population 9000 is not the sum of permanent 8000 + converted temporary 900 = 8900. Make them agree, or leave the population cell empty (the total is computed from the parts).'
		);
		expect(err.describe('vi')).toMatch(/^sai\.csv, dòng 3, cột "population": dân số 9000 khác tổng/);
		expect(await tableCounts(t.db)).toEqual(before);
		expect((await getUnit(t.db, id, '00004'))!.population).not.toBe(100);
	});

	it('one part without the other is an error naming the empty cell', async () => {
		const csv = 'code,population_permanent,population_temporary_converted\n00006,5000,\n';
		const err = await importAttributes(t.db, id, { name: 'thieu.csv', data: csv }, 'an').catch((e) => e);
		expect(err.code).toBe('csv_population_part_missing');
		expect(err.describe('en')).toMatch(/^thieu\.csv, row 2, column "population_temporary_converted": one part/);
	});

	it('a total given alone replaces the parts, and the audit trail keeps before → after', async () => {
		await importAttributes(t.db, id, { name: 'tong.csv', data: 'code,population\n00001,6000\n' }, 'an');
		const u = (await getUnit(t.db, id, '00001'))!;
		expect(u).toMatchObject({ population: 6000, populationPermanent: null, populationTemporaryConverted: null });
		const audit = await listAudit(t.db, id, { entityKey: '00001' });
		expect(audit.find((a) => a.field === 'populationPermanent')).toMatchObject({ before: '4800', after: 'null' });
		expect(audit.find((a) => a.field === 'population')).toMatchObject({ before: '5150', after: '6000', who: 'an' });
	});
});

describe('the generated two-tier folder carries the parts, and the import sums them', () => {
	it('every commune: population = permanent + converted temporary', async () => {
		const t = await tempDb();
		try {
			const f = provinceToTwoTierFiles(province);
			const { datasetId } = await importDataset(
				t.db,
				[
					{ name: 'communes.geojson', data: JSON.stringify(f.communes) },
					{ name: 'units.csv', data: f.unitsCsv }
				],
				{ createdBy: 'test' }
			);
			const units = await listUnits(t.db, datasetId);
			expect(units.length).toBe(30);
			for (const u of units) {
				expect(u.populationPermanent! + u.populationTemporaryConverted!).toBe(u.population);
				expect(u.populationSource).toContain('thường trú + tạm trú quy đổi');
			}
		} finally {
			await t.cleanup();
		}
	});
});

describe('editing the parts (unit editor → PATCH /api/datasets/[id]/units/[code])', () => {
	let dir: string;
	let id: number;
	beforeAll(async () => {
		dir = mkdtempSync(join(tmpdir(), 'sapxep-parts-'));
		process.env.DATABASE_PATH = join(dir, 'web.db');
		id = (await seedDemo(await getDb(), { communes: 20, seed: 4 })).datasetId;
	});
	afterAll(async () => {
		await (await getDb()).destroy();
		delete process.env.DATABASE_PATH;
		rmSync(dir, { recursive: true, force: true });
	});
	const patch = async (body: unknown) => {
		const res = await unitRoute.PATCH({
			params: { id: String(id), code: '00007' },
			request: new Request('http://localhost/x', {
				method: 'PATCH',
				body: JSON.stringify(body),
				headers: { 'content-type': 'application/json' }
			}),
			locals: { user: { id: 'editor', name: 'editor' } }
		} as never);
		return { status: res.status, body: await res.json() };
	};

	it('both parts given: the total becomes their sum, the source says which, each field is audited', async () => {
		const r = await patch({
			patch: { populationPermanent: 4100, populationTemporaryConverted: 250, populationSource: 'Công an xã' },
			note: 'số liệu mới'
		});
		expect(r.status).toBe(200);
		expect(r.body.unit).toMatchObject({
			population: 4350,
			populationPermanent: 4100,
			populationTemporaryConverted: 250,
			populationSource: 'Công an xã (thường trú + tạm trú quy đổi)'
		});
		const audit = await listAudit(await getDb(), id, { entityKey: '00007' });
		const fields = audit.map((a) => a.field);
		expect(fields).toEqual(
			expect.arrayContaining(['population', 'populationPermanent', 'populationTemporaryConverted'])
		);
		expect(audit.find((a) => a.field === 'populationTemporaryConverted')).toMatchObject({
			who: 'editor',
			before: 'null',
			after: '250',
			note: 'số liệu mới'
		});
	});

	it('a total that contradicts the stored parts is refused (422) with a bilingual field error', async () => {
		const r = await patch({ patch: { population: 9999 } });
		expect(r.status).toBe(422);
		expect(r.body.errors[0]).toMatchObject({
			field: 'population',
			message: { en: 'population must equal permanent + converted temporary residents = 4350' }
		});
	});

	it('clearing both parts frees the total again', async () => {
		const r = await patch({
			patch: { population: 5000, populationPermanent: null, populationTemporaryConverted: null }
		});
		expect(r.status).toBe(200);
		expect(r.body.unit).toMatchObject({ population: 5000, populationPermanent: null });
	});
});

describe('validateUnitPatch: population parts (domain.md §3)', () => {
	it('one part alone, a negative part, or a total that is not the sum are field errors', () => {
		expect(validateUnitPatch({ populationPermanent: 10 }, []).map((e) => e.field)).toEqual([
			'populationTemporaryConverted'
		]);
		expect(
			validateUnitPatch({ populationPermanent: -1, populationTemporaryConverted: 2 }, []).map((e) => e.field)
		).toEqual(['populationPermanent']);
		expect(
			validateUnitPatch({ population: 13, populationPermanent: 10, populationTemporaryConverted: 2 }, []).map(
				(e) => e.field
			)
		).toEqual(['population']);
		expect(
			validateUnitPatch(withPopulationTotal({ populationPermanent: 10, populationTemporaryConverted: 2 }), [])
		).toEqual([]);
	});
});
