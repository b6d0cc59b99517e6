import { provinceByCode } from '../../domain/provinces.ts';
import type { DatasetStructure, Terrain, UnitRecord } from '../../domain/units.ts';
import { parseAttributesCsv, type AttributePatch, type AttributeRow } from './attributes-csv.ts';
import { classifyFiles, propKeys } from './classify.ts';
import { crsFromOption } from './crs.ts';
import { ImportError, warning, type ImportWarning } from './errors.ts';
import { hasDistrictParent } from './fields.ts';
import { readLayer } from './layer.ts';
import { withImportContext } from './limits.ts';
import { repairKind } from '../../domain/geo/repair.ts';
import type { BoundaryLayer, ImportFile, ImportOptions, ParsedDataset, ParsedUnit } from './types.ts';
import { both } from '../../i18n/catalogue.ts';

export type { BoundaryLayer, ImportFile, ImportOptions, ParsedDataset, ParsedUnit } from './types.ts';
export { classifyFiles } from './classify.ts';

function checkDuplicates(units: ParsedUnit[], file: string) {
	const seen = new Map<string, string>();
	for (const u of units) {
		const prev = seen.get(u.record.code);
		if (prev != null) {
			throw new ImportError(
				'duplicate_code',
				both('import.dataset.codeCodeAppearsTwicePrev', { code: u.record.code, prev, name: u.record.name }),
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
			throw new ImportError('csv_unknown_code', both('import.dataset.codeCodeIsNotAmong', { code: r.code }), {
				file,
				row: r.row,
				column: 'code'
			});
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
			throw new ImportError('two_tier_with_districts', both('import.dataset.aTwoTierDatasetProvince'), {
				file: cls.districts.name
			});
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
			both('import.dataset.twoBoundaryFilesAreNeeded', {
				p1: files.map((f) => f.name).join(', ') || 'không có tệp',
				p2: files.map((f) => f.name).join(', ') || 'no files'
			})
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
			throw new ImportError('code_clash', both('import.dataset.codeCodeIsBothA', { code: u.record.code }), {
				file: cls.communes.name,
				unit: u.record.code
			});
		}
		if (!districtCodes.has(u.record.parentCode!)) {
			throw new ImportError(
				'unknown_district',
				both('import.dataset.communeNameBelongsToDistrict', {
					name: u.record.name,
					parentCode: u.record.parentCode,
					p1: cls.districts!.name
				}),
				{ file: cls.communes.name, unit: u.record.code }
			);
		}
	}
	for (const dist of d.units) {
		if (!c.units.some((u) => u.record.parentCode === dist.record.code)) {
			warnings.push(
				warning(
					'district_without_communes',
					both('import.dataset.districtNameHasNoCommune', { name: dist.record.name }),
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
				both('import.dataset.theFilesCarrySeveralProvince', { p1: [...codes].join(', ') })
			);
		}
		provinceCode = '00';
		warnings.push(warning('no_province_code', both('import.dataset.provinceCodeUnknownGiveIt')));
	}
	const known = provinceByCode(provinceCode);
	const provinceName = opts.provinceName ?? known?.name ?? `Tỉnh ${provinceCode}`;
	for (const u of d.units) if (!u.record.parentCode) u.record.parentCode = provinceCode;
	if (twoTier) {
		for (const u of c.units) u.record.parentCode = provinceCode;
		warnings.push(
			warning(
				'two_tier',
				both('import.dataset.twoTierDatasetProvinceCommunes', { unitsLength: c.units.length, provinceName }),
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
					? both('import.dataset.datasetDefaultTerrainMountainousHighland', { provinceName })
					: both('import.dataset.datasetDefaultTerrainOtherNot')
			)
		);
	}
	const missingPop = [...byCode.values()].filter((u) => u.population == null);
	if (missingPop.length) {
		warnings.push(
			warning(
				'missing_population',
				both('import.dataset.missingpoplengthUnitsHaveNoPopulation', {
					missingPopLength: missingPop.length,
					p1: missingPop[0].code,
					p2: missingPop[0].name
				})
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
					both('import.dataset.reversedTheRingOrientationOf', { reorientedLength: reoriented.length })
				)
			);
		}
		if (reshaped.length) {
			warnings.push(
				warning(
					'geometry_repaired',
					both('import.dataset.repairedTheGeometryOfReshapedlength', {
						reshapedLength: reshaped.length,
						p1: reshaped[0].code,
						p2: reshaped[0].repairs.join('; ')
					})
				)
			);
		}
	}
	const referenceDate = opts.referenceDate ?? null;
	if (!referenceDate) {
		warnings.push(
			warning(
				'no_reference_date',
				twoTier ? both('import.dataset.theDatasetHasNoReference') : both('import.dataset.theDatasetHasNoReference2')
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
