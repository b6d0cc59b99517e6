/**
 * The first click on a scenario's map, rehearsed once while the page is idle (issue 14 item 6). A click on a unit
 * applies the edit, evaluates the group and builds the group panel; the first time a page does that, its code runs
 * cold (compiled, templates made, styles matched, fonts and text laid out for the first time): ~30 ms more than any
 * later click on a country's page. The page does it once out of sight before the user's first click: the edit is
 * applied to a copy of the plan (nothing edited, nothing saved), the group's verdict evaluated, its panel built, laid
 * out and removed in the same task (never painted, never seen).
 */
import { applyOps } from '../domain/scenario/ops.ts';
import type { GroupEvaluation } from '../domain/scenario/evaluation.ts';
import type { MergerGroup, ScenarioCatalog, ScenarioContent } from '../domain/scenario/types.ts';
import { clickUnit } from './selection.ts';

type Level = 'district' | 'commune';

/** A group as a click shows it: the panel's group and its verdict. */
export interface Rehearsal {
	group: MergerGroup;
	evaluation: GroupEvaluation;
}

/**
 * What a first click at `level` would show, without editing `content`: the group a click on the first unit in no
 * group starts, evaluated on a copy; without such a unit (or when the edit is refused), the plan's first group at
 * that level (else its first group) as it is; null when the plan has no group to show either.
 */
export function rehearseClick(
	content: ScenarioContent,
	units: readonly { code: string; level: string }[],
	level: Level,
	catalog: ScenarioCatalog,
	evaluate: (content: ScenarioContent, groupId: string) => GroupEvaluation | null
): Rehearsal | null {
	const taken = new Set<string>();
	for (const g of content.groups) for (const m of g.members) taken.add(m);
	const free = units.find((u) => u.level === level && !taken.has(u.code));
	if (free) {
		try {
			const answer = clickUnit(content, null, free.code, level);
			const copy = applyOps(content, answer.ops, catalog);
			const group = copy.groups.find((g) => g.id === answer.select);
			const evaluation = group ? evaluate(copy, group.id) : null;
			if (group && evaluation) return { group, evaluation };
		} catch {
			// The edit is refused (e.g. a unit the rules leave out): the plan's own group shows the same panel.
		}
	}
	const group = content.groups.find((g) => g.level === level) ?? content.groups[0];
	const evaluation = group ? evaluate(content, group.id) : null;
	return group && evaluation ? { group, evaluation } : null;
}

/** The browser's idle callbacks (tests pass their own). */
export interface IdleClock {
	requestIdleCallback: (
		fn: (deadline: { didTimeout: boolean; timeRemaining: () => number }) => void,
		opts: { timeout: number }
	) => unknown;
	cancelIdleCallback: (handle: unknown) => void;
	now: () => number;
}

const browserIdleClock = (): IdleClock | null =>
	typeof requestIdleCallback === 'function'
		? {
				requestIdleCallback: (fn, opts) => requestIdleCallback(fn, opts),
				cancelIdleCallback: (h) => cancelIdleCallback(h as number),
				now: () => performance.now()
			}
		: null;

/**
 * Run `fn` once in an idle period of at least `minMs` (while the map draws frames the browser's idle periods are
 * the short gaps between them: a task there would delay the next frame), or after `timeoutMs` in any case. Without
 * idle callbacks (Safari), after `timeoutMs`. Returns the cancel.
 */
export function whenIdle(
	fn: () => void,
	{ minMs = 40, timeoutMs = 5000 }: { minMs?: number; timeoutMs?: number } = {},
	clock: IdleClock | null = browserIdleClock()
): () => void {
	if (!clock) {
		const t = setTimeout(fn, timeoutMs);
		return () => clearTimeout(t);
	}
	const until = clock.now() + timeoutMs;
	let handle: unknown = null;
	let cancelled = false;
	const ask = () => {
		handle = clock.requestIdleCallback(
			(deadline) => {
				if (cancelled) return;
				if (deadline.didTimeout || deadline.timeRemaining() >= minMs || clock.now() >= until) fn();
				else ask();
			},
			{ timeout: Math.max(1, until - clock.now()) }
		);
	};
	ask();
	return () => {
		cancelled = true;
		clock.cancelIdleCallback(handle);
	};
}
