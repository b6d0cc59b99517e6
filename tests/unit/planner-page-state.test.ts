/**
 * The planner page's state (src/lib/planner/): the options it sends, the streamed progress and result it reads, the
 * groups it accepts into a draft (the draft's own groups are not sent again), and the map's colours, driven through
 * a scripted fetch with the shapes of the real endpoints (tests/integration/planner-*.test.ts check the server).
 */
import { describe, expect, it } from 'vitest';
import { parseProtect, plannerFills, PLANNER_OTHER, PLANNER_UNCOVERED, groupColour } from '../../src/lib/planner/fills';
import { PlannerState, type PlannerRunResult } from '../../src/lib/planner/planner-state.svelte';
import { readNdjson } from '../../src/lib/planner/stream';

/** A response whose body arrives in the given chunks (a line may be cut anywhere). */
function streamed(chunks: string[], status = 200): Response {
	const enc = new TextEncoder();
	const body = new ReadableStream<Uint8Array>({
		start(c) {
			for (const ch of chunks) c.enqueue(enc.encode(ch));
			c.close();
		}
	});
	return new Response(body, { status });
}

const group = (level: 'district' | 'commune', members: string[], kept = false) => ({
	level,
	members,
	names: members,
	kept,
	meets: 'both',
	sameParent: true,
	why: null
});
const RESULT = {
	ruleSetId: 'nq35-2023',
	seconds: 1.5,
	keepScenario: { id: 7, version: 3 },
	stats: { status: 'optimal' },
	plans: [
		{
			rank: 0,
			groups: [group('district', ['001', '002']), group('commune', ['00001', '00004'], true)],
			uncovered: [{ code: '00009', level: 'commune', name: 'Xã I' }],
			score: {},
			differs: null
		}
	]
} as unknown as PlannerRunResult;

describe('the planner page state', () => {
	it('sends the options with the protected codes split, reads progress then the plans, and shows districts first', async () => {
		const sent: { url: string; body: Record<string, unknown> }[] = [];
		const line = (m: unknown) => JSON.stringify(m) + '\n';
		const text = line({ type: 'progress', done: 0.5, stage: 'solve' }) + line({ type: 'result', result: RESULT });
		const fetchFn = (async (url: string, init?: RequestInit) => {
			sent.push({ url, body: JSON.parse(String(init?.body)) });
			return streamed([text.slice(0, 17), text.slice(17, 60), text.slice(60)]);
		}) as typeof fetch;
		const p = new PlannerState(12, 7, fetchFn);
		p.protectText = '24946, 25039;25040';
		p.maxMembers = 3;
		await p.run();
		expect(sent[0].url).toBe('/api/datasets/12/planner');
		expect(sent[0].body).toMatchObject({
			ruleSetId: 'nq35-2023',
			keepScenarioId: 7,
			options: { maxMembers: 3, protect: ['24946', '25039', '25040'], alternatives: 3 }
		});
		expect(p.running).toBe(false);
		expect(p.progress).toBe(1);
		expect(p.plan?.groups).toHaveLength(2);
		expect(p.level).toBe('district');
		expect(p.problem).toBeNull();
	});

	it('says what the server refused instead of a plan', async () => {
		const fetchFn = (async () =>
			new Response(JSON.stringify({ message: { vi: 'Không có đơn vị thuộc diện', en: 'No subject unit' } }), {
				status: 422
			})) as unknown as typeof fetch;
		const p = new PlannerState(12, null, fetchFn);
		await p.run();
		expect(p.result).toBeNull();
		expect(p.problem).toBe('Không có đơn vị thuộc diện');
	});

	it('accepting into the draft sends only the new groups, with the draft’s version, then opens the scenario', async () => {
		const sent: { url: string; body: Record<string, unknown> }[] = [];
		const fetchFn = (async (url: string, init?: RequestInit) => {
			sent.push({ url, body: JSON.parse(String(init?.body)) });
			return url.endsWith('/accept')
				? new Response(JSON.stringify({ scenarioId: 7 }), { status: 200 })
				: streamed([JSON.stringify({ type: 'result', result: RESULT }) + '\n']);
		}) as typeof fetch;
		const p = new PlannerState(12, 7, fetchFn);
		await p.run();
		const went: string[] = [];
		await p.accept(true, async (u) => void went.push(u));
		expect(sent[1]).toEqual({
			url: '/api/datasets/12/planner/accept',
			body: { groups: [{ level: 'district', members: ['001', '002'] }], scenarioId: 7, version: 3 }
		});
		expect(went).toEqual(['/datasets/12/scenarios/7']);
	});
});

describe('the planner map and stream helpers', () => {
	it('colours each group its own, the units left out red and every other unit grey', () => {
		const units = [
			{ code: '001', level: 'district' },
			{ code: '00001', level: 'commune' },
			{ code: '00009', level: 'commune' },
			{ code: '00005', level: 'commune' }
		];
		const f = plannerFills(units, RESULT.plans[0]);
		expect(f.district['001']).toBe(groupColour(0));
		expect(f.commune['00001']).toBe(groupColour(1));
		expect(f.commune['00009']).toBe(PLANNER_UNCOVERED);
		expect(f.commune['00005']).toBe(PLANNER_OTHER);
		expect(plannerFills(units, null).district['001']).toBe(PLANNER_OTHER);
	});

	it('reads one message a line, whatever the chunks, and skips blank lines', async () => {
		const got: unknown[] = [];
		await readNdjson(streamed(['{"a":', '1}\n\n{"b"', ':2}\n']).body!, (m) => got.push(m));
		expect(got).toEqual([{ a: 1 }, { b: 2 }]);
		expect(parseProtect(' 1, 2;3  4 ')).toEqual(['1', '2', '3', '4']);
	});
});
