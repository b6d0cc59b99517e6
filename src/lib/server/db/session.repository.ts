import type { Kysely, Selectable } from 'kysely';
import type { DB, LoginThrottleTable, SessionTable, UserTable } from './schema.ts';

export type SessionRow = Selectable<SessionTable>;

export async function insertSession(db: Kysely<DB>, s: SessionRow): Promise<void> {
	await db.insertInto('sessions').values(s).execute();
}

/** A session and its account, in one query (every request makes it). */
export async function findSessionWithUser(
	db: Kysely<DB>,
	id: string
): Promise<{ session: SessionRow; user: Selectable<UserTable> } | undefined> {
	const r = await db
		.selectFrom('sessions')
		.innerJoin('users', 'users.login', 'sessions.login')
		.select([
			'sessions.id',
			'sessions.secret_hash',
			'sessions.login',
			'sessions.created_at',
			'sessions.last_seen_at',
			'sessions.address',
			'sessions.user_agent',
			'users.name',
			'users.role',
			'users.datasets',
			'users.password_hash',
			'users.password_changed_at',
			'users.disabled_at',
			'users.created_at as user_created_at',
			'users.created_by',
			'users.updated_at'
		])
		.where('sessions.id', '=', id)
		.executeTakeFirst();
	if (!r) return undefined;
	return {
		session: {
			id: r.id,
			secret_hash: r.secret_hash,
			login: r.login,
			created_at: r.created_at,
			last_seen_at: r.last_seen_at,
			address: r.address,
			user_agent: r.user_agent
		},
		user: {
			login: r.login,
			name: r.name,
			role: r.role,
			datasets: r.datasets,
			password_hash: r.password_hash,
			password_changed_at: r.password_changed_at,
			disabled_at: r.disabled_at,
			created_at: r.user_created_at,
			created_by: r.created_by,
			updated_at: r.updated_at
		}
	};
}

export async function touchSession(db: Kysely<DB>, id: string, at: string): Promise<void> {
	await db.updateTable('sessions').set({ last_seen_at: at }).where('id', '=', id).execute();
}

export async function deleteSession(db: Kysely<DB>, id: string): Promise<void> {
	await db.deleteFrom('sessions').where('id', '=', id).execute();
}

/** Delete every session of an account, but the one kept (sign out everywhere else); returns how many. */
export async function deleteUserSessions(db: Kysely<DB>, login: string, keepId?: string): Promise<number> {
	let q = db.deleteFrom('sessions').where('login', '=', login);
	if (keepId) q = q.where('id', '!=', keepId);
	const r = await q.executeTakeFirst();
	return Number(r.numDeletedRows);
}

export async function countUserSessions(db: Kysely<DB>, login: string): Promise<number> {
	const r = await db
		.selectFrom('sessions')
		.select((e) => e.fn.countAll<number>().as('n'))
		.where('login', '=', login)
		.executeTakeFirstOrThrow();
	return Number(r.n);
}

/** Remove sessions idle since before `idleBefore` or created before `createdBefore` (ISO times). */
export async function purgeSessions(db: Kysely<DB>, idleBefore: string, createdBefore: string): Promise<void> {
	await db
		.deleteFrom('sessions')
		.where((e) => e.or([e('last_seen_at', '<', idleBefore), e('created_at', '<', createdBefore)]))
		.execute();
}

// Failed sign-ins, per account and per address.

export type ThrottleRow = Selectable<LoginThrottleTable>;

export async function getThrottles(db: Kysely<DB>, keys: string[]): Promise<ThrottleRow[]> {
	if (!keys.length) return [];
	return db.selectFrom('login_throttle').selectAll().where('key', 'in', keys).execute();
}

/**
 * Count one failed sign-in against each key, in one transaction: a window older than `windowStartedBefore` starts
 * again at 1; reaching `maxFailures[key]` locks the key until `lockUntil`. Returns the rows as written.
 */
export async function recordFailures(
	db: Kysely<DB>,
	keys: { key: string; maxFailures: number }[],
	at: string,
	windowStartedBefore: string,
	lockUntil: string
): Promise<ThrottleRow[]> {
	return db.transaction().execute(async (tx) => {
		const out: ThrottleRow[] = [];
		for (const { key, maxFailures } of keys) {
			const row = await tx.selectFrom('login_throttle').selectAll().where('key', '=', key).executeTakeFirst();
			const fresh = !row || row.window_started_at < windowStartedBefore;
			const failures = fresh ? 1 : row.failures + 1;
			const next: ThrottleRow = {
				key,
				failures,
				window_started_at: fresh ? at : row.window_started_at,
				locked_until: failures >= maxFailures ? lockUntil : fresh ? null : row.locked_until
			};
			if (row) await tx.updateTable('login_throttle').set(next).where('key', '=', key).execute();
			else await tx.insertInto('login_throttle').values(next).execute();
			out.push(next);
		}
		return out;
	});
}

/** Forget the failures of a key (a successful sign-in clears its account's count). */
export async function clearThrottle(db: Kysely<DB>, key: string): Promise<void> {
	await db.deleteFrom('login_throttle').where('key', '=', key).execute();
}

/** Drop counters whose window and lock are both over (keeps the table small under a guessing attack). */
export async function purgeThrottles(db: Kysely<DB>, windowStartedBefore: string, now: string): Promise<void> {
	await db
		.deleteFrom('login_throttle')
		.where('window_started_at', '<', windowStartedBefore)
		.where((e) => e.or([e('locked_until', 'is', null), e('locked_until', '<', now)]))
		.execute();
}
