/**
 * The scenario editor's save queue, conflict handling and undo client (src/lib/scenario-editor/session.svelte.ts
 * over api.ts), driven through a scripted `fetch`: each request waits until the test answers it, so the order of
 * requests and answers is under the test's control. The answers have the shapes of the real endpoints
 * (tests/integration/scenario-api.test.ts checks those against the server).
 */
import { describe, expect, it } from 'vitest';
import { ScenarioSession, type SessionInit } from '../../src/lib/scenario-editor/session.svelte';
import { blankGroup, scenarioCatalog, type ScenarioContent } from '../../src/lib/domain/scenario';
import { UNITS } from '../fixtures/scenario';

const catalog = scenarioCatalog(UNITS);

interface Sent {
	url: string;
	body: { version?: number; ops?: { op: string; code?: string }[]; name?: string; content?: ScenarioContent };
	answer: (status: number, body: unknown) => void;
	fail: () => void;
}

/** A fetch whose requests wait in `sent` until the test answers or fails them. */
function scriptedFetch() {
	const sent: Sent[] = [];
	const fetchFn = ((url: string, init?: RequestInit) =>
		new Promise<Response>((resolve, reject) => {
			sent.push({
				url,
				body: JSON.parse(String(init?.body ?? '{}')),
				answer: (status, body) =>
					resolve(new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } })),
				fail: () => reject(new TypeError('Failed to fetch'))
			});
		})) as typeof fetch;
	return { sent, fetchFn };
}

/** Let the awaited promises of the session run. */
const settle = () => new Promise((r) => setTimeout(r, 0));

function session(over: Partial<SessionInit> = {}, send?: (fn: () => void) => void) {
	const f = scriptedFetch();
	const timers: { fn: () => void; ms: number }[] = [];
	const s = new ScenarioSession(
		{
			datasetId: 1,
			scenarioId: 7,
			name: 'Phương án 1',
			ruleSetId: 'nq35-2023',
			content: { groups: [], exemptions: [] },
			version: 1,
			canUndo: false,
			canRedo: false,
			...over
		},
		{ fetch: f.fetchFn, later: (fn, ms) => timers.push({ fn, ms }), ...(send ? { send } : {}) }
	);
	return { s, timers, ...f };
}

const saved = (version: number, extra: object = {}) => ({ version, canUndo: true, canRedo: false, ...extra });

