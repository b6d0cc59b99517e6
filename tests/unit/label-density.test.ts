/** District names are drawn from the zoom where districts are wide enough on screen to carry them. */
import { describe, expect, it } from 'vitest';
import { districtNamesFrom } from '../../src/lib/map/label-density';

describe('district names by density (label-density.ts)', () => {
	it("a province's dozen districts are named at its first view (zoom ~8)", () => {
		// Lâm Đồng's extent, roughly: 1.6° by 1.3°, 12 districts.
		const z = districtNamesFrom([107.2, 11.2, 108.8, 12.5], 12, 9.5);
		expect(z).toBeGreaterThan(5.5);
		expect(z).toBeLessThan(7.5);
	});
	it("a country's 833 districts are named only once zoomed in past its first view (zoom ~6)", () => {
		const z = districtNamesFrom([102, 8, 110, 16], 833, 9.5);
		expect(z).toBeGreaterThan(6.5);
		expect(z).toBeLessThan(8.5);
		// Twice as many districts on the same ground: named half a zoom later.
		expect(districtNamesFrom([102, 8, 110, 16], 1666, 9.5)).toBeCloseTo(z + 0.5, 1);
	});
	it('never above the commune names, and from zoom 0 with nothing to go by', () => {
		expect(districtNamesFrom([107, 11, 107.01, 11.01], 500, 9.5)).toBe(9.5);
		expect(districtNamesFrom(null, 12, 9.5)).toBe(0);
		expect(districtNamesFrom([107, 11, 108, 12], 0, 9.5)).toBe(0);
	});
});
