/**
 * Issue 14 item 2: a scenario version stores its change (a delta) and, every SCENARIO_CHECKPOINT_EVERY versions, the
 * whole content (migration 2026-12-03_010). What existed must keep its meaning: every version reads back as it was
 * saved, undo and redo walk back and forth across checkpoints, a stale version is a conflict with nothing written, a
 * submitted scenario stays frozen, another app instance (another handle with its own cache) reads the latest head,
 * and scenarios stored before the migration (a whole content per version) stay readable and undoable. Runs on
 * PostgreSQL with TEST_DATABASE_URL.
 */
import { Migrator, sql, type Migration } from 'kysely';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { migrations } from '../../migrations/index.ts';
import {
	blankGroup,
	contentJson,
	ScenarioStateError,
	VersionConflictError,
	type ScenarioContent
} from '../../src/lib/domain/scenario';
import { dialectOf, migrateToLatest, openDatabase, type Db } from '../../src/lib/server/db/database';
import { listAdjacency } from '../../src/lib/server/db/adjacency.repository';
import { getScenario, getScenarioVersion } from '../../src/lib/server/db/scenario.repository';
import { seedDemo } from '../../src/lib/server/demo';
import { moveScenarioStatus } from '../../src/lib/server/services/review.service';
import { contentAt } from '../../src/lib/server/services/scenario-content-cache';
import {
	applyScenarioOps,
	createScenario,
	redoScenario,
	saveScenario,
	undoScenario
} from '../../src/lib/server/services/scenario.service';
import { openMigrated, tempDb, tempPgSchema, testDialect } from '../helpers/db';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const actor = { id: 'an', name: 'An' };
const json = (c: ScenarioContent) => contentJson(c);

