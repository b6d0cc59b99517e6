/**
 * Number formatting for what the user sees: Vietnamese style by default (1.448,48 km²; 146.064 người), English
 * style on request (1,448.48 km²; 146,064 people). Deterministic: does not depend on the runtime's ICU data.
 */

import { tIn } from '../i18n/catalogue.ts';

/** Language of text shown to the user. */
export type Lang = 'vi' | 'en';

const SEPARATORS: Record<Lang, { group: string; decimal: string }> = {
	vi: { group: '.', decimal: ',' },
	en: { group: ',', decimal: '.' }
};

/** Round half away from zero to `decimals` places, avoiding binary artefacts (1.005 → 1.01) via exponent shifting. */
function roundTo(n: number, decimals: number): number {
	const sign = n < 0 ? -1 : 1;
	const abs = Math.abs(n);
	// Very large or tiny numbers print in exponent form, where the string shift does not apply.
	if (String(abs).includes('e')) return (sign * Math.round(abs * 10 ** decimals)) / 10 ** decimals || 0;
	const shifted = Number(`${abs}e${decimals}`);
	return sign * Number(`${Math.round(shifted)}e-${decimals}`) || 0;
}

/** Format a number with grouping and a fixed number of decimals: formatNumber(1448.48, 'vi', 2) = "1.448,48". */
export function formatNumber(n: number | null | undefined, lang: Lang = 'vi', decimals = 0): string {
	if (n == null || !Number.isFinite(n)) return '—';
	const d = Math.max(0, Math.min(20, Math.floor(decimals)));
	const fixed = roundTo(n, d).toFixed(d);
	const negative = fixed.startsWith('-');
	const [int, frac] = (negative ? fixed.slice(1) : fixed).split('.');
	const { group, decimal } = SEPARATORS[lang];
	const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, group);
	return (negative ? '-' : '') + grouped + (frac ? decimal + frac : '');
}

/** Format a ratio as a percentage: formatPercent(0.693, 'vi') = "69,3%". `decimals` counts digits after the comma of the percent. */
export function formatPercent(ratio: number | null | undefined, lang: Lang = 'vi', decimals = 1): string {
	if (ratio == null || !Number.isFinite(ratio)) return '—';
	return `${formatNumber(ratio * 100, lang, decimals)}%`;
}

/** Format an area in km²: formatArea(1448.48, 'vi') = "1.448,48 km²". */
export function formatArea(km2: number | null | undefined, lang: Lang = 'vi', decimals = 2): string {
	if (km2 == null || !Number.isFinite(km2)) return '—';
	return `${formatNumber(km2, lang, decimals)} km²`;
}

/** Format a population: formatPopulation(146064, 'vi') = "146.064 người"; English "146,064 people". */
export function formatPopulation(persons: number | null | undefined, lang: Lang = 'vi'): string {
	if (persons == null || !Number.isFinite(persons)) return '—';
	return `${formatNumber(persons, lang, 0)} ${persons === 1 ? tIn(lang, 'format.person') : tIn(lang, 'format.people')}`;
}

/** Format an ISO date (YYYY-MM-DD) as 31/12/2022 (vi) or 31 Dec 2022 (en); other strings are returned unchanged. */
export function formatDate(iso: string | null | undefined, lang: Lang = 'vi'): string {
	if (!iso) return '—';
	const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
	if (!m) return iso;
	if (lang === 'vi') return `${m[3]}/${m[2]}/${m[1]}`;
	const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
	return `${Number(m[3])} ${months[Number(m[2]) - 1] ?? m[2]} ${m[1]}`;
}

/** The months in English, January first (dates written out: "1 December 2024"). */
export const MONTHS_EN = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December'
];
