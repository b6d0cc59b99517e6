/**
 * Worker threads doing background work (map tiles and the after view's geometry, dossier exports, imports, SQLite
 * checkpoints) run at a lower CPU priority than the thread that answers requests: on a server of two cores, a
 * country's tile build or an export took a whole core, and the requests in flight waited behind it (the start-up
 * warm-up of a 10,000-commune country raised the load test's p99 from ~150 to ~230 ms). On Linux a thread has its own
 * nice value: the calling thread's (its id read from /proc/thread-self) is raised to BACKGROUND_NICE; elsewhere, or
 * when refused, nothing changes.
 */
import { readlinkSync } from 'node:fs';
import { getPriority, setPriority } from 'node:os';

/** The nice value of background threads, at least (the request thread keeps the process's, 0 by default). */
export const BACKGROUND_NICE = 10;

/** Lower the calling thread's CPU priority (call it first thing in a worker's entry). */
export function runAsBackgroundThread(): void {
	if (process.platform !== 'linux') return;
	try {
		const tid = Number(readlinkSync('/proc/thread-self').split('/').pop());
		// Never above the process's own (a process started with `nice` keeps its threads at least as low).
		if (Number.isInteger(tid) && tid > 0) setPriority(tid, Math.max(getPriority(tid), BACKGROUND_NICE));
	} catch {
		// Not permitted or no /proc: the thread keeps the process's priority.
	}
}
