// See https://svelte.dev/docs/kit/types#app.d.ts
import type { Lang } from '$lib/domain/messages';

declare global {
	namespace App {
		interface Locals {
			/** Who is acting: every change records it. Until accounts exist, a header or the default local user. */
			user: { id: string; name: string };
			/** The language of this request (cookie `lang`): what the server renders and answers in. */
			lang: Lang;
		}
	}
}
export {};
