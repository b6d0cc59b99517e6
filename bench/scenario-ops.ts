/**
 * Issue 14 items 2 and 4, measured through the real route handlers over a real SQLite file holding a generated
 * 150-commune and a generated 10,000-commune dataset (seed 7, messy borders, imported by the same importer as
 * `npm run cli -- generate`):
 *  - `scenario_op_p95_ms_<n>`: one click's POST /api/scenarios/[sid]/ops (addMember / removeMember on distinct
 *    groups of a scenario whose groups cover about a third of the communes), p95 after a warm-up. Since migration
 *    2026-12-03_010 an op stores its change, and every 100th version the whole content (a checkpoint): version 101
 *    and 201 are among the 190 ops measured, so the figures include whole-content writes, as a user's clicks do;
 *  - `after_view_handler_bytes_<n>`: the after view's bytes as the handlers answer them (the page's data,
 *    compressed as the server's hook compresses the page that embeds it, plus every geometry request the after page
 *    makes, with `accept-encoding: gzip, deflate, br`), beside the full-resolution GeoJSON of both levels,
 *    uncompressed; `after_view_bytes_<n>` is what Chromium counts over the wire (bench/browser.ts).
 * The machine is shared: besides wall time, each op's CPU time (process.cpuUsage) is given, which other processes
 * do not inflate.
 * Called from bench/run.ts; `npx tsx bench/scenario-ops.ts [--json] [--quick]` runs it alone.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pairGroups } from './figures.ts';
import { settle } from './server.ts';

type Log = (...a: unknown[]) => void;
type Result = Record<string, number | string | boolean>;
type Targets = [string, boolean, string][];

const pct = (xs: number[], p: number) =>
	[...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];
const median = (xs: number[]) => pct(xs, 50);

/** The URLs the after page fetches for its geometry (kept in step with src/lib/map/unit-geometry.ts). */
export const AFTER_VIEW_GEOMETRY = (datasetId: number) => [
	`/api/datasets/${datasetId}/geometry/commune?detail=after`,
	`/api/datasets/${datasetId}/geometry/district?detail=after`
];

