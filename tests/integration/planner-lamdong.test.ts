/**
 * The planner on the real Lâm Đồng data (read from ../shared/data, never copied): every subject unit of 2023–2025
 * is covered by a lawful group (contiguous, one district, meeting both standards of NQ 1211 as amended), and the
 * plan is accepted as a normal scenario the editor can open and edit.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lamDongFiles, tempDb } from '../helpers/db';
import { importDataset } from '../../src/lib/server/import';
import { acceptPlan, runPlanner, type PlannerRun } from '../../src/lib/server/planner.service';
import { requireScenario } from '../../src/lib/server/services/scenario.service';
import { evaluateStored } from '../../src/lib/server/services/scenario-workspace';

const getScenarioById = (db: Parameters<typeof requireScenario>[0], id: number) => requireScenario(db, id);

let t: Awaited<ReturnType<typeof tempDb>>;
let datasetId: number;
let run: PlannerRun;
const actor = { id: 'test-editor', name: 'Biên tập thử' };

beforeAll(async () => {
	t = await tempDb();
	datasetId = (await importDataset(t.db, lamDongFiles(), { name: 'Lâm Đồng 2023', createdBy: 'test' })).datasetId;
	run = await runPlanner(t.db, { datasetId, options: { phase: '2023-2025' } });
}, 120_000);
afterAll(async () => {
	await t?.cleanup();
});

describe('planner on Lâm Đồng (NQ 35/2023, 2023–2025)', () => {
	it('covers every subject unit of 2023–2025 with contiguous groups inside one district that meet both standards', () => {
		const best = run.plans[0];
		expect(best.score.mandatory).toBeGreaterThan(0);
		expect(best.uncovered).toEqual([]);
		for (const g of best.groups) {
			expect(g.valid).toBe(true);
			expect(g.contiguous).toBe(true);
			expect(g.meets).toBe('both');
			if (g.level === 'commune') expect(g.sameParent).toBe(true);
		}
		expect(best.score.allLawful).toBe(true);
		expect(run.stats.status).toBe('optimal');
	});

	it('proposes merging the three southern districts Đạ Huoai, Đạ Tẻh and Cát Tiên (as NQ 1245/NQ-UBTVQH15 did)', () => {
		const d = run.plans[0].groups.filter((g) => g.level === 'district');
		expect(d.map((g) => g.members)).toEqual([['681', '682', '683']]);
	});

	it('is accepted as a normal scenario whose evaluation agrees with the plan, with the user as the actor', async () => {
		const best = run.plans[0];
		const { scenarioId } = await acceptPlan(t.db, actor, {
			datasetId,
			groups: best.groups.map((g) => ({ level: g.level, members: g.members })),
			into: { name: 'Đề xuất tự động 1' }
		});
		const s = await getScenarioById(t.db, scenarioId);
		expect(s.createdBy).toBe(actor.id);
		expect(s.content.groups.map((g) => g.members)).toEqual(best.groups.map((g) => g.members));
		const { evaluation } = await evaluateStored(t.db, s);
		expect(evaluation.summary.mandatoryLeft).toBe(0);
		expect(evaluation.groups.every((g) => g.valid && g.meets === 'both')).toBe(true);
		expect(evaluation.unitCount.after).toEqual(best.score.unitsAfter);
	});

	it('completes a half-done draft: keeps its group and adds the rest to the same scenario', async () => {
		const best = run.plans[0];
		const first = best.groups.find((g) => g.level === 'commune')!;
		const { scenarioId } = await acceptPlan(t.db, actor, {
			datasetId,
			groups: [{ level: first.level, members: first.members }],
			into: { name: 'Dở dang' }
		});
		const again = await runPlanner(t.db, { datasetId, keepScenarioId: scenarioId, options: { alternatives: 0 } });
		const kept = again.plans[0].groups.filter((g) => g.kept);
		expect(kept.map((g) => g.members)).toEqual([first.members]);
		expect(again.plans[0].uncovered).toEqual([]);
		const s0 = await getScenarioById(t.db, scenarioId);
		await acceptPlan(t.db, actor, {
			datasetId,
			groups: again.plans[0].groups.filter((g) => !g.kept).map((g) => ({ level: g.level, members: g.members })),
			into: { scenarioId, expectedVersion: s0.version }
		});
		const s1 = await getScenarioById(t.db, scenarioId);
		expect(s1.version).toBe(s0.version + 1);
		expect(s1.content.groups.length).toBe(again.plans[0].groups.length);
		const { evaluation } = await evaluateStored(t.db, s1);
		expect(evaluation.summary.mandatoryLeft).toBe(0);
	});
});
