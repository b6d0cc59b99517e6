/**
 * The map's style, built here with no remote style, tile, glyph or sprite URL: the tool runs on
 * office networks with no internet. Layers are filled from our own GeoJSON endpoints.
 */
import type {
	ExpressionSpecification,
	LayerSpecification,
	StyleSpecification,
	VectorSourceSpecification
} from 'maplibre-gl';
import { LAYER, SOURCE, STATE, UNIT_SOURCE_LAYER } from './ids.ts';

/** The deepest zoom the server cuts unit tiles at (server/services/map-tiles.ts TILE_MAX_ZOOM); deeper is overzoomed. */
export const UNIT_TILE_MAX_ZOOM = 12;

/**
 * The zoom from which commune edges are drawn as line features (white, 0.4 px at zoom 7 to 1.5 px at 12). Below it a
 * country's communes are a few pixels wide: their edges are the fill layer's outline (one-pixel lines the fill
 * bucket builds anyway), not a line layer. At a whole country's first view (zoom 5, 10,000 communes) the line layer
 * was 116,000 of the 190,000 vertices the worker built and the GPU drew on every frame.
 */
export const COMMUNE_LINES_FROM = 7;

/** The zoom from which commune names are drawn and up to which district names are (a unit's name at every zoom). */
export const NAMES_TO = 9.5;

/** Colours of the kinds (the "by kind" map and its legend). */
export const KIND_COLORS = { rural: '#b7d89a', urban: '#f2b880', town: '#f1dc8a', other: '#cfd8dc' } as const;

/** Fill colour of communes by kind (before verdicts are shown): xã green, phường orange, thị trấn yellow. */
export const KIND_FILL: ExpressionSpecification = [
	'match',
	['get', 'kind'],
	'phuong',
	'#f2b880',
	'thi_tran',
	'#f1dc8a',
	'xa',
	'#b7d89a',
	'huyen',
	'#b7d89a',
	'thanh_pho',
	'#f2b880',
	'thi_xa',
	'#f1dc8a',
	'quan',
	'#f2b880',
	'#cfd8dc'
];

/** Fill colour from the page (feature-state `fill`, e.g. a verdict or group colour), else the kind colour. */
export const STATE_FILL: ExpressionSpecification = [
	'case',
	['!=', ['feature-state', STATE.fill], null],
	['to-color', ['feature-state', STATE.fill]],
	KIND_FILL
];

const hovered: ExpressionSpecification = ['boolean', ['feature-state', STATE.hover], false];
const selected: ExpressionSpecification = ['boolean', ['feature-state', STATE.selected], false];
const member: ExpressionSpecification = ['boolean', ['feature-state', STATE.member], false];
const outlined: ExpressionSpecification = ['!=', ['feature-state', STATE.outline], null];
/** A merger group's outline: its colour from feature-state, transparent for units in no group. */
const GROUP_LINE_COLOR: ExpressionSpecification = [
	'case',
	outlined,
	['to-color', ['feature-state', STATE.outline]],
	'rgba(0,0,0,0)'
];

/**
 * Merger groups as outlines in the group's colour (the fill keeps its verdict colour), `atZoom7` px wide at zoom 7
 * and `atZoom12` at zoom 12; drawn once there is an outline to draw (MapView turns them on).
 */
function groupLine(id: string, source: string, atZoom7: number, atZoom12: number): LayerSpecification {
	return {
		id,
		type: 'line',
		source,
		'source-layer': UNIT_SOURCE_LAYER,
		layout: { visibility: 'none' },
		paint: {
			'line-color': GROUP_LINE_COLOR,
			'line-width': [
				'interpolate',
				['linear'],
				['zoom'],
				7,
				['case', outlined, atZoom7, 0],
				12,
				['case', outlined, atZoom12, 0]
			]
		}
	};
}

/**
 * The base style plus our sources and layers. `tileUrl(level)` gives the level's vector tile URL template
 * (…/{z}/{x}/{y}, absolute): the server cuts the units into tiles (issue 14 item 6), so the browser fetches and decodes
 * only what is in view, simplified for its zoom, instead of parsing a whole country's GeoJSON before its first paint.
 */
