/**
 * Small helpers shared by the text modules of the rules engine (not part of the public text API).
 */
import type { Lang } from '../format';
import { tIn } from '../../i18n/catalogue.ts';

/** Capitalise the first letter (Vietnamese legal citations start with a capital when they open a sentence). */
export function capitalise(s: string): string {
	return s ? s.charAt(0).toUpperCase() + s.slice(1) : s;
}

/** Lower-case the first letter (a label used inside a sentence). */
export function lowerFirst(s: string): string {
	return s ? s.charAt(0).toLowerCase() + s.slice(1) : s;
}

/** Parameters of a reason, and a sentence template over them. */
export type P = Record<string, unknown>;
export type Template = (p: P, lang: Lang) => string;

export const num = (x: unknown): number | null => (typeof x === 'number' && Number.isFinite(x) ? x : null);
export const codes = (x: unknown): string => (Array.isArray(x) ? x.map(String).join(', ') : String(x ?? ''));
/** How many items a list parameter holds (rule keys are counted, never printed: issue 10). */
export const count = (x: unknown): number => (Array.isArray(x) ? x.length : x == null ? 0 : 1);
export const phaseText = (x: unknown): string => String(x ?? '').replace('-', '–');
export const missingText = (x: unknown, lang: Lang): string =>
	(Array.isArray(x) ? x : [])
		.map((m) => (m === 'area' ? tIn(lang, 'rules.textUtil.naturalArea') : tIn(lang, 'rules.textUtil.population')))
		.join(tIn(lang, 'rules.textUtil.and'));
