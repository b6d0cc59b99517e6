/**
 * One dossier export in a worker thread (see export-thread.ts): opens its own handle on the database the server
 * uses, runs the format's exporter (the same code as in the server's thread), reports its progress and answers the
 * file's bytes, or the error (a DossierExportError keeps its code and both languages).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { openDatabase } from '../db/database.ts';
import { DossierExportError } from './errors.ts';
import { EXPORTERS } from './registry.ts';
import type { ExportThreadJob, ExportThreadMessage } from './export-thread.ts';
import { runAsBackgroundThread } from '../background-thread.ts';

runAsBackgroundThread();

const job = workerData as ExportThreadJob;
const post = (m: ExportThreadMessage, transfer: ArrayBuffer[] = []) => parentPort!.postMessage(m, transfer);

// One export at a time here: a small pool (a ministry's PostgreSQL counts every instance's connections).
const { db } = openDatabase(job.location, { poolSize: 2 });
try {
	const exporter = EXPORTERS[job.format]!;
	const file = await exporter({
		db,
		scenarioId: job.scenarioId,
		level: job.level,
		lang: job.lang,
		onProgress: (step, fraction) => post({ type: 'progress', step, fraction })
	});
	// Moved, not copied: a bytes view over a part of a larger buffer (Node's pool) is copied into its own first.
	const whole = file.bytes.byteOffset === 0 && file.bytes.byteLength === file.bytes.buffer.byteLength;
	const bytes = whole ? file.bytes : file.bytes.slice();
	post({ type: 'done', filename: file.filename, contentType: file.contentType, bytes }, [bytes.buffer as ArrayBuffer]);
} catch (e) {
	post(
		e instanceof DossierExportError
			? { type: 'error', message: e.message, dossier: { code: e.code, vi: e.vi, en: e.message } }
			: { type: 'error', message: e instanceof Error ? (e.stack ?? e.message) : String(e) }
	);
} finally {
	await db.destroy();
}