export function buildStyle(tileUrl: (level: 'district' | 'commune') => string): StyleSpecification {
	const units = (level: 'district' | 'commune'): VectorSourceSpecification => ({
		type: 'vector',
		tiles: [tileUrl(level)],
		minzoom: 0,
		maxzoom: UNIT_TILE_MAX_ZOOM,
		promoteId: 'code'
	});
	return {
		version: 8,
		sources: {
			[SOURCE.communes]: units('commune'),
			[SOURCE.districts]: units('district'),
			[SOURCE.communeMarks]: units('commune'),
			[SOURCE.districtMarks]: units('district'),
			[SOURCE.overlay]: { type: 'geojson', data: { type: 'FeatureCollection', features: [] } },
			[SOURCE.labels]: { type: 'geojson', data: { type: 'FeatureCollection', features: [] } }
		},
		layers: [
			{ id: LAYER.background, type: 'background', paint: { 'background-color': '#e8eef1' } },
			{
				id: LAYER.communeFill,
				type: 'fill',
				source: SOURCE.communes,
				'source-layer': UNIT_SOURCE_LAYER,
				// Said, not left to the default: the level toggle then changes nothing at start (a change re-lays the tiles).
				layout: { visibility: 'visible' },
				paint: {
					'fill-color': STATE_FILL,
					'fill-opacity': ['case', selected, 0.95, member, 0.95, hovered, 0.9, 0.75],
					// Below COMMUNE_LINES_FROM the edges are the fill's own one-pixel outline in white (see there); from it
					// on, the white commune lines draw them and the outline pass is off.
					'fill-antialias': ['step', ['zoom'], true, COMMUNE_LINES_FROM, false],
					'fill-outline-color': 'rgba(255,255,255,0.8)'
				}
			},
			{
				id: LAYER.communeLine,
				type: 'line',
				source: SOURCE.communes,
				minzoom: COMMUNE_LINES_FROM,
				'source-layer': UNIT_SOURCE_LAYER,
				// Said, not left to the default: the level toggle then changes nothing at start (a change re-lays the tiles).
				layout: { visibility: 'visible' },
				paint: { 'line-color': '#ffffff', 'line-width': ['interpolate', ['linear'], ['zoom'], 7, 0.4, 12, 1.5] }
			},
			{
				id: LAYER.districtFill,
				type: 'fill',
				source: SOURCE.districts,
				'source-layer': UNIT_SOURCE_LAYER,
				layout: { visibility: 'none' },
				paint: {
					'fill-color': STATE_FILL,
					'fill-opacity': ['case', selected, 0.95, member, 0.95, hovered, 0.9, 0.75],
					// The district lines draw the edges.
					'fill-antialias': false
				}
			},
			{
				id: LAYER.districtLine,
				type: 'line',
				source: SOURCE.districts,
				'source-layer': UNIT_SOURCE_LAYER,
				paint: { 'line-color': '#37474f', 'line-width': ['interpolate', ['linear'], ['zoom'], 7, 1.2, 12, 3] }
			},
			groupLine(LAYER.communeGroupLine, SOURCE.communeMarks, 2.5, 5),
			groupLine(LAYER.districtGroupLine, SOURCE.districtMarks, 3.5, 6),
			{
				id: LAYER.communeHighlight,
				type: 'line',
				source: SOURCE.communeMarks,
				'source-layer': UNIT_SOURCE_LAYER,
				// Drawn once there is an outline to draw (MapView turns them on).
				layout: { visibility: 'none' },
				paint: {
					'line-color': ['case', selected, '#1d4ed8', member, '#111827', '#0f172a'],
					'line-width': ['case', selected, 3.5, member, 2.5, hovered, 2, 0]
				}
			},
			{
				id: LAYER.districtHighlight,
				type: 'line',
				source: SOURCE.districtMarks,
				'source-layer': UNIT_SOURCE_LAYER,
				layout: { visibility: 'none' },
				paint: {
					'line-color': ['case', selected, '#1d4ed8', '#0f172a'],
					'line-width': ['case', selected, 4, member, 3, hovered, 2.5, 0]
				}
			},
			{
				// The after view and a group's separate parts: colour from the feature's `color` property.
				id: LAYER.overlayFill,
				type: 'fill',
				source: SOURCE.overlay,
				filter: ['in', ['geometry-type'], ['literal', ['Polygon', 'MultiPolygon']]],
				paint: {
					'fill-color': ['coalesce', ['get', 'color'], '#6d28d9'],
					'fill-opacity': ['coalesce', ['get', 'opacity'], 0]
				}
			},
			{
				// Commune names from zoom 9.5; no `glyphs` URL in the style: MapLibre rasterises the browser's fonts.
				id: LAYER.communeLabel,
				type: 'symbol',
				source: SOURCE.labels,
				filter: ['==', ['get', 'level'], 'commune'],
				minzoom: NAMES_TO,
				layout: { 'text-field': ['get', 'label'], 'text-size': 11, 'text-font': ['sans-serif'], 'text-max-width': 7 },
				paint: { 'text-color': '#1f2933', 'text-halo-color': 'rgba(255,255,255,0.9)', 'text-halo-width': 1.2 }
			},
			{
				id: LAYER.districtLabel,
				type: 'symbol',
				source: SOURCE.labels,
				filter: ['==', ['get', 'level'], 'district'],
				// From the zoom where districts are wide enough to carry a name (MapView, label-density.ts).
				maxzoom: NAMES_TO,
				layout: { 'text-field': ['get', 'label'], 'text-size': 13, 'text-font': ['sans-serif'], 'text-max-width': 8 },
				paint: { 'text-color': '#111827', 'text-halo-color': 'rgba(255,255,255,0.95)', 'text-halo-width': 1.5 }
			},
			{
				// Open review comments on a commune stay visible at the province view, where commune names are not
				// drawn (from zoom 9.5 the name itself carries "✎n": review/markers.ts).
				id: LAYER.communeCommentMark,
				type: 'symbol',
				source: SOURCE.labels,
				filter: ['all', ['==', ['get', 'level'], 'commune'], ['has', 'comments']],
				maxzoom: NAMES_TO,
				layout: {
					'text-field': ['concat', '✎', ['to-string', ['get', 'comments']]],
					'text-size': 13,
					'text-font': ['sans-serif'],
					'text-allow-overlap': true
				},
				paint: { 'text-color': '#b45309', 'text-halo-color': '#ffffff', 'text-halo-width': 2 }
			},
			{
				id: LAYER.overlayLine,
				type: 'line',
				source: SOURCE.overlay,
				paint: {
					'line-color': ['coalesce', ['get', 'line'], '#4c1d95'],
					'line-width': ['coalesce', ['get', 'width'], 3],
					'line-dasharray': [2, 1]
				}
			}
		]
	};
}
