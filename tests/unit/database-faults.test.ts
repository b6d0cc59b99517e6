/**
 * Issue 15 item 4 ("disk full and read-only database files give a clear error"): which errors are database faults
 * (answered 503 with what to do) and which are not. SQLite's errors are real ones from better-sqlite3; PostgreSQL's
 * are given by their SQLSTATE, as pg reports them (the live outage is tests/e2e/pg-faults.test.ts).
 */
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { databaseFault } from '../../src/lib/server/db/faults';

describe('databaseFault', () => {
	it('a write to a SQLite file opened read-only is read_only, with a message saying nothing was saved and what to do', () => {
		const dir = mkdtempSync(join(tmpdir(), 'sapxep-faults-unit-'));
		try {
			new Database(join(dir, 'x.db')).exec('create table t (x)');
			const ro = new Database(join(dir, 'x.db'), { readonly: true });
			let err: unknown;
			try {
				ro.exec('insert into t values (1)');
			} catch (e) {
				err = e;
			}
			ro.close();
			const f = databaseFault(err);
			expect(f?.code).toBe('read_only');
			expect(f?.message.vi).toContain('CHƯA được lưu');
			expect(f?.message.vi).toContain('quản trị viên');
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});

	it('SQLITE_FULL is disk_full; I/O and open errors of the file are io_error', () => {
		expect(databaseFault(Object.assign(new Error('database or disk is full'), { code: 'SQLITE_FULL' }))?.code).toBe(
			'disk_full'
		);
		expect(databaseFault(Object.assign(new Error('disk I/O error'), { code: 'SQLITE_IOERR_WRITE' }))?.code).toBe(
			'io_error'
		);
	});

	it('PostgreSQL: connection refused, admin/crash shutdown, starting up and a lost connection are unavailable; 53100 disk_full; 25006 read_only', () => {
		const pgErr = (code: string) => Object.assign(new Error(code), { code });
		for (const c of ['ECONNREFUSED', '57P01', '57P02', '57P03', '08006', '53300'])
			expect(databaseFault(pgErr(c))?.code, c).toBe('unavailable');
		expect(databaseFault(new Error('Connection terminated unexpectedly'))?.code).toBe('unavailable');
		// the rollback after a lost connection fails with this, hiding the first error (seen mid-burst in pg-faults)
		expect(databaseFault(new Error('Client has encountered a connection error and is not queryable'))?.code).toBe(
			'unavailable'
		);
		expect(databaseFault(pgErr('53100'))?.code).toBe('disk_full');
		expect(databaseFault(pgErr('25006'))?.code).toBe('read_only');
		// Wrapped (an error with the fault as its cause).
		expect(databaseFault(new Error('saving failed', { cause: pgErr('57P01') }))?.code).toBe('unavailable');
	});

	it('other errors are not database faults: a missing file, a constraint, a syntax error, a plain bug', () => {
		const e = (code: string) => Object.assign(new Error(code), { code });
		for (const err of [
			e('ENOENT'),
			e('SQLITE_CONSTRAINT_UNIQUE'),
			e('23505'),
			e('42601'),
			new TypeError('x is undefined')
		])
			expect(databaseFault(err)).toBeUndefined();
	});
});
