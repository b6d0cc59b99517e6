import { describe, expect, it } from 'vitest';
import type { Polygon } from 'geojson';
import { area as turfArea, booleanPointInPolygon } from '@turf/turf';
import { areaM2, centroid, km2, labelPoint, perimeterKm, polsbyPopper } from '../../src/lib/domain/geo/measures';
import { at, rect, ringKm, square } from '../fixtures/geo';

// WGS84 total surface area, km² (GeographicLib / NGA TR8350.2): an independent reference for the ellipsoid.
const WGS84_SURFACE_KM2 = 510_065_621.724;

describe('ellipsoidal area', () => {
	it('a 1 km square near 12°N is 1 km² (within 0.5 %, in fact 1e-4)', () => {
		expect(Math.abs(km2(square(0, 0)) - 1)).toBeLessThan(1e-4);
	});

	it('one eighth of the ellipsoid (0–90°N × 0–90°E) is 1/8 of the WGS84 surface', () => {
		const octant: Polygon = {
			type: 'Polygon',
			coordinates: [
				[
					[0, 0],
					[90, 0],
					[90, 90],
					[0, 90],
					[0, 0]
				]
			]
		};
		expect(km2(octant) / (WGS84_SURFACE_KM2 / 8)).toBeCloseTo(1, 9);
	});

	it('subtracts holes and ignores ring orientation', () => {
		const withHole: Polygon = {
			type: 'Polygon',
			coordinates: [square(0, 0, 3).coordinates[0], [...square(1, 1).coordinates[0]].reverse()]
		};
		expect(km2(withHole)).toBeCloseTo(8, 3);
		const cw: Polygon = { type: 'Polygon', coordinates: [[...square(0, 0).coordinates[0]].reverse()] };
		expect(km2(cw)).toBeCloseTo(1, 4);
		expect(
			areaM2({ type: 'MultiPolygon', coordinates: [square(0, 0).coordinates, square(5, 0).coordinates] })
		).toBeCloseTo(2e6, -2);
	});

	it("documents turf's spherical error: 0.3–0.7 % larger than the ellipsoid at 12°N", () => {
		const g = square(0, 0, 10);
		const ratio = turfArea(g) / 1e6 / km2(g);
		expect(ratio).toBeGreaterThan(1.003);
		expect(ratio).toBeLessThan(1.007);
	});
});

describe('perimeter and compactness', () => {
	it('a 1 km square has a 4 km perimeter and Polsby–Popper π/4', () => {
		expect(perimeterKm(square(0, 0))).toBeCloseTo(4, 4);
		expect(polsbyPopper(square(0, 0))).toBeCloseTo(Math.PI / 4, 3);
	});

	it('a 128-gon is nearly a disc (≈ 1) and a 10 km × 100 m strip is not (≈ 0.031)', () => {
		const pts: [number, number][] = [];
		for (let i = 0; i < 128; i++)
			pts.push([5 * Math.cos((2 * Math.PI * i) / 128), 5 * Math.sin((2 * Math.PI * i) / 128)]);
		const disc: Polygon = { type: 'Polygon', coordinates: [ringKm(pts)] };
		expect(polsbyPopper(disc)).toBeGreaterThan(0.999);
		const strip = rect(0, 0, 10, 0.1);
		expect(polsbyPopper(strip)).toBeCloseTo((4 * Math.PI * 1) / 20.2 ** 2, 3);
	});
});

describe('label point and centroid', () => {
	// A U shape open to the north: its centroid falls in the notch, outside the polygon.
	const U: Polygon = {
		type: 'Polygon',
		coordinates: [
			ringKm([
				[0, 0],
				[3, 0],
				[3, 3],
				[2, 3],
				[2, 0.5],
				[1, 0.5],
				[1, 3],
				[0, 3]
			])
		]
	};

	it('the label point is inside, even where the centroid is not', () => {
		const c = centroid(U);
		expect(booleanPointInPolygon(c, U)).toBe(false);
		const l = labelPoint(U);
		expect(booleanPointInPolygon(l, U)).toBe(true);
	});

	it('the centroid of a square is its centre; its label point too', () => {
		const [x, y] = at(0.5, 0.5);
		const c = centroid(square(0, 0));
		expect(c[0]).toBeCloseTo(x, 6);
		expect(c[1]).toBeCloseTo(y, 6);
		const l = labelPoint(square(0, 0));
		expect(Math.abs(l[0] - x)).toBeLessThan(2e-5); // ~2 m
		expect(Math.abs(l[1] - y)).toBeLessThan(2e-5);
	});

	it('labels the largest part of a MultiPolygon', () => {
		const l = labelPoint({
			type: 'MultiPolygon',
			coordinates: [square(0, 0, 0.2).coordinates, square(5, 5, 2).coordinates]
		});
		expect(booleanPointInPolygon(l, square(5, 5, 2))).toBe(true);
	});
});
