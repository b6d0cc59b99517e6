/**
 * The form actions of the scenarios tab (/datasets/[id]/scenarios) called as SvelteKit calls them, on a real SQLite
 * file: they go through the same scenario service and validation as the API. Regressions of issue 9.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isActionFailure, isRedirect } from '@sveltejs/kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '../../src/lib/server/db/database';
import { getScenario, listScenarios } from '../../src/lib/server/db/scenario.repository';
import { createScenario, deleteScenario } from '../../src/lib/server/services/scenario.service';
import { importDataset } from '../../src/lib/server/import';
import { actions } from '../../src/routes/datasets/[id]/scenarios/+page.server';
import * as api from '../../src/routes/api/datasets/[id]/scenarios/+server';
import { lamDongFiles, tempLocation } from '../helpers/db';

let dir: string;
let dropDb: () => Promise<void>;
let dsA: number;
let dsB: number;
const an = { id: 'an', name: 'an' };

type Action = (event: never) => unknown;
/** Run a form action of dataset `datasetId` with these fields; returns what it returned or threw (a redirect). */
async function post(action: Action, datasetId: number, fields: Record<string, string>) {
	const form = new FormData();
	for (const [k, v] of Object.entries(fields)) form.set(k, v);
	const request = new Request('http://localhost/datasets', { method: 'POST', body: form });
	try {
		return await action({ request, params: { id: String(datasetId) }, locals: { user: an } } as never);
	} catch (e) {
		if (isRedirect(e)) return e;
		throw e;
	}
}

/** Rows of the tables a scenario change writes. */
async function counts() {
	const db = await getDb();
	const n = async (t: 'scenarios' | 'scenario_versions' | 'audit_log') =>
		Number(
			(
				await db
					.selectFrom(t)
					.select((e) => e.fn.countAll<number>().as('n'))
					.executeTakeFirstOrThrow()
			).n
		);
	return { scenarios: await n('scenarios'), versions: await n('scenario_versions'), audit: await n('audit_log') };
}

beforeAll(async () => {
	dir = mkdtempSync(join(tmpdir(), 'sapxep-actions-'));
	const t = await tempLocation(join(dir, 'actions.db'));
	process.env.DATABASE_PATH = t.location;
	dropDb = t.drop;
	const db = await getDb();
	dsA = (await importDataset(db, lamDongFiles(), { name: 'Lâm Đồng A', createdBy: 'test' })).datasetId;
	dsB = (await importDataset(db, lamDongFiles(), { name: 'Lâm Đồng B', createdBy: 'test' })).datasetId;
});
afterAll(async () => {
	await (await getDb()).destroy();
	delete process.env.DATABASE_PATH;
	await dropDb();
	rmSync(dir, { recursive: true, force: true });
});

describe('create', () => {
	it('a known rule set: the scenario is stored and the page redirects to it', async () => {
		const r = await post(actions.create as Action, dsA, { name: 'Phương án 1', ruleSetId: 'nq76-2025' });
		expect(isRedirect(r)).toBe(true);
		const list = await listScenarios(await getDb(), dsA);
		expect(list.find((s) => s.name === 'Phương án 1')).toMatchObject({ ruleSetId: 'nq76-2025', owner: 'an' });
	});
	it('form action with unknown rule set → fail() with a Vietnamese message, nothing stored', async () => {
		const before = await counts();
		const r = await post(actions.create as Action, dsA, { name: 'Phương án lạ', ruleSetId: 'nq99-2099' });
		expect(isActionFailure(r)).toBe(true);
		const f = r as { status: number; data: { error: { vi: string; en: string } } };
		expect(f.status).toBe(400);
		expect(f.data.error.vi).toContain('Bộ quy tắc không rõ: nq99-2099');
		expect(f.data.error.en).toContain('Unknown rule set');
		expect(await counts()).toEqual(before);
	});
	it('the API refuses an unknown rule set on the same path: 400 with the same message, nothing stored', async () => {
		const before = await counts();
		const form = await post(actions.create as Action, dsA, { name: 'X', ruleSetId: 'nq99-2099' });
		const request = new Request('http://localhost/api', {
			method: 'POST',
			body: JSON.stringify({ name: 'X', ruleSetId: 'nq99-2099' }),
			headers: { 'content-type': 'application/json' }
		});
		const res = await (api.POST as Action)({ params: { id: String(dsA) }, request, locals: { user: an } } as never);
		const r = res as Response;
		expect(r.status).toBe(400);
		const body = await r.json();
		expect(body.error).toBe('unknown_rule_set');
		expect(body.message).toEqual((form as { data: { error: unknown } }).data.error);
		expect(await counts()).toEqual(before);
	});
	it('an empty name → fail() with a Vietnamese message, nothing stored', async () => {
		const before = await counts();
		const r = await post(actions.create as Action, dsA, { name: '  ', ruleSetId: 'nq35-2023' });
		expect(isActionFailure(r)).toBe(true);
		expect((r as { data: { error: { vi: string } } }).data.error.vi).toContain('Tên phương án');
		expect(await counts()).toEqual(before);
	});
});

describe('duplicate / delete / restore of a scenario of another dataset', () => {
	it('duplicate of a scenario of another dataset → refused (404), nothing changed', async () => {
		const other = await createScenario(await getDb(), an, { datasetId: dsB, name: 'Của bộ B' });
		const before = await counts();
		const r = await post(actions.duplicate as Action, dsA, { id: String(other.id) });
		expect(isActionFailure(r)).toBe(true);
		expect((r as { status: number }).status).toBe(404);
		expect((r as { data: { error: { vi: string } } }).data.error.vi).toContain(`Không có phương án #${other.id}`);
		expect(await counts()).toEqual(before);
		// The same action on its own dataset works.
		expect(isActionFailure(await post(actions.duplicate as Action, dsB, { id: String(other.id) }))).toBe(false);
	});
	it('delete of a scenario of another dataset → refused (404), nothing changed', async () => {
		const db = await getDb();
		const other = await createScenario(db, an, { datasetId: dsB, name: 'Không được xoá từ A' });
		const before = await counts();
		const r = await post(actions.delete as Action, dsA, { id: String(other.id) });
		expect(isActionFailure(r)).toBe(true);
		expect((r as { status: number }).status).toBe(404);
		expect((await getScenario(db, other.id))!.deletedAt).toBeNull();
		expect(await counts()).toEqual(before);
	});
	it('restore of a scenario of another dataset → refused (404), nothing changed', async () => {
		const db = await getDb();
		const other = await createScenario(db, an, { datasetId: dsB, name: 'Đã xoá ở B' });
		await deleteScenario(db, an, other.id);
		const before = await counts();
		const r = await post(actions.restore as Action, dsA, { id: String(other.id) });
		expect(isActionFailure(r)).toBe(true);
		expect((r as { status: number }).status).toBe(404);
		expect((await getScenario(db, other.id))!.deletedAt).not.toBeNull();
		expect(await counts()).toEqual(before);
		// From its own dataset it comes back.
		expect(isActionFailure(await post(actions.restore as Action, dsB, { id: String(other.id) }))).toBe(false);
		expect((await getScenario(db, other.id))!.deletedAt).toBeNull();
	});
	it('a missing or malformed id → refused (404), nothing changed', async () => {
		const before = await counts();
		for (const id of ['', 'abc', '99999']) {
			const r = await post(actions.delete as Action, dsA, { id });
			expect(isActionFailure(r)).toBe(true);
			expect((r as { status: number }).status).toBe(404);
		}
		expect(await counts()).toEqual(before);
	});
});
