/** Source ids, layer ids and feature-state keys of the map: constants in one place. */
export const SOURCE = {
	communes: 'communes',
	districts: 'districts'
} as const;

export const LAYER = {
	background: 'background',
	communeFill: 'commune-fill',
	communeLine: 'commune-line',
	communeHighlight: 'commune-highlight',
	districtFill: 'district-fill',
	districtLine: 'district-line',
	districtHighlight: 'district-highlight'
} as const;

/** Feature-state keys. `hover`/`selected` are booleans; `status` is the verdict status string. */
export const STATE = {
	hover: 'hover',
	selected: 'selected',
	status: 'status'
} as const;

export type FeatureStateValue = boolean | string | number;
export type FeatureStateMap = Record<string, FeatureStateValue>;
