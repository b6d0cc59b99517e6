/**
 * Issue 14 item 2: an edit takes the content it starts from out of the content cache instead of reading and parsing
 * the whole content again. The cached copy must be exactly what the database holds: after ops (of every kind), after
 * a whole-content save, after undo and redo; and a change made through another app instance on the same database
 * (another handle, another cache) must be seen at once, never overwritten from a stale copy. Runs on PostgreSQL with
 * TEST_DATABASE_URL.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openMigrated, type Db } from '../../src/lib/server/db/database';
import { seedDemo } from '../../src/lib/server/demo';
import { getScenario } from '../../src/lib/server/db/scenario.repository';
import { listAdjacency } from '../../src/lib/server/db/adjacency.repository';
import { cachedContent } from '../../src/lib/server/services/scenario-content-cache';
import {
	applyScenarioOps,
	createScenario,
	redoScenario,
	saveScenario,
	undoScenario
} from '../../src/lib/server/services/scenario.service';
import { VersionConflictError, type ScenarioOp } from '../../src/lib/domain/scenario';
import { tempDb } from '../helpers/db';

const actor = { id: 'an', name: 'An' };

describe('the scenario content cache', () => {
	let t: Awaited<ReturnType<typeof tempDb>>;
	let db: Db;
	/** A second handle on the same database: another app instance with its own cache. */
	let other: Db;
	let datasetId: number;
	let pairs: [string, string][];

	beforeAll(async () => {
		t = await tempDb();
		db = t.db;
		datasetId = (await seedDemo(db, { communes: 150, seed: 5 })).datasetId;
		other = await openMigrated(t.path);
		const edges = await listAdjacency(db, datasetId, 'commune');
		const taken = new Set<string>();
		pairs = [];
		for (const e of edges) {
			if (taken.has(e.a_code) || taken.has(e.b_code)) continue;
			taken.add(e.a_code).add(e.b_code);
			pairs.push([e.a_code, e.b_code]);
		}
	}, 60_000);
	afterAll(async () => {
		await other?.destroy();
		await t?.cleanup();
	});

	/** The cached content of a scenario equals, strictly, the content read from the database. */
	async function expectCacheExact(handle: Db, id: number) {
		const stored = (await getScenario(handle, id))!;
		const hit = cachedContent(handle, { id, version: stored.version, updatedAt: stored.updatedAt });
		expect(hit).toBeDefined();
		expect(hit).toStrictEqual(stored.content);
		return stored;
	}

	it('after ops of every kind, a save, undo and redo, the cached content is the stored content', async () => {
		const s = await createScenario(db, actor, { datasetId, name: 'Cache' });
		let v = s.version;
		const batches: ScenarioOp[][] = [
			[{ op: 'newGroup', id: 'g1', level: 'commune', members: pairs[0] }],
			[{ op: 'newGroup', level: 'commune', members: [pairs[1][0]] }],
			[{ op: 'addMember', groupId: 'g2', code: pairs[1][1] }],
			[{ op: 'setGroupFields', groupId: 'g1', fields: { name: 'Xã Mới', keptCode: pairs[0][1], notes: 'ghi chú' } }],
			[{ op: 'lockGroup', groupId: 'g1', locked: true }],
			[{ op: 'setExemption', code: pairs[2][0], reasonCode: 'special_factors', justification: 'Lý do' }],
			[{ op: 'removeMember', groupId: 'g2', code: pairs[1][1] }],
			[{ op: 'deleteGroup', groupId: 'g2' }],
			[{ op: 'clearExemption', code: pairs[2][0] }]
		];
		for (const ops of batches) {
			const r = await applyScenarioOps(db, actor, s.id, v, ops);
			expect(r.scenario.version).toBe(v + 1);
			v = r.scenario.version;
			await expectCacheExact(db, s.id);
		}
		const saved = await saveScenario(db, actor, s.id, v, {
			groups: [{ id: 'x', level: 'commune', members: pairs[3] }] as never,
			exemptions: []
		});
		v = saved.version;
		expect((await expectCacheExact(db, s.id)).content.groups.map((g) => g.id)).toEqual(['x']);
		v = (await undoScenario(db, actor, s.id, v)).version;
		expect((await expectCacheExact(db, s.id)).content.groups.map((g) => g.id)).toEqual(['g1']);
		expect((await redoScenario(db, actor, s.id, v)).version).toBe(v + 1);
		expect((await expectCacheExact(db, s.id)).content.groups.map((g) => g.id)).toEqual(['x']);
	});

	it('an edit through another instance is seen: the next edit here starts from its content, not the cached one', async () => {
		const s = await createScenario(db, actor, { datasetId, name: 'Hai nơi' });
		const a = await applyScenarioOps(db, actor, s.id, s.version, [
			{ op: 'newGroup', id: 'a', level: 'commune', members: pairs[4] }
		]);
		await expectCacheExact(db, s.id);
		// The other instance adds a group on the version this instance cached.
		const b = await applyScenarioOps(other, actor, s.id, a.scenario.version, [
			{ op: 'newGroup', id: 'b', level: 'commune', members: pairs[5] }
		]);
		// This instance, still holding the older copy, is refused on the old version and builds on the new one.
		await expect(
			applyScenarioOps(db, actor, s.id, a.scenario.version, [{ op: 'deleteGroup', groupId: 'a' }])
		).rejects.toBeInstanceOf(VersionConflictError);
		const c = await applyScenarioOps(db, actor, s.id, b.scenario.version, [
			{ op: 'newGroup', id: 'c', level: 'commune', members: pairs[6] }
		]);
		const stored = await expectCacheExact(db, s.id);
		expect(stored.content.groups.map((g) => g.id)).toEqual(['a', 'b', 'c']);
		expect(c.evaluation.summary.groups).toBe(3);
	});
});
