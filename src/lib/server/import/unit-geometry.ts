import { simplify } from '@turf/simplify';
import { bboxOf, km2, labelPoint, polsbyPopper } from '../../domain/geo/measures.ts';
import type { MultiPolygon, Polygon, Position } from 'geojson';

/** Geometry-derived figures stored with each unit. Areas in km². */
export interface UnitGeometryFacts {
	areaKm2: number;
	bbox: [number, number, number, number];
	label: [number, number];
	display: Polygon | MultiPolygon;
	/** Polsby–Popper compactness, rounded to 3 decimals (information only). */
	compactness: number | null;
}

/** Vertices above which a unit's outline is simplified for display (the stored geometry is never simplified). */
const DISPLAY_MAX_VERTICES = 400;
/** Display simplification tolerance, degrees (~20 m): invisible at province zoom. */
const DISPLAY_TOLERANCE_DEG = 0.0002;

function countVertices(g: Polygon | MultiPolygon): number {
	const polys = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
	let n = 0;
	for (const p of polys) for (const r of p) n += r.length;
	return n;
}

const round = (p: Position, k: number): Position => [Math.round(p[0] * k) / k, Math.round(p[1] * k) / k];

function roundGeometry(g: Polygon | MultiPolygon, decimals: number): Polygon | MultiPolygon {
	const k = 10 ** decimals;
	if (g.type === 'Polygon')
		return { type: 'Polygon', coordinates: g.coordinates.map((r) => r.map((p) => round(p, k))) };
	return { type: 'MultiPolygon', coordinates: g.coordinates.map((poly) => poly.map((r) => r.map((p) => round(p, k)))) };
}

/** Area (km², ellipsoidal), extent, label point (pole of inaccessibility) and display outline of a unit's geometry. */
export function unitGeometryFacts(g: Polygon | MultiPolygon, areaKm2?: number): UnitGeometryFacts {
	const feature = { type: 'Feature' as const, properties: {}, geometry: g };
	const b = bboxOf(g);
	const label = labelPoint(g);
	let display = g;
	if (countVertices(g) > DISPLAY_MAX_VERTICES) {
		display = simplify(feature, { tolerance: DISPLAY_TOLERANCE_DEG, highQuality: false, mutate: false }).geometry;
	}
	return {
		areaKm2: areaKm2 ?? km2(g), // WGS84 ellipsoid, see measures.ts
		bbox: b,
		label,
		display: roundGeometry(display, 6),
		compactness: compactnessOf(g)
	};
}

function compactnessOf(g: Polygon | MultiPolygon): number | null {
	const c = polsbyPopper(g);
	return Number.isFinite(c) ? Math.round(c * 1000) / 1000 : null;
}
