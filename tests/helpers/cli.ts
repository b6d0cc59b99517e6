import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { isPostgresUrl } from '../../src/lib/server/db/dialect';

const run = promisify(execFile);

/**
 * Run the real CLI (tsx src/cli/main.ts) against a database (a SQLite file as DATABASE_PATH, or a postgres:// URL as
 * DATABASE_URL, as a ministry install sets it); never throws, returns exit code and output.
 */
export async function cli(
	db: string,
	args: string[],
	env: Record<string, string> = {}
): Promise<{ code: number; stdout: string; stderr: string }> {
	try {
		const r = await run('node_modules/.bin/tsx', ['src/cli/main.ts', ...args], {
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
