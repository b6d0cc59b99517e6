/** Import jobs (table import_jobs, migration 050): create, advance, finish, read. */
import type { Kysely } from 'kysely';
import type { DB, ImportJobTable } from './schema.ts';

export type ImportJobStatus = ImportJobTable['status'];

/** A job as the API and the page show it. */
export interface ImportJob {
	id: string;
	status: ImportJobStatus;
	step: string;
	progress: number;
	steps: { step: string; startedAt: string; ms: number | null }[];
	fileNames: string[];
	uploadBytes: number;
	datasetId: number | null;
	result: unknown;
	error: { code: string; message_vi: string; message_en: string } | null;
	createdBy: string;
	createdAt: string;
	updatedAt: string;
}

function toJob(r: ImportJobTable): ImportJob {
	return {
		id: r.id,
		status: r.status,
		step: r.step,
		progress: r.progress,
		steps: JSON.parse(r.steps_json),
		fileNames: JSON.parse(r.file_names),
		uploadBytes: r.upload_bytes,
		datasetId: r.dataset_id,
		result: r.result_json ? JSON.parse(r.result_json) : null,
		error: r.error_code ? { code: r.error_code, message_vi: r.message_vi ?? '', message_en: r.message_en ?? '' } : null,
		createdBy: r.created_by,
		createdAt: r.created_at,
		updatedAt: r.updated_at
	};
}

export async function createImportJob(
	db: Kysely<DB>,
	job: { id: string; fileNames: string[]; uploadBytes: number; createdBy: string }
): Promise<void> {
	const at = new Date().toISOString();
	await db
		.insertInto('import_jobs')
		.values({
			id: job.id,
			status: 'queued',
			step: 'upload',
			progress: 0,
			steps_json: JSON.stringify([{ step: 'upload', startedAt: at, ms: null }]),
			file_names: JSON.stringify(job.fileNames),
			upload_bytes: job.uploadBytes,
			dataset_id: null,
			result_json: null,
			error_code: null,
			message_vi: null,
			message_en: null,
			created_by: job.createdBy,
			created_at: at,
			updated_at: at
		})
		.execute();
}

/** Moves a job to a step (closing the previous one's duration) and progress; it is then running. */
export async function advanceImportJob(
	db: Kysely<DB>,
	id: string,
	step: string,
	progress: number,
	fileNames?: string[]
): Promise<void> {
	const row = await db
		.selectFrom('import_jobs')
		.select(['steps_json', 'status'])
		.where('id', '=', id)
		.executeTakeFirst();
	if (!row || row.status === 'done' || row.status === 'failed') return;
	const at = new Date();
	const steps = JSON.parse(row.steps_json) as ImportJob['steps'];
	const last = steps[steps.length - 1];
	if (last?.step !== step) {
		if (last && last.ms == null) last.ms = Math.round(at.getTime() - Date.parse(last.startedAt));
		steps.push({ step, startedAt: at.toISOString(), ms: null });
	}
	await db
		.updateTable('import_jobs')
		.set({
			status: 'running',
			step,
			progress,
			steps_json: JSON.stringify(steps),
			...(fileNames ? { file_names: JSON.stringify(fileNames) } : {}),
			updated_at: at.toISOString()
		})
		.where('id', '=', id)
		.execute();
}

/** Ends a job: done with its dataset and report, or failed with its message. */
export async function finishImportJob(
	db: Kysely<DB>,
	id: string,
	end:
		| { ok: true; datasetId: number; result: unknown }
		| { ok: false; code: string; message_vi: string; message_en: string }
): Promise<void> {
	const row = await db.selectFrom('import_jobs').select(['steps_json']).where('id', '=', id).executeTakeFirst();
	if (!row) return;
	const at = new Date();
	const steps = JSON.parse(row.steps_json) as ImportJob['steps'];
	const last = steps[steps.length - 1];
	if (last && last.ms == null) last.ms = Math.round(at.getTime() - Date.parse(last.startedAt));
	if (end.ok) steps.push({ step: 'done', startedAt: at.toISOString(), ms: 0 });
	await db
		.updateTable('import_jobs')
		.set(
			end.ok
				? {
						status: 'done',
						step: 'done',
						progress: 1,
						dataset_id: end.datasetId,
						result_json: JSON.stringify(end.result),
						// a job taken for interrupted (its heartbeat late) that did finish: the dataset is there, no error
						error_code: null,
						message_vi: null,
						message_en: null,
						steps_json: JSON.stringify(steps),
						updated_at: at.toISOString()
					}
				: {
						status: 'failed',
						error_code: end.code,
						message_vi: end.message_vi,
						message_en: end.message_en,
						steps_json: JSON.stringify(steps),
						updated_at: at.toISOString()
					}
		)
		.where('id', '=', id)
		.execute();
}

export async function getImportJob(db: Kysely<DB>, id: string): Promise<ImportJob | null> {
	const r = await db.selectFrom('import_jobs').selectAll().where('id', '=', id).executeTakeFirst();
	return r ? toJob(r as ImportJobTable) : null;
}

/** A user's most recent jobs, newest first. */
export async function listImportJobs(db: Kysely<DB>, createdBy: string, limit = 10): Promise<ImportJob[]> {
	const rows = await db
		.selectFrom('import_jobs')
		.selectAll()
		.where('created_by', '=', createdBy)
		.orderBy('created_at', 'desc')
		.limit(limit)
		.execute();
	return rows.map((r) => toJob(r as ImportJobTable));
}

/** The statuses of a job that has not ended. */
export const IN_PROGRESS: ImportJobStatus[] = ['queued', 'running'];

/** The owner's heartbeat: a job still in progress is alive now (its updated_at); nothing once it has ended. */
export async function touchImportJob(db: Kysely<DB>, id: string, at = new Date()): Promise<void> {
	await db
		.updateTable('import_jobs')
		.set({ updated_at: at.toISOString() })
		.where('id', '=', id)
		.where('status', 'in', IN_PROGRESS)
		.execute();
}

/** Jobs still queued or running whose last heartbeat (updated_at, ISO text) is before `before`. A read only. */
export async function staleImportJobIds(db: Kysely<DB>, before: string): Promise<string[]> {
	const rows = await db
		.selectFrom('import_jobs')
		.select('id')
		.where('status', 'in', IN_PROGRESS)
		.where('updated_at', '<', before)
		.execute();
	return rows.map((r) => r.id);
}

/**
 * Fails the jobs `ids` that are still in progress with a heartbeat still before `before` (one statement: a job whose
 * owner beat in between stays as it is). Returns how many were failed.
 */
export async function failStaleImportJobs(
	db: Kysely<DB>,
	ids: string[],
	before: string,
	end: { code: string; message_vi: string; message_en: string },
	at = new Date()
): Promise<number> {
	if (ids.length === 0) return 0;
	const r = await db
		.updateTable('import_jobs')
		.set({
			status: 'failed',
			error_code: end.code,
			message_vi: end.message_vi,
			message_en: end.message_en,
			updated_at: at.toISOString()
		})
		.where('id', 'in', ids)
		.where('status', 'in', IN_PROGRESS)
		.where('updated_at', '<', before)
		.executeTakeFirst();
	return Number(r.numUpdatedRows);
}
