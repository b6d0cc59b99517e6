/**
 * `db backup`: a consistent copy of the database, verified before it is reported.
 *
 * SQLite: `VACUUM INTO` writes a compact copy of the live file in one read transaction (the app may keep serving and
 * writing meanwhile: the copy is the database as of one moment, never a torn file as a `cp` of a WAL database can
 * be); the copy is then opened on its own and must pass `PRAGMA integrity_check`, hold every table of the source at
 * the same migration, and every row must read (a count of each table). A copy that fails is deleted.
 *
 * PostgreSQL: `pg_dump --format=custom` (the schema of the URL's search_path when one is set, else the whole
 * database), then `pg_restore --list` must read the archive back and find every table's data in it. pg_dump is
 * looked up as PG_DUMP, else on the PATH, else in Debian's /usr/lib/postgresql/<version>/bin.
 */
import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { isPostgresUrl } from './dialect.ts';
import type { Bilingual } from '../../domain/messages.ts';
import { both } from '../../i18n/catalogue.ts';

export interface BackupResult {
	database: 'sqlite' | 'postgres';
	file: string;
	bytes: number;
	/** Tables checked in the copy, with their row counts (SQLite) or their data entries found (PostgreSQL). */
	tables: { table: string; rows: number | null }[];
	integrity: 'ok';
}

/** A failure of the backup, with what to do, in both languages. */
export class BackupError extends Error {
	readonly vi: string;
	constructor(messages: Bilingual) {
		super(messages.en);
		this.vi = messages.vi;
	}
}

/** yyyymmdd-hhmmss in UTC, for file names. */
function stamp(d = new Date()): string {
	return d
		.toISOString()
		.replace(/\.\d+Z$/, '')
		.replace(/[-:]/g, '')
		.replace('T', '-');
}

/** Where the backup goes: `out` as a file, or a timestamped file in the folder `out` (default ./backups). */
export function backupTarget(out: string | undefined, ext: string, now = new Date()): string {
	const name = `sapxep-${stamp(now)}${ext}`;
	if (!out) return resolve('backups', name);
	const abs = resolve(out);
	if (out.endsWith('/') || (existsSync(abs) && statSync(abs).isDirectory())) return join(abs, name);
	return abs;
}

/** The backup file for `out` (see backupTarget), refused when it exists: an earlier backup is never overwritten. */
function freshTarget(out: string | undefined, ext: string): string {
	const file = backupTarget(out, ext);
	if (existsSync(file)) throw new BackupError(both('db.backup.fileExistsChooseAnotherName', { file }));
	return file;
}

function appTables(db: Database.Database): string[] {
	return (db.prepare(`select name from sqlite_master where type = 'table' order by name`).all() as { name: string }[])
		.map((r) => r.name)
		.filter((n) => !n.startsWith('sqlite_'));
}

function migrationCount(db: Database.Database): number {
	return (db.prepare(`select count(*) as n from kysely_migration`).get() as { n: number }).n;
}

/** Back a SQLite file up with VACUUM INTO and verify the copy. */
export function backupSqlite(source: string, out: string | undefined): BackupResult {
	if (!existsSync(source)) throw new BackupError(both('db.backup.noDatabaseFileAtSource', { source }));
	const file = freshTarget(out, '.db');
	mkdirSync(dirname(file), { recursive: true });
	const src = new Database(source, { fileMustExist: true });
	let tables: string[];
	let migrations: number;
	try {
		src.pragma('busy_timeout = 5000');
		tables = appTables(src);
		migrations = migrationCount(src);
		// VACUUM INTO reads the database in one transaction of its own (it cannot run inside another).
		src.prepare('vacuum into ?').run(file);
	} catch (e) {
		rmSync(file, { force: true });
		throw e;
	} finally {
		src.close();
	}
	const copy = new Database(file, { readonly: true, fileMustExist: true });
	let counts: { table: string; rows: number }[];
	try {
		const check = copy.pragma('integrity_check', { simple: true });
		const bad = (why: Bilingual) =>
			new BackupError(both('db.backup.theCopyFileEnDo', { file, vi: why.vi, en: why.en }));
		if (check !== 'ok') throw bad(both('db.backup.failsTheIntegrityCheckP1', { p1: String(check) }));
		const copied = appTables(copy);
		const missing = tables.filter((t) => !copied.includes(t));
		if (missing.length) throw bad(both('db.backup.lacksTheTablesP1', { p1: missing.join(', ') }));
		if (migrationCount(copy) !== migrations) throw bad(both('db.backup.hasAnotherSchemaVersion'));
		// Every row readable: a full count of every table of the copy.
		counts = copied.map((t) => ({
			table: t,
			rows: (copy.prepare(`select count(*) as n from "${t}"`).get() as { n: number }).n
		}));
	} catch (e) {
		copy.close();
		rmSync(file, { force: true });
		throw e;
	}
	copy.close();
	return { database: 'sqlite', file, bytes: statSync(file).size, tables: counts, integrity: 'ok' };
}

