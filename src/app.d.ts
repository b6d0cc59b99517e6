// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	namespace App {
		interface Locals {
			/** Who is acting: every change records it. Until accounts exist, a header or the default local user. */
			user: { id: string; name: string };
		}
	}
}
export {};
