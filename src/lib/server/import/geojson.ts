import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { bi, ImportError, warning, type ImportWarning } from './errors.ts';
import { chosenEncoding, encodingLabel } from './limits.ts';

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
			throw new ImportError(
				'not_utf8',
				bi(
					`tệp không được lưu theo bảng mã UTF-8 (byte ${byte} không hợp lệ); có thể tệp được lưu bằng bảng mã cũ (Windows-1252/1258, TCVN3) nên tên có dấu sẽ bị hỏng. Mở tệp và lưu lại dạng UTF-8 (Excel: Lưu thành → "CSV UTF-8 (phân cách bằng dấu phẩy)"), hoặc chọn bảng mã của tệp khi nhập (vd. Windows-1258), rồi nhập lại.`,
					`the file is not saved as UTF-8 (invalid byte ${byte}); it was probably saved in a legacy code page (Windows-1252/1258, TCVN3), which would corrupt Vietnamese names. Open it and save it again as UTF-8 (Excel: Save As → "CSV UTF-8 (Comma delimited)"), or choose the file's encoding when importing (e.g. Windows-1258), then import again.`
				),
				{ file, row: line }
			);
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
	throw new ImportError(
		'replacement_char',
		bi(
			'tệp có ký tự không đọc được (U+FFFD, "�"): văn bản đã bị giải mã sai bảng mã nên tên có dấu bị hỏng. Lưu lại tệp dạng UTF-8 (Excel: Lưu thành → "CSV UTF-8") hoặc chọn đúng bảng mã khi nhập, rồi nhập lại.',
			'the file holds an unreadable character (U+FFFD, "�"): the text was decoded with the wrong code page, so names with diacritics are damaged. Save the file again as UTF-8 (Excel: Save As → "CSV UTF-8") or choose the right encoding when importing, then import again.'
		),
		{ file, row: line }
	);
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
		throw new ImportError(
			'not_json',
			bi(
				`không phải JSON hợp lệ (${(e as Error).message}). Hãy xuất lại tệp dưới dạng GeoJSON.`,
				`is not valid JSON (${(e as Error).message}). Export the file again as GeoJSON.`
			),
			{ file }
		);
	}
}

/** Check parsed JSON is a non-empty GeoJSON FeatureCollection. */
export function asFeatureCollection(file: string, json: unknown): FeatureCollection {
	const obj = json as { type?: unknown; features?: unknown };
	if (!obj || typeof obj !== 'object' || obj.type !== 'FeatureCollection' || !Array.isArray(obj.features)) {
		const got = obj && typeof obj === 'object' && typeof obj.type === 'string' ? obj.type : typeof json;
		throw new ImportError(
			'not_feature_collection',
			bi(
				`không phải một FeatureCollection GeoJSON (đọc được: ${got}). Tệp ranh giới phải là FeatureCollection các đa giác (hoặc TopoJSON, Shapefile nén .zip).`,
				`is not a GeoJSON FeatureCollection (found: ${got}). Boundary files must be FeatureCollections of polygons (or TopoJSON, or a zipped Shapefile).`
			),
			{ file }
		);
	}
	if (obj.features.length === 0) {
		throw new ImportError('empty', bi('không có đối tượng nào.', 'has no features.'), { file });
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
	if (!g)
		throw new ImportError('no_geometry', bi('không có hình học (geometry rỗng).', 'has no geometry (null).'), where);
	if (g.type !== 'Polygon' && g.type !== 'MultiPolygon') {
		throw new ImportError(
			'not_polygon',
			bi(
				`có hình học kiểu ${g.type}; ranh giới đơn vị hành chính phải là Polygon hoặc MultiPolygon.`,
				`has a ${g.type} geometry; administrative boundaries must be Polygon or MultiPolygon.`
			),
			where
		);
	}
	const polys: Position[][][] = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
	if (!Array.isArray(polys) || polys.length === 0) {
		throw new ImportError('empty_geometry', bi('có hình học rỗng.', 'has an empty geometry.'), where);
	}
	for (const poly of polys) {
		if (!Array.isArray(poly))
			throw new ImportError(
				'bad_coordinates',
				bi('có toạ độ không đúng cấu trúc.', 'has malformed coordinates.'),
				where
			);
		for (const ring of poly) {
			if (!Array.isArray(ring))
				throw new ImportError(
					'bad_coordinates',
					bi('có toạ độ không đúng cấu trúc.', 'has malformed coordinates.'),
					where
				);
			for (const p of ring) {
				if (!Array.isArray(p) || p.length < 2 || !Number.isFinite(p[0]) || !Number.isFinite(p[1])) {
					throw new ImportError(
						'bad_coordinates',
						bi(
							`có toạ độ không phải số: ${JSON.stringify(p)}.`,
							`has a coordinate that is not a number: ${JSON.stringify(p)}.`
						),
						where
					);
				}
				if (Math.abs(p[0]) > 180 || Math.abs(p[1]) > 90) {
					throw new ImportError(
						'not_lonlat',
						bi(
							`có toạ độ (${p[0]}, ${p[1]}) không phải kinh độ/vĩ độ và không rõ hệ toạ độ. Có thể tệp dùng hệ toạ độ phẳng (VN-2000): hãy chuyển sang WGS84, gửi kèm tệp .prj, hoặc cho biết hệ toạ độ bằng --crs (vd. --crs vn2000-tm3:107.75; khi tải lên: trường "crs").`,
							`has coordinate (${p[0]}, ${p[1]}) that is not longitude/latitude, and its CRS is unknown. The file may use projected coordinates (VN-2000): convert it to WGS84, include its .prj file, or give its CRS with --crs (e.g. --crs vn2000-tm3:107.75; on upload: the "crs" field).`
						),
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
				bi(
					`phạm vi toạ độ [${minX.toFixed(3)}, ${minY.toFixed(3)}, ${maxX.toFixed(3)}, ${maxY.toFixed(3)}] nằm ngoài Việt Nam: kiểm tra thứ tự kinh độ/vĩ độ và hệ toạ độ.`,
					`coordinate extent [${minX.toFixed(3)}, ${minY.toFixed(3)}, ${maxX.toFixed(3)}, ${maxY.toFixed(3)}] lies outside Vietnam: check the lon/lat order and the CRS.`
				),
				{ file }
			)
		];
	}
	return [];
}
