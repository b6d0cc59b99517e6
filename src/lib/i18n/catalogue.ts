/**
 * The message catalogues (messages/vi.ts, messages/en.ts) and the lookups every part of the app shares: the domain,
 * the server, the dossier, the CLI (plain TypeScript, no current language) and, through $lib/i18n.svelte's `t`, the
 * interface (the current request's or tab's language).
 */
import type { Bilingual, Lang } from '../domain/messages.ts';
import { en } from './messages/en.ts';
import { vi } from './messages/vi.ts';

export type { Arg } from './messages/vi.ts';

/** Every message key. */
export type MessageKey = keyof typeof vi;

/** The parameters a message takes: none, or one object of named parameters. */
export type MessageParams<K extends MessageKey> = (typeof vi)[K] extends (params: infer P) => string ? [params: P] : [];

type Entry = string | ((params: unknown) => string);

/** The catalogue of each language. */
export const catalogues: Record<Lang, Record<MessageKey, Entry>> = { vi, en } as Record<
	Lang,
	Record<MessageKey, Entry>
>;

/** The text of a message in a given language (a document in its own language, the CLI, the domain). */
export function tIn<K extends MessageKey>(lang: Lang, key: K, ...params: MessageParams<K>): string {
	const entry = catalogues[lang][key];
	return typeof entry === 'function' ? entry(params[0]) : entry;
}

/** A message in both languages, for the domain's bilingual {vi, en} objects. */
export function both<K extends MessageKey>(key: K, ...params: MessageParams<K>): Bilingual {
	return { vi: tIn('vi', key, ...params), en: tIn('en', key, ...params) };
}
