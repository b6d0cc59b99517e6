/**
 * Pure pieces the benchmarks share (no I/O, tested in tests/unit/bench-figures.test.ts): percentiles and the
 * median/min/max of repeated runs, the tiles of a dataset's whole view, the scenario the scale benchmarks plan on a
 * generated country (a group per two adjacent communes over a third of the communes, as tests/e2e/scale.test.ts
 * builds it) and the chains of free neighbours a user clicks into new groups.
 */

/** The p-th percentile (nearest rank, 0–100) of xs; NaN when there is none. */
export function pct(xs: number[], p: number): number {
	if (!xs.length) return NaN;
	const s = [...xs].sort((a, b) => a - b);
	return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
}

/** The median of an odd count is its middle value; of an even count, the mean of the two middle values. */
export function median(xs: number[]): number {
	if (!xs.length) return NaN;
	const s = [...xs].sort((a, b) => a - b);
	const m = s.length >> 1;
	return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

export interface Spread {
	median: number;
	min: number;
	max: number;
	n: number;
}

/** Median, min and max of repeated runs (how every repeated figure is printed). */
export function spread(xs: number[]): Spread {
	return {
		median: median(xs),
		min: xs.length ? Math.min(...xs) : NaN,
		max: xs.length ? Math.max(...xs) : NaN,
		n: xs.length
	};
}

/** "842 ms (min 801, max 910, 5 runs)". */
export function fmtSpread(s: Spread, unit = 'ms', digits = 0): string {
	const f = (x: number) => x.toFixed(digits);
	return `${f(s.median)} ${unit} (min ${f(s.min)}, max ${f(s.max)}, ${s.n} runs)`;
}

export { viewTiles } from '../src/lib/map/view-tiles.ts';

export type Edge = readonly [string, string];

/**
 * A scenario as a real plan would have one: a group per two adjacent communes, taken in the adjacency list's order,
 * until a third of the `communes` are in a group. Returns the groups and the communes they took.
 */
export function pairGroups(
	edges: readonly Edge[],
	communes: number
): { groups: { id: string; level: 'commune'; members: string[] }[]; taken: Set<string> } {
	const taken = new Set<string>();
	const groups: { id: string; level: 'commune'; members: string[] }[] = [];
	for (const [a, b] of edges) {
		if (taken.size >= communes / 3) break;
		if (taken.has(a) || taken.has(b)) continue;
		taken.add(a).add(b);
		groups.push({ id: `g${groups.length + 1}`, level: 'commune', members: [a, b] });
	}
	return { groups, taken };
}

/**
 * `count` chains of `length` communes in no group, for clicks that start a group and add to it: each commune of a
 * chain borders one before it, no commune is in two chains, and the chains start at evenly spaced places of the
 * adjacency list (different parts of the map). Fewer chains when the free communes do not allow more.
 */
export function freeChains(
	edges: readonly Edge[],
	taken: ReadonlySet<string>,
	count: number,
	length: number
): string[][] {
	const nb = new Map<string, string[]>();
	for (const [a, b] of edges) {
		nb.set(a, [...(nb.get(a) ?? []), b]);
		nb.set(b, [...(nb.get(b) ?? []), a]);
	}
	const used = new Set(taken);
	const chains: string[][] = [];
	for (let i = 0; i < edges.length && chains.length < count; i++) {
		// Start points evenly spaced over the list, then every edge after them.
		const k = (Math.floor((chains.length * edges.length) / count) + i) % edges.length;
		const start = edges[k][0];
		if (used.has(start)) continue;
		const chain = [start];
		while (chain.length < length) {
			const next = chain.flatMap((c) => nb.get(c) ?? []).find((c) => !used.has(c) && !chain.includes(c));
			if (!next) break;
			chain.push(next);
		}
		if (chain.length < length) continue;
		for (const c of chain) used.add(c);
		chains.push(chain);
		i = -1; // the next chain starts from its own place in the list
	}
	return chains;
}
