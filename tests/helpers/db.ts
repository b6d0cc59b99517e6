import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import pg from 'pg';
import { isPostgresUrl, openMigrated, type Db } from '../../src/lib/server/db/database';
import type { ImportFile } from '../../src/lib/server/import/dataset';

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

/** `url` with its search_path set to `schema` (the libpq `options` parameter, read by every process given it). */
export function withSearchPath(url: string, schema: string): string {
	const u = new URL(url);
	u.searchParams.delete('options');
	const rest = u.searchParams.toString();
	u.search = '';
	return `${u.toString()}?${rest ? rest + '&' : ''}options=${encodeURIComponent(`-c search_path=${schema}`)}`;
}

/** A fresh, empty schema on the test PostgreSQL server: its URL, and drop() to remove it with everything in it. */
export async function tempPgSchema(base = TEST_DATABASE_URL): Promise<{ url: string; drop: () => Promise<void> }> {
	if (!base) throw new Error('TEST_DATABASE_URL (postgres://…) is not set');
	const schema = `t_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
	const admin = async (statement: string) => {
		const c = new pg.Client({ connectionString: base });
		await c.connect();
		try {
			await c.query(statement);
		} finally {
			await c.end();
		}
	};
	await admin(`create schema "${schema}"`);
	return { url: withSearchPath(base, schema), drop: () => admin(`drop schema if exists "${schema}" cascade`) };
}

/**
 * A database location for a test that opens it itself (getDb, the CLI, a server): the SQLite file `file`, or, on
 * PostgreSQL, the URL of a fresh schema. `drop()` removes the schema (nothing on SQLite: remove the folder).
 */
export async function tempLocation(file: string): Promise<{ location: string; drop: () => Promise<void> }> {
	if (testDialect === 'sqlite') return { location: file, drop: async () => {} };
	const s = await tempPgSchema();
	return { location: s.url, drop: s.drop };
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
