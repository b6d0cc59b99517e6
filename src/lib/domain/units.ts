/**
 * Administrative units: levels, kinds, codes, terrain and specific factors (domain.md §2).
 * Plain TypeScript: no DOM, no database, no file system.
 */

import { both } from '../i18n/catalogue.ts';

/** Level of an administrative unit. Province > district (cấp huyện) > commune (cấp xã). */
export type Level = 'province' | 'district' | 'commune';

/** District-level kinds. `thanh_pho_thuoc_tp` = a city inside a centrally-run city. */
export type DistrictKind = 'huyen' | 'quan' | 'thi_xa' | 'thanh_pho' | 'thanh_pho_thuoc_tp';
/** Commune-level kinds. */
export type CommuneKind = 'xa' | 'phuong' | 'thi_tran';
export type UnitKind = 'tinh' | DistrictKind | CommuneKind;

export const DISTRICT_KINDS: readonly DistrictKind[] = ['huyen', 'quan', 'thi_xa', 'thanh_pho', 'thanh_pho_thuoc_tp'];
export const COMMUNE_KINDS: readonly CommuneKind[] = ['xa', 'phuong', 'thi_tran'];

/** Terrain that selects the standard: mountainous/highland (miền núi, vùng cao) or other. */
export type Terrain = 'mountainous' | 'other';
/** Where the terrain in force came from. */
export type TerrainSource = 'unit' | 'dataset_default';

/** Commune class (loại I/II/III), an input (Decree 33/2023). */
export type CommuneClass = 'I' | 'II' | 'III';

/** Period of the unit's last arrangement, which exempts it by law (NQ 35 Art. 3.2, 3.3). */
export type ArrangedPeriod = '2019-2021' | '2023-2025';

/** Official vs computed area: which figure the criteria use. */
export type AreaSource = 'official' | 'computed';

/** The attributes of one unit that rules, geometry and staffing read. Areas in km², population in persons. */
export interface UnitRecord {
	code: string; // GSO code, text: 3 digits (district) or 5 digits (commune); leading zeros kept
	name: string;
	level: Level;
	kind: UnitKind;
	parentCode: string | null; // district code for a commune (province code in a two-tier dataset), province code for a district
	/** Terrain set on the unit itself; null = use the dataset default. */
	terrain: Terrain | null;
	ethnicMinorityShare: number | null; // 0..1
	border: boolean; // on a national land border
	island: boolean;
	coastalDifficult: boolean; // specially difficult coastal commune
	delta: boolean; // Red River Delta
	population: number | null; // persons
	populationDate: string | null; // ISO date or year
	populationSource: string | null;
	/**
	 * The parts of the population (domain.md §3), optional: permanent residents and temporary residents converted by
	 * the official rule. When both are given, `population` is their sum (the criteria use the total) and the source
	 * says so; null = only the total is known.
	 */
	populationPermanent?: number | null;
	populationTemporaryConverted?: number | null;
	areaOfficialKm2: number | null;
	areaSource: string | null; // note on where the official figure came from
	areaComputedKm2: number | null; // geodesic, from the geometry
	communeClass: CommuneClass | null;
	lastArrangedPeriod: ArrangedPeriod | null;
	// Staffing inputs (domain.md §6), optional so hand-made records need not carry them; null = not entered.
	/** Cadres and civil servants in post (cán bộ, công chức), posts; for a district, the staff of its bodies. */
	staffActual?: number | null;
	/** Non-professional workers (người hoạt động không chuyên trách), persons; commune level only. */
	nonprofessionalActual?: number | null;
	/** Leader posts (chair and vice-chairs of the People's Committee), posts. */
	leaders?: number | null;
	/** Office buildings (trụ sở) the unit uses. */
	offices?: number | null;
}

/** A unit record with its identity set and every figure and factor empty (null / false). */
export function newUnitRecord(id: Pick<UnitRecord, 'code' | 'name' | 'level' | 'kind' | 'parentCode'>): UnitRecord {
	return {
		...id,
		terrain: null,
		ethnicMinorityShare: null,
		border: false,
		island: false,
		coastalDifficult: false,
		delta: false,
		population: null,
		populationDate: null,
		populationSource: null,
		areaOfficialKm2: null,
		areaSource: null,
		areaComputedKm2: null,
		communeClass: null,
		lastArrangedPeriod: null
	};
}

