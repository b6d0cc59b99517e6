import { describe, expect, it } from 'vitest';
import { computeAdjacency, mergeManualEdges } from '../../src/lib/domain/geo/adjacency';
import { adjacencyIndex, gapBetweenParts, groupContiguity } from '../../src/lib/domain/geo/contiguity';
import { at, grid3x3, islandCase, square } from '../fixtures/geo';

const grid = adjacencyIndex(computeAdjacency(grid3x3()).edges);

describe('adjacencyIndex', () => {
	it('answers both directions and lists sorted neighbours', () => {
		expect(grid.isAdjacent('r1c1', 'r0c1')).toBe(true);
		expect(grid.isAdjacent('r0c1', 'r1c1')).toBe(true);
		expect(grid.isAdjacent('r0c0', 'r1c1')).toBe(false);
		expect(grid.neighbours('r1c1')).toEqual(['r0c1', 'r1c0', 'r1c2', 'r2c1']);
		expect(grid.neighbours('r0c0')).toEqual(['r0c1', 'r1c0']);
		expect(grid.neighbours('nope')).toEqual([]);
	});
});

describe('groupContiguity', () => {
	it('a diagonal pair is two parts (a corner contact does not connect)', () => {
		const r = groupContiguity(['r0c0', 'r1c1'], grid.isAdjacent);
		expect(r.contiguous).toBe(false);
		expect(r.parts).toEqual([['r0c0'], ['r1c1']]);
	});

	it('an L through a rook neighbour is one part', () => {
		const r = groupContiguity(['r0c0', 'r1c1', 'r0c1'], grid.isAdjacent);
		expect(r).toEqual({ contiguous: true, parts: [['r0c0', 'r0c1', 'r1c1']] });
	});

	it('sorts parts largest first', () => {
		const r = groupContiguity(['r2c2', 'r0c0', 'r0c1', 'r1c0'], grid.isAdjacent);
		expect(r.parts).toEqual([['r0c0', 'r0c1', 'r1c0'], ['r2c2']]);
	});

	it('an empty or single-unit group is contiguous', () => {
		expect(groupContiguity([], grid.isAdjacent).contiguous).toBe(true);
		expect(groupContiguity(['r0c0', 'r0c0'], grid.isAdjacent)).toEqual({ contiguous: true, parts: [['r0c0']] });
	});

	it('an island becomes contiguous with its manual edge', () => {
		const { units, manual } = islandCase();
		const computed = computeAdjacency(units).edges;
		expect(groupContiguity(['MAIN', 'ISLE'], adjacencyIndex(computed).isAdjacent).contiguous).toBe(false);
		const merged = adjacencyIndex(mergeManualEdges(computed, manual));
		expect(groupContiguity(['MAIN', 'ISLE'], merged.isAdjacent).contiguous).toBe(true);
	});
});

describe('gapBetweenParts', () => {
	it('finds the 500 m gap between two separated parts and its end points', () => {
		const big = [square(0, 0), square(0, 1)]; // 2 km² part as two unit geometries
		const small = square(1.5, 0.25, 0.5);
		const g = gapBetweenParts([small, big])!;
		expect(g.parts).toEqual([1, 0]); // largest first
		expect(g.distanceKm).toBeCloseTo(0.5, 3);
		const [p, q] = g.line.coordinates;
		expect(p[0]).toBeCloseTo(at(1, 0)[0], 6); // on the big part's east side
		expect(q[0]).toBeCloseTo(at(1.5, 0)[0], 6); // on the small part's west side
		expect(p[1]).toBeGreaterThanOrEqual(at(0, 0.25)[1] - 1e-9);
		expect(p[1]).toBeLessThanOrEqual(at(0, 0.75)[1] + 1e-9);
	});

	it('a corner contact is a zero gap at the corner', () => {
		const g = gapBetweenParts([square(0, 0), square(1, 1)])!;
		expect(g.distanceKm).toBeLessThan(1e-6);
		expect(g.line.coordinates[0][0]).toBeCloseTo(at(1, 1)[0], 6);
		expect(g.line.coordinates[0][1]).toBeCloseTo(at(1, 1)[1], 6);
	});

	it('returns null for fewer than two parts', () => {
		expect(gapBetweenParts([square(0, 0)])).toBeNull();
	});
});
