/**
 * Esri Shapefiles, zipped (.zip holding .shp + .dbf + .prj, optionally .cpg) or as loose sibling files, to
 * FeatureCollections. Geometry and attributes are read with shpjs; the .prj is NOT handed to shpjs: it is returned
 * as text so that crs.ts recognises it, reports it and reprojects with proj4 explicitly. DBF text is UTF-8 unless a
 * .cpg names another code page.
 */
import { inflateRawSync } from 'node:zlib';
import type { Feature, FeatureCollection, Position } from 'geojson';
// shpjs 6 ships no type declarations; its ESM entry exports the two synchronous parsers used here.
// @ts-expect-error -- untyped module (see the typed wrappers below)
import { parseShp as shpjsParseShp, parseDbf as shpjsParseDbf } from 'shpjs';
import { bi, ImportError, warning, type ImportWarning } from './errors.ts';
import type { ImportFile } from './types.ts';

/** shpjs: .shp bytes → one GeoJSON geometry (or null) per record; no projection when `prj` is false. */
const parseShpRecords = shpjsParseShp as (shp: Uint8Array, prj: false) => (Feature['geometry'] | null)[];
/** shpjs (parsedbf): .dbf bytes → one property object per record, text decoded with `encoding`. */
const parseDbfRecords = shpjsParseDbf as (dbf: Uint8Array, encoding: string) => Record<string, unknown>[];

/** One boundary layer read from a Shapefile, with its .prj text left for CRS detection. */
export interface ShapefileLayer {
	/** Name used in messages: "tinh.zip/communes.shp" or "communes.shp". */
	name: string;
	/** Names that say which level the layer is, most specific first (the .shp's base name, then the zip's). */
	hints: string[];
	fc: FeatureCollection;
	prj?: { file: string; text: string };
}

// ---------------------------------------------------------------------------------------------------------------
// ZIP (PKWARE APPNOTE): central directory, stored or deflated entries, ZIP64 sizes. Written here on node:zlib
// rather than taking a transitive dependency, so that every fault gets a precise message.

interface ZipEntry {
	path: string;
	data: Uint8Array;
}

const MAX_UNZIPPED_BYTES = 2 * 1024 ** 3; // 2 GiB in all: a guard against zip bombs in uploads

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

function corrupt(file: string, why: Parameters<typeof bi>): ImportError {
	const [vi, en] = why;
	return new ImportError(
		'corrupt_zip',
		bi(
			`tệp nén ZIP hỏng hoặc không phải ZIP (${vi}). Nén lại các tệp .shp, .shx, .dbf, .prj (và .cpg) rồi thử lại.`,
			`corrupt or not a ZIP archive (${en}). Zip the .shp, .shx, .dbf, .prj (and .cpg) files again and retry.`
		),
		{ file }
	);
}

/** Every file entry of a ZIP archive (directories skipped), decompressed and CRC-checked. */
export function readZip(file: string, bytes: Uint8Array): ZipEntry[] {
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
	if (eocd < 0) throw corrupt(file, ['không tìm thấy mục lục cuối tệp', 'no end-of-central-directory record']);
	let count = u16(eocd + 10);
	let cdOffset = u32(eocd + 16);
	if ((count === 0xffff || cdOffset === 0xffffffff) && eocd >= 20 && u32(eocd - 20) === 0x07064b50) {
		const z64 = u64(eocd - 12);
		if (z64 + 56 > bytes.length || u32(z64) !== 0x06064b50)
			throw corrupt(file, ['mục lục ZIP64 sai', 'bad ZIP64 directory']);
		count = u64(z64 + 32);
		cdOffset = u64(z64 + 48);
	}
	const out: ZipEntry[] = [];
	let total = 0;
	let o = cdOffset;
	for (let n = 0; n < count; n++) {
		if (o + 46 > bytes.length || u32(o) !== 0x02014b50)
			throw corrupt(file, ['mục lục bị cắt cụt', 'truncated central directory']);
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
			throw new ImportError(
				'zip_encrypted',
				bi(
					`tệp nén có mật khẩu (${path}). Nén lại không đặt mật khẩu.`,
					`the archive is password-protected (${path}). Zip it again without a password.`
				),
				{ file }
			);
		}
		if (local + 30 > bytes.length || u32(local) !== 0x04034b50)
			throw corrupt(file, [`sai vị trí dữ liệu của ${path}`, `bad local header of ${path}`]);
		const start = local + 30 + u16(local + 26) + u16(local + 28);
		if (start + csize > bytes.length)
			throw corrupt(file, [`dữ liệu của ${path} bị cắt cụt`, `data of ${path} is truncated`]);
		total += usize;
		if (total > MAX_UNZIPPED_BYTES)
			throw corrupt(file, ['dữ liệu giải nén quá 2 GiB', 'more than 2 GiB once unzipped']);
		const raw = bytes.subarray(start, start + csize);
		let data: Uint8Array;
		if (method === 0) data = raw;
		else if (method === 8) {
			try {
				data = new Uint8Array(inflateRawSync(raw, { maxOutputLength: Math.max(usize, 1) }));
			} catch (e) {
				throw corrupt(file, [
					`không giải nén được ${path}: ${(e as Error).message}`,
					`cannot inflate ${path}: ${(e as Error).message}`
				]);
			}
		} else {
			throw new ImportError(
				'zip_method',
				bi(
					`${path} được nén bằng phương pháp ${method}, chưa hỗ trợ; dùng kiểu nén thông thường (Deflate).`,
					`${path} uses compression method ${method}, which is not supported; use ordinary (Deflate) compression.`
				),
				{ file }
			);
		}
		if (data.length !== usize || crc32(data) !== crc)
			throw corrupt(file, [`${path} sai kích thước hoặc mã kiểm tra CRC`, `${path} fails its size or CRC check`]);
		out.push({ path, data });
	}
	return out;
}

