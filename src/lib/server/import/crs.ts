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
 *
 * The CRS definitions and names are in crs-defs.ts, the .prj (WKT) reader in crs-wkt.ts; this module reprojects.
 */
import proj4 from 'proj4';
import type { Feature, FeatureCollection, Position } from 'geojson';
import { bi, ImportError, warning, type ImportWarning } from './errors.ts';
import type { Bilingual } from '../../domain/messages.ts';
import {
	byEpsg,
	utmZone,
	VN2000_GEOGRAPHIC,
	VN2000_TOWGS84,
	vn2000Tm3,
	WEB_MERCATOR,
	WGS84,
	type CrsDef,
	type CrsSource
} from './crs-defs.ts';
import { crsFromWkt } from './crs-wkt.ts';
import { both } from '../../i18n/catalogue.ts';

export { VN2000_TOWGS84, vn2000Tm3, type CrsDef, type CrsSource } from './crs-defs.ts';
export { crsFromWkt } from './crs-wkt.ts';

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
const ACCEPTED = both('import.crs.acceptedListAProj4String', { ACCEPTED_LIST });

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
			label: both('import.crs.proj4Raw', { raw }),
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
			both('import.crs.unknownCrsTextUseOne', { text, vi: ACCEPTED.vi, en: ACCEPTED.en })
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
	if (s.kind === 'option') return both('import.crs.theCrsOptionCrsOr');
	if (s.kind === 'prj') return both('import.crs.fileFile', { file: s.file });
	return both('import.crs.theCrsMemberOfFile', { file: s.file });
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
					both('import.crs.coordinatesAreAlreadyLongitudeLatitude', {
						vi: crs.label.vi,
						fromVi: from.vi,
						en: crs.label.en,
						fromEn: from.en
					}),
					where
				)
			];
		}
		throw new ImportError(
			'crs_mismatch',
			both('import.crs.enDeclaresTheProjectedCrs', {
				vi: from.vi,
				crsLabelVi: crs.label.vi,
				en: from.en,
				crsLabelEn: crs.label.en
			}),
			where
		);
	}
	if (crs.geographic && offRange) {
		const [x, y] = offRange.position;
		throw new ImportError(
			'not_lonlat',
			both('import.crs.hasCoordinateXYThat', {
				x,
				y,
				vi: from.vi,
				crsLabelVi: crs.label.vi,
				en: from.en,
				crsLabelEn: crs.label.en
			}),
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
				both('import.crs.cannotConvertCoordinateP1P2', {
					p1: c[0],
					p2: c[1],
					vi: crs.label.vi,
					fromVi: from.vi,
					en: crs.label.en,
					fromEn: from.en
				}),
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
			? both('import.crs.vn2000Wgs84DatumShift')
			: bi('', '');
	return [
		warning(
			'reprojected',
			both('import.crs.coordinatesConvertedFromEnTo', {
				vi: crs.label.vi,
				datumNoteVi: datumNote.vi,
				fromVi: from.vi,
				en: crs.label.en,
				datumNoteEn: datumNote.en,
				fromEn: from.en
			}),
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

const SUPPORTED_SHORT = both('import.crs.supportedWgs84Wgs84UtmVn');

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
				both('import.crs.unrecognisedCrsReadEnSupported', {
					vi: r.unknown.vi,
					sUPPORTED_SHORTVi: SUPPORTED_SHORT.vi,
					en: r.unknown.en,
					sUPPORTED_SHORTEn: SUPPORTED_SHORT.en
				}),
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
					both('import.crs.enDeclaresDeclaredcrslabelenTheGiven', {
						vi: from.vi,
						declaredCrsLabelVi: declared.crs.label.vi,
						optionLabelVi: option.label.vi,
						en: from.en,
						declaredCrsLabelEn: declared.crs.label.en,
						optionLabelEn: option.label.en
					}),
					{ file: layer.name }
				)
			);
		}
		if (unreadable && !skipped)
			warnings.push(
				warning(
					'crs_overridden',
					both('import.crs.enTheGivenCrsOptionlabelen', {
						vi: unreadable.messages.vi,
						optionLabelVi: option.label.vi,
						en: unreadable.messages.en,
						optionLabelEn: option.label.en
					}),
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
				both('import.crs.theCrsMemberNamesAn', { unknownMember, vi: SUPPORTED_SHORT.vi, en: SUPPORTED_SHORT.en }),
				{ file: layer.name }
			);
		}
		warnings.push(
			warning('crs_member_ignored', both('import.crs.ignoredTheUnrecognisedCrsMember', { unknownMember }), {
				file: layer.name
			})
		);
		return warnings;
	}
	if (declared) warnings.push(...reprojectLayer(layer.name, layer.fc, declared.crs, declared.source));
	return warnings;
}
