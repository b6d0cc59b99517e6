/**
 * Issue 15 item 4 on PostgreSQL, with real processes: the PostgreSQL server crashes (pg_ctl stop -m immediate) and
 * comes back in the middle of a burst of edits, the app server is killed with SIGKILL mid-burst and inside an
 * import transaction (seen in pg_stat_activity: a backend of the app holds a transaction id, i.e. has written).
 *
 * The crash needs a PostgreSQL server of the test's own: a throwaway cluster (initdb in a temporary folder, a free
 * port, trust authentication on 127.0.0.1 only), never the shared cluster that TEST_DATABASE_URL names. It runs where
 * TEST_DATABASE_URL is set (vite.config.ts; .ci/run as root with Debian's postgresql) and fails loudly when the
 * server binaries or root are missing there.
 */
import { execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openMigrated, type Db } from '../../src/lib/server/db/database';
import { createScenario } from '../../src/lib/server/db/scenario.repository';
import { seedDemo } from '../../src/lib/server/demo';
import { createSession } from '../../src/lib/server/auth/session';
import { addRoleUsers, ROLE_LOGIN } from '../helpers/auth';
import { tableCounts } from '../helpers/db';
import { killInsideWrite, retryKillInsideWrite } from '../helpers/sqlite-locks';
import { freePort, startServer, type RunningServer } from './harness';
import {
	datasetsWithUnits,
	expectAcknowledgedEditsKept,
	LAM_DONG_UNITS,
	scenarioVersion,
	startBurst,
	until,
	uploadImport
} from './faults';

const PG_ROOT = '/usr/lib/postgresql';
let bin: string;
let dir: string;
let port: number;
let url: string;
let dbCounter = 0;
const servers: RunningServer[] = [];

const asPostgres = (cmd: string, args: string[]) =>
	execFileSync('runuser', ['-u', 'postgres', '--', join(bin, cmd), ...args], { stdio: 'pipe', encoding: 'utf8' });
const pgCtl = (...args: string[]) =>
	asPostgres('pg_ctl', ['-D', join(dir, 'data'), '-l', join(dir, 'server.log'), '-w', ...args]);

/** Start (again) the throwaway cluster on its port, its socket in its own folder, durable commits. */
function pgStart(): void {
	pgCtl('-o', `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=on -c synchronous_commit=on`, 'start');
}