/** A unit as the app shows it: the record plus its label point, extent and recorded exemption. */
export interface UnitView extends UnitRecord {
	label: [number, number] | null; // lon, lat
	bbox: [number, number, number, number] | null; // min lon, min lat, max lon, max lat
	exemptionCode: string | null; // NQ 35 Art. 3.1 reason code recorded by the user
	exemptionNote: string | null;
	/** Reference document of the exemption (the district's or commune's letter): its number and ISO date. */
	exemptionRefNumber?: string | null;
	exemptionRefDate?: string | null;
	/** Polsby–Popper compactness (4πA/P², 1 = disc), information only. */
	compactness?: number | null;
}

/**
 * How a dataset's units are organised: 'three-tier' = province → districts → communes (the data of 2023–2025);
 * 'two-tier' = province → communes and wards, no district level (since 1 July 2025, NQ 76/2025/UBTVQH15): there the
 * communes' parent is the province and nothing has a district.
 */
export type DatasetStructure = 'three-tier' | 'two-tier';

/** Dataset-level context that verdicts need. */
export interface DatasetContext {
	provinceCode: string;
	provinceName: string;
	referenceDate: string | null; // date of the figures (e.g. 2022-12-31)
	defaultTerrain: Terrain; // applied to units whose terrain is null
	/** Absent = three-tier (datasets made before two-tier data existed). */
	structure?: DatasetStructure;
}

/** The population source text for a total made of its two parts (domain.md §3). */
export const POPULATION_PARTS_SOURCE = both('units.permanentConvertedTemporaryResidents');

/** The total of the two population parts, or null unless both are given. */
export function populationFromParts(
	permanent: number | null | undefined,
	temporaryConverted: number | null | undefined
): number | null {
	return permanent != null && temporaryConverted != null ? permanent + temporaryConverted : null;
}

export const LEVEL_OF_KIND: Record<UnitKind, Level> = {
	tinh: 'province',
	huyen: 'district',
	quan: 'district',
	thi_xa: 'district',
	thanh_pho: 'district',
	thanh_pho_thuoc_tp: 'district',
	xa: 'commune',
	phuong: 'commune',
	thi_tran: 'commune'
};

/**
 * The level a national administrative-unit code names, by its number of digits (QĐ 124/2004/QĐ-TTg list of
 * administrative units: province 2 digits, district 3, commune 5), or null for anything else. Routes that receive a
 * bare code ask this instead of testing its length themselves.
 */
export function levelOfCode(code: string): Level | null {
	if (!/^\d+$/.test(code)) return null;
	return code.length === 2 ? 'province' : code.length === 3 ? 'district' : code.length === 5 ? 'commune' : null;
}

/** Rural kinds get the reductions of Art. 3a; urban kinds get none and have no mountainous variant. */
export function isRuralKind(kind: UnitKind): boolean {
	return kind === 'tinh' || kind === 'huyen' || kind === 'xa';
}

/** Vietnamese labels of kinds, as written before a unit's name. */
export const KIND_LABEL_VI: Record<UnitKind, string> = {
	tinh: 'Tỉnh',
	huyen: 'Huyện',
	quan: 'Quận',
	thi_xa: 'Thị xã',
	thanh_pho: 'Thành phố',
	thanh_pho_thuoc_tp: 'Thành phố thuộc TP trực thuộc TW',
	xa: 'Xã',
	phuong: 'Phường',
	thi_tran: 'Thị trấn'
};

export const KIND_LABEL_EN: Record<UnitKind, string> = {
	tinh: 'Province',
	huyen: 'Rural district',
	quan: 'Urban district',
	thi_xa: 'Town',
	thanh_pho: 'Provincial city',
	thanh_pho_thuoc_tp: 'City in a centrally-run city',
	xa: 'Commune',
	phuong: 'Ward',
	thi_tran: 'Township'
};

/** Strip diacritics and case for search: "Đạ Tẻh" → "da teh". */
export function foldVietnamese(s: string): string {
	return s
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/đ/g, 'd')
		.replace(/Đ/g, 'D')
		.toLowerCase()
		.replace(/\s+/g, ' ')
		.trim();
}

/**
 * Parse a kind from the words used in source files ("Xã", "Thị trấn", "Thành phố", "huyen", ...).
 * Returns null when it cannot tell; `level` disambiguates "Thành phố" etc.
 */
