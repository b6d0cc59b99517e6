/**
 * Interrupted import jobs: a process killed in the middle of an import leaves its job 'running' with nobody to end
 * it. The import is one transaction, so nothing of it is stored; the job row is ended by a sweep (at server start
 * and when a job or the list of jobs is read) once its heartbeat is older than SAPXEP_IMPORT_STALE_S, and a job
 * whose owner still beats (another live instance's, on PostgreSQL) is never touched. Runs on SQLite files and,
 * with TEST_DATABASE_URL, on PostgreSQL. Every file is generated here (the project's generator), never real data.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tableCounts, tempDb, testDialect } from '../helpers/db';
import { killInsideWrite, retryKillInsideWrite, sqliteWriter } from '../helpers/sqlite-locks';
import { getDb, type Db } from '../../src/lib/server/db/database';
import {
	createImportJob,
	finishImportJob,
	getImportJob,
	type ImportJob
} from '../../src/lib/server/db/import-job.repository';
import { importLimits } from '../../src/lib/server/import/limits';
import { jobSettled, startImportJob, sweepStaleImportJobs } from '../../src/lib/server/import/jobs';
import * as jobApi from '../../src/routes/api/imports/[id]/+server';

let t: Awaited<ReturnType<typeof tempDb>>;
beforeAll(async () => {
	t = await tempDb();
});
afterAll(async () => {
	if (process.env.DATABASE_PATH) await (await getDb()).destroy();
	delete process.env.DATABASE_PATH;
	delete process.env.SAPXEP_IMPORT_STALE_S;
	delete process.env.SAPXEP_IMPORT_WORKER;
	delete process.env.SAPXEP_STALL_STEP;
	await t.cleanup();
});

/** Is a transaction writing units open in this test's PostgreSQL schema (by another process)? */
async function pgUnitsBeingWritten(db: Db): Promise<boolean> {
	const r = await sql<{ n: number }>`
		select count(*) as n from pg_locks l
		join pg_class c on c.oid = l.relation
		join pg_namespace ns on ns.oid = c.relnamespace
		where ns.nspname = current_schema() and c.relname = 'units' and l.mode = 'RowExclusiveLock' and l.granted`.execute(db);
	return Number(r.rows[0].n) > 0;
}

const job = async (id: string): Promise<ImportJob> => (await getImportJob(t.db, id))!;

