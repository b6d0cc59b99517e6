import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { provinceByCode } from '../../domain/provinces.ts';
import {
	KIND_LABEL_VI,
	newUnitRecord,
	parseKind,
	type DatasetContext,
	type DatasetStructure,
	type Level,
	type Terrain,
	type UnitKind,
	type UnitRecord
} from '../../domain/units.ts';
import { parseAttributesCsv, type AttributePatch, type AttributeRow } from './attributes-csv.ts';
import { bi, ImportError, warning, type ImportWarning } from './errors.ts';
import { detectFields, hasDistrictParent, yearInFieldName, type FieldMap } from './fields.ts';
import { asFeatureCollection, extentWarnings, parseJson, polygonalGeometry } from './geojson.ts';
import { applyLayerCrs, crsFromOption, type CrsDef } from './crs.ts';
import { SHAPEFILE_PART, shapefileLayersFromFiles, shapefileLayersFromZip } from './shapefile.ts';
import { isTopology, topologyLayers } from './topojson.ts';
import { repairGeometry } from './repair.ts';
import { repairKind } from '../../domain/geo/repair.ts';
import { unitGeometryFacts, type UnitGeometryFacts } from './unit-geometry.ts';

/** One input file, from disk (CLI) or an upload (browser): the same code path for both. */
export interface ImportFile {
	name: string;
	data: Uint8Array | string;
}

export interface ImportOptions {
	name?: string;
	provinceCode?: string;
	provinceName?: string;
	referenceDate?: string | null;
	defaultTerrain?: Terrain;
	sourceNotes?: string;
	/** Property names forced by the user, per layer. */
	districtFields?: Partial<FieldMap>;
	communeFields?: Partial<FieldMap>;
	/**
	 * CRS of the boundary coordinates (`--crs` / upload field "crs"): "EPSG:3405", "vn2000-tm3:107.75", WKT…
	 * Wins over a .prj or GeoJSON `crs` member; without it, those are used, else lon/lat is required.
	 */
	crs?: string;
	/**
	 * 'two-tier' (communes only, parent = province: provinces' data since 1 July 2025) or 'three-tier' (districts and
	 * communes). Absent: two-tier when no district layer is given and the communes carry no district code.
	 */
	structure?: DatasetStructure;
}

/** A boundary layer from any format (GeoJSON file, TopoJSON object, Shapefile), before its CRS is applied. */
export interface BoundaryLayer {
	/** Name in messages: "communes.geojson", "tinh.zip/communes.shp", "tinh.topojson#communes". */
	name: string;
	/** Names that may say the level (district / commune), most specific first. */
	hints: string[];
	fc: FeatureCollection;
	prj?: { file: string; text: string };
	crsMember?: unknown;
}

export interface ParsedUnit {
	record: UnitRecord;
	geometry: Polygon | MultiPolygon;
	facts: UnitGeometryFacts;
	extra: Record<string, unknown>;
}

export interface ParsedDataset {
	dataset: DatasetContext & { name: string; sourceNotes: string | null; structure: DatasetStructure };
	districts: ParsedUnit[];
	communes: ParsedUnit[];
	warnings: ImportWarning[];
	repairs: { code: string; level: Level; repairs: string[] }[];
}

const LEVEL_VI: Record<'district' | 'commune', string> = { district: 'cấp huyện', commune: 'cấp xã' };

const baseName = (name: string) => name.replace(/^.*[\\/]/, '');

