/**
 * Dossier exports off the server's thread (issue 14: a whole country on one server). A format's exporter is CPU work
 * that grows with the plan: on a 10,000-commune country the XLSX blocked every other request for 2.9 s at once and
 * the DOCX for a second at a time over five minutes. Each export now runs in a worker thread of its own
 * (export-worker-main.ts) on its own handle to the same database (a file or a PostgreSQL URL: the location the
 * handle was opened on, database.ts `locationOf`), reports its progress back and hands over the bytes; the worker
 * ends with the export. A handle whose location cannot be opened twice (an in-memory SQLite) exports in this thread.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Kysely } from 'kysely';
import type { Lang } from '../../domain/messages.ts';
import { locationOf } from '../db/database.ts';
import type { DB } from '../db/schema.ts';
import { workerScript } from '../worker-script.ts';
import { DossierExportError, type DossierExportErrorCode } from './errors.ts';
import type { DossierFile, DossierFormat, DossierLevel, Exporter, ExportRequest } from './types.ts';

/** What the worker is given. */
export interface ExportThreadJob {
	location: string;
	format: DossierFormat;
	scenarioId: number;
	level: DossierLevel;
	lang: Lang;
}

/** Worker → this thread. */
export type ExportThreadMessage =
	| { type: 'progress'; step: string; fraction: number }
	| { type: 'done'; filename: string; contentType: string; bytes: Uint8Array }
	| { type: 'error'; message: string; dossier?: { code: DossierExportErrorCode; vi: string; en: string } };

/** Where a handle's database can be opened again by a worker, or null (in-memory). */
function reopenable(db: Kysely<DB>): string | null {
	const location = locationOf(db);
	return location && location !== ':memory:' ? location : null;
}

/**
 * Export workers running at once, at most: each holds a whole dossier in memory and takes a core, and the server's
 * own thread needs one. Others wait their turn, in order.
 */
export const EXPORT_THREADS = Math.max(1, Math.min(2, availableParallelism() - 1));
let running = 0;
let mostAtOnce = 0;
const waiting: (() => void)[] = [];

/** Export workers running now, and the most that ran at once since the process started. */
export function exportThreads(): { running: number; mostAtOnce: number } {
	return { running, mostAtOnce };
}

/** Run `format`'s exporter for `req`: in a worker thread when the database can be opened there, else in this one. */
export async function runExporter(format: DossierFormat, exporter: Exporter, req: ExportRequest): Promise<DossierFile> {
	const location = reopenable(req.db);
	if (!location) return exporter(req);
	if (running >= EXPORT_THREADS) await new Promise<void>((r) => waiting.push(r));
	running++;
	mostAtOnce = Math.max(mostAtOnce, running);
	try {
		return await inWorker({ location, format, scenarioId: req.scenarioId, level: req.level, lang: req.lang }, req);
	} finally {
		running--;
		waiting.shift()?.();
	}
}

function inWorker(job: ExportThreadJob, req: ExportRequest): Promise<DossierFile> {
	const { format } = job;
	return new Promise<DossierFile>((resolve, reject) => {
		const worker = new Worker(workerScript(import.meta.url, 'src/lib/server/dossier/export-worker.mjs'), {
			workerData: job
		});
		let settled = false;
		const settle = (f: () => void) => {
			if (settled) return;
			settled = true;
			f();
		};
		worker.on('message', (m: ExportThreadMessage) => {
			if (m.type === 'progress') req.onProgress?.(m.step, m.fraction);
			else if (m.type === 'done')
				settle(() => resolve({ filename: m.filename, contentType: m.contentType, bytes: m.bytes }));
			else
				settle(() =>
					reject(
						m.dossier
							? new DossierExportError(m.dossier.code, m.dossier.vi, m.dossier.en)
							: new Error(`export ${format} of scenario ${req.scenarioId}: ${m.message}`)
					)
				);
		});
		worker.on('error', (e) => settle(() => reject(e)));
		worker.on('exit', (code) =>
			settle(() => reject(new Error(`export ${format} of scenario ${req.scenarioId}: its worker exited (${code})`)))
		);
	});
}
