/** Helpers shared by the reason sentences. */
import type { CommuneKind } from '../../units';
import { KIND_LABEL_EN, KIND_LABEL_VI } from '../../units';
import { formatNumber } from '../../format';
import type { Lang } from '../../format';
import { tIn } from '../../../i18n/catalogue.ts';

export type Template = (p: Record<string, unknown>, lang: Lang) => string;

export const num = (x: unknown): number => (typeof x === 'number' ? x : Number(x));
export const kindName = (k: unknown, lang: Lang): string => {
	const kind = k as CommuneKind;
	const l = lang === 'vi' ? KIND_LABEL_VI[kind] : KIND_LABEL_EN[kind];
	return l ? (lang === 'vi' ? l.toLowerCase() : l.toLowerCase()) : String(k);
};
export const verifyTag = (p: Record<string, unknown>, lang: Lang): string =>
	p.verified === false ? tIn(lang, 'rules.textMerger.toVerify') : '';
export const islandTag = (p: Record<string, unknown>, l: Lang): string => {
	const pct = `${formatNumber(num(p.ratio) * 100, l, 0)}%`;
	return tIn(l, 'text.reasonHelpers.islandUnitLevelsAtPct', { pct });
};
/** "loại II" / "class II" / "loại đặc biệt" inside a sentence. */
export const classInText = (c: unknown, l: Lang): string =>
	c === 'special'
		? tIn(l, 'text.reasonHelpers.theSpecialClass')
		: tIn(l, 'text.reasonHelpers.classP1', { p1: String(c) });
export const list = (x: unknown): string => (Array.isArray(x) ? x.map(String).join(', ') : String(x ?? ''));
