/** Display formatting in the user's language: the domain's formatters (1.448,48 km²; 146.064 người) with i18n.lang. */
import { formatDate as formatDateIn, formatNumber, formatPercent } from '../domain/format.ts';
import { i18n, msg } from '../i18n.svelte.ts';

/** A number with Vietnamese (or English) separators. */
export function fmtNum(n: number | null | undefined, decimals = 0): string {
	return formatNumber(n, i18n.lang, decimals);
}

/** A ratio 0.693 as "69,3%". */
export function fmtPct(r: number | null | undefined, decimals = 1): string {
	return formatPercent(r, i18n.lang, decimals);
}

/** ISO date or timestamp → 31/12/2022 (a bare year stays a year). */
export function formatDate(s: string | null | undefined): string {
	return formatDateIn(s, i18n.lang);
}

/** A figure that may be unknown (not entered, or with no formula): null reads "chưa có số liệu", never 0 or "—". */
export function fmtKnown(n: number | null | undefined, decimals = 0): string {
	return n == null || !Number.isFinite(n) ? msg('text.labels.noFigure') : fmtNum(n, decimals);
}
