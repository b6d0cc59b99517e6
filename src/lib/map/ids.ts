/** Source ids, layer ids and feature-state keys of the map: constants in one place. */
export const SOURCE = {
	communes: 'communes',
	districts: 'districts',
	/**
	 * The same unit tiles again, for the outlines drawn from feature-state (group outline, selection, members,
	 * hover): kept apart from the fills so that colouring 10,000 units does not re-evaluate every outline's paint
	 * arrays (feature-state is per source), and an outline change does not touch the fills.
	 */
	communeMarks: 'commune-marks',
	districtMarks: 'district-marks',
	/** Drawn by the page: dissolved new units (after view), separate parts and gaps of a group. */
	overlay: 'overlay',
	/** Label points of the units (inside each polygon), drawn with the browser's fonts: no glyph server. */
	labels: 'labels'
} as const;

/** The layer inside the unit vector tiles (server/services/map-tiles.ts TILE_LAYER). */
export const UNIT_SOURCE_LAYER = 'units';

export const LAYER = {
	background: 'background',
	communeFill: 'commune-fill',
	communeLine: 'commune-line',
	communeHighlight: 'commune-highlight',
	/** Outline of a commune in a merger group, in the group's colour (the fill keeps the verdict colour). */
	communeGroupLine: 'commune-group-line',
	districtFill: 'district-fill',
	districtLine: 'district-line',
	districtHighlight: 'district-highlight',
	districtGroupLine: 'district-group-line',
	overlayFill: 'overlay-fill',
	overlayLine: 'overlay-line',
	communeLabel: 'commune-label',
	districtLabel: 'district-label',
	/** "✎n" on a commune with open review comments, where commune names are not drawn yet (province view). */
	communeCommentMark: 'commune-comment-mark'
} as const;

/**
 * Feature-state keys. `hover`/`selected`/`member` are booleans (`member`: in the group being edited);
 * `fill` is the colour the page wants for the unit (verdict status, scenario group); `outline` its group's colour.
 */
export const STATE = {
	hover: 'hover',
	selected: 'selected',
	member: 'member',
	fill: 'fill',
	/** The colour of the unit's outline: the merger group it is in (scenario map). */
	outline: 'outline'
} as const;

export type FeatureStateValue = boolean | string | number;
export type FeatureStateMap = Record<string, FeatureStateValue>;

/** Sources of the after map (Sau sắp xếp), filled by the page from after-map.ts. */
export const AFTER_SOURCE = {
	units: 'after-units',
	labels: 'after-labels',
	old: 'after-old',
	upper: 'after-upper'
} as const;

export const AFTER_LAYER = {
	background: 'after-background',
	fill: 'after-fill',
	line: 'after-line',
	old: 'after-old-line',
	upper: 'after-upper-line',
	label: 'after-label'
} as const;
