import { foldVietnamese } from '../../domain/units.ts';

/** The properties the importer reads from a feature, and the names it recognises for each. */
export interface FieldMap {
	code: string;
	name: string;
	type: string;
	parent: string;
	population: string;
	areaOfficial: string;
}

/** Candidate property names, most specific first (folded: lower case, no diacritics, _ for spaces). */
const CANDIDATES: Record<keyof FieldMap, string[]> = {
	code: [
		'code',
		'ma',
		'ma_dvhc',
		'madvhc',
		'ma_xa',
		'maxa',
		'ma_huyen',
		'mahuyen',
		'commune_code',
		'district_code_self',
		'gso_code',
		'id'
	],
	name: ['name', 'ten', 'ten_dvhc', 'tendvhc', 'ten_xa', 'tenxa', 'ten_huyen', 'tenhuyen', 'name_vi'],
	type: ['type', 'loai', 'kind', 'loai_dvhc', 'cap'],
	parent: ['district_code', 'ma_huyen', 'mahuyen', 'parent_code', 'ma_cha', 'parent'],
	population: ['population', 'dan_so', 'danso', 'pop', 'so_dan'],
	areaOfficial: ['area_km2_official', 'dien_tich', 'dientich', 'area_official', 'dien_tich_tu_nhien']
};

/** Property names of a province code, the parent of districts (and of communes in a two-tier dataset). */
const PROVINCE_PARENT = ['province_code', 'ma_tinh', 'matinh', 'parent_code'];

/** Property names that hold a commune's district code: a layer that has one belongs to a three-tier dataset. */
export const DISTRICT_PARENT = ['district_code', 'ma_huyen', 'mahuyen'];

const fold = (s: string) => foldVietnamese(s).replace(/\s+/g, '_');

/** Whether the keys include a district-code property (district_code, ma_huyen…). */
export function hasDistrictParent(keys: Iterable<string>): boolean {
	for (const k of keys) if (DISTRICT_PARENT.includes(fold(k))) return true;
	return false;
}

/**
 * Choose the property name for each field from the keys present in the features.
 * `forced` (from CLI flags or the upload form) wins. For a district layer the parent is the province.
 */
export function detectFields(
	keys: Iterable<string>,
	level: 'district' | 'commune',
	forced: Partial<FieldMap> = {},
	opts: { parentIsProvince?: boolean } = {}
): Partial<FieldMap> {
	const byFold = new Map<string, string>();
	for (const k of keys) if (!byFold.has(fold(k))) byFold.set(fold(k), k);
	const out: Partial<FieldMap> = {};
	for (const field of Object.keys(CANDIDATES) as (keyof FieldMap)[]) {
		if (forced[field]) {
			out[field] = forced[field];
			continue;
		}
		let cands = CANDIDATES[field];
		// In a district file "ma_huyen" is the unit's own code, not its parent.
		// A district's parent, and a commune's in a two-tier dataset (no district level), is the province.
		if ((level === 'district' || opts.parentIsProvince) && field === 'parent') cands = PROVINCE_PARENT;
		if (level === 'district' && field === 'code')
			cands = ['code', 'ma', 'ma_dvhc', 'ma_huyen', 'mahuyen', 'district_code', 'gso_code', 'id'];
		for (const c of cands) {
			const hit = byFold.get(c);
			if (hit) {
				out[field] = hit;
				break;
			}
		}
		// population_2019, dan_so_2022...: a population column with its year in the name.
		if (!out[field] && field === 'population') {
			for (const [f, orig] of byFold) if (/^(population|dan_so|danso)_(19|20)\d\d$/.test(f)) out[field] = orig;
		}
	}
	return out;
}

/** The year in a property name like population_2019, if any. */
export function yearInFieldName(name: string | undefined): string | null {
	const m = name ? /(19|20)\d\d$/.exec(name) : null;
	return m ? m[0] : null;
}
