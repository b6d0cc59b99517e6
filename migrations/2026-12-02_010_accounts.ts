import type { Kysely } from 'kysely';

// Frozen once landed: imports nothing from the app and works on Kysely<any>. Dialect-neutral (SQLite now,
// PostgreSQL later): text keys, ISO 8601 text timestamps (they sort as text), no autoincrement.
// Accounts, their sessions, and the counters that slow down password guessing.
export async function up(db: Kysely<any>): Promise<void> {
	await db.schema
		.createTable('users')
		// The login (lower case) is the account's stable id: the audit trail records it as "who".
		.addColumn('login', 'text', (c) => c.primaryKey())
		.addColumn('name', 'text', (c) => c.notNull())
		.addColumn('role', 'text', (c) => c.notNull()) // viewer | editor | reviewer | admin
		// JSON array of dataset ids the account is limited to; null = every dataset.
		.addColumn('datasets', 'text')
		.addColumn('password_hash', 'text', (c) => c.notNull()) // argon2id PHC string
		.addColumn('password_changed_at', 'text', (c) => c.notNull())
		.addColumn('disabled_at', 'text')
		.addColumn('created_at', 'text', (c) => c.notNull())
		.addColumn('created_by', 'text', (c) => c.notNull())
		.addColumn('updated_at', 'text', (c) => c.notNull())
		.execute();

	await db.schema
		.createTable('sessions')
		// The public half of the token "<id>.<secret>"; only a SHA-256 of the secret is stored.
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('secret_hash', 'text', (c) => c.notNull()) // hex
		.addColumn('login', 'text', (c) => c.notNull().references('users.login').onDelete('cascade'))
		.addColumn('created_at', 'text', (c) => c.notNull())
		.addColumn('last_seen_at', 'text', (c) => c.notNull()) // sliding idle timeout
		.addColumn('address', 'text')
		.addColumn('user_agent', 'text')
		.execute();
	await db.schema.createIndex('sessions_login').on('sessions').column('login').execute();

	await db.schema
		.createTable('login_throttle')
		// "account:<login>" or "address:<ip>": failed sign-ins in the current window, and the lock.
		.addColumn('key', 'text', (c) => c.primaryKey())
		.addColumn('failures', 'integer', (c) => c.notNull())
		.addColumn('window_started_at', 'text', (c) => c.notNull())
		.addColumn('locked_until', 'text')
		.execute();
}

export async function down(db: Kysely<any>): Promise<void> {
	await db.schema.dropTable('login_throttle').ifExists().execute();
	await db.schema.dropTable('sessions').ifExists().execute();
	await db.schema.dropTable('users').ifExists().execute();
}
