/**
 * Grouping of cells into contiguous districts by region growing on the cell adjacency graph.
 */
import { MinHeap } from './min-heap';

/** Options of {@link partitionCells}. */
export interface PartitionOptions {
	x: ArrayLike<number>; // cell sites, km
	y: ArrayLike<number>;
	adjacency: number[][]; // neighbour cell indices sharing a border of positive length
	districts: number; // number of districts wanted
	forcedSeeds: number[]; // cells that must seed districts 0, 1, … (the city and towns)
	minSize: number; // balancing targets, in cells
	maxSize: number;
}

/**
 * Partition cells into `districts` contiguous groups of about equal count: k-means seeds, round-robin growth from
 * the seeds (each district takes its nearest free neighbour cell in turn), then boundary moves that bring sizes
 * into [minSize, maxSize] without ever disconnecting a district. Returns the district index of every cell.
 */
export function partitionCells(o: PartitionOptions): Int32Array {
	const n = o.adjacency.length;
	const k = Math.max(1, Math.min(o.districts, n));
	const seeds = chooseSeeds(o, k);
	const districtOf = new Int32Array(n).fill(-1);
	const members: number[][] = seeds.map(() => []);
	const heaps = seeds.map(() => new MinHeap());
	const dist2 = (c: number, s: number) => (o.x[c] - o.x[s]) ** 2 + (o.y[c] - o.y[s]) ** 2;
	seeds.forEach((s, d) => {
		districtOf[s] = d;
		members[d].push(s);
		for (const q of o.adjacency[s]) heaps[d].push(q, dist2(q, s));
	});
	// Capacities: n split as evenly as possible.
	const cap = seeds.map((_, d) => Math.floor(((d + 1) * n) / k) - Math.floor((d * n) / k));
	const active = seeds.map(() => true);
	let anyActive = true;
	while (anyActive) {
		anyActive = false;
		for (let d = 0; d < k; d++) {
			if (!active[d]) continue;
			if (members[d].length >= cap[d]) {
				active[d] = false;
				continue;
			}
			let c = heaps[d].pop();
			while (c !== -1 && districtOf[c] !== -1) c = heaps[d].pop();
			if (c === -1) {
				active[d] = false;
				continue;
			}
			districtOf[c] = d;
			members[d].push(c);
			for (const q of o.adjacency[c]) if (districtOf[q] === -1) heaps[d].push(q, dist2(q, seeds[d]));
			anyActive = true;
		}
	}
	// Cells left over (every district around them was full): join the smallest neighbouring district.
	for (let changed = true; changed;) {
		changed = false;
		for (let c = 0; c < n; c++) {
			if (districtOf[c] !== -1) continue;
			let best = -1;
			for (const q of o.adjacency[c]) {
				const d = districtOf[q];
				if (d !== -1 && (best === -1 || members[d].length < members[best].length)) best = d;
			}
			if (best === -1) continue;
			districtOf[c] = best;
			members[best].push(c);
			changed = true;
		}
	}
	balance(o, districtOf, members, new Set(seeds));
	return districtOf;
}

/** k seeds: k-means (Lloyd) on the cell sites with every cell weighing one, forced seeds replacing their nearest centre. */
function chooseSeeds(o: PartitionOptions, k: number): number[] {
	const n = o.adjacency.length;
	// Initial centres: cells in serpentine row order, taken at even count intervals.
	let minX = Infinity,
		maxX = -Infinity,
		minY = Infinity,
		maxY = -Infinity;
	for (let c = 0; c < n; c++) {
		minX = Math.min(minX, o.x[c]);
		maxX = Math.max(maxX, o.x[c]);
		minY = Math.min(minY, o.y[c]);
		maxY = Math.max(maxY, o.y[c]);
	}
	const band = Math.max(1e-9, Math.sqrt(((maxX - minX) * (maxY - minY)) / k));
	const order = Array.from({ length: n }, (_, c) => c);
	const row = (c: number) => Math.floor((o.y[c] - minY) / band);
	order.sort((a, b) => row(a) - row(b) || (row(a) % 2 === 0 ? o.x[a] - o.x[b] : o.x[b] - o.x[a]) || a - b);
	const cx = new Float64Array(k),
		cy = new Float64Array(k);
	for (let d = 0; d < k; d++) {
		const c = order[Math.floor(((d + 0.5) * n) / k)];
		cx[d] = o.x[c];
		cy[d] = o.y[c];
	}
	const assign = new Int32Array(n);
	const bucket = new SpatialBuckets(band);
	for (let iter = 0; iter < 8; iter++) {
		bucket.reset(cx, cy);
		for (let c = 0; c < n; c++) assign[c] = bucket.nearest(o.x[c], o.y[c]);
		const sx = new Float64Array(k),
			sy = new Float64Array(k),
			cnt = new Float64Array(k);
		for (let c = 0; c < n; c++) {
			sx[assign[c]] += o.x[c];
			sy[assign[c]] += o.y[c];
			cnt[assign[c]]++;
		}
		for (let d = 0; d < k; d++) {
			if (cnt[d] === 0) continue;
			cx[d] = sx[d] / cnt[d];
			cy[d] = sy[d] / cnt[d];
		}
	}
	// Forced seeds take over the nearest centre not yet taken and are moved to the front.
	const used = new Uint8Array(k);
	const result: number[] = [];
	for (const f of o.forcedSeeds.slice(0, k)) {
		let best = -1,
			bd = Infinity;
		for (let d = 0; d < k; d++) {
			const dd = (cx[d] - o.x[f]) ** 2 + (cy[d] - o.y[f]) ** 2;
			if (!used[d] && dd < bd) {
				bd = dd;
				best = d;
			}
		}
		used[best] = 1;
		result.push(f);
	}
	// Other centres snap to the nearest cell not yet a seed.
	const isSeed = new Set(result);
	bucket.reset(
		Float64Array.from(Array.from({ length: n }, (_, c) => o.x[c])),
		Float64Array.from(Array.from({ length: n }, (_, c) => o.y[c]))
	);
	for (let d = 0; d < k; d++) {
		if (used[d]) continue;
		const c = bucket.nearest(cx[d], cy[d], (c) => !isSeed.has(c));
		isSeed.add(c);
		result.push(c);
	}
	return result;
}

