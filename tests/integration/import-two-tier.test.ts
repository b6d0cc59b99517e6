/**
 * Two-tier datasets (domain.md §8): since 1 July 2025 provinces hold province → communes and wards, no district level.
 * The importer accepts a commune layer alone (parent = the province), and the map data, quality report, adjacency
 * and evaluation work with no district. Test data comes from the project's own generator, never from real data.
 */
import { unpackUnits, type PackedUnits } from '../../src/lib/domain/unit-pack';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../helpers/cli';
import { tableCounts, tempDb, tempLocation } from '../helpers/db';
import { generateProvince } from '../../src/lib/domain/generate/province';
import { provinceToFiles, provinceToTwoTierFiles } from '../../src/lib/domain/generate/files';
import { importDataset, ImportError, type ImportFile } from '../../src/lib/server/import';
import { parseDataset } from '../../src/lib/server/import/dataset';
import { getDb } from '../../src/lib/server/db/database';
import { getDataset } from '../../src/lib/server/db/dataset.repository';
import { listUnits } from '../../src/lib/server/db/unit.repository';
import { listAdjacency } from '../../src/lib/server/db/adjacency.repository';
import { listQuality } from '../../src/lib/server/db/quality.repository';
import { datasetDefaultRuleSetId } from '../../src/lib/domain/rules';
import { RULE_SETS } from '../../src/lib/domain/rules';
import * as mapPage from '../../src/routes/datasets/[id]/+page.server';
import * as unitsApi from '../../src/routes/api/datasets/[id]/units/+server';
import type { UnitsSummary } from '../../src/lib/server/services/page-units';
import * as qualityPage from '../../src/routes/datasets/[id]/quality/+page.server';
import * as geometry from '../../src/routes/api/datasets/[id]/geometry/[level]/+server';
import * as upload from '../../src/routes/api/datasets/+server';
import { jobSettled } from '../../src/lib/server/import/jobs';
import { getImportJob } from '../../src/lib/server/db/import-job.repository';
import { importPlanScenario } from '../../src/lib/server/services/scenario.service';
import { evaluateStored } from '../../src/lib/server/services/scenario-workspace';

const province = generateProvince({ communes: 60, seed: 5 });
const twoTier = provinceToTwoTierFiles(province);
const twoTierFiles = (): ImportFile[] => [
	{ name: 'communes.geojson', data: JSON.stringify(twoTier.communes) },
	{ name: 'units.csv', data: twoTier.unitsCsv }
];

