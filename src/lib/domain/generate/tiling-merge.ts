/**
 * Merging nodes of a planar tiling (tiling.ts): pairs of nodes become one, at the mean of their members, and the
 * rings and shared edges are rebuilt so the cells still tile the selection exactly.
 */
import type { PlanarTiling } from './tiling';

/** Merge node pairs (union-find), place each merged node at the mean of its members, and rebuild rings and edges. */
export function mergeNodes(t: PlanarTiling, pairs: [number, number][]): void {
	const parent = t.raw.parent;
	const find = (a: number): number => {
		while (parent[a] !== a) {
			parent[a] = parent[parent[a]];
			a = parent[a];
		}
		return a;
	};
	const touched = new Set<number>();
	for (const [a, b] of pairs) {
		const ra = find(a),
			rb = find(b);
		if (ra === rb) continue;
		const [keep, drop] = ra < rb ? [ra, rb] : [rb, ra];
		parent[drop] = keep;
		touched.add(keep);
	}
	if (touched.size) {
		// Place each touched root at the mean of its members' current positions.
		const sum = new Map<number, [number, number, number]>();
		const roots = parent.map((_, i) => find(i));
		roots.forEach((r, i) => {
			if (!touched.has(r)) return;
			const s = sum.get(r) ?? [0, 0, 0];
			s[0] += t.nodeX[i];
			s[1] += t.nodeY[i];
			s[2]++;
			sum.set(r, s);
		});
		roots.forEach((r, i) => {
			const s = sum.get(r);
			if (!s) return;
			t.nodeX[i] = s[0] / s[2];
			t.nodeY[i] = s[1] / s[2];
		});
	}
	rebuildTopology(t, find);
}

/** Rebuild rings and edges from the raw topology and the current node merges. */
function rebuildTopology(t: PlanarTiling, find: (a: number) => number): void {
	const edgeKey = new Map<number, number>();
	const nCells = t.cells.length;
	t.edges = [];
	t.raw.ring.forEach((raw, c) => {
		const rawNbr = t.raw.nbr[c];
		const ring: number[] = [];
		const nbr: number[] = [];
		for (let k = 0; k < raw.length; k++) {
			const a = find(raw[k]),
				b = find(raw[(k + 1) % raw.length]);
			if (a === b) continue; // a collapsed side
			ring.push(a);
			nbr.push(rawNbr[k]);
		}
		const cell = t.cells[c];
		cell.ring = ring;
		cell.nbr = nbr;
		cell.edge = ring.map((a, k) => {
			const b = ring[(k + 1) % ring.length];
			const q = nbr[k];
			if (q < 0) {
				t.edges.push({ a, b, left: c, right: -1 });
				return t.edges.length - 1;
			}
			const key = Math.min(c, q) * nCells + Math.max(c, q);
			const id = edgeKey.get(key);
			if (id !== undefined) {
				const e = t.edges[id];
				if (e.a !== b || e.b !== a) throw new Error('tiling: inconsistent shared edge');
				e.right = c;
				return id;
			}
			t.edges.push({ a, b, left: c, right: q });
			edgeKey.set(key, t.edges.length - 1);
			return t.edges.length - 1;
		});
	});
	// Corner contacts: two cells around one node that share no edge (opposite cells at a four-cell corner).
	const nodeCells = new Map<number, number[]>();
	t.cells.forEach((cell, c) => {
		for (const v of cell.ring) {
			const list = nodeCells.get(v);
			if (list) list.push(c);
			else nodeCells.set(v, [c]);
		}
	});
	const corner = new Map<number, [number, number]>();
	for (const list of nodeCells.values()) {
		if (list.length < 4) continue; // around a three-cell node every pair shares an edge
		for (let i = 0; i < list.length; i++) {
			for (let j = i + 1; j < list.length; j++) {
				const p = Math.min(list[i], list[j]),
					q = Math.max(list[i], list[j]);
				if (!edgeKey.has(p * nCells + q)) corner.set(p * nCells + q, [p, q]);
			}
		}
	}
	t.cornerPairs = [...corner.values()].sort((u, v) => u[0] - v[0] || u[1] - v[1]);
}
