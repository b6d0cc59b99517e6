/**
 * A small least-recently-used cache of promises, one per database handle (a test's database, an app instance's
 * connection): what the per-version caches of the server (units, workspaces, tile indexes, kept bodies, scenario
 * answers) keep. A value is built once per key while it is asked for concurrently; a build that fails is forgotten,
 * so the next request tries again. `limit` is read on every use (settings and tests may change it).
 */
export class HandleCache<T> {
	private readonly caches = new WeakMap<object, Map<string, Promise<T>>>();

	constructor(private readonly limit: () => number) {}

	/** The value kept for `key` on this handle (now the most recently used), else `make()`'s, kept. */
	get(db: object, key: string, make: () => Promise<T>): Promise<T> {
		let cache = this.caches.get(db);
		if (!cache) this.caches.set(db, (cache = new Map()));
		const kept = cache;
		let p = kept.get(key);
		if (p) kept.delete(key);
		else {
			p = make();
			p.catch(() => kept.delete(key));
		}
		kept.set(key, p);
		while (kept.size > this.limit()) kept.delete(kept.keys().next().value!);
		return p;
	}

	/** The keys kept for this handle, least recently used first (tests, diagnostics). */
	keys(db: object): string[] {
		return [...(this.caches.get(db)?.keys() ?? [])];
	}
}
