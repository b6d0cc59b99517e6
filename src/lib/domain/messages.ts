/** A message shown to a person, in Vietnamese (default) and English. */
export interface Bilingual {
	vi: string;
	en: string;
}

export type Lang = 'vi' | 'en';

/** Build a bilingual message. */
export function bi(vi: string, en: string): Bilingual {
	return { vi, en };
}
