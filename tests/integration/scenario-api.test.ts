/**
 * The scenario HTTP API, calling the SvelteKit endpoint handlers directly against a real database, SQLite or PostgreSQL (the same
 * getDb() the server uses): status codes and response shapes the map UI relies on.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '../../src/lib/server/db/database';
import { importDataset } from '../../src/lib/server/import';
import { lamDongFiles, tempLocation } from '../helpers/db';
import * as list from '../../src/routes/api/datasets/[id]/scenarios/+server';
import * as importRoute from '../../src/routes/api/datasets/[id]/scenarios/import/+server';
import * as one from '../../src/routes/api/scenarios/[sid]/+server';
import * as ops from '../../src/routes/api/scenarios/[sid]/ops/+server';
import * as undo from '../../src/routes/api/scenarios/[sid]/undo/+server';
import * as redo from '../../src/routes/api/scenarios/[sid]/redo/+server';
import * as duplicate from '../../src/routes/api/scenarios/[sid]/duplicate/+server';
import * as restore from '../../src/routes/api/scenarios/[sid]/restore/+server';
import * as planCsv from '../../src/routes/api/scenarios/[sid]/plan.csv/+server';
import * as history from '../../src/routes/api/scenarios/[sid]/history/+server';

let dir: string;
let dropDb: () => Promise<void>;
let datasetId: number;

type Handler = (event: never) => Promise<Response> | Response;
/** Call an endpoint handler as SvelteKit would, acting as `who`. */
async function call(
	handler: Handler,
	params: Record<string, string>,
	init: { method?: string; body?: unknown; form?: FormData; query?: string; who?: string } = {}
) {
	const url = new URL(`http://localhost/api${init.query ?? ''}`);
	const request = new Request(url, {
		method: init.method ?? 'POST',
		...(init.form
			? { body: init.form }
			: init.body !== undefined
				? { body: JSON.stringify(init.body), headers: { 'content-type': 'application/json' } }
				: {})
	});
	const res = await handler({
		params,
		request,
		url,
		locals: { user: { id: init.who ?? 'an', name: init.who ?? 'an' } }
	} as never);
	const type = res.headers.get('content-type') ?? '';
	// ignoreBOM: keep the BOM in the text so the test can see it (Response.text() would strip it)
	return {
		status: res.status,
		body: type.includes('json')
			? await res.json()
			: new TextDecoder('utf-8', { ignoreBOM: true }).decode(await res.arrayBuffer()),
		headers: res.headers
	};
}

beforeAll(async () => {
	dir = mkdtempSync(join(tmpdir(), 'sapxep-api-'));
	const t = await tempLocation(join(dir, 'api.db'));
	process.env.DATABASE_PATH = t.location;
	dropDb = t.drop;
	const db = await getDb();
	datasetId = (await importDataset(db, lamDongFiles(), { name: 'Lâm Đồng 2023', createdBy: 'test' })).datasetId;
});
afterAll(async () => {
	await (await getDb()).destroy();
	delete process.env.DATABASE_PATH;
	await dropDb();
	rmSync(dir, { recursive: true, force: true });
});

