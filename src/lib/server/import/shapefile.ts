/**
 * Esri Shapefiles, zipped (.zip holding .shp + .dbf + .prj, optionally .cpg) or as loose sibling files, to
 * FeatureCollections. Geometry and attributes are read with shpjs; the .prj is NOT handed to shpjs: it is returned
 * as text so that crs.ts recognises it, reports it and reprojects with proj4 explicitly. DBF text is UTF-8 unless a
 * .cpg names another code page.
 */
import type { Feature, FeatureCollection, Position } from 'geojson';
// shpjs 6 ships no type declarations; its ESM entry exports the two synchronous parsers used here.
// @ts-expect-error -- untyped module (see the typed wrappers below)
import { parseShp as shpjsParseShp, parseDbf as shpjsParseDbf } from 'shpjs';
import { ImportError, warning, type ImportWarning } from './errors.ts';
import type { ImportFile } from './types.ts';
import { chosenEncoding, encodingLabel } from './limits.ts';
import { corrupt, readZip } from './zip.ts';
import { both } from '../../i18n/catalogue.ts';

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

/** WHATWG labels of DBF language driver ids (byte 29) that the platform decodes; others are treated as unknown. */
const LDID: Record<number, string> = {
	0x03: 'windows-1252',
	0x57: 'windows-1252',
	0x58: 'windows-1252',
	0x59: 'windows-1252',
	0x65: 'ibm866',
	0x7b: 'shift_jis',
	0x79: 'euc-kr',
	0x7a: 'gbk',
	0x78: 'big5',
	0x7c: 'windows-874',
	0xc8: 'windows-1250',
	0xc9: 'windows-1251',
	0xca: 'windows-1254',
	0xcb: 'windows-1253',
	0xcc: 'windows-1257'
};

/** Whether the records of a DBF (after its header) are valid UTF-8. */
function dbfRecordsAreUtf8(dbf: Uint8Array): boolean {
	if (dbf.length < 32) return true;
	const headerLen = dbf[8] | (dbf[9] << 8);
	try {
		new TextDecoder('utf-8', { fatal: true }).decode(dbf.subarray(Math.min(headerLen, dbf.length)));
		return true;
	} catch {
		return false;
	}
}

/**
 * The encoding of a DBF's text: the .cpg when it names a known code page; else UTF-8 when the records are valid
 * UTF-8 (legacy single-byte text almost never is); else the encoding the user chose; else the DBF's language
 * driver id. Otherwise the file is refused with a message saying how to declare it.
 */
function dbfEncoding(set: PartSet, dbfName: string, warnings: ImportWarning[]): string {
	const dbf = set.parts.dbf!.data;
	if (set.parts.cpg) {
		const text = new TextDecoder('utf-8').decode(set.parts.cpg.data);
		const label = codePage(text);
		if (label) return label;
		warnings.push(
			warning('cpg_unknown', both('import.shapefile.unknownCodePageP1In', { p1: text.trim() }), {
				file: `${set.container}${set.parts.cpg.name}`
			})
		);
	}
	if (dbfRecordsAreUtf8(dbf)) return 'utf-8';
	const chosen = encodingLabel(chosenEncoding());
	if (chosen) return chosen;
	const ldid = dbf.length > 29 ? LDID[dbf[29]] : undefined;
	if (ldid) return ldid;
	throw new ImportError('dbf_encoding_unknown', both('import.shapefile.theDbfAttributeFileIs'), { file: dbfName });
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
			both('import.shapefile.theAttributeFileP1Dbf', { p1: baseName(set.base), p2: baseName(shp.name) }),
			{ file: name }
		);
	}
	const dbfName = `${set.container}${dbf.name}`;
	const encoding = dbfEncoding(set, dbfName, warnings);
	let geometries: (Feature['geometry'] | null)[];
	try {
		geometries = parseShpRecords(shp.data, false);
	} catch (e) {
		throw new ImportError('bad_shp', both('import.shapefile.theShpFileIsCorrupt', { p1: (e as Error).message }), {
			file: name
		});
	}
	let props: Record<string, unknown>[];
	try {
		props = parseDbfRecords(dbf.data, encoding);
	} catch (e) {
		throw new ImportError('bad_dbf', both('import.shapefile.theDbfFileIsCorrupt', { p1: (e as Error).message }), {
			file: `${set.container}${dbf.name}`
		});
	}
	if (props.length !== geometries.length) {
		throw new ImportError(
			'shp_dbf_mismatch',
			both('import.shapefile.p1HoldsGeometrieslengthShapesBut', {
				p1: baseName(shp.name),
				geometriesLength: geometries.length,
				p2: baseName(dbf.name),
				propsLength: props.length
			}),
			{ file: name }
		);
	}
	let undecodable = 0;
	let example = '';
	for (const p of props) {
		for (const [k, v] of Object.entries(p)) {
			// DBF stores an empty number as blanks, which parsedbf reads as NaN: it means "no value".
			if (typeof v === 'number' && Number.isNaN(v)) p[k] = null;
			else if (typeof v === 'string') {
				if (v.includes('\ufffd')) {
					undecodable++;
					example ||= v;
				}
				p[k] = v.normalize('NFC');
			}
		}
	}
	// Never stored with replacement characters: a name that did not decode is refused, not kept damaged.
	if (undecodable) {
		throw new ImportError(
			'dbf_encoding',
			both('import.shapefile.undecodableTextValuesAreNot', { undecodable, encoding, example }),
			{ file: dbfName }
		);
	}
	const restored = restoreFieldNames(props);
	if (restored.length) {
		warnings.push(
			warning('dbf_names_restored', both('import.shapefile.dbfFieldNamesCutTo', { p1: restored.join(', ') }), {
				file: `${set.container}${dbf.name}`
			})
		);
	}
	const fc: FeatureCollection = {
		type: 'FeatureCollection',
		features: geometries.map((g, i) => ({ type: 'Feature', properties: props[i], geometry: rewound(g) }))
	};
	if (!fc.features.length) throw new ImportError('empty', both('import.geojson.hasNoFeatures'), { file: name });
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
			both('import.shapefile.holdsNoShpFileFound', {
				p1: present.join(', ') || 'không có tệp',
				p2: present.join(', ') || 'no files'
			}),
			{ file: where }
		);
	}
	for (const s of sets) {
		if (!s.parts.shp) {
			const names = Object.values(s.parts).map((p) => baseName(p!.name));
			warnings.push(
				warning('file_ignored', both('import.shapefile.ignoredP1NoShpOf', { p1: names.join(', ') }), { file: where })
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
	if (typeof file.data === 'string') throw corrupt(file.name, both('import.shapefile.receivedTextInsteadOfBinary'));
	const entries = readZip(file.name, file.data);
	const { sets, others } = groupParts(
		`${file.name}/`,
		entries.map((e) => ({ name: e.path, data: e.data }))
	);
	if (others.length && sets.some((s) => s.parts.shp)) {
		warnings.push(
			warning('file_ignored', both('import.shapefile.ignoredFilesInsideTheArchive', { p1: others.join(', ') }), {
				file: file.name
			})
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
