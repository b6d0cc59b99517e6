/**
 * Issue 15 item 4, on SQLite, with real processes: the built server (scripts/serve.mjs, as npm start) and the CLI
 * are killed with SIGKILL in the middle of their writes, then restarted; the disk fills up; the database file is
 * read-only. Nothing is mocked: the disk is a real tmpfs of 8 MB filled to the last byte, the read-only file is
 * made immutable with chattr +i (root ignores file modes, not the immutable flag), and "in the middle of an import"
 * is seen in /proc/locks: the process holds SQLite's WAL write lock, i.e. its import transaction is open.
 * Needs root (mount, chattr), as CI runs; fails loudly otherwise.
 */
import Database from 'better-sqlite3';
import { execFileSync, spawn } from 'node:child_process';
import { closeSync, mkdirSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openMigrated, type Db } from '../../src/lib/server/db/database';
import { createScenario } from '../../src/lib/server/db/scenario.repository';
import { seedDemo } from '../../src/lib/server/demo';
import { createSession, SESSION_COOKIE } from '../../src/lib/server/auth/session';
import { addRoleUsers, ROLE_LOGIN } from '../helpers/auth';
import { cli } from '../helpers/cli';
import { LAM_DONG, tableCounts } from '../helpers/db';
import { killInsideWrite, retryKillInsideWrite, sqliteWriter } from '../helpers/sqlite-locks';
import { startServer, type RunningServer } from './harness';
import {
	datasetsWithUnits,
	expectAcknowledgedEditsKept,
	LAM_DONG_UNITS,
	scenarioVersion,
	startBurst,
	until,
	uploadImport
} from './faults';

let root: string;
const servers: RunningServer[] = [];

beforeAll(() => {
	if (process.getuid?.() !== 0)
		throw new Error(
			'The fault tests mount a small tmpfs (disk full) and set chattr +i (read-only file): run them as root, as CI does.'
		);
	root = mkdtempSync(join(tmpdir(), 'sapxep-faults-'));
});
afterAll(async () => {
	await Promise.all(servers.map((s) => s.stop()));
	rmSync(root, { recursive: true, force: true });
});

async function serve(file: string): Promise<RunningServer> {
	const s = await startServer(file);
	servers.push(s);
	return s;
}

async function kill9(s: RunningServer): Promise<void> {
	const exited = new Promise((r) => s.child.once('exit', r));
	s.child.kill('SIGKILL');
	await exited;
	expect(s.child.signalCode).toBe('SIGKILL');
}

/** A SQLite file with the demo province (12 communes), `scenarios` scenarios and one account per role. */
async function prepare(file: string, scenarios = 0): Promise<{ sids: number[]; editor: string; admin: string }> {
	const db = await openMigrated(file);
	try {
		const ds = await seedDemo(db, { communes: 12, seed: 7, name: 'Tỉnh thử lỗi' });
		const sids: number[] = [];
		for (let i = 0; i < scenarios; i++)
			sids.push((await createScenario(db, { datasetId: ds.datasetId, name: `Phương án ${i}`, who: 'test' })).id);
		await addRoleUsers(db);
		const editor = (await createSession(db, ROLE_LOGIN.editor)).token;
		const admin = (await createSession(db, ROLE_LOGIN.admin)).token;
		return { sids, editor, admin };
	} finally {
		await db.destroy();
	}
}

/** PRAGMA integrity_check of a file, opened on its own (after a kill this also replays its WAL). */
function integrity(file: string): string {
	const db = new Database(file);
	try {
		return String(db.pragma('integrity_check', { simple: true }));
	} finally {
		db.close();
	}
}

async function withDb<T>(file: string, fn: (db: Db) => Promise<T>): Promise<T> {
	const db = await openMigrated(file);
	try {
		return await fn(db);
	} finally {
		await db.destroy();
	}
}

/**
 * The row counts of tableCounts(), read from outside on a connection of its own, read-only (WAL: it waits on no
 * writer, not even a stopped one, and sees only committed rows).
 */