/** Read every boundary file into layers (GeoJSON, TopoJSON, zipped or loose Shapefiles); CSV files are set apart. */
function readBoundaryLayers(
	files: ImportFile[],
	warnings: ImportWarning[]
): { layers: BoundaryLayer[]; csv: ImportFile[] } {
	const layers: BoundaryLayer[] = [];
	const csv: ImportFile[] = [];
	const shapefileParts: ImportFile[] = [];
	for (const f of files) {
		const lower = f.name.toLowerCase();
		if (lower.endsWith('.csv')) csv.push(f);
		else if (lower.endsWith('.geojson') || lower.endsWith('.json') || lower.endsWith('.topojson')) {
			const json = parseJson(f.name, f.data);
			if (isTopology(json)) layers.push(...topologyLayers(f.name, json));
			else
				layers.push({
					name: f.name,
					hints: [baseName(f.name)],
					fc: asFeatureCollection(f.name, json),
					crsMember: (json as { crs?: unknown }).crs
				});
		} else if (lower.endsWith('.zip')) layers.push(...shapefileLayersFromZip(f, warnings));
		else if (SHAPEFILE_PART.test(lower)) shapefileParts.push(f);
		else
			throw new ImportError(
				'unsupported_file',
				bi(
					'định dạng tệp chưa hỗ trợ; dùng GeoJSON (.geojson/.json), TopoJSON (.topojson) hoặc Shapefile (.zip gồm .shp, .dbf, .prj) cho ranh giới và CSV cho số liệu.',
					'unsupported file type; use GeoJSON (.geojson/.json), TopoJSON (.topojson) or a Shapefile (.zip of .shp, .dbf, .prj) for boundaries and CSV for attributes.'
				),
				{ file: f.name }
			);
	}
	if (shapefileParts.length) layers.push(...shapefileLayersFromFiles(shapefileParts, warnings));
	return { layers, csv };
}

const DISTRICT_NAME = /(district|huyen|cap_?huyen)/;
const COMMUNE_NAME = /(commune|ward|(^|[^a-z])xa([^a-z]|$)|cap_?xa)/;

/** The first hint that names a level: a topology object or .shp name before the file or archive name. */
function levelKey(l: BoundaryLayer): string | null {
	for (const h of l.hints) {
		const n = baseName(h).toLowerCase();
		if (DISTRICT_NAME.test(n) || COMMUNE_NAME.test(n)) return n;
	}
	return null;
}

/** Sort boundary layers into the district layer and the commune layer; attribute tables are set apart. */
export function classifyFiles(
	files: ImportFile[],
	structure?: DatasetStructure
): {
	districts?: BoundaryLayer;
	communes?: BoundaryLayer;
	csv: ImportFile[];
	warnings: ImportWarning[];
} {
	const warnings: ImportWarning[] = [];
	const { layers, csv } = readBoundaryLayers(files, warnings);
	const out: { districts?: BoundaryLayer; communes?: BoundaryLayer; csv: ImportFile[]; warnings: ImportWarning[] } = {
		csv,
		warnings
	};
	const byName = (re: RegExp) =>
		layers.filter((l) => {
			const key = levelKey(l);
			return key != null && re.test(key);
		});
	const districtFiles = byName(DISTRICT_NAME);
	const communeFiles = byName(COMMUNE_NAME);
	const pick = (list: BoundaryLayer[], level: 'district' | 'commune'): BoundaryLayer | undefined => {
		if (list.length <= 1) return list[0];
		// The folder layout of a prepared dataset: prefer the plain name (districts.geojson over districts_from_communes.geojson).
		const plain = list.filter((l) => /^(districts|communes)(\.(geo|topo)?json|\.shp)?$/i.test(levelKey(l) ?? ''));
		if (plain.length === 1) return plain[0];
		throw new ImportError(
			'ambiguous_files',
			bi(
				`có nhiều tệp ranh giới ${LEVEL_VI[level]}: ${list.map((f) => f.name).join(', ')}. Chỉ chọn một tệp.`,
				`several ${level} boundary files: ${list.map((f) => f.name).join(', ')}. Choose one.`
			)
		);
	};
	out.districts = pick(districtFiles, 'district');
	out.communes = pick(
		communeFiles.filter((f) => f !== out.districts),
		'commune'
	);
	for (const f of layers) {
		if (f !== out.districts && f !== out.communes) {
			if (!out.districts && !districtFiles.includes(f) && !communeFiles.includes(f)) {
				// Unnamed layer: decide later by content.
				continue;
			}
			out.warnings.push(
				warning(
					'file_ignored',
					bi(
						'bỏ qua tệp (đã có tệp ranh giới cùng cấp).',
						'file ignored (another boundary file of the same level was chosen).'
					),
					{ file: f.name }
				)
			);
		}
	}
	// Layers whose names say nothing: a layer whose features carry a district code is the commune layer.
	for (const f of layers) {
		if (f === out.districts || f === out.communes || districtFiles.includes(f) || communeFiles.includes(f)) continue;
		const keys = Object.keys(f.fc.features[0]?.properties ?? {});
		const fields = detectFields(keys, 'commune');
		// A lone layer, or any layer of a dataset declared two-tier, is the commune layer of a two-tier dataset.
		const twoTier = structure === 'two-tier' || (layers.length === 1 && structure !== 'three-tier');
		if ((fields.parent || twoTier) && !out.communes) out.communes = f;
		else if (!out.districts) out.districts = f;
		else
			out.warnings.push(
				warning('file_ignored', bi('bỏ qua tệp không rõ cấp.', 'file of unknown level ignored.'), { file: f.name })
			);
	}
	return out;
}

