/**
 * Issue 14 item 5: the dataset map page reads the corrections in force of every rule set in one query
 * (everyRuleSetOverrides) instead of one per rule set; it must give what the per-rule-set read gives, on SQLite and
 * PostgreSQL: corrections in force only (not revoked, the latest per key), each under its own rule set, every rule
 * set present.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RULE_SETS } from '../../src/lib/domain/rules';
import { revokeOverride, setOverride } from '../../src/lib/server/db/rule-override.repository';
import { everyRuleSetOverrides, ruleSetOverrides } from '../../src/lib/server/rules';
import { tempDb } from '../helpers/db';

describe('everyRuleSetOverrides', () => {
	let t: Awaited<ReturnType<typeof tempDb>>;
	beforeEach(async () => {
		t = await tempDb();
	});
	afterEach(async () => {
		await t.db.destroy();
		await t.cleanup().catch(() => {});
	});

	it('equals the per-rule-set read for every rule set, revoked and replaced corrections left out', async () => {
		const { db } = t;
		await setOverride(db, 'nq35-2023', 'standard.thi_xa.population', 50_000, 'thử', 'admin', null);
		await setOverride(db, 'nq35-2023', 'standard.thi_xa.population', 60_000, 'thử lại', 'admin', 50_000);
		await setOverride(db, 'nq35-2023', 'setting.percentages_against_reduced', false, 'thử', 'admin', null);
		await setOverride(db, 'nq76-2025', 'setting.percentages_against_reduced', true, 'thử', 'admin', null);
		await revokeOverride(db, 'nq35-2023', 'setting.percentages_against_reduced', 'admin', 'bỏ');
		const every = await everyRuleSetOverrides(db);
		expect(Object.keys(every).sort()).toEqual(Object.keys(RULE_SETS).sort());
		for (const id of Object.keys(RULE_SETS)) expect(every[id]).toEqual(await ruleSetOverrides(db, id));
		expect(every['nq35-2023']).toEqual([{ key: 'standard.thi_xa.population', value: 60_000 }]);
		expect(every['nq76-2025']).toEqual([{ key: 'setting.percentages_against_reduced', value: true }]);
	});
});
