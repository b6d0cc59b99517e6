/**
 * A dataset's units packed for the page (issue 14 item 6): column by column, with repeated strings (source texts,
 * dates, kinds, parent codes) given once in a dictionary. Ten thousand communes as an array of objects were ~8 MB of
 * page data (every key name repeated per unit) that the server took a second to serialise and the browser to parse;
 * packed they are a few arrays of values. `unpackUnits(packUnits(u))` gives back equal units.
 */
import type { AdjacencyEdge, ScenarioAdjacency } from './scenario/basis.ts';
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

/**
 * A dataset's adjacency of both levels as indices into its packed units (issue 14 item 4: as unit codes the edges
 * of 10,000 communes were 0.8 MB of every scenario page's data). Each level is a flat list of numbers, two per edge
 * and delta coded: the edge's first unit's index less the previous edge's first unit's index, then its second
 * unit's index less its first's. The stored edges come grouped by their first unit, so most numbers are small.
 */
export interface PackedAdjacency {
	district: number[];
	commune: number[];
}

/** The units' body of GET /api/datasets/[id]/units: the packed units and their adjacency. */
export interface PackedUnitsBody extends PackedUnits {
	adjacency: PackedAdjacency;
}

/** The edges as indices into `codes` (the units' codes in packing order); an edge naming another code is left out. */
export function packAdjacency(codes: readonly string[], adjacency: ScenarioAdjacency): PackedAdjacency {
	const at = new Map<string, number>();
	codes.forEach((c, i) => at.set(c, i));
	const level = (edges: readonly AdjacencyEdge[]) => {
		const out: number[] = [];
		let prev = 0;
		for (const e of edges) {
			const i = at.get(e.a);
			const j = at.get(e.b);
			if (i === undefined || j === undefined) continue;
			out.push(i - prev, j - i);
			prev = i;
		}
		return out;
	};
	return { district: level(adjacency.district), commune: level(adjacency.commune) };
}

/** The edges as unit codes again (what `scenarioBasis` takes), from the units' codes in packing order. */
export function unpackAdjacency(codes: readonly string[], packed: PackedAdjacency): ScenarioAdjacency {
	const level = (d: readonly number[]) => {
		const out: AdjacencyEdge[] = [];
		let i = 0;
		for (let k = 0; k + 1 < d.length; k += 2) {
			i += d[k];
			const a = codes[i];
			const b = codes[i + d[k + 1]];
			if (a !== undefined && b !== undefined) out.push({ a, b });
		}
		return out;
	};
	return { district: level(packed.district), commune: level(packed.commune) };
}

/** A dataset's units and its adjacency of both levels as unit code pairs (what `scenarioBasis` takes). */
export interface UnitsWithAdjacency {
	units: UnitView[];
	adjacency: ScenarioAdjacency;
}

/** The units' body decoded (the browser's side of GET /api/datasets/[id]/units): its units and adjacency. */
export function unpackUnitsBody(body: PackedUnitsBody): UnitsWithAdjacency {
	const units = unpackUnits(body);
	return {
		units,
		adjacency: unpackAdjacency(
			units.map((u) => u.code),
			body.adjacency
		)
	};
}
