/**
 * Concurrent writes on one row: on PostgreSQL (a pool, several app instances) transactions really run at once, so a
 * read-then-write must not lose an update nor fail on a duplicate key (issue 15). Runs on SQLite and, with
 * TEST_DATABASE_URL, on PostgreSQL.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultScenarioStaffingInputs } from '../../src/lib/domain/staffing/scenario';
import { createScenario } from '../../src/lib/server/db/scenario.repository';
import {
	getScenarioStaffing,
	saveScenarioStaffing,
	StaffingVersionConflictError
} from '../../src/lib/server/db/scenario-staffing.repository';
import { getThrottles, recordFailures } from '../../src/lib/server/db/session.repository';
import { seedDemo } from '../../src/lib/server/demo';
import { tempDb } from '../helpers/db';

let t: Awaited<ReturnType<typeof tempDb>>;
let sid: number;

beforeAll(async () => {
	t = await tempDb();
	const ds = await seedDemo(t.db, { communes: 12, seed: 1, name: 'Tỉnh thử' });
	sid = (await createScenario(t.db, { datasetId: ds.datasetId, name: 'Phương án', who: 'test' })).id;
});
afterAll(async () => {
	await t?.cleanup();
});

describe('concurrent writes (issue 15: several instances on one database)', () => {
	it('two staffing saves made on the same version at once: one is saved, the other is a conflict, nothing lost', async () => {
		const inputs = defaultScenarioStaffingInputs('2026-01-01');
		for (const expected of [0, 1]) {
			const results = await Promise.allSettled([
				saveScenarioStaffing(t.db, sid, expected, inputs, 'an'),
				saveScenarioStaffing(t.db, sid, expected, inputs, 'binh')
			]);
			expect(results.filter((r) => r.status === 'fulfilled').map((r) => r.value)).toEqual([expected + 1]);
			const refused = results.find((r) => r.status === 'rejected');
			expect(refused?.reason).toBeInstanceOf(StaffingVersionConflictError);
		}
		expect((await getScenarioStaffing(t.db, sid)).version).toBe(2);
		const audit = await t.db
			.selectFrom('audit_log')
			.select('who')
			.where('entity', '=', 'scenario_staffing')
			.where('entity_key', '=', String(sid))
			.execute();
		expect(audit).toHaveLength(2);
	});

	it('ten failed sign-ins on one new key at once are all counted, and the tenth locks it', async () => {
		const at = new Date().toISOString();
		const results = await Promise.all(
			Array.from({ length: 10 }, () =>
				recordFailures(t.db, [{ key: 'account:khach', maxFailures: 10 }], at, '2000-01-01T00:00:00.000Z', 'later')
			)
		);
		expect(results.map((r) => r[0].failures).sort((x, y) => x - y)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
		expect(await getThrottles(t.db, ['account:khach'])).toEqual([
			{ key: 'account:khach', failures: 10, window_started_at: at, locked_until: 'later' }
		]);
	});
});
