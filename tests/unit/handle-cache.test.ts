import { describe, expect, it } from 'vitest';
import { HandleCache } from '../../src/lib/server/handle-cache';

describe('HandleCache: the per-handle least-recently-used promise cache of the server caches', () => {
	it('builds a key once while it is kept, per handle, and drops the least recently used past the limit', async () => {
		let limit = 2;
		const cache = new HandleCache<string>(() => limit);
		const a = {};
		const b = {};
		let builds = 0;
		const make = (v: string) => () => Promise.resolve(`${v}${++builds}`);
		expect(await cache.get(a, 'x', make('x'))).toBe('x1');
		expect(await cache.get(a, 'x', make('x'))).toBe('x1');
		expect(await cache.get(b, 'x', make('x'))).toBe('x2'); // another handle, its own entry
		await cache.get(a, 'y', make('y'));
		await cache.get(a, 'x', make('x')); // x is now the most recently used
		await cache.get(a, 'z', make('z'));
		expect(cache.keys(a)).toEqual(['x', 'z']);
		limit = 1; // read on every use
		await cache.get(a, 'z', make('z'));
		expect(cache.keys(a)).toEqual(['z']);
	});

	it('forgets a build that failed, so the next request tries again', async () => {
		const cache = new HandleCache<number>(() => 4);
		const db = {};
		await expect(cache.get(db, 'k', () => Promise.reject(new Error('no')))).rejects.toThrow('no');
		expect(cache.keys(db)).toEqual([]);
		expect(await cache.get(db, 'k', () => Promise.resolve(7))).toBe(7);
	});
});