describe('scenario versions as changes and checkpoints', () => {
	let t: Awaited<ReturnType<typeof tempDb>>;
	let db: Db;
	/** A second handle on the same database: another app instance with its own content cache. */
	let other: Db;
	let datasetId: number;
	let pairs: [string, string][];
	const prevEvery = process.env.SCENARIO_CHECKPOINT_EVERY;

	beforeAll(async () => {
		t = await tempDb();
		db = t.db;
		datasetId = (await seedDemo(db, { communes: 150, seed: 5 })).datasetId;
		other = await openMigrated(t.path);
		const taken = new Set<string>();
		pairs = [];
		for (const e of await listAdjacency(db, datasetId, 'commune')) {
			if (taken.has(e.a_code) || taken.has(e.b_code)) continue;
			taken.add(e.a_code).add(e.b_code);
			pairs.push([e.a_code, e.b_code]);
		}
	}, 60_000);
	afterAll(async () => {
		await other?.destroy();
		await t?.cleanup();
	});
	beforeEach(() => void (process.env.SCENARIO_CHECKPOINT_EVERY = '3'));
	afterEach(() => {
		if (prevEvery === undefined) delete process.env.SCENARIO_CHECKPOINT_EVERY;
		else process.env.SCENARIO_CHECKPOINT_EVERY = prevEvery;
	});

	const rows = (id: number) =>
		db
			.selectFrom('scenario_versions')
			.select(['version', 'content', 'delta', 'checkpoint'])
			.where('scenario_id', '=', id)
			.orderBy('version')
			.execute();

	/** A scenario with ten saved clicks; the content of each version as the edit answered it. */
	async function tenClicks(name: string) {
		const s = await createScenario(db, actor, { datasetId, name });
		const states: Record<number, string> = { 1: json(s.content) };
		let v = s.version;
		for (let i = 0; i < 10; i++) {
			const ops =
				i % 3 === 0
					? [{ op: 'newGroup' as const, id: `g${i}`, level: 'commune' as const, members: pairs[i] }]
					: i % 3 === 1
						? [{ op: 'setGroupFields' as const, groupId: `g${i - 1}`, fields: { name: `Nhóm ${i}` } }]
						: [{ op: 'removeMember' as const, groupId: `g${i - 2}`, code: pairs[i - 2][1] }];
			const r = await applyScenarioOps(db, actor, s.id, v, ops);
			v = r.scenario.version;
			states[v] = json(r.scenario.content);
		}
		return { id: s.id, states, version: v };
	}

	it('stores a change per version and the whole content every 3 versions; every version reads back as saved', async () => {
		const { id, states } = await tenClicks('Checkpoints');
		const stored = await rows(id);
		expect(stored.filter((r) => r.checkpoint).map((r) => r.version)).toEqual([1, 4, 7, 10]);
		for (const r of stored) {
			expect(r.delta === null).toBe(r.version === 1);
			if (!r.checkpoint) expect(r.content).toBe('');
			else expect(r.content).toBe(states[r.version]);
		}
		// Read through another handle (nothing cached there): the head and every version.
		expect(json((await getScenario(other, id))!.content)).toBe(states[11]);
		for (let v = 1; v <= 11; v++) expect(json((await getScenarioVersion(other, id, v))!.content)).toBe(states[v]);
	});

	it('undo back to the first version and redo to the last, across checkpoints, as one handler', async () => {
		const { id, states } = await tenClicks('Undo redo');
		let v = 11;
		const seen: Record<number, string> = { ...states };
		for (let state = 10; state >= 1; state--) {
			const s = await undoScenario(db, actor, id, v);
			v = s.version;
			expect(json(s.content)).toBe(states[state]);
			expect(json((await getScenario(other, id))!.content)).toBe(states[state]);
			seen[v] = states[state];
		}
		await expect(undoScenario(db, actor, id, v)).rejects.toMatchObject({ code: 'nothing_to_undo' });
		for (let state = 2; state <= 11; state++) {
			// Every other redo through the other instance: its cache is stale, it must read what this one wrote.
			const s = await redoScenario(state % 2 ? other : db, actor, id, v);
			v = s.version;
			expect(json(s.content)).toBe(states[state]);
			seen[v] = states[state];
		}
		await expect(redoScenario(db, actor, id, v)).rejects.toMatchObject({ code: 'nothing_to_redo' });
		expect(v).toBe(31);
		const stored = await rows(id);
		expect(stored.filter((r) => r.checkpoint).map((r) => r.version)).toEqual([1, 4, 7, 10, 13, 16, 19, 22, 25, 28, 31]);
		for (let k = 1; k <= 31; k++) expect(json((await getScenarioVersion(other, id, k))!.content)).toBe(seen[k]);
		// An undo after the redos still finds the change of the state it leaves.
		expect(json((await undoScenario(db, actor, id, v)).content)).toBe(states[10]);
	});

	it('a stale version is a conflict and writes nothing, also when another instance wrote across a checkpoint', async () => {
		const { id, states, version } = await tenClicks('Conflicts');
		await contentAt(other, (await getScenario(other, id))!); // the other instance has the head cached
		const op = [{ op: 'newGroup' as const, id: 'x1', level: 'commune' as const, members: pairs[20] }];
		await expect(applyScenarioOps(db, actor, id, version - 1, op)).rejects.toBeInstanceOf(VersionConflictError);
		// Two writes here (the second a checkpoint: 12 - 10 < 3, 13 - 10 = 3), then the other instance edits on an old one.
		const a = await applyScenarioOps(db, actor, id, version, op);
		const b = await applyScenarioOps(db, actor, id, a.scenario.version, [
			{ op: 'setGroupFields', groupId: 'x1', fields: { notes: 'ghi chú' } }
		]);
		expect(b.scenario.version).toBe(13);
		const before = (await rows(id)).length;
		await expect(applyScenarioOps(other, actor, id, version, [{ op: 'deleteGroup', groupId: 'g0' }])).rejects.toThrow(
			VersionConflictError
		);
		await expect(undoScenario(other, actor, id, a.scenario.version)).rejects.toBeInstanceOf(VersionConflictError);
		await expect(saveScenario(other, actor, id, version, { groups: [], exemptions: [] })).rejects.toBeInstanceOf(
			VersionConflictError
		);
		expect(await rows(id)).toHaveLength(before);
		// On the current version the other instance starts from what was written here, not from its cached copy.
		const c = await applyScenarioOps(other, actor, id, 13, [{ op: 'deleteGroup', groupId: 'g0' }]);
		expect(c.scenario.content.groups.map((g) => g.id)).toEqual(['g3', 'g6', 'g9', 'x1']);
		expect(c.scenario.content.groups.find((g) => g.id === 'x1')!.notes).toBe('ghi chú');
		expect(json((await getScenario(db, id))!.content)).toBe(json(c.scenario.content));
		expect(states[11]).not.toBe(json(c.scenario.content));
	});

	it('a submitted scenario stays frozen: no op, save, undo or redo, its content as it was', async () => {
		const { id, states, version } = await tenClicks('Frozen');
		const s = await moveScenarioStatus(db, { id: 'an', name: 'An', role: 'editor', datasets: null } as never, id, {
			to: 'submitted'
		});
		expect(s.status).toBe('submitted');
		expect(json(s.content)).toBe(states[version]);
		const frozen = { code: 'frozen' };
		const op = [{ op: 'deleteGroup' as const, groupId: 'g0' }];
		await expect(applyScenarioOps(db, actor, id, version, op)).rejects.toMatchObject(frozen);
		await expect(applyScenarioOps(other, actor, id, version, op)).rejects.toBeInstanceOf(ScenarioStateError);
		await expect(undoScenario(db, actor, id, version)).rejects.toMatchObject(frozen);
		await expect(redoScenario(db, actor, id, version)).rejects.toMatchObject(frozen);
		await expect(saveScenario(db, actor, id, version, { groups: [], exemptions: [] })).rejects.toMatchObject(frozen);
		expect((await rows(id)).length).toBe(version);
		expect(json((await getScenario(other, id))!.content)).toBe(states[version]);
	});

	it('a whole content saved (form, plan) stores only the groups it changed, and an unchanged one writes nothing', async () => {
		const { id, version } = await tenClicks('Whole save');
		const head = (await getScenario(other, id))!;
		const renamed = structuredClone(head.content);
		renamed.groups[1].name = 'Tên mới';
		const s = await saveScenario(other, actor, id, version, renamed);
		expect(s.version).toBe(version + 1);
		const last = (await rows(id)).at(-1)!;
		expect(JSON.parse(last.delta!).g).toEqual([[1, [JSON.parse(json(head.content)).groups[1]], [s.content.groups[1]]]]);
		expect((await saveScenario(db, actor, id, s.version, structuredClone(s.content))).version).toBe(s.version);
	});
});

