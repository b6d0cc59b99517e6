/**
 * Issue 15 item 5: `npm run cli -- db backup [--out PATH]` makes a copy of the database that is proved usable: on
 * SQLite a VACUUM INTO file that opens on its own and passes integrity_check with every row; on PostgreSQL a
 * pg_dump archive that restores (the test drops its schema and restores it from the archive). Runs on SQLite, and
 * on PostgreSQL when TEST_DATABASE_URL is set.
 */
import Database from 'better-sqlite3';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openMigrated } from '../../src/lib/server/db/database';
import { pgTool } from '../../src/lib/server/db/backup';
import { seedDemo } from '../../src/lib/server/demo';
import { createScenario } from '../../src/lib/server/db/scenario.repository';
import { cli } from '../helpers/cli';
import { tableCounts, tempLocation, testDialect } from '../helpers/db';

let dir: string;
let location: string;
let drop: () => Promise<void>;
let before: Record<string, number>;

beforeAll(async () => {
	dir = mkdtempSync(join(tmpdir(), 'sapxep-backup-'));
	({ location, drop } = await tempLocation(join(dir, 'live.db')));
	const db = await openMigrated(location);
	const ds = await seedDemo(db, { communes: 12, seed: 3, name: 'Tỉnh sao lưu' });
	await createScenario(db, { datasetId: ds.datasetId, name: 'Phương án sao lưu', who: 'test' });
	before = await tableCounts(db);
	await db.destroy();
});
afterAll(async () => {
	await drop();
	rmSync(dir, { recursive: true, force: true });
});

describe(`db backup on ${testDialect} (issue 15.5)`, () => {
	it('writes a timestamped copy into the folder given, reports it, and the copy holds every row', async () => {
		const out = join(dir, 'backups');
		const r = await cli(location, ['db', 'backup', '--out', out + '/', '--json']);
		expect(r.stderr).toBe('');
		expect(r.code).toBe(0);
		const report = JSON.parse(r.stdout) as { ok: boolean; database: string; file: string; integrity: string };
		expect(report).toMatchObject({ ok: true, integrity: 'ok' });
		expect(report.file.startsWith(out + '/')).toBe(true);
		expect(report.file).toMatch(testDialect === 'sqlite' ? /sapxep-\d{8}-\d{6}\.db$/ : /sapxep-\d{8}-\d{6}\.dump$/);
		expect(readdirSync(out)).toHaveLength(1);

		if (testDialect === 'sqlite') {
			const copy = new Database(report.file, { readonly: true });
			try {
				expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
				const n = (t: string) => (copy.prepare(`select count(*) as n from ${t}`).get() as { n: number }).n;
				for (const [table, rows] of Object.entries(before)) expect(n(table), table).toBe(rows);
				expect(n('scenarios')).toBe(1);
			} finally {
				copy.close();
			}
		} else {
			// Restore for real: drop the schema, pg_restore the archive, and read the same rows back.
			const schema = /search_path=(\S+)/.exec(new URL(location).searchParams.get('options')!)![1];
			const base = new URL(location);
			base.search = '';
			const admin = new pg.Client({ connectionString: base.toString() });
			await admin.connect();
			await admin.query(`drop schema "${schema}" cascade`);
			await admin.end();
			const u = new URL(base);
			const password = decodeURIComponent(u.password);
			u.password = '';
			execFileSync(pgTool('pg_restore'), ['--no-owner', `--dbname=${u.toString()}`, report.file], {
				env: { ...process.env, PGPASSWORD: password }
			});
			const db = await openMigrated(location);
			try {
				expect(await tableCounts(db)).toEqual(before);
				const s = await db.selectFrom('scenarios').select('name').executeTakeFirstOrThrow();
				expect(s.name).toBe('Phương án sao lưu');
			} finally {
				await db.destroy();
			}
		}
	});

	it('refuses to overwrite an earlier backup and says so in Vietnamese', async () => {
		const file = join(dir, testDialect === 'sqlite' ? 'same.db' : 'same.dump');
		expect((await cli(location, ['db', 'backup', '--out', file])).code).toBe(0);
		const again = await cli(location, ['db', 'backup', '--out', file]);
		expect(again.code).toBe(1);
		expect(again.stderr).toContain('đã có: chọn tên khác (--out) để không ghi đè bản sao lưu cũ');
		expect(existsSync(file)).toBe(true);
	});

	// PostgreSQL only (registered only there: a skipped test counts as a failure).
	if (testDialect === 'postgres')
		it('without pg_dump on the machine it says what to install, and writes nothing', async () => {
			const out = join(dir, 'no-pg-dump');
			const r = await cli(location, ['db', 'backup', '--out', out + '/'], { PG_DUMP: join(dir, 'no', 'pg_dump') });
			expect(r.code).toBe(1);
			expect(r.stderr).toContain('Không tìm thấy chương trình pg_dump');
			expect(r.stderr).toContain('apt-get install postgresql-client');
			expect(existsSync(out) ? readdirSync(out) : []).toEqual([]);
		});
});
