/**
 * `npm run bench:load [-- --json] [-- --communes N] [-- --seconds S] [-- --kinds map,tile,scenario]`: load on loopback. Starts the BUILT server
 * (scripts/serve.mjs, building first when build/ is missing) on a generated dataset (10,000 communes by default,
 * seed 7, messy borders; the seeded SQLite file is cached in the temp folder and copied for each run), signs in test
 * accounts, then for S seconds (20) drives it from 127.0.0.1 only with bounded concurrency:
 * - 50 readers, each looping over the map page, what the map page then fetches (its units, GET
 *   /api/datasets/[id]/units, and a commune vector tile of the dataset's whole view), and the scenario
 *   (GET /api/scenarios/[sid]); no reader sends If-None-Match (every answer is a whole body, as on a first visit);
 * - 5 editors, each posting ops (add then remove a neighbour) to its own group in its own scenario.
 * Every request is bounded in time (30 s) and the total in count (MAX_REQUESTS). Before the timed window, a first
 * visit (the page, its units, its view's tiles, each editor's scenario) warms the caches (load_warmup_ms). The
 * client reads bodies without decoding them (as sent: br/gzip).
 * Figures: load_p99_ms (< 200), load_errors (0), load_rps, per-kind p50/p99, and the machine's load average.
 * `--profile DIR` runs the server under `node --cpu-prof` (its profile is written to DIR when it stops).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { Agent, request as httpRequest } from 'node:http';
import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { createServer } from 'node:net';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { migrations } from '../migrations/index.ts';
import { openMigrated } from '../src/lib/server/db/database.ts';
import { listAdjacency } from '../src/lib/server/db/adjacency.repository.ts';
import { listUnits } from '../src/lib/server/db/unit.repository.ts';
import { unionBbox } from '../src/lib/domain/units.ts';
import { UNIT_TILE_MAX_ZOOM } from '../src/lib/map/style.ts';
import { addUser } from '../src/lib/server/auth/users.ts';
import { SESSION_COOKIE } from '../src/lib/server/auth/session.ts';
import { seedDemo } from '../src/lib/server/demo.ts';

const argv = process.argv.slice(2);
const JSON_OUT = argv.includes('--json');
const opt = (name: string, d: number) => {
	const i = argv.indexOf(`--${name}`);
	return i >= 0 ? Number(argv[i + 1]) : d;
};
const COMMUNES = opt('communes', 10000);
const SECONDS = opt('seconds', 20);
const READERS = 50;
/** What readers ask for (all four by default; `--kinds tile,scenario` leaves the map page out, for a diagnosis). */
const KINDS = (argv.includes('--kinds') ? argv[argv.indexOf('--kinds') + 1] : 'map,units,tile,scenario').split(',');
const EDITORS = 5;
/** `--profile DIR`: the server runs under `node --cpu-prof` and writes its CPU profile there when it stops. */
const PROFILE_DIR = argv.includes('--profile') ? resolve(argv[argv.indexOf('--profile') + 1]) : null;
const MAX_REQUESTS = 200_000;
const REQUEST_TIMEOUT_MS = 30_000;
const PASSWORD = 'mật khẩu tải thử 2026';
const log = (...a: unknown[]) => (JSON_OUT ? console.error(...a) : console.log(...a));

function freePort(): Promise<number> {
	return new Promise((res, rej) => {
		const s = createServer();
		s.listen(0, '127.0.0.1', () => {
			const p = (s.address() as { port: number }).port;
			s.close(() => res(p));
		});
		s.on('error', rej);
	});
}

/** The seeded database for COMMUNES, cached per migration list (a schema change seeds again). */
async function seededDb(): Promise<{ path: string; datasetId: number }> {
	const key = createHash('sha1').update(Object.keys(migrations).join(',')).digest('hex').slice(0, 10);
	const cached = join(tmpdir(), `sapxep-load-${COMMUNES}-${key}.db`);
	if (!existsSync(cached)) {
		log(`seeding ${COMMUNES} communes into ${cached} (once)…`);
		const tmp = `${cached}.part`;
		rmSync(tmp, { force: true });
		const db = await openMigrated(tmp);
		await seedDemo(db, { communes: COMMUNES, seed: 7, messy: true });
		await db.destroy();
		copyFileSync(tmp, cached);
		rmSync(tmp, { force: true });
		rmSync(`${tmp}-wal`, { force: true });
		rmSync(`${tmp}-shm`, { force: true });
	}
	const dir = mkdtempSync(join(tmpdir(), 'sapxep-load-'));
	const path = join(dir, 'load.db');
	copyFileSync(cached, path);
	const db = await openMigrated(path);
	const ds = await db.selectFrom('datasets').select('id').orderBy('id').executeTakeFirstOrThrow();
	for (const [login, role] of [
		['tai-bientap', 'editor'],
		['tai-quantri', 'admin']
	] as const)
		await addUser(db, { login, role, name: `Tải thử ${role}`, password: PASSWORD }, 'bench');
	await db.destroy();
	return { path, datasetId: ds.id };
}

