/**
 * Import jobs: an upload, already streamed to a temporary file, is imported in a worker thread (job-worker.mjs →
 * job-worker-main.ts) with a time limit, while this thread only relays the worker's steps into the import_jobs table
 * (so any instance can report a job, and the page can be left and come back). The store step is the worker's single
 * transaction: a job that fails or is stopped leaves no dataset.
 *
 * Finding the worker script: the built server (adapter-node) bundles this module into build/server/chunks, so the
 * script is looked up from this module's location upwards, first beside it (development: vite, vitest, tsx), then
 * in src/lib/server/import of each parent folder (the built server runs from the project folder, which keeps src/).
 */
import { randomUUID } from 'node:crypto';
import { existsSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import { advanceImportJob, createImportJob, finishImportJob } from '../db/import-job.repository.ts';
import type { InputLocation } from './errors.ts';
import { importLimits, type ImportLimits } from './limits.ts';

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

let workerScript: string | null = null;
/** The worker entry script (see the file comment). */
export function importWorkerScript(): string {
	if (workerScript) return workerScript;
	if (process.env.SAPXEP_IMPORT_WORKER && existsSync(process.env.SAPXEP_IMPORT_WORKER))
		return (workerScript = process.env.SAPXEP_IMPORT_WORKER);
	const rel = join('src', 'lib', 'server', 'import', 'job-worker.mjs');
	let dir = dirname(fileURLToPath(import.meta.url));
	const beside = join(dir, 'job-worker.mjs');
	if (existsSync(beside)) return (workerScript = beside);
	for (;;) {
		if (existsSync(join(dir, rel))) return (workerScript = join(dir, rel));
		const up = dirname(dir);
		if (up === dir) break;
		dir = up;
	}
	if (existsSync(join(process.cwd(), rel))) return (workerScript = join(process.cwd(), rel));
	throw new Error(`import worker script not found (${rel}); set SAPXEP_IMPORT_WORKER`);
}

const running = new Map<string, Promise<void>>();

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
	limits: ImportLimits = importLimits()
): Promise<string> {
	const id = randomUUID();
	await createImportJob(db, { id, fileNames: [], uploadBytes: upload.bytes, createdBy: upload.createdBy });
	const done = runWorker(db, id, location, upload, limits).finally(() => {
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
	limits: ImportLimits
): Promise<void> {
	return new Promise<void>((resolve) => {
		let ended = false;
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
		worker.on('message', (m: WorkerMessage) => {
			if (ended) return;
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
				end(() => finishImportJob(db, id, { ok: true, datasetId: m.datasetId, result: m.result }));
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
