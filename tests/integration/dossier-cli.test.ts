/**
 * Issue 12 item 7, `npm run cli -- export <scenario> --format … [--level …] [--out PATH] [--json]`, run as a real
 * process on the real Lâm Đồng import: every available format is written where --out says, --json lists the file,
 * a second export of the same version comes from the cache, a format not built yet says so and fails.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../helpers/cli';
import { LAM_DONG, tempLocation } from '../helpers/db';
import { availableFormats } from '../../src/lib/server/dossier/registry';
import { DOSSIER_FORMATS } from '../../src/lib/server/dossier/types';

const PLAN = [
	'group,code,new_name,seat_code,phase,kept_code',
	'H1,681,Huyện Đạ Huoai,682,2023-2025,681',
	'H1,682,,,,',
	'H1,683,,,,',
	'X2,25147,Xã Quảng Trị,,2023-2025,25138',
	'X2,25138,,,,'
].join('\r\n');

let dir: string;
let db: string;
let dropDb: () => Promise<void>;

beforeAll(async () => {
	dir = mkdtempSync(join(tmpdir(), 'sapxep-export-cli-'));
	({ location: db, drop: dropDb } = await tempLocation(join(dir, 'cli.db')));
	expect((await cli(db, ['import', LAM_DONG, '--name', 'Lâm Đồng 2023', '--json'])).code).toBe(0);
	writeFileSync(join(dir, 'plan.csv'), '\ufeff' + PLAN);
	expect((await cli(db, ['scenario', 'import', '1', join(dir, 'plan.csv'), '--json'])).code).toBe(0);
}, 120_000);
afterAll(async () => {
	await dropDb();
	rmSync(dir, { recursive: true, force: true });
});

describe('export <scenario> --format F --out PATH --json', () => {
	it('writes each available format to --out, and --json lists the file', async () => {
		const formats = availableFormats();
		expect(formats).toEqual(expect.arrayContaining(['xlsx', 'csv', 'geojson', 'shp', 'gpkg']));
		for (const format of formats) {
			const out = join(dir, `out-${format}.bin`);
			const r = await cli(db, ['export', '1', '--format', format, '--level', 'district', '--out', out, '--json']);
			expect(r.stderr, format).toBe('');
			expect(r.code, format).toBe(0);
			const { files } = JSON.parse(r.stdout);
			expect(files).toHaveLength(1);
			expect(files[0]).toMatchObject({ path: out, format, scenario_version: 1, cached: false });
			expect(existsSync(out)).toBe(true);
			expect(readFileSync(out).byteLength).toBe(files[0].bytes);
			const head = readFileSync(out).subarray(0, 4);
			if (format === 'xlsx' || format === 'shp') expect(head.toString('latin1').slice(0, 2)).toBe('PK');
			if (format === 'gpkg') expect(readFileSync(out).subarray(0, 15).toString('latin1')).toBe('SQLite format 3');
			if (format === 'csv') expect([...head.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
			if (format === 'geojson') expect(JSON.parse(readFileSync(out, 'utf8')).features).toHaveLength(10); // 12 districts → 10
		}
	}, 180_000);

	it('without --out the file gets its own name in the current folder; the second export is the cached one', async () => {
		// run in a folder of its own (the test also runs on PostgreSQL at the same time, in another worker)
		const here = join(dir, 'here');
		mkdirSync(here);
		const r = await cli(db, ['export', '1', '--format', 'geojson', '--json'], {}, here);
		expect(r.code).toBe(0);
		const f = JSON.parse(r.stdout).files[0];
		expect(f.filename).toBe('phuong-an-1-v1-don-vi-sau-sap-xep-cap-xa.geojson');
		expect(f.path).toBe(join(here, f.filename));
		expect(existsSync(f.path)).toBe(true);
		rmSync(f.path);
		const again = await cli(db, ['export', '1', '--format', 'geojson', '--out', join(dir, 'again.geojson'), '--json']);
		expect(JSON.parse(again.stdout).files[0].cached).toBe(true);
	}, 60_000);

	it('a format not built yet fails with "chưa có" (exit 3); a missing --format prints the usage', async () => {
		const missing = DOSSIER_FORMATS.filter((f) => !availableFormats().includes(f));
		for (const format of missing) {
			const r = await cli(db, ['export', '1', '--format', format, '--out', join(dir, 'x')]);
			expect(r.code).toBe(3);
			expect(r.stderr).toContain('chưa có');
			expect(existsSync(join(dir, 'x'))).toBe(false);
		}
		const usage = await cli(db, ['export', '1']);
		expect(usage.code).toBe(1);
		expect(usage.stderr).toContain('--format');
	}, 60_000);
});
