/**
 * Background worker threads run at a lower CPU priority than the thread answering requests
 * (src/lib/server/background-thread.ts): the map tiles' and the after view's workers, the SQLite checkpointer and a
 * dossier export's worker each show up in this process as a thread whose nice value is BACKGROUND_NICE, while this
 * (the request) thread keeps its own. Read from /proc (Linux, where the server runs). Real worker scripts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BACKGROUND_NICE } from '../../src/lib/server/background-thread';
import { RequestWorker } from '../../src/lib/server/request-worker';
import { openMigrated } from '../../src/lib/server/db/database';

const dir = mkdtempSync(join(tmpdir(), 'sapxep-background-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The nice value of each thread of this process, by thread id. */
function niceByThread(): Map<number, number> {
	const out = new Map<number, number>();
	for (const tid of readdirSync('/proc/self/task')) {
		try {
			// Fields after "(comm) ": state is the first; nice is the 19th field of the line, the 17th after the name.
			const after = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8').split(') ').pop()!.split(' ');
			out.set(Number(tid), Number(after[16]));
		} catch {
			// the thread ended meanwhile
		}
	}
	return out;
}
const backgroundThreads = () => [...niceByThread().values()].filter((n) => n === BACKGROUND_NICE).length;

const moduleUrl = new URL('../../src/lib/server/services/map-tiles.ts', import.meta.url).href;

describe('background threads', () => {
	it('the tile and geometry workers and the checkpointer each run niced; the request thread does not', async () => {
		const before = backgroundThreads();
		const tiles = new RequestWorker(moduleUrl, 'src/lib/server/services/tile-worker.mjs');
		await tiles.ask({ type: 'tile', key: 'none', z: 0, x: 0, y: 0 } as never);
		expect(backgroundThreads()).toBe(before + 1);
		const geometry = new RequestWorker(moduleUrl, 'src/lib/server/services/geometry-worker.mjs');
		await geometry.ask({ type: 'simplify', rows: [] } as never);
		expect(backgroundThreads()).toBe(before + 2);
		const db = await openMigrated(join(dir, 'x.db'), { backgroundCheckpoints: true });
		try {
			const end = Date.now() + 20_000;
			while (backgroundThreads() < before + 3 && Date.now() < end) await new Promise((r) => setTimeout(r, 50));
			expect(backgroundThreads()).toBe(before + 3);
		} finally {
			await db.destroy();
		}
		expect(niceByThread().get(process.pid)).toBe(0);
	}, 60_000);
});
