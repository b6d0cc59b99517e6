/** A message shown to a person, in Vietnamese (default) and English. */
export interface Bilingual {
	vi: string;
	en: string;
}

export type Lang = 'vi' | 'en';

/**
 * Pick between two texts known only at run time (a row's label_vi/label_en, a rule set's title_vi/title_en) by an
 * explicit language: a document's, the CLI's, the domain's. Texts written in code belong in the message catalogues
 * (tIn/both from src/lib/i18n/catalogue.ts).
 */
export const pick = (lang: Lang, vi: string, en: string): string => (lang === 'vi' ? vi : en);

/** Build a bilingual message. */
export function bi(vi: string, en: string): Bilingual {
	return { vi, en };
}
