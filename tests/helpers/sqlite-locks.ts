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
