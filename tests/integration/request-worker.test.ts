/**
 * The worker threads the server asks (map tiles, the after view's geometry) never keep a process alive: a process that
 * started one and has nothing else to do exits by itself, whether the worker was only posted to (the tile warm-up
 * after an import) or asked and answered. The bug it guards against: the thread was unreferenced before its 'message'
 * listener was added, which refs a Worker again (Node 20), so a process that had run an import job (the CLI, the
 * interrupted-import test's child) never ended. Real worker scripts in a real child process.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const dir = mkdtempSync(join(tmpdir(), 'sapxep-request-worker-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let scripts = 0;

/** Run `body` (a module's text) in a child with tsx; its exit code (null if it had to be killed) and output. */
function runChild(body: string, limitMs: number): Promise<{ code: number | null; out: string }> {
	const script = join(dir, `child-${++scripts}.mts`);
	writeFileSync(script, body);
	return new Promise((done) => {
		const child = spawn(process.execPath, ['--import', 'tsx', script], { stdio: ['ignore', 'pipe', 'pipe'] });
		let out = '';
		child.stdout.on('data', (d) => (out += d));
		child.stderr.on('data', (d) => (out += d));
		const timer = setTimeout(() => child.kill('SIGKILL'), limitMs);
		child.once('exit', (code) => {
			clearTimeout(timer);
			done({ code, out });
		});
	});
}

const requestWorker = JSON.stringify(resolve('src/lib/server/request-worker.ts'));
const moduleUrl = JSON.stringify(new URL('../../src/lib/server/services/map-tiles.ts', import.meta.url).href);

describe('a RequestWorker', () => {
	it('posted to only (as the tile warm-up is): the process exits by itself once its own work is done', async () => {
		const r = await runChild(
			`import { RequestWorker } from ${requestWorker};
			const w = new RequestWorker(${moduleUrl}, 'src/lib/server/services/tile-worker.mjs', { sets: 2 });
			w.post({ type: 'load', key: 'k', text: '{"type":"FeatureCollection","features":[]}' });
			w.post({ type: 'build', key: 'k' });
			console.log('posted');`,
			30_000
		);
		expect(r.out).toContain('posted');
		expect(r.code, r.out).toBe(0);
	}, 40_000);

	it('asked and answered: the process exits by itself after the reply', async () => {
		const r = await runChild(
			`import { RequestWorker } from ${requestWorker};
			const w = new RequestWorker(${moduleUrl}, 'src/lib/server/services/tile-worker.mjs');
			const reply = await w.ask({ type: 'tile', key: 'never-loaded', z: 0, x: 0, y: 0 });
			console.log(JSON.stringify(reply));`,
			30_000
		);
		expect(r.out).toContain('"missing":true');
		expect(r.code, r.out).toBe(0);
	}, 40_000);
});