describe('save queue', () => {
	it('an edit shows at once and is saved on the current version; edits made meanwhile go in the next request', async () => {
		const { s, sent } = session();
		expect(s.edit([{ op: 'newGroup', id: 'g1', level: 'commune', members: ['00001'] }], catalog)).toBe(true);
		expect(s.content.groups.map((g) => g.members)).toEqual([['00001']]);
		expect(s.saveState).toBe('saving');
		s.edit([{ op: 'addMember', groupId: 'g1', code: '00002' }], catalog);
		s.edit([{ op: 'addMember', groupId: 'g1', code: '00003' }], catalog);
		expect(s.content.groups[0].members).toEqual(['00001', '00002', '00003']);
		await settle();
		expect(sent).toHaveLength(1); // one request at a time
		expect(sent[0].url).toBe('/api/scenarios/7/ops');
		expect(sent[0].body).toMatchObject({ version: 1, ops: [{ op: 'newGroup' }] });
		sent[0].answer(200, saved(2));
		await settle();
		expect(sent).toHaveLength(2);
		expect(sent[1].body.version).toBe(2); // made on the version the last answer gave
		expect(sent[1].body.ops!.map((o) => o.code)).toEqual(['00002', '00003']);
		expect(s.saveState).toBe('saving');
		sent[1].answer(200, saved(3));
		await settle();
		expect([s.version, s.saveState, s.canUndo, s.pending]).toEqual([3, 'saved', true, false]);
	});

	it('a deferred send (the page sends after the paint): the edit shows and reads "saving" at once, the request goes when the send runs, edits made before it go in the same request', async () => {
		const waiting: (() => void)[] = [];
		const { s, sent } = session({}, (fn) => waiting.push(fn));
		s.edit([{ op: 'newGroup', id: 'g1', level: 'commune', members: ['00001'] }], catalog);
		s.edit([{ op: 'addMember', groupId: 'g1', code: '00002' }], catalog);
		expect(s.content.groups[0].members).toEqual(['00001', '00002']);
		expect([s.saveState, s.pending, s.canStep]).toEqual(['saving', true, false]);
		await settle();
		expect(sent).toHaveLength(0);
		waiting.forEach((fn) => fn());
		await settle();
		expect(sent).toHaveLength(1);
		expect(sent[0].body.ops!.map((o) => o.op)).toEqual(['newGroup', 'addMember']);
		sent[0].answer(200, saved(2));
		await settle();
		expect([s.version, s.saveState, s.pending]).toEqual([2, 'saved', false]);
	});

	it('an edit the domain refuses is not applied, not sent, and says why in Vietnamese', async () => {
		const { s, sent } = session();
		expect(s.edit([{ op: 'addMember', groupId: 'nope', code: '00001' }], catalog)).toBe(false);
		expect(s.content.groups).toEqual([]);
		expect(s.message).toMatch(/nope/);
		await settle();
		expect(sent).toHaveLength(0);
	});

	it('a refusal by the server (422) is shown with its message', async () => {
		const { s, sent } = session();
		s.edit([{ op: 'newGroup', id: 'g1', level: 'commune', members: ['00001'] }], catalog);
		await settle();
		sent[0].answer(422, { error: 'invalid_op', message: { vi: 'Không được.', en: 'Not allowed.' } });
		await settle();
		expect([s.saveState, s.message]).toEqual(['error', 'Không được.']);
	});

	it('the connection lost: the ops are kept in order and go with the next request', async () => {
		const { s, sent, timers } = session();
		s.edit([{ op: 'newGroup', id: 'g1', level: 'commune', members: ['00001'] }], catalog);
		await settle();
		sent[0].fail();
		await settle();
		expect([s.saveState, s.message]).toEqual(['error', 'Mất kết nối: thay đổi sẽ được lưu khi kết nối lại.']);
		// A new edit sends the kept ops first, with it, in order.
		s.edit([{ op: 'addMember', groupId: 'g1', code: '00002' }], catalog);
		await settle();
		expect(s.saveState).toBe('saving');
		expect(sent.length).toBe(2);
		expect(sent[1].body.ops!.map((o) => o.op)).toEqual(['newGroup', 'addMember']);
		sent[1].answer(200, saved(2));
		await settle();
		expect(timers.map((t) => t.ms)).toEqual([3000]);
		expect([s.version, s.saveState]).toEqual([2, 'saved']);
	});

	it('after a failure with nothing new, the retry timer sends the kept ops', async () => {
		const { s, sent, timers } = session();
		s.edit([{ op: 'newGroup', id: 'g1', level: 'commune', members: ['00001'] }], catalog);
		await settle();
		sent[0].fail();
		await settle();
		expect(sent).toHaveLength(1); // no tight loop while the server is down
		expect(s.saveState).toBe('error');
		timers[0].fn();
		await settle();
		expect(sent).toHaveLength(2);
		expect(sent[1].body).toMatchObject({ version: 1, ops: [{ op: 'newGroup' }] });
	});
});

describe('conflict handling', () => {
	it('409: the queue stops, the unsaved ops are kept, later edits are refused, and a copy keeps the local content', async () => {
		const { s, sent } = session();
		s.edit([{ op: 'newGroup', id: 'g1', level: 'commune', members: ['00001', '00002'] }], catalog);
		await settle();
		sent[0].answer(409, { error: 'conflict', currentVersion: 4, expectedVersion: 1 });
		await settle();
		expect(s.saveState).toBe('conflict');
		expect(s.conflict).toEqual({ currentVersion: 4 });
		expect(s.conflictText).toBe('Phương án vừa được sửa ở nơi khác (phiên bản 4). Thay đổi của bạn chưa được lưu.');
		expect(s.pending).toBe(true);
		expect(s.edit([{ op: 'addMember', groupId: 'g1', code: '00003' }], catalog)).toBe(false);
		expect(await s.step('undo')).toBe(false);
		await settle();
		expect(sent).toHaveLength(1);
		const copy = s.saveAsCopy();
		await settle();
		expect(sent[1].url).toBe('/api/datasets/1/scenarios');
		expect(sent[1].body).toMatchObject({ name: 'Phương án 1 (bản của tôi)', ruleSetId: 'nq35-2023' });
		expect(sent[1].body.content!.groups[0].members).toEqual(['00001', '00002']);
		sent[1].answer(201, { scenario: { id: 12 } });
		expect(await copy).toBe(12);
	});
	it('a refused copy leaves the message and no id', async () => {
		const { s, sent } = session();
		const copy = s.saveAsCopy();
		await settle();
		sent[0].answer(422, { error: 'bad_name', message: { vi: 'Tên sai.', en: 'Bad name.' } });
		expect(await copy).toBeNull();
		expect(s.message).toBe('Tên sai.');
	});
});

