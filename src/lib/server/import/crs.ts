/**
 * Coordinate reference systems of boundary files: recognise a CRS from a `--crs` option, a Shapefile `.prj` (WKT 1
 * or WKT 2) or a GeoJSON `crs` member, and reproject a FeatureCollection to WGS84 longitude/latitude with proj4
 * before anything else (repair, areas, adjacency) sees it.
 *
 * Supported: WGS84 lon/lat (EPSG:4326, CRS84), Web Mercator (EPSG:3857), UTM north zones on WGS84 (EPSG:326xx),
 * VN-2000 geographic (EPSG:4756), VN-2000 UTM zones 48/49 (EPSG:3405/3406) and VN-2000 TM-3 zones with any central
 * meridian (the provincial zones of Circular 973/2001/TT-TCĐC: k = 0.9999, false easting 500 000 m). VN-2000 uses
 * the WGS84 ellipsoid; its shift to WGS84 is the official 7-parameter Helmert transformation (position-vector
 * convention, as proj4 reads +towgs84).
 */
import proj4 from 'proj4';
import type { Feature, FeatureCollection, Position } from 'geojson';
import { bi, ImportError, warning, type ImportWarning } from './errors.ts';
import type { Bilingual } from '../../domain/messages.ts';

/** Official VN-2000 → WGS84 parameters: dX, dY, dZ (m), rX, rY, rZ (arc-seconds), scale (ppm). */
export const VN2000_TOWGS84 = [
	-191.90441429, -39.30318279, -111.45032835, -0.00928836, 0.01975479, -0.00427372, 0.252906278
] as const;
const VN2000_DATUM = `+ellps=WGS84 +towgs84=${VN2000_TOWGS84.join(',')}`;
const WGS84_DATUM = '+datum=WGS84';

/** A CRS the importer can reproject from. */
export interface CrsDef {
	/** Canonical id: "EPSG:4326", "vn2000-tm3:107.75", "proj4:…". */
	id: string;
	label: Bilingual;
	/** proj4 definition string. */
	proj4: string;
	/** Longitude/latitude in degrees (true) or projected metres (false). */
	geographic: boolean;
	/** WGS84 lon/lat itself: nothing to do. */
	isWgs84LonLat: boolean;
	/** Remarks found while reading a WKT (a TOWGS84 other than the official one, …). */
	notes?: Bilingual[];
}

/** Where a layer's CRS came from. */
export type CrsSource = { kind: 'option' } | { kind: 'prj'; file: string } | { kind: 'geojson'; file: string };

const WGS84: CrsDef = {
	id: 'EPSG:4326',
	label: bi('WGS84 kinh độ/vĩ độ (EPSG:4326)', 'WGS84 longitude/latitude (EPSG:4326)'),
	proj4: `+proj=longlat ${WGS84_DATUM} +no_defs`,
	geographic: true,
	isWgs84LonLat: true
};

/** Degrees as 107°45′ (minutes kept when not whole degrees). */
function dms(deg: number): string {
	const d = Math.trunc(deg);
	const m = Math.round(Math.abs(deg - d) * 60 * 1000) / 1000;
	return m ? `${d}°${String(m).replace('.', ',')}′` : `${d}°`;
}

function utmZone(zone: number, vn2000: boolean): CrsDef {
	const epsg = vn2000 ? ({ 48: 3405, 49: 3406 } as Record<number, number>)[zone] : 32600 + zone;
	const code = epsg ? ` (EPSG:${epsg})` : '';
	return {
		id: epsg ? `EPSG:${epsg}` : `${vn2000 ? 'vn2000' : 'wgs84'}-utm${zone}`,
		label: vn2000
			? bi(`VN-2000 / UTM múi ${zone}N${code}`, `VN-2000 / UTM zone ${zone}N${code}`)
			: bi(`WGS84 / UTM múi ${zone}N${code}`, `WGS84 / UTM zone ${zone}N${code}`),
		proj4: `+proj=utm +zone=${zone} ${vn2000 ? VN2000_DATUM : WGS84_DATUM} +units=m +no_defs`,
		geographic: false,
		isWgs84LonLat: false
	};
}

