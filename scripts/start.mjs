#!/usr/bin/env node
// `npm start` on a fresh clone: install what is missing, migrate, seed the demo on an empty
// database, build when the sources are newer than the build, then serve (scripts/serve.mjs). Plain Node, no deps:
// it runs before node_modules exists.
import { spawnSync, spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

/**
 * Run a command in the project folder; exit with its status when it fails.
 * @param {string} cmd @param {string[]} args @param {string} what
 */
function run(cmd, args, what) {
	console.log(`\n▶ ${what}`);
	const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: process.env });
	if (r.status !== 0) {
		console.error(`✗ ${what} failed (exit ${r.status}).`);
		process.exit(r.status ?? 1);
	}
}

/** Newest modification time under a path (ms), 0 when absent. @param {string} path @returns {number} */
function newest(path) {
	if (!existsSync(path)) return 0;
	const s = statSync(path);
	if (!s.isDirectory()) return s.mtimeMs;
	let m = s.mtimeMs;
	for (const n of readdirSync(path)) m = Math.max(m, newest(join(path, n)));
	return m;
}

// 1. Dependencies: install when node_modules is missing or older than the lock file.
const lock = join(root, 'package-lock.json');
const installed = join(root, 'node_modules', '.package-lock.json');
if (!existsSync(installed) || (existsSync(lock) && statSync(lock).mtimeMs > statSync(installed).mtimeMs + 1000)) {
	run(
		npm,
		existsSync(lock) ? ['ci', '--no-audit', '--no-fund'] : ['install', '--no-audit', '--no-fund'],
		'Cài đặt thư viện / installing dependencies'
	);
}

// 2. Database: migrations, then the demo province when the database is empty.
run(npm, ['run', '--silent', 'cli', '--', 'setup'], 'Chuẩn bị cơ sở dữ liệu / migrating and seeding');

// 3. Build when anything the build depends on is newer than it.
const built = join(root, 'build', 'index.js');
const sources = ['src', 'static', 'migrations', 'svelte.config.js', 'vite.config.ts', 'package.json'].map((p) =>
	newest(join(root, p))
);
if (!existsSync(built) || Math.max(...sources) > newest(join(root, 'build'))) {
	run(npm, ['run', '--silent', 'build'], 'Đóng gói ứng dụng / building');
}

// 4. Serve, through the same entry as the browser tests (scripts/serve.mjs: defaults, reverse-proxy settings).
const server = spawn(process.execPath, [join(root, 'scripts', 'serve.mjs')], { cwd: root, stdio: 'inherit' });
for (const sig of /** @type {const} */ (['SIGINT', 'SIGTERM'])) process.on(sig, () => server.kill(sig));
server.on('exit', (code) => process.exit(code ?? 0));
