import type { Kysely, Selectable, Transaction } from 'kysely';
import { appendAudit } from './audit.repository.ts';
import type { DB, UserTable } from './schema.ts';

export type UserRow = Selectable<UserTable>;

/** An account as the app uses it (no password hash). */
export interface UserRecord {
	login: string;
	name: string;
	role: string;
	/** Dataset ids the account is limited to; null = every dataset. */
	datasets: number[] | null;
	disabledAt: string | null;
	createdAt: string;
	passwordChangedAt: string;
}

export function toUserRecord(r: UserRow): UserRecord {
	return {
		login: r.login,
		name: r.name,
		role: r.role,
		datasets: r.datasets == null ? null : (JSON.parse(r.datasets) as number[]),
		disabledAt: r.disabled_at,
		createdAt: r.created_at,
		passwordChangedAt: r.password_changed_at
	};
}

/** One account with its password hash (sign-in), or undefined. */
export async function findUserRow(db: Kysely<DB> | Transaction<DB>, login: string): Promise<UserRow | undefined> {
	return db.selectFrom('users').selectAll().where('login', '=', login).executeTakeFirst();
}

export async function getUser(db: Kysely<DB>, login: string): Promise<UserRecord | undefined> {
	const r = await findUserRow(db, login);
	return r && toUserRecord(r);
}

export async function listUsers(db: Kysely<DB>): Promise<UserRecord[]> {
	return (await db.selectFrom('users').selectAll().orderBy('login').execute()).map(toUserRecord);
}

/** Display names by login, for the logins given (unknown logins are absent). */
export async function userNames(db: Kysely<DB>, logins: string[]): Promise<Map<string, string>> {
	if (!logins.length) return new Map();
	const rows = await db.selectFrom('users').select(['login', 'name']).where('login', 'in', logins).execute();
	return new Map(rows.map((u) => [u.login, u.name]));
}

export async function countUsers(db: Kysely<DB>): Promise<number> {
	const r = await db
		.selectFrom('users')
		.select((e) => e.fn.countAll<number>().as('n'))
		.executeTakeFirstOrThrow();
	return Number(r.n);
}

/** Insert an account (audited). Throws if the login exists (primary key). */
export async function insertUser(
	db: Kysely<DB>,
	u: { login: string; name: string; role: string; datasets: number[] | null; passwordHash: string },
	who: string,
	at = new Date().toISOString()
): Promise<void> {
	await db.transaction().execute(async (tx) => {
		await tx
			.insertInto('users')
			.values({
				login: u.login,
				name: u.name,
				role: u.role,
				datasets: u.datasets == null ? null : JSON.stringify(u.datasets),
				password_hash: u.passwordHash,
				password_changed_at: at,
				disabled_at: null,
				created_at: at,
				created_by: who,
				updated_at: at
			})
			.execute();
		await appendAudit(
			tx,
			[
				{
					who,
					dataset_id: null,
					entity: 'user',
					entity_key: u.login,
					action: 'create',
					field: null,
					after: { name: u.name, role: u.role, datasets: u.datasets }
				}
			],
			at
		);
	});
}

/**
 * Change an account's fields (audited, one row per changed field; a password change is logged without the hash).
 * Returns false when there is no such account.
 */
export async function updateUser(
	db: Kysely<DB>,
	login: string,
	patch: {
		name?: string;
		role?: string;
		datasets?: number[] | null;
		passwordHash?: string;
		disabled?: boolean;
	},
	who: string,
	at = new Date().toISOString()
): Promise<boolean> {
	return db.transaction().execute(async (tx) => {
		const before = await findUserRow(tx, login);
		if (!before) return false;
		const set: Partial<UserRow> = { updated_at: at };
		const audit: { field: string; before: unknown; after: unknown }[] = [];
		if (patch.name !== undefined && patch.name !== before.name) {
			set.name = patch.name;
			audit.push({ field: 'name', before: before.name, after: patch.name });
		}
		if (patch.role !== undefined && patch.role !== before.role) {
			set.role = patch.role;
			audit.push({ field: 'role', before: before.role, after: patch.role });
		}
		if (patch.datasets !== undefined) {
			const next = patch.datasets == null ? null : JSON.stringify(patch.datasets);
			if (next !== before.datasets) {
				set.datasets = next;
				audit.push({
					field: 'datasets',
					before: before.datasets == null ? null : JSON.parse(before.datasets),
					after: patch.datasets
				});
			}
		}
		if (patch.passwordHash !== undefined) {
			set.password_hash = patch.passwordHash;
			set.password_changed_at = at;
			audit.push({ field: 'password', before: null, after: null });
		}
		if (patch.disabled !== undefined && patch.disabled !== (before.disabled_at != null)) {
			set.disabled_at = patch.disabled ? at : null;
			audit.push({ field: 'disabled', before: before.disabled_at != null, after: patch.disabled });
		}
		await tx.updateTable('users').set(set).where('login', '=', login).execute();
		await appendAudit(
			tx,
			audit.map((a) => ({
				who,
				dataset_id: null,
				entity: 'user',
				entity_key: login,
				action: 'update',
				field: a.field,
				before: a.before,
				after: a.after
			})),
			at
		);
		return true;
	});
}

/** The dataset a scenario belongs to (deleted ones included), for dataset-limited accounts; undefined if none. */
export async function datasetOfScenario(db: Kysely<DB>, scenarioId: number): Promise<number | undefined> {
	const r = await db.selectFrom('scenarios').select('dataset_id').where('id', '=', scenarioId).executeTakeFirst();
	return r?.dataset_id;
}
