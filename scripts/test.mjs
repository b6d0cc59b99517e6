#!/usr/bin/env node
// `npm test`: unit + integration tests, then the production build and the browser tests against it.
// Prints one plain closing line "tests: N passed, N failed" summing every stage.
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

function vitest(projects, file) {
	const args = ['vitest', 'run', ...projects.flatMap((p) => ['--project', p]), '--reporter=default', '--reporter=json', `--outputFile.json=${file}`, ...extra];
	const r = spawnSync('npx', args, { cwd: root, stdio: 'inherit' });
	try {
		const j = JSON.parse(readFileSync(file, 'utf8'));
		passed += j.numPassedTests;
		failed += j.numFailedTests + (j.numTotalTests - j.numPassedTests - j.numFailedTests - (j.numPendingTests ?? 0) - (j.numTodoTests ?? 0));
	} catch {
		failed++;
	}
	if (r.status !== 0) ok = false;
}

vitest(['unit', 'integration'], join(tmp, 'unit.json'));
const build = spawnSync('npx', ['vite', 'build'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
if (build.status !== 0) {
	console.error('✗ vite build failed');
	ok = false;
	failed++;
} else {
	vitest(['e2e'], join(tmp, 'e2e.json'));
}
console.log(`\ntests: ${passed} passed, ${failed} failed`);
process.exit(ok && failed === 0 ? 0 : 1);