/** The pg_dump (or pg_restore) to run: PG_DUMP / PG_RESTORE, else the PATH, else Debian's newest. */
export function pgTool(name: 'pg_dump' | 'pg_restore'): string {
	const env = process.env[name.toUpperCase()];
	if (env) return env;
	for (const dir of (process.env.PATH ?? '').split(':')) if (dir && existsSync(join(dir, name))) return join(dir, name);
	const debian = '/usr/lib/postgresql';
	if (existsSync(debian)) {
		const versions = readdirSync(debian).sort((a, b) => Number(b) - Number(a));
		for (const v of versions) if (existsSync(join(debian, v, 'bin', name))) return join(debian, v, 'bin', name);
	}
	return name;
}

function run(cmd: string, args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number; out: string; err: string }> {
	return new Promise((res, rej) => {
		const child = spawn(cmd, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
		let out = '';
		let err = '';
		child.stdout.on('data', (d) => (out += d));
		child.stderr.on('data', (d) => (err += d));
		child.on('error', rej);
		child.on('close', (code) => res({ code: code ?? 1, out, err }));
	});
}

/** The connection of a postgres:// URL for libpq tools: the URL without its password (given as PGPASSWORD). */
function libpqTarget(url: string): { url: string; password?: string; schema?: string } {
	const u = new URL(url);
	const password = u.password ? decodeURIComponent(u.password) : undefined;
	u.password = '';
	const options = u.searchParams.get('options') ?? '';
	const schema = /search_path\s*=\s*([^\s,]+)/.exec(options)?.[1]?.replace(/^"|"$/g, '');
	return { url: u.toString(), password, schema };
}

/** Back a PostgreSQL database up with pg_dump (custom format) and verify the archive with pg_restore --list. */
export async function backupPostgres(location: string, out: string | undefined): Promise<BackupResult> {
	if (!isPostgresUrl(location)) throw new Error('backupPostgres needs a postgres:// URL');
	const file = freshTarget(out, '.dump');
	mkdirSync(dirname(file), { recursive: true });
	const target = libpqTarget(location);
	const env = { ...process.env, ...(target.password ? { PGPASSWORD: target.password } : {}) };
	const dump = pgTool('pg_dump');
	const args = ['--format=custom', `--file=${file}`, ...(target.schema ? [`--schema=${target.schema}`] : [])];
	const r = await run(dump, [...args, `--dbname=${target.url}`], env).catch((e: NodeJS.ErrnoException) => {
		if (e.code === 'ENOENT') throw new BackupError(both('db.backup.pgDumpDumpIsNot', { dump }));
		throw e;
	});
	if (r.code !== 0) {
		rmSync(file, { force: true });
		throw new BackupError(both('db.backup.pgDumpFailedP1', { p1: r.err.trim() }));
	}
	const list = await run(pgTool('pg_restore'), ['--list', file], env).catch(() => null);
	if (!list || list.code !== 0)
		throw new BackupError(both('db.backup.theArchiveFileCannotBe', { file, p1: list ? `: ${list.err.trim()}` : '' }));
	const tables = [...list.out.matchAll(/ TABLE DATA (\S+) (\S+) /g)].map((m) => ({ table: m[2], rows: null }));
	if (!tables.some((t) => t.table === 'datasets'))
		throw new BackupError(both('db.backup.theArchiveFileHoldsNo', { file }));
	return { database: 'postgres', file, bytes: statSync(file).size, tables, integrity: 'ok' };
}
