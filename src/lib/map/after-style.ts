/**
 * Style of the after map (Sau sắp xếp): new units and unchanged units in two plain colours, their borders, the old
 * inner borders (hidden unless asked for, then faint and dashed), the districts after the arrangement as outlines
 * on the commune map, and the names. No remote style, tile or glyph URL (offline), like style.ts.
 */
import type { ExpressionSpecification, StyleSpecification } from 'maplibre-gl';
import { AFTER_LAYER, AFTER_SOURCE } from './ids.ts';
import { AFTER_COLORS } from './after-map.ts';

const empty = () => ({ type: 'geojson' as const, data: { type: 'FeatureCollection' as const, features: [] } });
const isNew: ExpressionSpecification = ['==', ['get', 'status'], 'new'];

export function buildAfterStyle(): StyleSpecification {
	return {
		version: 8,
		sources: {
			[AFTER_SOURCE.units]: empty(),
			[AFTER_SOURCE.old]: empty(),
			[AFTER_SOURCE.upper]: empty(),
			[AFTER_SOURCE.labels]: empty()
		},
		layers: [
			{ id: AFTER_LAYER.background, type: 'background', paint: { 'background-color': '#ffffff' } },
			{
				id: AFTER_LAYER.fill,
				type: 'fill',
				source: AFTER_SOURCE.units,
				paint: { 'fill-color': ['case', isNew, AFTER_COLORS.new, AFTER_COLORS.kept], 'fill-opacity': 1 }
			},
			{
				id: AFTER_LAYER.old,
				type: 'line',
				source: AFTER_SOURCE.old,
				layout: { visibility: 'none' },
				paint: { 'line-color': AFTER_COLORS.old, 'line-width': 1, 'line-opacity': 0.6, 'line-dasharray': [3, 2] }
			},
			{
				id: AFTER_LAYER.line,
				type: 'line',
				source: AFTER_SOURCE.units,
				paint: {
					'line-color': AFTER_COLORS.line,
					'line-width': ['case', isNew, 2.2, 0.8]
				}
			},
			{
				id: AFTER_LAYER.upper,
				type: 'line',
				source: AFTER_SOURCE.upper,
				paint: { 'line-color': AFTER_COLORS.line, 'line-width': 2.8 }
			},
			{
				id: AFTER_LAYER.label,
				type: 'symbol',
				source: AFTER_SOURCE.labels,
				layout: {
					'text-field': ['get', 'label'],
					'text-size': ['case', isNew, 14, 11],
					'text-font': ['sans-serif'],
					'text-max-width': 8,
					'text-allow-overlap': false
				},
				paint: {
					'text-color': '#111827',
					'text-halo-color': 'rgba(255,255,255,0.95)',
					'text-halo-width': 1.6
				}
			}
		]
	};
}
