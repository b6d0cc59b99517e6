/**
 * Issue 11 items 3, 4 and 6 through the real endpoint handlers and a real SQLite file with the real migrations:
 * the status machine (spec §7: draft → submitted → approved | returned with reasons; only reviewers approve or
 * return), two reviewers acting at once, frozen scenarios refusing edits with 409, the moves in the audit trail,
 * comments tied to the version they were written on, and the audit page's filters and CSV.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '../../src/lib/server/db/database';
import { seedDemo } from '../../src/lib/server/demo';
import { listUnits } from '../../src/lib/server/db/unit.repository';
import { searchAudit } from '../../src/lib/server/db/audit.repository';
import { waitingForReview } from '../../src/lib/server/services/review.service';
import * as list from '../../src/routes/api/datasets/[id]/scenarios/+server';
import * as one from '../../src/routes/api/scenarios/[sid]/+server';
import * as ops from '../../src/routes/api/scenarios/[sid]/ops/+server';
import * as status from '../../src/routes/api/scenarios/[sid]/status/+server';
import * as comments from '../../src/routes/api/scenarios/[sid]/comments/+server';
import * as commentOne from '../../src/routes/api/scenarios/[sid]/comments/[cid]/+server';
import * as history from '../../src/routes/api/scenarios/[sid]/history/+server';
import * as auditCsv from '../../src/routes/api/audit.csv/+server';

type Handler = (event: never) => Promise<Response> | Response;
type Role = 'viewer' | 'editor' | 'reviewer' | 'admin';
const USERS: Record<string, { role: Role; datasets: number[] | null }> = {
	an: { role: 'editor', datasets: null },
	binh: { role: 'reviewer', datasets: null },
	chi: { role: 'reviewer', datasets: null },
	dung: { role: 'viewer', datasets: null }
};

/** Call an endpoint handler as SvelteKit would (after the guard), signed in as `who`. */
async function call(
	handler: Handler,
	params: Record<string, string>,
	init: { method?: string; body?: unknown; query?: string; who?: string } = {}
) {
	const url = new URL(`http://localhost/api${init.query ?? ''}`);
	const request = new Request(url, {
		method: init.method ?? 'POST',
		...(init.body !== undefined
			? { body: JSON.stringify(init.body), headers: { 'content-type': 'application/json' } }
			: {})
	});
	const who = init.who ?? 'an';
	const u = USERS[who];
	const res = await handler({
		params,
		request,
		url,
		locals: { user: { id: who, login: who, name: who, role: u.role, datasets: u.datasets } }
	} as never);
	const type = res.headers.get('content-type') ?? '';
	return {
		status: res.status,
		body: type.includes('json')
			? await res.json()
			: new TextDecoder('utf-8', { ignoreBOM: true }).decode(await res.arrayBuffer())
	};
}

let dir: string;
let datasetId: number;
let codes: string[];

beforeAll(async () => {
	dir = mkdtempSync(join(tmpdir(), 'sapxep-review-'));
	process.env.DATABASE_PATH = join(dir, 'review.db');
	const db = await getDb();
	datasetId = (await seedDemo(db, { communes: 12, seed: 3, name: 'Tỉnh thử' })).datasetId;
	codes = (await listUnits(db, datasetId)).filter((u) => u.level === 'commune').map((u) => u.code);
});
afterAll(async () => {
	await (await getDb()).destroy();
	delete process.env.DATABASE_PATH;
	rmSync(dir, { recursive: true, force: true });
});

async function newScenario(name: string): Promise<string> {
	const r = await call(list.POST as Handler, { id: String(datasetId) }, { body: { name } });
	expect(r.status).toBe(201);
	return String(r.body.scenario.id);
}
const move = (sid: string, who: string, body: Record<string, unknown>) =>
	call(status.POST as Handler, { sid }, { body, who });

