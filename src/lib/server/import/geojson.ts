import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { ImportError, warning, type ImportWarning } from './errors.ts';
import { chosenEncoding, encodingLabel } from './limits.ts';
import { both } from '../../i18n/catalogue.ts';

export type PolygonalGeometry = Polygon | MultiPolygon;

/**
 * Decode bytes as UTF-8 text, dropping a BOM. Bytes that are not UTF-8 (a file saved as Windows-1252/1258 or TCVN3
 * by an older Excel or editor) are refused with an error naming the file and line, rather than stored with U+FFFD
 * in the names: which legacy code page a file used cannot be told reliably from its bytes (1252 and 1258 share most
 * byte values, TCVN3 has no decoder in the platform), and a wrong guess silently corrupts Vietnamese names.
 */
export function decodeText(file: string, data: Uint8Array | string): string {
	let s: string;
	if (typeof data === 'string') s = data;
	else {
		try {
			s = new TextDecoder('utf-8', { fatal: true }).decode(data);
		} catch {
			// Not UTF-8: the encoding the user chose for this import, when there is one.
			const chosen = encodingLabel(chosenEncoding());
			if (chosen && chosen !== 'utf-8') return refuseReplacement(file, stripBom(new TextDecoder(chosen).decode(data)));
			const at = firstInvalidUtf8(data);
			let line = 1;
			for (let i = 0; i < at; i++) if (data[i] === 0x0a) line++;
			const byte = at < data.length ? `0x${data[at].toString(16).toUpperCase().padStart(2, '0')}` : '?';
			throw new ImportError('not_utf8', both('import.geojson.theFileIsNotSaved', { byte }), { file, row: line });
		}
	}
	return refuseReplacement(file, stripBom(s));
}

const stripBom = (s: string) => (s.charCodeAt(0) === 0xfeff ? s.slice(1) : s);

/**
 * Text already holding U+FFFD (decoded somewhere with replacement, or bytes undefined in the chosen code page) is
 * refused: a name with a replacement character is damaged for good.
 */
function refuseReplacement(file: string, s: string): string {
	const at = s.indexOf('\ufffd');
	if (at < 0) return s;
	let line = 1;
	for (let i = 0; i < at; i++) if (s.charCodeAt(i) === 0x0a) line++;
	throw new ImportError('replacement_char', both('import.geojson.theFileHoldsAnUnreadable'), { file, row: line });
}

/** Offset of the first byte that does not start or continue a valid UTF-8 sequence (data.length when none). */
function firstInvalidUtf8(data: Uint8Array): number {
	let i = 0;
	while (i < data.length) {
		const b = data[i];
		const n = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
		if (n < 0) return i;
		for (let k = 1; k <= n; k++) if (i + k >= data.length || (data[i + k] & 0xc0) !== 0x80) return i;
		i += n + 1;
	}
	return data.length;
}

/** Parse a JSON boundary file (GeoJSON or TopoJSON); invalid JSON is an error naming the file. */
export function parseJson(file: string, data: Uint8Array | string): unknown {
	const text = decodeText(file, data);
	try {
		return JSON.parse(text);
	} catch (e) {
		throw new ImportError('not_json', both('import.geojson.isNotValidJsonP1', { p1: (e as Error).message }), { file });
	}
}

/** Check parsed JSON is a non-empty GeoJSON FeatureCollection. */
export function asFeatureCollection(file: string, json: unknown): FeatureCollection {
	const obj = json as { type?: unknown; features?: unknown };
	if (!obj || typeof obj !== 'object' || obj.type !== 'FeatureCollection' || !Array.isArray(obj.features)) {
		const got = obj && typeof obj === 'object' && typeof obj.type === 'string' ? obj.type : typeof json;
		throw new ImportError('not_feature_collection', both('import.geojson.isNotAGeojsonFeaturecollection', { got }), {
			file
		});
	}
	if (obj.features.length === 0) {
		throw new ImportError('empty', both('import.geojson.hasNoFeatures'), { file });
	}
	return json as FeatureCollection;
}

/** Parse a GeoJSON FeatureCollection of polygons; every problem names the file and feature. */
export function parseFeatureCollection(file: string, data: Uint8Array | string): FeatureCollection {
	return asFeatureCollection(file, parseJson(file, data));
}

/** Check a feature's geometry is a (Multi)Polygon in longitude/latitude. */
export function polygonalGeometry(
	file: string,
	index: number,
	f: Feature,
	code: string | undefined
): PolygonalGeometry {
	const where = { file, feature: index, unit: code };
	const g = f.geometry;
	if (!g) throw new ImportError('no_geometry', both('import.geojson.hasNoGeometryNull'), where);
	if (g.type !== 'Polygon' && g.type !== 'MultiPolygon') {
		throw new ImportError(
			'not_polygon',
			both('import.geojson.hasATypeGeometryAdministrative', { type: g.type }),
			where
		);
	}
	const polys: Position[][][] = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
	if (!Array.isArray(polys) || polys.length === 0) {
		throw new ImportError('empty_geometry', both('import.geojson.hasAnEmptyGeometry'), where);
	}
	for (const poly of polys) {
		if (!Array.isArray(poly))
			throw new ImportError('bad_coordinates', both('import.geojson.hasMalformedCoordinates'), where);
		for (const ring of poly) {
			if (!Array.isArray(ring))
				throw new ImportError('bad_coordinates', both('import.geojson.hasMalformedCoordinates'), where);
			for (const p of ring) {
				if (!Array.isArray(p) || p.length < 2 || !Number.isFinite(p[0]) || !Number.isFinite(p[1])) {
					throw new ImportError(
						'bad_coordinates',
						both('import.geojson.hasACoordinateThatIs', { p1: JSON.stringify(p) }),
						where
					);
				}
				if (Math.abs(p[0]) > 180 || Math.abs(p[1]) > 90) {
					throw new ImportError(
						'not_lonlat',
						both('import.geojson.hasCoordinateP1P2That', { p1: p[0], p2: p[1] }),
						where
					);
				}
			}
		}
	}
	return g;
}

/** Warn when the layer's extent lies outside Vietnam (swapped axes, wrong CRS). */
export function extentWarnings(file: string, bbox: [number, number, number, number]): ImportWarning[] {
	const [minX, minY, maxX, maxY] = bbox;
	// Vietnam with islands: about 102–118°E, 6–24°N.
	if (maxX < 100 || minX > 120 || maxY < 5 || minY > 25) {
		return [
			warning(
				'outside_vietnam',
				both('import.geojson.coordinateExtentP1P2P3', {
					p1: minX.toFixed(3),
					p2: minY.toFixed(3),
					p3: maxX.toFixed(3),
					p4: maxY.toFixed(3)
				}),
				{ file }
			)
		];
	}
	return [];
}
