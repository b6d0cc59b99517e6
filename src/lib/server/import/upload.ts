/**
 * An upload's body streamed to a temporary file (never held in memory), stopped at the upload limit.
 */
import { createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';
import { ImportError } from './errors.ts';
import { megabytes } from './limits.ts';
import { multipartBoundary } from './multipart.ts';
import { both } from '../../i18n/catalogue.ts';

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
		throw new ImportError('bad_upload', both('import.upload.sendTheFilesAsMultipart'));
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
		both('import.upload.theUploadIsTooLarge', {
			p1: bytes > max ? `hơn ${megabytes(max)}` : megabytes(bytes),
			p2: megabytes(max)
		})
	);
}