// ---------------------------------------------------------------------------------------------------------------
// Shapefile parts → layers

const PARTS = ['shp', 'dbf', 'prj', 'cpg'] as const;
type Part = (typeof PARTS)[number];
/** Side files of a shapefile the importer does not need (indexes, metadata): skipped silently. */
const ANCILLARY = /\.(shx|sbn|sbx|qix|fix|aih|ain|atx|ixs|mxs|qmd|xml|shp\.xml|cst|qpj|lyr|lyrx|qml|sld|txt|md|pdf)$/i;

const baseName = (p: string) => p.replace(/^.*[\\/]/, '');

/**
 * Undo DBF's 10-character limit on field names for the long property names of the documented file layout
 * (districts.geojson / communes.geojson), e.g. "district_c" → "district_code". Other names are left as they are.
 */
const LONG_FIELD_NAMES = [
	'district_code',
	'district_name',
	'province_code',
	'area_km2_official',
	'area_km2_computed',
	'population_date',
	'population_source',
	'parent_code'
];

function restoreFieldNames(props: Record<string, unknown>[]): string[] {
	const keys = new Set(props.flatMap((p) => Object.keys(p)));
	const renames: [string, string][] = [];
	for (const k of keys) {
		if (k.length !== 10) continue;
		const longs = LONG_FIELD_NAMES.filter((l) => l.slice(0, 10) === k.toLowerCase());
		if (longs.length === 1 && !keys.has(longs[0])) renames.push([k, longs[0]]);
	}
	for (const p of props) {
		for (const [from, to] of renames) {
			if (from in p) {
				p[to] = p[from];
				delete p[from];
			}
		}
	}
	return renames.map(([a, b]) => `${a} → ${b}`);
}

/** The TextDecoder label of a .cpg ("UTF-8", "1258", "ANSI 1258", "CP1258"…), or null when unknown. */
function codePage(cpg: string): string | null {
	const t = cpg.replace(/\0/g, '').trim();
	const m = /^(?:ansi\s*|cp\s*|windows-?)?(\d{3,5})$/i.exec(t);
	const label = m ? (m[1] === '65001' ? 'utf-8' : `windows-${m[1]}`) : t;
	try {
		new TextDecoder(label);
		return label;
	} catch {
		return null;
	}
}

interface PartSet {
	/** Display prefix: "tinh.zip/" for zip entries, "" for loose files. */
	container: string;
	base: string; // path without extension, as found
	parts: Partial<Record<Part, { name: string; data: Uint8Array }>>;
}

