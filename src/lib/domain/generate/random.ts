/**
 * Seeded pseudo-random numbers for the synthetic province generator.
 * Everything the generator draws comes from these streams, so the same seed gives byte-identical output.
 */

/** A random source: `next()` returns a float in [0, 1). */
export interface Rng {
	next(): number;
	/** Uniform float in [lo, hi). */
	uniform(lo: number, hi: number): number;
	/** Uniform integer in [lo, hi] (both inclusive). */
	int(lo: number, hi: number): number;
	/** True with probability p. */
	chance(p: number): boolean;
	/** One element of a non-empty array. */
	pick<T>(items: readonly T[]): T;
	/** In-place Fisher–Yates shuffle; returns the same array. */
	shuffle<T>(items: T[]): T[];
}

/** 32-bit integer hash (murmur3 finaliser); used to derive independent streams from one seed. */
export function hash32(a: number, b = 0): number {
	let h = (Math.imul(a | 0, 0x9e3779b1) ^ Math.imul((b | 0) + 0x7f4a7c15, 0x85ebca77)) >>> 0;
	h ^= h >>> 16;
	h = Math.imul(h, 0x85ebca6b);
	h ^= h >>> 13;
	h = Math.imul(h, 0xc2b2ae35);
	h ^= h >>> 16;
	return h >>> 0;
}

/** mulberry32: small, fast, good enough for geometry noise; period 2^32. */
export function mulberry32(seed: number): Rng {
	let state = seed >>> 0;
	const next = (): number => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
	return {
		next,
		uniform: (lo, hi) => lo + (hi - lo) * next(),
		int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
		chance: (p) => next() < p,
		pick: (items) => items[Math.floor(next() * items.length)],
		shuffle: (items) => {
			for (let i = items.length - 1; i > 0; i--) {
				const j = Math.floor(next() * (i + 1));
				const tmp = items[i];
				items[i] = items[j];
				items[j] = tmp;
			}
			return items;
		}
	};
}

/** Independent stream number `stream` of a seed, so that stages do not disturb each other's draws. */
export function rngStream(seed: number, stream: number): Rng {
	return mulberry32(hash32(seed, stream));
}
