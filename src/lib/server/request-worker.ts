/**
 * A worker thread asked questions by id (the map tiles, the after view's geometry): `ask` posts a message with a
 * fresh `id` and resolves with the worker's reply of that id; `post` sends one that is not answered. The thread is
 * unreferenced while nothing waits for it (it never keeps a process alive), and a crash rejects whatever waits, after
 * which `dead` is true and the owner starts a new one (see `workerOf`).
 */
import { Worker } from 'node:worker_threads';
import { workerScript } from './worker-script.ts';

/** A request without its id (distributed over a union of requests, which Omit alone would merge). */
export type WithoutId<T> = T extends unknown ? Omit<T, 'id'> : never;

export class RequestWorker<Req extends { id: number }, Rep extends { id: number }> {
	private readonly worker: Worker;
	private next = 1;
	private readonly pending = new Map<number, { resolve: (r: Rep) => void; reject: (e: Error) => void }>();
	dead = false;

	/** `moduleUrl` and `rel` locate the entry script (worker-script.ts). */
	constructor(moduleUrl: string, rel: string, workerData?: unknown) {
		this.worker = new Worker(workerScript(moduleUrl, rel), { workerData });
		this.worker.on('message', (r: Rep) => {
			this.pending.get(r.id)?.resolve(r);
			this.pending.delete(r.id);
			if (this.pending.size === 0) this.worker.unref();
		});
		const fail = (e: Error) => {
			this.dead = true;
			for (const p of this.pending.values()) p.reject(e);
			this.pending.clear();
		};
		this.worker.on('error', fail);
		this.worker.on('exit', (code) => fail(new Error(`worker ${rel} exited (${code})`)));
		// After the listeners: adding a 'message' listener to a Worker refs it again (Node 20), and an unref made
		// before it left every process that had started a worker (an import job's tile warm-up) alive for good.
		this.worker.unref();
	}

	/** Send a message that is not answered. */
	post(message: unknown): void {
		this.worker.postMessage(message);
	}

	/** Send `message` with a fresh id; the worker's reply with that id. */
	ask(message: WithoutId<Req>): Promise<Rep> {
		return new Promise((resolve, reject) => {
			if (this.dead) return reject(new Error('worker exited'));
			const id = this.next++;
			this.pending.set(id, { resolve, reject });
			this.worker.ref();
			this.worker.postMessage({ ...message, id });
		});
	}
}

/** The live worker of a kind, started (again) when there is none or the last one died. */
export function workerOf<W extends { dead: boolean }>(make: () => W): () => W {
	let current: W | null = null;
	return () => (current && !current.dead ? current : (current = make()));
}
