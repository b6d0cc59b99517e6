/** Display formatting in the user's language: 1.448,48 km²; 146.064 người; dates dd/mm/yyyy. */
import { i18n } from '../i18n.svelte.ts';

/** A number with Vietnamese (or English) separators. */
export function fmtNum(n: number | null | undefined, decimals = 0): string {
	if (n == null || !Number.isFinite(n)) return '—';
	return new Intl.NumberFormat(i18n.lang === 'en' ? 'en-US' : 'vi-VN', { minimumFractionDigits: decimals, maximumFractionDigits: decimals }).format(n);
}

/** A ratio 0.693 as "69,3%". */
export function fmtPct(r: number | null | undefined, decimals = 1): string {
	return r == null ? '—' : fmtNum(r * 100, decimals) + '%';
}

/** ISO date or timestamp → dd/mm/yyyy (a bare year stays a year). */
export function formatDate(s: string | null | undefined): string {
	if (!s) return '—';
	if (/^\d{4}$/.test(s)) return s;
	const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(s);
	return m ? `${m[3]}/${m[2]}/${m[1]}` : s;
}
