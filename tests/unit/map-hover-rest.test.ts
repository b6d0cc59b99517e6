/**
 * Issue 14 item 6: the map outlines the unit under the pointer once the pointer rests on it, or at once on a click,
 * not at every unit it crosses (src/lib/map/hover-rest.ts): each outline is a whole map frame, and a click made
 * while one was drawn waited for it. Driven through a clock the test fires by hand.
 */
import { describe, expect, it } from 'vitest';
import { HoverRest, type HoverClock } from '../../src/lib/map/hover-rest';

function setup() {
	const timers = new Map<number, { fn: () => void; ms: number }>();
	let next = 1;
	const clock: HoverClock = {
		setTimeout: (fn, ms) => (timers.set(next, { fn, ms }), next++),
		clearTimeout: (h) => void timers.delete(h as number)
	};
	let shown: string | null = null;
	const outlines: (string | null)[] = [];
	const h = new HoverRest(
		() => shown,
		(c) => outlines.push((shown = c)),
		60,
		clock
	);
	const rest = () => {
		for (const [id, t] of [...timers]) {
			timers.delete(id);
			t.fn();
		}
	};
	return { h, timers, outlines, rest };
}

describe('HoverRest', () => {
	it('a pointer crossing units outlines none of them; the unit it rests on is outlined after the rest', () => {
		const { h, timers, outlines, rest } = setup();
		h.soon('00001');
		h.soon('00002');
		h.soon('00003');
		expect(outlines).toEqual([]);
		expect([...timers.values()].map((t) => t.ms)).toEqual([60]); // one pending outline: the last unit's
		rest();
		expect(outlines).toEqual(['00003']);
	});

	it('a click outlines its unit at once and drops the pending outline (moved and pressed at once: no frame before the click)', () => {
		const { h, timers, outlines, rest } = setup();
		h.soon('00001');
		h.now('00004');
		expect(outlines).toEqual(['00004']);
		expect(timers.size).toBe(0);
		rest();
		expect(outlines).toEqual(['00004']);
	});

	it('nothing is redrawn for the unit already outlined, and leaving the map clears the outline at once', () => {
		const { h, timers, outlines, rest } = setup();
		h.now('00001');
		h.soon('00002');
		h.soon('00001'); // back on the outlined unit before the rest: no change pending
		expect(timers.size).toBe(0);
		h.now('00001');
		expect(outlines).toEqual(['00001']);
		h.soon(null);
		h.now(null);
		expect(outlines).toEqual(['00001', null]);
		rest();
		expect(outlines).toEqual(['00001', null]);
	});
});
