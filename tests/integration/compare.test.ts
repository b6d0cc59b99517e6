/**
 * Issue 11 item 5, comparing 2–4 scenarios of one dataset, through the real endpoint and page load on the real Lâm
 * Đồng data (and a second, generated dataset): the figures equal those of each scenario's own endpoints (one
 * computation), the 2–4 limit, a scenario of another dataset or a deleted one refused with a clear Vietnamese
 * message, and the route rule (any reader of the dataset; an account limited to another dataset is refused).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isHttpError } from '@sveltejs/kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '../../src/lib/server/db/database';
import { importDataset } from '../../src/lib/server/import';
import { seedDemo } from '../../src/lib/server/demo';
import { createScenario } from '../../src/lib/server/db/scenario.repository';
import { deleteScenario } from '../../src/lib/server/services/scenario.service';
import { createSession, SESSION_COOKIE } from '../../src/lib/server/auth/session';
import { addUser } from '../../src/lib/server/auth/users';
import { blankGroup, type ScenarioContent } from '../../src/lib/domain/scenario';
import type { ScenarioComparison } from '../../src/lib/domain/scenario/compare';
import * as compare from '../../src/routes/api/datasets/[id]/compare/+server';
import { listUnits } from '../../src/lib/server/db/unit.repository';
import { unionBbox } from '../../src/lib/domain/units';
import * as comparePage from '../../src/routes/datasets/[id]/compare/+page.server';
import * as one from '../../src/routes/api/scenarios/[sid]/+server';
import * as staffing from '../../src/routes/api/scenarios/[sid]/staffing/+server';
import { lamDongFiles, tempLocation } from '../helpers/db';
import { TEST_PASSWORD, throughGuard } from '../helpers/auth';

let dir: string;
let dropDb: () => Promise<void>;
let lamDong: number;
let other: number;
const sid = { a: 0, b: 0, c: 0, deleted: 0, foreign: 0 };

const group = (id: string, members: string[], o: Partial<ScenarioContent['groups'][number]> = {}) => ({
	...blankGroup(id, 'commune', members),
	...o
});

type Handler = (event: never) => Promise<Response> | Response;
async function get(handler: Handler, params: Record<string, string>, query = '') {
	const url = new URL(`http://localhost/x${query}`);
	const res = await handler({
		params,
		url,
		request: new Request(url),
		locals: { user: { id: 'v', name: 'v' } }
	} as never);
	return { status: res.status, body: await res.json() };
}
const compareOf = (datasetId: number, s: string) => get(compare.GET as Handler, { id: String(datasetId) }, `?s=${s}`);

beforeAll(async () => {
	dir = mkdtempSync(join(tmpdir(), 'sapxep-compare-'));
	const t = await tempLocation(join(dir, 'compare.db'));
	process.env.DATABASE_PATH = t.location;
	dropDb = t.drop;
	const db = await getDb();
	lamDong = (await importDataset(db, lamDongFiles(), { name: 'Lâm Đồng 2023', createdBy: 'test' })).datasetId;
	other = (await seedDemo(db, { communes: 12, seed: 3, name: 'Tỉnh khác' })).datasetId;
	const make = async (datasetId: number, name: string, groups: ReturnType<typeof group>[]) =>
		(await createScenario(db, { datasetId, name, who: 'test', content: { groups, exemptions: [] } })).id;
	// A: Đạ Oai + Đạ Tồn; B: the same pair named and seated, plus Đạ Oai's other neighbour kept apart; C: a third.
	sid.a = await make(lamDong, 'Phương án A', [group('g1', ['25111', '25108'])]);
	sid.b = await make(lamDong, 'Phương án B', [
		group('g1', ['25108', '25111'], { name: 'Xã Đạ Oai Tồn', seatCode: '25108' }),
		group('g2', ['25117', '25114'])
	]);
	sid.c = await make(lamDong, 'Phương án C', [group('g1', ['25111', '25108', '25117'])]);
	sid.deleted = await make(lamDong, 'Phương án đã xoá', []);
	await deleteScenario(db, { id: 'test', name: 'test' }, sid.deleted);
	sid.foreign = await make(other, 'Phương án tỉnh khác', []);
});
afterAll(async () => {
	await (await getDb()).destroy();
	delete process.env.DATABASE_PATH;
	await dropDb();
	rmSync(dir, { recursive: true, force: true });
});

describe('GET /api/datasets/[id]/compare (issue 11 item 5)', () => {
	let c: ScenarioComparison;
	beforeAll(async () => {
		const r = await compareOf(lamDong, `${sid.a},${sid.b},${sid.c}`);
		expect(r.status).toBe(200);
		c = r.body.comparison;
	});

	it('lines up the scenarios in the order asked for', () => {
		expect(c.scenarios.map((s) => s.name)).toEqual(['Phương án A', 'Phương án B', 'Phương án C']);
		expect(c.metrics).toHaveLength(3);
		for (const row of c.rows) expect(row.values).toHaveLength(3);
	});

	it('units after, residents affected and mandatory units equal the scenario endpoint’s evaluation', async () => {
		for (const [i, id] of [sid.a, sid.b, sid.c].entries()) {
			const { body } = await get(one.GET as Handler, { sid: String(id) });
			const m = c.metrics[i];
			expect(m.unitCount).toEqual(body.evaluation.unitCount);
			expect(m.unitsAfter).toEqual(body.evaluation.unitsAfter);
			expect(m.residentsAffected).toBe(body.evaluation.residentsAffected.total);
			expect(m.mandatory.left).toBe(body.evaluation.summary.mandatoryLeft);
			expect(m.mandatory.inGroups).toBe(body.evaluation.summary.mandatoryInGroups);
		}
		// the real data, 142 communes: A merges two (141), B twice two (140), C three into one (140)
		expect(c.metrics.map((m) => m.unitCount.after.commune)).toEqual([141, 140, 140]);
		expect(c.metrics[0].residentsAffected).toBeGreaterThan(0);
	});

	it('surplus, offices, saving and the deadline equal the staffing tab’s totals', async () => {
		for (const [i, id] of [sid.a, sid.b, sid.c].entries()) {
			const { body } = await get(staffing.GET as Handler, { sid: String(id) });
			const t = body.staffing.totals;
			const m = c.metrics[i];
			const staffed = body.staffing.groups.some(
				(g: { impact: { before: { cadresCivilServants: number | null } } }) =>
					g.impact.before.cadresCivilServants != null
			);
			expect(m.surplusStaff).toBe(staffed ? t.surplus : null);
			expect(m.officesBefore).toBe(t.officesBefore);
			expect(m.officesAfter).toBe(t.officesAfter);
			expect(m.annualSavingVnd).toBe(t.annualSavingVnd);
			expect(m.meetsDeadline).toBe(staffed ? t.meetsDeadline : null);
		}
	});

	it('the groups’ diff: the shared pair differs by name and seat; B’s second group and C’s group are not in all', async () => {
		const pair = c.groups.find((g) => g.members.join() === ['25108', '25111'].sort().join())!;
		// C has no group with exactly these two members, so the pair is not in every scenario
		expect(pair.kind).toBe('some');
		expect(pair.sides.map((s) => s?.name ?? null)).toEqual([pair.sides[0]!.name, 'Xã Đạ Oai Tồn', null]);
		expect(pair.differs).toEqual(['name', 'seat']);
		const ab = (await compareOf(lamDong, `${sid.a},${sid.b}`)).body.comparison as ScenarioComparison;
		expect(ab.groups.map((g) => g.kind)).toEqual(['some', 'differs']);
	});

	it.each([
		['one scenario', () => `${sid.a}`, 400, 'too_few', 'Chọn ít nhất 2 phương án khác nhau để so sánh (đã chọn 1).'],
		['the same one twice', () => `${sid.a},${sid.a}`, 400, 'too_few', 'Chọn ít nhất 2 phương án'],
		[
			'five scenarios',
			() => `${sid.a},${sid.b},${sid.c},${sid.deleted},${sid.foreign}`,
			400,
			'too_many',
			'Chỉ so sánh được tối đa 4 phương án cùng lúc (đã chọn 5).'
		],
		['not ids', () => `${sid.a},abc`, 400, 'bad_selection', 'Mã phương án không hợp lệ: abc.'],
		[
			'a scenario of another dataset',
			() => `${sid.a},${sid.foreign}`,
			422,
			'other_dataset',
			'không thuộc bộ dữ liệu «Lâm Đồng 2023»: chỉ so sánh được các phương án của cùng một bộ dữ liệu.'
		],
		['a deleted scenario', () => `${sid.a},${sid.deleted}`, 410, 'deleted', 'đã bị xoá nên không so sánh được'],
		['a scenario that does not exist', () => `${sid.a},999999`, 404, 'not_found', 'Không có phương án #999999']
	])('%s is refused with a clear Vietnamese message', async (_, s, status, code, vi) => {
		const r = await compareOf(lamDong, s());
		expect(r.status).toBe(status);
		expect(r.body.error).toBe(code);
		expect(r.body.message.vi).toContain(vi);
	});

	it('a scenario of another dataset is refused without telling its name', async () => {
		const r = await compareOf(lamDong, `${sid.a},${sid.foreign}`);
		expect(r.body.message.vi).not.toContain('tỉnh khác');
		expect(r.body.message.vi).toContain(`#${sid.foreign}`);
	});

	it('a dataset that does not exist is 404', async () => {
		expect((await compareOf(999999, `${sid.a},${sid.b}`)).status).toBe(404);
	});
});

describe('the compare page load', () => {
	const load = (id: number, s: string) =>
		comparePage.load({
			params: { id: String(id) },
			url: new URL(`http://localhost/datasets/${id}/compare?s=${s}`)
		} as never) as Promise<{ comparison: ScenarioComparison; bounds: [number, number, number, number] | null }>;

	it('gives the comparison and the maps’ extent around the compared groups, not the units (issue 14 item 4: the page fetches them)', async () => {
		const d = await load(lamDong, `${sid.a},${sid.b}`);
		expect(d.comparison.scenarios.map((s) => s.id)).toEqual([sid.a, sid.b]);
		expect(d).not.toHaveProperty('units');
		expect(d.comparison.maps[0].groups[0].members).toEqual(['25111', '25108']);
		const units = await listUnits(await getDb(), lamDong);
		const [w, s, e, n] = d.bounds!;
		for (const code of ['25111', '25108']) {
			const b = units.find((u) => u.code === code)!.bbox!;
			expect(w <= b[0] && s <= b[1] && e >= b[2] && n >= b[3], code).toBe(true);
		}
		// Around the groups, not the whole province.
		const p = unionBbox(units)!;
		expect((e - w) * (n - s)).toBeLessThan(((p[2] - p[0]) * (p[3] - p[1])) / 4);
	});

	it.each([
		[
			'a scenario of another dataset',
			() => `${sid.a},${sid.foreign}`,
			422,
			'chỉ so sánh được các phương án của cùng một bộ dữ liệu'
		],
		['a deleted scenario', () => `${sid.a},${sid.deleted}`, 410, 'đã bị xoá'],
		['five scenarios', () => `${sid.a},${sid.b},${sid.c},${sid.deleted},${sid.foreign}`, 400, 'tối đa 4 phương án']
	])('%s: an error page with the Vietnamese reason', async (_, s, status, vi) => {
		let e: unknown;
		try {
			await load(lamDong, s());
		} catch (x) {
			e = x;
		}
		expect(isHttpError(e)).toBe(true);
		const h = e as { status: number; body: { message: string } };
		expect(h.status).toBe(status);
		expect(h.body.message).toContain(vi);
	});
});

describe('who may compare (route rule: read, dataset-scoped)', () => {
	let viewer: string;
	let limited: string;
	beforeAll(async () => {
		const db = await getDb();
		await addUser(db, { login: 'xem', role: 'viewer', name: 'Người xem', password: TEST_PASSWORD }, 'test');
		await addUser(
			db,
			{ login: 'xem-tinh-khac', role: 'viewer', datasets: [other], name: 'Xem tỉnh khác', password: TEST_PASSWORD },
			'test'
		);
		viewer = (await createSession(db, 'xem')).token;
		limited = (await createSession(db, 'xem-tinh-khac')).token;
	});
	const req = (kind: 'api' | 'page', token: string | undefined, id = lamDong) => {
		const routeId = kind === 'api' ? '/api/datasets/[id]/compare' : '/datasets/[id]/compare';
		const path = routeId.replace('[id]', String(id)) + `?s=${sid.a},${sid.b}`;
		return throughGuard({
			routeId,
			params: { id: String(id) },
			cookies: token ? { [SESSION_COOKIE]: token } : {},
			method: 'GET',
			path,
			headers: kind === 'page' ? { accept: 'text/html' } : {}
		});
	};
	it('a viewer (read only) may compare the scenarios of a dataset', async () => {
		expect((await req('api', viewer)).reached).toBe(true);
		expect((await req('page', viewer)).reached).toBe(true);
	});
	it('an account limited to another dataset is refused (403), an anonymous API call gets 401', async () => {
		expect(await req('api', limited)).toMatchObject({ reached: false, status: 403 });
		expect(await req('page', limited)).toMatchObject({ reached: false, status: 403 });
		expect(await req('api', limited, other)).toMatchObject({ reached: true });
		expect(await req('api', undefined)).toMatchObject({ reached: false, status: 401 });
	});
});
