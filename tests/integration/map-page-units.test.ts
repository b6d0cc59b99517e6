/**
 * Issue 14 item 6: the map pages (the dataset map, a scenario's editor and its after view, the planner, the compare
 * page) receive the units packed column by column, read and packed once per dataset version (services/page-units.ts)
 * and shared by the pages,
 * not packed again on every visit; an edit of a unit gives a new packing with the new figure.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '../../src/lib/server/db/database';
import { seedDemo } from '../../src/lib/server/demo';
import { listUnits, updateUnits } from '../../src/lib/server/db/unit.repository';
import { createScenario } from '../../src/lib/server/db/scenario.repository';
import { unpackUnits, type PackedUnits } from '../../src/lib/domain/unit-pack';
import * as mapPage from '../../src/routes/datasets/[id]/+page.server';
import * as scenarioPage from '../../src/routes/datasets/[id]/scenarios/[sid]/+page.server';
import * as afterPage from '../../src/routes/datasets/[id]/scenarios/[sid]/after/+page.server';
import * as plannerPage from '../../src/routes/datasets/[id]/scenarios/planner/+page.server';
import * as comparePage from '../../src/routes/datasets/[id]/compare/+page.server';
import { tempDb } from '../helpers/db';

type Load = (e: never) => Promise<unknown>;
const units = async (load: unknown, params: Record<string, string>, search = '') =>
	(
		(await (load as Load)({
			params,
			url: new URL(`http://localhost/datasets/${params.id}/page${search}`)
		} as never)) as { units: PackedUnits }
	).units;

describe('the map pages’ packed units', () => {
	let t: Awaited<ReturnType<typeof tempDb>>;
	let id: number;
	let sid: number;
	let sid2: number;

	beforeAll(async () => {
		t = await tempDb();
		await t.db.destroy();
		process.env.DATABASE_PATH = t.path;
		const db = await getDb();
		id = (await seedDemo(db, { communes: 40, seed: 4 })).datasetId;
		sid = (await createScenario(db, { datasetId: id, name: 'Phương án A', who: 'test' })).id;
		sid2 = (await createScenario(db, { datasetId: id, name: 'Phương án B', who: 'test' })).id;
	}, 60_000);
	afterAll(async () => {
		await (await getDb()).destroy();
		delete process.env.DATABASE_PATH;
		await t.cleanup().catch(() => {});
	});

	it('the dataset map, the scenario editor, its after view, the planner and compare share one packing per dataset version', async () => {
		const p = { id: String(id), sid: String(sid) };
		const onMap = await units(mapPage.load, p);
		expect(await units(scenarioPage.load, p)).toBe(onMap);
		expect(await units(afterPage.load, p)).toBe(onMap);
		expect(await units(plannerPage.load, p)).toBe(onMap);
		expect(await units(comparePage.load, p, `?s=${sid},${sid2}`)).toBe(onMap);
		expect(unpackUnits(onMap)).toEqual(await listUnits(await getDb(), id));
	});

	it('an edit of a unit gives a new packing with the new figure', async () => {
		const p = { id: String(id), sid: String(sid) };
		const before = await units(scenarioPage.load, p);
		const code = unpackUnits(before).find((u) => u.level === 'commune')!.code;
		await updateUnits(await getDb(), id, [{ code, patch: { population: 123_456 } }], 'an');
		const after = await units(afterPage.load, p);
		expect(after).not.toBe(before);
		expect(unpackUnits(after).find((u) => u.code === code)!.population).toBe(123_456);
		expect(await units(mapPage.load, p)).toBe(after);
	});

	it('a scenario that is not there, or not of this dataset, is 404 on both scenario pages', async () => {
		for (const load of [scenarioPage.load, afterPage.load]) {
			for (const params of [
				{ id: String(id), sid: String(sid + 99) },
				{ id: String(id + 99), sid: String(sid) }
			])
				await expect((load as unknown as Load)({ params } as never)).rejects.toMatchObject({ status: 404 });
		}
	});
});
