/**
 * Sessions on our own tables, after the pattern of Lucia's current guide (Lucia itself is deprecated): the token
 * is "<id>.<secret>", both random; the database keeps the id and only a SHA-256 of the secret, compared in constant
 * time, so a leaked sessions table does not let anyone sign in. A session ends after an idle time (sliding) or a
 * maximum age, at sign-out, or when its account is disabled or its password reset.
 */
import type { Cookies } from '@sveltejs/kit';
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Db } from '../db/database.ts';
import {
	deleteSession,
	deleteUserSessions,
	findSessionWithUser,
	insertSession,
	purgeSessions,
	touchSession
} from '../db/session.repository.ts';
import { toUserRecord } from '../db/user.repository.ts';
import { isRole, type Role } from './roles.ts';
import { authSettings } from './settings.ts';

export const SESSION_COOKIE = 'sapxep_session';

/** Who is signed in, as every route sees it (`event.locals.user`). */
export interface AuthUser {
	/** The login: the account's stable id, recorded as "who" in the audit trail. */
	id: string;
	login: string;
	name: string;
	role: Role;
	/** Dataset ids the account is limited to; null = every dataset. */
	datasets: number[] | null;
}

export interface ValidSession {
	id: string;
	user: AuthUser;
	/** When the session ends if idle from now on (ms since epoch), for the cookie's lifetime. */
	expiresAt: number;
	/** True when the last-seen time was just moved forward (the cookie should be renewed). */
	renewed: boolean;
}

/** 120 random bits as 24 base32 characters (lower case, no padding). */
function randomPart(): string {
	const alphabet = 'abcdefghijklmnopqrstuvwxyz234567';
	const bytes = randomBytes(15);
	let out = '';
	for (let i = 0; i < bytes.length; i += 5) {
		// 5 bytes = 40 bits = 8 characters.
		let v = 0n;
		for (let j = 0; j < 5; j++) v = (v << 8n) | BigInt(bytes[i + j]);
		for (let k = 7; k >= 0; k--) out += alphabet[Number((v >> BigInt(k * 5)) & 31n)];
	}
	return out;
}

function sha256(s: string): Buffer {
	return createHash('sha256').update(s).digest();
}

/** Start a session for an account; returns the token to put in the cookie (shown to nobody else). */
export async function createSession(
	db: Db,
	login: string,
	meta: { address?: string | null; userAgent?: string | null } = {},
	now = Date.now()
): Promise<{ token: string; id: string; expiresAt: number }> {
	const id = randomPart();
	const secret = randomPart();
	const at = new Date(now).toISOString();
	await insertSession(db, {
		id,
		secret_hash: sha256(secret).toString('hex'),
		login,
		created_at: at,
		last_seen_at: at,
		address: meta.address ?? null,
		user_agent: meta.userAgent?.slice(0, 300) ?? null
	});
	return { token: `${id}.${secret}`, id, expiresAt: now + authSettings().idleMs };
}

/**
 * The session a token names, if it is genuine, not idle too long, not too old, and its account is enabled with a
 * known role. Moves the idle deadline forward (writing at most once a minute). Ended sessions are deleted.
 */
export async function validateSessionToken(
	db: Db,
	token: string | undefined,
	now = Date.now()
): Promise<ValidSession | null> {
	if (!token) return null;
	const dot = token.indexOf('.');
	if (dot <= 0 || dot !== token.lastIndexOf('.') || token.length > 100) return null;
	const id = token.slice(0, dot);
	const secret = token.slice(dot + 1);
	const found = await findSessionWithUser(db, id);
	if (!found) return null;
	const { session, user } = found;
	const stored = Buffer.from(session.secret_hash, 'hex');
	const given = sha256(secret);
	if (stored.length !== given.length || !timingSafeEqual(stored, given)) return null;
	const s = authSettings();
	const lastSeen = Date.parse(session.last_seen_at);
	const created = Date.parse(session.created_at);
	if (now - lastSeen >= s.idleMs || now - created >= s.absoluteMs || user.disabled_at != null || !isRole(user.role)) {
		await deleteSession(db, session.id);
		return null;
	}
	let renewed = false;
	let seen = lastSeen;
	if (now - lastSeen >= s.touchEveryMs) {
		await touchSession(db, session.id, new Date(now).toISOString());
		seen = now;
		renewed = true;
		// Housekeeping rides on the writes that happen anyway: ended sessions of every account go.
		await purgeSessions(db, new Date(now - s.idleMs).toISOString(), new Date(now - s.absoluteMs).toISOString());
	}
	const record = toUserRecord(user);
	return {
		id: session.id,
		user: { id: record.login, login: record.login, name: record.name, role: user.role, datasets: record.datasets },
		expiresAt: Math.min(seen + s.idleMs, created + s.absoluteMs),
		renewed
	};
}

/** End one session (sign out). */
export async function invalidateSession(db: Db, sessionId: string): Promise<void> {
	await deleteSession(db, sessionId);
}

/** End every session of an account, but `keepId` (sign out everywhere, password changed or reset, disabled). */
export async function invalidateUserSessions(db: Db, login: string, keepId?: string): Promise<number> {
	return deleteUserSessions(db, login, keepId);
}

/**
 * Put the session token in its cookie: HttpOnly (scripts cannot read it), SameSite=Lax (not sent with cross-site
 * POSTs), Path=/, Secure only over https (an office intranet often serves plain http, where a Secure cookie
 * would never come back).
 */
export function setSessionCookie(cookies: Cookies, token: string, expiresAt: number, https: boolean): void {
	cookies.set(SESSION_COOKIE, token, {
		path: '/',
		httpOnly: true,
		sameSite: 'lax',
		secure: https,
		expires: new Date(expiresAt)
	});
}

export function deleteSessionCookie(cookies: Cookies, https: boolean): void {
	cookies.delete(SESSION_COOKIE, { path: '/', httpOnly: true, sameSite: 'lax', secure: https });
}
