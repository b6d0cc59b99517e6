/**
 * The language the user reads: Vietnamese by default, English switchable (cookie `lang`).
 *
 * In the browser one tab has one user: the language is a module state, set from the layout data and by the
 * language button. On the server every request has its own language (cookie → `locals.lang`); a module state
 * there would be shared by every request in flight, so hooks.server.ts installs a resolver that reads the language
 * of the current request, and server code never writes the language.
 */
import type { Lang } from './domain/messages.ts';

/** The language of a `lang` cookie value: English only when asked for, else Vietnamese. */
export function langFromCookie(value: string | null | undefined): Lang {
	return value === 'en' ? 'en' : 'vi';
}

const browserLang = $state<{ lang: Lang }>({ lang: 'vi' });

/** The current request's language on the server; undefined outside a request. Installed by hooks.server.ts. */
let requestLang: (() => Lang | undefined) | null = null;

/** On the server: resolve the language from the request being handled (per request, never shared). */
export function useRequestLang(resolver: () => Lang | undefined): void {
	requestLang = resolver;
}

/** The language to render in now: the current request's on the server, the tab's in the browser. */
export function currentLang(): Lang {
	if (requestLang) return requestLang() ?? 'vi';
	return browserLang.lang;
}

/** Read `i18n.lang` for the current language (reactive in the browser). Writing it has effect only in the browser. */
export const i18n = {
	get lang(): Lang {
		return currentLang();
	},
	set lang(lang: Lang) {
		if (!requestLang) browserLang.lang = lang;
	}
};

/** Pick the Vietnamese or English text for the current language. */
export function tr(vi: string, en: string): string {
	return currentLang() === 'en' ? en : vi;
}

/** Switch language and remember it. */
export function setLang(lang: Lang): void {
	i18n.lang = lang;
	if (typeof document !== 'undefined') document.cookie = `lang=${lang}; path=/; max-age=31536000; samesite=lax`;
}