export function parseKind(raw: string | null | undefined, level: Level): UnitKind | null {
	if (raw == null) return null;
	const s = foldVietnamese(String(raw)).replace(/[_-]/g, ' ');
	if (!s) return null;
	const table: [RegExp, UnitKind][] = [
		[/^(tinh|province)$/, 'tinh'],
		[/^(huyen|rural district|district)$/, 'huyen'],
		[/^(quan|urban district)$/, 'quan'],
		[/^(thi xa|town)$/, 'thi_xa'],
		[/^(thanh pho thuoc (thanh pho|tp)( truc thuoc (trung uong|tw))?|thanh pho thuoc tp)$/, 'thanh_pho_thuoc_tp'],
		[/^(thanh pho|tp|city|provincial city)$/, 'thanh_pho'],
		[/^(xa|commune)$/, 'xa'],
		[/^(phuong|ward)$/, 'phuong'],
		[/^(thi tran|township)$/, 'thi_tran']
	];
	for (const [re, kind] of table) if (re.test(s)) return LEVEL_OF_KIND[kind] === level ? kind : null;
	return null;
}

/** The area the criteria use: the official figure when given, else the computed one (domain.md §2). */
export function effectiveArea(u: Pick<UnitRecord, 'areaOfficialKm2' | 'areaComputedKm2'>): {
	km2: number | null;
	source: AreaSource | null;
} {
	if (u.areaOfficialKm2 != null) return { km2: u.areaOfficialKm2, source: 'official' };
	if (u.areaComputedKm2 != null) return { km2: u.areaComputedKm2, source: 'computed' };
	return { km2: null, source: null };
}

/** Relative difference of computed vs official area, or null when either is missing. */
export function areaDifference(u: Pick<UnitRecord, 'areaOfficialKm2' | 'areaComputedKm2'>): number | null {
	if (u.areaOfficialKm2 == null || u.areaComputedKm2 == null || u.areaOfficialKm2 === 0) return null;
	return (u.areaComputedKm2 - u.areaOfficialKm2) / u.areaOfficialKm2;
}

/** Terrain in force for a unit and where it came from (domain.md §2). */
export function terrainInForce(
	u: Pick<UnitRecord, 'terrain'>,
	ctx: Pick<DatasetContext, 'defaultTerrain'>
): { terrain: Terrain; source: TerrainSource } {
	return u.terrain
		? { terrain: u.terrain, source: 'unit' }
		: { terrain: ctx.defaultTerrain, source: 'dataset_default' };
}

/** The extent covering every unit given (lon/lat box), or null when none has one. */
export function unionBbox(
	units: Iterable<Pick<UnitView, 'bbox'> | undefined>
): [number, number, number, number] | null {
	let b: [number, number, number, number] | null = null;
	for (const u of units) {
		if (!u?.bbox) continue;
		b = b
			? [Math.min(b[0], u.bbox[0]), Math.min(b[1], u.bbox[1]), Math.max(b[2], u.bbox[2]), Math.max(b[3], u.bbox[3])]
			: [...u.bbox];
	}
	return b;
}

/** The context a dataset row gives the rules (column names as stored). */
export function datasetContext(row: {
	province_code: string;
	province_name: string;
	reference_date: string | null;
	default_terrain: string;
	structure?: string;
}): DatasetContext {
	return {
		provinceCode: row.province_code,
		provinceName: row.province_name,
		referenceDate: row.reference_date,
		defaultTerrain: row.default_terrain === 'mountainous' ? 'mountainous' : 'other',
		structure: row.structure === 'two-tier' ? 'two-tier' : 'three-tier'
	};
}

/** A unit's name without its kind word, for map labels: "Xã Đạ Oai" → "Đạ Oai", "Phường 7" stays "Phường 7". */
export function shortName(u: Pick<UnitRecord, 'name' | 'kind'>): string {
	const prefix = KIND_LABEL_VI[u.kind] + ' ';
	const rest = u.name.startsWith(prefix) ? u.name.slice(prefix.length) : u.name;
	// Numbered wards and towns ("Phường 7") keep the kind: a bare number says nothing.
	return /^\d+$/.test(rest) ? u.name : rest;
}

/** Label points of units as GeoJSON for the map (properties: code, label, level). */
export function labelFeatures(units: readonly UnitView[]): GeoJSON.FeatureCollection<GeoJSON.Point> {
	return {
		type: 'FeatureCollection',
		features: units
			.filter((u) => u.label)
			.map((u) => ({
				type: 'Feature',
				properties: { code: u.code, label: shortName(u), level: u.level },
				geometry: { type: 'Point', coordinates: u.label! }
			}))
	};
}
