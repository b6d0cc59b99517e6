import Database from 'better-sqlite3';
import {
	CompiledQuery,
	Kysely,
	Migrator,
	PostgresDialect,
	sql,
	SqliteDialect,
	SqliteDriver,
	SelectQueryNode,
	type DatabaseConnection,
	type Driver,
	type QueryResult,
	type Migration,
	type MigrationProvider
} from 'kysely';
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import pg from 'pg';
import { migrations } from '../../../../migrations/index.ts';
import { checkpointInBackground, SERVER_AUTOCHECKPOINT_PAGES } from './checkpointer.ts';
import { dialectOf, isPostgresUrl, PG_NUMBER_TYPES, PostgresSchemaPlugin, type DialectName } from './dialect.ts';
import type { DB } from './schema.ts';

export type Db = Kysely<DB>;
export { dialectOf, isPostgresUrl, type DialectName };

/** The SQLite file of a one-department install: DATABASE_PATH, else data/sapxep.db under the working directory. */
export function defaultDatabasePath(): string {
	const p = process.env.DATABASE_PATH || 'data/sapxep.db';
	return isPostgresUrl(p) ? p : resolve(p);
}

/**
 * Where the database is: DATABASE_URL (postgres://… selects PostgreSQL), else the SQLite file of
 * `defaultDatabasePath()` (a postgres:// URL there works too, which lets tests hand one location to every process).
 */
export function defaultDatabaseLocation(): string {
	const url = process.env.DATABASE_URL;
	if (url) {
		if (!isPostgresUrl(url)) throw new Error(`DATABASE_URL must be a postgres:// URL (got ${url.split(':')[0]}:…)`);
		return url;
	}
	return defaultDatabasePath();
}

/** A location for messages: a PostgreSQL URL without its password. */
export function describeLocation(location: string): string {
	if (!isPostgresUrl(location)) return location;
	try {
		const u = new URL(location);
		if (u.password) u.password = '***';
		return u.toString();
	} catch {
		return 'postgres://…';
	}
}

/** How many prepared statements a SQLite handle keeps (its distinct query texts are a few dozen; a bound all the same). */
export const SQLITE_STATEMENT_CACHE = 256;

/**
 * The SQLite connection with its prepared statements kept, by SQL text (least recently used dropped first): Kysely's
 * own connection prepares every statement again on each query, and under load that was ~8% of the server's CPU
 * (issue 14 item 5). A statement runs to its end synchronously (all/run), so one statement serves every request in
 * turn; a streamed query (iterate: better-sqlite3 then refuses any other statement until it ends) prepares its own.
 * SQLite prepares a kept statement again by itself when the schema changes.
 */
class CachingSqliteConnection implements DatabaseConnection {
	readonly #db: Database.Database;
	readonly #statements = new Map<string, Database.Statement>();
	constructor(db: Database.Database) {
		this.#db = db;
	}

