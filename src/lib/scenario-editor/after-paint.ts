/**
 * Run work once the browser has painted what the current task changed: in the frame's animation callback a task is
 * queued, which runs after that frame is drawn. A hidden tab draws no frames, so a timer runs it too; whichever
 * comes first runs it, once. The scenario page shows a click's verdict first and catches the rest of the page up
 * (totals, lists, outlines: work that grows with the plan) in such a task.
 */
export interface PaintClock {
	requestAnimationFrame: (fn: () => void) => unknown;
	setTimeout: (fn: () => void, ms: number) => unknown;
}

const browserClock = (): PaintClock => ({
	requestAnimationFrame: (fn) => requestAnimationFrame(() => fn()),
	setTimeout: (fn, ms) => setTimeout(fn, ms)
});

/** Call `fn` once, after the next paint (or after `fallbackMs` when no frame comes). */
export function afterPaint(fn: () => void, fallbackMs = 200, clock: PaintClock = browserClock()): void {
	let done = false;
	const run = () => {
		if (done) return;
		done = true;
		fn();
	};
	clock.requestAnimationFrame(() => clock.setTimeout(run, 0));
	clock.setTimeout(run, fallbackMs);
}