describe('two-tier import (NQ 76/2025: no district level since 1 July 2025)', () => {
	it('a commune layer alone is a two-tier dataset: every commune under the province, nothing has a district', () => {
		const p = parseDataset(twoTierFiles(), { provinceCode: province.provinceCode });
		expect(p.dataset.structure).toBe('two-tier');
		expect(p.districts).toHaveLength(0);
		expect(p.communes).toHaveLength(60);
		expect(p.communes.every((u) => u.record.parentCode === province.provinceCode && u.record.level === 'commune')).toBe(
			true
		);
		// No townships after 1 July 2025: the generator's thị trấn come out as xã.
		expect(p.communes.some((u) => u.record.kind === 'thi_tran')).toBe(false);
		expect(p.warnings.map((w) => w.code)).toContain('two_tier');
		// NQ 76/2025 Art. 5: figures as of 31 Dec 2024 (not the 2022 date of the 2023–2025 phase).
		expect(p.warnings.find((w) => w.code === 'no_reference_date')!.message_en).toMatch(/31 Dec 2024/);
	});

	it('a lone layer whose file name says nothing is read as the commune layer of a two-tier dataset', () => {
		const p = parseDataset([{ name: 'tinh-2025.geojson', data: JSON.stringify(twoTier.communes) }]);
		expect(p.dataset.structure).toBe('two-tier');
		expect(p.communes).toHaveLength(60);
		expect(p.dataset.provinceCode).toBe(province.provinceCode);
	});

	it('declared two-tier with a district layer is an error naming the district file; the database is unchanged', async () => {
		const t = await tempDb();
		try {
			const three = provinceToFiles(province);
			const before = await tableCounts(t.db);
			const err = await importDataset(
				t.db,
				[
					{ name: 'districts.geojson', data: JSON.stringify(three.districts) },
					{ name: 'communes.geojson', data: JSON.stringify(three.communes) }
				],
				{ createdBy: 'test', structure: 'two-tier' }
			).catch((e) => e);
			expect(err).toBeInstanceOf(ImportError);
			expect(err.code).toBe('two_tier_with_districts');
			expect(err.describe('en')).toMatch(/^districts\.geojson: a two-tier dataset .* has no district level/);
			expect(err.describe('vi')).toMatch(/không có cấp huyện/);
			expect(await tableCounts(t.db)).toEqual(before);
		} finally {
			await t.cleanup();
		}
	});

	it('a three-tier commune layer (with district codes) whose district file is missing is still the missing-layer error', () => {
		const three = provinceToFiles(province);
		const err = (() => {
			try {
				parseDataset([{ name: 'communes.geojson', data: JSON.stringify(three.communes) }]);
			} catch (e) {
				return e as ImportError;
			}
		})();
		expect(err).toBeInstanceOf(ImportError);
		expect(err!.code).toBe('missing_layer');
		expect(err!.describe('en')).toMatch(/--structure two-tier/);
	});

	it('a merger of two adjacent communes is evaluated on a two-tier dataset (scenario from a plan CSV)', async () => {
		const t = await tempDb();
		try {
			const { datasetId } = await importDataset(t.db, twoTierFiles(), { createdBy: 'test' });
			const e = (await listAdjacency(t.db, datasetId, 'commune'))[0];
			const { scenario } = await importPlanScenario(
				t.db,
				{ id: 'test', name: 'test' },
				datasetId,
				{ name: 'plan.csv', data: `group,code\nA,${e.a_code}\nA,${e.b_code}\n` },
				{ ruleSetId: 'nq76-2025' }
			);
			const { evaluation } = await evaluateStored(t.db, scenario);
			expect(evaluation.groups[0]).toMatchObject({ level: 'commune', members: [e.a_code, e.b_code] });
			expect(evaluation.groups[0].verdict).toMatchObject({ valid: true, level: 'commune' });
		} finally {
			await t.cleanup();
		}
	});

	it('stores the structure, commune adjacency only, and a quality report with no commune outside a district', async () => {
		const t = await tempDb();
		try {
			const r = await importDataset(t.db, twoTierFiles(), { createdBy: 'test', name: 'two-tier' });
			expect(r).toMatchObject({ structure: 'two-tier', districts: 0, communes: 60 });
			expect((await getDataset(t.db, r.datasetId))!.structure).toBe('two-tier');
			const units = await listUnits(t.db, r.datasetId);
			expect(units.every((u) => u.level === 'commune' && u.parentCode === province.provinceCode)).toBe(true);
			expect(await listAdjacency(t.db, r.datasetId, 'district')).toHaveLength(0);
			const communeEdges = await listAdjacency(t.db, r.datasetId, 'commune');
			expect(communeEdges.length).toBeGreaterThan(60);
			const quality = await listQuality(t.db, r.datasetId);
			expect(quality.some((q) => q.check_kind === 'outside-district')).toBe(false);
		} finally {
			await t.cleanup();
		}
	});
});

