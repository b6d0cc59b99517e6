import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import pg from 'pg';
import { getDb, isPostgresUrl, openMigrated, type Db } from '../../src/lib/server/db/database';
import { afterAll, beforeAll } from 'vitest';
export { openMigrated };
import type { ImportFile } from '../../src/lib/server/import/dataset';
import { migrations } from '../../migrations/index';

/** The real province shared beside the repository (never copied into it: its licence forbids). */
export const LAM_DONG = resolve(process.cwd(), '../shared/data/lam-dong');

/**
 * The PostgreSQL server the integration tests run on when TEST_DATABASE_URL (postgres://…) is set; otherwise they
 * run on SQLite files. Each test database is then a schema of its own in that database, dropped afterwards.
 */
export const TEST_DATABASE_URL = isPostgresUrl(process.env.TEST_DATABASE_URL ?? '')
	? process.env.TEST_DATABASE_URL!
	: '';
export const testDialect: 'sqlite' | 'postgres' = TEST_DATABASE_URL ? 'postgres' : 'sqlite';

/**
 * `url` with its search_path set to `schema` (the libpq `options` parameter, read by every process given it), and
 * commits that do not wait for the disk (synchronous_commit=off, a setting of the session: nothing is lost unless
 * the server crashes, which a test's throwaway data survives; SQLite's test files run with synchronous=NORMAL).
 */
export function withSearchPath(url: string, schema: string): string {
	const u = new URL(url);
	u.searchParams.delete('options');
	const rest = u.searchParams.toString();
	u.search = '';
	const options = `-c search_path=${schema} -c synchronous_commit=off`;
	return `${u.toString()}?${rest ? rest + '&' : ''}options=${encodeURIComponent(options)}`;
}

/** One statement on the test server, on a connection of its own. */
async function admin<T = Record<string, unknown>>(statement: string, params: unknown[] = [], base = TEST_DATABASE_URL) {
	const c = new pg.Client({ connectionString: base });
	await c.connect();
	try {
		await c.query('set synchronous_commit = off');
		return (await c.query(statement, params)).rows as T[];
	} finally {
		await c.end();
	}
}

