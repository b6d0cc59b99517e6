/**
 * The server's SQLite handles are checkpointed by a worker thread (src/lib/server/db/checkpointer.ts), not inside
 * their commits: a commit leaves its pages in the write-ahead log and returns, and within about a second they are in
 * the database file, copied by the other thread. A test's or the CLI's handle keeps SQLite's own checkpoints. The
 * thread never keeps a process alive. Real SQLite files with the real migrations.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { openMigrated, type Db } from '../../src/lib/server/db/database';

const dir = mkdtempSync(join(tmpdir(), 'sapxep-checkpointer-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** About 2 MB (some 500 pages, under SQLite's own threshold of 1000) written in one commit. */
async function writeBulk(db: Db) {
	await sql`create table if not exists bulk (x text)`.execute(db);
	await db.transaction().execute(async (tx) => {
		for (let i = 0; i < 200; i++) await sql`insert into bulk (x) values (${'x'.repeat(10_000)})`.execute(tx);
	});
}

const size = (file: string) => statSync(file).size;

async function grewWithin(file: string, from: number, ms: number): Promise<boolean> {
	const end = Date.now() + ms;
	while (Date.now() < end) {
		if (size(file) > from + 1_000_000) return true;
		await new Promise((r) => setTimeout(r, 50));
	}
	return false;
}

describe('background checkpoints', () => {
	it("a server handle's commit returns with its pages in the log; the worker copies them into the file within a second or two", async () => {
		const file = join(dir, 'server.db');
		const db = await openMigrated(file, { backgroundCheckpoints: true });
		try {
			const before = size(file);
			await writeBulk(db);
			expect(size(file), 'the commit itself did not copy the log into the file').toBeLessThan(before + 1_000_000);
			expect(size(file + '-wal')).toBeGreaterThan(1_000_000);
			expect(await grewWithin(file, before, 5_000), 'the worker checkpointed the file').toBe(true);
			const n = await sql<{ n: number }>`select count(*) as n from bulk`.execute(db);
			expect(n.rows[0].n).toBe(200);
		} finally {
			await db.destroy();
		}
	});

	it("a handle without it (a test's, the CLI's) leaves a log under SQLite's threshold in the log", async () => {
		const file = join(dir, 'plain.db');
		const db = await openMigrated(file);
		try {
			const before = size(file);
			await writeBulk(db);
			expect(await grewWithin(file, before, 2_000)).toBe(false);
		} finally {
			await db.destroy();
		}
	});

	it('a process that opened a server handle and never closed it exits by itself', async () => {
		const script = join(dir, 'child.mts');
		writeFileSync(
			script,
			`import { openMigrated } from ${JSON.stringify(resolve('src/lib/server/db/database.ts'))};
			const db = await openMigrated(${JSON.stringify(join(dir, 'child.db'))}, { backgroundCheckpoints: true });
			await db.selectFrom('datasets').select('id').execute();
			console.log('opened');`
		);
		const r = await new Promise<{ code: number | null; out: string }>((done) => {
			const child = spawn(process.execPath, ['--import', 'tsx', script], { stdio: ['ignore', 'pipe', 'pipe'] });
			let out = '';
			child.stdout.on('data', (d) => (out += d));
			child.stderr.on('data', (d) => (out += d));
			const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
			child.once('exit', (code) => {
				clearTimeout(timer);
				done({ code, out });
			});
		});
		expect(r.out).toContain('opened');
		expect(r.code, r.out).toBe(0);
	}, 40_000);
});