describe('the status machine over HTTP (issue 11 item 3)', () => {
	let sid: string;
	beforeAll(async () => {
		sid = await newScenario('Phương án thẩm định');
		const r = await call(
			ops.POST as Handler,
			{ sid },
			{
				body: {
					version: 1,
					ops: [
						{ op: 'newGroup', id: 'g1', level: 'commune' },
						{ op: 'addMember', groupId: 'g1', code: codes[0] }
					]
				}
			}
		);
		expect(r.status).toBe(200);
	});

	it('a reviewer cannot submit, an editor cannot approve (403); approving a draft is a move the state refuses (409)', async () => {
		expect((await move(sid, 'binh', { to: 'submitted' })).status).toBe(403);
		expect((await move(sid, 'binh', { to: 'approved' })).body.error).toBe('bad_move');
		expect((await move(sid, 'binh', { to: 'approved' })).status).toBe(409);
		expect((await move(sid, 'dung', { to: 'submitted' })).status).toBe(403);
	});

	it('editor submits (Trình thẩm định); the scenario waits for review; an edit is refused with 409 frozen', async () => {
		const r = await move(sid, 'an', { to: 'submitted', from: 'draft' });
		expect(r.status).toBe(200);
		expect(r.body.scenario.status).toBe('submitted');
		expect((await waitingForReview(await getDb(), { datasets: null })).map((w) => String(w.id))).toContain(sid);
		expect((await move(sid, 'an', { to: 'approved' })).status).toBe(403);
		const edit = await call(
			ops.POST as Handler,
			{ sid },
			{ body: { version: 2, ops: [{ op: 'deleteGroup', groupId: 'g1' }] } }
		);
		expect(edit.status).toBe(409);
		expect(edit.body.error).toBe('frozen');
		const rename = await call(one.PATCH as Handler, { sid }, { method: 'PATCH', body: { name: 'Đổi tên' } });
		expect(rename.status).toBe(409);
		expect(rename.body.error).toBe('frozen');
	});

	it('returning needs a reason (422); with one it is returned, and the editor resubmits', async () => {
		const none = await move(sid, 'binh', { to: 'returned', reason: '  ' });
		expect(none.status).toBe(422);
		expect(none.body.error).toBe('reason_required');
		expect((await move(sid, 'binh', { to: 'returned', reason: 'Thiếu ý kiến cử tri', from: 'submitted' })).status).toBe(
			200
		);
		expect((await waitingForReview(await getDb(), { datasets: null })).map((w) => String(w.id))).not.toContain(sid);
		// returned is editable again: a save goes through
		const edit = await call(
			ops.POST as Handler,
			{ sid },
			{ body: { version: 2, ops: [{ op: 'addMember', groupId: 'g1', code: codes[1] }] } }
		);
		expect(edit.status).toBe(200);
		expect((await move(sid, 'an', { to: 'submitted', from: 'returned' })).status).toBe(200);
	});

	it('two reviewers acting at once: one wins, the other gets 409', async () => {
		const [a, b] = await Promise.all([
			move(sid, 'binh', { to: 'approved', from: 'submitted' }),
			move(sid, 'chi', { to: 'returned', reason: 'Chưa đạt', from: 'submitted' })
		]);
		expect([a.status, b.status].sort()).toEqual([200, 409]);
		const winner = a.status === 200 ? 'approved' : 'returned';
		const loser = a.status === 200 ? b : a;
		expect(['stale_status', 'bad_move']).toContain(loser.body.error);
		const now = await call(status.GET as Handler, { sid }, { method: 'GET' });
		expect(now.body.status).toBe(winner);
		// exactly one move was recorded for the race
		expect(now.body.moves.filter((m: { from: string }) => m.from === 'submitted').length).toBe(3 - 1);
	});

	it('each move is in the audit trail: who, when, from → to, reason', async () => {
		const now = await call(status.GET as Handler, { sid }, { method: 'GET' });
		const moves = [...now.body.moves]
			.reverse()
			.map((m: { who: string; from: string; to: string; reason: string | null }) => [m.who, m.from, m.to, m.reason]);
		expect(moves.slice(0, 3)).toEqual([
			['an', 'draft', 'submitted', null],
			['binh', 'submitted', 'returned', 'Thiếu ý kiến cử tri'],
			['an', 'returned', 'submitted', null]
		]);
		expect(moves).toHaveLength(4);
		// the scenario's history (its "Lịch sử" view reads this) has every move too
		const h = await call(history.GET as Handler, { sid }, { method: 'GET' });
		const statusRows = h.body.audit.filter((a: { field: string }) => a.field === 'status');
		expect(statusRows.map((a: { before: string; after: string }) => `${a.before}→${a.after}`)).toEqual(
			now.body.moves.map((m: { from: string; to: string }) => `${m.from}→${m.to}`)
		);
		expect(statusRows).toHaveLength(4);
	});
});

