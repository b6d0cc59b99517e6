/**
 * The map styles are valid MapLibre styles (a bad expression, e.g. a zoom inside a case, leaves the map blank with
 * only a console error), and they name no remote resource (offline).
 */
import { describe, expect, it } from 'vitest';
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { buildStyle } from '../../src/lib/map/style';
import { buildAfterStyle } from '../../src/lib/map/after-style';

describe('map styles', () => {
	it('the dataset and scenario map style (with the group outlines) is valid', () => {
		const style = buildStyle((l) => `/api/datasets/1/tiles/${l}/{z}/{x}/{y}`);
		expect(validateStyleMin(style).map((e) => e.message)).toEqual([]);
		expect(style.layers.map((l) => l.id)).toContain('commune-group-line');
	});
	it('the after map style is valid and uses no remote style, tile or glyph URL', () => {
		const style = buildAfterStyle();
		expect(validateStyleMin(style).map((e) => e.message)).toEqual([]);
		expect(JSON.stringify(style)).not.toMatch(/https?:/);
		expect(style.glyphs).toBeUndefined();
	});
});
