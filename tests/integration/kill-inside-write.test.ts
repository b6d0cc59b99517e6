/**
 * The piece every fault test kills a process inside its write with (tests/helpers/sqlite-locks.ts): a process
 * whose write lock is seen is stopped and killed only while its transaction has not committed. The bug it guards
 * against: a lock seen just after the commit (the import job's 'done' row) was killed all the same, and the test then
 * failed, finding the dataset it expected absent. Real processes on a real SQLite file in WAL mode.
 */
import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { killInsideWrite, retryKillInsideWrite, sqliteWriter, type WriteCatch } from '../helpers/sqlite-locks';

let dir: string;
beforeAll(() => (dir = mkdtempSync(join(tmpdir(), 'sapxep-kill-inside-'))));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/**
 * A child that writes `rows` in one transaction held open for `holdMs`, commits, then (as a job's 'done' row)
 * writes a second transaction held open for `holdMs` too.
 */
function writer(file: string, holdMs: number) {
	const script = `
		const Database = require('better-sqlite3');
		const db = new Database(${JSON.stringify(file)});
		db.pragma('journal_mode = WAL');
		const hold = (ms) => { const end = Date.now() + ms; while (Date.now() < end); };
		db.exec('begin immediate'); db.exec("insert into rows (what) values ('store')"); hold(${holdMs}); db.exec('commit');
		db.exec('begin immediate'); db.exec("insert into jobs (what) values ('done')"); hold(${holdMs}); db.exec('commit');
		db.close();`;
	const child = spawn(process.execPath, ['-e', script], { stdio: 'ignore' });
	return { child, exited: new Promise((r) => child.once('exit', r)) };
}

function freshFile(name: string): string {
	const file = join(dir, name);
	const db = new Database(file);
	db.pragma('journal_mode = WAL');
	db.exec('create table rows (what text); create table jobs (what text)');
	db.close();
	return file;
}

const count = (file: string, table: string) => {
	const db = new Database(file, { readonly: true });
	try {
		return (db.prepare(`select count(*) as n from ${table}`).get() as { n: number }).n;
	} finally {
		db.close();
	}
};

describe('killInsideWrite', () => {
	it('a lock seen while the store is open: the process is killed there and nothing of its store is committed', async () => {
		const file = freshFile('killed.db');
		const { child, exited } = writer(file, 1500);
		const caught = await killInsideWrite(child.pid!, {
			inWrite: () => sqliteWriter(file) === child.pid,
			committed: () => count(file, 'rows') > 0,
			ended: () => child.exitCode != null
		});
		await exited;
		expect(caught).toBe('killed');
		expect(child.signalCode).toBe('SIGKILL');
		expect(count(file, 'rows')).toBe(0);
	});

	it('a lock seen after the store committed (the "done" write): the process is let go on and ends normally, and the next attempt is the one killed', async () => {
		const file = freshFile('missed.db');
		const outcomes: WriteCatch[] = [];
		await retryKillInsideWrite(async (n) => {
			const { child, exited } = writer(file, 1500);
			// The first attempt looks only once the store has committed, as a poll that came too late would.
			const caught = await killInsideWrite(child.pid!, {
				inWrite: () => sqliteWriter(file) === child.pid && (n > 1 || count(file, 'rows') > 0),
				committed: () => count(file, 'rows') > n - 1,
				ended: () => child.exitCode != null
			});
			await exited;
			outcomes.push(caught);
			if (caught !== 'killed') expect(child.exitCode, 'the write let go on ends normally').toBe(0);
			return caught;
		}, 'the store');
		expect(outcomes).toEqual(['missed', 'killed']);
		// The first attempt's store and its 'done' row are whole; the second's store is not there.
		expect([count(file, 'rows'), count(file, 'jobs')]).toEqual([1, 1]);
	});

	it('five attempts that all miss fail the test (a store that is not one transaction would)', async () => {
		let n = 0;
		await expect(
			retryKillInsideWrite(async () => {
				n++;
				return 'missed';
			}, 'nothing')
		).rejects.toThrow('5 attempts ended before one was caught inside nothing');
		expect(n).toBe(5);
	});
});