async function startServer(dbPath: string): Promise<{ url: string; child: ChildProcess }> {
	if (!existsSync(resolve('build/handler.js'))) {
		log('build/ is missing: building (vite build)…');
		const r = spawnSync(process.execPath, [resolve('node_modules/vite/bin/vite.js'), 'build'], { stdio: 'inherit' });
		if (r.status !== 0) throw new Error('vite build failed');
	}
	const port = await freePort();
	const { ORIGIN: _o, PROTOCOL_HEADER: _p, HOST_HEADER: _h, ...env } = process.env;
	const nodeArgs = PROFILE_DIR ? ['--cpu-prof', '--cpu-prof-dir', PROFILE_DIR] : [];
	const child = spawn(process.execPath, [...nodeArgs, resolve('scripts/serve.mjs')], {
		env: { ...env, HOST: '127.0.0.1', PORT: String(port), DATABASE_PATH: dbPath },
		stdio: ['ignore', 'ignore', 'inherit']
	});
	const url = `http://127.0.0.1:${port}`;
	const deadline = Date.now() + 60_000;
	for (;;) {
		try {
			if ((await fetch(url + '/login')).ok) break;
		} catch {
			/* not up yet */
		}
		if (child.exitCode != null || Date.now() > deadline) throw new Error('server did not start');
		await new Promise((r) => setTimeout(r, 200));
	}
	return { url, child };
}

async function signIn(url: string, login: string): Promise<string> {
	const r = await fetch(url + '/api/auth/login', {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify({ login, password: PASSWORD })
	});
	const c = r.headers.getSetCookie().find((s) => s.startsWith(SESSION_COOKIE + '='));
	if (r.status !== 200 || !c) throw new Error(`sign-in failed: ${r.status}`);
	return `${SESSION_COOKIE}=${c.slice(SESSION_COOKIE.length + 1).split(';')[0]}`;
}

interface Sample {
	kind: string;
	/** When it was sent, ms after the timed window opened. */
	at: number;
	ms: number;
	ok: boolean;
	bytes: number;
}

/**
 * The tiles the map page fetches to show the whole dataset: the deepest zoom at which its box spans at most 4 × 3
 * tiles (a screen of 512-px tiles), every tile of that zoom over the box.
 */
function viewTiles([w, s, e, n]: [number, number, number, number]): string[] {
	const tx = (lon: number, z: number) => Math.floor(((lon + 180) / 360) * 2 ** z);
	const ty = (lat: number, z: number) => {
		const r = (lat * Math.PI) / 180;
		return Math.floor(((1 - Math.log(Math.tan(r) + 1 / Math.cos(r)) / Math.PI) / 2) * 2 ** z);
	};
	let z = UNIT_TILE_MAX_ZOOM;
	while (z > 0 && (tx(e, z) - tx(w, z) >= 4 || ty(s, z) - ty(n, z) >= 3)) z--;
	const out: string[] = [];
	for (let x = tx(w, z); x <= tx(e, z); x++) for (let y = ty(n, z); y <= ty(s, z); y++) out.push(`${z}/${x}/${y}`);
	return out;
}

const pct = (xs: number[], p: number) =>
	xs.length ? [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))] : NaN;

