/**
 * From which zoom a map draws the district names: where an average district is about `minPx` screen pixels across.
 * A province's dozen districts are named at its first view (zoom ~8); a country's 833 are not at its first view (zoom
 * ~6, each district ~25 px wide), where their names would be a carpet that collision mostly hides and that the map's
 * worker still lays out before its first full paint (~300 ms of it at 10,000 communes); they appear as one zooms in.
 * Web Mercator: a degree of longitude is 512·2^z/360 px at any latitude; a degree of latitude about 1/cos(lat) times
 * that. Never above `cap` (the zoom where commune names take over).
 */
export function districtNamesFrom(
	bounds: readonly [number, number, number, number] | null,
	districts: number,
	cap: number,
	minPx = 50
): number {
	if (!bounds || districts <= 0) return 0;
	const [w, s, e, n] = bounds;
	const cos = Math.cos((((s + n) / 2) * Math.PI) / 180);
	// The box in longitude degrees on both axes (Mercator), shared among the districts.
	const area = Math.max(e - w, 0) * (Math.max(n - s, 0) / Math.max(cos, 0.01));
	const width = Math.sqrt(area / districts);
	if (!(width > 0)) return 0;
	const z = Math.log2((minPx * 360) / (512 * width));
	return Math.min(cap, Math.max(0, Math.round(z * 10) / 10));
}
