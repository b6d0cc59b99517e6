/**
 * The map's style, built here with no remote style, tile, glyph or sprite URL: the tool runs on
 * office networks with no internet. Layers are filled from our own GeoJSON endpoints.
 */
import type { ExpressionSpecification, StyleSpecification } from 'maplibre-gl';
import { LAYER, SOURCE, STATE } from './ids.ts';

/** Fill colour of communes by kind (before verdicts are shown): xã green, phường orange, thị trấn yellow. */
export const KIND_FILL: ExpressionSpecification = [
	'match',
	['get', 'kind'],
	'phuong', '#f2b880',
	'thi_tran', '#f1dc8a',
	'xa', '#b7d89a',
	'huyen', '#b7d89a',
	'thanh_pho', '#f2b880',
	'thi_xa', '#f1dc8a',
	'quan', '#f2b880',
	'#cfd8dc'
];

/** Fill colour from the verdict status in feature-state, falling back to the kind colour. */
export function statusFill(colors: Record<string, string>): ExpressionSpecification {
	const pairs: (string | ExpressionSpecification)[] = [];
	for (const [status, color] of Object.entries(colors)) pairs.push(status, color);
	return ['match', ['coalesce', ['feature-state', STATE.status], ''], ...pairs, KIND_FILL] as unknown as ExpressionSpecification;
}

const hovered: ExpressionSpecification = ['boolean', ['feature-state', STATE.hover], false];
const selected: ExpressionSpecification = ['boolean', ['feature-state', STATE.selected], false];

/** The base style plus our sources and layers. `layerUrl(level)` gives the GeoJSON endpoint. */
export function buildStyle(layerUrl: (level: 'district' | 'commune') => string): StyleSpecification {
	return {
		version: 8,
		sources: {
			[SOURCE.communes]: { type: 'geojson', data: layerUrl('commune'), promoteId: 'code' },
			[SOURCE.districts]: { type: 'geojson', data: layerUrl('district'), promoteId: 'code' }
		},
		layers: [
			{ id: LAYER.background, type: 'background', paint: { 'background-color': '#e8eef1' } },
			{
				id: LAYER.communeFill,
				type: 'fill',
				source: SOURCE.communes,
				paint: {
					'fill-color': KIND_FILL,
					'fill-opacity': ['case', selected, 0.95, hovered, 0.9, 0.75]
				}
			},
			{
				id: LAYER.communeLine,
				type: 'line',
				source: SOURCE.communes,
				paint: { 'line-color': '#ffffff', 'line-width': ['interpolate', ['linear'], ['zoom'], 7, 0.4, 12, 1.5] }
			},
			{
				id: LAYER.districtFill,
				type: 'fill',
				source: SOURCE.districts,
				layout: { visibility: 'none' },
				paint: { 'fill-color': KIND_FILL, 'fill-opacity': ['case', selected, 0.95, hovered, 0.9, 0.75] }
			},
			{
				id: LAYER.districtLine,
				type: 'line',
				source: SOURCE.districts,
				paint: { 'line-color': '#37474f', 'line-width': ['interpolate', ['linear'], ['zoom'], 7, 1.2, 12, 3] }
			},
			{
				id: LAYER.communeHighlight,
				type: 'line',
				source: SOURCE.communes,
				paint: {
					'line-color': ['case', selected, '#1d4ed8', '#0f172a'],
					'line-width': ['case', selected, 3.5, hovered, 2, 0]
				}
			},
			{
				id: LAYER.districtHighlight,
				type: 'line',
				source: SOURCE.districts,
				layout: { visibility: 'none' },
				paint: {
					'line-color': ['case', selected, '#1d4ed8', '#0f172a'],
					'line-width': ['case', selected, 4, hovered, 2.5, 0]
				}
			}
		]
	};
}
