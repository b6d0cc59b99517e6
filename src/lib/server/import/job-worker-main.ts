/**
 * The import worker (a worker thread, see jobs.ts): reads the uploaded body from its temporary file, splits the
 * form, then parses, computes adjacency and quality and stores the dataset in one transaction on its own database
 * connection, reporting each step to the main thread. The main thread never runs any of this, so it keeps serving.
 */
import { readFileSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import type { Terrain } from '../../domain/units.ts';
import { openDatabase } from '../db/database.ts';
import { ImportError, importDataset, type ImportFile } from './index.ts';
import type { ImportLimits } from './limits.ts';
import { multipartBoundary, parseMultipart } from './multipart.ts';
import type { WorkerMessage } from './jobs.ts';
import { both } from '../../i18n/catalogue.ts';
import { runAsBackgroundThread } from '../background-thread.ts';

runAsBackgroundThread();

export interface WorkerInput {
	bodyPath: string;
	contentType: string;
	location: string;
	createdBy: string;
	limits: ImportLimits;
}

const input = workerData as WorkerInput;
const post = (m: WorkerMessage) => parentPort!.postMessage(m);

async function run(): Promise<void> {
	const boundary = multipartBoundary(input.contentType);
	if (!boundary) throw new ImportError('bad_upload', both('import.jobWorkerMain.sendTheFilesAsMultipart'));
	const parts = parseMultipart(new Uint8Array(readFileSync(input.bodyPath)), boundary);
	const files: ImportFile[] = [];
	const fields = new Map<string, string>();
	for (const p of parts) {
		if (p.filename != null) {
			if (p.name === 'files' && p.filename) files.push({ name: p.filename, data: p.data });
		} else fields.set(p.name, Buffer.from(p.data).toString('utf8').trim());
	}
	post({ type: 'files', names: files.map((f) => f.name) });
	const str = (k: string) => fields.get(k) || undefined;
	const terrain = str('terrain');
	const structure = str('structure');
	const { db } = openDatabase(input.location, { poolSize: 2 }); // one job: a small pool
	try {
		const r = await importDataset(
			db,
			files,
			{
				name: str('name'),
				referenceDate: str('referenceDate') ?? null,
				provinceCode: str('provinceCode'),
				defaultTerrain: terrain === 'mountainous' || terrain === 'other' ? (terrain as Terrain) : undefined,
				crs: str('crs'),
				structure: structure === 'two-tier' || structure === 'three-tier' ? structure : undefined,
				encoding: str('encoding'),
				limits: input.limits,
				createdBy: input.createdBy
			},
			(step) => post({ type: 'step', step }),
			// SQLite has one writer: the main thread writes the 'store' step before this worker's transaction begins, so
			// it never waits on the lock (better-sqlite3 would wait synchronously, stalling every request).
			() =>
				new Promise<void>((resolve) => {
					const onAck = (m: unknown) => {
						if (m === 'store-ack') {
							parentPort!.off('message', onAck);
							resolve();
						}
					};
					parentPort!.on('message', onAck);
				})
		);
		post({
			type: 'done',
			datasetId: r.datasetId,
			result: {
				dataset_id: r.datasetId,
				structure: r.structure,
				districts: r.districts,
				communes: r.communes,
				warnings: r.warnings
			}
		});
	} finally {
		await db.destroy();
	}
}

run().catch((e: unknown) => {
	if (e instanceof ImportError) {
		post({ type: 'error', code: e.code, where: e.where, message_vi: e.describe('vi'), message_en: e.describe('en') });
	} else {
		const msg = e instanceof Error ? e.message : String(e);
		post({
			type: 'error',
			code: 'internal',
			message_vi: `lỗi máy chủ khi nhập: ${msg}`,
			message_en: `server error while importing: ${msg}`
		});
	}
});
