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

/** Green of a figure at or above its line, orange of one below it (unit not subject), grey of a missing one. */
export const BAR_PASS = '#41ab5d';
export const BAR_BELOW = '#fc8d59';
export const BAR_MISSING = '#bdbdbd';

/**
 * Colour of a ratio bar measured against `line` (the threshold of the criterion that applies). A unit subject or
 * exempt under a criterion is below its lines by definition: its bars take the verdict's colour, never green.
 */
export function ratioBarColor(ratio: number | null, line: number | null, status: string): string {
	if (ratio == null) return BAR_MISSING;
	if (status === 'subject_2023_2025' || status === 'subject_2026_2030' || status === 'exempt')
		return STATUS_COLORS[status];
	if (line == null) return ratio >= 1 ? BAR_PASS : BAR_BELOW;
	return ratio >= line ? BAR_PASS : BAR_BELOW;
}
