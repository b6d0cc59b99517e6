/**
 * The language the user reads: Vietnamese by default, English switchable (cookie `lang`).
 *
 * In the browser one tab has one user: the language is a module state, set from the layout data and by the
 * language button. On the server every request has its own language (cookie → `locals.lang`); a module state
 * there would be shared by every request in flight, so hooks.server.ts installs a resolver that reads the language
 * of the current request, and server code never writes the language.
 */
import type { Lang } from './domain/messages.ts';
import { tIn, type MessageKey, type MessageParams } from './i18n/catalogue.ts';

export { both, tIn, type MessageKey } from './i18n/catalogue.ts';

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

/**
 * The text of a catalogue message (src/lib/i18n/messages) in the current language: every text the interface shows.
 * Write `msg('area.key')`, or `msg('area.key', { name })` for a message with parameters.
 */
export function msg<K extends MessageKey>(key: K, ...params: MessageParams<K>): string {
	return tIn(currentLang(), key, ...params);
}

/**
 * Pick between two texts known only at run time (a {vi, en} message from the domain or the server, a row's
 * label_vi/label_en) by the current language. Inline texts belong in the catalogues: `npm run i18n:extract` moves a
 * `tr('…', '…')` literal pair there, and a unit test (tests/unit/i18n-catalogue.test.ts) fails while one is left in src.
 */
export function tr(vi: string, en: string): string {
	return currentLang() === 'en' ? en : vi;
}

/** Switch language and remember it. */
export function setLang(lang: Lang): void {
	i18n.lang = lang;
	if (typeof document !== 'undefined') document.cookie = `lang=${lang}; path=/; max-age=31536000; samesite=lax`;
}
