/** What a Shapefile .prj says: WKT 1 or WKT 2 parsed and matched to a CRS the importer knows. */
import type { Bilingual } from '../../domain/messages.ts';
import { bi } from './errors.ts';
import {
	byEpsg,
	utmZone,
	VN2000_DATUM,
	VN2000_GEOGRAPHIC,
	VN2000_TOWGS84,
	vn2000Tm3,
	WGS84,
	WGS84_DATUM,
	type CrsDef
} from './crs-defs.ts';
import { both } from '../../i18n/catalogue.ts';

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
		return { unknown: both('import.crsWkt.unreadableWktP1', { p1: (e as Error).message }) };
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
		notes.push(both('import.crsWkt.theFileDeclaresTowgs84P1', { p1: towgs84.join(','), p2: VN2000_TOWGS84.join(',') }));
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
		label: both('import.crsWkt.p1TransverseMercatorDesc', { p1: vn2000 ? 'VN-2000' : 'WGS84', desc }),
		// proj4 takes x_0/y_0 in metres whatever the unit; +to_meter scales the coordinates.
		proj4: `+proj=tmerc +lat_0=${lat0} +lon_0=${lon0} +k=${k} +x_0=${fe * toMeter} +y_0=${fn * toMeter} ${datumDef} +to_meter=${toMeter} +no_defs`,
		geographic: false,
		isWgs84LonLat: false
	});
}
