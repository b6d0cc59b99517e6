/**
 * Issue 14 item 6: the first click on a freshly opened scenario page is rehearsed once while the page is idle
 * (src/lib/scenario-editor/rehearsal.ts), so that it runs the same warm code as every later click. The rehearsal
 * works on a copy (the plan is not edited) and shows what a real click would show; it waits for an idle period long
 * enough not to delay a frame of the map, or for its time limit.
 */
import { describe, expect, it } from 'vitest';
import { rehearseClick, whenIdle, type IdleClock } from '../../src/lib/scenario-editor/rehearsal';
import { clickUnit } from '../../src/lib/scenario-editor/selection';
import {
	applyOps,
	emptyContent,
	evaluateOneGroup,
	GroupMemo,
	scenarioBasis,
	scenarioCatalog,
	type ScenarioContent
} from '../../src/lib/domain/scenario';
import { NQ35_2023 } from '../../src/lib/domain/rules';
import { ADJACENCY, CTX, UNITS } from '../fixtures/scenario';

const basis = scenarioBasis(UNITS, CTX, NQ35_2023, ADJACENCY);
const catalog = scenarioCatalog(UNITS);
const evaluate = (c: ScenarioContent, id: string) => evaluateOneGroup(c, basis, new GroupMemo(100), id);
const plan = (ops: Parameters<typeof applyOps>[1]) => applyOps(emptyContent(), ops, catalog);

describe('rehearseClick', () => {
	it('shows the group a click on the first unit in no group would start, with that click’s verdict, and edits nothing', () => {
		const content = plan([{ op: 'newGroup', id: 'g1', level: 'commune', members: ['00001', '00002'] }]);
		const before = JSON.stringify(content);
		const r = rehearseClick(content, UNITS, 'commune', catalog, evaluate)!;
		// 00001 and 00002 are grouped: the first free commune of the list is 00003.
		const free = UNITS.find((u) => u.level === 'commune' && u.code !== '00001' && u.code !== '00002')!;
		expect(r.group.members).toEqual([free.code]);
		const real = applyOps(content, clickUnit(content, null, free.code, 'commune').ops, catalog);
		expect(r.group).toEqual(real.groups.find((g) => g.members[0] === free.code));
		expect(r.evaluation).toEqual(evaluate(real, r.group.id));
		expect(JSON.stringify(content)).toBe(before);
		expect(content.groups).toHaveLength(1);
	});

	it('rehearses at the level the map shows (a district click starts a district group)', () => {
		const r = rehearseClick(emptyContent(), UNITS, 'district', catalog, evaluate)!;
		expect(r.group.level).toBe('district');
		expect(UNITS.find((u) => u.code === r.group.members[0])?.level).toBe('district');
	});

	it('without a unit in no group, shows the plan’s own group at that level as it is', () => {
		const communes = UNITS.filter((u) => u.level === 'commune').map((u) => u.code);
		const content = plan([{ op: 'newGroup', id: 'g7', level: 'commune', members: communes }]);
		const r = rehearseClick(content, UNITS, 'commune', catalog, evaluate)!;
		expect(r.group).toBe(content.groups[0]);
		expect(r.evaluation).toEqual(evaluate(content, 'g7'));
	});

	it('has nothing to rehearse without units or groups', () => {
		expect(rehearseClick(emptyContent(), [], 'commune', catalog, evaluate)).toBeNull();
	});
});

/** Idle callbacks and a clock the test drives. */
function idleClock() {
	let now = 0;
	const asks: { fn: Parameters<IdleClock['requestIdleCallback']>[0]; timeout: number }[] = [];
	const cancelled: unknown[] = [];
	const clock: IdleClock = {
		requestIdleCallback: (fn, opts) => asks.push({ fn, timeout: opts.timeout }),
		cancelIdleCallback: (h) => cancelled.push(h),
		now: () => now
	};
	/** The browser calls the last idle callback asked for, with this much idle time left. */
	const idle = (remaining: number, didTimeout = false) =>
		asks[asks.length - 1].fn({ didTimeout, timeRemaining: () => remaining });
	return { clock, asks, cancelled, idle, advance: (ms: number) => (now += ms) };
}

describe('whenIdle', () => {
	it('waits for an idle period of at least minMs: the short gaps between the map’s frames do not run it', () => {
		const c = idleClock();
		let runs = 0;
		whenIdle(() => runs++, { minMs: 40, timeoutMs: 5000 }, c.clock);
		c.idle(8);
		c.idle(15);
		expect(runs).toBe(0);
		expect(c.asks).toHaveLength(3); // asked again after each short gap
		c.idle(49);
		expect(runs).toBe(1);
		expect(c.asks).toHaveLength(3);
	});

	it('runs when its time limit is up even if the page is never idle that long', () => {
		const c = idleClock();
		let runs = 0;
		whenIdle(() => runs++, { minMs: 40, timeoutMs: 5000 }, c.clock);
		expect(c.asks[0].timeout).toBe(5000);
		c.advance(3000);
		c.idle(5);
		expect(c.asks[1].timeout).toBe(2000); // the limit is kept across the asks, not restarted
		c.idle(0, true);
		expect(runs).toBe(1);
	});

	it('does not run once cancelled', () => {
		const c = idleClock();
		let runs = 0;
		const cancel = whenIdle(() => runs++, {}, c.clock);
		cancel();
		c.idle(50);
		expect(runs).toBe(0);
		expect(c.cancelled).toHaveLength(1);
	});
});
