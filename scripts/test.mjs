#!/usr/bin/env node
// `npm test`: the static checks (Prettier, ESLint, svelte-check/tsc), unit + integration tests (on SQLite files;
// with TEST_DATABASE_URL=postgres://… the integration tests run a second time on PostgreSQL), then the
// production build and the browser tests against it. Prints one plain closing line "tests: N passed, N failed"
// summing every stage; a failed check, a skipped or a todo test counts as a failure.
//
// Time (CI has 2 cores): two lines of work run side by side. The browser tests are a chain that mostly waits (on
// Chromium drawing maps, on the server, one file at a time): the production build, then the browser tests (then the
// PostgreSQL browser tests), at normal priority. The rest is work that only needs cores: the unit and integration
// tests (one vitest run for both databases, see vite.config.ts) and the static checks, started at once at a lower
// priority (nice), so that they fill the cores the chain leaves idle and give way whenever the chain needs them.
// Each stage's wall time is printed at the end. The checks keep their caches in node_modules/.cache (Prettier's and
// ESLint's, by content): a clean checkout, as CI, has none and checks everything.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const tmp = join(root, 'tests', '.tmp');
rmSync(tmp, { recursive: true, force: true });
mkdirSync(tmp, { recursive: true });
const extra = process.argv.slice(2);

let passed = 0;
let failed = 0;
let ok = true;
const started = Date.now();
/** @type {[string, number][]} */
const times = [];

const pgUrl = /^postgres(ql)?:\/\//.test(process.env.TEST_DATABASE_URL ?? '') ? process.env.TEST_DATABASE_URL : '';
/** The environment of a run on SQLite files (no TEST_DATABASE_URL) or on PostgreSQL. */
const sqliteEnv = { ...process.env };
delete sqliteEnv.TEST_DATABASE_URL;
const pgEnv = { ...process.env, TEST_DATABASE_URL: pgUrl };

/**
 * Run a command; resolves with its exit status, its output (captured when `quiet`, else shown as it comes, whole
 * lines at a time: two runs print side by side) and its wall time, recorded under `stage`. `nice`: run it at that
 * lower priority.
 * @param {string} stage @param {string[]} args
 * @param {{ env?: NodeJS.ProcessEnv, quiet?: boolean, nice?: number }} opts
 * @returns {Promise<{ status: number | null, output: string }>}
 */
