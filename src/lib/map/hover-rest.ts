/**
 * The unit under the pointer, outlined once the pointer rests on it (`restMs`) or at once when asked (a click), not
 * at every unit the pointer crosses: each outline change redraws the whole map, a frame that in software WebGL holds
 * the page's thread for tens of ms, and a click made meanwhile (a pointer moved and pressed at once) waited for it
 * before its verdict could show (issue 14 item 6).
 */
export interface HoverClock {
	setTimeout: (fn: () => void, ms: number) => unknown;
	clearTimeout: (handle: unknown) => void;
}

const browserClock: HoverClock = {
	setTimeout: (fn, ms) => setTimeout(fn, ms),
	clearTimeout: (h) => clearTimeout(h as ReturnType<typeof setTimeout>)
};

export class HoverRest {
	#timer: unknown = null;

	/** `shown`: the code outlined now; `show`: outline this code (null: none). */
	constructor(
		private readonly shown: () => string | null,
		private readonly show: (code: string | null) => void,
		private readonly restMs = 60,
		private readonly clock: HoverClock = browserClock
	) {}

	/** The pointer is over `code` (null: no unit): outlined if it is still there `restMs` from now. */
	soon(code: string | null): void {
		this.cancel();
		if (code !== this.shown()) this.#timer = this.clock.setTimeout(() => this.now(code), this.restMs);
	}

	/** Outline `code` at once (a click, the pointer leaving the map). */
	now(code: string | null): void {
		this.cancel();
		if (code !== this.shown()) this.show(code);
	}

	/** Forget a pending outline. */
	cancel(): void {
		if (this.#timer != null) this.clock.clearTimeout(this.#timer);
		this.#timer = null;
	}
}