describe('an import interrupted by the death of its process', () => {
	it('kill -9 inside the import transaction: no dataset is visible, the job reads "running" while its heartbeat is fresh, then failed with "Việc nhập bị gián đoạn", also through GET /api/imports/[id]', async () => {
		const uploads = join(t.dir, 'uploads');
		mkdirSync(uploads);
		// The job's row says "store" (written before the worker begins its transaction); the transaction is open when
		// SQLite's write lock is the child's, or when PostgreSQL holds a write lock on this schema's units table.
		// Once the row says "store", only the lock is watched (a cheap read of /proc/locks or pg_locks). When it is
		// seen, the child is stopped (SIGSTOP, all its threads at once) and the committed state read: if the store has
		// not committed, the child is killed there, inside its transaction. If it had committed in between (the lock
		// seen was the job's "done" write), this run did not catch the moment: it is let finish and a new one starts.
		let before = await tableCounts(t.db);
		let id = '';
		let child = undefined as ChildProcess | undefined;
		await retryKillInsideWrite(async () => {
			const c = spawn(
				process.execPath,
				['--import', 'tsx', resolve('tests/helpers/import-job-child.ts'), t.path, '150', '3'],
				{ env: { ...process.env, TMPDIR: uploads }, stdio: ['ignore', 'pipe', 'pipe'] }
			);
			let out = '';
			c.stdout.on('data', (d) => (out += d));
			c.stderr.on('data', (d) => (out += d));
			const exited = new Promise((r) => c.once('exit', r));
			id = '';
			let inStore = false;
			const caught = await killInsideWrite(c.pid!, {
				inWrite: async () => {
					id ||= out.split('\n')[0].length === 36 ? out.split('\n')[0] : '';
					inStore ||= id !== '' && (await getImportJob(t.db, id))?.step === 'store';
					return (
						inStore && (testDialect === 'sqlite' ? sqliteWriter(t.path) === c.pid : await pgUnitsBeingWritten(t.db))
					);
				},
				committed: async () => JSON.stringify(await tableCounts(t.db)) !== JSON.stringify(before),
				ended: () => c.exitCode != null
			});
			await exited;
			if (caught === 'killed') child = c;
			else {
				if (c.exitCode !== 0) throw new Error(`the import failed:\n${out}`);
				before = await tableCounts(t.db);
			}
			return caught;
		}, 'its store transaction');
		if (!child) throw new Error('unreachable: retryKillInsideWrite returned without a kill');
		expect(child.signalCode).toBe('SIGKILL');

		// Nothing of the import is visible: its transaction died with its process.
		expect(await tableCounts(t.db)).toEqual(before);
		expect((await job(id)).status).toBe('running');
		// A sweep now leaves it: its heartbeat is fresh, as a job another live instance runs.
		expect(await sweepStaleImportJobs(t.db, { staleMs: 60_000 })).toBe(0);
		expect((await job(id)).status).toBe('running');

		// Once its heartbeat is older than the limit, reading it (the job page polls this) ends it as failed.
		process.env.DATABASE_PATH = t.path;
		process.env.SAPXEP_IMPORT_STALE_S = '0.3';
		await new Promise((r) => setTimeout(r, 400));
		const res = await jobApi.GET({ params: { id }, setHeaders: () => {} } as never);
		const read = (await res.json()) as ImportJob;
		expect(read.status).toBe('failed');
		expect(read.step).toBe('store');
		expect(read.datasetId).toBeNull();
		expect(read.error?.code).toBe('import_interrupted');
		expect(read.error?.message_vi).toMatch(/^Việc nhập bị gián đoạn \(máy chủ dừng giữa chừng.*Hãy tải tệp lên lại\.$/);
		expect(read.error?.message_en).toMatch(/^The import was interrupted .*Upload the files again\.$/);
		expect(await tableCounts(t.db)).toEqual(before);
		delete process.env.SAPXEP_IMPORT_STALE_S;
	}, 120_000);
});

describe('the sweep of stale jobs', () => {
	/** A job row as a process left it: `status`, its heartbeat `ageMs` ago. */
	async function leftJob(id: string, status: ImportJob['status'], ageMs: number): Promise<string> {
		await createImportJob(t.db, { id, fileNames: ['communes.geojson'], uploadBytes: 1, createdBy: 'uploader' });
		await t.db
			.updateTable('import_jobs')
			.set({
				status,
				step: status === 'queued' ? 'upload' : 'adjacency',
				updated_at: new Date(Date.now() - ageMs).toISOString(),
				...(status === 'failed'
					? { error_code: 'import_timeout', message_vi: 'quá thời gian', message_en: 'too long' }
					: {})
			})
			.where('id', '=', id)
			.execute();
		return id;
	}

	it('fails running and queued jobs whose heartbeat is older than the limit; leaves a live instance’s job (fresh heartbeat) and ended jobs as they are', async () => {
		const dead = await leftJob('sweep-dead-running', 'running', 120_000);
		const deadQueued = await leftJob('sweep-dead-queued', 'queued', 120_000);
		const live = await leftJob('sweep-live-running', 'running', 10_000);
		const done = await leftJob('sweep-old-done', 'done', 3_600_000);
		const failed = await leftJob('sweep-old-failed', 'failed', 3_600_000);
		expect(await sweepStaleImportJobs(t.db, { staleMs: 60_000 })).toBe(2);
		expect((await job(dead)).status).toBe('failed');
		expect((await job(dead)).step).toBe('adjacency'); // the page marks the step it stopped at
		expect((await job(dead)).error?.code).toBe('import_interrupted');
		expect((await job(dead)).error?.message_vi).toContain('quá 60 giây');
		expect((await job(deadQueued)).status).toBe('failed');
		expect((await job(live)).status).toBe('running');
		expect((await job(live)).error).toBeNull();
		expect((await job(done)).status).toBe('done');
		expect((await job(done)).error).toBeNull();
		expect((await job(failed)).error?.code).toBe('import_timeout');
		// Nothing left to sweep: a second sweep changes nothing.
		expect(await sweepStaleImportJobs(t.db, { staleMs: 60_000 })).toBe(0);
	});

	it('a job taken for interrupted whose owner does finish it ends done with its dataset and no error', async () => {
		const id = await leftJob('sweep-late-owner', 'running', 120_000);
		expect(await sweepStaleImportJobs(t.db, { staleMs: 60_000 })).toBe(1);
		await finishImportJob(t.db, id, { ok: true, datasetId: 42, result: { communes: 1 } });
		const j = await job(id);
		expect([j.status, j.datasetId, j.error]).toEqual(['done', 42, null]);
	});
});

describe('the heartbeat of a running job', () => {
	/** Starts a job whose worker reports `step` and then works on (tests/fixtures/import-worker-stall.mjs). */
	async function stalledJob(step: 'adjacency' | 'store', timeLimitMs: number): Promise<string> {
		process.env.SAPXEP_IMPORT_WORKER = resolve('tests/fixtures/import-worker-stall.mjs');
		process.env.SAPXEP_STALL_STEP = step;
		const tempDir = join(t.dir, `stall-${step}`);
		mkdirSync(tempDir);
		writeFileSync(join(tempDir, 'body'), 'x');
		return startImportJob(
			t.db,
			t.path,
			{ tempDir, bodyPath: join(tempDir, 'body'), contentType: 'text/plain', bytes: 1, createdBy: 'uploader' },
			{ ...importLimits(), timeLimitMs },
			100
		);
	}

	/** The heartbeats (distinct updated_at) seen while sweeping as another instance would, every 100 ms for `ms`. */
	async function beatsWhileSwept(id: string, step: string, ms: number): Promise<Set<string>> {
		const seen = new Set<string>();
		for (const end = Date.now() + ms; Date.now() < end;) {
			await new Promise((r) => setTimeout(r, 100));
			await sweepStaleImportJobs(t.db, { staleMs: 1000, exceptOwn: false });
			const j = await job(id);
			expect(['queued', 'running'], 'a job whose owner beats is never swept').toContain(j.status);
			if (j.step === step) seen.add(j.updatedAt);
		}
		return seen;
	}

	it('a step longer than the staleness limit: the owner beats (every 100 ms here), so another instance’s sweep (limit 1 s) never fails the job; the time limit still ends it', async () => {
		const id = await stalledJob('adjacency', 3000);
		const beats = await beatsWhileSwept(id, 'adjacency', 2000);
		expect(beats.size).toBeGreaterThanOrEqual(5);
		await jobSettled(id);
		expect((await job(id)).error?.code).toBe('import_timeout');
	});

	it('the store step: beats on PostgreSQL (a live instance’s long store is never swept); none on SQLite, whose one write lock is the worker’s transaction', async () => {
		const id = await stalledJob('store', 2000);
		const beats = await beatsWhileSwept(id, 'store', testDialect === 'postgres' ? 1000 : 0);
		if (testDialect === 'postgres') expect(beats.size).toBeGreaterThanOrEqual(3);
		else {
			while ((await job(id)).step !== 'store') await new Promise((r) => setTimeout(r, 20));
			const at = (await job(id)).updatedAt;
			await new Promise((r) => setTimeout(r, 500));
			expect((await job(id)).updatedAt, 'no heartbeat while storing on SQLite').toBe(at);
		}
		await jobSettled(id);
		expect((await job(id)).error?.code).toBe('import_timeout');
	});
});
