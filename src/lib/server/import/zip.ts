/**
 * ZIP archives (PKWARE APPNOTE): central directory, stored or deflated entries, ZIP64 sizes. Written here on node:zlib
 * rather than taking a transitive dependency, so that every fault gets a precise message.
 */
import { inflateRawSync } from 'node:zlib';
import { ImportError } from './errors.ts';
import type { Bilingual } from '../../domain/messages.ts';
import { currentLimits, megabytes } from './limits.ts';
import { both } from '../../i18n/catalogue.ts';

export interface ZipEntry {
	path: string;
	data: Uint8Array;
}

const CRC_TABLE = (() => {
	const t = new Uint32Array(256);
	for (let n = 0; n < 256; n++) {
		let c = n;
		for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
		t[n] = c >>> 0;
	}
	return t;
})();
function crc32(b: Uint8Array): number {
	let c = 0xffffffff;
	for (let i = 0; i < b.length; i++) c = CRC_TABLE[(c ^ b[i]) & 0xff] ^ (c >>> 8);
	return (c ^ 0xffffffff) >>> 0;
}

/** The error for a damaged archive, naming the file and what is wrong. */
export function corrupt(file: string, why: Bilingual): ImportError {
	const { vi, en } = why;
	return new ImportError('corrupt_zip', both('import.zip.corruptOrNotAZip', { vi, en }), { file });
}

/** The refusal of an archive that would inflate past the limit (a zip bomb, or simply too much data). */
function tooLarge(file: string, declared: number, max: number): ImportError {
	return new ImportError(
		'zip_too_large',
		both('import.zip.theArchiveWouldInflatePast', {
			p1: declared > max ? `ít nhất ${megabytes(declared)}` : `hơn ${megabytes(max)}`,
			p2: megabytes(max),
			p3: declared > max ? `at least ${megabytes(declared)}` : `over ${megabytes(max)}`
		}),
		{ file }
	);
}

/**
 * Every file entry of a ZIP archive (directories skipped), decompressed and CRC-checked. The total inflated size is
 * bounded by `maxBytes` (the import limit): the sizes the archive declares are summed before anything is inflated,
 * and each entry is inflated with its declared size as a hard cap, so a zip bomb costs neither time nor memory.
 */
export function readZip(file: string, bytes: Uint8Array, maxBytes = currentLimits().maxUnzippedBytes): ZipEntry[] {
	const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	const u16 = (o: number) => view.getUint16(o, true);
	const u32 = (o: number) => view.getUint32(o, true);
	const u64 = (o: number) => Number(view.getBigUint64(o, true));
	// End of central directory: 22 bytes plus a comment of up to 65 535 bytes, at the very end.
	let eocd = -1;
	for (let o = bytes.length - 22; o >= Math.max(0, bytes.length - 22 - 0xffff); o--) {
		if (u32(o) === 0x06054b50) {
			eocd = o;
			break;
		}
	}
	if (eocd < 0) throw corrupt(file, both('import.zip.noEndOfCentralDirectory'));
	let count = u16(eocd + 10);
	let cdOffset = u32(eocd + 16);
	if ((count === 0xffff || cdOffset === 0xffffffff) && eocd >= 20 && u32(eocd - 20) === 0x07064b50) {
		const z64 = u64(eocd - 12);
		if (z64 + 56 > bytes.length || u32(z64) !== 0x06064b50) throw corrupt(file, both('import.zip.badZip64Directory'));
		count = u64(z64 + 32);
		cdOffset = u64(z64 + 48);
	}
	const out: ZipEntry[] = [];
	const pending: { path: string; method: number; crc: number; usize: number; raw: Uint8Array }[] = [];
	let total = 0;
	let o = cdOffset;
	for (let n = 0; n < count; n++) {
		if (o + 46 > bytes.length || u32(o) !== 0x02014b50)
			throw corrupt(file, both('import.zip.truncatedCentralDirectory'));
		const flags = u16(o + 8);
		const method = u16(o + 10);
		const crc = u32(o + 16);
		let csize = u32(o + 20);
		let usize = u32(o + 24);
		const nameLen = u16(o + 28);
		const extraLen = u16(o + 30);
		const commentLen = u16(o + 32);
		let local = u32(o + 42);
		const nameBytes = bytes.subarray(o + 46, o + 46 + nameLen);
		// Bit 11: UTF-8 name. Older tools write the OEM code page; UTF-8 is still the best guess for Vietnamese names.
		const path = new TextDecoder('utf-8').decode(nameBytes);
		// ZIP64 extended information: the 0xFFFFFFFF fields, in order.
		for (let e = o + 46 + nameLen; e + 4 <= o + 46 + nameLen + extraLen;) {
			const id = u16(e);
			const size = u16(e + 2);
			if (id === 0x0001) {
				let p = e + 4;
				if (usize === 0xffffffff) {
					usize = u64(p);
					p += 8;
				}
				if (csize === 0xffffffff) {
					csize = u64(p);
					p += 8;
				}
				if (local === 0xffffffff) local = u64(p);
			}
			e += 4 + size;
		}
		o += 46 + nameLen + extraLen + commentLen;
		if (path.endsWith('/')) continue;
		if (flags & 1) {
			throw new ImportError('zip_encrypted', both('import.zip.theArchiveIsPasswordProtected', { path }), { file });
		}
		if (local + 30 > bytes.length || u32(local) !== 0x04034b50)
			throw corrupt(file, both('import.zip.badLocalHeaderOfPath', { path }));
		const start = local + 30 + u16(local + 26) + u16(local + 28);
		if (start + csize > bytes.length) throw corrupt(file, both('import.zip.dataOfPathIsTruncated', { path }));
		total += usize;
		pending.push({ path, method, crc, usize, raw: bytes.subarray(start, start + csize) });
	}
	// Declared sizes first: an archive that says it holds more than the limit is refused before any inflating.
	if (total > maxBytes) throw tooLarge(file, total, maxBytes);
	for (const { path, method, crc, usize, raw } of pending) {
		let data: Uint8Array;
		if (method === 0) data = raw;
		else if (method === 8) {
			try {
				data = new Uint8Array(inflateRawSync(raw, { maxOutputLength: Math.max(usize, 1) }));
			} catch (e) {
				throw corrupt(file, both('import.zip.cannotInflatePathP1', { path, p1: (e as Error).message }));
			}
		} else {
			throw new ImportError('zip_method', both('import.zip.pathUsesCompressionMethodMethod', { path, method }), {
				file
			});
		}
		if (data.length !== usize || crc32(data) !== crc)
			throw corrupt(file, both('import.zip.pathFailsItsSizeOr', { path }));
		out.push({ path, data });
	}
	return out;
}
