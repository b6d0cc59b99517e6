/** Sorting of the staffing grid (pure): by a column, missing values last either way, ties by code. */
import type { StaffingInputField, StaffingInputRow } from '$lib/domain/staffing/inputs';

export type SortKey = 'code' | 'name' | 'kind' | 'district' | 'population' | 'area' | 'estimate' | StaffingInputField;

/** The value a row is sorted by. */
export function sortValue(r: StaffingInputRow, k: SortKey): string | number | null {
	switch (k) {
		case 'code':
			return r.code;
		case 'name':
			return r.name;
		case 'kind':
			return r.kind;
		case 'district':
			return r.districtName;
		case 'population':
			return r.population;
		case 'area':
			return r.areaKm2;
		case 'estimate':
			return r.estimate?.points ?? null;
		case 'communeClass':
			return r.communeClass ? r.communeClass.length : null; // I < II < III
		default:
			return r[k];
	}
}

/** The codes of the rows in sorted order (dir 1 ascending, −1 descending). */
export function sortedCodes(rows: readonly StaffingInputRow[], k: SortKey, dir: 1 | -1): string[] {
	const list = [...rows];
	list.sort((a, b) => {
		const va = sortValue(a, k);
		const vb = sortValue(b, k);
		if (va == null && vb == null) return a.code.localeCompare(b.code);
		if (va == null) return 1; // not entered: last either way
		if (vb == null) return -1;
		const c = typeof va === 'number' && typeof vb === 'number' ? va - vb : String(va).localeCompare(String(vb), 'vi');
		return c === 0 ? a.code.localeCompare(b.code) : c * dir;
	});
	return list.map((r) => r.code);
}