async function main() {
	const { path, datasetId } = await seededDb();
	const { url, child } = await startServer(path);
	const samples: Sample[] = [];
	let t0 = performance.now();
	let sent = 0;
	const errors: string[] = [];
	try {
		const reader = await signIn(url, 'tai-quantri');
		const editor = await signIn(url, 'tai-bientap');
		const db = await openMigrated(path);
		const pairs = (await listAdjacency(db, datasetId, 'commune')).map((r) => ({ a: r.a_code, b: r.b_code }));
		const tiles = viewTiles(unionBbox(await listUnits(db, datasetId))!).map(
			(t) => `/api/datasets/${datasetId}/tiles/commune/${t}`
		);
		await db.destroy();
		// One scenario per editor, each with one group of two neighbours and a third neighbour to add and remove.
		const plans: { sid: number; version: number; groupId: string; extra: string }[] = [];
		const used = new Set<string>();
		const post = (path: string, body: unknown) =>
			fetch(url + path, {
				method: 'POST',
				headers: { 'content-type': 'application/json', cookie: editor },
				body: JSON.stringify(body)
			});
		for (let e = 0; e < EDITORS; e++) {
			const pair = pairs.find((p) => !used.has(p.a) && !used.has(p.b))!;
			const third = pairs.find(
				(p) =>
					(p.a === pair.a || p.a === pair.b || p.b === pair.a || p.b === pair.b) &&
					!used.has(p.a) &&
					!used.has(p.b) &&
					p !== pair
			)!;
			const extra = [third.a, third.b].find((c) => c !== pair.a && c !== pair.b)!;
			for (const c of [pair.a, pair.b, extra]) used.add(c);
			const created = await post(`/api/datasets/${datasetId}/scenarios`, { name: `Tải thử ${e + 1}` });
			if (created.status !== 201) throw new Error(`create scenario: ${created.status} ${await created.text()}`);
			const { scenario } = await created.json();
			const r = await post(`/api/scenarios/${scenario.id}/ops`, {
				version: scenario.version,
				ops: [{ op: 'newGroup', id: `g${e}`, members: [pair.a, pair.b] }]
			});
			if (r.status !== 200) throw new Error(`new group: ${r.status} ${await r.text()}`);
			plans.push({ sid: scenario.id, version: (await r.json()).version, groupId: `g${e}`, extra });
		}

		// The client: plain HTTP/1.1 with keep-alive, bodies read as they arrive and NOT decoded (a browser decodes on
		// its own CPU; decoding 10,000 communes' layers here would load the machine the server runs on and be timed as
		// the server's). Readers ask for br/gzip as a browser does; editors ask for nothing (they read the answer).
		const agent = new Agent({ keepAlive: true, maxSockets: READERS + EDITORS });
		const send = (
			method: 'GET' | 'POST',
			path: string,
			headers: Record<string, string>,
			body?: string
		): Promise<{ status: number; body: Buffer }> =>
			new Promise((res, rej) => {
				const req = httpRequest(
					url + path,
					{ method, agent, headers, signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) },
					(r) => {
						const chunks: Buffer[] = [];
						r.on('data', (c: Buffer) => chunks.push(c));
						r.on('end', () => res({ status: r.statusCode ?? 0, body: Buffer.concat(chunks) }));
						r.on('error', rej);
					}
				);
				req.on('error', rej);
				req.end(body);
			});
		const timed = async (kind: string, f: () => Promise<{ status: number; body: Buffer }>) => {
			if (sent >= MAX_REQUESTS) return;
			sent++;
			const t = performance.now();
			try {
				const res = await f();
				samples.push({ kind, at: t - t0, ms: performance.now() - t, ok: res.status < 400, bytes: res.body.byteLength });
				if (res.status >= 400 && errors.length < 10) errors.push(`${kind} ${res.status}`);
				return res.status < 400 ? res.body : undefined;
			} catch (e) {
				samples.push({ kind, at: t - t0, ms: performance.now() - t, ok: false, bytes: 0 });
				if (errors.length < 10) errors.push(`${kind} ${(e as Error).message}`);
			}
		};
		const get = (path: string) => () => send('GET', path, { cookie: reader, 'accept-encoding': 'br, gzip, deflate' });
		const readerLoop = async (i: number) => {
			const sid = plans[i % plans.length].sid;
			const kinds = (
				[
					['map page', () => `/datasets/${datasetId}`],
					['units', () => `/api/datasets/${datasetId}/units`],
					['tile', (k: number) => tiles[(i + k) % tiles.length]],
					['scenario', () => `/api/scenarios/${sid}`]
				] as [string, (k: number) => string][]
			).filter(([k]) => KINDS.includes(k.split(' ')[0]));
			for (let k = i; performance.now() < until && sent < MAX_REQUESTS; k++) {
				const [kind, path] = kinds[k % kinds.length];
				await timed(kind, get(path(k)));
			}
		};
		const editorLoop = async (e: number) => {
			const p = plans[e];
			for (let k = 0; performance.now() < until && sent < MAX_REQUESTS; k++) {
				const op = k % 2 === 0 ? 'addMember' : 'removeMember';
				const body = await timed('ops', () =>
					send(
						'POST',
						`/api/scenarios/${p.sid}/ops`,
						{ 'content-type': 'application/json', cookie: editor },
						JSON.stringify({ version: p.version, ops: [{ op, groupId: p.groupId, code: p.extra }] })
					)
				);
				if (!body) break; // an error: the version is unknown now, stop this editor (counted)
				p.version = JSON.parse(body.toString('utf8')).version;
			}
		};
		// Warm-up, not timed with the load: the first visit of the day, one request after another: the map page, what it
		// fetches (its units and the tiles of its view: the tile index is built on the first, each tile cut on its own
		// first request, ~0.1–0.3 s each at 10,000 communes, then kept per dataset version) and each editor's scenario
		// (its answer is made once per state). Its time is load_warmup_ms; the timed window measures the load after it.
		const tw = performance.now();
		for (const path of [
			`/datasets/${datasetId}`,
			`/api/datasets/${datasetId}/units`,
			...tiles,
			...plans.map((p) => `/api/scenarios/${p.sid}`)
		]) {
			const r = await send('GET', path, { cookie: reader, 'accept-encoding': 'br, gzip, deflate' });
			if (r.status >= 400) throw new Error(`warm-up ${path}: ${r.status}`);
		}
		const warmup = performance.now() - tw;
		log(
			`warm-up (a first visit: page, units, ${tiles.length} tiles, ${plans.length} scenarios; cold caches): ${(warmup / 1000).toFixed(1)} s`
		);
		log(`${url}: dataset ${datasetId}, ${READERS} readers + ${EDITORS} editors for ${SECONDS} s…`);
		t0 = performance.now();
		const until = t0 + SECONDS * 1000;
		await Promise.all([
			...Array.from({ length: READERS }, (_, i) => readerLoop(i)),
			...Array.from({ length: EDITORS }, (_, e) => editorLoop(e))
		]);
		const wall = (performance.now() - t0) / 1000;
		agent.destroy();
		const all = samples.map((s) => s.ms);
		const result: Record<string, number> = {
			load_communes: COMMUNES,
			load_seconds: wall,
			load_requests: samples.length,
			load_rps: samples.length / wall,
			load_errors: samples.filter((s) => !s.ok).length,
			load_p50_ms: pct(all, 50),
			load_p99_ms: pct(all, 99),
			load_mb_served: samples.reduce((a, s) => a + s.bytes, 0) / 1e6,
			load_warmup_ms: warmup,
			load_average_1min: loadavg()[0]
		};
		for (const kind of ['map page', 'units', 'tile', 'scenario', 'ops']) {
			const of = samples.filter((s) => s.kind === kind);
			const xs = of.map((s) => s.ms);
			const k = kind.replace(' ', '_');
			const kb = of.length ? of.reduce((a, s) => a + s.bytes, 0) / of.length / 1000 : NaN;
			result[`load_${k}_requests`] = xs.length;
			result[`load_${k}_p50_ms`] = pct(xs, 50);
			result[`load_${k}_p99_ms`] = pct(xs, 99);
			result[`load_${k}_kb_per_request`] = kb;
			log(
				`${kind.padEnd(9)} ${String(xs.length).padStart(6)} requests: p50 ${pct(xs, 50).toFixed(0)} ms, p99 ${pct(xs, 99).toFixed(0)} ms, ${kb.toFixed(1)} kB each (as sent)`
			);
		}
		log(
			`all       ${String(samples.length).padStart(6)} requests in ${wall.toFixed(1)} s: ${result.load_rps.toFixed(1)} req/s, ` +
				`p50 ${result.load_p50_ms.toFixed(0)} ms, p99 ${result.load_p99_ms.toFixed(0)} ms, ${result.load_errors} errors, ${result.load_mb_served.toFixed(0)} MB served`
		);
		if (errors.length) log(`first errors: ${errors.join('; ')}`);
		const slowest = [...samples].sort((a, b) => b.ms - a.ms).slice(0, 5);
		log(
			`slowest: ${slowest.map((s) => `${s.kind} ${s.ms.toFixed(0)} ms sent at ${(s.at / 1000).toFixed(1)} s`).join('; ')}`
		);
		log(`${result.load_p99_ms < 200 ? 'PASS' : 'MISS'}  load_p99_ms < 200: ${result.load_p99_ms.toFixed(0)} ms`);
		log(`${result.load_errors === 0 ? 'PASS' : 'MISS'}  load_errors = 0: ${result.load_errors}`);
		if (JSON_OUT) process.stdout.write(JSON.stringify(result, null, 2) + '\n');
	} finally {
		child.kill('SIGTERM');
		await new Promise((r) => child.once('exit', r));
		rmSync(resolve(path, '..'), { recursive: true, force: true });
	}
}

await main();
