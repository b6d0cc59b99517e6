/** Reading one boundary layer into unit records: codes, names, kinds, parents, figures, repaired geometry. */
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { KIND_LABEL_VI, newUnitRecord, parseKind, type Level, type UnitKind } from '../../domain/units.ts';
import { applyLayerCrs, type CrsDef } from './crs.ts';
import { propKeys } from './classify.ts';
import { ImportError, warning, type ImportWarning } from './errors.ts';
import { detectFields, yearInFieldName, type FieldMap } from './fields.ts';
import { extentWarnings, polygonalGeometry } from './geojson.ts';
import { currentLimits } from './limits.ts';
import { repairGeometry } from './repair.ts';
import type { BoundaryLayer, ParsedDataset, ParsedUnit } from './types.ts';
import { unitGeometryFacts } from './unit-geometry.ts';
import { both, tIn } from '../../i18n/catalogue.ts';

/** A code from a property: text kept as is; a number is padded back to its GSO width (3 or 5 digits), with a warning. */
function readCode(
	raw: unknown,
	level: 'district' | 'commune',
	where: { file: string; feature: number },
	warnings: ImportWarning[],
	padded: { n: number }
): string {
	if (raw == null || raw === '') {
		throw new ImportError('no_code', both('import.layer.hasNoUnitCode'), where);
	}
	const width = level === 'district' ? 3 : 5;
	if (typeof raw === 'number') {
		if (!Number.isInteger(raw) || raw < 0)
			throw new ImportError('bad_code', both('import.layer.codeRawIsNotValid', { raw }), where);
		const s = String(raw).padStart(width, '0');
		if (s !== String(raw)) padded.n++;
		return s;
	}
	const s = String(raw).trim();
	if (!/^\d+$/.test(s))
		throw new ImportError('bad_code', both('import.attributesCsv.codeCodeIsNotA', { code: s }), where);
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

/** Refuses a unit drawn with more vertices than the import limit, naming it (repair and adjacency would stall). */
function checkVertices(
	g: Polygon | MultiPolygon,
	name: string,
	code: string,
	where: { file: string; feature: number }
): void {
	const max = currentLimits().maxVerticesPerUnit;
	let n = 0;
	for (const poly of g.type === 'Polygon' ? [g.coordinates] : g.coordinates) for (const ring of poly) n += ring.length;
	if (n > max) {
		throw new ImportError(
			'too_many_vertices',
			both('import.layer.unitCodeNameHasP3', {
				code,
				name,
				p1: n.toLocaleString('vi-VN'),
				p2: max.toLocaleString('vi-VN'),
				p3: n.toLocaleString('en'),
				p4: max.toLocaleString('en')
			}),
			{ ...where, unit: code }
		);
	}
}

/** The units of one layer (district or commune level) and the province codes it names. */
export function readLayer(
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
		// The properties the file has, or "none" (features without properties), in each language.
		const present = [...propKeys(fc)];
		const says = (lang: 'vi' | 'en') =>
			tIn(lang, 'import.layer.noUnitCodePropertyFound', {
				present: present.length ? present.join(', ') : tIn(lang, 'import.layer.noPropertiesAtAll')
			});
		throw new ImportError('no_code_field', { vi: says('vi'), en: says('en') }, { file: file.name });
	}
	if (!fields.name) {
		throw new ImportError('no_name_field', both('import.layer.noNamePropertyFoundName'), { file: file.name });
	}
	if (level === 'commune' && !twoTier && !fields.parent) {
		throw new ImportError('no_parent_field', both('import.layer.noDistrictCodePropertyFound'), { file: file.name });
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
		if (!name) throw new ImportError('no_name', both('import.layer.hasNoName'), { ...where, unit: code });
		const typeRaw = fields.type ? (p[fields.type] as string | undefined) : undefined;
		const kind = parseKind(typeRaw, level) ?? kindFromName(name, level);
		if (!kind) {
			throw new ImportError(
				'unknown_kind',
				both('import.layer.cannotTellTheKindOf', {
					p1: typeRaw ?? 'không có thuộc tính loại',
					name,
					p2: level === 'district' ? 'Dùng: Huyện, Quận, Thị xã, Thành phố.' : 'Dùng: Xã, Phường, Thị trấn.',
					p3: typeRaw ?? 'no type property',
					p4: level === 'district' ? 'Use: Huyện, Quận, Thị xã, Thành phố.' : 'Use: Xã, Phường, Thị trấn.'
				}),
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
		checkVertices(raw, name, code, where);
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
					both('import.layer.populationP1IsNotA', { p1: String(p[fields.population]) }),
					{
						...where,
						unit: code
					}
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
					both('import.layer.areaP1IsNotValid', { p1: String(p[fields.areaOfficial]) }),
					{
						...where,
						unit: code
					}
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
				both('import.layer.nCodesWereWrittenAs', { n: padded.n, p1: level === 'district' ? 3 : 5 }),
				{ file: file.name }
			)
		);
	}
	warnings.push(...extentWarnings(file.name, minX));
	return { units, provinceCodes };
}
