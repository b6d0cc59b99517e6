// See https://svelte.dev/docs/kit/types#app.d.ts
import type { Lang } from '$lib/domain/messages';
import type { AuthUser } from '$lib/server/auth/session';

declare global {
	namespace App {
		interface Error {
			message: string;
			/** A machine-readable reason where there is one (database_disk_full, database_read_only…). */
			code?: string;
		}
		interface Locals {
			/**
			 * Who is acting: every change records `user.id` (the login). Set from the session cookie only, by the guard
			 * (src/lib/server/auth/guard.ts), which refuses anonymous requests to every route that is not public: it
			 * is present wherever a route is not public (read `session` on public routes).
			 */
			user: AuthUser;
			/** The session, or null when nobody is signed in. */
			session: { id: string; user: AuthUser } | null;
			/** The language of this request (cookie `lang`): what the server renders and answers in. */
			lang: Lang;
		}
	}
}
export {};
