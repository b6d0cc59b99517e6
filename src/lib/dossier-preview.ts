/**
 * The small after-map of the Hồ sơ tab: a GeoJSON of polygons as SVG path strings fitted into a box (equirectangular
 * with the cosine of the middle latitude: enough for a thumbnail of one province; north up).
 */
import type { FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';

export interface PreviewPath {
	code: string;
	d: string;
	merged: boolean;
}

export function previewPaths(
	fc: FeatureCollection<Polygon | MultiPolygon | null, { code: string; code_prov?: boolean }>,
	width: number,
	height: number,
	pad = 4
): PreviewPath[] {
	let minX = Infinity;
	let minY = Infinity;
	let maxX = -Infinity;
	let maxY = -Infinity;
	const rings = (g: Polygon | MultiPolygon): Position[][] =>
		g.type === 'Polygon' ? g.coordinates : g.coordinates.flat();
	for (const f of fc.features)
		if (f.geometry)
			for (const r of rings(f.geometry))
				for (const [x, y] of r) {
					if (x < minX) minX = x;
					if (x > maxX) maxX = x;
					if (y < minY) minY = y;
					if (y > maxY) maxY = y;
				}
	if (!Number.isFinite(minX)) return [];
	const kx = Math.cos((((minY + maxY) / 2) * Math.PI) / 180);
	const s = Math.min((width - 2 * pad) / ((maxX - minX) * kx || 1), (height - 2 * pad) / (maxY - minY || 1));
	const ox = (width - (maxX - minX) * kx * s) / 2;
	const oy = (height - (maxY - minY) * s) / 2;
	const pt = ([x, y]: Position) => `${((x - minX) * kx * s + ox).toFixed(1)},${((maxY - y) * s + oy).toFixed(1)}`;
	return fc.features
		.filter((f) => f.geometry)
		.map((f) => ({
			code: f.properties.code,
			merged: f.properties.code_prov === true,
			d: rings(f.geometry!)
				.map((r) => 'M' + r.map(pt).join('L') + 'Z')
				.join('')
		}));
}
