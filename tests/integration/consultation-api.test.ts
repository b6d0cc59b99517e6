/**
 * Issue 12 item 1 through the real endpoint handlers and a real database with the real migrations: the voters'
 * results per affected unit (grid batches and CSV, all or nothing, errors naming the row and the unit), the People's
 * Council resolutions, every change in the audit trail with the signed-in "who", and a submitted scenario refusing
 * changes with 409 frozen.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempLocation } from '../helpers/db';
import { getDb } from '../../src/lib/server/db/database';
import { seedDemo } from '../../src/lib/server/demo';
import { listUnits } from '../../src/lib/server/db/unit.repository';
import { searchAudit } from '../../src/lib/server/db/audit.repository';
import { listVotes } from '../../src/lib/server/db/consultation.repository';
import * as list from '../../src/routes/api/datasets/[id]/scenarios/+server';
import * as ops from '../../src/routes/api/scenarios/[sid]/ops/+server';
import * as status from '../../src/routes/api/scenarios/[sid]/status/+server';
import * as consultation from '../../src/routes/api/scenarios/[sid]/consultation/+server';
import * as csvImport from '../../src/routes/api/scenarios/[sid]/consultation/import/+server';
import * as resolutions from '../../src/routes/api/scenarios/[sid]/resolutions/+server';
import * as resolution from '../../src/routes/api/scenarios/[sid]/resolutions/[rid]/+server';

type Handler = (event: never) => Promise<Response> | Response;
const ROLES: Record<string, string> = { an: 'editor', binh: 'reviewer' };

/** Call an endpoint handler as SvelteKit would after the guard, signed in as `who`. */
async function call(
	handler: Handler,
	params: Record<string, string>,
	init: { method?: string; body?: unknown; form?: FormData; who?: string } = {}
) {
	const url = new URL('http://localhost/api');
	const request = new Request(url, {
		method: init.method ?? 'POST',
		...(init.form
			? { body: init.form }
			: init.body !== undefined
				? { body: JSON.stringify(init.body), headers: { 'content-type': 'application/json' } }
				: {})
	});
	const who = init.who ?? 'an';
	const res = await handler({
		params,
		request,
		url,
		locals: { user: { id: who, login: who, name: who, role: ROLES[who], datasets: null } }
	} as never);
	return { status: res.status, body: await res.json() };
}

const csvForm = (text: string | Uint8Array<ArrayBuffer>, name = 'ket-qua.csv') => {
	const f = new FormData();
	f.set('file', new File([text], name, { type: 'text/csv' }));
	return f;
};

let dir: string;
let drop: () => Promise<void>;
let datasetId: number;
let sid: string;
let a: { code: string; name: string };
let b: { code: string; name: string };
let outsider: string;

beforeAll(async () => {
	dir = mkdtempSync(join(tmpdir(), 'sapxep-consultation-'));
	const t = await tempLocation(join(dir, 'c.db'));
	process.env.DATABASE_PATH = t.location;
	drop = t.drop;
	const db = await getDb();
	datasetId = (await seedDemo(db, { communes: 12, seed: 3, name: 'Tỉnh thử' })).datasetId;
	const communes = (await listUnits(db, datasetId)).filter((u) => u.level === 'commune');
	[a, b] = communes;
	outsider = communes[5].code;
	const r = await call(list.POST as Handler, { id: String(datasetId) }, { body: { name: 'Phương án lấy ý kiến' } });
	sid = String(r.body.scenario.id);
	const e = await call(
		ops.POST as Handler,
		{ sid },
		{
			body: {
				version: 1,
				ops: [
					{ op: 'newGroup', id: 'g1', level: 'commune' },
					{ op: 'addMember', groupId: 'g1', code: a.code },
					{ op: 'addMember', groupId: 'g1', code: b.code }
				]
			}
		}
	);
	expect(e.status).toBe(200);
});
afterAll(async () => {
	await (await getDb()).destroy();
	delete process.env.DATABASE_PATH;
	await drop();
	rmSync(dir, { recursive: true, force: true });
});