describe('an approved scenario is frozen (spec §7: a new version is a copy)', () => {
	it('approve, then edits answer 409 and further moves 409', async () => {
		const sid = await newScenario('Phương án phê duyệt');
		expect((await move(sid, 'an', { to: 'submitted' })).status).toBe(200);
		expect((await move(sid, 'binh', { to: 'approved' })).status).toBe(200);
		const edit = await call(
			ops.POST as Handler,
			{ sid },
			{ body: { version: 1, ops: [{ op: 'newGroup', id: 'g9', level: 'commune' }] } }
		);
		expect(edit.status).toBe(409);
		expect(edit.body.error).toBe('frozen');
		expect((await move(sid, 'an', { to: 'draft' })).status).toBe(409);
		expect((await move(sid, 'binh', { to: 'returned', reason: 'x' })).status).toBe(409);
	});
});

describe('comments (issue 11 item 4)', () => {
	let sid: string;
	let threadId: string;
	beforeAll(async () => {
		sid = await newScenario('Phương án bình luận');
		const r = await call(
			ops.POST as Handler,
			{ sid },
			{
				body: {
					version: 1,
					ops: [
						{ op: 'newGroup', id: 'g1', level: 'commune' },
						{ op: 'addMember', groupId: 'g1', code: codes[2] }
					]
				}
			}
		);
		expect(r.status).toBe(200);
	});

	it('a comment on a group is tied to the version it was written on; after a change it is marked outdated', async () => {
		const c = await call(
			comments.POST as Handler,
			{ sid },
			{ body: { body: 'Tên xã mới trùng?', target: { kind: 'group', key: 'g1' } }, who: 'binh' }
		);
		expect(c.status).toBe(201);
		expect(c.body.comment).toMatchObject({ targetKind: 'group', targetKey: 'g1', scenarioVersion: 2, author: 'binh' });
		threadId = c.body.comment.id;
		let threads = (await call(comments.GET as Handler, { sid }, { method: 'GET' })).body.threads;
		expect(threads[0]).toMatchObject({ outdated: false, resolved: false });
		// the editor changes the scenario: the comment stays on version 2, the scenario is now version 3
		const e = await call(
			ops.POST as Handler,
			{ sid },
			{ body: { version: 2, ops: [{ op: 'addMember', groupId: 'g1', code: codes[3] }] } }
		);
		expect(e.status).toBe(200);
		threads = (await call(comments.GET as Handler, { sid }, { method: 'GET' })).body.threads;
		expect(threads[0].root.scenarioVersion).toBe(2);
		expect(threads[0].outdated).toBe(true);
		// a reply joins the thread, written on version 3, on the same group
		const r = await call(comments.POST as Handler, { sid }, { body: { body: 'Đã sửa tên.', parentId: threadId } });
		expect(r.body.comment).toMatchObject({
			parentId: threadId,
			scenarioVersion: 3,
			targetKind: 'group',
			targetKey: 'g1'
		});
		threads = (await call(comments.GET as Handler, { sid }, { method: 'GET' })).body.threads;
		expect(threads).toHaveLength(1);
		expect(threads[0].replies.map((x: { body: string }) => x.body)).toEqual(['Đã sửa tên.']);
	});

	it('resolve and reopen a thread; both audited', async () => {
		const r = await call(
			commentOne.PATCH as Handler,
			{ sid, cid: threadId },
			{ method: 'PATCH', body: { resolved: true }, who: 'binh' }
		);
		expect(r.status).toBe(200);
		expect(r.body.comment.resolvedBy).toBe('binh');
		expect((await call(comments.GET as Handler, { sid }, { method: 'GET' })).body.threads[0].resolved).toBe(true);
		await call(commentOne.PATCH as Handler, { sid, cid: threadId }, { method: 'PATCH', body: { resolved: false } });
		expect((await call(comments.GET as Handler, { sid }, { method: 'GET' })).body.threads[0].resolved).toBe(false);
		const audit = await searchAudit(await getDb(), { scenarioId: Number(sid) });
		expect(audit.filter((a) => a.entity === 'comment').map((a) => a.action)).toEqual([
			'reopen',
			'resolve',
			'create',
			'create'
		]);
	});

	it('refuses an empty comment, a bad target and another scenario’s thread', async () => {
		expect((await call(comments.POST as Handler, { sid }, { body: { body: ' ' } })).status).toBe(422);
		expect(
			(await call(comments.POST as Handler, { sid }, { body: { body: 'x', target: { kind: 'district' } } })).status
		).toBe(422);
		const other = await newScenario('Khác');
		expect(
			(await call(comments.POST as Handler, { sid: other }, { body: { body: 'x', parentId: threadId } })).status
		).toBe(404);
		expect(
			(
				await call(
					commentOne.PATCH as Handler,
					{ sid: other, cid: threadId },
					{ method: 'PATCH', body: { resolved: true } }
				)
			).status
		).toBe(404);
	});
});

