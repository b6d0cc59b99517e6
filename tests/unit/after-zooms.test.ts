/**
 * The after map thins itself out where its units are small on screen (src/lib/map/after-style.ts afterZooms): a
 * country's units after get their names and full borders only from deeper zooms than its first view, a province's
 * at its first view already. Boxes: Lâm Đồng's extent (public geography, no data) and a country-sized box.
 */
import { describe, expect, it } from 'vitest';
import { afterZoomPaint, afterZooms } from '../../src/lib/map/after-style';

const PROVINCE: [number, number, number, number] = [107.2, 11.0, 108.8, 12.6];
const COUNTRY: [number, number, number, number] = [102.1, 8.4, 109.5, 23.4];

describe('afterZooms', () => {
	it('a province of 137 communes after: names and full borders at its first view (zoom ~7.9 at 1366 px)', () => {
		const z = afterZooms(PROVINCE, 137, 10);
		expect(z.labelsFrom).toBeLessThanOrEqual(7.5);
		expect(z.bordersFrom + 2).toBeLessThanOrEqual(8);
		expect(z.upperFrom + 2).toBeLessThanOrEqual(8);
	});

	it('a country of 8,332 units after: at its first view (zoom ~5.5) no names and faint borders; full from zoom ~8', () => {
		const z = afterZooms(COUNTRY, 8332, 700);
		expect(z.labelsFrom).toBeGreaterThan(7);
		expect(z.bordersFrom).toBeGreaterThan(5.5);
		expect(z.bordersFrom + 2).toBeLessThan(9);
		expect(z.upperFrom).toBeGreaterThan(5.5);
	});

	it('more units in the same box: names and borders from deeper zooms', () => {
		const few = afterZooms(COUNTRY, 1000, 100);
		const many = afterZooms(COUNTRY, 8000, 700);
		expect(many.labelsFrom).toBeGreaterThan(few.labelsFrom);
		expect(many.bordersFrom).toBeGreaterThan(few.bordersFrom);
	});

	it('the paint grows over the two zooms after each threshold', () => {
		const p = afterZoomPaint({ labelsFrom: 8, bordersFrom: 6, upperFrom: 7 });
		expect(p.labelMinZoom).toBe(8);
		expect(p.lineOpacity).toEqual(['interpolate', ['linear'], ['zoom'], 6, 0.18, 8, 1]);
		expect(p.upperWidth).toEqual(['interpolate', ['linear'], ['zoom'], 7, 0.9, 9, 2.8]);
	});
});