function layerFromParts(set: PartSet, hints: string[], warnings: ImportWarning[]): ShapefileLayer {
	const shp = set.parts.shp!;
	const name = `${set.container}${shp.name}`;
	const dbf = set.parts.dbf;
	if (!dbf) {
		throw new ImportError(
			'shp_without_dbf',
			bi(
				`thiếu tệp thuộc tính ${baseName(set.base)}.dbf đi kèm ${baseName(shp.name)} (mã, tên đơn vị nằm trong .dbf). Gửi kèm đủ .shp, .shx, .dbf, .prj (và .cpg) cùng tên.`,
				`the attribute file ${baseName(set.base)}.dbf that goes with ${baseName(shp.name)} is missing (unit codes and names are in the .dbf). Include .shp, .shx, .dbf, .prj (and .cpg) with the same name.`
			),
			{ file: name }
		);
	}
	let encoding = 'utf-8';
	if (set.parts.cpg) {
		const text = new TextDecoder('utf-8').decode(set.parts.cpg.data);
		const label = codePage(text);
		if (label) encoding = label;
		else {
			warnings.push(
				warning(
					'cpg_unknown',
					bi(
						`không nhận ra bảng mã "${text.trim()}"; đọc thuộc tính theo UTF-8.`,
						`unknown code page "${text.trim()}"; attributes read as UTF-8.`
					),
					{ file: `${set.container}${set.parts.cpg.name}` }
				)
			);
		}
	}
	let geometries: (Feature['geometry'] | null)[];
	try {
		geometries = parseShpRecords(shp.data, false);
	} catch (e) {
		throw new ImportError(
			'bad_shp',
			bi(
				`tệp .shp hỏng hoặc không đọc được (${(e as Error).message}).`,
				`the .shp file is corrupt or unreadable (${(e as Error).message}).`
			),
			{ file: name }
		);
	}
	let props: Record<string, unknown>[];
	try {
		props = parseDbfRecords(dbf.data, encoding);
	} catch (e) {
		throw new ImportError(
			'bad_dbf',
			bi(
				`tệp .dbf hỏng hoặc không đọc được (${(e as Error).message}).`,
				`the .dbf file is corrupt or unreadable (${(e as Error).message}).`
			),
			{
				file: `${set.container}${dbf.name}`
			}
		);
	}
	if (props.length !== geometries.length) {
		throw new ImportError(
			'shp_dbf_mismatch',
			bi(
				`${baseName(shp.name)} có ${geometries.length} hình nhưng ${baseName(dbf.name)} có ${props.length} dòng thuộc tính; hai tệp không cùng một lớp.`,
				`${baseName(shp.name)} holds ${geometries.length} shapes but ${baseName(dbf.name)} holds ${props.length} attribute rows; the two files are not one layer.`
			),
			{ file: name }
		);
	}
	let undecodable = 0;
	for (const p of props) {
		for (const [k, v] of Object.entries(p)) {
			// DBF stores an empty number as blanks, which parsedbf reads as NaN: it means "no value".
			if (typeof v === 'number' && Number.isNaN(v)) p[k] = null;
			else if (typeof v === 'string') {
				if (v.includes('\ufffd')) undecodable++;
				p[k] = v.normalize('NFC');
			}
		}
	}
	if (undecodable) {
		warnings.push(
			warning(
				'dbf_encoding',
				bi(
					`${undecodable} giá trị chữ không đọc được theo bảng mã ${encoding} (tên có dấu có thể bị hỏng). Thêm tệp .cpg ghi đúng bảng mã (vd. UTF-8 hoặc 1258).`,
					`${undecodable} text values are not valid ${encoding} (names with diacritics may be damaged). Add a .cpg file naming the code page (e.g. UTF-8 or 1258).`
				),
				{ file: `${set.container}${dbf.name}` }
			)
		);
	}
	const restored = restoreFieldNames(props);
	if (restored.length) {
		warnings.push(
			warning(
				'dbf_names_restored',
				bi(
					`tên trường DBF bị cắt còn 10 ký tự đã được khôi phục: ${restored.join(', ')}.`,
					`DBF field names cut to 10 characters were restored: ${restored.join(', ')}.`
				),
				{ file: `${set.container}${dbf.name}` }
			)
		);
	}
	const fc: FeatureCollection = {
		type: 'FeatureCollection',
		features: geometries.map((g, i) => ({ type: 'Feature', properties: props[i], geometry: rewound(g) }))
	};
	if (!fc.features.length)
		throw new ImportError('empty', bi('không có đối tượng nào.', 'has no features.'), { file: name });
	const prj = set.parts.prj
		? { file: `${set.container}${set.parts.prj.name}`, text: new TextDecoder('utf-8').decode(set.parts.prj.data) }
		: undefined;
	return { name, hints, fc, prj };
}

/** Twice the signed area of a ring (positive = counter-clockwise), in the ring's own units. */
function signedArea2(ring: Position[]): number {
	let s = 0;
	for (let i = 0, j = ring.length - 1; i < ring.length; j = i++)
		s += (ring[j][0] - ring[i][0]) * (ring[j][1] + ring[i][1]);
	return s;
}

/**
 * Shapefiles store outer rings clockwise and holes counter-clockwise; GeoJSON (RFC 7946) wants the opposite.
 * That is the format's convention, not a defect of the data, so it is turned here rather than reported as a repair.
 */
