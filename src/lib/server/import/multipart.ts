/**
 * multipart/form-data (RFC 7578) read from a buffer: the upload is streamed to a temporary file by the route and
 * split here, in the import worker. Parts are views into the buffer (no copies).
 */
import { ImportError } from './errors.ts';
import { both } from '../../i18n/catalogue.ts';

export interface FormPart {
	name: string;
	filename: string | null;
	data: Uint8Array;
}

/** The boundary of a multipart/form-data content type, or null. */
export function multipartBoundary(contentType: string | null | undefined): string | null {
	if (!contentType || !/^multipart\/form-data/i.test(contentType)) return null;
	const m = /boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType);
	return m ? (m[1] ?? m[2]) : null;
}

function bad(why: string, whyEn: string): ImportError {
	return new ImportError('bad_upload', both('import.multipart.theUploadCannotBeRead', { why, whyEn }));
}

/** Splits a multipart body into its parts. */
export function parseMultipart(body: Uint8Array, boundary: string): FormPart[] {
	const buf = Buffer.from(body.buffer, body.byteOffset, body.byteLength);
	const delim = Buffer.from(`--${boundary}`);
	const parts: FormPart[] = [];
	let at = buf.indexOf(delim);
	if (at < 0) throw bad('không có ranh giới multipart', 'no multipart boundary');
	for (;;) {
		let p = at + delim.length;
		if (buf[p] === 0x2d && buf[p + 1] === 0x2d) break; // closing delimiter "--boundary--"
		if (buf[p] === 0x0d && buf[p + 1] === 0x0a) p += 2;
		const headEnd = buf.indexOf('\r\n\r\n', p);
		if (headEnd < 0) throw bad('phần không có tiêu đề', 'a part without headers');
		const head = buf.subarray(p, headEnd).toString('utf8');
		const next = buf.indexOf(Buffer.concat([Buffer.from('\r\n'), delim]), headEnd + 4);
		if (next < 0) throw bad('thiếu ranh giới kết thúc (tệp bị cắt cụt?)', 'no closing boundary (truncated?)');
		const disp = /content-disposition:[^\r\n]*/i.exec(head)?.[0] ?? '';
		const name = /\bname="([^"]*)"/i.exec(disp)?.[1] ?? '';
		const filename = /\bfilename="([^"]*)"/i.exec(disp)?.[1] ?? null;
		parts.push({ name, filename, data: body.subarray(headEnd + 4, next) });
		at = next + 2;
	}
	return parts;
}
