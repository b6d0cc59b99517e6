/**
 * An upload's body streamed to a temporary file (never held in memory), stopped at the upload limit.
 */
import { createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';
import { bi, ImportError } from './errors.ts';
import { megabytes } from './limits.ts';
import { multipartBoundary } from './multipart.ts';

export interface SavedUpload {
	tempDir: string;
	bodyPath: string;
	contentType: string;
	bytes: number;
}

/** Writes the request body to a new temporary folder; refuses a body over `maxBytes` (the folder is removed). */
export async function saveUpload(request: Request, maxBytes: number): Promise<SavedUpload> {
	const contentType = request.headers.get('content-type') ?? '';
	if (!multipartBoundary(contentType) || !request.body) {
		throw new ImportError(
			'bad_upload',
			bi(
				'cần gửi tệp dạng multipart/form-data (trường "files").',
				'send the files as multipart/form-data (field "files").'
			)
		);
	}
	const declared = Number(request.headers.get('content-length'));
	if (declared > maxBytes) throw tooLarge(declared, maxBytes);
	const tempDir = mkdtempSync(join(tmpdir(), 'sapxep-upload-'));
	const bodyPath = join(tempDir, 'body');
	const out = createWriteStream(bodyPath);
	let writeError: Error | null = null;
	out.on('error', (e) => (writeError = e));
	let bytes = 0;
	try {
		const reader = request.body.getReader();
		for (;;) {
			const { done, value } = await reader.read();
			if (done) break;
			bytes += value.byteLength;
			if (bytes > maxBytes) {
				await reader.cancel();
				throw tooLarge(bytes, maxBytes);
			}
			if (!out.write(value)) await once(out, 'drain');
		}
		out.end();
		if (!writeError) await once(out, 'finish');
		if (writeError) throw writeError;
		return { tempDir, bodyPath, contentType, bytes };
	} catch (e) {
		out.destroy();
		rmSync(tempDir, { recursive: true, force: true });
		throw e;
	}
}

function tooLarge(bytes: number, max: number): ImportError {
	return new ImportError(
		'upload_too_large',
		bi(
			`tệp gửi lên quá lớn (${bytes > max ? `hơn ${megabytes(max)}` : megabytes(bytes)}; tối đa ${megabytes(max)}). Nén ranh giới thành .zip, hoặc nhờ người quản trị nâng SAPXEP_IMPORT_MAX_UPLOAD_MB.`,
			`the upload is too large (over ${megabytes(max)}; at most ${megabytes(max)}). Zip the boundaries, or ask the administrator to raise SAPXEP_IMPORT_MAX_UPLOAD_MB.`
		)
	);
}