function rewound(g: Feature['geometry'] | null): Feature['geometry'] {
	if (!g) return g as unknown as Feature['geometry'];
	const orient = (poly: Position[][]) =>
		poly.map((ring, r) =>
			Array.isArray(ring) && ring.length > 2 && signedArea2(ring) > 0 !== (r === 0) ? [...ring].reverse() : ring
		);
	if (g.type === 'Polygon') return { type: 'Polygon', coordinates: orient(g.coordinates) };
	if (g.type === 'MultiPolygon') return { type: 'MultiPolygon', coordinates: g.coordinates.map(orient) };
	return g;
}

/** Group files by path without extension; other files are returned apart. */
function groupParts(
	container: string,
	files: { name: string; data: Uint8Array }[]
): { sets: PartSet[]; others: string[] } {
	const sets = new Map<string, PartSet>();
	const others: string[] = [];
	for (const f of files) {
		if (/(^|\/)__MACOSX\//.test(f.name) || baseName(f.name).startsWith('._')) continue; // macOS resource forks
		const m = /^(.*)\.([^./\\]+)$/.exec(f.name);
		const ext = m?.[2].toLowerCase();
		if (!m || !(PARTS as readonly string[]).includes(ext!)) {
			if (!ANCILLARY.test(f.name)) others.push(f.name);
			continue;
		}
		const key = m[1].toLowerCase();
		const set = sets.get(key) ?? { container, base: m[1], parts: {} };
		set.parts[ext as Part] = f;
		sets.set(key, set);
	}
	return { sets: [...sets.values()], others };
}

function layersFromSets(
	sets: PartSet[],
	containerHint: string | null,
	where: string,
	present: string[],
	warnings: ImportWarning[]
): ShapefileLayer[] {
	const withShp = sets.filter((s) => s.parts.shp);
	if (!withShp.length) {
		throw new ImportError(
			'no_shp',
			bi(
				`không có tệp .shp nào (có: ${present.join(', ') || 'không có tệp'}). Tệp nén Shapefile phải chứa .shp, .shx, .dbf, .prj (và .cpg) cùng tên.`,
				`holds no .shp file (found: ${present.join(', ') || 'no files'}). A zipped Shapefile must hold .shp, .shx, .dbf, .prj (and .cpg) with the same name.`
			),
			{ file: where }
		);
	}
	for (const s of sets) {
		if (!s.parts.shp) {
			const names = Object.values(s.parts).map((p) => baseName(p!.name));
			warnings.push(
				warning(
					'file_ignored',
					bi(
						`bỏ qua ${names.join(', ')}: không có tệp .shp cùng tên.`,
						`ignored ${names.join(', ')}: no .shp of the same name.`
					),
					{ file: where }
				)
			);
		}
	}
	return withShp.map((s) => {
		const own = baseName(s.base);
		// A lone layer may be named only by its archive ("huyen.zip" holding "layer.shp").
		return layerFromParts(s, withShp.length === 1 && containerHint ? [own, containerHint] : [own], warnings);
	});
}

/** The Shapefile layers of a .zip (one or several: districts + communes). */
export function shapefileLayersFromZip(file: ImportFile, warnings: ImportWarning[]): ShapefileLayer[] {
	if (typeof file.data === 'string')
		throw corrupt(file.name, ['nhận được văn bản thay vì dữ liệu nhị phân', 'received text instead of binary data']);
	const entries = readZip(file.name, file.data);
	const { sets, others } = groupParts(
		`${file.name}/`,
		entries.map((e) => ({ name: e.path, data: e.data }))
	);
	if (others.length && sets.some((s) => s.parts.shp)) {
		warnings.push(
			warning(
				'file_ignored',
				bi(
					`bỏ qua các tệp trong tệp nén: ${others.join(', ')}.`,
					`ignored files inside the archive: ${others.join(', ')}.`
				),
				{ file: file.name }
			)
		);
	}
	return layersFromSets(
		sets,
		baseName(file.name).replace(/\.zip$/i, ''),
		file.name,
		entries.map((e) => e.path),
		warnings
	);
}

/** Shapefile layers from loose sibling files (.shp, .dbf, .prj, .cpg given side by side). */
export function shapefileLayersFromFiles(files: ImportFile[], warnings: ImportWarning[]): ShapefileLayer[] {
	const bin = files.map((f) => ({
		name: f.name,
		data: typeof f.data === 'string' ? new TextEncoder().encode(f.data) : f.data
	}));
	const { sets } = groupParts('', bin);
	return layersFromSets(
		sets,
		null,
		files.map((f) => f.name).join(', '),
		files.map((f) => f.name),
		warnings
	);
}

/** Extensions of the loose parts of a shapefile (the .shx index is accepted and not needed). */
export const SHAPEFILE_PART = /\.(shp|shx|dbf|prj|cpg)$/i;