/** VN-2000 TM-3 with a provincial central meridian (degrees east): k = 0.9999, FE = 500 000 m, FN = 0. */
export function vn2000Tm3(centralMeridian: number): CrsDef {
	return {
		id: `vn2000-tm3:${centralMeridian}`,
		label: bi(
			`VN-2000 / TM-3 kinh tuyến trục ${dms(centralMeridian)} (k = 0,9999)`,
			`VN-2000 / TM-3, central meridian ${dms(centralMeridian)} (k = 0.9999)`
		),
		proj4: `+proj=tmerc +lat_0=0 +lon_0=${centralMeridian} +k=0.9999 +x_0=500000 +y_0=0 ${VN2000_DATUM} +units=m +no_defs`,
		geographic: false,
		isWgs84LonLat: false
	};
}

const VN2000_GEOGRAPHIC: CrsDef = {
	id: 'EPSG:4756',
	label: bi('VN-2000 kinh độ/vĩ độ (EPSG:4756)', 'VN-2000 longitude/latitude (EPSG:4756)'),
	proj4: `+proj=longlat ${VN2000_DATUM} +no_defs`,
	geographic: true,
	isWgs84LonLat: false
};

const WEB_MERCATOR: CrsDef = {
	id: 'EPSG:3857',
	label: bi('Web Mercator (EPSG:3857)', 'Web Mercator (EPSG:3857)'),
	proj4: '+proj=merc +a=6378137 +b=6378137 +lat_ts=0 +lon_0=0 +x_0=0 +y_0=0 +k=1 +units=m +nadgrids=@null +no_defs',
	geographic: false,
	isWgs84LonLat: false
};

/** EPSG codes known by number. */
function byEpsg(code: number): CrsDef | null {
	if (code === 4326) return WGS84;
	if (code === 4756) return VN2000_GEOGRAPHIC;
	if (code === 3857 || code === 900913) return WEB_MERCATOR;
	if (code === 3405) return utmZone(48, true);
	if (code === 3406) return utmZone(49, true);
	if (code >= 32601 && code <= 32660) return utmZone(code - 32600, false);
	return null;
}