describe('undo client', () => {
	const g1: ScenarioContent = {
		groups: [blankGroup('g1', 'commune', ['00001'])],
		exemptions: []
	};
	it('waits for the queue: no undo while an edit is unsaved', async () => {
		const { s, sent } = session();
		s.edit([{ op: 'newGroup', id: 'g1', level: 'commune', members: ['00001'] }], catalog);
		expect(await s.step('undo')).toBe(false);
		await settle();
		expect(sent.map((x) => x.url)).toEqual(['/api/scenarios/7/ops']);
	});
	it('undo and redo post the version and take the content, version and flags the server answers', async () => {
		const { s, sent } = session({ content: g1, version: 2, canUndo: true });
		const undo = s.step('undo');
		expect(s.saveState).toBe('saving');
		await settle();
		expect([sent[0].url, sent[0].body]).toEqual(['/api/scenarios/7/undo', { version: 2 }]);
		sent[0].answer(200, { version: 3, content: { groups: [], exemptions: [] }, canUndo: false, canRedo: true });
		expect(await undo).toBe(true);
		expect([s.content.groups.length, s.version, s.canUndo, s.canRedo, s.saveState]).toEqual([
			0,
			3,
			false,
			true,
			'saved'
		]);
		const redo = s.step('redo');
		await settle();
		expect([sent[1].url, sent[1].body]).toEqual(['/api/scenarios/7/redo', { version: 3 }]);
		sent[1].answer(200, { version: 4, content: g1, canUndo: true, canRedo: false });
		expect(await redo).toBe(true);
		expect(s.content).toEqual(g1);
	});
	it('nothing to undo (422) shows the message; a conflict (409) enters the conflict state', async () => {
		const { s, sent } = session();
		const a = s.step('undo');
		await settle();
		sent[0].answer(422, { error: 'nothing_to_undo', message: { vi: 'Không còn thay đổi nào để hoàn tác.', en: 'x' } });
		expect(await a).toBe(false);
		expect([s.saveState, s.message]).toEqual(['saved', 'Không còn thay đổi nào để hoàn tác.']);
		const b = s.step('redo');
		await settle();
		sent[1].answer(409, { error: 'conflict', currentVersion: 5 });
		expect(await b).toBe(false);
		expect([s.saveState, s.conflict]).toEqual(['conflict', { currentVersion: 5 }]);
	});
});

describe('a frozen scenario (issue 11 item 3: submitted and approved scenarios do not change)', () => {
	for (const status of ['submitted', 'approved'])
		it(`${status}: an edit is refused locally, nothing is sent, undo/redo are not offered`, async () => {
			const { s, sent } = session({ status, canUndo: true, canRedo: true });
			expect(s.edit([{ op: 'newGroup', id: 'g1', level: 'commune', members: ['00001'] }], catalog)).toBe(false);
			await settle();
			expect(sent).toEqual([]);
			expect(s.content.groups).toEqual([]);
			expect(s.message).toContain('bản sao');
			expect([s.canUndo, s.canRedo]).toEqual([false, false]);
		});

	it('draft and returned scenarios are edited as before', () => {
		for (const status of ['draft', 'returned']) {
			const { s } = session({ status });
			expect(s.edit([{ op: 'newGroup', id: 'g1', level: 'commune', members: ['00001'] }], catalog)).toBe(true);
		}
	});
});
