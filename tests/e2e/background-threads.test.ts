/**
 * The built server's background threads run at a lower CPU priority than the thread answering requests
 * (src/lib/server/background-thread.ts): after a start, the SQLite checkpointer, the tile worker and the geometry
 * worker (started by the start-up warm-up of the newest dataset's maps, start-warm.ts) show up in the server's process
 * as threads with a nice value of at least BACKGROUND_NICE, while its main thread keeps the process's own. Read from
 * /proc/<pid>/task (Linux, where the server runs). The demo province, generated.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openMigrated } from '../../src/lib/server/db/database';
import { seedDemo } from '../../src/lib/server/demo';
import { BACKGROUND_NICE } from '../../src/lib/server/background-thread';
import { startServer, type RunningServer } from './harness';
import { until } from './faults';

const dir = mkdtempSync(join(tmpdir(), 'sapxep-background-'));
let server: RunningServer | undefined;
afterAll(async () => {
	await server?.stop();
	rmSync(dir, { recursive: true, force: true });
});

/** The nice value of each thread of process `pid`, by thread id. */
function niceByThread(pid: number): Map<number, number> {
	const out = new Map<number, number>();
	for (const tid of readdirSync(`/proc/${pid}/task`)) {
		try {
			// After "(name) " the fields are state, ppid, …: nice is the 17th of them.
			const fields = readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8').split(') ').pop()!.split(' ');
			out.set(Number(tid), Number(fields[16]));
		} catch {
			// the thread ended meanwhile
		}
	}
	return out;
}

describe('background threads of the built server', () => {
	it('the checkpointer, tile and geometry workers run niced (at least BACKGROUND_NICE); the request thread keeps its own', async () => {
		const file = join(dir, 'app.db');
		const db = await openMigrated(file);
		await seedDemo(db, { communes: 40, seed: 3, name: 'Tỉnh thử' });
		await db.destroy();
		server = await startServer(file);
		const pid = server.child.pid!;
		const own = niceByThread(pid).get(pid)!;
		if (own >= BACKGROUND_NICE)
			throw new Error(
				`the server runs at nice ${own}: run this test below nice ${BACKGROUND_NICE} (npm test runs it at 0)`
			);
		const niced = () =>
			[...niceByThread(pid).entries()].filter(([tid, n]) => tid !== pid && n === BACKGROUND_NICE).length;
		await until(() => niced() >= 3, 30_000, 'three background threads niced');
		expect(niceByThread(pid).get(pid)).toBe(own);
	});
});