describe('the voters’ results per affected unit (NQ 35: more than 50% must agree)', () => {
	it('GET lists the members of the scenario’s groups, nothing entered yet', async () => {
		const r = await call(consultation.GET as Handler, { sid }, { method: 'GET' });
		expect(r.status).toBe(200);
		expect(r.body.affected.map((u: { code: string }) => u.code)).toEqual([a.code, b.code]);
		expect(r.body.summary).toMatchObject({ affected: 2, entered: 0, notAgreed: 0 });
		expect(r.body.rows[0].verdict.status).toBe('missing');
	});

	it('a grid batch is saved; a unit at exactly 50% is flagged with the clause; the overview line says so', async () => {
		const r = await call(
			consultation.PATCH as Handler,
			{ sid },
			{
				method: 'PATCH',
				body: {
					rows: [
						{ code: a.code, patch: { voters: 2400, agreeing: 2100, date: '05/04/2024' } },
						{ code: b.code, patch: { voters: 1800, agreeing: 900 } }
					]
				}
			}
		);
		expect(r.status).toBe(200);
		expect(r.body.changed).toBe(2);
		const rows = r.body.consultation.rows;
		expect(rows[0].verdict).toMatchObject({ status: 'agreed', rate: 0.875 });
		expect(rows[0].vote.date).toBe('2024-04-05');
		expect(rows[1].verdict.status).toBe('not_agreed');
		expect(rows[1].verdict.message.vi).toContain('Nghị quyết số 35/2023/UBTVQH15');
		expect(r.body.consultation.summary.text.vi).toBe(
			'Lấy ý kiến: 2/2 đơn vị đã nhập, 1 đơn vị không đạt trên 50%; nghị quyết HĐND: 0/4.'
		);
	});

	it('a refused batch writes nothing and names the row, the unit and the field (422)', async () => {
		const r = await call(
			consultation.PATCH as Handler,
			{ sid },
			{
				method: 'PATCH',
				body: {
					rows: [
						{ code: a.code, patch: { voters: 2500 } },
						{ code: b.code, patch: { agreeing: 1900 } },
						{ code: outsider, patch: { voters: 10 } }
					]
				}
			}
		);
		expect(r.status).toBe(422);
		expect(r.body.error).toBe('invalid_consultation');
		expect(r.body.problems).toHaveLength(2);
		expect(r.body.problems[0]).toMatchObject({ row: 2, code: b.code, field: 'agreeing' });
		expect(r.body.problems[0].message.vi).toBe(
			`Dòng 2, ${b.name} (${b.code}): số cử tri đồng ý (1900) nhiều hơn tổng số cử tri (1800).`
		);
		expect(r.body.problems[1].message.vi).toContain(`Dòng 3, ${outsider}: đơn vị này không thuộc nhóm sắp xếp nào`);
		const stored = await listVotes(await getDb(), Number(sid));
		expect(stored.find((v) => v.unitCode === a.code)?.voters).toBe(2400);
	});

	it('every change is in the audit trail: who, field, before → after', async () => {
		const rows = await searchAudit(await getDb(), { scenarioId: Number(sid) });
		const mine = rows.filter((x) => x.entity === 'consultation' && x.entity_key === `${sid}/${a.code}`);
		expect(mine.map((x) => [x.who, x.field, x.before, x.after]).sort()).toEqual(
			[
				['an', 'agreeing', null, '2100'],
				['an', 'date', null, '"2024-04-05"'],
				['an', 'voters', null, '2400']
			].sort()
		);
	});
});

describe('CSV import: UTF-8, all or nothing, errors naming the line and the unit', () => {
	it('a file with one bad row is refused whole: 422 listing each line, nothing written', async () => {
		const csv = `code,voters,agreeing,date\n${a.code},3000,2990,06/04/2024\n${b.code},2000,2500,\n`;
		const r = await call(csvImport.POST as Handler, { sid }, { form: csvForm(csv) });
		expect(r.status).toBe(422);
		expect(r.body.problems).toHaveLength(1);
		expect(r.body.problems[0].message.vi).toBe(
			`Dòng 3, ${b.name} (${b.code}): số cử tri đồng ý (2500) nhiều hơn tổng số cử tri (2000).`
		);
		const stored = await listVotes(await getDb(), Number(sid));
		expect(stored.find((v) => v.unitCode === a.code)?.voters).toBe(2400);
	});

	it('a file in a legacy code page is refused with what to do', async () => {
		const latin1 = new Uint8Array([...new TextEncoder().encode('code,voters,agreeing,note\n'), 0x44, 0xe0, 0x0a]);
		const r = await call(csvImport.POST as Handler, { sid }, { form: csvForm(latin1, 'cu.csv') });
		expect(r.status).toBe(422);
		expect(r.body.problems[0].message.vi).toContain('UTF-8');
	});

	it('a good file replaces the counts and keeps the dates a file without a date column does not give', async () => {
		const csv = `\uFEFFMã ĐVHC;Tổng số cử tri;Số cử tri đồng ý\n${a.code};2.400;2.000\n${b.code};1.800;1.200\n`;
		const r = await call(csvImport.POST as Handler, { sid }, { form: csvForm(csv) });
		expect(r.status).toBe(200);
		expect(r.body).toMatchObject({ rows: 2, changed: 2 });
		const rows = r.body.consultation.rows;
		expect(rows[0].vote).toMatchObject({ voters: 2400, agreeing: 2000, date: '2024-04-05' });
		expect(rows[1].verdict.status).toBe('agreed');
		const audit = await searchAudit(await getDb(), { scenarioId: Number(sid) });
		expect(audit.find((x) => x.entity_key === `${sid}/${b.code}` && x.field === 'agreeing')?.note).toBe(
			'CSV ket-qua.csv'
		);
	});
});

