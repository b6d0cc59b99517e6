/**
 * `npm run bench:load [-- --json] [-- --quick] [-- --communes N] [-- --seconds S] [-- --ramp S]
 * [-- --kinds map,units,tile,scenario]`: load on loopback; also part of `npm run bench`, in a process of its own
 * there (benchLoadInChild). Starts the BUILT server (bench/server.ts: scripts/serve.mjs, building first when build/ is
 * missing) on a generated dataset (10,000 communes by default, 1,500 with --quick; seed 7, messy borders; the seeded
 * SQLite file is cached in the temp folder and copied for each run), signs in bench accounts, then for S seconds (20;
 * 5 with --quick) drives it from 127.0.0.1 only with bounded concurrency:
 * - 50 readers, each looping over the map page, what the map page then fetches (its units, GET
 *   /api/datasets/[id]/units, and a commune vector tile of the dataset's whole view), and the scenario
 *   (GET /api/scenarios/[sid]); no reader sends If-None-Match (every answer is a whole body, as on a first visit);
 * - 5 editors, each posting ops (add then remove a neighbour) to its own group in its own scenario.
 * Every request is bounded in time (30 s) and the total in count (MAX_REQUESTS). Before the timed window, a first
 * visit (the page, its units, its view's tiles, each editor's scenario) warms the caches (load_warmup_ms), then the
 * same load runs for a ramp (2 s; load_ramp_*, its errors counted). The client reads bodies to the last byte
 * without decoding them (as sent: br/gzip).
 * Figures: load_p99_ms (< 200), load_errors (0), load_rps, per-kind p50/p99, the machine's load average, and CPU
 * time per request of the server's process (from /proc: a count the machine's other load moves much less than
 * wall time) and of the client, with the client's own event-loop delay and garbage-collection time.
 * `--profile DIR` runs the server under `node --cpu-prof` (its profile is written to DIR when it stops).
 */
import { spawn } from 'node:child_process';
import { Agent, request as httpRequest } from 'node:http';
import { monitorEventLoopDelay, PerformanceObserver } from 'node:perf_hooks';
import { availableParallelism, loadavg } from 'node:os';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { openMigrated } from '../src/lib/server/db/database.ts';
import { listAdjacency } from '../src/lib/server/db/adjacency.repository.ts';
import { listUnits } from '../src/lib/server/db/unit.repository.ts';
import { unionBbox } from '../src/lib/domain/units.ts';
import { pct, viewTiles } from './figures.ts';
import { ADMIN, EDITOR, benchDb, processCpuMs, serverSettled, signIn, startBuiltServer, type Log } from './server.ts';

type Result = Record<string, number | string | boolean>;
type Targets = [string, boolean, string][];

export interface LoadOptions {
	log: Log;
	result: Result;
	targets: Targets;
	/** 1,500 communes for 5 s instead of 10,000 for 20 s. */
	quick?: boolean;
	communes?: number;
	seconds?: number;
	/** What readers ask for: map, units, tile, scenario (all by default). */
	kinds?: string[];
	/** Run the server under `node --cpu-prof`, its profile written to this folder when it stops. */
	profileDir?: string | null;
	/** Seconds of the same load before the timed window (RAMP_SECONDS by default). */
	ramp?: number;
}

const READERS = 50;
const EDITORS = 5;
const MAX_REQUESTS = 200_000;
/** The same load before the timed window (see the ramp below), seconds. */
const RAMP_SECONDS = 2;
const REQUEST_TIMEOUT_MS = 30_000;

interface Sample {
	kind: string;
	/** When it was sent, ms after the timed window opened. */
	at: number;
	ms: number;
	ok: boolean;
	bytes: number;
}

