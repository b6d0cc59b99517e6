/**
 * Numbers and dates as an administrative document writes them (Vietnamese: 12.345; 1.448,48 km²; "ngày 01 tháng 12
 * năm 2024"; English: 12,345; 1,448.48 km²; "1 December 2024"). Built on ../format.ts (deterministic, no ICU).
 */
import { formatNumber, MONTHS_EN, type Lang } from '../format.ts';
import { percentText } from '../rules/text-labels.ts';
import type { DossierCell, DossierCellKind } from './types.ts';

/** Whole persons: 12.345 (vi) / 12,345 (en). */
export function docInteger(n: number | null | undefined, lang: Lang): string {
	return formatNumber(n, lang, 0);
}

/** km² with two decimals, no unit: 1.448,48. */
export function docArea(km2: number | null | undefined, lang: Lang): string {
	return formatNumber(km2, lang, 2);
}

/** km² with its unit: 1.448,48 km². */
export function docAreaKm2(km2: number | null | undefined, lang: Lang): string {
	const s = docArea(km2, lang);
	return s === '—' ? s : `${s} km²`;
}

/** A ratio as a percentage, truncated so that 69,999% never reads 70% (the verdicts' rule): 69,99%. */
export function docPercent(ratio: number | null | undefined, lang: Lang): string {
	return percentText(ratio, lang);
}

/** The date line of a document: "ngày 01 tháng 12 năm 2024" (vi) / "1 December 2024" (en); '' for no date. */
export function docDateLong(iso: string | null | undefined, lang: Lang): string {
	const m = iso ? /^(\d{4})-(\d{2})-(\d{2})/.exec(iso) : null;
	if (!m) return iso ?? '';
	if (lang === 'vi') return `ngày ${m[3]} tháng ${m[2]} năm ${m[1]}`;
	return `${Number(m[3])} ${MONTHS_EN[Number(m[2]) - 1]} ${m[1]}`;
}

/** A short date inside text and tables: 01/12/2024 (vi) / 1 Dec 2024 (en); a bare year stays as it is. */
export function docDate(iso: string | null | undefined, lang: Lang): string {
	const m = iso ? /^(\d{4})-(\d{2})-(\d{2})/.exec(iso) : null;
	if (!m) return iso ?? '—';
	if (lang === 'vi') return `${m[3]}/${m[2]}/${m[1]}`;
	return `${Number(m[3])} ${MONTHS_EN[Number(m[2]) - 1].slice(0, 3)} ${m[1]}`;
}

/** One table cell as text, by its column kind. */
export function formatCell(kind: DossierCellKind, value: DossierCell, lang: Lang): string {
	if (value === null || value === undefined || value === '') return kind === 'text' || kind === 'code' ? '' : '—';
	if (typeof value === 'string') return kind === 'date' ? docDate(value, lang) : value;
	switch (kind) {
		case 'integer':
			return docInteger(value, lang);
		case 'area':
			return docArea(value, lang);
		case 'percent':
			return docPercent(value, lang);
		default:
			return String(value);
	}
}