export async function benchScenarioOps(opts: { log: Log; result: Result; targets: Targets; quick?: boolean }) {
	const { log, result, targets } = opts;
	const sizes = opts.quick ? [150, 1500] : [150, 10000];
	const big = sizes[1];
	const dir = mkdtempSync(join(tmpdir(), 'sapxep-bench-ops-'));
	const prevPath = process.env.DATABASE_PATH;
	const prevUrl = process.env.DATABASE_URL;
	process.env.DATABASE_PATH = join(dir, 'ops.db');
	delete process.env.DATABASE_URL;
	try {
		const { getDb } = await import('../src/lib/server/db/database.ts');
		const { seedDemo } = await import('../src/lib/server/demo.ts');
		const { listAdjacency } = await import('../src/lib/server/db/adjacency.repository.ts');
		const { createScenario } = await import('../src/lib/server/services/scenario.service.ts');
		const { POST: postOps } = await import('../src/routes/api/scenarios/[sid]/ops/+server.ts');
		const { GET: getGeometry } = await import('../src/routes/api/datasets/[id]/geometry/[level]/+server.ts');
		const { load: afterLoad } = await import('../src/routes/datasets/[id]/scenarios/[sid]/after/+page.server.ts');
		// The page compression of the server's hook (absent before issue 14: then the page went uncompressed).
		const compress = await import('../src/lib/server/compress.ts').catch(() => null);
		const db = await getDb();
		const actor = { id: 'bench', name: 'bench' };
		const p95: Record<number, number> = {};
		for (const n of sizes) {
			log(`\n== Scenario op through POST /api/scenarios/[sid]/ops, ${n} communes (real handler, SQLite file) ==`);
			const t0 = performance.now();
			const imp = await seedDemo(db, { communes: n, seed: 7, messy: true });
			log(`generated and imported in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
			const datasetId = imp.datasetId;
			// Groups: two adjacent communes each, in adjacency order, until a third of the communes are in one.
			const edges = (await listAdjacency(db, datasetId, 'commune')).map((e) => [e.a_code, e.b_code] as const);
			const { groups, taken } = pairGroups(edges, imp.communes);
			// One free neighbour per group to add and remove again (distinct groups, as a user clicks around).
			const moves: { groupId: string; code: string }[] = [];
			for (const g of groups) {
				const e = edges.find(
					([a, b]) => (g.members.includes(a) && !taken.has(b)) || (g.members.includes(b) && !taken.has(a))
				);
				if (!e) continue;
				const code = taken.has(e[0]) ? e[1] : e[0];
				taken.add(code);
				moves.push({ groupId: g.id, code });
				if (moves.length >= 60) break;
			}
			const s = await createScenario(db, actor, {
				datasetId,
				name: `bench ${n}`,
				content: { groups, exemptions: [] }
			});
			let version = s.version;
			const call = async (ops: unknown[]) => {
				const request = new Request(`http://localhost/api/scenarios/${s.id}/ops`, {
					method: 'POST',
					headers: { 'content-type': 'application/json' },
					body: JSON.stringify({ version, ops })
				});
				const t = performance.now();
				const c = process.cpuUsage();
				const res = await postOps({
					params: { sid: String(s.id) },
					request,
					locals: { user: actor },
					url: new URL(request.url)
				} as never);
				const body = (await res.json()) as { version: number };
				const ms = performance.now() - t;
				const cu = process.cpuUsage(c);
				cpu.push((cu.user + cu.system) / 1000);
				if (res.status !== 200) throw new Error(`ops answered ${res.status}: ${JSON.stringify(body)}`);
				version = body.version;
				return ms;
			};
			const times: number[] = [];
			const cpu: number[] = [];
			// At least 100 add/remove pairs at every size (a small province has few groups: its moves are repeated), so
			// that the p95 of each size is read from as many ops and the ratio compares like with like.
			const pairs = Math.max(100, moves.length);
			// Each size starts from a collected heap, as the other: the garbage of the import just before (a country's
			// is large) is not the timed ops' to collect.
			await settle(1000);
			for (let i = 0; i < pairs; i++) {
				const m = moves[i % moves.length];
				const a = await call([{ op: 'addMember', groupId: m.groupId, code: m.code }]);
				const r = await call([{ op: 'removeMember', groupId: m.groupId, code: m.code }]);
				if (i >= 5)
					times.push(a, r); // the first five pairs warm up (JIT, caches)
				else cpu.length = 0;
			}
			p95[n] = pct(times, 95);
			result[`scenario_op_p95_ms_${n}`] = p95[n];
			result[`scenario_op_median_ms_${n}`] = median(times);
			result[`scenario_op_cpu_p95_ms_${n}`] = pct(cpu, 95);
			log(
				`${groups.length} groups, ${times.length} ops: median ${median(times).toFixed(1)} ms, p95 ${p95[n].toFixed(1)} ms ` +
					`(min ${Math.min(...times).toFixed(1)}, max ${Math.max(...times).toFixed(1)}); CPU time p95 ${pct(cpu, 95).toFixed(1)} ms`
			);

			// The after view: the page's data, then the geometry it fetches, as the browser asks for it.
			const page = await afterLoad({ params: { id: String(datasetId), sid: String(s.id) } } as never);
			const pageJson = Buffer.from(JSON.stringify(page));
			const pageBytes = compress ? (await compress.compressBody(pageJson, 'br')).length : pageJson.length;
			const fetchBytes = async (path: string, encoding: string | null) => {
				const url = new URL(`http://localhost${path}`);
				const level = url.pathname.split('/').pop()!;
				const request = new Request(url, { headers: encoding ? { 'accept-encoding': encoding } : {} });
				const res = await getGeometry({ params: { id: String(datasetId), level }, request, url } as never);
				return (await res.arrayBuffer()).byteLength;
			};
			let wire = pageBytes;
			for (const path of AFTER_VIEW_GEOMETRY(datasetId)) wire += await fetchBytes(path, 'gzip, deflate, br');
			let full = 0;
			for (const level of ['commune', 'district'])
				full += await fetchBytes(`/api/datasets/${datasetId}/geometry/${level}`, null);
			result[`after_view_handler_bytes_${n}`] = wire;
			result[`after_view_full_resolution_bytes_${n}`] = full;
			log(
				`after view: ${(wire / 1e6).toFixed(2)} MB over the wire (page data ${(pageBytes / 1e6).toFixed(2)} MB, ${(pageJson.length / 1e6).toFixed(2)} MB uncompressed); ` +
					`full-resolution GeoJSON of both levels ${(full / 1e6).toFixed(2)} MB`
			);
		}
		const ratio = p95[big] / p95[sizes[0]];
		result[`scenario_op_p95_ratio_${big}_vs_${sizes[0]}`] = ratio;
		targets.push([`scenario op p95 at ${big} communes under 30 ms`, p95[big] < 30, `${p95[big].toFixed(1)} ms`]);
		targets.push([`scenario op p95 ${big} vs ${sizes[0]} at most 3×`, ratio <= 3, `${ratio.toFixed(2)}×`]);
		const bytes = result[`after_view_handler_bytes_${big}`] as number;
		targets.push([
			`after view of ${big} communes under 6,000,000 bytes (through the handlers)`,
			bytes < 6_000_000,
			`${bytes} bytes`
		]);
		await db.destroy();
	} finally {
		if (prevPath === undefined) delete process.env.DATABASE_PATH;
		else process.env.DATABASE_PATH = prevPath;
		if (prevUrl !== undefined) process.env.DATABASE_URL = prevUrl;
		rmSync(dir, { recursive: true, force: true });
	}
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const json = process.argv.includes('--json');
	const result: Result = {};
	const targets: Targets = [];
	const log: Log = (...a) => (json ? console.error(...a) : console.log(...a));
	await benchScenarioOps({ log, result, targets, quick: process.argv.includes('--quick') });
	for (const [name, ok, value] of targets) log(`${ok ? 'PASS' : 'MISS'}  ${name}: ${value}`);
	if (json) process.stdout.write(JSON.stringify(result, null, 2) + '\n');
}