function committedCounts(file: string): Record<string, number> {
	const reader = new Database(file, { readonly: true });
	try {
		return Object.fromEntries(
			['datasets', 'units', 'adjacency', 'data_quality', 'audit_log'].map((t) => [
				t,
				(reader.prepare(`select count(*) as n from ${t}`).get() as { n: number }).n
			])
		);
	} finally {
		reader.close();
	}
}

const post = (url: string, token: string, sid: number, version: number, group: string) =>
	fetch(`${url}/api/scenarios/${sid}/ops`, {
		method: 'POST',
		headers: { 'content-type': 'application/json', cookie: `${SESSION_COOKIE}=${token}` },
		body: JSON.stringify({ version, ops: [{ op: 'newGroup', id: group, level: 'commune' }] })
	});

describe('faults on SQLite (issue 15.4)', () => {
	it('kill -9 of the server in the middle of a burst of edits: integrity_check ok, every acknowledged edit kept, no half-written version, and it goes on after a restart', async () => {
		const file = join(root, 'burst', 'sapxep.db');
		mkdirSync(join(root, 'burst'));
		const { sids, editor } = await prepare(file, 2);
		const server = await serve(file);
		const burst = startBurst({ url: () => server.url, token: editor, sids, editorsPerScenario: 2, prefix: 'b' });
		await until(() => burst.log.acks.length >= 20, 90_000, '20 acknowledged edits');
		await kill9(server);
		await burst.stop();
		expect([...burst.log.errors], 'no error answers before the kill').toEqual([]);
		expect(burst.log.conflicts, 'two editors per scenario met version conflicts').toBeGreaterThan(0);

		expect(integrity(file)).toBe('ok');
		await withDb(file, (db) => expectAcknowledgedEditsKept(db, sids, burst.log.acks));

		const again = await serve(file);
		const v = await scenarioVersion(again.url, editor, sids[0]);
		expect(v).toBeGreaterThanOrEqual(
			Math.max(...burst.log.acks.filter((a) => a.sid === sids[0]).map((a) => a.version))
		);
		expect((await post(again.url, editor, sids[0], v, 'after-restart')).status).toBe(200);
		await again.stop();
		expect(integrity(file)).toBe('ok');
	}, 300_000);

	it('kill -9 of the server inside the import transaction of an upload: no half-written dataset, the job ends failed as interrupted after a restart, and the same upload succeeds', async () => {
		const file = join(root, 'upload', 'sapxep.db');
		mkdirSync(join(root, 'upload'));
		const { admin } = await prepare(file);
		const server = await serve(file);
		// The job's own row says "store" (committed before the worker begins): the write lock held from then on, while
		// the job still runs, is the import's transaction in the worker thread, or the job's "done" row after it
		// committed (killInsideWrite then lets it finish, and a new upload is tried). Read without waiting (WAL).
		let before = await withDb(file, tableCounts);
		let datasetsBefore = await withDb(file, datasetsWithUnits);
		const reader = new Database(file, { readonly: true });
		const atStore = () =>
			(
				reader.prepare('select step, status from import_jobs order by created_at desc limit 1').get() as
					{ step: string; status: string } | undefined
			)?.step === 'store';
		try {
			await retryKillInsideWrite(async () => {
				let answered: Awaited<ReturnType<typeof uploadImport>> | undefined;
				const upload = uploadImport(server.url, admin, 'Lâm Đồng').then((r) => (answered = r));
				const pid = server.child.pid!;
				const caught = await killInsideWrite(pid, {
					inWrite: () => sqliteWriter(file) === pid && atStore(),
					committed: () => JSON.stringify(committedCounts(file)) !== JSON.stringify(before),
					ended: () => answered !== undefined
				});
				if (caught === 'killed') expect(await upload, 'the import was never finished').toBeNull();
				else {
					const done = await upload;
					expect(done?.status, `an upload let finish: ${done?.body}`).toBe(200);
					before = await withDb(file, tableCounts);
					datasetsBefore = await withDb(file, datasetsWithUnits);
				}
				return caught;
			}, 'the import transaction of an upload');
		} finally {
			reader.close();
		}

		expect(integrity(file)).toBe('ok');
		await withDb(file, async (db) => {
			expect(await datasetsWithUnits(db)).toEqual(datasetsBefore);
			expect(await tableCounts(db)).toEqual(before);
		});

		const killed = await withDb(file, async (db) => {
			const j = await db
				.selectFrom('import_jobs')
				.select(['id', 'status', 'step'])
				.orderBy('created_at', 'desc')
				.executeTakeFirstOrThrow();
			return j;
		});
		expect([killed.status, killed.step], 'the killed job, as its process left it').toEqual(['running', 'store']);

		// The restarted server fails the job once its heartbeat is older than SAPXEP_IMPORT_STALE_S (1 s here; 60 by
		// default), at start or when the job is read: the page that polls it shows the failure, not "running" forever.
		process.env.SAPXEP_IMPORT_STALE_S = '1';
		const again = await serve(file);
		delete process.env.SAPXEP_IMPORT_STALE_S;
		const headers = { cookie: `${SESSION_COOKIE}=${admin}` };
		let job: { status: string; error: { code: string; message_vi: string } | null } | undefined;
		for (const end = Date.now() + 30_000; Date.now() < end; await new Promise((r) => setTimeout(r, 200))) {
			job = await (await fetch(`${again.url}/api/imports/${killed.id}`, { headers })).json();
			if (job?.status !== 'running') break;
		}
		expect(job?.status).toBe('failed');
		expect(job?.error?.code).toBe('import_interrupted');
		expect(job?.error?.message_vi).toContain('Việc nhập bị gián đoạn');
		await withDb(file, async (db) => expect(await tableCounts(db)).toEqual(before));

		const retry = await uploadImport(again.url, admin, 'Lâm Đồng');
		// No answer at all (null): what the restarted server printed says why.
		expect(retry?.status, retry?.body ?? again.output()).toBe(200);
		await withDb(file, async (db) =>
			expect((await datasetsWithUnits(db)).at(-1)).toEqual({ name: 'Lâm Đồng', units: LAM_DONG_UNITS })
		);
	}, 300_000);

	it('kill -9 of the CLI inside its import transaction: no half-written dataset, and the import run again succeeds', async () => {
		const file = join(root, 'cli', 'sapxep.db');
		mkdirSync(join(root, 'cli'));
		await prepare(file);
		let before = await withDb(file, tableCounts);
		await retryKillInsideWrite(async () => {
			// One process (node --import tsx), so that the process holding the lock is the one killed.
			const child = spawn(
				process.execPath,
				['--import', 'tsx', 'src/cli/main.ts', 'import', LAM_DONG, '--name', 'Lâm Đồng'],
				{
					env: { ...process.env, DATABASE_PATH: file },
					stdio: 'ignore'
				}
			);
			const exited = new Promise((r) => child.once('exit', r));
			const caught = await killInsideWrite(child.pid!, {
				inWrite: () => sqliteWriter(file) === child.pid,
				committed: () => JSON.stringify(committedCounts(file)) !== JSON.stringify(before),
				ended: () => child.exitCode != null
			});
			await exited;
			if (caught === 'killed') expect(child.signalCode).toBe('SIGKILL');
			else {
				expect(child.exitCode, 'an import let finish').toBe(0);
				before = await withDb(file, tableCounts);
			}
			return caught;
		}, 'the import transaction of the CLI');

		expect(integrity(file)).toBe('ok');
		await withDb(file, async (db) => expect(await tableCounts(db)).toEqual(before));

		const retry = await cli(file, ['import', LAM_DONG, '--name', 'Lâm Đồng']);
		expect(retry.code, retry.stderr).toBe(0);
		await withDb(file, async (db) =>
			expect((await datasetsWithUnits(db)).at(-1)).toEqual({ name: 'Lâm Đồng', units: LAM_DONG_UNITS })
		);
		expect(integrity(file)).toBe('ok');
	}, 300_000);

	it('a full disk: the edit gets 503 with what to do in Vietnamese, reads and the CLI keep answering clearly, and once space is freed the same edit saves without a restart', async () => {
		const mnt = join(root, 'small-disk');
		mkdirSync(mnt);
		execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=8m', 'tmpfs', mnt]);
		let server: RunningServer | undefined;
		try {
			const file = join(mnt, 'sapxep.db');
			const { sids, editor } = await prepare(file, 1);
			server = await serve(file);
			const v = await scenarioVersion(server.url, editor, sids[0]);
			// Fill the disk to the last byte.
			const filler = join(mnt, 'filler');
			const fd = openSync(filler, 'w');
			for (const size of [64 * 1024, 4096, 1]) {
				try {
					for (;;) writeSync(fd, Buffer.alloc(size, 1));
				} catch (e) {
					expect((e as NodeJS.ErrnoException).code).toBe('ENOSPC');
				}
			}
			closeSync(fd);

			const full = await post(server.url, editor, sids[0], v, 'on-a-full-disk');
			expect(full.status, `${await full.clone().text()}\n${server.output()}`).toBe(503);
			const body = (await full.json()) as { message: string; code: string };
			expect(body.code).toBe('database_disk_full');
			expect(body.message).toContain('Ổ đĩa chứa cơ sở dữ liệu đã đầy nên thay đổi này CHƯA được lưu');
			expect(body.message).toContain('giải phóng dung lượng');
			// Reading goes on; the health check answers; the server did not crash.
			expect(await scenarioVersion(server.url, editor, sids[0])).toBe(v);
			const health = await fetch(server.url + '/healthz');
			expect(health.status).toBe(200);
			expect(await health.json()).toEqual({ ok: true, database: 'sqlite' });

			const byCli = await cli(file, ['import', LAM_DONG, '--name', 'Lâm Đồng']);
			expect(byCli.code).toBe(3);
			expect(byCli.stderr).toContain('Ổ đĩa chứa cơ sở dữ liệu đã đầy');
			expect(byCli.stderr).not.toMatch(/^\s+at /m);

			rmSync(filler);
			const saved = await post(server.url, editor, sids[0], v, 'on-a-full-disk');
			expect(saved.status).toBe(200);
			expect(((await saved.json()) as { version: number }).version).toBe(v + 1);
			expect(server.child.exitCode).toBeNull();
			await server.stop();
			expect(integrity(file)).toBe('ok');
			await withDb(file, async (db) => expect(await datasetsWithUnits(db)).toHaveLength(1));
		} finally {
			await server?.stop();
			execFileSync('umount', [mnt]);
		}
	}, 300_000);

	it('a read-only database file: the server starts and serves reading, an edit gets 503 saying the database is read-only and what to do, the CLI says the same', async () => {
		const file = join(root, 'read-only', 'sapxep.db');
		mkdirSync(join(root, 'read-only'));
		const { sids, editor } = await prepare(file, 1);
		execFileSync('chattr', ['+i', file]);
		try {
			const server = await serve(file);
			const v = await scenarioVersion(server.url, editor, sids[0]);
			const r = await post(server.url, editor, sids[0], v, 'on-a-read-only-file');
			expect(r.status).toBe(503);
			const body = (await r.json()) as { message: string; code: string };
			expect(body.code).toBe('database_read_only');
			expect(body.message).toContain('Cơ sở dữ liệu đang ở chế độ chỉ đọc nên thay đổi này CHƯA được lưu');
			expect(body.message).toContain('cấp quyền ghi cho tệp cơ sở dữ liệu');
			expect((await fetch(server.url + '/healthz')).status).toBe(200);
			expect(server.child.exitCode).toBeNull();

			const byCli = await cli(file, ['import', LAM_DONG, '--name', 'Lâm Đồng']);
			expect(byCli.code).toBe(3);
			expect(byCli.stderr).toContain('chế độ chỉ đọc');
			expect(byCli.stderr).not.toMatch(/^\s+at /m);
			await server.stop();
		} finally {
			execFileSync('chattr', ['-i', file]);
		}
		expect(integrity(file)).toBe('ok');
		// Writable again: after a restart (the message says so for a SQLite file) the same edit saves.
		const again = await serve(file);
		expect((await post(again.url, editor, sids[0], 1, 'on-a-read-only-file')).status).toBe(200);
	}, 300_000);
});
