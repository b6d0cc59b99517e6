#!/usr/bin/env node
// `npm test`: the static checks (Prettier, ESLint, svelte-check/tsc), unit + integration tests (on SQLite files;
// with TEST_DATABASE_URL=postgres://… the integration tests run a second time on PostgreSQL), then the
// production build and the browser tests against it. Prints one plain closing line "tests: N passed, N failed"
// summing every stage; a failed check, a skipped or a todo test counts as a failure.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const tmp = join(root, 'tests', '.tmp');
rmSync(tmp, { recursive: true, force: true });
mkdirSync(tmp, { recursive: true });
const extra = process.argv.slice(2);

let passed = 0;
let failed = 0;
let ok = true;

const pgUrl = /^postgres(ql)?:\/\//.test(process.env.TEST_DATABASE_URL ?? '') ? process.env.TEST_DATABASE_URL : '';
/** The environment of a run on SQLite files (no TEST_DATABASE_URL) or on PostgreSQL. */
const sqliteEnv = { ...process.env };
delete sqliteEnv.TEST_DATABASE_URL;
const pgEnv = { ...process.env, TEST_DATABASE_URL: pgUrl };

/**
 * Run vitest projects, adding their counts to the totals.
 * @param {string[]} projects @param {string} file @param {NodeJS.ProcessEnv} env @param {string[]} flags
 */
function vitest(projects, file, env = sqliteEnv, flags = []) {
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
	const r = spawnSync('npx', args, { cwd: root, stdio: 'inherit', env });
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

/** A static check: passes or counts one failure. @param {string} what @param {string[]} args */
function check(what, args) {
	console.log(`\n▶ ${what}`);
	const r = spawnSync('npx', args, { cwd: root, stdio: 'inherit' });
	if (r.status === 0) passed++;
	else {
		console.error(`✗ ${what} failed: run \`npm run format\` / \`npm run lint\` / \`npm run check\` to see and fix it`);
		failed++;
		ok = false;
	}
}

if (!process.env.SAPXEP_SKIP_CHECKS) {
	check('prettier --check', ['prettier', '--check', '--log-level', 'warn', '.']);
	check('eslint', ['eslint', '.']);
	// The route types ($types) are generated: bring them up to date with the routes first.
	spawnSync('npx', ['svelte-kit', 'sync'], { cwd: root, stdio: 'inherit' });
	check('svelte-check (types of src, tests, bench, scripts, migrations)', [
		'svelte-check',
		'--tsconfig',
		'./tsconfig.json',
		'--fail-on-warnings',
		'--output',
		'human'
	]);
}

vitest(['unit', 'integration'], join(tmp, 'unit.json'));
if (pgUrl) {
	console.log('\n▶ integration tests on PostgreSQL (TEST_DATABASE_URL)');
	// With file filters (`npm test -- tests/unit/x.test.ts`) this run may match none: not a failure.
	vitest(['integration'], join(tmp, 'integration-pg.json'), pgEnv, extra.length ? ['--passWithNoTests'] : []);
}
const build = spawnSync('npx', ['vite', 'build'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
if (build.status !== 0) {
	console.error('✗ vite build failed');
	ok = false;
	failed++;
} else {
	vitest(['e2e'], join(tmp, 'e2e.json'));
	if (pgUrl) {
		console.log('\n▶ several instances on PostgreSQL (TEST_DATABASE_URL)');
		vitest(['e2e'], join(tmp, 'e2e-pg.json'), pgEnv, ['tests/e2e/pg-', ...(extra.length ? ['--passWithNoTests'] : [])]);
	}
}
console.log(`\ntests: ${passed} passed, ${failed} failed`);
process.exit(ok && failed === 0 ? 0 : 1);
