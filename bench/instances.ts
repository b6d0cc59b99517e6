/**
 * `npm run bench:instances [-- --json] [-- --editors N --seconds S --runs R --warmup W]`: edits per second and
 * latency (p50, p99) of scenario edits through the real HTTP API (POST /api/scenarios/[sid]/ops with its version
 * check and the evaluation it answers), against
 *   (a) one built server (scripts/serve.mjs) on a SQLite file, and
 *   (b) two built servers on one PostgreSQL database (TEST_DATABASE_URL or DATABASE_URL; a schema of its own,
 *       dropped afterwards), the editors spread over both as a load balancer would.
 * Same client, same ops, same warm-up: N editors, each on a scenario of its own, each adding and removing one
 * commune of its own group in turn, for a fixed time; R measured runs after a warm-up, the median of each figure.
 * Needs the build (npm run build). The machine may be shared and busy: compare the two setups, not the seconds.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { createSession, SESSION_COOKIE } from '../src/lib/server/auth/session.ts';
import { addUser } from '../src/lib/server/auth/users.ts';
import { isPostgresUrl, openMigrated } from '../src/lib/server/db/database.ts';
import { createScenario } from '../src/lib/server/db/scenario.repository.ts';
import { listUnits } from '../src/lib/server/db/unit.repository.ts';
import { seedDemo } from '../src/lib/server/demo.ts';
import { startServer, type RunningServer } from '../tests/e2e/harness.ts';

const { values } = parseArgs({
	options: {
		json: { type: 'boolean', default: false },
		editors: { type: 'string', default: '8' },
		seconds: { type: 'string', default: '10' },
		runs: { type: 'string', default: '3' },
		warmup: { type: 'string', default: '3' },
		communes: { type: 'string', default: '150' }
	}
});
const EDITORS = Number(values.editors);
const SECONDS = Number(values.seconds);
const RUNS = Number(values.runs);
const WARMUP = Number(values.warmup);
const COMMUNES = Number(values.communes);
const log = (...a: unknown[]) => {
	if (!values.json) console.log(...a);
};

const PG_URL = [process.env.TEST_DATABASE_URL, process.env.DATABASE_URL].find((u) => u && isPostgresUrl(u)) ?? '';

interface Figures {
	edits: number;
	editsPerSecond: number;
	p50Ms: number;
	p99Ms: number;
	conflicts: number;
	errors: number;
}

interface Setup {
	name: string;
	urls: string[];
	tokens: string[];
	sids: number[];
	codes: string[];
	stop: () => Promise<void>;
}

/**
 * The built server on `location` (a SQLite file or a PostgreSQL URL), as npm start runs it, through the browser
 * tests' harness; DATABASE_URL is emptied so that the location given is the one the server opens.
 */
function serve(location: string): Promise<RunningServer> {
	return startServer(location, { setEnv: { DATABASE_URL: '' } });
}

/** Seed a database: the demo province, one scenario and one editor session per editor. */
async function seed(location: string): Promise<{ sids: number[]; tokens: string[]; codes: string[] }> {
	const db = await openMigrated(location);
	try {
		const ds = await seedDemo(db, { communes: COMMUNES, seed: 1, name: 'Tỉnh đo tải' });
		const communes = (await listUnits(db, ds.datasetId, 'commune')).map((u) => u.code);
		const sids: number[] = [];
		const tokens: string[] = [];
		for (let i = 0; i < EDITORS; i++) {
			sids.push((await createScenario(db, { datasetId: ds.datasetId, name: `Phương án ${i + 1}`, who: 'bench' })).id);
			await addUser(
				db,
				{ login: `bientap${i}`, role: 'editor', name: `Biên tập ${i}`, password: 'mật khẩu đo tải' },
				'bench'
			);
			tokens.push((await createSession(db, `bientap${i}`)).token);
		}
		return { sids, tokens, codes: communes.slice(0, EDITORS) };
	} finally {
		await db.destroy();
	}
}

async function sqliteSetup(): Promise<Setup> {
	const dir = mkdtempSync(join(tmpdir(), 'sapxep-bench-'));
	const file = join(dir, 'sapxep.db');
	const seeded = await seed(file);
	const server = await serve(file);
	return {
		name: 'SQLite, 1 instance',
		urls: [server.url],
		...seeded,
		stop: async () => {
			await server.stop();
			rmSync(dir, { recursive: true, force: true });
		}
	};
}

async function postgresSetup(base: string): Promise<Setup> {
	const schema = `bench_${Date.now().toString(36)}`;
	const admin = async (q: string) => {
		const c = new pg.Client({ connectionString: base });
		await c.connect();
		try {
			await c.query(q);
		} finally {
			await c.end();
		}
	};
	await admin(`create schema "${schema}"`);
	const u = new URL(base);
	u.searchParams.set('options', `-c search_path=${schema}`);
	const location = u.toString();
	const seeded = await seed(location);
	const servers = await Promise.all([serve(location), serve(location)]);
	return {
		name: 'PostgreSQL, 2 instances',
		urls: servers.map((s) => s.url),
		...seeded,
		stop: async () => {
			await Promise.all(servers.map((s) => s.stop()));
			await admin(`drop schema if exists "${schema}" cascade`);
		}
	};
}