	/** The prepared statement of `sql`, kept (now the most recently used). */
	statement(sql: string): Database.Statement {
		let stmt = this.#statements.get(sql);
		if (stmt) this.#statements.delete(sql);
		else {
			stmt = this.#db.prepare(sql);
			if (this.#statements.size >= SQLITE_STATEMENT_CACHE)
				this.#statements.delete(this.#statements.keys().next().value!);
		}
		this.#statements.set(sql, stmt);
		return stmt;
	}

	executeQuery<R>(compiledQuery: CompiledQuery): Promise<QueryResult<R>> {
		const { sql, parameters } = compiledQuery;
		const stmt = this.statement(sql);
		if (stmt.reader) return Promise.resolve({ rows: stmt.all(parameters) as R[] });
		const { changes, lastInsertRowid } = stmt.run(parameters);
		return Promise.resolve({
			numAffectedRows: changes != null ? BigInt(changes) : undefined,
			insertId: lastInsertRowid != null ? BigInt(lastInsertRowid) : undefined,
			rows: []
		});
	}

	async *streamQuery<R>(compiledQuery: CompiledQuery): AsyncIterableIterator<QueryResult<R>> {
		const { sql, parameters, query } = compiledQuery;
		if (!SelectQueryNode.is(query)) throw new Error('Sqlite driver only supports streaming of select queries');
		for (const row of this.#db.prepare(sql).iterate(parameters)) yield { rows: [row as R] };
	}
}

/**
 * Kysely's SQLite driver (its one connection behind its mutex) with the statement cache above, and a rollback that
 * is only sent when a transaction is open: after some errors (SQLITE_FULL, SQLITE_IOERR, SQLITE_NOMEM…) SQLite has
 * already rolled the transaction back by itself; Kysely's ROLLBACK then fails with "no transaction is active", and
 * that error replaces the real one (a full disk became an unexplained 500).
 */
class AppSqliteDriver extends SqliteDriver {
	readonly #sqlite: Database.Database;
	readonly #connection: CachingSqliteConnection;
	readonly #onDestroy: () => void;
	constructor(sqlite: Database.Database, onDestroy: () => void) {
		super({ database: sqlite });
		this.#sqlite = sqlite;
		this.#connection = new CachingSqliteConnection(sqlite);
		this.#onDestroy = onDestroy;
	}
	override async destroy(): Promise<void> {
		this.#onDestroy();
		await super.destroy();
	}
	override async acquireConnection(): Promise<DatabaseConnection> {
		await super.acquireConnection(); // the mutex: one user of the connection at a time
		return this.#connection;
	}
	override async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
		if (this.#sqlite.inTransaction) await super.rollbackTransaction(connection);
	}
}

class AppSqliteDialect extends SqliteDialect {
	readonly #sqlite: Database.Database;
	readonly #onDestroy: () => void;
	constructor(sqlite: Database.Database, onDestroy: () => void = () => {}) {
		super({ database: sqlite });
		this.#sqlite = sqlite;
		this.#onDestroy = onDestroy;
	}
	override createDriver(): Driver {
		return new AppSqliteDriver(this.#sqlite, this.#onDestroy);
	}
}

class ListMigrationProvider implements MigrationProvider {
	async getMigrations(): Promise<Record<string, Migration>> {
		return migrations;
	}
}

/** The location each handle was opened on (a worker thread opens its own handle there: dossier/export-thread.ts). */
const locations = new WeakMap<object, string>();

/** Where `db` was opened (a SQLite path, ':memory:' or a postgres:// URL); undefined for a handle opened elsewhere. */
export function locationOf(db: object): string | undefined {
	return locations.get(db);
}

/** How a handle is opened. */
export interface OpenOptions {
	/**
	 * SQLite: checkpoint the write-ahead log in a worker thread (checkpointer.ts), not inside the commits on this
	 * thread. The server's handles (getDb) do; a CLI run or a test's handle keeps SQLite's own checkpoints.
	 */
	backgroundCheckpoints?: boolean;
	/** PostgreSQL: the pool's size, instead of DATABASE_POOL_SIZE (a worker running one job needs two connections). */
	poolSize?: number;
}

/**
 * Open a database without migrating: a postgres:// URL opens a pool on PostgreSQL (size DATABASE_POOL_SIZE, default
 * 10), anything else a SQLite file (created if needed) with WAL, foreign keys and a busy timeout.
 */
export function openDatabase(location: string, opts: OpenOptions = {}): { db: Db; dialect: DialectName } {
	if (isPostgresUrl(location)) {
		const pool = new pg.Pool({
			connectionString: location,
			max: opts.poolSize ?? (Number(process.env.DATABASE_POOL_SIZE) || 10),
			// A server that cannot be reached is an error after 10 s, not a request that hangs.
			connectionTimeoutMillis: 10_000,
			types: { getTypeParser: (oid, format) => PG_NUMBER_TYPES[oid] ?? pg.types.getTypeParser(oid, format) }
		});
		// A connection that the server drops (a crash, a restart, a failover) emits 'error': on the pool while it is
		// idle, on the client itself while a request holds it (between the statements of a transaction). Without a
		// listener Node ends the whole process (found by tests/e2e/pg-faults.test.ts). With one, the request's next
		// query fails (503, hooks.server.ts), the pool discards the broken connection and opens a new one later.
		pool.on('error', (e) => console.error(`PostgreSQL: an idle connection was lost (${e.message})`));
		pool.on('connect', (client) =>
			client.on('error', (e) => console.error(`PostgreSQL: a connection in use was lost (${e.message})`))
		);
		const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }), plugins: [new PostgresSchemaPlugin()] });
		locations.set(db, location);
		return { db, dialect: 'postgres' };
	}
	if (location !== ':memory:') mkdirSync(dirname(location), { recursive: true });
	const sqlite = new Database(location);
	sqlite.pragma('journal_mode = WAL');
	sqlite.pragma('foreign_keys = ON');
	sqlite.pragma('busy_timeout = 5000');
	sqlite.pragma('synchronous = NORMAL');
	let stop: (() => void) | undefined;
	if (opts.backgroundCheckpoints && location !== ':memory:') {
		sqlite.pragma(`wal_autocheckpoint = ${SERVER_AUTOCHECKPOINT_PAGES}`);
		stop = checkpointInBackground(resolve(location));
	}
	const db = new Kysely<DB>({ dialect: new AppSqliteDialect(sqlite, stop) });
	locations.set(db, location === ':memory:' ? location : resolve(location));
	return { db, dialect: 'sqlite' };
}