describe('People’s Council resolutions at each level', () => {
	let rid: string;
	it('add (201), refuse a unit the scenario does not affect (422), change, delete; each audited', async () => {
		const bad = await call(resolutions.POST as Handler, { sid }, { body: { level: 'commune', unitCode: outsider } });
		expect(bad.status).toBe(422);
		expect(bad.body.problems.map((p: { field: string }) => p.field)).toContain('unitCode');
		const r = await call(
			resolutions.POST as Handler,
			{ sid },
			{
				body: {
					level: 'province',
					number: '15/NQ-HĐND',
					date: '20/08/2024',
					votesFor: 48,
					votesAgainst: 1,
					votesAbstaining: 2
				}
			}
		);
		expect(r.status).toBe(201);
		rid = r.body.resolution.id;
		const c = await call(
			resolutions.POST as Handler,
			{ sid },
			{
				body: {
					level: 'commune',
					unitCode: a.code,
					number: '7/NQ-HĐND',
					date: '12/04/2024',
					votesFor: 20,
					votesAgainst: 0,
					votesAbstaining: 0
				}
			}
		);
		expect(c.status).toBe(201);
		const u = await call(
			resolution.PUT as Handler,
			{ sid, rid },
			{
				method: 'PUT',
				body: {
					level: 'province',
					number: '16/NQ-HĐND',
					date: '21/08/2024',
					votesFor: 49,
					votesAgainst: 0,
					votesAbstaining: 2
				}
			}
		);
		expect(u.status).toBe(200);
		const g = await call(consultation.GET as Handler, { sid }, { method: 'GET' });
		expect(g.body.resolutions.map((x: { level: string; number: string }) => `${x.level} ${x.number}`)).toEqual([
			'province 16/NQ-HĐND',
			'commune 7/NQ-HĐND'
		]);
		expect(g.body.summary.councilsWithResolution).toBe(2);
		const d = await call(resolution.DELETE as Handler, { sid, rid: c.body.resolution.id }, { method: 'DELETE' });
		expect(d.status).toBe(200);
		const missing = await call(resolution.DELETE as Handler, { sid, rid: 'khong-co' }, { method: 'DELETE' });
		expect(missing.status).toBe(404);
		const audit = (await searchAudit(await getDb(), { scenarioId: Number(sid) })).filter(
			(x) => x.entity === 'council_resolution'
		);
		expect(audit.map((x) => x.action).reverse()).toEqual(['create', 'create', 'update', 'delete']);
		const upd = audit.find((x) => x.action === 'update')!;
		expect(JSON.parse(upd.before!).number).toBe('15/NQ-HĐND');
		expect(JSON.parse(upd.after!).number).toBe('16/NQ-HĐND');
	});

	it('issue 11 item 3 for the consultation: a submitted scenario refuses every change with 409 frozen', async () => {
		expect((await call(status.POST as Handler, { sid }, { body: { to: 'submitted' } })).status).toBe(200);
		const tries = [
			await call(
				consultation.PATCH as Handler,
				{ sid },
				{ method: 'PATCH', body: { rows: [{ code: a.code, patch: { voters: 1 } }] } }
			),
			await call(csvImport.POST as Handler, { sid }, { form: csvForm(`code,voters,agreeing\n${a.code},10,9\n`) }),
			await call(
				resolutions.POST as Handler,
				{ sid },
				{
					body: { level: 'province', number: '1', date: '01/01/2025', votesFor: 1, votesAgainst: 0, votesAbstaining: 0 }
				}
			),
			await call(resolution.DELETE as Handler, { sid, rid }, { method: 'DELETE' })
		];
		for (const t of tries) {
			expect(t.status).toBe(409);
			expect(t.body.error).toBe('frozen');
		}
		const g = await call(consultation.GET as Handler, { sid }, { method: 'GET' });
		expect(g.body.scenario.frozen).toBe(true);
		expect(g.body.rows[0].vote.voters).toBe(2400);
	});
});
