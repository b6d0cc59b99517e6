/**
 * Issue 14 item 5 (load on loopback): the SQLite handle keeps its prepared statements (Kysely's driver prepared each
 * query again, ~8% of the server's CPU under load). Kept statements must answer exactly as fresh ones: after a schema
 * change, while a streamed read of the same query is open, inside transactions, and within a bound.
 */
import Database from 'better-sqlite3';
import { sql } from 'kysely';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, SQLITE_STATEMENT_CACHE, type Db } from '../../src/lib/server/db/database';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a scratch table outside the app's schema
type Any = any;

describe('SQLite prepared statements kept per handle', () => {
	let dir: string;
	let db: Db;
	let prepared: string[];
	const realPrepare = Database.prototype.prepare;

	beforeEach(async () => {
		dir = mkdtempSync(join(tmpdir(), 'sapxep-stmt-'));
		db = openDatabase(join(dir, 'x.db')).db;
		prepared = [];
		// Counted, not replaced: the real prepare runs.
		Database.prototype.prepare = function (this: Database.Database, source: string) {
			prepared.push(source);
			return realPrepare.call(this, source);
		} as typeof realPrepare;
		await sql`create table t (id integer primary key, name text)`.execute(db);
	});

	afterEach(async () => {
		Database.prototype.prepare = realPrepare;
		await db.destroy();
		rmSync(dir, { recursive: true, force: true });
	});

	const t = () => (db as Kysely).selectFrom('t');
	type Kysely = import('kysely').Kysely<Any>;

	it('a query run 200 times with different values is prepared once and answers each value', async () => {
		const k = db as unknown as Kysely;
		for (let i = 0; i < 200; i++)
			await k
				.insertInto('t')
				.values({ id: i, name: `n${i}` })
				.execute();
		prepared = [];
		for (let i = 0; i < 200; i++) {
			const row = await t().select('name').where('id', '=', i).executeTakeFirst();
			expect(row).toEqual({ name: `n${i}` });
		}
		expect(prepared.length).toBe(1);
	});

	it('after a schema change the kept statement answers with the new columns (SQLite prepares it again)', async () => {
		const k = db as unknown as Kysely;
		await k.insertInto('t').values({ id: 1, name: 'a' }).execute();
		expect(await t().selectAll().execute()).toEqual([{ id: 1, name: 'a' }]);
		await sql`alter table t add column note text default 'x'`.execute(db);
		expect(await t().selectAll().execute()).toEqual([{ id: 1, name: 'a', note: 'x' }]);
	});

	it('a streamed read of a kept query answers its rows, and the kept statement answers after it', async () => {
		const k = db as unknown as Kysely;
		for (let i = 0; i < 5; i++)
			await k
				.insertInto('t')
				.values({ id: i, name: `n${i}` })
				.execute();
		await t().selectAll().orderBy('id').execute(); // kept
		const streamed: number[] = [];
		for await (const row of t().selectAll().orderBy('id').stream()) streamed.push(row.id);
		expect(streamed).toEqual([0, 1, 2, 3, 4]);
		expect((await t().selectAll().orderBy('id').execute()).map((r) => r.id)).toEqual([0, 1, 2, 3, 4]);
	});

	it('a rolled-back transaction leaves nothing, a committed one its rows, with kept begin/commit/rollback', async () => {
		const k = db as unknown as Kysely;
		for (let round = 0; round < 3; round++) {
			await expect(
				k.transaction().execute(async (trx) => {
					await trx
						.insertInto('t')
						.values({ id: 100 + round, name: 'gone' })
						.execute();
					throw new Error('stop');
				})
			).rejects.toThrow('stop');
			await k.transaction().execute(async (trx) => {
				await trx.insertInto('t').values({ id: round, name: 'kept' }).execute();
			});
		}
		expect((await t().select('id').orderBy('id').execute()).map((r) => r.id)).toEqual([0, 1, 2]);
		expect(new Set(prepared.filter((s) => /^(begin|commit|rollback)$/.test(s)))).toEqual(
			new Set(['begin', 'commit', 'rollback'])
		);
		expect(prepared.filter((s) => s === 'begin').length).toBe(1);
	});

	it('at most SQLITE_STATEMENT_CACHE statements are kept: the least recently used is prepared again', async () => {
		const n = SQLITE_STATEMENT_CACHE + 10;
		// n distinct texts (a different number of values in an in-list), then the first again.
		const query = (i: number) =>
			t()
				.select('id')
				.where(
					'id',
					'in',
					Array.from({ length: i + 1 }, (_, j) => j)
				);
		for (let i = 0; i < n; i++) await query(i).execute();
		expect(prepared.length).toBe(n + 1); // + the create table
		prepared = [];
		await query(n - 1).execute(); // recently used: kept
		expect(prepared.length).toBe(0);
		await query(0).execute(); // dropped: prepared again
		expect(prepared.length).toBe(1);
	});
});
