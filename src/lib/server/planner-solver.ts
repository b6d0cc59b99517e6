/**
 * HiGHS (npm `highs`, WebAssembly inside the package) in a worker thread, so a long solve never blocks the server's
 * event loop and can be stopped. The worker's code is a small CommonJS string run with `eval: true` and given the
 * resolved path of the `highs` package: no worker file has to be found next to a bundled chunk, so the same code
 * works under tsx (the CLI, the benchmark), vitest and the built SvelteKit server (adapter-node keeps `highs` in
 * node_modules as a dependency).
 *
 * Each job carries HiGHS's own `time_limit`; a guard timer terminates the worker if HiGHS overruns it by 10 s.
 */
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type { LpAnswer, LpJob, LpSolver } from '../domain/planner/types.ts';

const WORKER_CODE = `
const { parentPort, workerData } = require('node:worker_threads');
require(workerData.highsPath)().then((highs) => {
	parentPort.on('message', (m) => {
		try {
			const r = highs.solve(m.lp, m.options);
			const columns = {};
			for (const k of Object.keys(r.Columns || {})) columns[k] = r.Columns[k].Primal;
			parentPort.postMessage({ id: m.id, status: r.Status, objective: r.ObjectiveValue, columns });
		} catch (e) {
			parentPort.postMessage({ id: m.id, error: String((e && e.message) || e) });
		}
	});
	parentPort.postMessage({ ready: true });
}, (e) => parentPort.postMessage({ fatal: String((e && e.message) || e) }));
`;

function highsPath(): string {
	return createRequire(import.meta.url).resolve('highs');
}

/** A solver owning one worker thread; `close()` ends it. */
export class WorkerLpSolver implements LpSolver {
	private worker: Worker;
	private ready: Promise<void>;
	private nextId = 1;
	private pending = new Map<
		number,
		{ resolve: (a: LpAnswer) => void; reject: (e: Error) => void; timer: NodeJS.Timeout }
	>();
	private dead: Error | null = null;

	constructor() {
		this.worker = new Worker(WORKER_CODE, { eval: true, workerData: { highsPath: highsPath() } });
		this.worker.unref();
		this.ready = new Promise((resolve, reject) => {
			const onMessage = (m: { ready?: boolean; fatal?: string }) => {
				if (m.ready) resolve();
				else if (m.fatal) reject(new Error(`HiGHS failed to load: ${m.fatal}`));
			};
			this.worker.once('message', onMessage);
			this.worker.once('error', reject);
		});
		this.worker.on('message', (m: { id?: number; error?: string } & Partial<LpAnswer>) => {
			if (m.id == null) return;
			const p = this.pending.get(m.id);
			if (!p) return;
			this.pending.delete(m.id);
			clearTimeout(p.timer);
			if (m.error) p.reject(new Error(`HiGHS: ${m.error}`));
			else p.resolve({ status: m.status ?? 'Unknown', objective: m.objective ?? null, columns: m.columns ?? {} });
		});
		this.worker.on('error', (e) => this.fail(e));
		this.worker.on('exit', () => this.fail(new Error('the solver worker stopped')));
	}

	private fail(e: Error) {
		this.dead ??= e;
		for (const p of this.pending.values()) {
			clearTimeout(p.timer);
			p.reject(e);
		}
		this.pending.clear();
	}

	async solve(job: LpJob): Promise<LpAnswer> {
		await this.ready;
		if (this.dead) throw this.dead;
		const id = this.nextId++;
		return new Promise<LpAnswer>((resolve, reject) => {
			// HiGHS honours time_limit; the guard only catches a solver that does not return at all.
			const timer = setTimeout(
				() => {
					this.fail(new Error('the solver exceeded its time limit'));
					void this.worker.terminate();
				},
				(job.timeLimitSeconds + 10) * 1000
			);
			this.pending.set(id, { resolve, reject, timer });
			this.worker.postMessage({
				id,
				lp: job.lp,
				options: {
					output_flag: false,
					time_limit: job.timeLimitSeconds,
					random_seed: job.seed,
					mip_rel_gap: 0
				}
			});
		});
	}

	async close(): Promise<void> {
		await this.worker.terminate();
	}
}

/** Run `fn` with a fresh worker solver, closed afterwards. */
export async function withSolver<T>(fn: (solver: LpSolver) => Promise<T>): Promise<T> {
	const solver = new WorkerLpSolver();
	try {
		return await fn(solver);
	} finally {
		await solver.close();
	}
}
