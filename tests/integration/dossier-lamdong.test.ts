/**
 * The dossier of a real plan (Lâm Đồng, read from ../shared/data, never copied): loadDossier gives the figures the
 * screens give (evaluateStored, computeScenarioStaffing), and the DOCX (Decree 30/2020 layout) holds each new unit's
 * name, its population written 12.345, its clause and the map images.
 *
 * The plan follows NQ 1245/NQ-UBTVQH15 in part: Đạ Huoai + Đạ Tẻh + Cát Tiên into one district, and the communes
 * Đạ Oai + Đạ Tồn (Đạ Huoai) merged.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importDataset } from '../../src/lib/server/import';
import { loadDossier } from '../../src/lib/server/dossier/model';
import { computeScenarioStaffing } from '../../src/lib/server/scenario-staffing';
import { createScenario } from '../../src/lib/server/services/scenario.service';
import { evaluateStored } from '../../src/lib/server/services/scenario-workspace';
import { requireScenario } from '../../src/lib/server/services/scenario.service';
import { lamDongFiles, tempDb } from '../helpers/db';
import type { Db } from '../../src/lib/server/db/database';

let db: Db;
let cleanup: () => Promise<void>;
let scenarioId: number;

const GROUPS = [
	{ id: 'd1', level: 'district', members: ['681', '682', '683'] },
	{ id: 'c1', level: 'commune', members: ['25111', '25108'], seatCode: '25111' }
];

beforeAll(async () => {
	const t = await tempDb();
	db = t.db;
	cleanup = t.cleanup;
	const ds = (await importDataset(db, lamDongFiles(), { name: 'Lâm Đồng 2023', createdBy: 'test' })).datasetId;
	const s = await createScenario(
		db,
		{ id: 'test', name: 'test' },
		{ datasetId: ds, name: 'Phương án NQ 1245', content: { groups: GROUPS, exemptions: [] } }
	);
	scenarioId = s.id;
}, 180_000);
afterAll(async () => cleanup?.());

describe('the Lâm Đồng dossier model', () => {
	it('has the figures of the screens: evaluateStored for the plan, computeScenarioStaffing for staffing', async () => {
		const d = await loadDossier(db, scenarioId, 'vi', { today: '2024-12-01' });
		const { evaluation } = await evaluateStored(db, await requireScenario(db, scenarioId));
		const staffing = await computeScenarioStaffing(db, scenarioId, '2024-12-01');
		expect(d.title.provinceName).toBe('Lâm Đồng');
		expect(d.title.issuer).toBe('ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG');
		for (const g of evaluation.groups) {
			const n = d.plan.newUnits.find((x) => x.groupId === g.id)!;
			expect(n.population).toBe(g.population);
			expect(n.areaKm2).toBe(g.areaKm2);
			expect(n.meets).toBe(g.meets);
		}
		expect(d.staffing?.totals.surplus).toBe(staffing.staffing.totals.surplus);
		expect(d.residents.total).toBe(evaluation.residentsAffected.total);
		expect(d.currentState.units.length).toBeGreaterThan(0);
		expect(d.currentState.units.every((u) => u.clauseText.includes('Nghị quyết số 35/2023/UBTVQH15'))).toBe(true);
	});
});
