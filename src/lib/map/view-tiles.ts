/**
 * The vector tiles a map shows a whole dataset with (the dataset map's first view): used by the server to cut them
 * ahead of the first visit (server start-warm.ts) and by the benchmarks to fetch what a first visit fetches.
 */
import { UNIT_TILE_MAX_ZOOM } from './style.ts';

/**
 * The tiles showing the whole dataset: the deepest zoom (at most UNIT_TILE_MAX_ZOOM) at
 * which its lon/lat box spans at most 4 × 3 tiles (a screen of 512-px tiles), every tile of that zoom over the box.
 */
export function viewTiles([w, s, e, n]: [number, number, number, number]): string[] {
	const tx = (lon: number, z: number) => Math.floor(((lon + 180) / 360) * 2 ** z);
	const ty = (lat: number, z: number) => {
		const r = (lat * Math.PI) / 180;
		return Math.floor(((1 - Math.log(Math.tan(r) + 1 / Math.cos(r)) / Math.PI) / 2) * 2 ** z);
	};
	let z = UNIT_TILE_MAX_ZOOM;
	while (z > 0 && (tx(e, z) - tx(w, z) >= 4 || ty(s, z) - ty(n, z) >= 3)) z--;
	const out: string[] = [];
	for (let x = tx(w, z); x <= tx(e, z); x++) for (let y = ty(n, z); y <= ty(s, z); y++) out.push(`${z}/${x}/${y}`);
	return out;
}
