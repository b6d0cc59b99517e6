/**
 * The import form's upload (POST /api/datasets, multipart): the fields it sends, and what a failed upload says.
 * Pure; the XMLHttpRequest that reports the upload's progress is in upload.svelte.ts.
 */
import { both } from '../i18n/catalogue.ts';
import type { Bilingual } from '../domain/messages.ts';

/** The form's optional settings; empty ones are not sent (the server then detects or suggests them). */
export interface UploadFields {
	name: string;
	referenceDate: string;
	terrain: string;
	crs: string;
	structure: string;
	encoding: string;
}

/** The multipart body of an upload: the files, then each setting that was filled in. */
export function uploadBody(files: Iterable<File>, f: UploadFields): FormData {
	const form = new FormData();
	for (const file of files) form.append('files', file);
	if (f.name) form.append('name', f.name);
	if (f.referenceDate) form.append('referenceDate', f.referenceDate);
	if (f.terrain) form.append('terrain', f.terrain);
	if (f.crs.trim()) form.append('crs', f.crs.trim());
	if (f.structure) form.append('structure', f.structure);
	if (f.encoding) form.append('encoding', f.encoding);
	return form;
}

/** What a failed upload says: the server's message (in both languages), else what the status means. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a JSON error body of any shape, or null
export function uploadFailure(status: number, body: any): Bilingual {
	if (body?.message_vi) return { vi: body.message_vi, en: body.message_en };
	if (typeof body?.message === 'string') {
		const text = `${body.message} (HTTP ${status})`;
		return { vi: text, en: text };
	}
	// Not from sapxep (e.g. a proxy's own page): say what the status means.
	const what =
		status === 413
			? both('datasets.theUploadIsLargerThan')
			: status === 403
				? both('datasets.theServerRefusedTheRequest')
				: both('datasets.theServerCouldNotImport');
	const httpStatus = ` (HTTP ${status})`;
	return { vi: what.vi + httpStatus, en: what.en + httpStatus };
}
