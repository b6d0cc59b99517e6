/**
 * Style of the after map (Sau sắp xếp): new units and unchanged units in two plain colours, their borders, the old
 * inner borders (hidden unless asked for, then faint and dashed), the districts after the arrangement as outlines
 * on the commune map, and the names. No remote style, tile or glyph URL (offline), like style.ts.
 */
import type { ExpressionSpecification, StyleSpecification } from 'maplibre-gl';
import { AFTER_LAYER, AFTER_SOURCE } from './ids.ts';
import { AFTER_COLORS } from './after-map.ts';
import { districtNamesFrom } from './label-density.ts';

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

/**
 * How the after map thins itself out where its units are small on screen (a country's 8,000 units after at its
 * first view, ~8 px each, were a dark mesh of borders under a carpet of names): the names from the zoom where an
 * average unit is ~30 px across; the units' borders faint until it is ~12 px (full from two zooms later); the
 * districts' outlines (commune map) thin until an average district is ~40 px. A province's units are that large at
 * its first view already, so its map is drawn as before.
 */
export interface AfterZooms {
	labelsFrom: number;
	bordersFrom: number;
	upperFrom: number;
}

export function afterZooms(
	bounds: readonly [number, number, number, number] | null,
	units: number,
	districts: number
): AfterZooms {
	return {
		labelsFrom: districtNamesFrom(bounds, units, 22, 30),
		bordersFrom: districtNamesFrom(bounds, units, 22, 12),
		upperFrom: districtNamesFrom(bounds, districts, 22, 40)
	};
}

/** A paint value that grows from `low` to `high` over the two zooms after `from`. */
function byZoom(from: number, low: ExpressionSpecification | number, high: ExpressionSpecification | number) {
	return ['interpolate', ['linear'], ['zoom'], from, low, from + 2, high] as ExpressionSpecification;
}

/** The paint and zoom range of the after map's layers for `z` (apply with the map's setters). */
export function afterZoomPaint(z: AfterZooms) {
	return {
		labelMinZoom: z.labelsFrom,
		lineOpacity: byZoom(z.bordersFrom, 0.18, 1),
		lineWidth: byZoom(z.bordersFrom, ['case', isNew, 0.6, 0.3], ['case', isNew, 2.2, 0.8]),
		upperWidth: byZoom(z.upperFrom, 0.9, 2.8)
	};
}
