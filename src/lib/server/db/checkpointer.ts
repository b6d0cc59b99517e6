/**
 * Checkpoints of the server's SQLite files, off its thread (issue 14 item 5). SQLite's own checkpoint runs inside the
 * commit that makes the write-ahead log pass 1000 pages: on the server's thread, with the file's fsync, it stalled
 * every request in flight for 90–170 ms under load (an editor's save paid a whole log's copy). Here one worker thread
 * per process (checkpoint-worker-main.ts) holds its own connection to each file and checkpoints it PASSIVE every half
 * second; the server's own connection keeps a far larger threshold as a safety net, should the thread fall behind
 * or be unable to write (a read-only file).
 */
import { Worker } from 'node:worker_threads';
import { workerScript } from '../worker-script.ts';

/** The server connection's own threshold (pages): only reached if the thread cannot keep up. */
export const SERVER_AUTOCHECKPOINT_PAGES = 16_384;
const INTERVAL_MS = 500;

let worker: Worker | null = null;

function checkpointWorker(): Worker {
	if (worker) return worker;
	const w = new Worker(workerScript(import.meta.url, 'src/lib/server/db/checkpoint-worker.mjs'), {
		workerData: { intervalMs: INTERVAL_MS }
	});
	w.on('error', (e) => console.error(`SQLite checkpointer stopped (${e.message}); the server checkpoints by itself`));
	w.on('exit', () => {
		if (worker === w) worker = null;
	});
	// After the listeners (a 'message' or 'error' listener refs a Worker again): it never keeps a process alive.
	w.unref();
	return (worker = w);
}

/** Checkpoint the SQLite file at `path` in the background until the returned stop is called (each call counts). */
export function checkpointInBackground(path: string): () => void {
	checkpointWorker().postMessage({ type: 'add', path });
	let stopped = false;
	return () => {
		if (stopped) return;
		stopped = true;
		worker?.postMessage({ type: 'remove', path });
	};
}