const percentile = (sorted: number[], p: number) =>
	sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] : NaN;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/**
 * The load: every editor in a loop, on its scenario, on the instance (editor index mod instances), adding its
 * commune to its group, then removing it, each on the version it last saw; a 409 re-reads the version.
 */
async function load(s: Setup, seconds: number, versions: number[]): Promise<Figures> {
	const latencies: number[] = [];
	let conflicts = 0;
	let errors = 0;
	const end = performance.now() + seconds * 1000;
	await Promise.all(
		s.sids.map(async (sid, i) => {
			const url = s.urls[i % s.urls.length];
			const headers = { 'content-type': 'application/json', cookie: `${SESSION_COOKIE}=${s.tokens[i]}` };
			while (performance.now() < end) {
				const member = versions[i] % 2 === 1; // odd version: the commune is in its group
				const op = { op: member ? 'removeMember' : 'addMember', groupId: 'g', code: s.codes[i] };
				const t0 = performance.now();
				const r = await fetch(`${url}/api/scenarios/${sid}/ops`, {
					method: 'POST',
					headers,
					body: JSON.stringify({ version: versions[i], ops: [op] })
				});
				const body = (await r.json()) as { version?: number; currentVersion?: number };
				const ms = performance.now() - t0;
				if (r.status === 200) {
					latencies.push(ms);
					versions[i] = body.version!;
				} else if (r.status === 409) {
					conflicts++;
					versions[i] = body.currentVersion!;
				} else {
					errors++;
					throw new Error(`${s.name}: ${r.status} ${JSON.stringify(body)}`);
				}
			}
		})
	);
	latencies.sort((a, b) => a - b);
	return {
		edits: latencies.length,
		editsPerSecond: latencies.length / seconds,
		p50Ms: percentile(latencies, 50),
		p99Ms: percentile(latencies, 99),
		conflicts,
		errors
	};
}

/** Create every editor's group (version 1 → 2; from then on an even version has the commune out of the group). */
async function prepareGroups(s: Setup): Promise<number[]> {
	return Promise.all(
		s.sids.map(async (sid, i) => {
			const r = await fetch(`${s.urls[0]}/api/scenarios/${sid}/ops`, {
				method: 'POST',
				headers: { 'content-type': 'application/json', cookie: `${SESSION_COOKIE}=${s.tokens[i]}` },
				body: JSON.stringify({ version: 1, ops: [{ op: 'newGroup', id: 'g', level: 'commune' }] })
			});
			if (r.status !== 200) throw new Error(`${s.name}: creating the group: ${r.status} ${await r.text()}`);
			return ((await r.json()) as { version: number }).version;
		})
	);
}

async function measure(make: () => Promise<Setup>): Promise<{ name: string; runs: Figures[]; median: Figures }> {
	const s = await make();
	try {
		const versions = await prepareGroups(s);
		log(`  ${s.name}: warm-up ${WARMUP} s…`);
		await load(s, WARMUP, versions);
		const runs: Figures[] = [];
		for (let r = 0; r < RUNS; r++) {
			const f = await load(s, SECONDS, versions);
			log(
				`  ${s.name}: run ${r + 1}/${RUNS}: ${f.editsPerSecond.toFixed(1)} edits/s, p50 ${f.p50Ms.toFixed(0)} ms, p99 ${f.p99Ms.toFixed(0)} ms`
			);
			runs.push(f);
		}
		const pick = (k: keyof Figures) => median(runs.map((f) => f[k]));
		return {
			name: s.name,
			runs,
			median: {
				edits: pick('edits'),
				editsPerSecond: pick('editsPerSecond'),
				p50Ms: pick('p50Ms'),
				p99Ms: pick('p99Ms'),
				conflicts: pick('conflicts'),
				errors: pick('errors')
			}
		};
	} finally {
		await s.stop();
	}
}

async function main(): Promise<void> {
	if (!existsSync(resolve('build/handler.js'))) {
		console.error('build/handler.js is missing: run `npm run build` first.');
		process.exit(1);
	}
	log(
		`Scenario edits through the HTTP API: ${EDITORS} editors, ${SECONDS} s × ${RUNS} runs after ${WARMUP} s warm-up, ${COMMUNES} communes`
	);
	const results = [await measure(sqliteSetup)];
	if (PG_URL) results.push(await measure(() => postgresSetup(PG_URL)));
	else
		log(
			'\nPostgreSQL figures need a PostgreSQL server: set TEST_DATABASE_URL or DATABASE_URL=postgres://… (only SQLite measured).'
		);
	if (values.json) {
		console.log(
			JSON.stringify(
				{ editors: EDITORS, seconds: SECONDS, runs: RUNS, warmup: WARMUP, communes: COMMUNES, results },
				null,
				2
			)
		);
		return;
	}
	console.log('\nsetup                        edits/s     p50 ms     p99 ms   (median of runs)');
	for (const r of results)
		console.log(
			`${r.name.padEnd(26)} ${r.median.editsPerSecond.toFixed(1).padStart(9)} ${r.median.p50Ms.toFixed(1).padStart(10)} ${r.median.p99Ms.toFixed(1).padStart(10)}`
		);
}

main().catch((e) => {
	console.error(e);
	process.exit(1);
});
