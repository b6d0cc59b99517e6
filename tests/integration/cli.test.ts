import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../helpers/cli';
import { LAM_DONG, tempLocation } from '../helpers/db';

describe('the command line on a real database (a SQLite file, or PostgreSQL with TEST_DATABASE_URL)', () => {
	let dir: string;
	let db: string;
	let dropDb: () => Promise<void>;
	beforeAll(async () => {
		dir = mkdtempSync(join(tmpdir(), 'sapxep-cli-'));
		({ location: db, drop: dropDb } = await tempLocation(join(dir, 'cli.db')));
	});
	afterAll(async () => {
		await dropDb();
		rmSync(dir, { recursive: true, force: true });
	});

	it('setup seeds the demo province once', async () => {
		const first = await cli(db, ['setup', '--json']);
		expect(first.code).toBe(0);
		expect(JSON.parse(first.stdout).seeded).toBe(1);
		const again = await cli(db, ['setup', '--json']);
		expect(JSON.parse(again.stdout).seeded).toBeNull();
	});

	it('import ../shared/data/lam-dong --json reports 12 districts and 142 communes', async () => {
		const r = await cli(db, ['import', LAM_DONG, '--name', 'Lâm Đồng 2023', '--json']);
		expect(r.code).toBe(0);
		const out = JSON.parse(r.stdout);
		expect(out).toMatchObject({ dataset_id: 2, districts: 12, communes: 142 });
		expect(Array.isArray(out.warnings)).toBe(true);
	});

	it('a broken file exits non-zero with the file named on stderr and the database unchanged', async () => {
		const bad = join(dir, 'bad');
		const { mkdirSync } = await import('node:fs');
		mkdirSync(bad);
		writeFileSync(join(bad, 'districts.geojson'), readFileSync(join(LAM_DONG, 'districts.geojson')));
		writeFileSync(join(bad, 'communes.geojson'), '{"type":"FeatureCollection","features":[');
		const r = await cli(db, ['import', bad, '--json']);
		expect(r.code).toBe(2);
		expect(JSON.parse(r.stderr)).toMatchObject({ error: 'not_json' });
		const list = JSON.parse((await cli(db, ['datasets', '--json'])).stdout);
		expect(list).toHaveLength(2);
	});

	it('evaluate --json lists one record per unit with ratios and clauses', async () => {
		const r = await cli(db, ['evaluate', '2', '--json']);
		expect(r.code).toBe(0);
		const rows = JSON.parse(r.stdout);
		expect(rows).toHaveLength(154);
		const daOai = rows.find((x: { code: string }) => x.code === '25111');
		// Xã Đạ Oai: official 23.27 km² / 50 km² (mountainous xã), 3,065 people / 5,000.
		expect(daOai.area_ratio).toBeCloseTo(23.27 / 50, 10);
		expect(daOai.population_ratio).toBeCloseTo(3065 / 5000, 10);
		expect(daOai).toMatchObject({ phase: '2023-2025', criterion: 'a<70&p<70', area_source: 'official' });
		expect(daOai.clause).toMatch(/Nghị quyết số 35\/2023\/UBTVQH15/);
		const keys = [
			'code',
			'name',
			'level',
			'kind',
			'area_km2',
			'area_source',
			'population',
			'area_ratio',
			'population_ratio',
			'phase',
			'criterion',
			'clause',
			'exempt',
			'warnings'
		];
		for (const k of keys) expect(daOai).toHaveProperty(k);
	});

	it('evaluate --csv writes UTF-8 with BOM and codes as quoted text', async () => {
		const r = await cli(db, ['evaluate', '2', '--csv', '--rules', 'nq76-2025']);
		expect(r.code).toBe(0);
		expect(r.stdout.charCodeAt(0)).toBe(0xfeff);
		expect(r.stdout).toContain('"25111"');
	});

	it('attributes updates units and an unknown dataset is a clear error', async () => {
		const csv = join(dir, 'attrs.csv');
		writeFileSync(csv, 'code,population,population_date\n25111,3500,2022-12-31\n');
		const ok = await cli(db, ['attributes', '2', csv, '--json']);
		expect(ok.code).toBe(0);
		expect(JSON.parse(ok.stdout)).toMatchObject({ rows: 1, updated: 1 });
		const miss = await cli(db, ['evaluate', 'no-such-dataset']);
		expect(miss.code).not.toBe(0);
		expect(miss.stderr).toMatch(/Không có bộ dữ liệu "no-such-dataset"/);
		expect(miss.stderr).not.toMatch(/no dataset/);
	});

	it('the CLI writes in its language only (SAPXEP_LANG), never both at once (issue 16 item 4)', async () => {
		const en = await cli(db, ['evaluate', 'no-such-dataset'], { SAPXEP_LANG: 'en' });
		expect(en.code).not.toBe(0);
		expect(en.stderr).toMatch(/No dataset "no-such-dataset"/);
		expect(en.stderr).not.toMatch(/Không có/);
	});

	it('generate --communes makes a simulated province with leading-zero codes', async () => {
		const r = await cli(db, ['generate', '--communes', '300', '--seed', '7', '--json']);
		expect(r.code).toBe(0);
		const out = JSON.parse(r.stdout);
		expect(out.communes).toBe(300);
		const rows = JSON.parse((await cli(db, ['evaluate', String(out.dataset_id), '--json'])).stdout);
		expect(rows.some((x: { code: string }) => x.code === '00001')).toBe(true);
	});
});

describe('manual adjacency edges', () => {
	it('adds an island link and removes a wrong edge, both listed with the stored graph', async () => {
		const { tempDb } = await import('../helpers/db');
		const { seedDemo } = await import('../../src/lib/server/demo');
		const { listAdjacency } = await import('../../src/lib/server/db/adjacency.repository');
		const t = await tempDb();
		const id = (await seedDemo(t.db, { communes: 150, seed: 1 })).datasetId;
		const edges = await listAdjacency(t.db, id, 'commune');
		const has = (a: string, b: string, list: { a_code: string; b_code: string }[]) =>
			list.some((e) => e.a_code === a && e.b_code === b);
		const wrong = edges[0];
		// Two communes far apart: not adjacent until a manual edge says so.
		const far = ['00001', '00150'];
		expect(has(far[0], far[1], edges)).toBe(false);
		await t.db.destroy();
		expect(
			(await cli(t.path, ['adjacency', String(id), 'add', far[1], far[0], '--reason', 'phà nối hai xã (ví dụ)'])).code
		).toBe(0);
		expect(
			(await cli(t.path, ['adjacency', String(id), 'remove', wrong.a_code, wrong.b_code, '--reason', 'ranh giới sai']))
				.code
		).toBe(0);
		const bad = await cli(t.path, ['adjacency', String(id), 'add', '00001', '001', '--reason', 'x']);
		expect(bad.code).not.toBe(0);
		const { openMigrated } = await import('../../src/lib/server/db/database');
		const db = await openMigrated(t.path);
		const after = await listAdjacency(db, id, 'commune');
		expect(has(far[0], far[1], after)).toBe(true);
		expect(has(wrong.a_code, wrong.b_code, after)).toBe(false);
		expect(after.find((e) => e.a_code === far[0] && e.b_code === far[1])).toMatchObject({
			source: 'manual_add',
			reason: 'phà nối hai xã (ví dụ)',
			created_by: expect.stringMatching(/^cli:/)
		});
		await db.destroy();
		rmSync(t.dir, { recursive: true, force: true });
	});
});
