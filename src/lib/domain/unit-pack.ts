/**
 * A dataset's units packed for the page (issue 14 item 6): column by column, with repeated strings (source texts,
 * dates, kinds, parent codes) given once in a dictionary. Ten thousand communes as an array of objects were ~8 MB of
 * page data (every key name repeated per unit) that the server took a second to serialise and the browser to parse;
 * packed they are a few arrays of values. `unpackUnits(packUnits(u))` gives back equal units.
 */
import type { UnitView } from './units.ts';

/** One field of every unit: the values in unit order, or indexes into a dictionary of the distinct values. */
type Column = { v: unknown[] } | { d: unknown[]; i: number[] };

export interface PackedUnits {
	n: number;
	columns: Record<string, Column>;
}

/** A column is a dictionary when its distinct primitive values are few (at most a quarter of the units). */
function column(values: unknown[]): Column {
	const primitive = values.every((v) => v === null || v === undefined || typeof v !== 'object');
	if (!primitive || values.length < 8) return { v: values };
	const at = new Map<unknown, number>();
	const d: unknown[] = [];
	const i = new Array<number>(values.length);
	for (let k = 0; k < values.length; k++) {
		let j = at.get(values[k]);
		if (j === undefined) {
			if (d.length > values.length / 4) return { v: values };
			at.set(values[k], (j = d.length));
			d.push(values[k]);
		}
		i[k] = j;
	}
	return { d, i };
}

export function packUnits(units: readonly UnitView[]): PackedUnits {
	const keys = new Set<string>();
	for (const u of units) for (const k of Object.keys(u)) keys.add(k);
	const columns: Record<string, Column> = {};
	for (const k of keys) columns[k] = column(units.map((u) => (u as unknown as Record<string, unknown>)[k]));
	return { n: units.length, columns };
}

export function unpackUnits(p: PackedUnits): UnitView[] {
	const out: Record<string, unknown>[] = Array.from({ length: p.n }, () => ({}));
	for (const [k, c] of Object.entries(p.columns)) {
		for (let j = 0; j < p.n; j++) {
			const v = 'v' in c ? c.v[j] : c.d[c.i[j]];
			// A key a unit does not have stays absent.
			if (v !== undefined) out[j][k] = v;
		}
	}
	return out as unknown as UnitView[];
}