beforeAll(async () => {
	const versions = existsSync(PG_ROOT) ? readdirSync(PG_ROOT).sort((a, b) => Number(b) - Number(a)) : [];
	const found = versions.map((v) => join(PG_ROOT, v, 'bin')).find((b) => existsSync(join(b, 'initdb')));
	if (!found)
		throw new Error(
			`TEST_DATABASE_URL is set but the PostgreSQL server programs (initdb, pg_ctl) are not in ${PG_ROOT}/<version>/bin: ` +
				'install Debian’s postgresql (as .ci/run does) to run the PostgreSQL fault tests.'
		);
	if (process.getuid?.() !== 0)
		throw new Error(
			'The PostgreSQL fault tests start a throwaway cluster as the postgres user (runuser): run as root.'
		);
	bin = found;
	dir = mkdtempSync(join(tmpdir(), 'sapxep-pg-faults-'));
	chownSync(dir, Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' })), 0);
	asPostgres('initdb', ['-D', join(dir, 'data'), '-A', 'trust', '-U', 'postgres', '-E', 'UTF8', '--no-sync']);
	port = await freePort();
	pgStart();
	url = `postgres://postgres@127.0.0.1:${port}/postgres`;
});

afterAll(async () => {
	await Promise.all(servers.map((s) => s.stop()));
	if (dir) {
		try {
			pgCtl('-m', 'immediate', 'stop');
		} catch {
			/* already stopped */
		}
		rmSync(dir, { recursive: true, force: true });
	}
});

/** A fresh database on the throwaway cluster with the demo province, scenarios and accounts. */
async function prepare(
	scenarios: number
): Promise<{ location: string; sids: number[]; editor: string; admin: string }> {
	const name = `faults_${++dbCounter}`;
	const admin = new pg.Client({ connectionString: url });
	await admin.connect();
	await admin.query(`create database ${name}`);
	await admin.end();
	const location = `postgres://postgres@127.0.0.1:${port}/${name}`;
	const db = await openMigrated(location);
	try {
		const ds = await seedDemo(db, { communes: 12, seed: 5, name: 'Tỉnh thử lỗi' });
		const sids: number[] = [];
		for (let i = 0; i < scenarios; i++)
			sids.push((await createScenario(db, { datasetId: ds.datasetId, name: `Phương án ${i}`, who: 'test' })).id);
		await addRoleUsers(db);
		return {
			location,
			sids,
			editor: (await createSession(db, ROLE_LOGIN.editor)).token,
			admin: (await createSession(db, ROLE_LOGIN.admin)).token
		};
	} finally {
		await db.destroy();
	}
}

async function withDb<T>(location: string, fn: (db: Db) => Promise<T>): Promise<T> {
	const db = await openMigrated(location);
	try {
		return await fn(db);
	} finally {
		await db.destroy();
	}
}

async function serve(location: string): Promise<RunningServer> {
	const s = await startServer(location);
	servers.push(s);
	return s;
}

async function kill9(s: RunningServer): Promise<void> {
	const exited = new Promise((r) => s.child.once('exit', r));
	s.child.kill('SIGKILL');
	await exited;
	expect(s.child.signalCode).toBe('SIGKILL');
}

/** Backends of the database's other sessions that hold a transaction id (their transaction has written). */
async function writingBackends(client: pg.Client): Promise<number> {
	const r = await client.query(
		`select count(*)::int as n from pg_stat_activity
		  where datname = current_database() and pid <> pg_backend_pid() and backend_xid is not null`
	);
	return r.rows[0].n as number;
}

describe('faults on PostgreSQL (issue 15.4)', () => {
	it('the PostgreSQL server crashes and restarts mid-burst: requests during the outage get 503 with a Vietnamese message, the app recovers without a restart, every acknowledged edit kept', async () => {
		const { location, sids, editor } = await prepare(2);
		const server = await serve(location);
		const burst = startBurst({ url: () => server.url, token: editor, sids, editorsPerScenario: 2, prefix: 'r' });
		await until(() => burst.log.acks.length >= 12, 90_000, '12 acknowledged edits');
		pgCtl('-m', 'immediate', 'stop');
		let down = true;
		try {
			const ackedBefore = burst.log.acks.length;
			const detail = () =>
				`${JSON.stringify({ ...burst.log, acks: burst.log.acks.length, errors: [...burst.log.errors] })}\n${server.output()}`;
			await until(() => (burst.log.errors.get(503) ?? 0) >= 2, 60_000, 'error answers during the outage', detail);
			const health = await fetch(server.url + '/healthz');
			expect(health.status).toBe(503);
			expect(await health.json()).toMatchObject({ ok: false, database: 'postgres', error: 'database_unavailable' });
			pgStart();
			down = false;
			await until(
				() => burst.log.acks.length >= ackedBefore + 12,
				90_000,
				'12 edits acknowledged after the restart',
				detail
			);
		} finally {
			// A failed expectation must not leave the cluster down for the tests after this one.
			if (down) pgStart();
			await burst.stop();
		}

		expect(server.child.exitCode, 'the app server is still running').toBeNull();
		expect([...burst.log.errors.keys()], 'only 503 answers, no 500').toEqual([503]);
		for (const body of burst.log.errorBodies) {
			const b = JSON.parse(body) as { message: string; code: string };
			expect(b.code).toBe('database_unavailable');
			expect(b.message).toContain('Không kết nối được với máy chủ cơ sở dữ liệu nên yêu cầu này CHƯA được thực hiện');
		}
		expect(await (await fetch(server.url + '/healthz')).json()).toEqual({ ok: true, database: 'postgres' });
		await withDb(location, (db) => expectAcknowledgedEditsKept(db, sids, burst.log.acks));
	}, 300_000);

	it('kill -9 of the app server mid-burst: every acknowledged edit kept, no half-written version, it goes on after a restart', async () => {
		const { location, sids, editor } = await prepare(2);
		const server = await serve(location);
		const burst = startBurst({ url: () => server.url, token: editor, sids, editorsPerScenario: 2, prefix: 'k' });
		await until(() => burst.log.acks.length >= 12, 90_000, '12 acknowledged edits');
		await kill9(server);
		await burst.stop();
		expect([...burst.log.errors]).toEqual([]);
		await withDb(location, (db) => expectAcknowledgedEditsKept(db, sids, burst.log.acks));
		const again = await serve(location);
		expect(await scenarioVersion(again.url, editor, sids[0])).toBeGreaterThanOrEqual(
			Math.max(...burst.log.acks.filter((a) => a.sid === sids[0]).map((a) => a.version))
		);
	}, 300_000);

	it('kill -9 of the app server inside an import transaction: no half-written dataset, the same upload succeeds after a restart', async () => {
		const { location, admin } = await prepare(0);
		let before = await withDb(location, tableCounts);
		let datasetsBefore = await withDb(location, datasetsWithUnits);
		const server = await serve(location);
		const watcher = new pg.Client({ connectionString: location });
		await watcher.connect();
		try {
			// The job's own row says "store" (committed before the worker begins): a transaction writing from then on,
			// while the job still runs, is the import's, in the worker thread, or the job's "done" row after the import
			// committed (killInsideWrite then lets it finish, and a new upload is tried).
			const atStore = async () =>
				(await watcher.query('select step from import_jobs order by created_at desc limit 1')).rows[0]?.step ===
				'store';
			/** tableCounts() on the watcher's connection: committed rows only, waiting on no writer. */
			const committedCounts = async () =>
				(
					await watcher.query(
						`select ${['datasets', 'units', 'adjacency', 'data_quality', 'audit_log']
							.map((t) => `(select count(*)::int from ${t}) as ${t}`)
							.join(', ')}`
					)
				).rows[0] as Record<string, number>;
			await retryKillInsideWrite(async () => {
				let answered: Awaited<ReturnType<typeof uploadImport>> | undefined;
				const upload = uploadImport(server.url, admin, 'Lâm Đồng').then((r) => (answered = r));
				const exited = new Promise((r) => server.child.once('exit', r));
				const caught = await killInsideWrite(server.child.pid!, {
					inWrite: async () => (await atStore()) && (await writingBackends(watcher)) > 0,
					committed: async () => JSON.stringify(await committedCounts()) !== JSON.stringify(before),
					ended: () => answered !== undefined
				});
				if (caught === 'killed') {
					await exited;
					expect(server.child.signalCode).toBe('SIGKILL');
					expect(await upload, 'the import was never finished').toBeNull();
				} else {
					const done = await upload;
					expect(done?.status, `an upload let finish: ${done?.body}`).toBe(200);
					before = await withDb(location, tableCounts);
					datasetsBefore = await withDb(location, datasetsWithUnits);
				}
				return caught;
			}, 'the import transaction of an upload');
		} finally {
			await watcher.end();
		}
		await withDb(location, async (db) => {
			expect(await datasetsWithUnits(db)).toEqual(datasetsBefore);
			expect(await tableCounts(db)).toEqual(before);
		});
		const again = await serve(location);
		const retry = await uploadImport(again.url, admin, 'Lâm Đồng');
		expect(retry?.status, retry?.body).toBe(200);
		await withDb(location, async (db) =>
			expect((await datasetsWithUnits(db)).at(-1)).toEqual({ name: 'Lâm Đồng', units: LAM_DONG_UNITS })
		);
	}, 300_000);
});