/** The load bench (see above): its figures into `result`, its targets into `targets`. */
export async function benchLoad(opts: LoadOptions): Promise<void> {
	const { log } = opts;
	const COMMUNES = opts.communes ?? (opts.quick ? 1500 : 10000);
	const SECONDS = opts.seconds ?? (opts.quick ? 5 : 20);
	const KINDS = opts.kinds ?? ['map', 'units', 'tile', 'scenario'];
	const RAMP = opts.ramp ?? RAMP_SECONDS;
	log(
		`\n== Load on loopback: ${READERS} readers + ${EDITORS} editors, ${COMMUNES} communes, ${SECONDS} s (built server) ==`
	);
	const bench = await benchDb([{ communes: COMMUNES, seed: 7, messy: true }], log);
	const { path } = bench;
	const datasetId = bench.datasetIds[0];
	const server = await startBuiltServer(path, {
		log,
		nodeArgs: opts.profileDir ? ['--cpu-prof', '--cpu-prof-dir', resolve(opts.profileDir)] : []
	});
	const { url } = server;
	const samples: Sample[] = [];
	const ramp: Sample[] = [];
	let phase = ramp;
	let t0 = performance.now();
	let until = t0;
	let sent = 0;
	const errors: string[] = [];
	try {
		const reader = await signIn(url, ADMIN);
		const editor = await signIn(url, EDITOR);
		const db = await openMigrated(path);
		const pairs = (await listAdjacency(db, datasetId, 'commune')).map((r) => ({ a: r.a_code, b: r.b_code }));
		const tiles = viewTiles(unionBbox(await listUnits(db, datasetId))!).map(
			(t) => `/api/datasets/${datasetId}/tiles/commune/${t}`
		);
		await db.destroy();
		// One scenario per editor, each with one group of two neighbours and a third neighbour to add and remove.
		const plans: { sid: number; version: number; groupId: string; extra: string; step: number }[] = [];
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
			plans.push({ sid: scenario.id, version: (await r.json()).version, groupId: `g${e}`, extra, step: 0 });
		}

		// The client: plain HTTP/1.1 with keep-alive, bodies read as they arrive and NOT decoded (a browser decodes on
		// its own CPU; decoding 10,000 communes' layers here would load the machine the server runs on and be timed as
		// the server's). Readers ask for br/gzip as a browser does; editors ask for nothing (they read the answer).
		const agent = new Agent({ keepAlive: true, maxSockets: READERS + EDITORS });
		// A reader's body is read to its last byte and counted, not kept (an editor keeps its answer: it reads the version).
		const send = (
			method: 'GET' | 'POST',
			path: string,
			headers: Record<string, string>,
			body?: string,
			keep = method === 'POST'
		): Promise<{ status: number; bytes: number; body: Buffer | null }> =>
			new Promise((res, rej) => {
				const req = httpRequest(
					url + path,
					{ method, agent, headers, signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) },
					(r) => {
						const chunks: Buffer[] = [];
						let bytes = 0;
						r.on('data', (c: Buffer) => {
							bytes += c.byteLength;
							if (keep) chunks.push(c);
						});
						r.on('end', () => res({ status: r.statusCode ?? 0, bytes, body: keep ? Buffer.concat(chunks) : null }));
						r.on('error', rej);
					}
				);
				req.on('error', rej);
				req.end(body);
			});
		const timed = async (kind: string, f: () => Promise<{ status: number; bytes: number; body: Buffer | null }>) => {
			if (sent >= MAX_REQUESTS) return;
			sent++;
			const t = performance.now();
			const into = phase; // the ramp's samples or the window's, by when the request was sent
			try {
				const res = await f();
				into.push({ kind, at: t - t0, ms: performance.now() - t, ok: res.status < 400, bytes: res.bytes });
				if (res.status >= 400 && errors.length < 10) errors.push(`${kind} ${res.status}`);
				return res.status < 400 ? (res.body ?? undefined) : undefined;
			} catch (e) {
				into.push({ kind, at: t - t0, ms: performance.now() - t, ok: false, bytes: 0 });
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
			for (; performance.now() < until && sent < MAX_REQUESTS; p.step++) {
				const op = p.step % 2 === 0 ? 'addMember' : 'removeMember';
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
		await serverSettled(server.child.pid, log);
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
		const drive = () =>
			Promise.all([
				...Array.from({ length: READERS }, (_, i) => readerLoop(i)),
				...Array.from({ length: EDITORS }, (_, e) => editorLoop(e))
			]);
		// The ramp, not timed with the load: the same readers and editors for RAMP_SECONDS, as if they had come a moment
		// earlier. Their first burst (55 connections opened at once, code of the server and of the client compiled as
		// it runs concurrently for the first time) stalled the first requests by 0.4–2 s in every run, on whatever
		// kind they were; the window measures the load, not its first second. The ramp's figures are printed
		// (load_ramp_*) and its errors counted in load_errors.
		t0 = performance.now();
		until = t0 + RAMP * 1000;
		await drive();
		phase = samples;
		log(`${url}: dataset ${datasetId}, ${READERS} readers + ${EDITORS} editors for ${SECONDS} s…`);
		const loadBefore = loadavg()[0];
		const serverCpu0 = processCpuMs(server.child.pid);
		const clientCpu0 = process.cpuUsage();
		// The client's own stalls (its event loop's delays, its garbage collections) are timed with every request in
		// flight: they are printed, so a slow client is not mistaken for a slow server.
		const loopDelay = monitorEventLoopDelay({ resolution: 10 });
		let clientGcMs = 0;
		const gcs = new PerformanceObserver((list) => {
			for (const e of list.getEntries()) clientGcMs += e.duration;
		});
		gcs.observe({ entryTypes: ['gc'] });
		loopDelay.enable();
		t0 = performance.now();
		until = t0 + SECONDS * 1000;
		await drive();
		const wall = (performance.now() - t0) / 1000;
		const serverCpu = processCpuMs(server.child.pid) - serverCpu0;
		const clientCpuUs = process.cpuUsage(clientCpu0);
		const clientCpu = (clientCpuUs.user + clientCpuUs.system) / 1000;
		loopDelay.disable();
		gcs.disconnect();
		agent.destroy();
		const all = samples.map((s) => s.ms);
		const result: Record<string, number> = {
			load_average_1min_before: loadBefore,
			load_communes: COMMUNES,
			load_seconds: wall,
			load_requests: samples.length,
			load_rps: samples.length / wall,
			load_errors: samples.filter((s) => !s.ok).length + ramp.filter((s) => !s.ok).length,
			load_ramp_seconds: RAMP,
			load_ramp_requests: ramp.length,
			load_ramp_p99_ms: pct(
				ramp.map((s) => s.ms),
				99
			),
			load_p50_ms: pct(all, 50),
			load_p99_ms: pct(all, 99),
			load_mb_served: samples.reduce((a, s) => a + s.bytes, 0) / 1e6,
			load_warmup_ms: warmup,
			load_server_cpu_ms_per_request: serverCpu / samples.length,
			load_client_cpu_ms_per_request: clientCpu / samples.length,
			load_client_loop_delay_p99_ms: loopDelay.percentile(99) / 1e6,
			load_client_loop_delay_max_ms: loopDelay.max / 1e6,
			load_client_gc_ms: clientGcMs,
			load_client_heap_mb: process.memoryUsage().heapUsed / 1e6,
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
		log(
			`(ramp before the window: ${ramp.length} requests in ${RAMP} s, p99 ${result.load_ramp_p99_ms.toFixed(0)} ms, ` +
				`${ramp.filter((s) => !s.ok).length} errors, not in the figures above but its errors in load_errors)`
		);
		log(
			`CPU per request: server ${result.load_server_cpu_ms_per_request.toFixed(2)} ms, client ${result.load_client_cpu_ms_per_request.toFixed(2)} ms ` +
				`(server ${(serverCpu / 1000).toFixed(1)} s, client ${(clientCpu / 1000).toFixed(1)} s of CPU in ${wall.toFixed(1)} s on ${availableParallelism()} cores)`
		);
		log(
			`the client (pid ${process.pid}, heap ${result.load_client_heap_mb.toFixed(0)} MB): event-loop delay p99 ${result.load_client_loop_delay_p99_ms.toFixed(1)} ms, ` +
				`max ${result.load_client_loop_delay_max_ms.toFixed(1)} ms; garbage collection ${clientGcMs.toFixed(0)} ms in ${wall.toFixed(1)} s`
		);
		if (errors.length) log(`first errors: ${errors.join('; ')}`);
		const quarters = [0, 1, 2, 3].map((q) =>
			pct(
				samples.filter((s) => Math.floor((4 * s.at) / (wall * 1000)) === q).map((s) => s.ms),
				99
			).toFixed(0)
		);
		log(`p99 by quarter of the window (by when sent): ${quarters.join(', ')} ms`);
		const slowest = [...samples].sort((a, b) => b.ms - a.ms).slice(0, 5);
		log(
			`slowest: ${slowest.map((s) => `${s.kind} ${s.ms.toFixed(0)} ms sent at ${(s.at / 1000).toFixed(1)} s`).join('; ')}`
		);
		Object.assign(opts.result, result);
		opts.targets.push(
			[`load_p99_ms < 200 (${COMMUNES} communes)`, result.load_p99_ms < 200, `${result.load_p99_ms.toFixed(0)} ms`],
			[`load_errors = 0`, result.load_errors === 0, `${result.load_errors}`]
		);
	} finally {
		await server.stop();
		bench.remove();
	}
}

/**
 * benchLoad in a process of its own, as `npm run bench` runs it: the client starts on a fresh heap whatever the
 * calling process did before (the whole bench's in-process parts leave a heap of generated provinces and an import's
 * garbage; their collections in the client would be timed as the server's latency). Same load, same figures: its
 * log lines come through `log`, its figures and targets are added to `result` and `targets`.
 */
export async function benchLoadInChild(opts: LoadOptions): Promise<void> {
	const args = [fileURLToPath(import.meta.url), '--report'];
	if (opts.quick) args.push('--quick');
	if (opts.communes !== undefined) args.push('--communes', String(opts.communes));
	if (opts.seconds !== undefined) args.push('--seconds', String(opts.seconds));
	if (opts.kinds) args.push('--kinds', opts.kinds.join(','));
	if (opts.profileDir) args.push('--profile', opts.profileDir);
	if (opts.ramp !== undefined) args.push('--ramp', String(opts.ramp));
	const child = spawn(process.execPath, ['--import', 'tsx', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
	let out = '';
	child.stdout.on('data', (d) => (out += d));
	createInterface({ input: child.stderr }).on('line', (line) => opts.log(line));
	const code = await new Promise<number | null>((r) => child.on('close', r));
	if (code !== 0) throw new Error(`the load client (bench/load.ts) exited with ${code}`);
	const report = JSON.parse(out) as { result: Result; targets: Targets };
	Object.assign(opts.result, report.result);
	opts.targets.push(...report.targets);
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const argv = process.argv.slice(2);
	// --report (benchLoadInChild): the log on stderr, figures and targets as one JSON object on stdout.
	const report = argv.includes('--report');
	const json = argv.includes('--json') || report;
	const arg = (name: string) => (argv.includes(`--${name}`) ? argv[argv.indexOf(`--${name}`) + 1] : undefined);
	const num = (name: string) => (arg(name) === undefined ? undefined : Number(arg(name)));
	const result: Result = {};
	const targets: Targets = [];
	const log: Log = (...a) => (json ? console.error(...a) : console.log(...a));
	await benchLoad({
		log,
		result,
		targets,
		quick: argv.includes('--quick'),
		communes: num('communes'),
		seconds: num('seconds'),
		kinds: arg('kinds')?.split(','),
		profileDir: arg('profile') ?? null,
		ramp: num('ramp')
	});
	if (report) process.stdout.write(JSON.stringify({ result, targets }) + '\n');
	else {
		for (const [name, ok, value] of targets) log(`${ok ? 'PASS' : 'MISS'}  ${name}: ${value}`);
		if (json) process.stdout.write(JSON.stringify(result, null, 2) + '\n');
	}
}
