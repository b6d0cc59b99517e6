import { describe, expect, it } from 'vitest';
import { fmtSpread, freeChains, median, pairGroups, pct, spread, viewTiles, type Edge } from '../../bench/figures';

describe('bench figures: the statistics of repeated runs (issue 14: median of at least 5 runs with min and max)', () => {
	it('median is the middle value of an odd count and the mean of the two middle values of an even count', () => {
		expect(median([5, 1, 3])).toBe(3);
		expect(median([4, 1, 3, 2])).toBe(2.5);
		expect(median([])).toBeNaN();
	});

	it('pct is the nearest-rank percentile: p99 of 100 values is the largest, p50 the 51st', () => {
		const xs = Array.from({ length: 100 }, (_, i) => 100 - i); // 100 … 1, unsorted on purpose
		expect(pct(xs, 99)).toBe(100);
		expect(pct(xs, 50)).toBe(51);
		expect(pct(xs, 0)).toBe(1);
		expect(pct([], 95)).toBeNaN();
	});

	it('spread gives median, min, max and count, and prints them', () => {
		const s = spread([842, 910, 801, 870, 830]);
		expect(s).toEqual({ median: 842, min: 801, max: 910, n: 5 });
		expect(fmtSpread(s)).toBe('842 ms (min 801, max 910, 5 runs)');
	});
});

describe('bench figures: the vector tiles of a dataset’s whole view (what the map page and the load bench fetch)', () => {
	it('a province 1.6° wide and tall is one screen of zoom-8 tiles (zoom 9 would need 4 rows, more than 3)', () => {
		// Worked by hand: at z 8, x = ⌊(lon+180)/360·256⌋: 107.2° → 204, 108.8° → 205; y (Web Mercator): 12.6° N →
		// 118, 11.0° N → 120. At z 9 the rows run 237 … 240: four.
		expect(viewTiles([107.2, 11.0, 108.8, 12.6])).toEqual([
			'8/204/118',
			'8/204/119',
			'8/204/120',
			'8/205/118',
			'8/205/119',
			'8/205/120'
		]);
	});

	it('a box smaller than a tile of the deepest zoom is that one tile at the deepest zoom (12)', () => {
		expect(viewTiles([108.45, 11.94, 108.451, 11.941])).toHaveLength(1);
		expect(viewTiles([108.45, 11.94, 108.451, 11.941])[0]).toMatch(/^12\//);
	});
});

describe('bench figures: the scale benches’ scenario and the communes they click', () => {
	// A strip of communes a–h, each bordering the next, and a side commune x bordering c.
	const edges: Edge[] = [
		['a', 'b'],
		['b', 'c'],
		['c', 'd'],
		['c', 'x'],
		['d', 'e'],
		['e', 'f'],
		['f', 'g'],
		['g', 'h']
	];

	it('pairGroups takes two adjacent free communes per group, in list order, until a third are in a group', () => {
		const { groups, taken } = pairGroups(edges, 12); // a third of 12 is 4: two groups
		expect(groups).toEqual([
			{ id: 'g1', level: 'commune', members: ['a', 'b'] },
			{ id: 'g2', level: 'commune', members: ['c', 'd'] }
		]);
		expect([...taken].sort()).toEqual(['a', 'b', 'c', 'd']);
	});

	it('freeChains gives disjoint chains of communes in no group, each commune bordering one before it', () => {
		const taken = new Set(['a', 'b']);
		const chains = freeChains(edges, taken, 2, 3);
		expect(chains).toHaveLength(2);
		const adjacent = (p: string, q: string) => edges.some(([a, b]) => (a === p && b === q) || (a === q && b === p));
		for (const chain of chains) {
			expect(chain).toHaveLength(3);
			for (const c of chain) expect(taken.has(c)).toBe(false);
			for (let i = 1; i < chain.length; i++) expect(chain.slice(0, i).some((p) => adjacent(p, chain[i]))).toBe(true);
		}
		expect(new Set(chains.flat()).size).toBe(6);
	});

	it('freeChains gives fewer chains when the free communes do not allow more', () => {
		// Free: c, d, e, f, g, h, x: two chains of 3 fit, a third does not.
		expect(freeChains(edges, new Set(['a', 'b']), 3, 3)).toHaveLength(2);
	});
});
