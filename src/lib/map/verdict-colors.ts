/** Colours of the verdict statuses on the map, the legend and the panels (one place). */
export const STATUS_COLORS: Record<string, string> = {
	subject_2023_2025: '#d7301f',
	subject_2026_2030: '#fc8d59',
	exempt: '#8c6bb1',
	not_subject: '#b8ddb0',
	missing_data: '#9e9e9e'
};

export const STATUS_ORDER = [
	'subject_2023_2025',
	'subject_2026_2030',
	'exempt',
	'not_subject',
	'missing_data'
] as const;
