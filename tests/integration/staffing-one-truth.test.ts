/**
 * One truth for a group's surplus (issue 9, regression): the scenario map's group panel used to compute the surplus in
 * the browser with empty staffing inputs and today's date, while the staffing tab used the scenario's stored inputs,
 * so the same group showed two surpluses. Both now read one server function (computeScenarioStaffing) with the stored
 * inputs: GET /api/scenarios/[sid]/staffing (the tab) and GET /api/scenarios/[sid]/staffing/groups (the panel) must
 * give the same figures for the same group. Endpoint handlers are called directly against a real SQLite file.
 *
 * Hand check (Lâm Đồng, Xã Đạ Oai 25111 + Xã Đạ Tồn 25108, mountainous xã): 3,065 + 1,245 = 4,310 people (< 5,000)
 * and 23.27 + 45.12 = 68.39 km² (< 50 + 50): no increment. Class I entered for the new unit → quota 22 (Decree 33
 * Art. 6.1.b); staff entered 17 + 16 = 33 → surplus 33 − 22 = 11. With empty inputs (what the panel used) the class
 * would have been the members' highest (III, entered) → quota 18 and a surplus of 15.
 * District group Đạ Huoai + Đạ Tẻh with 60 + 70 staff: surplus entered 55 (default would be 130 − 70 = 60).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '../../src/lib/server/db/database';
import { importAttributes, importDataset } from '../../src/lib/server/import';
import { lamDongFiles } from '../helpers/db';
import * as list from '../../src/routes/api/datasets/[id]/scenarios/+server';
import * as ops from '../../src/routes/api/scenarios/[sid]/ops/+server';
import * as staffing from '../../src/routes/api/scenarios/[sid]/staffing/+server';
import * as groups from '../../src/routes/api/scenarios/[sid]/staffing/groups/+server';

type Handler = (event: never) => Promise<Response> | Response;
async function call(handler: Handler, params: Record<string, string>, init: { method?: string; body?: unknown } = {}) {
	const url = new URL('http://localhost/api');
	const request = new Request(url, {
		method: init.method ?? 'GET',
		...(init.body !== undefined
			? { body: JSON.stringify(init.body), headers: { 'content-type': 'application/json' } }
			: {})
	});
	const res = await handler({ params, request, url, locals: { user: { id: 'an', name: 'an' } } } as never);
	return { status: res.status, body: await res.json() };
}

let dir: string;
let sid: string;

beforeAll(async () => {
	dir = mkdtempSync(join(tmpdir(), 'sapxep-one-truth-'));
	process.env.DATABASE_PATH = join(dir, 'api.db');
	const db = await getDb();
	const ds = (await importDataset(db, lamDongFiles(), { name: 'Lâm Đồng 2023', createdBy: 'test' })).datasetId;
	await importAttributes(
		db,
		ds,
		{
			name: 'staff.csv',
			data: 'code,commune_class,staff_actual,nonprofessional_actual\n25111,III,17,9\n25108,III,16,9\n681,,60,\n682,,70,\n'
		},
		'test'
	);
	const created = await call(
		list.POST as Handler,
		{ id: String(ds) },
		{ method: 'POST', body: { name: 'Một con số' } }
	);
	sid = String(created.body.scenario.id);
	const edit = await call(
		ops.POST as Handler,
		{ sid },
		{
			method: 'POST',
			body: {
				version: created.body.scenario.version,
				ops: [
					{ op: 'newGroup', id: 'g1', level: 'commune', members: ['25111', '25108'] },
					{ op: 'newGroup', id: 'g2', level: 'district', members: ['681', '682'] }
				]
			}
		}
	);
	expect(edit.status).toBe(200);
}, 120_000);
afterAll(async () => {
	await (await getDb()).destroy();
	delete process.env.DATABASE_PATH;
	rmSync(dir, { recursive: true, force: true });
});

describe('one truth: the group panel and the staffing tab show the same surplus for the same group', () => {
	it('regression (issue 9): both endpoints read the stored staffing inputs and give the same figures', async () => {
		const saved = await call(
			staffing.PUT as Handler,
			{ sid },
			{
				method: 'PUT',
				body: {
					version: 0,
					inputs: {
						effectiveDate: '2025-01-01',
						typicalLeave: { kind: 'resignation', serviceYears: 10 },
						groups: { g1: { newClass: 'I' }, g2: { districtSurplus: 55 } }
					}
				}
			}
		);
		expect(saved.status).toBe(200);

		const tab = await call(staffing.GET as Handler, { sid });
		const panel = await call(groups.GET as Handler, { sid });
		expect(tab.status).toBe(200);
		expect(panel.status).toBe(200);

		const tabGroup = (id: string) =>
			(
				tab.body.staffing.groups as { id: string; impact: { surplus: unknown; before: unknown; after: unknown } }[]
			).find((g) => g.id === id)!;
		const panelGroup = (id: string) =>
			(panel.body.groups as { groupId: string; surplus: unknown; before: unknown; after: unknown }[]).find(
				(g) => g.groupId === id
			)!;

		for (const id of ['g1', 'g2']) {
			expect(panelGroup(id).surplus, id).toEqual(tabGroup(id).impact.surplus);
			expect(panelGroup(id).before, id).toEqual(tabGroup(id).impact.before);
			expect(panelGroup(id).after, id).toEqual(tabGroup(id).impact.after);
		}
		// The stored inputs are used (not empty ones): class I entered → quota 22, surplus 11 (empty inputs: 18 and 15).
		expect(panelGroup('g1')).toMatchObject({
			before: { cadresCivilServants: 33, nonProfessional: 18 },
			after: { cadresCivilServants: 22, nonProfessional: 14 },
			surplus: { cadresCivilServants: 11, nonProfessional: 4 },
			surplusSource: 'quota',
			incrementBasis: 'normal',
			memberCodes: ['25111', '25108']
		});
		// District: the surplus entered (55), not the default 130 − 70 = 60.
		expect(panelGroup('g2')).toMatchObject({ surplus: { cadresCivilServants: 55 }, surplusSource: 'entered' });
		// Same reference date: the effective date stored with the inputs, on both.
		expect(panel.body.effectiveDate).toBe('2025-01-01');
		expect(tab.body.staffing.effectiveDate).toBe('2025-01-01');
		expect(panel.body.scenarioVersion).toBe(2);
	});
});