function propKeys(fc: FeatureCollection): Set<string> {
	const keys = new Set<string>();
	for (const f of fc.features.slice(0, 50)) for (const k of Object.keys(f.properties ?? {})) keys.add(k);
	return keys;
}

/** A code from a property: text kept as is; a number is padded back to its GSO width (3 or 5 digits), with a warning. */
function readCode(
	raw: unknown,
	level: 'district' | 'commune',
	where: { file: string; feature: number },
	warnings: ImportWarning[],
	padded: { n: number }
): string {
	if (raw == null || raw === '') {
		throw new ImportError('no_code', bi('thiếu mã đơn vị.', 'has no unit code.'), where);
	}
	const width = level === 'district' ? 3 : 5;
	if (typeof raw === 'number') {
		if (!Number.isInteger(raw) || raw < 0)
			throw new ImportError('bad_code', bi(`mã ${raw} không hợp lệ.`, `code ${raw} is not valid.`), where);
		const s = String(raw).padStart(width, '0');
		if (s !== String(raw)) padded.n++;
		return s;
	}
	const s = String(raw).trim();
	if (!/^\d+$/.test(s))
		throw new ImportError(
			'bad_code',
			bi(`mã "${s}" không phải dãy chữ số.`, `code "${s}" is not a string of digits.`),
			where
		);
	if (s.length < width) {
		padded.n++;
		return s.padStart(width, '0');
	}
	return s;
}

function kindFromName(name: string, level: Level): UnitKind | null {
	const order: UnitKind[] =
		level === 'district' ? ['thi_xa', 'thanh_pho', 'huyen', 'quan'] : ['thi_tran', 'phuong', 'xa'];
	for (const k of order) if (name.toLowerCase().startsWith(KIND_LABEL_VI[k].toLowerCase() + ' ')) return k;
	return null;
}

