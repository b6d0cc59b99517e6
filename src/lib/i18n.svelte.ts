/** The language the user reads: Vietnamese by default, English switchable (cookie `lang`). */
import type { Lang } from './domain/messages.ts';

export const i18n = $state<{ lang: Lang }>({ lang: 'vi' });

/** Pick the Vietnamese or English text for the current language. */
export function tr(vi: string, en: string): string {
	return i18n.lang === 'en' ? en : vi;
}

/** Switch language and remember it. */
export function setLang(lang: Lang): void {
	i18n.lang = lang;
	if (typeof document !== 'undefined') document.cookie = `lang=${lang}; path=/; max-age=31536000; samesite=lax`;
}
