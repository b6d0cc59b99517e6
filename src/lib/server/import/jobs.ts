/**
 * Import jobs: an upload, already streamed to a temporary file, is imported in a worker thread (job-worker.mjs →
 * job-worker-main.ts) with a time limit, while this thread only relays the worker's steps into the import_jobs table
 * (so any instance can report a job, and the page can be left and come back). The store step is the worker's single
 * transaction: a job that fails or is stopped leaves no dataset.
 *
 * Finding the worker script: the built server (adapter-node) bundles this module into build/server/chunks, so the
 * script is looked up in the source tree (worker-script.ts).
 *
 * Interrupted jobs: a process killed mid-import (kill -9, a crash, a power cut) leaves its job 'running' with nobody
 * to end it (its dataset was never committed: the store step is one transaction). While a job runs, the process that
 * owns it beats its heartbeat (the row's updated_at) every quarter of SAPXEP_IMPORT_STALE_S (60 s); any process
 * (at start, and when it reads a job or a list of jobs, those read) fails the jobs in progress whose heartbeat is older than
 * that, so with several instances on PostgreSQL a job another live instance runs is never touched. On SQLite the
 * owner cannot beat while the worker's store transaction holds the one write lock (it would wait synchronously,
 * stalling every request): SQLite is one instance, whose own jobs are never swept by itself.
 */
