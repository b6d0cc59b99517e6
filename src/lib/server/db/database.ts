import Database from 'better-sqlite3';
import { Kysely, Migrator, SqliteDialect, type Migration, type MigrationProvider } from 'kysely';
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { migrations } from '../../../../migrations/index.ts';
import type { DB } from './schema.ts';

export type Db = Kysely<DB>;

/** Where the database lives: DATABASE_PATH, else data/sapxep.db under the working directory. */
export function defaultDatabasePath(): string {
	return resolve(process.env.DATABASE_PATH || 'data/sapxep.db');
}

class ListMigrationProvider implements MigrationProvider {
	async getMigrations(): Promise<Record<string, Migration>> {
		return migrations;
	}
}

/** Open (creating if needed) a SQLite database with WAL and foreign keys on. Does not migrate. */
export function openDatabase(path: string): { db: Db; sqlite: Database.Database } {
	if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
	const sqlite = new Database(path);
	sqlite.pragma('journal_mode = WAL');
	sqlite.pragma('foreign_keys = ON');
	sqlite.pragma('busy_timeout = 5000');
	sqlite.pragma('synchronous = NORMAL');
	const db = new Kysely<DB>({ dialect: new SqliteDialect({ database: sqlite }) });
	return { db, sqlite };
}

/** Apply every pending migration; throws with the failing migration's name. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations run on Kysely<any> (frozen in time)
export async function migrateToLatest(db: Kysely<any>): Promise<string[]> {
	const migrator = new Migrator({ db, provider: new ListMigrationProvider() });
	const { error, results } = await migrator.migrateToLatest();
	const failed = results?.find((r) => r.status === 'Error');
	if (error) {
		throw new Error(`Migration ${failed?.migrationName ?? ''} failed: ${(error as Error).message ?? error}`);
	}
	return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}

/** Open and migrate in one step (CLI, tests, server start). */
export async function openMigrated(path = defaultDatabasePath()): Promise<Db> {
	const { db } = openDatabase(path);
	await migrateToLatest(db);
	return db;
}

const open = new Map<string, Promise<Db>>();

/**
 * The server's database handles, one per file path (no single global: tests and a future
 * multi-tenant install can point at several files).
 */
export function getDb(path = defaultDatabasePath()): Promise<Db> {
	let p = open.get(path);
	if (!p) {
		p = openMigrated(path);
		open.set(path, p);
	}
	return p;
}
