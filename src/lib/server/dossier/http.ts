/**
 * HTTP side of the dossier downloads: the request's level and language, the file as a download response, and the
 * export errors as JSON (bilingual, with their status).
 */
import { json } from '@sveltejs/kit';
import type { Lang } from '../../domain/messages.ts';
import { scenarioErrorResponse } from '../scenario-http.ts';
import { DossierExportError } from './errors.ts';
import type { DossierFile } from './types.ts';

/** `?lang=vi|en`, else the request's language (cookie), else Vietnamese. */
export function langParam(url: URL, fallback: Lang | undefined): Lang {
	const q = url.searchParams.get('lang');
	if (q === 'en' || q === 'vi') return q;
	return fallback === 'en' ? 'en' : 'vi';
}

/** A file as a download: its content type, an ASCII file name (and the same as filename*), no caching by proxies. */
export function fileResponse(file: DossierFile, extra: Record<string, string> = {}): Response {
	return new Response(file.bytes as unknown as BodyInit, {
		headers: {
			'content-type': file.contentType,
			'content-length': String(file.bytes.byteLength),
			'content-disposition': `attachment; filename="${file.filename}"; filename*=UTF-8''${encodeURIComponent(file.filename)}`,
			'cache-control': 'private, no-store',
			...extra
		}
	});
}

/** A dossier export error, or a scenario error (not found, deleted…), as JSON; anything else is rethrown. */
export function dossierErrorResponse(e: unknown): Response {
	if (e instanceof DossierExportError) return json({ error: e.code, message: e.messages() }, { status: e.status });
	return scenarioErrorResponse(e);
}