/** Move boundary cells between neighbouring districts until sizes fall within [minSize, maxSize] (or no move helps). */
function balance(o: PartitionOptions, districtOf: Int32Array, members: number[][], seeds: Set<number>): void {
	const connectedWithout = (d: number, removed: number): boolean => {
		const list = members[d].filter((c) => c !== removed);
		if (list.length === 0) return false;
		const seen = new Set<number>([list[0]]);
		const stack = [list[0]];
		while (stack.length) {
			const c = stack.pop()!;
			for (const q of o.adjacency[c]) {
				if (q !== removed && districtOf[q] === d && !seen.has(q)) {
					seen.add(q);
					stack.push(q);
				}
			}
		}
		return seen.size === list.length;
	};
	const move = (c: number, to: number) => {
		const from = districtOf[c];
		members[from].splice(members[from].indexOf(c), 1);
		members[to].push(c);
		districtOf[c] = to;
	};
	for (let pass = 0; pass < 60; pass++) {
		let moved = false;
		const order = members.map((_, d) => d).sort((a, b) => members[b].length - members[a].length || a - b);
		for (const d of order) {
			const size = members[d].length;
			if (size > o.maxSize) {
				// Give a boundary cell to the smallest neighbouring district that is at least two smaller.
				let best: [number, number] | null = null;
				for (const c of [...members[d]].sort((a, b) => a - b)) {
					if (seeds.has(c)) continue;
					for (const q of o.adjacency[c]) {
						const e = districtOf[q];
						if (e === d || members[e].length >= size - 1) continue;
						if (!best || members[e].length < members[best[1]].length) best = [c, e];
					}
				}
				if (best && connectedWithout(d, best[0])) {
					move(best[0], best[1]);
					moved = true;
				}
			} else if (size < o.minSize) {
				// Take a boundary cell from the largest neighbouring district that is at least two larger.
				let best: [number, number] | null = null;
				for (const c of [...members[d]].sort((a, b) => a - b)) {
					for (const q of o.adjacency[c]) {
						const e = districtOf[q];
						if (e === d || seeds.has(q) || members[e].length <= size + 1) continue;
						if (!best || members[e].length > members[districtOf[best[0]]].length) {
							if (connectedWithout(e, q)) best = [q, d];
						}
					}
				}
				if (best) {
					move(best[0], best[1]);
					moved = true;
				}
			}
		}
		if (!moved) break;
	}
}

/** A uniform grid over points for nearest-point queries (expanding ring search). */
class SpatialBuckets {
	private cells = new Map<string, number[]>();
	private bounds = [0, 0, 0, 0]; // min/max grid x, min/max grid y
	private xs: ArrayLike<number> = [];
	private ys: ArrayLike<number> = [];
	constructor(private size: number) {}
	reset(xs: ArrayLike<number>, ys: ArrayLike<number>): void {
		this.xs = xs;
		this.ys = ys;
		this.cells.clear();
		this.bounds = [Infinity, -Infinity, Infinity, -Infinity];
		for (let i = 0; i < xs.length; i++) {
			const gx = Math.floor(xs[i] / this.size),
				gy = Math.floor(ys[i] / this.size);
			this.bounds = [
				Math.min(this.bounds[0], gx),
				Math.max(this.bounds[1], gx),
				Math.min(this.bounds[2], gy),
				Math.max(this.bounds[3], gy)
			];
			const key = `${gx},${gy}`;
			const list = this.cells.get(key);
			if (list) list.push(i);
			else this.cells.set(key, [i]);
		}
	}
	/** Index of the nearest point accepted by `ok` (ties → lower index). */
	nearest(x: number, y: number, ok: (i: number) => boolean = () => true): number {
		const gx = Math.floor(x / this.size),
			gy = Math.floor(y / this.size);
		let best = -1,
			bd = Infinity;
		const [x0, x1, y0, y1] = this.bounds;
		for (let r = 0; ; r++) {
			for (let ix = gx - r; ix <= gx + r; ix++) {
				for (let iy = gy - r; iy <= gy + r; iy++) {
					if (Math.max(Math.abs(ix - gx), Math.abs(iy - gy)) !== r) continue;
					const list = this.cells.get(`${ix},${iy}`);
					if (!list) continue;
					for (const i of list) {
						if (!ok(i)) continue;
						const dd = (this.xs[i] - x) ** 2 + (this.ys[i] - y) ** 2;
						if (dd < bd || (dd === bd && i < best)) {
							bd = dd;
							best = i;
						}
					}
				}
			}
			// Every point in ring r+1 or beyond is at least r·size away.
			if (best !== -1 && bd <= (r * this.size) ** 2) break;
			if (gx - r <= x0 && gx + r >= x1 && gy - r <= y0 && gy + r >= y1) break; // whole grid searched
		}
		return best;
	}
}
