/**
 * Dense uniform grids for the topology builder. A layer's items (vertices, edges) are spread fairly evenly, so a
 * grid sized to about one item per cell answers "what is within a few tens of metres" with a few array reads,
 * and, unlike a hash, neighbouring cells sit next to each other in memory (the builder walks rings in order,
 * so its queries stay cache-friendly). Coordinates in projected metres.
 */

/** Geometry of a dense grid: origin, cell size (m) and number of cells along x and y. */
export class GridSpec {
	readonly x0: number;
	readonly y0: number;
	readonly cell: number;
	readonly nx: number;
	readonly ny: number;
	private readonly inv: number;
	/**
	 * A grid over the box with about `targetCells` cells, never smaller than `minCell` (m), capped at
	 * `maxCells` cells (larger cells then) so that memory stays bounded on a sparse, far-flung layer.
	 */
	constructor(
		minX: number,
		minY: number,
		maxX: number,
		maxY: number,
		targetCells: number,
		minCell: number,
		maxCells = 1 << 22
	) {
		const w = Math.max(maxX - minX, 1e-9);
		const h = Math.max(maxY - minY, 1e-9);
		let cell = Math.max(minCell, Math.sqrt((w * h) / Math.max(1, targetCells)), 1e-6);
		while (Math.ceil(w / cell + 1) * Math.ceil(h / cell + 1) > maxCells) cell *= 1.5;
		this.x0 = minX;
		this.y0 = minY;
		this.cell = cell;
		this.inv = 1 / cell;
		this.nx = Math.ceil(w / cell) + 1;
		this.ny = Math.ceil(h / cell) + 1;
	}
	/** Column of x, clamped to the grid. */
	ix(x: number): number {
		const i = Math.floor((x - this.x0) * this.inv);
		return i < 0 ? 0 : i >= this.nx ? this.nx - 1 : i;
	}
	/** Row of y, clamped to the grid. */
	iy(y: number): number {
		const i = Math.floor((y - this.y0) * this.inv);
		return i < 0 ? 0 : i >= this.ny ? this.ny - 1 : i;
	}
	get cellCount(): number {
		return this.nx * this.ny;
	}
}

/**
 * Static grid of boxes (points are boxes of zero size): each item is listed in every cell its box overlaps,
 * as compressed rows: items of cell c are items[start[c] .. start[c+1]).
 */
export class BoxGrid {
	readonly spec: GridSpec;
	readonly start: Int32Array;
	readonly items: Int32Array;
	constructor(
		spec: GridSpec,
		count: number,
		minX: Float64Array,
		minY: Float64Array,
		maxX: Float64Array,
		maxY: Float64Array
	) {
		this.spec = spec;
		const nx = spec.nx;
		const cells = spec.cellCount;
		const start = new Int32Array(cells + 1);
		for (let i = 0; i < count; i++) {
			const x0 = spec.ix(minX[i]);
			const x1 = spec.ix(maxX[i]);
			const y0 = spec.iy(minY[i]);
			const y1 = spec.iy(maxY[i]);
			for (let cy = y0; cy <= y1; cy++) for (let cx = x0; cx <= x1; cx++) start[cy * nx + cx + 1]++;
		}
		for (let c = 0; c < cells; c++) start[c + 1] += start[c];
		const fill = start.slice(0, cells);
		const items = new Int32Array(start[cells]);
		for (let i = 0; i < count; i++) {
			const x0 = spec.ix(minX[i]);
			const x1 = spec.ix(maxX[i]);
			const y0 = spec.iy(minY[i]);
			const y1 = spec.iy(maxY[i]);
			for (let cy = y0; cy <= y1; cy++) for (let cx = x0; cx <= x1; cx++) items[fill[cy * nx + cx]++] = i;
		}
		this.start = start;
		this.items = items;
	}
}