describe('scenario API', () => {
	let sid: string;
	it('POST /api/datasets/[id]/scenarios → 201 { scenario, evaluation }', async () => {
		const r = await call(list.POST as Handler, { id: String(datasetId) }, { body: { name: 'Phương án A' } });
		expect(r.status).toBe(201);
		expect(r.body.scenario).toMatchObject({
			name: 'Phương án A',
			version: 1,
			owner: 'an',
			content: { groups: [], exemptions: [] }
		});
		expect(r.body.evaluation.unitCount).toEqual({
			before: { district: 12, commune: 142 },
			after: { district: 12, commune: 142 }
		});
		expect(r.body.evaluation.mandatoryLeft).toHaveLength(9);
		sid = String(r.body.scenario.id);
	});
	it('POST with an invalid content → 422 invalid_content with every problem', async () => {
		const r = await call(
			list.POST as Handler,
			{ id: String(datasetId) },
			{ body: { name: 'X', content: { groups: [{ id: 'a', level: 'commune', members: ['25111', '681'] }] } } }
		);
		expect(r.status).toBe(422);
		expect(r.body).toMatchObject({ error: 'invalid_content', problems: [{ code: 'mixed_levels', groupId: 'a' }] });
		expect(r.body.problems[0].message.vi).toContain('cùng cấp');
	});
	it('GET /api/datasets/[id]/scenarios → { scenarios, deleted }; unknown dataset → 404', async () => {
		const r = await call(list.GET as Handler, { id: String(datasetId) }, { method: 'GET' });
		expect(r.status).toBe(200);
		expect(r.body.scenarios.map((s: { id: number }) => String(s.id))).toContain(sid);
		expect(r.body.deleted).toEqual([]);
		expect((await call(list.GET as Handler, { id: '999' }, { method: 'GET' })).status).toBe(404);
	});
	it('POST /ops applies ops and saves → { version, canUndo, canRedo, evaluation } (not the whole content)', async () => {
		const r = await call(
			ops.POST as Handler,
			{ sid },
			{
				body: {
					version: 1,
					ops: [
						{ op: 'newGroup', id: 'g1', level: 'commune' },
						{ op: 'addMember', groupId: 'g1', code: '25111' },
						{ op: 'addMember', groupId: 'g1', code: '25108' }
					]
				}
			}
		);
		expect(r.status).toBe(200);
		expect(r.body).toMatchObject({
			version: 2,
			canUndo: true,
			canRedo: false,
			evaluation: { groups: [{ id: 'g1', members: ['25111', '25108'] }], removedGroups: [] }
		});
		expect(r.body).not.toHaveProperty('content');
		const saved = await call(one.GET as Handler, { sid }, { method: 'GET' });
		expect(saved.body.scenario.content.groups).toMatchObject([{ id: 'g1', members: ['25111', '25108'] }]);
		const g = r.body.evaluation.groups[0];
		expect(g).toMatchObject({
			id: 'g1',
			kind: 'xa',
			contiguous: true,
			roles: { '25111': 'mandatory', '25108': 'adjacent_partner' }
		});
		expect(g.verdict.standards.area.citation).toMatchObject({ document: 'NQ 1211/2016/UBTVQH13' });
	});
	it('a stale version → 409 { error: conflict, currentVersion }', async () => {
		const r = await call(
			ops.POST as Handler,
			{ sid },
			{ body: { version: 1, ops: [{ op: 'addMember', groupId: 'g1', code: '25117' }] }, who: 'binh' }
		);
		expect(r.status).toBe(409);
		expect(r.body).toMatchObject({ error: 'conflict', currentVersion: 2, expectedVersion: 1 });
		expect(r.body.message.vi).toContain('Phương án đã được sửa ở nơi khác');
	});
	it('a refused op → 422 with code, opIndex and a bilingual message; nothing saved', async () => {
		const r = await call(
			ops.POST as Handler,
			{ sid },
			{
				body: {
					version: 2,
					ops: [
						{ op: 'setGroupFields', groupId: 'g1', fields: { name: 'Xã Đạ Oai' } },
						{ op: 'addMember', groupId: 'g1', code: '681' }
					]
				}
			}
		);
		expect(r.status).toBe(422);
		expect(r.body).toMatchObject({ error: 'invalid_op', code: 'mixed_levels', opIndex: 1 });
		expect(r.body.message.vi).toContain('các đơn vị nhập phải cùng cấp');
		expect(r.body.message.en).toContain('merged units must be of the same level');
		expect((await call(one.GET as Handler, { sid }, { method: 'GET' })).body.scenario.version).toBe(2);
	});
	it('a malformed body → 400', async () => {
		expect((await call(ops.POST as Handler, { sid }, { body: { ops: [] } })).status).toBe(400);
		expect((await call(ops.POST as Handler, { sid }, { body: { version: 2 } })).status).toBe(400);
	});
	it('POST /undo and /redo with the version → new versions; nothing to redo → 422', async () => {
		const u = await call(undo.POST as Handler, { sid }, { body: { version: 2 } });
		expect(u.status).toBe(200);
		expect(u.body).toMatchObject({ version: 3, content: { groups: [] }, canUndo: false, canRedo: true });
		expect(u.body.evaluation.groups).toEqual([]);
		expect((await call(undo.POST as Handler, { sid }, { body: { version: 2 } })).status).toBe(409);
		const r = await call(redo.POST as Handler, { sid }, { body: { version: 3 } });
		expect(r.body).toMatchObject({ version: 4, canRedo: false, content: { groups: [{ id: 'g1' }] } });
		expect((await call(redo.POST as Handler, { sid }, { body: { version: 4 } })).body.error).toBe('nothing_to_redo');
	});
	it('GET /api/scenarios/[sid] → { scenario, evaluation }; phases query widens mandatoryLeft', async () => {
		const r = await call(one.GET as Handler, { sid }, { method: 'GET' });
		expect(r.body.scenario.version).toBe(4);
		const both = await call(one.GET as Handler, { sid }, { method: 'GET', query: '?phases=2023-2025,2026-2030' });
		expect(both.body.evaluation.phases).toEqual(['2023-2025', '2026-2030']);
		expect(both.body.evaluation.mandatoryLeft.length).toBeGreaterThan(r.body.evaluation.mandatoryLeft.length);
	});
	it('PATCH renames (not versioned); GET /history lists versions and audit rows', async () => {
		const p = await call(one.PATCH as Handler, { sid }, { method: 'PATCH', body: { name: 'Phương án A1' } });
		expect(p.body.scenario).toMatchObject({ name: 'Phương án A1', version: 4 });
		const h = await call(history.GET as Handler, { sid }, { method: 'GET' });
		expect(h.body.versions.map((v: { version: number; op: string }) => [v.version, v.op])).toEqual([
			[4, 'redo'],
			[3, 'undo'],
			[2, 'save'],
			[1, 'create']
		]);
		expect(h.body.audit.find((a: { field: string }) => a.field === 'name')).toMatchObject({
			who: 'an',
			before: 'Phương án A',
			after: 'Phương án A1'
		});
	});
	it('GET /plan.csv → CSV with BOM and quoted codes', async () => {
		const r = await call(planCsv.GET as Handler, { sid }, { method: 'GET' });
		expect(r.status).toBe(200);
		expect(r.headers.get('content-type')).toContain('text/csv');
		expect(r.headers.get('content-disposition')).toContain(`phuong-an-${sid}-v4.csv`);
		expect((r.body as string).charCodeAt(0)).toBe(0xfeff);
		expect(r.body).toContain('"g1","25111","Xã Đạ Oai","commune"');
	});
	it('POST /duplicate → 201 "Bản sao của …"', async () => {
		const r = await call(duplicate.POST as Handler, { sid }, { body: {} });
		expect(r.status).toBe(201);
		expect(r.body.scenario).toMatchObject({ name: 'Bản sao của Phương án A1', version: 1, copiedFrom: Number(sid) });
	});
	it('DELETE (soft) → GET 410; POST /restore → back', async () => {
		expect((await call(one.DELETE as Handler, { sid }, { method: 'DELETE' })).body.scenario.deletedAt).not.toBeNull();
		const gone = await call(one.GET as Handler, { sid }, { method: 'GET' });
		expect(gone.status).toBe(410);
		expect(gone.body.error).toBe('deleted');
		expect(
			(await call(ops.POST as Handler, { sid }, { body: { version: 4, ops: [{ op: 'deleteGroup', groupId: 'g1' }] } }))
				.status
		).toBe(410);
		const listed = await call(list.GET as Handler, { id: String(datasetId) }, { method: 'GET' });
		expect(listed.body.deleted.map((s: { id: number }) => String(s.id))).toEqual([sid]);
		const back = await call(restore.POST as Handler, { sid }, {});
		expect(back.status).toBe(200);
		expect(back.body.scenario.deletedAt).toBeNull();
		expect((await call(restore.POST as Handler, { sid }, {})).status).toBe(422);
		expect((await call(one.GET as Handler, { sid: '9999' }, { method: 'GET' })).status).toBe(404);
	});
	it('POST /api/datasets/[id]/scenarios/import (multipart) → 201; a bad plan → 422 invalid_plan, nothing written', async () => {
		const form = new FormData();
		form.set(
			'file',
			new File(['\ufeffgroup,code,phase\nX,25111,2023-2025\nX,25108,\n'], 'plan.csv', { type: 'text/csv' })
		);
		form.set('name', 'Từ Excel');
		const r = await call(importRoute.POST as Handler, { id: String(datasetId) }, { form });
		expect(r.status).toBe(201);
		expect(r.body.scenario).toMatchObject({
			name: 'Từ Excel',
			content: { groups: [{ id: 'X', members: ['25111', '25108'], phase: '2023-2025' }] }
		});
		const before = (await call(list.GET as Handler, { id: String(datasetId) }, { method: 'GET' })).body.scenarios
			.length;
		const bad = new FormData();
		bad.set('file', new File(['group,code\nX,25111\nY,25111\n'], 'bad.csv'));
		const b = await call(importRoute.POST as Handler, { id: String(datasetId) }, { form: bad });
		expect(b.status).toBe(422);
		expect(b.body).toMatchObject({
			error: 'invalid_plan',
			problems: [{ code: 'plan_unit_in_two_groups', where: { file: 'bad.csv', row: 3, column: 'code' } }]
		});
		expect(b.body.problems[0].message.vi).toContain('bad.csv, dòng 3, cột "code"');
		expect((await call(list.GET as Handler, { id: String(datasetId) }, { method: 'GET' })).body.scenarios.length).toBe(
			before
		);
		expect((await call(importRoute.POST as Handler, { id: String(datasetId) }, { body: {} })).status).toBe(400);
	});
});
