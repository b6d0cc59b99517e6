/**
 * `npm run bench [-- --json] [-- --quick]`: figures beside a baseline run in the same process on the same data
 * (the machine is shared and noisy, so ratios mean more than seconds). Targets are checked here and printed
 * as PASS/MISS; they are not timed unit tests. Last, from outside this process: the built server under load
 * (bench/load.ts) and in Chromium (bench/browser.ts); then every figure of issue 14 by its JSON name beside its target.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateProvince, type GeneratedProvince } from '../src/lib/domain/generate/index.ts';
import { computeAdjacency } from '../src/lib/domain/geo/adjacency.ts';
import { naiveAdjacency } from './naive-adjacency.ts';
import { adjacencyIndex } from '../src/lib/domain/geo/contiguity.ts';
import { dissolveGroup } from '../src/lib/domain/geo/dissolve.ts';
import { evaluateMerger, getRuleSet } from '../src/lib/domain/rules/index.ts';
import {
	emptyContent,
	evaluateScenarioOn,
	newGroup,
	scenarioBasis,
	scenarioCatalog
} from '../src/lib/domain/scenario/index.ts';
import { evaluateUnits } from '../src/lib/domain/verdicts.ts';
import type { UnitView } from '../src/lib/domain/units.ts';
import { openMigrated } from '../src/lib/server/db/database.ts';
import { listUnits } from '../src/lib/server/db/unit.repository.ts';
import { seedDemo } from '../src/lib/server/demo.ts';
import { dissolveFair } from './dissolve-fair.ts';
import { adjacencyLamDong } from './adjacency-lamdong.ts';
import { lamDongTimings } from './lamdong-timings.ts';
import { importBlock } from './import-block.ts';
import { benchLoadInChild } from './load.ts';
import { benchBrowser } from './browser.ts';
import { settle } from './server.ts';

const args = new Set(process.argv.slice(2));
const JSON_OUT = args.has('--json');
const QUICK = args.has('--quick'); // 1,500 instead of 10,000 for a fast look
const BIG = QUICK ? 1500 : 10000;
const SIZES = QUICK ? [150, 1500] : [150, 1500, 10000];
const log = (...a: unknown[]) => {
	if (!JSON_OUT) console.log(...a);
	else console.error(...a);
};
const now = () => performance.now();
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const pct = (xs: number[], p: number) =>
	[...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];
const result: Record<string, number | string | boolean> = {};
const targets: [string, boolean, string][] = [];
const started = now();

function time<T>(fn: () => T): { value: T; ms: number } {
	const t = now();
	const value = fn();
	return { value, ms: now() - t };
}

function precisionRecall(found: { a: string; b: string }[], truth: [string, string][]) {
	const t = new Set(truth.map(([a, b]) => `${a}|${b}`));
	const f = new Set(found.map((e) => (e.a < e.b ? `${e.a}|${e.b}` : `${e.b}|${e.a}`)));
	let tp = 0;
	for (const k of f) if (t.has(k)) tp++;
	return { precision: f.size ? tp / f.size : 1, recall: t.size ? tp / t.size : 1 };
}

const provinces = new Map<string, GeneratedProvince>();
function province(n: number, messy: boolean): GeneratedProvince {
	const k = `${n}|${messy}`;
	if (!provinces.has(k)) provinces.set(k, generateProvince({ communes: n, seed: 7, messy }));
	return provinces.get(k)!;
}

// 1. Adjacency: ours vs the naive bbox + booleanIntersects, messy borders, against the generator's true pairs.
log('\n== Adjacency (messy borders; truth = generator pairs) ==');
for (const n of SIZES) {
	const p = province(n, true);
	const units = p.communes.map((c) => ({ code: c.record.code, geometry: c.geometry }));
	computeAdjacency(units.slice(0, 50)); // warm-up (JIT)
	const ours = time(() => computeAdjacency(units));
	const naive = time(() => naiveAdjacency(units));
	const po = precisionRecall(ours.value.edges, p.trueCommunePairs);
	const pn = precisionRecall(naive.value.edges, p.trueCommunePairs);
	log(
		`${String(n).padStart(6)} communes: ours ${(ours.ms / 1000).toFixed(3)} s (P ${po.precision.toFixed(4)}, R ${po.recall.toFixed(4)})` +
			` | naive ${(naive.ms / 1000).toFixed(3)} s (P ${pn.precision.toFixed(4)}, R ${pn.recall.toFixed(4)}) | speed-up ×${(naive.ms / ours.ms).toFixed(1)}`
	);
	result[`adjacency_${n}_s`] = ours.ms / 1000;
	result[`adjacency_naive_${n}_s`] = naive.ms / 1000;
	result[`adjacency_speedup_vs_naive_${n}`] = naive.ms / ours.ms;
	result[`adjacency_precision_${n}`] = po.precision;
	result[`adjacency_recall_${n}`] = po.recall;
	result[`adjacency_naive_precision_${n}`] = pn.precision;
	result[`adjacency_naive_recall_${n}`] = pn.recall;
}
targets.push([
	`adjacency ${BIG} under 1.5 s`,
	(result[`adjacency_${BIG}_s`] as number) < 1.5,
	`${(result[`adjacency_${BIG}_s`] as number).toFixed(3)} s`
]);
targets.push([
	`adjacency not slower than naive`,
	(result[`adjacency_speedup_vs_naive_${BIG}`] as number) >= 1,
	`×${(result[`adjacency_speedup_vs_naive_${BIG}`] as number).toFixed(1)}`
]);
targets.push([
	`adjacency precision and recall 1.0`,
	result[`adjacency_precision_${BIG}`] === 1 && result[`adjacency_recall_${BIG}`] === 1,
	`P ${result[`adjacency_precision_${BIG}`]}, R ${result[`adjacency_recall_${BIG}`]}`
]);

// 1b. Adjacency on the real Lâm Đồng layer against a reference list of borders (bench/adjacency-lamdong.ts).
adjacencyLamDong(log, result);
lamDongTimings(log, result, targets);

// 2. Dissolving a whole scenario (communes → districts) vs mapshaper on equal terms (bench/dissolve-fair.ts).
await dissolveFair(SIZES, (n) => province(n, true), log, result);
targets.push([
	`scenario dissolve no slower than mapshaper`,
	(result[`dissolve_scenario_ratio_vs_mapshaper_${BIG}`] as number) <= 1,
	`ours/mapshaper ${(result[`dissolve_scenario_ratio_vs_mapshaper_${BIG}`] as number).toFixed(2)}`
]);
targets.push([
	`no sliver holes`,
	result[`dissolve_sliver_holes_${BIG}`] === 0,
	`${result[`dissolve_sliver_holes_${BIG}`]}`
]);

// 3. One group's live feedback: dissolve + merger verdict, p95 over many runs after warm-up.
{
	log('\n== Live feedback of one merger group (dissolve + verdict) ==');
	const p = province(1500, true);
	const rules = getRuleSet('nq35-2023');
	const ctx = {
		provinceCode: p.provinceCode,
		provinceName: p.provinceName,
		referenceDate: p.referenceDate,
		defaultTerrain: p.defaultTerrain
	};
	const adj = adjacencyIndex(p.trueCommunePairs.map(([a, b]) => ({ a, b })));
	const byCode = new Map(p.communes.map((c) => [c.record.code, c]));
	const codes = p.communes.map((c) => c.record.code);
	let seed = 1;
	const rand = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
	const groups: string[][] = [];
	while (groups.length < 300) {
		const start = codes[Math.floor(rand() * codes.length)];
		const g = [start];
		const size = 2 + Math.floor(rand() * 3);
		while (g.length < size) {
			const nb = adj.neighbours(g[Math.floor(rand() * g.length)]).filter((x) => !g.includes(x));
			if (!nb.length) break;
			g.push(nb[Math.floor(rand() * nb.length)]);
		}
		if (g.length >= 2) groups.push(g);
	}
	const run = (g: string[]) => {
		const members = g.map((c) => byCode.get(c)!);
		dissolveGroup(members.map((m) => m.geometry));
		evaluateMerger(
			members.map((m) => m.record),
			ctx,
			rules,
			{ adjacency: (a, b) => adj.isAdjacent(a, b) }
		);
	};
	for (const g of groups.slice(0, 50)) run(g); // warm-up
	const times = groups.map((g) => time(() => run(g)).ms);
	result.group_feedback_p95_ms = pct(times, 95);
	result.group_feedback_median_ms = median(times);
	log(
		`${groups.length} groups of 2–4 communes: median ${median(times).toFixed(2)} ms, p95 ${pct(times, 95).toFixed(2)} ms`
	);
	targets.push(['group feedback p95 under 20 ms', pct(times, 95) < 20, `${pct(times, 95).toFixed(2)} ms`]);
}

// 3b. A whole scenario re-evaluated (what the editor does on every click), on the 150- and 1,500-commune provinces:
// one merger group per two adjacent communes taken in code order, median of repeated runs after a warm-up.
for (const n of [150, 1500]) {
	log(`\n== Whole scenario evaluation, ${n} communes ==`);
	const p = province(n, true);
	const rules = getRuleSet('nq35-2023');
	const ctx = {
		provinceCode: p.provinceCode,
		provinceName: p.provinceName,
		referenceDate: p.referenceDate,
		defaultTerrain: p.defaultTerrain
	};
	const units: UnitView[] = [...p.districts, ...p.communes].map((u) => ({
		...u.record,
		label: null,
		bbox: null,
		exemptionCode: null,
		exemptionNote: null
	}));
	const adjacency = {
		commune: p.trueCommunePairs.map(([a, b]) => ({ a, b })),
		district: p.trueDistrictPairs.map(([a, b]) => ({ a, b }))
	};
	const basis = scenarioBasis(units, ctx, rules, adjacency);
	const catalog = scenarioCatalog(units, rules.exemptionReasons);
	let content = emptyContent();
	const taken = new Set<string>();
	for (const [a, b] of p.trueCommunePairs) {
		if (taken.has(a) || taken.has(b)) continue;
		taken.add(a).add(b);
		content = newGroup(content, catalog, { members: [a, b] });
	}
	let sink = 0;
	for (let i = 0; i < 5; i++) sink += evaluateScenarioOn(content, basis).groups.length; // warm-up
	const times: number[] = [];
	for (let i = 0; i < 30; i++) times.push(time(() => (sink += evaluateScenarioOn(content, basis).groups.length)).ms);
	result[`scenario_evaluate_${n}_median_ms`] = median(times);
	log(
		`${content.groups.length} groups on ${units.length} units: median ${median(times).toFixed(2)} ms ` +
			`(min ${Math.min(...times).toFixed(2)}, max ${Math.max(...times).toFixed(2)}; sink ${sink})`
	);
	if (n === 150)
		targets.push(['whole scenario on 150 communes under 10 ms', median(times) < 10, `${median(times).toFixed(2)} ms`]);
}

// 4. Evaluating every unit of a generated dataset, beside loading those units from SQLite.
{
	log(`\n== Evaluate every unit of a ${BIG}-commune dataset (loaded from SQLite) ==`);
	const dir = mkdtempSync(join(tmpdir(), 'sapxep-bench-'));
	try {
		const db = await openMigrated(join(dir, 'bench.db'));
		const imp = time(() => seedDemo(db, { communes: BIG, seed: 7, messy: true }));
		const r = await imp.value;
		log(
			`import of the generated dataset (parse, repair, adjacency, quality, store): ${(r.timings.parse / 1000).toFixed(2)} + ${(r.timings.derive / 1000).toFixed(2)} + ${(r.timings.store / 1000).toFixed(2)} s`
		);
		result[`import_${BIG}_s`] = (r.timings.parse + r.timings.derive + r.timings.store) / 1000;
		const loads: number[] = [];
		let units: UnitView[] = [];
		for (let i = 0; i < 5; i++) {
			const t = now();
			units = await listUnits(db, r.datasetId);
			loads.push(now() - t);
		}
		const rules = getRuleSet('nq35-2023');
		const ctx = {
			provinceCode: '99',
			provinceName: 'x',
			referenceDate: '2022-12-31',
			defaultTerrain: 'mountainous' as const
		};
		const first = time(() => evaluateUnits(units, ctx, rules)).ms;
		const evals: number[] = [];
		for (let i = 0; i < 9; i++) evals.push(time(() => evaluateUnits(units, ctx, rules)).ms);
		await db.destroy();
		result[`evaluate_${BIG}_ms`] = median(evals);
		result[`evaluate_${BIG}_first_ms`] = first;
		result[`load_units_${BIG}_ms`] = median(loads);
		result[`evaluate_vs_load_${BIG}`] = median(evals) / median(loads);
		log(
			`${units.length} units: load ${median(loads).toFixed(1)} ms | evaluate ${median(evals).toFixed(1)} ms (first, cold: ${first.toFixed(1)} ms) | evaluate/load ${(median(evals) / median(loads)).toFixed(2)}`
		);
		targets.push([`evaluate ${BIG} under 100 ms`, median(evals) < 100, `${median(evals).toFixed(1)} ms`]);
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}
if (BIG === 10000) result.evaluate_10000_ms = result.evaluate_10000_ms ?? result[`evaluate_${BIG}_ms`];

await (await import('./planner.ts')).benchPlanner({ log, result, targets, quick: QUICK });
await (await import('./scenario-ops.ts')).benchScenarioOps({ log, result, targets, quick: QUICK });
// 5. The server thread while a whole-country import runs as a job (bench/import-block.ts).
{
	const stall = await importBlock(BIG, log, result);
	targets.push([`import event-loop stall ${BIG} under 200 ms`, stall < 200, `${stall.toFixed(1)} ms`]);
}

// 6. From outside, after the CPU-heavy parts above: the built server under load, then Chromium. Each server is a
// process of its own; this process lets go of its generated provinces and collects its garbage first. The load
// client runs in a process of its own too (a fresh heap: bench/load.ts benchLoadInChild); the browser's driver here.
for (const [part, run] of [
	['load', benchLoadInChild],
	['browser', benchBrowser]
] as const) {
	result.in_process_seconds ??= (now() - started) / 1000;
	provinces.clear();
	await settle();
	const t = now();
	try {
		await run({ log, result, targets, quick: QUICK });
	} catch (e) {
		log(`${part} part failed: ${(e as Error).stack}`);
		targets.push([`${part} part ran`, false, (e as Error).message]);
	}
	result[`${part}_part_seconds`] = (now() - t) / 1000;
}

result.bench_seconds = (now() - started) / 1000;
log('\n== Targets ==');
for (const [name, ok, value] of targets) log(`${ok ? 'PASS' : 'MISS'}  ${name}: ${value}`);
// Issue 14's figures by their JSON names, each with its target (a figure not measured is a MISS), then its figures
// that have no target.
log(`\n== Issue 14 (${BIG} communes) ==`);
const issue14: [string, (v: number) => boolean, string][] = [
	[`scenario_op_p95_ms_${BIG}`, (v) => v < 30, '< 30 ms'],
	[`scenario_op_p95_ratio_${BIG}_vs_150`, (v) => v <= 3, '≤ 3'],
	[`import_max_event_loop_block_ms_${BIG}`, (v) => v < 200, '< 200 ms'],
	[`after_view_bytes_${BIG}`, (v) => v < 6_000_000, '< 6,000,000 bytes'],
	['load_p99_ms', (v) => v < 200, '< 200 ms'],
	['load_errors', (v) => v === 0, '= 0'],
	[`first_paint_ratio_${BIG}_vs_150`, (v) => v <= 1.5, '≤ 1.5'],
	[`click_verdict_ms_max_${BIG}`, (v) => v < 50, '< 50 ms']
];
const fmt = (v: number) => (Number.isInteger(v) ? String(v) : v.toFixed(2));
for (const [name, ok, target] of issue14) {
	const v = result[name];
	log(
		`${typeof v === 'number' && ok(v) ? 'PASS' : 'MISS'}  ${name} ${target}: ${typeof v === 'number' ? fmt(v) : 'not measured'}`
	);
}
for (const name of [
	'load_rps',
	'load_server_cpu_ms_per_request',
	'load_client_cpu_ms_per_request',
	'load_ramp_p99_ms',
	'first_paint_ms_150',
	`first_paint_ms_${BIG}`,
	`click_verdict_ms_median_${BIG}`,
	`after_view_draw_ms_${BIG}`,
	`after_view_handler_bytes_${BIG}`,
	'load_average_1min',
	'browser_load_average_1min_before',
	'in_process_seconds',
	'load_part_seconds',
	'browser_part_seconds',
	'bench_seconds'
]) {
	const v = result[name];
	const range =
		typeof result[`${name}_min`] === 'number'
			? ` (min ${fmt(result[`${name}_min`] as number)}, max ${fmt(result[`${name}_max`] as number)})`
			: '';
	if (typeof v === 'number') log(`INFO  ${name}: ${fmt(v)}${range}`);
}
if (JSON_OUT) process.stdout.write(JSON.stringify(result, null, 2) + '\n');
