/**
 * How a unit is named in every list a committee reads: a commune with its district ("Phường 1 — TP Đà Lạt"),
 * since a province can hold several communes of one name (Lâm Đồng has two "Phường 1"). One function, used by
 * the subject list, the "still to arrange" list, group members, group names and search results.
 */
import type { UnitRecord } from './units.ts';

type Named = Pick<UnitRecord, 'name' | 'parentCode'> & { level: string };

/** A district's name as written after a commune: "Thành phố Đà Lạt" → "TP Đà Lạt", "Thị xã X" → "TX X". */
export function districtShortName(name: string): string {
	return name.replace(/^Thành phố /, 'TP ').replace(/^Thị xã /, 'TX ');
}

/**
 * The label of a unit: a commune (or a group of communes) followed by its district, "Phường 1 — TP Đà Lạt";
 * a district or a unit whose district is unknown by its own name. `districtName` looks a district code up.
 */
export function unitLabel(u: Named, districtName: (code: string) => string | null | undefined): string {
	if (u.level !== 'commune' || !u.parentCode) return u.name;
	const d = districtName(u.parentCode);
	return d ? `${u.name} — ${districtShortName(d)}` : u.name;
}

/** A lookup of district names by code, from a list of units, for `unitLabel`. */
export function districtNames(
	units: Iterable<Pick<UnitRecord, 'code' | 'name'> & { level: string }>
): (code: string) => string | null {
	const m = new Map<string, string>();
	for (const u of units) if (u.level === 'district') m.set(u.code, u.name);
	return (code) => m.get(code) ?? null;
}
