/** Source ids, layer ids and feature-state keys of the map: constants in one place. */
export const SOURCE = {
	communes: 'communes',
	districts: 'districts',
	/** Drawn by the page: dissolved new units (after view), separate parts and gaps of a group. */
	overlay: 'overlay',
	/** Label points of the units (inside each polygon), drawn with the browser's fonts: no glyph server. */
	labels: 'labels'
} as const;

export const LAYER = {
	background: 'background',
	communeFill: 'commune-fill',
	communeLine: 'commune-line',
	communeHighlight: 'commune-highlight',
	districtFill: 'district-fill',
	districtLine: 'district-line',
	districtHighlight: 'district-highlight',
	overlayFill: 'overlay-fill',
	overlayLine: 'overlay-line',
	communeLabel: 'commune-label',
	districtLabel: 'district-label'
} as const;

/**
 * Feature-state keys. `hover`/`selected`/`member` are booleans (`member`: in the group being edited);
 * `fill` is the colour the page wants for the unit (verdict status, scenario group).
 */
export const STATE = {
	hover: 'hover',
	selected: 'selected',
	member: 'member',
	fill: 'fill'
} as const;

export type FeatureStateValue = boolean | string | number;
export type FeatureStateMap = Record<string, FeatureStateValue>;
