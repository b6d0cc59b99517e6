/**
 * The map styles are valid MapLibre styles (a bad expression, e.g. a zoom inside a case, leaves the map blank with
 * only a console error), and they name no remote resource (offline).
 */
import { describe, expect, it } from 'vitest';
import { createExpression, latest, validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { buildStyle, COMMUNE_LINES_FROM } from '../../src/lib/map/style';
import { buildAfterStyle } from '../../src/lib/map/after-style';

describe('map styles', () => {
	it('the dataset and scenario map style (with the group outlines) is valid', () => {
		const style = buildStyle((l) => `/api/datasets/1/tiles/${l}/{z}/{x}/{y}`);
		expect(validateStyleMin(style).map((e) => e.message)).toEqual([]);
		expect(style.layers.map((l) => l.id)).toContain('commune-group-line');
	});
	it('commune edges are drawn at every zoom: by the fill outline below COMMUNE_LINES_FROM, by the line layer from it', () => {
		const style = buildStyle((l) => `/api/datasets/1/tiles/${l}/{z}/{x}/{y}`);
		const fill = style.layers.find((l) => l.id === 'commune-fill') as { paint: Record<string, unknown> };
		const line = style.layers.find((l) => l.id === 'commune-line')!;
		const antialias = createExpression(fill.paint['fill-antialias'], latest.paint_fill['fill-antialias'] as never);
		if (antialias.result !== 'success') throw new Error('fill-antialias is not an expression');
		const outlineAt = (zoom: number) => antialias.value.evaluate({ zoom });
		expect(line.minzoom).toBe(COMMUNE_LINES_FROM);
		for (const zoom of [0, 5, COMMUNE_LINES_FROM - 0.01]) expect(outlineAt(zoom)).toBe(true);
		for (const zoom of [COMMUNE_LINES_FROM, 9, 12]) expect(outlineAt(zoom)).toBe(false);
		// The outline is white (the line layer's colour), not the fill colour MapLibre would use without one.
		expect(fill.paint['fill-outline-color']).toMatch(/^rgba\(255,\s*255,\s*255/);
	});
	it('the after map style is valid and uses no remote style, tile or glyph URL', () => {
		const style = buildAfterStyle();
		expect(validateStyleMin(style).map((e) => e.message)).toEqual([]);
		expect(JSON.stringify(style)).not.toMatch(/https?:/);
		expect(style.glyphs).toBeUndefined();
	});
});
