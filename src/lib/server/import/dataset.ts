import { provinceByCode } from '../../domain/provinces.ts';
import type { DatasetStructure, Terrain, UnitRecord } from '../../domain/units.ts';
import { parseAttributesCsv, type AttributePatch, type AttributeRow } from './attributes-csv.ts';
import { classifyFiles, propKeys } from './classify.ts';
import { crsFromOption } from './crs.ts';
import { bi, ImportError, warning, type ImportWarning } from './errors.ts';
import { hasDistrictParent } from './fields.ts';
import { readLayer } from './layer.ts';
import { withImportContext } from './limits.ts';
import { repairKind } from '../../domain/geo/repair.ts';
import type { BoundaryLayer, ImportFile, ImportOptions, ParsedDataset, ParsedUnit } from './types.ts';

export type { BoundaryLayer, ImportFile, ImportOptions, ParsedDataset, ParsedUnit } from './types.ts';
export { classifyFiles } from './classify.ts';

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

/**
 * Read, validate, repair and normalise a dataset's files. Throws ImportError on the first fatal problem. The limits
 * and the chosen encoding of `opts` are in force while it runs.
 */
export function parseDataset(files: ImportFile[], opts: ImportOptions = {}): ParsedDataset {
	return withImportContext({ limits: opts.limits, encoding: opts.encoding }, () => parseDatasetIn(files, opts));
}

function parseDatasetIn(files: ImportFile[], opts: ImportOptions): ParsedDataset {
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
				twoTier
					? bi(
							'chưa có ngày số liệu của bộ dữ liệu (đợt sắp xếp năm 2025 dùng số liệu đến 31/12/2024).',
							'the dataset has no reference date for its figures (the 2025 round uses figures as of 31 Dec 2024).'
						)
					: bi(
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