function readLayer(
	file: BoundaryLayer,
	level: 'district' | 'commune',
	forced: Partial<FieldMap>,
	warnings: ImportWarning[],
	repairs: ParsedDataset['repairs'],
	crs: CrsDef | undefined,
	twoTier = false
): { units: ParsedUnit[]; provinceCodes: Set<string> } {
	// Coordinates to WGS84 lon/lat first: repair, areas and adjacency all work on lon/lat.
	warnings.push(...applyLayerCrs(file, crs));
	const fc = file.fc;
	const fields = detectFields(propKeys(fc), level, forced, { parentIsProvince: twoTier });
	if (!fields.code) {
		throw new ImportError(
			'no_code_field',
			bi(
				`không tìm thấy thuộc tính mã đơn vị (code, ma, ma_dvhc...). Các thuộc tính có: ${[...propKeys(fc)].join(', ')}. Chỉ rõ bằng --code-field.`,
				`no unit code property found (code, ma, ma_dvhc...). Properties present: ${[...propKeys(fc)].join(', ')}. Name it with --code-field.`
			),
			{ file: file.name }
		);
	}
	if (!fields.name) {
		throw new ImportError(
			'no_name_field',
			bi(
				`không tìm thấy thuộc tính tên (name, ten...). Chỉ rõ bằng --name-field.`,
				`no name property found (name, ten...). Name it with --name-field.`
			),
			{ file: file.name }
		);
	}
	if (level === 'commune' && !twoTier && !fields.parent) {
		throw new ImportError(
			'no_parent_field',
			bi(
				`không tìm thấy thuộc tính mã huyện của xã (district_code, ma_huyen...). Chỉ rõ bằng --parent-field.`,
				`no district-code property found on communes (district_code, ma_huyen...). Name it with --parent-field.`
			),
			{ file: file.name }
		);
	}
	const popYear = yearInFieldName(fields.population);
	const units: ParsedUnit[] = [];
	const provinceCodes = new Set<string>();
	const padded = { n: 0 };
	const minX = [Infinity, Infinity, -Infinity, -Infinity] as [number, number, number, number];
	fc.features.forEach((f: Feature, i) => {
		const p = (f.properties ?? {}) as Record<string, unknown>;
		const where = { file: file.name, feature: i };
		const code = readCode(p[fields.code!], level, where, warnings, padded);
		const name = String(p[fields.name!] ?? '')
			.trim()
			.normalize('NFC');
		if (!name) throw new ImportError('no_name', bi('thiếu tên đơn vị.', 'has no name.'), { ...where, unit: code });
		const typeRaw = fields.type ? (p[fields.type] as string | undefined) : undefined;
		const kind = parseKind(typeRaw, level) ?? kindFromName(name, level);
		if (!kind) {
			throw new ImportError(
				'unknown_kind',
				bi(
					`không xác định được loại đơn vị (${typeRaw ?? 'không có thuộc tính loại'}; tên "${name}"). ${level === 'district' ? 'Dùng: Huyện, Quận, Thị xã, Thành phố.' : 'Dùng: Xã, Phường, Thị trấn.'}`,
					`cannot tell the kind of unit (${typeRaw ?? 'no type property'}; name "${name}"). ${level === 'district' ? 'Use: Huyện, Quận, Thị xã, Thành phố.' : 'Use: Xã, Phường, Thị trấn.'}`
				),
				{ ...where, unit: code }
			);
		}
		let parent: string | null = null;
		if (level === 'commune' && !twoTier) parent = readCode(p[fields.parent!], 'district', where, warnings, padded);
		// The province code (a district's parent; a two-tier commune's too): set on every unit once it is known.
		else if (fields.parent && p[fields.parent] != null && p[fields.parent] !== '') {
			parent = String(p[fields.parent]).trim();
			provinceCodes.add(parent);
		}
		const raw = polygonalGeometry(file.name, i, f, code);
		const repaired = repairGeometry(raw, { file: file.name, feature: i, unit: code });
		if (repaired.repairs.length) repairs.push({ code, level, repairs: repaired.repairs });
		const facts = unitGeometryFacts(repaired.geometry);
		minX[0] = Math.min(minX[0], facts.bbox[0]);
		minX[1] = Math.min(minX[1], facts.bbox[1]);
		minX[2] = Math.max(minX[2], facts.bbox[2]);
		minX[3] = Math.max(minX[3], facts.bbox[3]);
		const record = newUnitRecord({ code, name, level, kind, parentCode: parent });
		record.areaComputedKm2 = Math.round(facts.areaKm2 * 100) / 100;
		if (fields.population && p[fields.population] != null && p[fields.population] !== '') {
			const pop = Number(p[fields.population]);
			if (!Number.isInteger(pop) || pop < 0) {
				throw new ImportError(
					'bad_population',
					bi(
						`dân số "${p[fields.population]}" không phải số nguyên không âm.`,
						`population "${p[fields.population]}" is not a whole non-negative number.`
					),
					{ ...where, unit: code }
				);
			}
			record.population = pop;
			record.populationDate = popYear;
			record.populationSource = `${file.name}: ${fields.population}`;
		}
		if (fields.areaOfficial && p[fields.areaOfficial] != null && p[fields.areaOfficial] !== '') {
			const a = Number(p[fields.areaOfficial]);
			if (!(a > 0))
				throw new ImportError(
					'bad_area',
					bi(`diện tích "${p[fields.areaOfficial]}" không hợp lệ.`, `area "${p[fields.areaOfficial]}" is not valid.`),
					{ ...where, unit: code }
				);
			record.areaOfficialKm2 = a;
			record.areaSource = `${file.name}: ${fields.areaOfficial}`;
		}
		if (p.province_code != null) provinceCodes.add(String(p.province_code));
		const used = new Set(Object.values(fields));
		const extra: Record<string, unknown> = {};
		for (const [k, v] of Object.entries(p)) if (!used.has(k)) extra[k] = v;
		units.push({ record, geometry: repaired.geometry, facts, extra });
	});
	if (padded.n) {
		warnings.push(
			warning(
				'codes_padded',
				bi(
					`${padded.n} mã được ghi dạng số; đã thêm số 0 ở đầu cho đủ ${level === 'district' ? 3 : 5} chữ số. Nên lưu mã dạng văn bản.`,
					`${padded.n} codes were written as numbers; leading zeros restored to ${level === 'district' ? 3 : 5} digits. Store codes as text.`
				),
				{ file: file.name }
			)
		);
	}
	warnings.push(...extentWarnings(file.name, minX));
	return { units, provinceCodes };
}

