import Papa from 'papaparse';
import type { CommuneClass } from '../../domain/units.ts';
import type { UnitAttributePatch } from '../../domain/unit-edit.ts';
import { foldVietnamese, POPULATION_PARTS_SOURCE } from '../../domain/units.ts';
import { ImportError, warning, type ImportWarning } from './errors.ts';
import { decodeText } from './geojson.ts';
import { both } from '../../i18n/catalogue.ts';

/** The attributes a CSV row may set (the unit's, and its staffing inputs). Absent = leave as is. */
export interface AttributePatch extends UnitAttributePatch {
	/** Staffing inputs (domain.md §6): whole numbers ≥ 0. */
	staffActual?: number | null; // cadres and civil servants, posts (district: its bodies' staff)
	nonprofessionalActual?: number | null; // non-professional workers, persons (commune level only)
	leaders?: number | null; // leader posts
	offices?: number | null; // office buildings (trụ sở)
}

export interface AttributeRow {
	code: string;
	row: number; // 1-based line number in the file (header = 1)
	patch: AttributePatch;
}

/** Columns read, with their accepted aliases (folded). */
const COLUMNS: Record<string, string[]> = {
	code: ['code', 'ma', 'ma_dvhc'],
	population: ['population', 'dan_so', 'quy_mo_dan_so'],
	population_date: ['population_date', 'population_year', 'ngay_so_lieu_dan_so'],
	population_source: ['population_source', 'nguon_dan_so'],
	// The two parts of the population: permanent residents, and temporary residents converted by the official rule.
	population_permanent: ['population_permanent', 'dan_so_thuong_tru', 'thuong_tru', 'nhan_khau_thuong_tru'],
	population_temporary_converted: [
		'population_temporary_converted',
		'dan_so_tam_tru_quy_doi',
		'tam_tru_quy_doi',
		'nhan_khau_tam_tru_quy_doi'
	],
	area_km2_official: ['area_km2_official', 'dien_tich', 'dien_tich_tu_nhien'],
	area_source: ['area_source', 'nguon_dien_tich'],
	terrain: ['terrain', 'dia_hinh'],
	ethnic_minority_share: ['ethnic_minority_share', 'ty_le_dtts'],
	border: ['border', 'bien_gioi'],
	island: ['island', 'hai_dao'],
	coastal_difficult: ['coastal_difficult', 'ven_bien_dbkk'],
	delta: ['delta', 'dong_bang_song_hong'],
	commune_class: ['commune_class', 'loai_xa', 'phan_loai'],
	last_arranged_period: ['last_arranged_period', 'giai_doan_sap_xep_truoc'],
	// Staffing inputs, with the headings the Department's own tables use (folded, punctuation as "_").
	staff_actual: [
		'staff_actual',
		'bien_che',
		'so_can_bo_cong_chuc',
		'can_bo_cong_chuc',
		'so_cbcc',
		'cbcc',
		'cadres_civil_servants'
	],
	nonprofessional_actual: [
		'nonprofessional_actual',
		'non_professional_actual',
		'khong_chuyen_trach',
		'so_khong_chuyen_trach',
		'nguoi_hoat_dong_khong_chuyen_trach',
		'so_nguoi_hoat_dong_khong_chuyen_trach'
	],
	leaders: ['leaders', 'leader_posts', 'lanh_dao', 'so_lanh_dao', 'can_bo_lanh_dao'],
	offices: ['offices', 'tru_so', 'so_tru_so']
};

/** Canonical staffing columns → patch field (the import checks their level against the units). */
export const STAFFING_COLUMNS = {
	staff_actual: 'staffActual',
	nonprofessional_actual: 'nonprofessionalActual',
	leaders: 'leaders',
	offices: 'offices'
} as const satisfies Record<string, keyof AttributePatch>;
/** Columns that may be present (e.g. in units.csv exports) and are not attributes: ignored quietly. */
const KNOWN_OTHER = new Set(['name', 'ten', 'type', 'loai', 'level', 'cap', 'parent_code', 'area_km2_computed']);

const fold = (s: string) => foldVietnamese(s).replace(/\s+/g, '_');
/** A heading folded for matching: "Số cán bộ, công chức" → "so_can_bo_cong_chuc". */
const foldHeader = (s: string) =>
	foldVietnamese(s)
		.replace(/[^a-z0-9]+/g, '_')
		.replace(/^_+|_+$/g, '');

