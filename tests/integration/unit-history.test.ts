/**
 * Issue 10 item 5: a unit's "Lịch sử" reads the audit trail through the repository, narrowed in SQL to that unit; an
 * exemption stores its reference letter (number and date, migration 020) and the trail says who recorded it and when.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importDataset } from '../../src/lib/server/import';
import { getUnit, updateUnits } from '../../src/lib/server/db/unit.repository';
import { appendAudit, listAudit } from '../../src/lib/server/db/audit.repository';
import { validateUnitPatch } from '../../src/lib/domain/unit-edit';
import { unitHistory, type AuditRow } from '../../src/lib/domain/history';
import { lamDongFiles, tempDb } from '../helpers/db';

describe("a unit's history and its exemption's reference letter on Lâm Đồng", () => {
	let t: Awaited<ReturnType<typeof tempDb>>;
	let id: number;
	beforeAll(async () => {
		t = await tempDb();
		id = (await importDataset(t.db, lamDongFiles(), { name: 'Lâm Đồng 2023', createdBy: 'test' })).datasetId;
	});
	afterAll(async () => t.cleanup());

	it('stores the reference letter with the exemption, and the audit trail of that unit only', async () => {
		const patch = {
			exemptionCode: 'isolated_location',
			exemptionNote: 'Xã có vị trí biệt lập',
			exemptionRefNumber: '123/UBND-NV',
			exemptionRefDate: '2025-03-15'
		};
		expect(validateUnitPatch(patch, ['isolated_location'])).toEqual([]);
		await updateUnits(t.db, id, [{ code: '25111', patch }], 'canbo1', 'Công văn của huyện');
		await updateUnits(t.db, id, [{ code: '25108', patch: { population: 1300 } }], 'canbo2');
		// A scenario row whose key happens to equal the unit's code is not the unit's history.
		await appendAudit(t.db, [{ who: 'x', dataset_id: id, entity: 'scenario', entity_key: '25111', action: 'update' }]);
		const u = await getUnit(t.db, id, '25111');
		expect(u).toMatchObject({ exemptionRefNumber: '123/UBND-NV', exemptionRefDate: '2025-03-15' });
		const rows = await listAudit(t.db, id, { entity: 'unit', entityKey: '25111' });
		expect(rows.map((r) => r.field).sort()).toEqual([
			'exemptionCode',
			'exemptionNote',
			'exemptionRefDate',
			'exemptionRefNumber'
		]);
		expect(rows.every((r) => r.who === 'canbo1' && r.entity === 'unit')).toBe(true);
		const lines = unitHistory(rows as AuditRow[], 'vi', { unit: (c) => c, reason: () => 'Có vị trí biệt lập' });
		expect(lines.find((l) => l.what === 'Ngày văn bản đề nghị không sắp xếp')?.after).toBe('15/03/2025');
		expect(lines.find((l) => l.what === 'Lý do không sắp xếp')).toMatchObject({
			who: 'canbo1',
			before: '(trống)',
			after: 'Có vị trí biệt lập',
			note: 'Công văn của huyện'
		});
	});

	it('refuses a reference date that is not a calendar date', () => {
		const errors = validateUnitPatch({ exemptionRefDate: '2025-02-31' }, []);
		expect(errors.map((e) => e.field)).toEqual(['exemptionRefDate']);
		expect(errors[0].message.vi).toContain('31/12/2022');
	});
});