import { randomUUID } from 'node:crypto';
import { rmSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import { dialectOf } from '../db/dialect.ts';
import {
	advanceImportJob,
	createImportJob,
	failStaleImportJobs,
	finishImportJob,
	getImportJob,
	IN_PROGRESS,
	listImportJobs,
	staleImportJobIds,
	touchImportJob,
	type ImportJob
} from '../db/import-job.repository.ts';
import type { InputLocation } from './errors.ts';
import { importLimits, type ImportLimits } from './limits.ts';
import { workerScript } from '../worker-script.ts';
import { warmUnitTiles } from '../services/map-tiles.ts';

/** Messages from the worker. */
export type WorkerMessage =
	| { type: 'files'; names: string[] }
	| { type: 'step'; step: 'parse' | 'adjacency' | 'quality' | 'store' | 'done' }
	| { type: 'done'; datasetId: number; result: unknown }
	| { type: 'error'; code: string; where?: InputLocation; message_vi: string; message_en: string };

/** Progress (0..1) at the start of each step: parsing and adjacency take most of an import. */
export const STEP_PROGRESS: Record<string, number> = {
	upload: 0,
	parse: 0.05,
	adjacency: 0.4,
	quality: 0.7,
	store: 0.8,
	done: 1
};

/** The worker entry script (see the file comment and worker-script.ts); SAPXEP_IMPORT_WORKER swaps one in (tests). */
export function importWorkerScript(): string {
	return workerScript(import.meta.url, 'src/lib/server/import/job-worker.mjs', process.env.SAPXEP_IMPORT_WORKER);
}

const running = new Map<string, Promise<void>>();

/** SAPXEP_IMPORT_STALE_S (60 s): a job in progress whose heartbeat is older is taken as interrupted. */
export function importStaleMs(env: Record<string, string | undefined> = process.env): number {
	const s = Number(env.SAPXEP_IMPORT_STALE_S);
	return Math.round((env.SAPXEP_IMPORT_STALE_S?.trim() && Number.isFinite(s) && s > 0 ? s : 60) * 1000);
}

/** The end of a job whose process stopped in its middle. */
export function interruptedJob(staleMs: number): { code: string; message_vi: string; message_en: string } {
	const s = Math.round(staleMs / 1000);
	return {
		code: 'import_interrupted',
		message_vi: `Việc nhập bị gián đoạn (máy chủ dừng giữa chừng: không còn tín hiệu từ tiến trình nhập quá ${s} giây); không có gì được lưu. Hãy tải tệp lên lại.`,
		message_en: `The import was interrupted (the server stopped partway: no sign of the import process for over ${s} s); nothing was stored. Upload the files again.`
	};
}

/**
 * Fails the jobs in progress whose heartbeat is older than `staleMs` (see the file comment), except those this
 * process runs: at start-up, and by tests. Never throws (a sweep that cannot write now is done by the next one);
 * returns how many were failed. Reads first and writes only when there is a stale job: on SQLite a write would wait
 * for an import's transaction.
 */
export async function sweepStaleImportJobs(
	db: Kysely<DB>,
	opts: { staleMs?: number; now?: Date; exceptOwn?: boolean } = {}
): Promise<number> {
	const staleMs = opts.staleMs ?? importStaleMs();
	const now = opts.now ?? new Date();
	const before = new Date(now.getTime() - staleMs).toISOString();
	try {
		return await failStale(db, await staleImportJobIds(db, before), staleMs, now, opts.exceptOwn !== false);
	} catch (e) {
		console.error(`Interrupted import jobs could not be marked failed now: ${(e as Error).message}`);
		return 0;
	}
}

/** Fails the jobs `ids` (other processes' only, when `exceptOwn`) if still in progress with a stale heartbeat. */
async function failStale(db: Kysely<DB>, ids: string[], staleMs: number, now: Date, exceptOwn = true) {
	const theirs = exceptOwn ? ids.filter((id) => !running.has(id)) : ids;
	if (theirs.length === 0) return 0;
	const before = new Date(now.getTime() - staleMs).toISOString();
	return failStaleImportJobs(db, theirs, before, interruptedJob(staleMs), now);
}

/** The ids of the jobs read that are in progress with a heartbeat older than `staleMs` at `now`. */
function staleAmong(jobs: ImportJob[], staleMs: number, now: Date): string[] {
	const before = now.getTime() - staleMs;
	return jobs.filter((j) => IN_PROGRESS.includes(j.status) && Date.parse(j.updatedAt) < before).map((j) => j.id);
}

/**
 * Reads jobs by `read`, failing first those among them whose process died mid-import (in progress, heartbeat
 * stale, not this process's): they read as failed, not running forever. Only the rows read are looked at, and a
 * write happens only when one of them is stale; then the jobs are read again.
 */
async function readEndingStale(db: Kysely<DB>, read: () => Promise<ImportJob[]>): Promise<ImportJob[]> {
	const jobs = await read();
	const staleMs = importStaleMs();
	const now = new Date();
	const stale = staleAmong(jobs, staleMs, now);
	if (stale.length === 0) return jobs;
	try {
		if ((await failStale(db, stale, staleMs, now)) === 0) return jobs;
	} catch (e) {
		console.error(`Interrupted import jobs could not be marked failed now: ${(e as Error).message}`);
		return jobs;
	}
	return read();
}

/** An import job as the job page and its API show it (see readEndingStale); null when there is none. */
export async function readImportJob(db: Kysely<DB>, id: string): Promise<ImportJob | null> {
	const [job] = await readEndingStale(db, async () => {
		const j = await getImportJob(db, id);
		return j ? [j] : [];
	});
	return job ?? null;
}

/** A user's most recent jobs, newest first (see readEndingStale). */
export function recentImportJobs(db: Kysely<DB>, createdBy: string, limit: number): Promise<ImportJob[]> {
	return readEndingStale(db, () => listImportJobs(db, createdBy, limit));
}

/** Resolves when the job started in this process ends (for tests, benches and the CLI); at once if unknown. */
export function jobSettled(id: string): Promise<void> {
	return running.get(id) ?? Promise.resolve();
}

/**
 * Creates a job for an upload saved at `bodyPath` (the raw multipart body; its folder `tempDir` is removed when the
 * job ends) and starts its worker. Returns the job id at once.
 */
export async function startImportJob(
	db: Kysely<DB>,
	location: string,
	upload: { tempDir: string; bodyPath: string; contentType: string; bytes: number; createdBy: string },
	limits: ImportLimits = importLimits(),
	heartbeatMs = importStaleMs() / 4
): Promise<string> {
	const id = randomUUID();
	await createImportJob(db, { id, fileNames: [], uploadBytes: upload.bytes, createdBy: upload.createdBy });
	const done = runWorker(db, id, location, upload, limits, heartbeatMs).finally(() => {
		rmSync(upload.tempDir, { recursive: true, force: true });
		running.delete(id);
	});
	running.set(id, done);
	return id;
}

function runWorker(
	db: Kysely<DB>,
	id: string,
	location: string,
	upload: { bodyPath: string; contentType: string; createdBy: string },
	limits: ImportLimits,
	heartbeatMs: number
): Promise<void> {
	return new Promise<void>((resolve) => {
		let ended = false;
		let storing = false;
		// Updates of the job row, in order; the end waits for them.
		let chain: Promise<unknown> = Promise.resolve();
		const queue = (f: () => Promise<unknown>) => (chain = chain.then(f).catch(() => {}));
		const worker = new Worker(importWorkerScript(), {
			workerData: {
				bodyPath: upload.bodyPath,
				contentType: upload.contentType,
				location,
				createdBy: upload.createdBy,
				limits
			}
		});
		const end = (f: () => Promise<unknown>) => {
			if (ended) return;
			ended = true;
			clearTimeout(timer);
			clearInterval(heartbeat);
			queue(f);
			void worker.terminate();
			void chain.then(() => resolve());
		};
		const timer = setTimeout(
			() =>
				end(() =>
					finishImportJob(db, id, {
						ok: false,
						code: 'import_timeout',
						message_vi: `quá thời gian nhập cho phép (${Math.round(limits.timeLimitMs / 1000)} giây); đã dừng, không có gì được lưu. Chia nhỏ dữ liệu hoặc đơn giản hoá ranh giới, hoặc nhờ người quản trị nâng SAPXEP_IMPORT_TIME_LIMIT_S.`,
						message_en: `the import took longer than allowed (${Math.round(limits.timeLimitMs / 1000)} s); stopped, nothing was stored. Split the data or simplify the boundaries, or ask the administrator to raise SAPXEP_IMPORT_TIME_LIMIT_S.`
					})
				),
			limits.timeLimitMs
		);
		// The heartbeat (see the file comment); not during SQLite's store transaction.
		const heartbeat = setInterval(() => {
			if (!(storing && dialectOf(db) === 'sqlite')) queue(() => touchImportJob(db, id));
		}, heartbeatMs);
		heartbeat.unref();
		worker.on('message', (m: WorkerMessage) => {
			if (ended) return;
			if (m.type === 'step' && m.step === 'store') storing = true;
			if (m.type === 'files') queue(() => advanceImportJob(db, id, 'parse', STEP_PROGRESS.parse, m.names));
			else if (m.type === 'step' && m.step === 'store')
				queue(async () => {
					try {
						await advanceImportJob(db, id, m.step, STEP_PROGRESS[m.step]);
					} finally {
						worker.postMessage('store-ack'); // the worker begins its transaction only now
					}
				});
			else if (m.type === 'step' && m.step !== 'done')
				queue(() => advanceImportJob(db, id, m.step, STEP_PROGRESS[m.step]));
			else if (m.type === 'done')
				end(async () => {
					await finishImportJob(db, id, { ok: true, datasetId: m.datasetId, result: m.result });
					// Its map is what the user opens next: the tile worker starts on it now.
					warmUnitTiles(db, m.datasetId);
				});
			else if (m.type === 'error')
				end(() =>
					finishImportJob(db, id, { ok: false, code: m.code, message_vi: m.message_vi, message_en: m.message_en })
				);
		});
		const crashed = (why: string) =>
			end(() =>
				finishImportJob(db, id, {
					ok: false,
					code: 'internal',
					message_vi: `tiến trình nhập dừng bất thường (${why}); không có gì được lưu.`,
					message_en: `the import stopped abnormally (${why}); nothing was stored.`
				})
			);
		worker.on('error', (e) => crashed(e.message));
		worker.on('exit', (code) => crashed(`exit ${code}`));
	});
}