function checkDuplicates(units: ParsedUnit[], file: string) {
	const seen = new Map<string, string>();
	for (const u of units) {
		const prev = seen.get(u.record.code);
		if (prev != null) {
			throw new ImportError(
				'duplicate_code',
				bi(
					`mã ${u.record.code} bị trùng ("${prev}" và "${u.record.name}"). Mỗi đơn vị phải có một mã riêng.`,
					`code ${u.record.code} appears twice ("${prev}" and "${u.record.name}"). Each unit needs its own code.`
				),
				{ file, unit: u.record.code }
			);
		}
		seen.set(u.record.code, u.record.name);
	}
}

/** Apply attribute rows to units; a row for an unknown code is an error. */
export function applyAttributeRows(byCode: Map<string, UnitRecord>, rows: AttributeRow[], file: string): void {
	for (const r of rows) {
		const u = byCode.get(r.code);
		if (!u) {
			throw new ImportError(
				'csv_unknown_code',
				bi(
					`mã ${r.code} không có trong ranh giới đã nhập. Kiểm tra mã (giữ số 0 ở đầu) hoặc xoá dòng này.`,
					`code ${r.code} is not among the imported boundaries. Check the code (keep leading zeros) or remove the row.`
				),
				{ file, row: r.row, column: 'code' }
			);
		}
		Object.assign(u, r.patch satisfies AttributePatch);
	}
}

/**
 * Two-tier or three-tier. Declared: a two-tier dataset given a district layer is an error. Not declared: two-tier when
 * there is a commune layer and no district layer and the communes carry no district code (a three-tier commune
 * layer whose district file was forgotten stays the "missing layer" error).
 */
function datasetStructure(
	cls: { districts?: BoundaryLayer; communes?: BoundaryLayer },
	declared: DatasetStructure | undefined
): DatasetStructure {
	if (declared === 'two-tier') {
		if (cls.districts) {
			throw new ImportError(
				'two_tier_with_districts',
				bi(
					'bộ dữ liệu hai cấp (tỉnh → xã, phường) không có cấp huyện: bỏ tệp ranh giới cấp huyện này, hoặc nhập dạng ba cấp (--structure three-tier).',
					'a two-tier dataset (province → communes and wards) has no district level: leave out this district boundary file, or import as three-tier (--structure three-tier).'
				),
				{ file: cls.districts.name }
			);
		}
		return 'two-tier';
	}
	if (declared === 'three-tier' || cls.districts || !cls.communes) return 'three-tier';
	return hasDistrictParent(propKeys(cls.communes.fc)) ? 'three-tier' : 'two-tier';
}

