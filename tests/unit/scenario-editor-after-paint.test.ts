/**
 * The scenario page shows a click's verdict first and catches the rest of the page up after the browser has painted
 * it (issue 14 item 6): afterPaint runs the work once, after the frame's task, or from the timer when no frame comes
 * (a hidden tab).
 */
import { describe, expect, it } from 'vitest';
import { afterPaint, type PaintClock } from '../../src/lib/scenario-editor/after-paint';

/** A clock whose frames and timers the test fires by hand. */
function manualClock() {
	const frames: (() => void)[] = [];
	const timers: { fn: () => void; ms: number }[] = [];
	const clock: PaintClock = {
		requestAnimationFrame: (fn) => frames.push(fn),
		setTimeout: (fn, ms) => timers.push({ fn, ms })
	};
	const fire = (list: { fn: () => void }[] | (() => void)[]) => {
		const xs = list.splice(0);
		for (const x of xs) (typeof x === 'function' ? x : x.fn)();
	};
	return { clock, frames, timers, fire };
}

describe('afterPaint', () => {
	it('runs the work after the frame, in the task queued from its animation callback, once', () => {
		const c = manualClock();
		let runs = 0;
		afterPaint(() => runs++, 200, c.clock);
		expect(runs).toBe(0);
		expect(c.timers.map((t) => t.ms)).toEqual([200]);
		c.fire(c.frames); // the frame's callback queues a task; the work has not run yet (the frame is not drawn)
		expect(runs).toBe(0);
		const zero = c.timers.find((t) => t.ms === 0)!;
		zero.fn();
		expect(runs).toBe(1);
		c.fire(c.timers); // the fallback timer too: no second run
		expect(runs).toBe(1);
	});

	it('runs the work from the timer when no frame comes (a hidden tab), and not again when the frame comes later', () => {
		const c = manualClock();
		let runs = 0;
		afterPaint(() => runs++, 150, c.clock);
		c.fire(c.timers);
		expect(runs).toBe(1);
		c.fire(c.frames);
		c.fire(c.timers);
		expect(runs).toBe(1);
	});
});