/**
 * Apply every pending migration; throws with the failing migration's name. On PostgreSQL the Migrator holds an
 * advisory lock (Kysely's PostgresAdapter, pg_advisory_lock) and runs the whole batch in one transaction, so
 * several app instances starting together migrate one at a time; the bookkeeping tables go in the current schema
 * (the first of search_path), beside the app's tables.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations run on Kysely<any> (frozen in time)
export async function migrateToLatest(db: Kysely<any>): Promise<string[]> {
	let migrationTableSchema: string | undefined;
	if (dialectOf(db) === 'postgres') {
		const r = await sql<{ s: string }>`select current_schema() as s`.execute(db);
		migrationTableSchema = r.rows[0]?.s;
	}
	const migrator = new Migrator({ db, provider: new ListMigrationProvider(), migrationTableSchema });
	for (let attempt = 0; ; attempt++) {
		const { error, results } = await migrator.migrateToLatest();
		const failed = results?.find((r) => r.status === 'Error');
		if (!error) return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
		const message = String((error as Error).message ?? error);
		// Kysely's introspection lists the tables and columns of every schema of the server (pg_get_serial_sequence
		// by name): a schema, table or column someone else drops meanwhile fails it with '… does not exist' before
		// any migration ran (full run: 'column "content" of relation "scenarios"', another test's schema migrating
		// down). Not ours: again. Our own schema gone, or a migration that failed, is an error.
		const gone = /schema "([^"]+)" does not exist/.exec(message)?.[1];
		const elsewhere = failed === undefined && / does not exist/.test(message) && gone !== migrationTableSchema;
		if (!elsewhere || attempt >= 4) throw new Error(`Migration ${failed?.migrationName ?? ''} failed: ${message}`);
	}
}

/** Open and migrate in one step (CLI, tests, server start). */
export async function openMigrated(location = defaultDatabaseLocation(), opts: OpenOptions = {}): Promise<Db> {
	const { db } = openDatabase(location, opts);
	try {
		await migrateToLatest(db);
	} catch (e) {
		await db.destroy();
		throw e;
	}
	return db;
}

const open = new Map<string, Promise<Db>>();

/**
 * The server's database handles, one per location (no single global: tests and a future multi-tenant install can
 * point at several files or servers).
 */
export function getDb(location = defaultDatabaseLocation()): Promise<Db> {
	let p = open.get(location);
	if (!p) {
		p = openMigrated(location, { backgroundCheckpoints: true });
		open.set(location, p);
		p.catch(() => open.delete(location));
	}
	return p;
}

/** A trivial query: the health check's proof that the database answers (/healthz). */
export async function pingDatabase(db: Db): Promise<void> {
	await sql`select 1`.execute(db);
}
