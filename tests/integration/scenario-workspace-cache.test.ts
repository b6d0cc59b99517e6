/**
 * Issue 14 item 2: the scenario workspace (units, adjacency, compiled rules with the administrator's overrides) is
 * kept in memory and shared by requests, and any change of a dataset's units, adjacency, settings or overrides gives
 * a new one, also when the change is made by another app instance on the same database (the key comes from the
 * database: datasets.data_version, migration 055, and the overrides in force). Runs on PostgreSQL with
 * TEST_DATABASE_URL.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openMigrated, type Db } from '../../src/lib/server/db/database';
import { seedDemo } from '../../src/lib/server/demo';
import { getDataset, updateDataset } from '../../src/lib/server/db/dataset.repository';
import { updateUnits } from '../../src/lib/server/db/unit.repository';
import { setManualEdge } from '../../src/lib/server/db/adjacency.repository';
import { setOverride } from '../../src/lib/server/db/rule-override.repository';
import { cachedWorkspaceKeys, loadWorkspace } from '../../src/lib/server/services/scenario-workspace';
import { applyScenarioOps, createScenario } from '../../src/lib/server/services/scenario.service';
import { tempDb } from '../helpers/db';

describe('the shared scenario workspace', () => {
	let t: Awaited<ReturnType<typeof tempDb>>;
	let db: Db;
	/** A second handle on the same database: another app instance. */
	let other: Db;
	let datasetId: number;
	const rs = 'nq35-2023';

	beforeAll(async () => {
		t = await tempDb();
		db = t.db;
		datasetId = (await seedDemo(db, { communes: 150, seed: 3 })).datasetId;
		other = await openMigrated(t.path);
	}, 60_000);
	afterAll(async () => {
		await other?.destroy();
		await t?.cleanup();
	});

	it('is shared by requests while nothing changes (one load, then the same object)', async () => {
		const a = await loadWorkspace(db, datasetId, rs);
		const b = await loadWorkspace(db, datasetId, rs);
		expect(b).toBe(a);
		expect(a.key).toContain(`${datasetId}|`);
		expect(cachedWorkspaceKeys(db)).toEqual([a.key]);
	});

	it('a unit edit (through another instance) bumps data_version and gives a new workspace with the new figure', async () => {
		const before = await loadWorkspace(db, datasetId, rs);
		const v0 = (await getDataset(db, datasetId))!.data_version;
		const code = before.units.find((u) => u.level === 'commune')!.code;
		await updateUnits(other, datasetId, [{ code, patch: { population: 123_456 } }], 'an');
		expect((await getDataset(db, datasetId))!.data_version).toBe(v0 + 1);
		const after = await loadWorkspace(db, datasetId, rs);
		expect(after).not.toBe(before);
		expect(after.units.find((u) => u.code === code)!.population).toBe(123_456);
		expect(after.basis.units.get(code)!.population).toBe(123_456);
		// An edit that changes nothing does not count.
		await updateUnits(other, datasetId, [{ code, patch: { population: 123_456 } }], 'an');
		expect(await loadWorkspace(db, datasetId, rs)).toBe(after);
	});

	it('an adjacency correction gives a new workspace with the edge', async () => {
		const before = await loadWorkspace(db, datasetId, rs);
		const communes = before.units.filter((u) => u.level === 'commune').map((u) => u.code);
		const [a, b] = [communes[0], communes[communes.length - 1]];
		expect(before.basis.adjacency.commune!.isAdjacent(a, b)).toBe(false);
		await setManualEdge(other, datasetId, 'commune', a, b, 'add', 'phà qua sông', 'an');
		const after = await loadWorkspace(db, datasetId, rs);
		expect(after).not.toBe(before);
		expect(after.basis.adjacency.commune!.isAdjacent(a, b)).toBe(true);
	});

	it('a dataset setting (default terrain) gives a new workspace', async () => {
		const before = await loadWorkspace(db, datasetId, rs);
		const terrain = before.dataset.default_terrain === 'mountainous' ? 'other' : 'mountainous';
		await updateDataset(other, datasetId, { default_terrain: terrain }, 'an');
		const after = await loadWorkspace(db, datasetId, rs);
		expect(after).not.toBe(before);
		expect(after.basis.ctx.defaultTerrain).toBe(terrain);
	});

	it("an administrator's override of the rule set gives a new workspace carrying it", async () => {
		const before = await loadWorkspace(db, datasetId, rs);
		await setOverride(other, rs, 'data.area_difference_warn', 0.1, 'thử ngưỡng 10%', 'admin', 0.05);
		const after = await loadWorkspace(db, datasetId, rs);
		expect(after).not.toBe(before);
		expect(after.overrides).toContainEqual({ key: 'data.area_difference_warn', value: 0.1 });
		// Another rule set's workspace is its own entry.
		expect((await loadWorkspace(db, datasetId, 'nq76-2025')).key).not.toBe(after.key);
	});

	it('is bounded: least recently used workspaces are dropped (SCENARIO_WORKSPACE_CACHE)', async () => {
		process.env.SCENARIO_WORKSPACE_CACHE = '2';
		try {
			await loadWorkspace(db, datasetId, rs, { phases: ['2023-2025'] });
			await loadWorkspace(db, datasetId, rs, { phases: ['2026-2030'] });
			await loadWorkspace(db, datasetId, rs, { phases: ['2023-2025', '2026-2030'] });
			expect(cachedWorkspaceKeys(db)).toHaveLength(2);
		} finally {
			delete process.env.SCENARIO_WORKSPACE_CACHE;
		}
	});

	it('an ops request answers the groups it changed and the totals, evaluated on the shared workspace', async () => {
		const ws = await loadWorkspace(db, datasetId, rs);
		const edges = [...ws.adjacency.commune];
		const [e1, e2] = [
			edges[0],
			edges.find((e) => ![edges[0].a, edges[0].b].includes(e.a) && ![edges[0].a, edges[0].b].includes(e.b))!
		];
		const s = await createScenario(
			db,
			{ id: 'an', name: 'An' },
			{
				datasetId,
				name: 'Hai nhóm',
				content: {
					groups: [
						{ id: 'g1', level: 'commune', members: [e1.a, e1.b] },
						{ id: 'g2', level: 'commune', members: [e2.a, e2.b] }
					],
					exemptions: []
				}
			}
		);
		const r = await applyScenarioOps(db, { id: 'an', name: 'An' }, s.id, 1, [
			{ op: 'setGroupFields', groupId: 'g2', fields: { name: 'Xã Hợp Nhất' } }
		]);
		expect(r.evaluation.groups.map((g) => g.id)).toEqual(['g2']);
		expect(r.evaluation.groups[0].name).toBe('Xã Hợp Nhất');
		expect(r.evaluation.summary.groups).toBe(2);
		expect(r.evaluation.removedGroups).toEqual([]);
		const d = await applyScenarioOps(db, { id: 'an', name: 'An' }, s.id, 2, [{ op: 'deleteGroup', groupId: 'g1' }]);
		expect(d.evaluation.groups).toEqual([]);
		expect(d.evaluation.removedGroups).toEqual(['g1']);
		expect(d.evaluation.summary.groups).toBe(1);
	});
});
