/**
 * Issue 10 items 5 and 6: the history and the audit page name people as their accounts call them ("Nguyễn Thị Hoa"),
 * not by login; and the staffing tab names the source of a corrected assumption as the administrator entered it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appendAudit, listAudit, searchAudit } from '../../src/lib/server/db/audit.repository';
import { listScenarioAudit } from '../../src/lib/server/db/scenario.repository';
import { insertUser } from '../../src/lib/server/db/user.repository';
import { setOverride } from '../../src/lib/server/db/rule-override.repository';
import { staffingCorrections } from '../../src/lib/server/staffing-inputs';
import { STAFFING_SETTINGS_ID } from '../../src/lib/domain/staffing';
import { tempDb } from '../helpers/db';

let t: Awaited<ReturnType<typeof tempDb>>;
// audit rows name a dataset by id only (no foreign key): a number is enough here
const datasetId = 41;

beforeAll(async () => {
	t = await tempDb();
	await insertUser(
		t.db,
		{ login: 'hoa', name: 'Nguyễn Thị Hoa', role: 'admin', datasets: null, passwordHash: 'x' },
		'test'
	);
	await appendAudit(t.db, [
		{ who: 'hoa', dataset_id: datasetId, entity: 'scenario', entity_key: '7', action: 'create' },
		{ who: 'cli', dataset_id: datasetId, entity: 'scenario', entity_key: '7', action: 'update', field: 'name' }
	]);
});
afterAll(async () => t?.cleanup());

describe('who made a change, by name', () => {
	it('the dataset, scenario and audit-page queries carry the account name, and null for a name-less "who"', async () => {
		for (const rows of [
			await listAudit(t.db, datasetId),
			await searchAudit(t.db, { datasetId }),
			await listScenarioAudit(t.db, 7)
		]) {
			expect(rows).toHaveLength(2);
			expect(rows.find((r) => r.who === 'hoa')!.who_name).toBe('Nguyễn Thị Hoa');
			expect(rows.find((r) => r.who === 'cli')!.who_name).toBeNull();
		}
		// the user filter still works on the login after the join
		expect((await searchAudit(t.db, { who: 'hoa' })).map((r) => r.who)).toEqual(['hoa']);
	});
});

describe('staffing assumptions corrected by an administrator', () => {
	it('list the value in force, the legal value and the source as entered, with who and when', async () => {
		expect(await staffingCorrections(t.db)).toEqual([]);
		const source = 'Quyết định số 12/2025/QĐ-UBND ngày 01/07/2025 của UBND tỉnh (mức lương cơ sở mới)';
		await setOverride(t.db, STAFFING_SETTINGS_ID, 'staffing.money.base_salary', 2_530_000, source, 'hoa', 2_340_000);
		const [c, ...rest] = await staffingCorrections(t.db);
		expect(rest).toEqual([]);
		expect(c).toMatchObject({
			key: 'staffing.money.base_salary',
			value: 2_530_000,
			original: 2_340_000,
			overridden: true,
			reason: source,
			by: 'hoa',
			byName: 'Nguyễn Thị Hoa'
		});
		expect(c.label_vi).toContain('Mức lương cơ sở');
	});
});