/** Parse an attributes CSV (UTF-8, BOM allowed, comma or semicolon separated). Errors name file, row and column. */
export function parseAttributesCsv(
	file: string,
	data: Uint8Array | string
): { rows: AttributeRow[]; warnings: ImportWarning[]; columns: Partial<Record<string, string>> } {
	const text = decodeText(file, data);
	const parsed = Papa.parse<string[]>(text, { skipEmptyLines: 'greedy', delimitersToGuess: [',', ';', '\t'] });
	const warnings: ImportWarning[] = [];
	const fatal = parsed.errors.find((e) => e.type === 'Quotes' || e.type === 'FieldMismatch');
	if (fatal) {
		throw new ImportError(
			'csv_malformed',
			both('import.attributesCsv.malformedCsvMessage', { message: fatal.message }),
			{ file, row: fatal.row != null ? fatal.row + 1 : undefined }
		);
	}
	const [header, ...body] = parsed.data;
	if (!header) throw new ImportError('csv_empty', both('import.attributesCsv.theCsvFileIsEmpty'), { file });
	const colIndex = new Map<string, number>();
	header.forEach((h, i) => {
		const f = foldHeader(h);
		const canonical = Object.keys(COLUMNS).find((c) => COLUMNS[c].includes(f));
		if (canonical) {
			if (!colIndex.has(canonical)) colIndex.set(canonical, i);
		} else if (!KNOWN_OTHER.has(f) && f !== '') {
			warnings.push(
				warning('csv_unknown_column', both('import.attributesCsv.ignoredUnknownColumnH', { h }), {
					file,
					column: h
				})
			);
		}
	});
	if (!colIndex.has('code')) {
		throw new ImportError(
			'csv_no_code',
			both('import.attributesCsv.hasNoCodeColumnColumns', { p1: header.join(', ') }),
			{ file, row: 1 }
		);
	}
	const colName = (c: string) => header[colIndex.get(c)!];
	const rows: AttributeRow[] = [];
	const seen = new Map<string, number>();
	body.forEach((cells, i) => {
		const row = i + 2;
		const get = (c: string): string | undefined => {
			const idx = colIndex.get(c);
			if (idx == null) return undefined;
			const v = (cells[idx] ?? '').trim();
			return v;
		};
		const where = (c: string) => ({ file, row, column: colName(c) });
		const code = get('code') ?? '';
		if (!code)
			throw new ImportError('csv_no_code_value', both('import.attributesCsv.theUnitCodeIsEmpty'), where('code'));
		if (!/^\d+$/.test(code)) {
			throw new ImportError('csv_bad_code', both('import.attributesCsv.codeCodeIsNotA', { code }), where('code'));
		}
		if (seen.has(code)) {
			throw new ImportError(
				'csv_duplicate_code',
				both('import.attributesCsv.codeCodeAlreadyAppearsOn', { code, p1: seen.get(code) }),
				where('code')
			);
		}
		seen.set(code, row);
		const patch: AttributePatch = {};
		const num = (
			c: string,
			opts: { integer?: boolean; min?: number; max?: number } = {}
		): number | null | undefined => {
			const raw = get(c);
			if (raw === undefined) return undefined;
			if (raw === '') return undefined;
			const n = parseNumber(raw);
			if (n == null) {
				throw new ImportError('csv_bad_number', both('import.attributesCsv.rawIsNotANumber', { raw }), where(c));
			}
			if (opts.integer && !Number.isInteger(n)) {
				throw new ImportError('csv_not_integer', both('import.attributesCsv.rawMustBeAWhole', { raw }), where(c));
			}
			if ((opts.min != null && n < opts.min) || (opts.max != null && n > opts.max)) {
				if (opts.min === 0 && opts.max == null) {
					throw new ImportError('csv_negative', both('import.attributesCsv.valueRawIsNegativeIt', { raw }), where(c));
				}
				throw new ImportError(
					'csv_out_of_range',
					both('import.attributesCsv.valueRawIsOutsideP1', { raw, p1: opts.min ?? '', p2: opts.max ?? '' }),
					where(c)
				);
			}
			return n;
		};
		const flag = (c: string): boolean | undefined => {
			const raw = get(c);
			if (raw === undefined || raw === '') return undefined;
			const f = fold(raw);
			if (['1', 'true', 'yes', 'co', 'x'].includes(f)) return true;
			if (['0', 'false', 'no', 'khong'].includes(f)) return false;
			throw new ImportError('csv_bad_flag', both('import.attributesCsv.rawMustBe0Or', { raw }), where(c));
		};
		const text = (c: string): string | undefined => {
			const raw = get(c);
			return raw === undefined || raw === '' ? undefined : raw;
		};
		const pop = num('population', { integer: true, min: 0 });
		if (pop !== undefined) patch.population = pop;
		const pd = text('population_date');
		if (pd !== undefined) patch.populationDate = pd;
		const ps = text('population_source');
		if (ps !== undefined) patch.populationSource = ps;
		const permanent = num('population_permanent', { integer: true, min: 0 });
		const temporary = num('population_temporary_converted', { integer: true, min: 0 });
		if (permanent !== undefined || temporary !== undefined) {
			// The criteria use the total: both parts, or neither (a lone part is not a total).
			if (permanent == null || temporary == null) {
				const missing = permanent == null ? 'population_permanent' : 'population_temporary_converted';
				const given = permanent == null ? 'population_temporary_converted' : 'population_permanent';
				throw new ImportError(
					'csv_population_part_missing',
					both('import.attributesCsv.onePartOfThePopulation', { missing }),
					colIndex.has(missing) ? where(missing) : where(given)
				);
			}
			const total = permanent + temporary;
			if (pop != null && pop !== total) {
				throw new ImportError(
					'csv_population_parts_mismatch',
					both('import.attributesCsv.populationPopIsNotThe', { pop, permanent, temporary, total }),
					where('population')
				);
			}
			patch.population = total;
			patch.populationPermanent = permanent;
			patch.populationTemporaryConverted = temporary;
			// The source says the total is made of the two parts.
			patch.populationSource = ps
				? ps.includes(POPULATION_PARTS_SOURCE.vi)
					? ps
					: `${ps} (${POPULATION_PARTS_SOURCE.vi})`
				: `${file}: ${POPULATION_PARTS_SOURCE.vi}`;
		} else if (pop !== undefined) {
			// A total alone replaces any stored breakdown, which would no longer add up to it.
			patch.populationPermanent = null;
			patch.populationTemporaryConverted = null;
		}
		const area = num('area_km2_official', { min: 0 });
		if (area !== undefined) {
			if (area === 0)
				throw new ImportError('csv_zero_area', both('import.attributesCsv.areaIs0'), where('area_km2_official'));
			patch.areaOfficialKm2 = area;
		}
		const as = text('area_source');
		if (as !== undefined) patch.areaSource = as;
		const terrain = text('terrain');
		if (terrain !== undefined) {
			const f = fold(terrain);
			if (['mountainous', 'mien_nui', 'vung_cao', 'mien_nui_vung_cao', 'highland'].includes(f))
				patch.terrain = 'mountainous';
			else if (['other', 'khac', 'dong_bang', 'lowland'].includes(f)) patch.terrain = 'other';
			else
				throw new ImportError(
					'csv_bad_terrain',
					both('import.attributesCsv.terrainMustBeMountainousOr', { terrain }),
					where('terrain')
				);
		}
		const share = num('ethnic_minority_share', { min: 0, max: 1 });
		if (share !== undefined) patch.ethnicMinorityShare = share;
		for (const [c, key] of [
			['border', 'border'],
			['island', 'island'],
			['coastal_difficult', 'coastalDifficult'],
			['delta', 'delta']
		] as const) {
			const v = flag(c);
			if (v !== undefined) patch[key] = v;
		}
		const cls = text('commune_class');
		if (cls !== undefined) {
			const u = foldVietnamese(cls)
				.toUpperCase()
				.replace(/^LOAI\s*/, ''); // "Loại II" → "II"
			const map: Record<string, CommuneClass> = { I: 'I', II: 'II', III: 'III', '1': 'I', '2': 'II', '3': 'III' };
			if (!map[u])
				throw new ImportError(
					'csv_bad_class',
					both('import.attributesCsv.clsMustBeIIi', { cls }),
					where('commune_class')
				);
			patch.communeClass = map[u];
		}
		const lap = text('last_arranged_period');
		if (lap !== undefined) {
			const norm = lap.replace(/\s|–/g, '-').replace(/-+/g, '-');
			if (norm !== '2019-2021' && norm !== '2023-2025') {
				throw new ImportError(
					'csv_bad_period',
					both('import.attributesCsv.lapMustBe20192021', { lap }),
					where('last_arranged_period')
				);
			}
			patch.lastArrangedPeriod = norm;
		}
		// Counts of people, posts and buildings: whole numbers, never negative.
		for (const [c, key] of Object.entries(STAFFING_COLUMNS) as [
			keyof typeof STAFFING_COLUMNS,
			(typeof STAFFING_COLUMNS)[keyof typeof STAFFING_COLUMNS]
		][]) {
			const v = num(c, { integer: true, min: 0 });
			if (v !== undefined) patch[key] = v;
		}
		rows.push({ code, row, patch });
	});
	const columns = Object.fromEntries([...colIndex.keys()].map((c) => [c, colName(c)]));
	return { rows, warnings, columns };
}

/** Parse "1448.48", "1448,48", "146064", "-"; null when not a plain number. */
export function parseNumber(raw: string): number | null {
	let s = raw.trim().replace(/\s/g, '');
	if (s.includes(',') && !s.includes('.') && /^-?\d+,\d+$/.test(s)) s = s.replace(',', '.');
	if (!/^-?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(s)) return null;
	const n = Number(s);
	return Number.isFinite(n) ? n : null;
}
