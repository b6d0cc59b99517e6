/**
 * `npm run bench:load [-- --json] [-- --quick] [-- --communes N] [-- --seconds S] [-- --kinds map,tile,scenario]`:
 * load on loopback; also part of `npm run bench` (benchLoad). Starts the BUILT server (bench/server.ts: scripts/
 * serve.mjs, building first when build/ is missing) on a generated dataset (10,000 communes by default, 1,500 with
 * --quick; seed 7, messy borders; the seeded SQLite file is cached in the temp folder and copied for each run), signs
 * in bench accounts, then for S seconds (20; 5 with --quick) drives it from 127.0.0.1 only with bounded concurrency:
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
import { Agent, request as httpRequest } from 'node:http';
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { openMigrated } from '../src/lib/server/db/database.ts';
import { listAdjacency } from '../src/lib/server/db/adjacency.repository.ts';
import { listUnits } from '../src/lib/server/db/unit.repository.ts';
import { unionBbox } from '../src/lib/domain/units.ts';
import { pct, viewTiles } from './figures.ts';
import { ADMIN, EDITOR, benchDb, signIn, startBuiltServer, type Log } from './server.ts';

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
}

const READERS = 50;
const EDITORS = 5;
const MAX_REQUESTS = 200_000;
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
	let t0 = performance.now();
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
		const loadBefore = loadavg()[0];
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
			load_average_1min_before: loadBefore,
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

if (import.meta.url === `file://${process.argv[1]}`) {
	const argv = process.argv.slice(2);
	const json = argv.includes('--json');
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
		profileDir: arg('profile') ?? null
	});
	for (const [name, ok, value] of targets) log(`${ok ? 'PASS' : 'MISS'}  ${name}: ${value}`);
	if (json) process.stdout.write(JSON.stringify(result, null, 2) + '\n');
}
