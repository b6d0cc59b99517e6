// Issue 9: the interface language was a module-level $state written while the server rendered, shared by every
// request in flight. On the server it is now resolved per request (hooks.server.ts installs a resolver reading the
// request's locals.lang through getRequestEvent); here the resolver reads an AsyncLocalStorage, as SvelteKit's does.
import { AsyncLocalStorage } from 'node:async_hooks';
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../src/lib/domain/messages';
import { currentLang, i18n, langFromCookie, tr, useRequestLang } from '../../src/lib/i18n.svelte';

const tick = () => new Promise((r) => setTimeout(r, 1));

describe('the language of a request (issue 9: per request, not one module state for all)', () => {
	it('reads the lang cookie: English only when asked for, Vietnamese otherwise', () => {
		expect(langFromCookie('en')).toBe('en');
		expect(langFromCookie('vi')).toBe('vi');
		expect(langFromCookie(undefined)).toBe('vi');
		expect(langFromCookie('EN; drop table')).toBe('vi');
	});

	it('in the browser (no request resolver) the tab keeps one language, switchable', () => {
		i18n.lang = 'en';
		expect(tr('Bộ dữ liệu', 'Datasets')).toBe('Datasets');
		i18n.lang = 'vi';
		expect(tr('Bộ dữ liệu', 'Datasets')).toBe('Bộ dữ liệu');
	});

	it('two concurrent requests in different languages each read their own, across awaits', async () => {
		const store = new AsyncLocalStorage<{ lang: Lang }>();
		useRequestLang(() => store.getStore()?.lang);
		const request = (lang: Lang) =>
			store.run({ lang }, async () => {
				const seen: string[] = [];
				for (let i = 0; i < 5; i++) {
					seen.push(tr('Bộ dữ liệu', 'Datasets'));
					await tick(); // the other request runs here
				}
				return seen;
			});
		const [vi, en] = await Promise.all([request('vi'), request('en')]);
		expect(vi).toEqual(Array(5).fill('Bộ dữ liệu'));
		expect(en).toEqual(Array(5).fill('Datasets'));
	});

	it('on the server, writing the language has no effect on other requests, and outside a request it is Vietnamese', async () => {
		const store = new AsyncLocalStorage<{ lang: Lang }>();
		useRequestLang(() => store.getStore()?.lang);
		await store.run({ lang: 'vi' }, async () => {
			i18n.lang = 'en'; // what the old layout did during server rendering
			expect(currentLang()).toBe('vi');
		});
		expect(store.run({ lang: 'en' }, () => i18n.lang)).toBe('en');
		expect(currentLang()).toBe('vi');
	});
});
