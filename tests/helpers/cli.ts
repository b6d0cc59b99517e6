import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { isPostgresUrl } from '../../src/lib/server/db/dialect';

const run = promisify(execFile);

/**
 * The node options `tsx` starts its one child process with (its preflight and its loader): what `npm run cli` runs,
 * in one process instead of two (the tsx wrapper process costs a node start-up on every command).
 */
const TSX = [
	'--require',
	resolve('node_modules/tsx/dist/preflight.cjs'),
	'--import',
	pathToFileURL(resolve('node_modules/tsx/dist/loader.mjs')).href
];

/**
 * Run the real CLI (src/cli/main.ts under tsx, as `npm run cli`) against a database (a SQLite file as
 * DATABASE_PATH, or a postgres:// URL as DATABASE_URL, as a ministry install sets it); never throws, returns exit
 * code and output. `cwd`: the current folder of the command (the project's by default).
 */
export async function cli(
	db: string,
	args: string[],
	env: Record<string, string> = {},
	cwd = process.cwd()
): Promise<{ code: number; stdout: string; stderr: string }> {
	try {
		const r = await run(process.execPath, [...TSX, resolve('src/cli/main.ts'), ...args], {
			cwd,
			env: {
				...process.env,
				...(isPostgresUrl(db) ? { DATABASE_URL: db } : { DATABASE_PATH: db }),
				SAPXEP_LANG: 'vi',
				...env
			},
			maxBuffer: 64 << 20
		});
		return { code: 0, stdout: r.stdout, stderr: r.stderr };
	} catch (e) {
		const err = e as { code: number; stdout: string; stderr: string };
		return { code: err.code, stdout: err.stdout, stderr: err.stderr };
	}
}