/** A central meridian written 107.75, 107,75, 107°45′, 107d45 or 107-45 (degrees east). */
function parseMeridian(s: string): number | null {
	const t = s.trim();
	let m = /^(\d{2,3})(?:[.,](\d+))?$/.exec(t);
	if (m) return Number(`${m[1]}.${m[2] ?? '0'}`);
	m = /^(\d{2,3})\s*[°d:\-\s]\s*(\d{1,2}(?:[.,]\d+)?)\s*['′]?$/.exec(t);
	if (m) return Number(m[1]) + Number(m[2].replace(',', '.')) / 60;
	return null;
}

const ACCEPTED_LIST =
	'EPSG:4326 (WGS84), CRS84, EPSG:32648, EPSG:32649 (UTM 48N/49N), EPSG:4756 (VN-2000), EPSG:3405, EPSG:3406 (VN-2000 UTM 48/49), vn2000-tm3:107.75 (VN-2000 TM-3), EPSG:3857';
const ACCEPTED = bi(
	`${ACCEPTED_LIST}, chuỗi proj4 (+proj=…) hoặc WKT`,
	`${ACCEPTED_LIST}, a proj4 string (+proj=…) or WKT`
);

/**
 * A CRS from its name: an EPSG code or URN, CRS84, an alias (wgs84, vn2000, utm48n, vn2000-utm48,
 * vn2000-tm3:<central meridian>), a proj4 string or WKT. Null when not recognised.
 */
export function crsFromName(text: string): CrsDef | null {
	const raw = text.trim();
	if (!raw) return null;
	if (
		/^(PROJCS|GEOGCS|PROJCRS|GEOGCRS|GEODCRS|PROJECTEDCRS|GEOGRAPHICCRS|COMPD_CS|COMPOUNDCRS|BOUNDCRS)\s*[[(]/i.test(
			raw
		)
	) {
		const r = crsFromWkt(raw);
		return 'crs' in r ? r.crs : null;
	}
	if (raw.startsWith('+')) {
		try {
			proj4(raw, 'EPSG:4326'); // throws on a definition proj4 cannot read
		} catch {
			return null;
		}
		const geographic = /\+proj=(longlat|latlong|lonlat|latlon)\b/.test(raw);
		return {
			id: `proj4:${raw}`,
			label: bi(`proj4 "${raw}"`, `proj4 "${raw}"`),
			proj4: raw,
			geographic,
			isWgs84LonLat: false
		};
	}
	const s = raw.toLowerCase().replace(/\s+/g, '');
	if (
		[
			'wgs84',
			'wgs-84',
			'lonlat',
			'crs84',
			'ogc:crs84',
			'urn:ogc:def:crs:ogc:1.3:crs84',
			'urn:ogc:def:crs:ogc::crs84'
		].includes(s)
	)
		return WGS84;
	if (['vn2000', 'vn-2000', 'vn2000-lonlat'].includes(s)) return VN2000_GEOGRAPHIC;
	if (s === 'webmercator') return WEB_MERCATOR;
	let m = /^(?:epsg:|urn:ogc:def:crs:epsg:[\d.]*:|https?:\/\/www\.opengis\.net\/def\/crs\/epsg\/\d+\/)?(\d{4,6})$/.exec(
		s
	);
	if (m) return byEpsg(Number(m[1]));
	m = /^(?:wgs84-?)?utm-?(\d{1,2})n?$/.exec(s);
	if (m && Number(m[1]) >= 1 && Number(m[1]) <= 60) return utmZone(Number(m[1]), false);
	m = /^vn-?2000-?utm-?(48|49)n?$/.exec(s);
	if (m) return utmZone(Number(m[1]), true);
	m = /^vn-?2000-?tm-?3[:=@/]?(.+)$/.exec(raw.toLowerCase().replace(/\s+/g, ''));
	if (m) {
		const cm = parseMeridian(m[1]);
		// Vietnam's TM-3 provincial meridians lie between 102° and 118° east.
		if (cm != null && cm >= 100 && cm <= 120) return vn2000Tm3(cm);
	}
	return null;
}

/** The CRS of the `--crs` option / `crs` upload field; an unknown name is an error listing the accepted forms. */
export function crsFromOption(text: string): CrsDef {
	const crs = crsFromName(text);
	if (!crs) {
		throw new ImportError(
			'unknown_crs',
			bi(
				`không nhận ra hệ toạ độ "${text}". Dùng một trong: ${ACCEPTED.vi}.`,
				`unknown CRS "${text}". Use one of: ${ACCEPTED.en}.`
			)
		);
	}
	return crs;
}

/** The legacy GeoJSON `crs` member ({type: "name", properties: {name}}): undefined when absent, null when unknown. */
export function crsFromGeoJsonMember(member: unknown): { name: string; crs: CrsDef | null } | undefined {
	if (!member || typeof member !== 'object') return undefined;
	const m = member as { type?: unknown; properties?: { name?: unknown; href?: unknown } };
	const name =
		typeof m.properties?.name === 'string'
			? m.properties.name
			: typeof m.properties?.href === 'string'
				? m.properties.href
				: null;
	if (!name) return { name: JSON.stringify(member).slice(0, 80), crs: null };
	return { name, crs: m.type === 'name' ? crsFromName(name) : null };
}

// ---------------------------------------------------------------------------------------------------------------
// WKT

interface WktNode {
	key: string;
	args: (string | number | WktNode)[];
}

/** Parse WKT 1 or WKT 2 into a tree of KEYWORD[args] nodes. Throws on malformed text. */
function parseWkt(text: string): WktNode {
	let i = 0;
	const ws = () => {
		while (i < text.length && /\s/.test(text[i])) i++;
	};
	const node = (): WktNode => {
		ws();
		const m = /^[A-Za-z_][A-Za-z0-9_]*/.exec(text.slice(i));
		if (!m) throw new Error(`keyword expected at character ${i + 1}`);
		i += m[0].length;
		ws();
		const out: WktNode = { key: m[0].toUpperCase(), args: [] };
		if (text[i] !== '[' && text[i] !== '(') return out; // a bare enum such as EAST
		const close = text[i] === '[' ? ']' : ')';
		i++;
		for (;;) {
			ws();
			const c = text[i];
			if (c === undefined) throw new Error('unexpected end of text');
			if (c === '"') {
				let s = '';
				i++;
				for (;;) {
					if (i >= text.length) throw new Error('unterminated string');
					if (text[i] === '"') {
						if (text[i + 1] === '"') {
							s += '"';
							i += 2;
							continue;
						}
						i++;
						break;
					}
					s += text[i++];
				}
				out.args.push(s);
			} else if (/[-+\d.]/.test(c)) {
				const n = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?/.exec(text.slice(i));
				if (!n) throw new Error(`number expected at character ${i + 1}`);
				out.args.push(Number(n[0]));
				i += n[0].length;
			} else out.args.push(node());
			ws();
			if (text[i] === ',') {
				i++;
				continue;
			}
			if (text[i] === close) {
				i++;
				return out;
			}
			throw new Error(`"," or "${close}" expected at character ${i + 1}`);
		}
	};
	const root = node();
	ws();
	if (i < text.length) throw new Error(`unexpected text after the CRS at character ${i + 1}`);
	return root;
}

const children = (n: WktNode) => n.args.filter((a): a is WktNode => typeof a === 'object');
function find(n: WktNode, keys: string[]): WktNode | undefined {
	for (const c of children(n)) if (keys.includes(c.key)) return c;
	for (const c of children(n)) {
		const hit = find(c, keys);
		if (hit) return hit;
	}
	return undefined;
}
const nameOf = (n: WktNode | undefined) => (n && typeof n.args[0] === 'string' ? n.args[0] : '');
const fold = (s: string) =>
	s
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '_')
		.replace(/^_|_$/g, '');

/** EPSG code from AUTHORITY["EPSG","32648"] (WKT 1) or ID["EPSG",32648] (WKT 2) directly on a node. */
function epsgOf(n: WktNode): number | null {
	for (const c of children(n)) {
		if ((c.key === 'AUTHORITY' || c.key === 'ID') && String(c.args[0]).toUpperCase() === 'EPSG') {
			const v = Number(c.args[1]);
			if (Number.isInteger(v)) return v;
		}
	}
	return null;
}

const isVn2000Name = (s: string) => /(^|_)(d_)?(vn_?2000|viet_?nam_?2000|vietnam_?2000)(_|$)/.test(fold(s));
const isWgs84Name = (s: string) => /(^|_)(d_)?(wgs_?(19)?84|world_geodetic_system_1984)(_|$)/.test(fold(s));
const near = (a: number | undefined, b: number, tol: number) => a != null && Math.abs(a - b) <= tol;

/** What a .prj says, for messages when it is not understood. */
function summary(root: WktNode, projection: string, datum: string): Bilingual {
	const name = `"${nameOf(root)}"`;
	return bi(
		[name, projection && `phép chiếu ${projection}`, datum && `mốc (datum) ${datum}`].filter(Boolean).join(', '),
		[name, projection && `projection ${projection}`, datum && `datum ${datum}`].filter(Boolean).join(', ')
	);
}

/**
 * The CRS of a WKT text (a .prj): WGS84 or VN-2000, geographic or Transverse Mercator (UTM, TM-3 or any other
 * central meridian, scale factor and false origin), or a known EPSG code. Otherwise `{ unknown }` says what was seen.
 */
export function crsFromWkt(wkt: string): { crs: CrsDef } | { unknown: Bilingual } {
	let root: WktNode;
	try {
		root = parseWkt(wkt.trim());
	} catch (e) {
		return { unknown: bi(`WKT không đọc được: ${(e as Error).message}`, `unreadable WKT: ${(e as Error).message}`) };
	}
	if (root.key === 'BOUNDCRS') root = find(root, ['SOURCECRS']) ?? root;
	if (root.key === 'SOURCECRS' || root.key === 'COMPD_CS' || root.key === 'COMPOUNDCRS') {
		root =
			children(root).find((c) => /^(PROJCS|PROJCRS|PROJECTEDCRS|GEOGCS|GEOGCRS|GEODCRS|GEOGRAPHICCRS)$/.test(c.key)) ??
			root;
	}
	const projected = /^(PROJCS|PROJCRS|PROJECTEDCRS)$/.test(root.key);
	const geographic = /^(GEOGCS|GEOGCRS|GEODCRS|GEOGRAPHICCRS)$/.test(root.key);
	const datumNode = find(root, ['DATUM', 'GEODETICDATUM', 'TRF']);
	const datum = nameOf(datumNode);
	const projection = projected ? nameOf(find(root, ['PROJECTION', 'METHOD'])) : '';
	if (!projected && !geographic) return { unknown: summary(root, projection, datum) };

	const ellipsoid = find(root, ['SPHEROID', 'ELLIPSOID']);
	const a = Number(ellipsoid?.args[1]);
	const rf = Number(ellipsoid?.args[2]);
	const wgs84Ellipsoid = !ellipsoid || (near(a, 6378137, 0.001) && near(rf, 298.257223563, 1e-6));
	const towgs84 = find(root, ['TOWGS84'])?.args.map(Number);
	const officialShift =
		towgs84 && towgs84.length >= 3 && VN2000_TOWGS84.slice(0, 3).every((v, k) => near(towgs84[k], v, 1));
	const names = [nameOf(root), datum, nameOf(find(root, ['GEOGCS', 'BASEGEOGCRS', 'BASEGEODCRS']))];
	const vn2000 = names.some(isVn2000Name) || !!officialShift;
	const wgs84 =
		!vn2000 &&
		(isWgs84Name(datum) || (!datum && isWgs84Name(nameOf(root)))) &&
		(!towgs84 || towgs84.every((v) => v === 0));

	// A known EPSG code on the CRS itself settles it (the parameters are then those of the registry).
	const epsg = epsgOf(root);
	if (epsg != null) {
		const known = byEpsg(epsg);
		if (known) return { crs: known };
	}
	if ((!vn2000 && !wgs84) || !wgs84Ellipsoid) return { unknown: summary(root, projection, datum) };

	const notes: Bilingual[] = [];
	if (vn2000 && towgs84 && towgs84.length >= 3 && !towgs84.every((v, k) => near(v, VN2000_TOWGS84[k] ?? 0, 1e-6))) {
		notes.push(
			bi(
				`tệp khai báo TOWGS84[${towgs84.join(',')}]; đã dùng bộ 7 tham số chính thức VN-2000 → WGS84 [${VN2000_TOWGS84.join(',')}].`,
				`the file declares TOWGS84[${towgs84.join(',')}]; the official VN-2000 → WGS84 7 parameters [${VN2000_TOWGS84.join(',')}] were used.`
			)
		);
	}
	const withNotes = (crs: CrsDef): { crs: CrsDef } => ({ crs: notes.length ? { ...crs, notes } : crs });

	if (geographic) return withNotes(vn2000 ? VN2000_GEOGRAPHIC : WGS84);

	if (!/^(transverse_mercator|gauss_kruger|tmerc)$/.test(fold(projection))) {
		return { unknown: summary(root, projection, datum) };
	}
	const params = new Map<string, number>();
	const collect = (n: WktNode) => {
		for (const c of children(n)) {
			if (c.key === 'PARAMETER' && typeof c.args[0] === 'string') params.set(fold(c.args[0]), Number(c.args[1]));
			else if (c.key === 'CONVERSION') collect(c);
		}
	};
	collect(root);
	const param = (names: string[], fallback: number) => {
		for (const n of names) if (params.has(n)) return params.get(n)!;
		return fallback;
	};
	const lon0 = param(
		['central_meridian', 'longitude_of_natural_origin', 'longitude_of_origin', 'longitude_of_center'],
		NaN
	);
	const lat0 = param(['latitude_of_origin', 'latitude_of_natural_origin', 'latitude_of_center'], 0);
	const k = param(['scale_factor', 'scale_factor_at_natural_origin'], 1);
	const fe = param(['false_easting'], 0);
	const fn = param(['false_northing'], 0);
	// The linear unit of a projected CRS: the last UNIT/LENGTHUNIT directly on it (metres per unit).
	const unitNode = [...children(root)].reverse().find((c) => c.key === 'UNIT' || c.key === 'LENGTHUNIT');
	const toMeter = unitNode ? Number(unitNode.args[1]) : 1;
	if (!Number.isFinite(lon0) || !(k > 0) || !(toMeter > 0)) return { unknown: summary(root, projection, datum) };

	const standardOrigin = lat0 === 0 && near(fe * toMeter, 500000, 0.001) && fn === 0 && near(toMeter, 1, 1e-9);
	const zone = (lon0 + 183) / 6;
	if (standardOrigin && near(k, 0.9996, 1e-9) && Number.isInteger(zone) && zone >= 1 && zone <= 60) {
		return withNotes(utmZone(zone, vn2000));
	}
	if (vn2000 && standardOrigin && near(k, 0.9999, 1e-9)) return withNotes(vn2000Tm3(lon0));
	const datumDef = vn2000 ? VN2000_DATUM : WGS84_DATUM;
	const desc = `lon_0=${lon0} lat_0=${lat0} k=${k} x_0=${fe} y_0=${fn}${toMeter !== 1 ? ` to_meter=${toMeter}` : ''}`;
	return withNotes({
		id: `${vn2000 ? 'vn2000' : 'wgs84'}-tmerc:${lon0}:${k}:${fe}:${fn}`,
		label: bi(
			`${vn2000 ? 'VN-2000' : 'WGS84'} / Transverse Mercator (${desc})`,
			`${vn2000 ? 'VN-2000' : 'WGS84'} / Transverse Mercator (${desc})`
		),
		// proj4 takes x_0/y_0 in metres whatever the unit; +to_meter scales the coordinates.
		proj4: `+proj=tmerc +lat_0=${lat0} +lon_0=${lon0} +k=${k} +x_0=${fe * toMeter} +y_0=${fn * toMeter} ${datumDef} +to_meter=${toMeter} +no_defs`,
		geographic: false,
		isWgs84LonLat: false
	});
}

// ---------------------------------------------------------------------------------------------------------------
// Reprojection

/** Visit every position of the polygonal geometries of a collection until `fn` returns false; malformed parts are left to validation. */
function eachPosition(fc: FeatureCollection, fn: (p: Position, feature: number) => boolean | void): void {
	let go = true;
	const walk = (c: unknown, depth: number, feature: number): void => {
		if (!go || !Array.isArray(c)) return;
		if (depth === 0) {
			if (Number.isFinite(c[0]) && Number.isFinite(c[1]) && fn(c as Position, feature) === false) go = false;
			return;
		}
		for (const x of c) walk(x, depth - 1, feature);
	};
	fc.features.forEach((f: Feature, i) => {
		const g = f?.geometry;
		if (g?.type === 'Polygon') walk(g.coordinates, 2, i);
		else if (g?.type === 'MultiPolygon') walk(g.coordinates, 3, i);
	});
}

/** The first position outside the longitude/latitude range (|x| > 180 or |y| > 90), if any. */
export function firstNonLonLat(fc: FeatureCollection): { position: Position; feature: number } | null {
	let hit: { position: Position; feature: number } | null = null;
	eachPosition(fc, (p, feature) => {
		if (Math.abs(p[0]) > 180 || Math.abs(p[1]) > 90) {
			hit = { position: p, feature };
			return false;
		}
	});
	return hit;
}

function describeSource(s: CrsSource): Bilingual {
	if (s.kind === 'option')
		return bi(
			'tuỳ chọn hệ toạ độ (--crs hoặc trường "crs" khi tải lên)',
			'the CRS option (--crs, or the "crs" upload field)'
		);
	if (s.kind === 'prj') return bi(`tệp ${s.file}`, `file ${s.file}`);
	return bi(`thành phần "crs" của tệp ${s.file}`, `the "crs" member of ${s.file}`);
}

/**
 * Reproject a layer's polygons to WGS84 lon/lat in place and return the warnings to show (which CRS, from where).
 * A projected CRS on coordinates that are already lon/lat is an error when the file itself declared it, and is
 * skipped with a warning when it came from the option (the option applies to every boundary file).
 */
export function reprojectLayer(
	layerName: string,
	fc: FeatureCollection,
	crs: CrsDef,
	source: CrsSource
): ImportWarning[] {
	const where = { file: layerName };
	const from = describeSource(source);
	const offRange = firstNonLonLat(fc);
	if (!crs.geographic && !offRange) {
		if (source.kind === 'option') {
			return [
				warning(
					'crs_not_applied',
					bi(
						`toạ độ đã là kinh độ/vĩ độ nên không áp dụng hệ toạ độ ${crs.label.vi} của ${from.vi}.`,
						`coordinates are already longitude/latitude, so ${crs.label.en} from ${from.en} was not applied.`
					),
					where
				)
			];
		}
		throw new ImportError(
			'crs_mismatch',
			bi(
				`${from.vi} khai báo hệ toạ độ phẳng ${crs.label.vi} nhưng toạ độ trong tệp là kinh độ/vĩ độ. Sửa hoặc bỏ khai báo hệ toạ độ.`,
				`${from.en} declares the projected CRS ${crs.label.en} but the coordinates are longitude/latitude. Fix or remove the CRS declaration.`
			),
			where
		);
	}
	if (crs.geographic && offRange) {
		const [x, y] = offRange.position;
		throw new ImportError(
			'not_lonlat',
			bi(
				`có toạ độ (${x}, ${y}) không phải kinh độ/vĩ độ, trong khi ${from.vi} khai báo ${crs.label.vi}. Hãy cho biết đúng hệ toạ độ (--crs).`,
				`has coordinate (${x}, ${y}) that is not longitude/latitude, while ${from.en} declares ${crs.label.en}. Give the right CRS (--crs).`
			),
			{ ...where, feature: offRange.feature }
		);
	}
	if (crs.isWgs84LonLat) return [];
	const toWgs84 = proj4(crs.proj4, WGS84.proj4);
	// New coordinate arrays rather than in-place edits: TopoJSON decoding shares position arrays between
	// neighbouring features (shared arcs), which would otherwise be converted twice.
	const convert = (c: unknown, depth: number, feature: number): unknown => {
		if (!Array.isArray(c)) return c;
		if (depth > 0) return c.map((x) => convert(x, depth - 1, feature));
		if (!Number.isFinite(c[0]) || !Number.isFinite(c[1])) return c; // left for validation to report
		const [lon, lat] = toWgs84.forward([c[0], c[1]]);
		if (!Number.isFinite(lon) || !Number.isFinite(lat) || Math.abs(lon) > 180 || Math.abs(lat) > 90) {
			throw new ImportError(
				'reprojection_failed',
				bi(
					`không chuyển được toạ độ (${c[0]}, ${c[1]}) từ ${crs.label.vi} sang WGS84: toạ độ nằm ngoài phạm vi của hệ toạ độ. Kiểm tra hệ toạ độ (${from.vi}).`,
					`cannot convert coordinate (${c[0]}, ${c[1]}) from ${crs.label.en} to WGS84: it lies outside the CRS's domain. Check the CRS (${from.en}).`
				),
				{ ...where, feature }
			);
		}
		// Heights are dropped: they refer to the source ellipsoid and nothing downstream uses them.
		return [lon, lat];
	};
	fc.features.forEach((f: Feature, i) => {
		const g = f?.geometry;
		// Bounding boxes computed in the source CRS (shpjs sets one per geometry) would be stale.
		if (g?.type === 'Polygon')
			f.geometry = { type: 'Polygon', coordinates: convert(g.coordinates, 2, i) as Position[][] };
		else if (g?.type === 'MultiPolygon')
			f.geometry = { type: 'MultiPolygon', coordinates: convert(g.coordinates, 3, i) as Position[][][] };
	});
	delete (fc as { bbox?: unknown }).bbox;
	const datumNote =
		crs.proj4.includes('+towgs84=') && crs.proj4.includes(VN2000_TOWGS84.join(','))
			? bi(
					' (chuyển mốc VN-2000 → WGS84 bằng 7 tham số chính thức)',
					' (VN-2000 → WGS84 datum shift by the official 7 parameters)'
				)
			: bi('', '');
	return [
		warning(
			'reprojected',
			bi(
				`đã chuyển toạ độ từ ${crs.label.vi} sang WGS84 kinh độ/vĩ độ${datumNote.vi}; hệ toạ độ lấy từ ${from.vi}.`,
				`coordinates converted from ${crs.label.en} to WGS84 longitude/latitude${datumNote.en}; CRS taken from ${from.en}.`
			),
			where
		),
		...(crs.notes ?? []).map((n) => warning('crs_note', n, where))
	];
}

/** A boundary layer as the CRS step sees it. */
export interface LayerCrsInput {
	name: string;
	fc: FeatureCollection;
	/** The .prj beside a .shp: file name (for messages) and WKT text. */
	prj?: { file: string; text: string };
	/** The legacy GeoJSON `crs` member, when the file has one. */
	crsMember?: unknown;
}

const SUPPORTED_SHORT = bi(
	'hỗ trợ: WGS84, WGS84/UTM, VN-2000 (kinh độ/vĩ độ, UTM múi 48/49, TM-3 mọi kinh tuyến trục)',
	'supported: WGS84, WGS84/UTM, VN-2000 (lon/lat, UTM zones 48/49, TM-3 with any central meridian)'
);

/**
 * Decide a layer's CRS and bring its coordinates to WGS84 lon/lat. The option (`--crs` / upload field) wins over
 * what a file declares (.prj, GeoJSON `crs`), with a warning when they differ; an unreadable .prj is an error unless
 * the option is given. A layer with no CRS at all is left as is: validation then requires lon/lat (`not_lonlat`).
 */
export function applyLayerCrs(layer: LayerCrsInput, option: CrsDef | undefined): ImportWarning[] {
	const warnings: ImportWarning[] = [];
	let declared: { crs: CrsDef; source: CrsSource } | undefined;
	let unreadable: ImportError | undefined;
	let unknownMember: string | undefined;
	if (layer.prj) {
		const r = crsFromWkt(layer.prj.text);
		if ('crs' in r) declared = { crs: r.crs, source: { kind: 'prj', file: layer.prj.file } };
		else {
			unreadable = new ImportError(
				'unknown_prj',
				bi(
					`không nhận ra hệ toạ độ (đọc được: ${r.unknown.vi}); ${SUPPORTED_SHORT.vi}. Cho biết hệ toạ độ bằng --crs (khi tải lên: trường "crs") hoặc chuyển tệp sang WGS84.`,
					`unrecognised CRS (read: ${r.unknown.en}); ${SUPPORTED_SHORT.en}. Give the CRS with --crs (on upload: the "crs" field) or convert the file to WGS84.`
				),
				{ file: layer.prj.file }
			);
		}
	} else if (layer.crsMember != null) {
		const m = crsFromGeoJsonMember(layer.crsMember);
		if (m?.crs) declared = { crs: m.crs, source: { kind: 'geojson', file: layer.name } };
		else if (m) unknownMember = m.name;
	}
	if (option) {
		const applied = reprojectLayer(layer.name, layer.fc, option, { kind: 'option' });
		const skipped = applied.some((w) => w.code === 'crs_not_applied');
		if (declared && declared.crs.id !== option.id && !skipped) {
			const from = describeSource(declared.source);
			warnings.push(
				warning(
					'crs_overridden',
					bi(
						`${from.vi} khai báo ${declared.crs.label.vi}; đã dùng hệ toạ độ được chỉ định ${option.label.vi}.`,
						`${from.en} declares ${declared.crs.label.en}; the given CRS ${option.label.en} was used instead.`
					),
					{ file: layer.name }
				)
			);
		}
		if (unreadable && !skipped)
			warnings.push(
				warning(
					'crs_overridden',
					bi(
						`${unreadable.messages.vi} Đã dùng hệ toạ độ được chỉ định ${option.label.vi}.`,
						`${unreadable.messages.en} The given CRS ${option.label.en} was used.`
					),
					unreadable.where
				)
			);
		warnings.push(...applied);
		return warnings;
	}
	if (unreadable) throw unreadable;
	if (unknownMember != null) {
		if (firstNonLonLat(layer.fc)) {
			throw new ImportError(
				'unknown_crs',
				bi(
					`thành phần "crs" ghi hệ toạ độ "${unknownMember}" không nhận ra; ${SUPPORTED_SHORT.vi}. Cho biết hệ toạ độ bằng --crs hoặc chuyển tệp sang WGS84.`,
					`the "crs" member names an unrecognised CRS "${unknownMember}"; ${SUPPORTED_SHORT.en}. Give the CRS with --crs or convert the file to WGS84.`
				),
				{ file: layer.name }
			);
		}
		warnings.push(
			warning(
				'crs_member_ignored',
				bi(
					`bỏ qua thành phần "crs" không nhận ra ("${unknownMember}"): toạ độ là kinh độ/vĩ độ, coi là WGS84.`,
					`ignored the unrecognised "crs" member ("${unknownMember}"): coordinates are lon/lat, taken as WGS84.`
				),
				{ file: layer.name }
			)
		);
		return warnings;
	}
	if (declared) warnings.push(...reprojectLayer(layer.name, layer.fc, declared.crs, declared.source));
	return warnings;
}
