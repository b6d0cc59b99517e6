/**
 * Uniform-grid spatial hashes for the topology builder. On a layer of similar-sized units they answer the
 * "what is within a few tens of metres" questions several times faster than a tree, and with typed arrays only.
 */

/** Open-addressing hash from an integer cell (ix, iy) to an integer value (−1 = absent). */
export class CellHash {
	private keysX: Int32Array;
	private keysY: Int32Array;
	private vals: Int32Array;
	private mask: number;
	size = 0;
	constructor(expected: number) {
		let cap = 16;
		while (cap < expected * 2) cap *= 2;
		this.keysX = new Int32Array(cap);
		this.keysY = new Int32Array(cap);
		this.vals = new Int32Array(cap).fill(-1);
		this.mask = cap - 1;
	}
	private slot(ix: number, iy: number): number {
		// Combine both coordinates, then the murmur3 finaliser: low bits of a plain product are poorly mixed
		// and neighbouring cells would pile up in linear probing.
		let h = Math.imul(ix, 0x9e3779b1) + iy;
		h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
		h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
		h = (h ^ (h >>> 16)) & this.mask;
		for (;;) {
			if (this.vals[h] === -1 || (this.keysX[h] === ix && this.keysY[h] === iy)) return h;
			h = (h + 1) & this.mask;
		}
	}
	/** Value stored for cell (ix, iy), or −1. */
	get(ix: number, iy: number): number {
		return this.vals[this.slot(ix, iy)];
	}
	/** Stores a value (≥ 0) for cell (ix, iy). */
	set(ix: number, iy: number, v: number): void {
		const h = this.slot(ix, iy);
		if (this.vals[h] === -1) {
			this.size++;
			this.keysX[h] = ix;
			this.keysY[h] = iy;
			if (this.size * 2 > this.vals.length) {
				this.vals[h] = v;
				this.grow();
				return;
			}
		}
		this.vals[h] = v;
	}
	private grow(): void {
		const kx = this.keysX;
		const ky = this.keysY;
		const vals = this.vals;
		const cap = vals.length * 2;
		this.keysX = new Int32Array(cap);
		this.keysY = new Int32Array(cap);
		this.vals = new Int32Array(cap).fill(-1);
		this.mask = cap - 1;
		for (let i = 0; i < vals.length; i++) {
			if (vals[i] === -1) continue;
			const h = this.slot(kx[i], ky[i]);
			this.keysX[h] = kx[i];
			this.keysY[h] = ky[i];
			this.vals[h] = vals[i];
		}
	}
}

/**
 * Static grid of items with bounding boxes: each item is listed in every cell its box overlaps (CSR).
 * The cell size should be about the typical item size so that an item spans a few cells; items much longer
 * than a cell are listed in many cells, which costs memory but stays correct.
 */
export class BoxGrid {
	readonly cell: number;
	/** Cell (ix, iy) → cell number; items of cell c are items[start[c] .. start[c+1]). */
	readonly hash: CellHash;
	readonly start: Int32Array;
	readonly items: Int32Array;
	constructor(count: number, minX: Float64Array, minY: Float64Array, maxX: Float64Array, maxY: Float64Array, cell: number) {
		this.cell = cell;
		const inv = 1 / cell;
		// Pass 1: count items per cell, numbering cells in first-seen order.
		const hash = new CellHash(count * 2);
		this.hash = hash;
		let counts = new Int32Array(Math.max(16, count * 2));
		let cells = 0;
		for (let i = 0; i < count; i++) {
			const x0 = Math.floor(minX[i] * inv);
			const x1 = Math.floor(maxX[i] * inv);
			const y0 = Math.floor(minY[i] * inv);
			const y1 = Math.floor(maxY[i] * inv);
			for (let cx = x0; cx <= x1; cx++)
				for (let cy = y0; cy <= y1; cy++) {
					let c = hash.get(cx, cy);
					if (c === -1) {
						c = cells++;
						hash.set(cx, cy, c);
						if (c >= counts.length) {
							const grown = new Int32Array(counts.length * 2);
							grown.set(counts);
							counts = grown;
						}
					}
					counts[c]++;
				}
		}
		const start = new Int32Array(cells + 1);
		for (let c = 0; c < cells; c++) start[c + 1] = start[c] + counts[c];
		const fill = start.slice(0, cells);
		const items = new Int32Array(start[cells]);
		for (let i = 0; i < count; i++) {
			const x0 = Math.floor(minX[i] * inv);
			const x1 = Math.floor(maxX[i] * inv);
			const y0 = Math.floor(minY[i] * inv);
			const y1 = Math.floor(maxY[i] * inv);
			for (let cx = x0; cx <= x1; cx++)
				for (let cy = y0; cy <= y1; cy++) items[fill[hash.get(cx, cy)]++] = i;
		}
		this.start = start;
		this.items = items;
	}
	/**
	 * Calls visit(item, cellX, cellY) for every item listed in a cell overlapping the box; an item spanning
	 * several of those cells is visited once per cell (callers dedupe, e.g. with ownerCell below).
	 */
	query(minX: number, minY: number, maxX: number, maxY: number, visit: (item: number, cx: number, cy: number) => void): void {
		const inv = 1 / this.cell;
		const x0 = Math.floor(minX * inv);
		const x1 = Math.floor(maxX * inv);
		const y0 = Math.floor(minY * inv);
		const y1 = Math.floor(maxY * inv);
		for (let cx = x0; cx <= x1; cx++)
			for (let cy = y0; cy <= y1; cy++) {
				const c = this.hash.get(cx, cy);
				if (c === -1) continue;
				for (let k = this.start[c]; k < this.start[c + 1]; k++) visit(this.items[k], cx, cy);
			}
	}
	/** Cell index along one axis of a coordinate (to dedupe pairs: test a pair only in the cell of its overlap corner). */
	cellOf(v: number): number {
		return Math.floor(v / this.cell);
	}
}
