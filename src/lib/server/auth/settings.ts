/**
 * Session and sign-in limits. Read from the environment at each call (no module state): SESSION_IDLE_MINUTES
 * (480 = 8 h without a request signs out), SESSION_MAX_DAYS (30, then sign in again whatever the activity),
 * LOGIN_MAX_FAILURES_ACCOUNT (5) and LOGIN_MAX_FAILURES_ADDRESS (20) failed sign-ins within LOGIN_WINDOW_MINUTES
 * (15) lock that account or address for LOGIN_LOCK_MINUTES (15).
 */
export interface AuthSettings {
	idleMs: number;
	absoluteMs: number;
	/** A session's last-seen time is written at most this often (ms): fewer writes, same idle rule within it. */
	touchEveryMs: number;
	maxFailuresAccount: number;
	maxFailuresAddress: number;
	windowMs: number;
	lockMs: number;
}

const MINUTE = 60_000;

function positive(name: string, fallback: number): number {
	const v = Number(process.env[name]);
	return Number.isFinite(v) && v > 0 ? v : fallback;
}

export function authSettings(): AuthSettings {
	const idleMs = positive('SESSION_IDLE_MINUTES', 480) * MINUTE;
	return {
		idleMs,
		absoluteMs: positive('SESSION_MAX_DAYS', 30) * 24 * 60 * MINUTE,
		touchEveryMs: Math.min(MINUTE, idleMs / 10),
		maxFailuresAccount: Math.round(positive('LOGIN_MAX_FAILURES_ACCOUNT', 5)),
		maxFailuresAddress: Math.round(positive('LOGIN_MAX_FAILURES_ADDRESS', 20)),
		windowMs: positive('LOGIN_WINDOW_MINUTES', 15) * MINUTE,
		lockMs: positive('LOGIN_LOCK_MINUTES', 15) * MINUTE
	};
}
