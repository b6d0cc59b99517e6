/**
 * Password hashes: argon2id with OWASP's minimum (m = 19 MiB, t = 2, p = 1) through @node-rs/argon2, whose
 * prebuilt binary ships inside the npm package (offline install, no compiler).
 */
import { hash, verify } from '@node-rs/argon2';
import { randomBytes } from 'node:crypto';
import { both } from '../../i18n/catalogue.ts';

const OPTIONS = {
	algorithm: 2 /* Algorithm.Argon2id (a const enum: not importable under isolatedModules) */,
	memoryCost: 19456,
	timeCost: 2,
	parallelism: 1
} as const;

export const PASSWORD_MIN_LENGTH = 8;
export const PASSWORD_MAX_LENGTH = 256;

export function hashPassword(password: string): Promise<string> {
	return hash(password, OPTIONS);
}

/** True when the password matches the PHC hash; false for a wrong password or an unreadable hash. */
export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
	try {
		return await verify(passwordHash, password);
	} catch {
		return false;
	}
}

// A hash of a random password, verified when the login does not exist so that a wrong login costs the same
// time as a wrong password (the response time does not tell which logins exist).
let dummy: Promise<string> | undefined;
export async function verifyAgainstNothing(password: string): Promise<void> {
	dummy ??= hashPassword(randomBytes(16).toString('hex'));
	await verifyPassword(await dummy, password);
}

/** What is wrong with a new password, in both languages, or null. */
export function passwordProblem(password: string, login: string): { vi: string; en: string } | null {
	if (password.length < PASSWORD_MIN_LENGTH)
		return both('auth.password.thePasswordNeedsAtLeast', { PASSWORD_MIN_LENGTH });
	if (password.length > PASSWORD_MAX_LENGTH)
		return both('auth.password.thePasswordIsLongerThan', { PASSWORD_MAX_LENGTH });
	if (password.toLowerCase() === login.toLowerCase()) return both('auth.password.thePasswordMustNotBe');
	return null;
}

/** A random password for a new account: 16 characters from an alphabet without look-alikes (about 90 bits). */
export function randomPassword(length = 16): string {
	const alphabet = 'abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';
	const bytes = randomBytes(length * 2);
	let out = '';
	for (let i = 0; i < bytes.length && out.length < length; i++) {
		// Rejection sampling keeps every character equally likely (256 is not a multiple of 56).
		if (bytes[i] < 224) out += alphabet[bytes[i] % alphabet.length];
	}
	return out.length === length ? out : randomPassword(length);
}