/** A fresh, empty schema on the test PostgreSQL server: its URL, and drop() to remove it with everything in it. */
export async function tempPgSchema(base = TEST_DATABASE_URL): Promise<{ url: string; drop: () => Promise<void> }> {
	if (!base) throw new Error('TEST_DATABASE_URL (postgres://…) is not set');
	const schema = `t_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
	await admin(`create schema "${schema}"`, [], base);
	return {
		url: withSearchPath(base, schema),
		drop: async () => void (await admin(`drop schema if exists "${schema}" cascade`, [], base))
	};
}

/*
 * Migrated schemas, reused. Creating a schema and running every migration in it takes about a second on PostgreSQL
 * (and Kysely's migration lock is one for the whole server, so the test workers would wait on each other's): a test
 * database there is taken from a pool of schemas already migrated to this checkout's migrations, and given back
 * emptied (TRUNCATE … RESTART IDENTITY: no row left, identities from 1, as a fresh one; the migrations insert no
 * row). The pool is the table sapxep_test_schemas beside the test schemas (a row per schema: free or taken, the
 * migrations it was made with, the fingerprint of its tables and columns). A schema whose tables a test changed
 * (a restore, a dropped column) is dropped instead of given back; a checkout with other migrations has its own.
 */
const POOL = 'sapxep_test_schemas';
const POOL_VERSION = createHash('sha1').update(Object.keys(migrations).join('\n')).digest('hex').slice(0, 16);
const KEPT_TABLES = ['kysely_migration', 'kysely_migration_lock'];

/** The tables and columns of a schema, and its migrations, as one hash. */
async function fingerprint(schema: string): Promise<string> {
	const [r] = await admin<{ columns: string | null; migrations: string | null }>(
		`select (select string_agg(table_name || '.' || column_name || ':' || data_type || ':' || is_nullable, ','
		                           order by table_name, column_name)
		         from information_schema.columns where table_schema = $1) as columns,
		        (select string_agg(name, ',' order by name) from "${schema}".kysely_migration) as migrations`,
		[schema]
	);
	return createHash('sha1').update(`${r.columns}|${r.migrations}`).digest('hex');
}

let poolReady: Promise<void> | null = null;
function ensurePool(): Promise<void> {
	poolReady ??= (async () => {
		for (let attempt = 0; ; attempt++) {
			try {
				await admin(
					`create table if not exists ${POOL} (name text primary key, version text not null, fingerprint text not null, taken boolean not null)`
				);
				return;
			} catch (e) {
				// two processes creating it at once: one wins, the other sees it on its next try
				if (attempt >= 3) throw e;
			}
		}
	})();
	return poolReady;
}

/** A migrated, empty schema from the pool (made if none is free): its URL, and release() to give it back. */
async function migratedPgSchema(): Promise<{ url: string; release: () => Promise<void> }> {
	await ensurePool();
	const [free] = await admin<{ name: string }>(
		`update ${POOL} set taken = true where name = (
		   select name from ${POOL} where not taken and version = $1 limit 1 for update skip locked) returning name`,
		[POOL_VERSION]
	);
	let schema = free?.name;
	if (!schema) {
		schema = `t_pool_${randomBytes(6).toString('hex')}`;
		await admin(`create schema "${schema}"`);
		const db = await openMigrated(withSearchPath(TEST_DATABASE_URL, schema));
		await db.destroy();
		await admin(`insert into ${POOL} (name, version, fingerprint, taken) values ($1, $2, $3, true)`, [
			schema,
			POOL_VERSION,
			await fingerprint(schema)
		]);
	}
	const name = schema;
	const release = async () => {
		try {
			const [row] = await admin<{ fingerprint: string }>(`select fingerprint from ${POOL} where name = $1`, [name]);
			if (row && (await fingerprint(name)) === row.fingerprint) {
				const tables = await admin<{ table_name: string }>(
					`select table_name from information_schema.tables
					 where table_schema = $1 and table_type = 'BASE TABLE' and not (table_name = any($2))`,
					[name, KEPT_TABLES]
				);
				if (tables.length)
					await admin(
						`truncate ${tables.map((t) => `"${name}"."${t.table_name}"`).join(', ')} restart identity cascade`
					);
				await admin(`update ${POOL} set taken = false where name = $1`, [name]);
				return;
			}
		} catch {
			/* a schema that cannot be emptied is dropped below */
		}
		await admin(`drop schema if exists "${name}" cascade`);
		await admin(`delete from ${POOL} where name = $1`, [name]);
	};
	return { url: withSearchPath(TEST_DATABASE_URL, name), release };
}

/**
 * A database location for a test that opens it itself (getDb, the CLI, a server): the SQLite file `file`, or, on
 * PostgreSQL, the URL of an empty schema with the migrations applied (from the pool above). `drop()` gives the
 * schema back (nothing on SQLite: remove the folder).
 */
export async function tempLocation(file: string): Promise<{ location: string; drop: () => Promise<void> }> {
	if (testDialect === 'sqlite') return { location: file, drop: async () => {} };
	const s = await migratedPgSchema();
	return { location: s.url, drop: s.release };
}

/**
 * A fresh database with the real migrations applied: a SQLite file, or a schema on TEST_DATABASE_URL. `path` is
 * its location (a file path or a postgres:// URL) as DATABASE_PATH, openMigrated() and the CLI take it.
 */
export async function tempDb(): Promise<{ db: Db; path: string; dir: string; cleanup: () => Promise<void> }> {
	const dir = mkdtempSync(join(tmpdir(), 'sapxep-test-'));
	const { location: path, drop } = await tempLocation(join(dir, 'test.db'));
	const db = await openMigrated(path);
	return {
		db,
		path,
		dir,
		cleanup: async () => {
			await db.destroy();
			await drop();
			rmSync(dir, { recursive: true, force: true });
		}
	};
}

/** The Lâm Đồng files as the CLI folder import reads them. */
export function lamDongFiles(): ImportFile[] {
	return ['districts.geojson', 'communes.geojson', 'units.csv'].map((n) => ({
		name: n,
		data: readFileSync(join(LAM_DONG, n))
	}));
}

/** Snapshot of every table's row count, to prove a failed import wrote nothing. */
export async function tableCounts(db: Db): Promise<Record<string, number>> {
	const out: Record<string, number> = {};
	for (const t of ['datasets', 'units', 'adjacency', 'data_quality', 'audit_log'] as const) {
		const r = await db
			.selectFrom(t)
			.select((e) => e.fn.countAll<number>().as('n'))
			.executeTakeFirstOrThrow();
		out[t] = Number(r.n);
	}
	return out;
}

/**
 * A temporary database that the server's own handle (getDb(), what route handlers and services read) opens in this
 * test file: DATABASE_PATH points at it before the file's tests (register it before the hooks that seed it), and
 * after them the handle is destroyed, the variable removed and the database deleted.
 */
export function useHandlerDb(): void {
	let t: Awaited<ReturnType<typeof tempDb>>;
	beforeAll(async () => {
		t = await tempDb();
		await t.db.destroy();
		process.env.DATABASE_PATH = t.path;
	});
	afterAll(async () => {
		await (await getDb()).destroy();
		delete process.env.DATABASE_PATH;
		await t?.cleanup().catch(() => {});
	});
}
