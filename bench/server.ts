/**
 * The built server for the benchmarks that drive it from outside (bench/load.ts, bench/browser.ts): generated
 * datasets seeded once into a SQLite file cached in the temp folder (keyed by what was seeded and the migration
 * list: a schema change seeds again), copied for each run with two bench accounts added; the server started from
 * that copy through scripts/serve.mjs (as `npm start`, building first when build/ is missing), each in a process of
 * its own; sign-in through the API.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { migrations } from '../migrations/index.ts';
import { openMigrated } from '../src/lib/server/db/database.ts';
import { addUser } from '../src/lib/server/auth/users.ts';
import { SESSION_COOKIE } from '../src/lib/server/auth/session.ts';
import { seedDemo } from '../src/lib/server/demo.ts';
import { startServer, type RunningServer } from '../tests/e2e/harness.ts';

export type Log = (...a: unknown[]) => void;

/** What a benchmark seeds: `seedDemo`'s generated province. */
export interface Seed {
	communes: number;
	seed: number;
	messy: boolean;
}

/** The bench accounts' password, and their logins (an editor and an administrator). */
export const PASSWORD = 'mật khẩu tải thử 2026';
export const EDITOR = 'tai-bientap';
export const ADMIN = 'tai-quantri';

const seedTag = (s: Seed) => `${s.communes}s${s.seed}${s.messy ? 'm' : ''}`;

/**
 * The cached SQLite file holding `seeds` seeded in that order (dataset ids 1, 2, … in that order). A list is
 * seeded on a copy of the cached file of its first seeds (so the 10,000-commune dataset of the load and browser
 * benchmarks is generated once for both). Written to a file of this process's own and renamed: two benchmarks
 * seeding at once do not see each other's half-written file.
 */
async function cachedSeeds(seeds: Seed[], log: Log): Promise<string> {
	const key = createHash('sha1').update(Object.keys(migrations).join(',')).digest('hex').slice(0, 10);
	const file = join(tmpdir(), `sapxep-bench-${seeds.map(seedTag).join('+')}-${key}.db`);
	if (existsSync(file)) return file;
	const part = `${file}.${process.pid}.part`;
	rmSync(part, { force: true });
	if (seeds.length > 1) copyFileSync(await cachedSeeds(seeds.slice(0, -1), log), part);
	const last = seeds[seeds.length - 1];
	log(`seeding ${last.communes} communes (seed ${last.seed}${last.messy ? ', messy' : ''}) into ${file} (once)…`);
	const db = await openMigrated(part);
	await seedDemo(db, last);
	await db.destroy();
	rmSync(`${part}-wal`, { force: true });
	rmSync(`${part}-shm`, { force: true });
	renameSync(part, file);
	return file;
}

export interface BenchDb {
	/** The copy this run works on. */
	path: string;
	/** The dataset of each seed, in the order given. */
	datasetIds: number[];
	remove: () => void;
}

/** A fresh copy of the cached file for `seeds`, with the bench accounts (EDITOR, ADMIN) added. */
export async function benchDb(seeds: Seed[], log: Log): Promise<BenchDb> {
	const cached = await cachedSeeds(seeds, log);
	const dir = mkdtempSync(join(tmpdir(), 'sapxep-bench-run-'));
	const path = join(dir, 'bench.db');
	copyFileSync(cached, path);
	const db = await openMigrated(path);
	const ids = (await db.selectFrom('datasets').select('id').orderBy('id').execute()).map((d) => d.id);
	if (ids.length !== seeds.length) throw new Error(`${path}: ${ids.length} datasets, ${seeds.length} expected`);
	for (const [login, role] of [
		[EDITOR, 'editor'],
		[ADMIN, 'admin']
	] as const)
		await addUser(db, { login, role, name: `Tải thử ${role}`, password: PASSWORD }, 'bench');
	await db.destroy();
	return { path, datasetIds: ids, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * The built server (scripts/serve.mjs, as `npm start`, through the browser tests' harness) on `dbPath`, on a free
 * port of 127.0.0.1, in a process of its own; builds first when build/ is missing. `nodeArgs`: switches for its node
 * (e.g. `--cpu-prof`).
 */
export async function startBuiltServer(
	dbPath: string,
	opts: { log: Log; nodeArgs?: string[] }
): Promise<RunningServer> {
	if (!existsSync(resolve('build/handler.js'))) {
		opts.log('build/ is missing: building (vite build)…');
		const r = spawnSync(process.execPath, [resolve('node_modules/vite/bin/vite.js'), 'build'], { stdio: 'inherit' });
		if (r.status !== 0) throw new Error('vite build failed');
	}
	return startServer(dbPath, { nodeArgs: opts.nodeArgs });
}

/** Sign in through POST /api/auth/login; the session token (the value of SESSION_COOKIE). */
export async function signInToken(url: string, login: string): Promise<string> {
	const r = await fetch(url + '/api/auth/login', {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify({ login, password: PASSWORD })
	});
	const c = r.headers.getSetCookie().find((s) => s.startsWith(SESSION_COOKIE + '='));
	if (r.status !== 200 || !c) throw new Error(`sign-in failed: ${r.status}`);
	return c.slice(SESSION_COOKIE.length + 1).split(';')[0];
}

/** Sign in; the Cookie header for the session. */
export async function signIn(url: string, login: string): Promise<string> {
	return `${SESSION_COOKIE}=${await signInToken(url, login)}`;
}

/**
 * Before a part timed from outside this process (a server, a browser): this process's garbage collected (what the
 * in-process parts left behind would otherwise be swept while the client times requests), then a pause.
 */
export async function settle(ms = 2000): Promise<void> {
	setFlagsFromString('--expose-gc');
	(runInNewContext('gc') as (() => void) | undefined)?.();
	await new Promise((r) => setTimeout(r, ms));
}

/**
 * CPU time (user + system, ms) a process has used so far, from /proc (Linux; NaN elsewhere): the server's CPU per
 * request is a figure the machine's other load moves much less than wall time.
 */
export function processCpuMs(pid: number | undefined): number {
	try {
		const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
		const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
		// Fields 14 and 15 (utime, stime) in clock ticks, 100 per second on Linux.
		return ((Number(f[11]) + Number(f[12])) * 1000) / 100;
	} catch {
		return NaN;
	}
}

/**
 * Wait until the server's process is idle (under 5 % of a core over half a second, twice in a row; at most 60 s):
 * at start it makes the newest datasets' maps ready in the background (start-warm.ts), and a part timed during that
 * would time the warm-up as well as what it measures. Both sides of a ratio are measured after it. The wait, ms.
 */
export async function serverSettled(pid: number | undefined, log: Log): Promise<number> {
	const t0 = performance.now();
	let quiet = 0;
	let last = processCpuMs(pid);
	while (quiet < 2 && performance.now() - t0 < 60_000) {
		await new Promise((r) => setTimeout(r, 500));
		const now = processCpuMs(pid);
		quiet = now - last < 25 ? quiet + 1 : 0;
		last = now;
		if (Number.isNaN(now)) break;
	}
	const waited = performance.now() - t0;
	log(`server idle after ${(waited / 1000).toFixed(1)} s (its start-up warm-up of the maps)`);
	return waited;
}
