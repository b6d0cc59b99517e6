/** Signing in and out over HTTP, shared by the JSON endpoints and the pages' forms. */
import type { RequestEvent } from '@sveltejs/kit';
import { getDb } from '../db/database.ts';
import { attemptLogin, type LoginResult } from './login.ts';
import { deleteSessionCookie, invalidateSession, invalidateUserSessions, setSessionCookie } from './session.ts';

const isHttps = (event: RequestEvent) => event.url.protocol === 'https:';

/** Check the pair; on success the session cookie is set on the response. */
export async function signIn(event: RequestEvent, login: string, password: string): Promise<LoginResult> {
	const r = await attemptLogin(await getDb(), {
		login,
		password,
		address: event.getClientAddress(),
		userAgent: event.request.headers.get('user-agent')
	});
	if (r.ok) setSessionCookie(event.cookies, r.token, r.expiresAt, isHttps(event));
	return r;
}

/** End this request's session (or, `everywhere`, every session of its account) and clear the cookie. */
export async function signOut(event: RequestEvent, everywhere = false): Promise<void> {
	const session = event.locals.session;
	const db = await getDb();
	if (session) {
		if (everywhere) await invalidateUserSessions(db, session.user.login);
		else await invalidateSession(db, session.id);
	}
	event.locals.session = null;
	deleteSessionCookie(event.cookies, isHttps(event));
}

/** Where to go after signing in: a path on this site only (never another host), else the datasets. */
export function safeNext(next: string | null | undefined): string {
	if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return '/datasets';
	if (next === '/login' || next.startsWith('/login?')) return '/datasets';
	return next;
}
