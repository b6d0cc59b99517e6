/**
 * The SQLite checkpointer's thread (see checkpointer.ts): it holds its own connection to each database file it is
 * given and copies the write-ahead log into the file (a PASSIVE checkpoint: it never waits for, nor blocks, the
 * server's readers and writers) every `intervalMs`, so that no commit on the server's thread pays a checkpoint and
 * its fsync. A background thread (background-thread.ts).
 */
import Database from 'better-sqlite3';
import { parentPort, workerData } from 'node:worker_threads';
import { runAsBackgroundThread } from '../background-thread.ts';

runAsBackgroundThread();

type File = { db: Database.Database | null; users: number; failed: boolean };

/** path → its connection (null when it could not be opened: read-only file, gone) and how many handles use it. */
const files = new Map<string, File>();

parentPort!.on('message', (m: { type: 'add' | 'remove'; path: string }) => {
	const f = files.get(m.path);
	if (m.type === 'add') {
		if (f) f.users++;
		else files.set(m.path, { db: null, users: 1, failed: false });
	} else if (m.type === 'remove' && f && --f.users <= 0) {
		f.db?.close();
		files.delete(m.path);
	}
});

function checkpoint(path: string, f: File) {
	if (f.failed) return;
	try {
		if (!f.db) {
			f.db = new Database(path, { fileMustExist: true });
			f.db.pragma('busy_timeout = 0');
		}
		f.db.pragma('wal_checkpoint(PASSIVE)');
	} catch (e) {
		// A read-only or vanished file is left alone (the server's own connection checkpoints as SQLite always did);
		// a busy log (another checkpoint running) or a full disk is tried again next time.
		const code = String((e as { code?: string } | null)?.code ?? '');
		if (code === 'SQLITE_READONLY' || code === 'SQLITE_CANTOPEN' || code === 'SQLITE_NOTADB') {
			f.failed = true;
			f.db?.close();
			f.db = null;
		}
	}
}

setInterval(
	() => {
		for (const [path, f] of files) checkpoint(path, f);
	},
	(workerData as { intervalMs?: number } | undefined)?.intervalMs ?? 500
);