describe('migration 2026-12-03_010: scenarios stored before it (a whole content per version)', () => {
	it('read back, edit and undo to a version saved before it', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'sapxep-oplog-'));
		const pg = testDialect === 'postgres' ? await tempPgSchema() : null;
		const { db } = openDatabase(pg ? pg.url : join(dir, 'old.db'));
		try {
			const before = Object.fromEntries(
				Object.entries(migrations).filter(([name]) => name < '2026-12-03_010')
			) as Record<string, Migration>;
			const migrationTableSchema =
				dialectOf(db) === 'postgres'
					? (await sql<{ s: string }>`select current_schema() as s`.execute(db)).rows[0].s
					: undefined;
			const old = new Migrator({ db, provider: { getMigrations: async () => before }, migrationTableSchema });
			const r = await old.migrateToLatest();
			expect(r.error).toBeUndefined();
			const datasetId = (await seedDemo(db, { communes: 150, seed: 5 })).datasetId;
			const [a, b] = (await listAdjacency(db, datasetId, 'commune')).map((e) => e.a_code);
			const v1 = { groups: [], exemptions: [] };
			const v2 = { groups: [blankGroup('g1', 'commune', [a, b])], exemptions: [] };
			const at = new Date().toISOString();
			// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the tables as they were before the migration
			const raw = db as any;
			const { id } = await raw
				.insertInto('scenarios')
				.values({
					dataset_id: datasetId,
					name: 'Cũ',
					owner: 'an',
					version: 2,
					content: JSON.stringify(v2),
					state_version: 2,
					redo_states: '[]',
					created_at: at,
					created_by: 'an',
					updated_at: at,
					updated_by: 'an'
				})
				.returning('id')
				.executeTakeFirstOrThrow();
			const version = (v: number, content: unknown, op: string, parent: number | null) => ({
				scenario_id: id,
				version: v,
				content: JSON.stringify(content),
				at,
				who: 'an',
				op,
				summary: null,
				state_version: v,
				parent_state: parent
			});
			await raw
				.insertInto('scenario_versions')
				.values([version(1, v1, 'create', null), version(2, v2, 'save', 1)])
				.execute();

			expect(await migrateToLatest(db)).toEqual(['2026-12-03_010_scenario_op_log']);
			const s = (await getScenario(db, id))!;
			expect(s.content).toEqual(v2);
			expect((await getScenarioVersion(db, id, 1))!.content).toEqual(v1);
			// Undo to the version saved before the migration (its state has no stored change: read whole), then redo.
			const u = await undoScenario(db, actor, id, 2);
			expect(u.content).toEqual(v1);
			const r2 = await redoScenario(db, actor, id, u.version);
			expect(r2.content).toEqual(v2);
			const e = await applyScenarioOps(db, actor, id, r2.version, [{ op: 'deleteGroup', groupId: 'g1' }]);
			expect(e.scenario.content).toEqual(v1);
			expect((await getScenario(db, id))!.content).toEqual(v1);
			// And down again: the scenario row and every version hold their whole content, as before the migration.
			const all = new Migrator({ db, provider: { getMigrations: async () => migrations }, migrationTableSchema });
			expect((await all.migrateDown()).error).toBeUndefined();
			const row = await raw.selectFrom('scenarios').select('content').where('id', '=', id).executeTakeFirstOrThrow();
			expect(JSON.parse(row.content)).toEqual(v1);
			const versions = await raw
				.selectFrom('scenario_versions')
				.select('content')
				.where('scenario_id', '=', id)
				.orderBy('version')
				.execute();
			expect(versions.map((x: { content: string }) => JSON.parse(x.content))).toEqual([v1, v2, v1, v2, v1]);
		} finally {
			await db.destroy();
			await pg?.drop();
			rmSync(dir, { recursive: true, force: true });
		}
	}, 60_000);
});
