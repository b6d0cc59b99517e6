/**
 * The page's side of the dissolve worker: one worker, requests answered in order, each with a time
 * limit. A request that runs over is answered with a clear failure and the worker is replaced.
 */
import type { MultiPolygon, Polygon } from 'geojson';
import {
	DISSOLVE_LAYER_TIME_LIMIT_MS,
	DISSOLVE_TIME_LIMIT_MS,
	timeoutResponse,
	type DissolveLayerResponse,
	type DissolveResponse
} from '../domain/geo/dissolve-worker-protocol.ts';
import type { UnitGeometry } from '../domain/geo/dissolve.ts';

export class DissolveClient {
	private worker: Worker | null = null;
	private pending = new Map<
		string | number,
		{ resolve: (r: DissolveResponse | DissolveLayerResponse) => void; timer: ReturnType<typeof setTimeout> }
	>();
	private next = 0;

	private ensure(): Worker {
		if (!this.worker) {
			this.worker = new Worker(new URL('./dissolve.worker.ts', import.meta.url), { type: 'module' });
			this.worker.onmessage = (e: MessageEvent<DissolveResponse | DissolveLayerResponse>) => {
				const p = this.pending.get(e.data.id);
				if (!p) return;
				clearTimeout(p.timer);
				this.pending.delete(e.data.id);
				p.resolve(e.data);
			};
			this.worker.onerror = (e) => this.failAll(e.message || 'worker error');
		}
		return this.worker;
	}

	private failAll(error: string) {
		for (const [id, p] of this.pending) {
			clearTimeout(p.timer);
			p.resolve({ id, ok: false, error });
		}
		this.pending.clear();
		this.worker?.terminate();
		this.worker = null;
	}

	/** Dissolve members into one geometry, or fail after `timeLimitMs`. */
	dissolve(members: (Polygon | MultiPolygon)[], timeLimitMs = DISSOLVE_TIME_LIMIT_MS): Promise<DissolveResponse> {
		return this.post({ members, timeLimitMs }, timeLimitMs) as Promise<DissolveResponse>;
	}

	/** Dissolve every group of one layer at once (`groupOf`: unit code → group id), or fail after `timeLimitMs`. */
	dissolveLayer(
		units: UnitGeometry[],
		groupOf: Record<string, string>,
		timeLimitMs = DISSOLVE_LAYER_TIME_LIMIT_MS
	): Promise<DissolveLayerResponse> {
		return this.post({ units, groupOf, timeLimitMs }, timeLimitMs) as Promise<DissolveLayerResponse>;
	}

	private post(body: object, timeLimitMs: number): Promise<DissolveResponse | DissolveLayerResponse> {
		const id = ++this.next;
		const w = this.ensure();
		return new Promise((resolve) => {
			const timer = setTimeout(() => {
				this.pending.delete(id);
				resolve(timeoutResponse(id, timeLimitMs));
				// The worker is stuck on this job: replace it so later requests run.
				this.failAll('worker restarted after a time-out');
			}, timeLimitMs);
			this.pending.set(id, { resolve, timer });
			w.postMessage({ id, ...body });
		});
	}

	close(): void {
		this.failAll('closed');
	}
}