function run(stage, args, { env = process.env, quiet = false, nice = 0 } = {}) {
	const t = Date.now();
	return new Promise((resolve) => {
		const [cmd, argv] = nice ? ['nice', ['-n', String(nice), 'npx', ...args]] : ['npx', args];
		const child = spawn(cmd, argv, { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
		let output = '';
		for (const [from, to] of /** @type {const} */ ([
			[child.stdout, process.stdout],
			[child.stderr, process.stderr]
		])) {
			let line = '';
			from.on('data', (d) => {
				if (quiet) return void (output += d);
				line += d;
				const end = line.lastIndexOf('\n') + 1;
				if (end) to.write(line.slice(0, end));
				line = line.slice(end);
			});
			from.on('end', () => line && to.write(line));
		}
		child.on('close', (status) => {
			times.push([stage, (Date.now() - t) / 1000]);
			resolve({ status, output });
		});
	});
}

/**
 * Run vitest projects, adding their counts to the totals.
 * @param {string} stage @param {string[]} projects @param {string} file @param {NodeJS.ProcessEnv} env
 * @param {string[]} flags
 */
async function vitest(stage, projects, file, env = sqliteEnv, flags = [], nice = 0) {
	const args = [
		'vitest',
		'run',
		...projects.flatMap((p) => ['--project', p]),
		'--reporter=default',
		'--reporter=json',
		`--outputFile.json=${file}`,
		...flags,
		...extra
	];
	const r = await run(stage, args, { env, nice });
	try {
		const j = JSON.parse(readFileSync(file, 'utf8'));
		passed += j.numPassedTests;
		// Everything that did not pass fails: a skipped or todo test proves nothing.
		failed += j.numTotalTests - j.numPassedTests;
		const idle = (j.numPendingTests ?? 0) + (j.numTodoTests ?? 0);
		if (idle > 0) {
			console.error(`✗ ${idle} skipped or todo test(s) count as failures`);
			ok = false;
		}
	} catch {
		failed++;
	}
	if (r.status !== 0) ok = false;
}

/**
 * The static checks, one after the other, quiet unless one fails, at low priority: each passes or counts one failure.
 */
async function checks() {
	/** @type {[string, string, string[]][]} */
	const all = [
		['prettier', 'prettier --check', ['prettier', '--check', '--cache', '--log-level', 'warn', '.']],
		[
			'eslint',
			'eslint',
			['eslint', '--cache', '--cache-strategy', 'content', '--cache-location', 'node_modules/.cache/eslint/', '.']
		],
		[
			'svelte-check',
			'svelte-check (types of src, tests, bench, scripts, migrations)',
			['svelte-check', '--tsconfig', './tsconfig.json', '--fail-on-warnings', '--output', 'human']
		]
	];
	for (const [stage, what, args] of all) {
		const r = await run(stage, args, { quiet: true, nice: LOW });
		if (r.status === 0) {
			passed++;
			console.log(`✓ ${what}`);
		} else {
			console.error(`\n✗ ${what} failed:\n${r.output}`);
			console.error('  run `npm run format` / `npm run lint` / `npm run check` to see and fix it');
			failed++;
			ok = false;
		}
	}
}

/** The production build (the browser tests run it); true when it succeeded. */
async function build() {
	const r = await run('vite build', ['vite', 'build'], { quiet: true });
	if (r.status === 0) return true;
	console.error(`✗ vite build failed:\n${r.output.slice(-20_000)}`);
	ok = false;
	failed++;
	return false;
}

// The route types ($types) and .svelte-kit/tsconfig.json are generated: bring them up to date once, before the
// checks, the build and vitest (each of which would otherwise sync them at the same time).
spawnSync('npx', ['svelte-kit', 'sync'], { cwd: root, stdio: 'inherit' });

/** The niceness of the work that only fills the cores (unit and integration tests, static checks). */
const LOW = 10;

/** The browser chain: the production build, then the browser tests against it (then those on PostgreSQL). */
async function browserChain() {
	if (!(await build()) || !existsSync(join(root, 'build', 'handler.js'))) return;
	await vitest('e2e', ['e2e'], join(tmp, 'e2e.json'));
	if (pgUrl) {
		console.log('\n▶ several instances on PostgreSQL (TEST_DATABASE_URL)');
		await vitest('e2e on PostgreSQL', ['e2e'], join(tmp, 'e2e-pg.json'), pgEnv, [
			'tests/e2e/pg-',
			...(extra.length ? ['--passWithNoTests'] : [])
		]);
	}
}

// One vitest run for the unit tests and the integration tests on SQLite and, with TEST_DATABASE_URL, PostgreSQL
// (projects `integration-sqlite` and `integration`, see vite.config.ts), so that its workers share the cores.
// With file filters (`npm test -- tests/unit/x.test.ts`) the PostgreSQL project may match none: not a failure.
if (pgUrl) console.log('▶ unit tests; integration tests on SQLite and on PostgreSQL (TEST_DATABASE_URL)');
await Promise.all([
	browserChain(),
	vitest(
		'unit + integration',
		pgUrl ? ['unit', 'integration-sqlite', 'integration'] : ['unit', 'integration'],
		join(tmp, 'unit.json'),
		pgUrl ? { ...pgEnv, SAPXEP_TEST_BOTH_DIALECTS: '1' } : sqliteEnv,
		extra.length ? ['--passWithNoTests'] : [],
		LOW
	),
	process.env.SAPXEP_SKIP_CHECKS ? Promise.resolve() : checks()
]);
const total = (Date.now() - started) / 1000;
console.log(`\ntimes (s): ${times.map(([s, t]) => `${s} ${Math.round(t)}`).join(', ')}; total ${Math.round(total)}`);
console.log(`\ntests: ${passed} passed, ${failed} failed`);
process.exit(ok && failed === 0 ? 0 : 1);
