/**
 * Signing in: a login and password checked against the argon2id hash, with failed attempts counted per account
 * and per address in the database (so the count survives a restart and is shared by several server processes).
 * A locked account or address is refused without checking the password until the lock ends.
 */
import type { Db } from '../db/database.ts';
import { clearThrottle, getThrottles, purgeThrottles, recordFailures } from '../db/session.repository.ts';
import { findUserRow, toUserRecord } from '../db/user.repository.ts';
import { verifyAgainstNothing, verifyPassword } from './password.ts';
import { isRole } from './roles.ts';
import { createSession, type AuthUser } from './session.ts';
import { authSettings } from './settings.ts';
import { both } from '../../i18n/catalogue.ts';

export type LoginResult =
	| { ok: true; user: AuthUser; token: string; expiresAt: number }
	| { ok: false; reason: 'invalid'; message: { vi: string; en: string } }
	| { ok: false; reason: 'locked'; retryAfterSeconds: number; message: { vi: string; en: string } };

/** Logins are case-insensitive: stored and compared in lower case, trimmed. */
export function normalizeLogin(login: string): string {
	return login.trim().toLowerCase();
}

const accountKey = (login: string) => `account:${login}`;
const addressKey = (address: string) => `address:${address}`;

export const INVALID_MESSAGE = both('auth.login.wrongLoginOrPassword');

export function lockedMessage(seconds: number): { vi: string; en: string } {
	const minutes = Math.max(1, Math.ceil(seconds / 60));
	return both('auth.login.signingInIsLockedFor', { minutes, p1: minutes === 1 ? '' : 's' });
}

/** The latest lock among the keys still in force at `now` (ms), or 0. */
function lockedUntil(rows: { locked_until: string | null }[], now: number): number {
	let until = 0;
	for (const r of rows) {
		const t = r.locked_until ? Date.parse(r.locked_until) : 0;
		if (t > now) until = Math.max(until, t);
	}
	return until;
}

type Refusal = Extract<LoginResult, { ok: false }>;

function lockedRefusal(until: number, now: number): Refusal {
	const retryAfterSeconds = Math.ceil((until - now) / 1000);
	return { ok: false, reason: 'locked', retryAfterSeconds, message: lockedMessage(retryAfterSeconds) };
}

/** The refusal when the account or the address is locked at `now`, else null. */
export async function loginLock(db: Db, login: string, address: string, now = Date.now()): Promise<Refusal | null> {
	const until = lockedUntil(await getThrottles(db, [accountKey(normalizeLogin(login)), addressKey(address)]), now);
	return until ? lockedRefusal(until, now) : null;
}

/** Count a wrong password against the account and the address; the refusal to give (locked when this locks). */
export async function countLoginFailure(db: Db, login: string, address: string, now = Date.now()): Promise<Refusal> {
	const s = authSettings();
	const at = new Date(now).toISOString();
	const windowStart = new Date(now - s.windowMs).toISOString();
	await purgeThrottles(db, windowStart, at);
	const rows = await recordFailures(
		db,
		[
			{ key: accountKey(normalizeLogin(login)), maxFailures: s.maxFailuresAccount },
			{ key: addressKey(address), maxFailures: s.maxFailuresAddress }
		],
		at,
		windowStart,
		new Date(now + s.lockMs).toISOString()
	);
	const until = lockedUntil(rows, now);
	return until ? lockedRefusal(until, now) : { ok: false, reason: 'invalid', message: INVALID_MESSAGE };
}

/**
 * Check a login and password from an address; on success start a session. Every failure (unknown login, wrong
 * password, disabled account) gives the same answer and counts against both the account and the address.
 */
export async function attemptLogin(
	db: Db,
	input: { login: string; password: string; address: string; userAgent?: string | null },
	now = Date.now()
): Promise<LoginResult> {
	const login = normalizeLogin(input.login);
	const locked = await loginLock(db, login, input.address, now);
	if (locked) return locked;
	const row = login ? await findUserRow(db, login) : undefined;
	let good = false;
	if (row) good = await verifyPassword(row.password_hash, input.password);
	else await verifyAgainstNothing(input.password);
	if (good && row && row.disabled_at == null && isRole(row.role)) {
		await clearThrottle(db, accountKey(login));
		const session = await createSession(db, login, { address: input.address, userAgent: input.userAgent }, now);
		const u = toUserRecord(row);
		return {
			ok: true,
			user: { id: u.login, login: u.login, name: u.name, role: row.role, datasets: u.datasets },
			token: session.token,
			expiresAt: session.expiresAt
		};
	}
	return countLoginFailure(db, login, input.address, now);
}