/** Read, validate, repair and normalise a dataset's files. Throws ImportError on the first fatal problem. */
export function parseDataset(files: ImportFile[], opts: ImportOptions = {}): ParsedDataset {
	const warnings: ImportWarning[] = [];
	const repairs: ParsedDataset['repairs'] = [];
	const crs = opts.crs?.trim() ? crsFromOption(opts.crs) : undefined;
	const cls = classifyFiles(files, opts.structure);
	warnings.push(...cls.warnings);
	const structure = datasetStructure(cls, opts.structure);
	if (!cls.communes || (structure === 'three-tier' && !cls.districts)) {
		throw new ImportError(
			'missing_layer',
			bi(
				`cần hai tệp ranh giới: cấp huyện (vd. districts.geojson) và cấp xã (vd. communes.geojson), hoặc một tệp .zip/.topojson chứa cả hai lớp; với dữ liệu hai cấp (tỉnh → xã, phường, từ 1/7/2025) chỉ cần lớp cấp xã (chọn --structure two-tier nếu lớp xã còn mã huyện). Đã nhận: ${files.map((f) => f.name).join(', ') || 'không có tệp'}.`,
				`two boundary files are needed: districts (e.g. districts.geojson) and communes (e.g. communes.geojson), or one .zip/.topojson holding both layers; two-tier data (province → communes and wards, since 1 July 2025) needs the commune layer only (give --structure two-tier if its communes still carry a district code). Received: ${files.map((f) => f.name).join(', ') || 'no files'}.`
			)
		);
	}
	const twoTier = structure === 'two-tier';
	// Two-tier: no district layer, nothing has a district; the communes' parent is the province (set below).
	const d = cls.districts
		? readLayer(cls.districts, 'district', opts.districtFields ?? {}, warnings, repairs, crs)
		: { units: [], provinceCodes: new Set<string>() };
	const c = readLayer(cls.communes, 'commune', opts.communeFields ?? {}, warnings, repairs, crs, twoTier);
	if (cls.districts) checkDuplicates(d.units, cls.districts.name);
	checkDuplicates(c.units, cls.communes.name);
	const districtCodes = new Set(d.units.map((u) => u.record.code));
	for (const u of twoTier ? [] : c.units) {
		if (districtCodes.has(u.record.code)) {
			throw new ImportError(
				'code_clash',
				bi(
					`mã ${u.record.code} vừa là mã huyện vừa là mã xã.`,
					`code ${u.record.code} is both a district and a commune code.`
				),
				{ file: cls.communes.name, unit: u.record.code }
			);
		}
		if (!districtCodes.has(u.record.parentCode!)) {
			throw new ImportError(
				'unknown_district',
				bi(
					`xã "${u.record.name}" thuộc mã huyện ${u.record.parentCode}, không có trong ${cls.districts!.name}.`,
					`commune "${u.record.name}" belongs to district code ${u.record.parentCode}, which is not in ${cls.districts!.name}.`
				),
				{ file: cls.communes.name, unit: u.record.code }
			);
		}
	}
	for (const dist of d.units) {
		if (!c.units.some((u) => u.record.parentCode === dist.record.code)) {
			warnings.push(
				warning(
					'district_without_communes',
					bi(
						`huyện "${dist.record.name}" không có xã nào trong tệp cấp xã.`,
						`district "${dist.record.name}" has no commune in the commune file.`
					),
					{ unit: dist.record.code }
				)
			);
		}
	}
	const byCode = new Map<string, UnitRecord>();
	for (const u of [...d.units, ...c.units]) byCode.set(u.record.code, u.record);
	for (const f of cls.csv) {
		const parsed = parseAttributesCsv(f.name, f.data);
		warnings.push(...parsed.warnings);
		applyAttributeRows(byCode, parsed.rows, f.name);
	}
	const codes = new Set([...d.provinceCodes, ...c.provinceCodes]);
	let provinceCode = opts.provinceCode ?? (codes.size === 1 ? [...codes][0] : undefined);
	if (!provinceCode) {
		if (codes.size > 1) {
			throw new ImportError(
				'several_provinces',
				bi(
					`các tệp có nhiều mã tỉnh (${[...codes].join(', ')}); mỗi bộ dữ liệu là một tỉnh.`,
					`the files carry several province codes (${[...codes].join(', ')}); a dataset is one province.`
				)
			);
		}
		provinceCode = '00';
		warnings.push(
			warning(
				'no_province_code',
				bi('không rõ mã tỉnh; hãy nhập bằng --province-code.', 'province code unknown; give it with --province-code.')
			)
		);
	}
	const known = provinceByCode(provinceCode);
	const provinceName = opts.provinceName ?? known?.name ?? `Tỉnh ${provinceCode}`;
	for (const u of d.units) if (!u.record.parentCode) u.record.parentCode = provinceCode;
	if (twoTier) {
		for (const u of c.units) u.record.parentCode = provinceCode;
		warnings.push(
			warning(
				'two_tier',
				bi(
					`bộ dữ liệu hai cấp (tỉnh → xã, phường; không có cấp huyện từ 1/7/2025): ${c.units.length} đơn vị cấp xã thuộc trực tiếp ${provinceName}.`,
					`two-tier dataset (province → communes and wards; no district level since 1 July 2025): ${c.units.length} commune-level units directly under ${provinceName}.`
				),
				{ file: cls.communes.name }
			)
		);
	}
	const defaultTerrain: Terrain = opts.defaultTerrain ?? (known?.mostlyMountainous ? 'mountainous' : 'other');
	if (!opts.defaultTerrain) {
		warnings.push(
			warning(
				'default_terrain',
				defaultTerrain === 'mountainous'
					? bi(
							`địa hình mặc định của bộ dữ liệu: miền núi, vùng cao (${provinceName} chủ yếu là miền núi). Sửa theo danh mục chính thức nếu cần.`,
							`dataset default terrain: mountainous/highland (${provinceName} is mostly so). Correct it from the official lists if needed.`
						)
					: bi(
							'địa hình mặc định của bộ dữ liệu: khác (không phải miền núi). Đặt địa hình cho từng đơn vị miền núi.',
							'dataset default terrain: other (not mountainous). Set terrain on each mountainous unit.'
						)
			)
		);
	}
	const missingPop = [...byCode.values()].filter((u) => u.population == null);
	if (missingPop.length) {
		warnings.push(
			warning(
				'missing_population',
				bi(
					`${missingPop.length} đơn vị chưa có dân số (vd. ${missingPop[0].code} ${missingPop[0].name}).`,
					`${missingPop.length} units have no population (e.g. ${missingPop[0].code} ${missingPop[0].name}).`
				)
			)
		);
	}
	if (repairs.length) {
		// Ring orientation (RFC 7946 wants counter-clockwise outer rings) is an encoding matter, not a shape change.
		const reoriented = repairs.filter((r) => r.repairs.every((n) => repairKind(n) === 'orientation'));
		const reshaped = repairs.filter((r) => !reoriented.includes(r));
		if (reoriented.length) {
			warnings.push(
				warning(
					'rings_reoriented',
					bi(
						`đã đảo chiều vòng ranh giới của ${reoriented.length} đơn vị cho đúng chuẩn GeoJSON (hình dạng không đổi).`,
						`reversed the ring orientation of ${reoriented.length} units to the GeoJSON convention (shape unchanged).`
					)
				)
			);
		}
		if (reshaped.length) {
			warnings.push(
				warning(
					'geometry_repaired',
					bi(
						`đã sửa hình học của ${reshaped.length} đơn vị (vd. ${reshaped[0].code}: ${reshaped[0].repairs.join('; ')}). Xem báo cáo chất lượng dữ liệu.`,
						`repaired the geometry of ${reshaped.length} units (e.g. ${reshaped[0].code}: ${reshaped[0].repairs.join('; ')}). See the data-quality report.`
					)
				)
			);
		}
	}
	const referenceDate = opts.referenceDate ?? null;
	if (!referenceDate) {
		warnings.push(
			warning(
				'no_reference_date',
				bi(
					'chưa có ngày số liệu của bộ dữ liệu (giai đoạn 2023–2025 dùng số liệu đến 31/12/2022).',
					'the dataset has no reference date for its figures (the 2023–2025 phase uses figures as of 31 Dec 2022).'
				)
			)
		);
	}
	return {
		dataset: {
			name: opts.name ?? `${provinceName} (${new Date().toISOString().slice(0, 10)})`,
			provinceCode,
			provinceName,
			referenceDate,
			defaultTerrain,
			structure,
			sourceNotes: opts.sourceNotes ?? files.map((f) => f.name).join(', ')
		},
		districts: d.units,
		communes: c.units,
		warnings,
		repairs
	};
}
