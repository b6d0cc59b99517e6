/**
 * Where a worker thread's entry script is. The built server (adapter-node) bundles the modules that start workers
 * into build/server/chunks, while the entry scripts stay plain JavaScript in the source tree (each registers tsx, a
 * runtime dependency, and imports its TypeScript): so a script is looked up from the calling module's location
 * upwards, first beside it (development: vite, vitest, tsx), then under `rel` in each parent folder (the built server
 * runs from the project folder, which keeps src/), then under the working folder.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const found = new Map<string, string>();

/**
 * The path of the worker script `rel` (e.g. src/lib/server/import/job-worker.mjs) for the module at `moduleUrl`
 * (its import.meta.url). `override`, when it names an existing file, wins (tests swap a worker in).
 */
export function workerScript(moduleUrl: string, rel: string, override?: string): string {
	if (override && existsSync(override)) return override;
	const key = `${moduleUrl}|${rel}`;
	const kept = found.get(key);
	if (kept) return kept;
	const keep = (path: string) => (found.set(key, path), path);
	let dir = dirname(fileURLToPath(moduleUrl));
	const name = rel.split('/').pop()!;
	if (existsSync(join(dir, name))) return keep(join(dir, name));
	for (;;) {
		if (existsSync(join(dir, rel))) return keep(join(dir, rel));
		const up = dirname(dir);
		if (up === dir) break;
		dir = up;
	}
	if (existsSync(join(process.cwd(), rel))) return keep(join(process.cwd(), rel));
	throw new Error(`worker script not found (${rel})`);
}
