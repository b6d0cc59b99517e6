import { existsSync, readFileSync, statSync } from 'node:fs';

/**
 * The process holding SQLite's WAL write lock on `file` (byte 120 of its -shm file, an exclusive POSIX lock, held
 * from a transaction's first write to its commit), read from /proc/locks; undefined when no write is in progress.
 * Read directly (no spawned process): the fault tests poll it to catch a short transaction open.
 */
export function sqliteWriter(file: string): number | undefined {
	const shm = file + '-shm';
	if (!existsSync(shm)) return undefined;
	const ino = statSync(shm).ino;
	for (const line of readFileSync('/proc/locks', 'utf8').split('\n')) {
		const f = line.trim().split(/\s+/);
		// "1: POSIX  ADVISORY  WRITE 1234 fe:01:5678 120 120"
		if (f[1] === 'POSIX' && f[3] === 'WRITE' && f[5]?.endsWith(`:${ino}`) && f[6] === '120' && f[7] === '120')
			return Number(f[4]);
	}
	return undefined;
}

/** How an attempt to kill a process inside its write transaction went. */
export type WriteCatch = 'killed' | 'missed' | 'ended';

/**
 * Kill the process `pid` inside a write transaction, safely: `inWrite()` is polled (say, `sqliteWriter(file) === pid`
 * once the job's row says its store began, or a lock seen in pg_locks) until it holds; the process is then stopped
 * (SIGSTOP, all its threads at once) and `committed()` reads the committed state from outside. If the write has not
 * committed, the process is killed there (SIGKILL) inside its transaction: 'killed'. If it had committed in between
 * (the lock seen was a later write, e.g. the job's 'done' row), it is let go on (SIGCONT): 'missed', the caller lets
 * it finish and tries again. If the committed state cannot be read while the process is stopped (stopped while writing
 * SQLite's WAL index), it is let go on and the polling goes on. 'ended': `ended()` held before the write was seen in progress. Polls on every turn of the
 * event loop (a short transaction is open for milliseconds).
 */
export async function killInsideWrite(
	pid: number,
	opts: {
		inWrite: () => boolean | Promise<boolean>;
		committed: () => boolean | Promise<boolean>;
		ended: () => boolean;
	}
): Promise<WriteCatch> {
	for (;;) {
		if (opts.ended()) return 'ended';
		if (await opts.inWrite()) {
			process.kill(pid, 'SIGSTOP');
			let committed: boolean | 'unreadable' = true;
			try {
				committed = await opts.committed();
			} catch (e) {
				// Stopped in the middle of writing SQLite's WAL index, the process leaves it unreadable to others until
				// it goes on (SQLITE_PROTOCOL, SQLITE_BUSY): let it go on and look again.
				if (!/^SQLITE_(PROTOCOL|BUSY)/.test((e as { code?: string }).code ?? '')) throw e;
				committed = 'unreadable';
			} finally {
				if (committed !== false) process.kill(pid, 'SIGCONT');
			}
			if (committed === true) return 'missed';
			if (committed === false) {
				process.kill(pid, 'SIGKILL');
				return 'killed';
			}
		}
		await new Promise((r) => setImmediate(r));
	}
}

/**
 * Run `attempt(n)` (n = 1, 2, …) until one returns 'killed': each starts a write and calls killInsideWrite; an attempt
 * that 'missed' or 'ended' must let its process finish (and check it succeeded) before returning. At most `times`
 * attempts, then the test fails: a write that is not one transaction would be caught committed every time.
 */
export async function retryKillInsideWrite(
	attempt: (n: number) => Promise<WriteCatch>,
	what: string,
	times = 5
): Promise<void> {
	for (let n = 1; n <= times; n++) {
		const caught = await attempt(n);
		if (caught === 'killed') return;
		console.log(`attempt ${n} to kill inside ${what}: ${caught} (the write had committed or ended), trying again`);
	}
	throw new Error(`${times} attempts ended before one was caught inside ${what}`);
}