describe('two-tier through the CLI: generate --two-tier, import <folder>, evaluate', () => {
	let dir: string;
	let db: string;
	let dropDb: () => Promise<void>;
	beforeAll(async () => {
		dir = mkdtempSync(join(tmpdir(), 'sapxep-two-tier-'));
		({ location: db, drop: dropDb } = await tempLocation(join(dir, 'cli.db')));
	});
	afterAll(async () => {
		await dropDb();
		rmSync(dir, { recursive: true, force: true });
	});

	it('imports a generated communes-only folder as a two-tier dataset and evaluates every commune', async () => {
		const out = join(dir, 'tinh');
		const gen = await cli(db, [
			'generate',
			'--communes',
			'40',
			'--seed',
			'9',
			'--two-tier',
			'--out',
			out,
			'--no-import'
		]);
		expect(gen.code).toBe(0);
		const layer = JSON.parse(readFileSync(join(out, 'communes.geojson'), 'utf-8'));
		expect(layer.features[0].properties).not.toHaveProperty('district_code');
		const r = await cli(db, ['import', out, '--name', 'Tỉnh hai cấp', '--reference-date', '2024-12-31', '--json']);
		expect(r.code).toBe(0);
		expect(JSON.parse(r.stdout)).toMatchObject({ dataset_id: 1, structure: 'two-tier', districts: 0, communes: 40 });
		const list = JSON.parse((await cli(db, ['datasets', '--json'])).stdout);
		expect(list[0]).toMatchObject({ structure: 'two-tier', districts: 0, communes: 40 });
		const ev = await cli(db, ['evaluate', '1', '--json']);
		expect(ev.code).toBe(0);
		const rows = JSON.parse(ev.stdout) as { level: string; code: string }[];
		expect(rows).toHaveLength(40);
		expect(rows.every((x) => x.level === 'commune')).toBe(true);
		const text = await cli(db, ['evaluate', '1']);
		// Without --rules: the rule set preferred for two-tier data that this build knows.
		expect(text.stdout.split('\n')[0]).toContain(RULE_SETS[datasetDefaultRuleSetId('two-tier')].title_vi);
	});

	it('--structure three-tier on a communes-only folder is the missing-layer error, database unchanged', async () => {
		const r = await cli(db, ['import', join(dir, 'tinh'), '--structure', 'three-tier', '--json']);
		expect(r.code).toBe(2);
		expect(JSON.parse(r.stderr)).toMatchObject({ error: 'missing_layer' });
		expect(JSON.parse((await cli(db, ['datasets', '--json'])).stdout)).toHaveLength(1);
	});
});

describe('two-tier in the web app: upload, map data, quality page', () => {
	let dir: string;
	let id: number;
	let dropDb: () => Promise<void>;
	beforeAll(async () => {
		dir = mkdtempSync(join(tmpdir(), 'sapxep-two-tier-web-'));
		const t = await tempLocation(join(dir, 'web.db'));
		process.env.DATABASE_PATH = t.location;
		dropDb = t.drop;
		const form = new FormData();
		for (const f of twoTierFiles()) form.append('files', new File([f.data as string], f.name));
		form.append('name', 'Tỉnh hai cấp (tải lên)');
		const res = await upload.POST({
			request: new Request('http://localhost/api/datasets', { method: 'POST', body: form }),
			locals: { user: { id: 'uploader', name: 'uploader' } }
		} as never);
		// The upload becomes an import job (worker thread); its report is the job's result.
		expect(res.status).toBe(202);
		const { job_id } = await res.json();
		await jobSettled(job_id);
		const job = (await getImportJob(await getDb(), job_id))!;
		expect(job.error).toBeNull();
		expect(job.result).toMatchObject({ structure: 'two-tier', districts: 0, communes: 60 });
		id = job.datasetId!;
	});
	afterAll(async () => {
		await (await getDb()).destroy();
		delete process.env.DATABASE_PATH;
		await dropDb();
		rmSync(dir, { recursive: true, force: true });
	});

	it('the map page loads the communes, the two-tier rule set default, and an empty district layer', async () => {
		const data = (await mapPage.load({ params: { id: String(id) } } as never)) as {
			dataset: { structure: string };
			defaultRuleSetId: string;
			summary: UnitsSummary;
		};
		expect(data.dataset.structure).toBe('two-tier');
		// The page carries a summary; it fetches the units packed column by column (issue 14 items 5 and 6).
		expect(data.summary).toMatchObject({ districts: 0, communes: 60 });
		const packed = (await (
			await unitsApi.GET({ params: { id: String(id) }, request: new Request('http://localhost/u') } as never)
		).json()) as PackedUnits;
		expect(unpackUnits(packed)).toHaveLength(60);
		expect(data.defaultRuleSetId).toBe(datasetDefaultRuleSetId('two-tier'));
		expect(data.defaultRuleSetId).not.toBe('nq35-2023');
		const get = (level: string) =>
			geometry.GET({ params: { id: String(id), level }, url: new URL(`http://localhost/x/${level}`) } as never);
		const districts = await (await get('district')).json();
		expect(districts.features).toHaveLength(0);
		const communes = await (await get('commune')).json();
		expect(communes.features).toHaveLength(60);
	});

	it('the quality page loads with commune adjacency and no district pairs', async () => {
		const data = (await qualityPage.load({ params: { id: String(id) } } as never)) as {
			adjacency: { commune: { edges: number }; district: { edges: number } };
		};
		expect(data.adjacency.commune.edges).toBeGreaterThan(60);
		expect(data.adjacency.district.edges).toBe(0);
	});
});