describe('the audit page (issue 11 item 6)', () => {
	it('filters by scenario, user, dataset and date; the CSV has the same rows', async () => {
		const db = await getDb();
		const all = await searchAudit(db, {});
		const statusRows = all.filter((a) => a.field === 'status');
		expect(statusRows.length).toBeGreaterThan(0);
		const sid = Number(statusRows.find((a) => a.note === 'Thiếu ý kiến cử tri')!.entity_key);
		const byScenario = await searchAudit(db, { scenarioId: sid });
		expect(byScenario.length).toBeGreaterThan(0);
		expect(byScenario.every((a) => a.entity_key === String(sid) || a.entity_key?.startsWith(`${sid}/`))).toBe(true);
		const byWho = await searchAudit(db, { who: 'binh' });
		expect(byWho.length).toBeGreaterThan(0);
		expect(byWho.every((a) => a.who === 'binh')).toBe(true);
		expect(await searchAudit(db, { datasetId: datasetId + 999 })).toEqual([]);
		expect((await searchAudit(db, { datasetId })).length).toBe(all.filter((a) => a.dataset_id === datasetId).length);
		const today = new Date().toISOString().slice(0, 10);
		expect((await searchAudit(db, { from: today, to: today })).length).toBe(all.length);
		expect(await searchAudit(db, { to: '2020-01-01' })).toEqual([]);
		expect(await searchAudit(db, { datasets: [] })).toEqual([]);

		const csv = await call(auditCsv.GET as Handler, {}, { method: 'GET', query: `?who=binh&scenario=${sid}` });
		expect(csv.status).toBe(200);
		expect(csv.body.startsWith('\ufeff')).toBe(true);
		const lines = csv.body.trim().split('\r\n');
		expect(lines[0]).toContain('thoi_gian');
		expect(lines.length - 1).toBe((await searchAudit(db, { who: 'binh', scenarioId: sid })).length);
		expect(csv.body).toContain('Thiếu ý kiến cử tri');
	});
});
