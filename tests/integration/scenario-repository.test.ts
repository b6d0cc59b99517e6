/**
 * Scenario storage on a real SQLite file with the real migrations, through the scenario service (the rules) over the
 * repository (the SQL): optimistic versioning (two writers on one version), audit rows, undo/redo across saves,
 * duplicate, soft delete / restore / purge.
 */
import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/lib/server/db/database';
import { importDataset } from '../../src/lib/server/import';
import {
	getScenario,
	listScenarioAudit,
	listScenarios,
	listScenarioVersions
} from '../../src/lib/server/db/scenario.repository';
import {
	applyScenarioOps,
	createScenario,
	deleteScenario,
	duplicateScenario,
	listDatasetScenarios,
	purgeDeletedScenarios,
	redoScenario,
	restoreScenario,
	saveScenario,
	undoScenario,
	updateScenarioMeta
} from '../../src/lib/server/services/scenario.service';
import { ScenarioStateError, VersionConflictError } from '../../src/lib/domain/scenario/lifecycle';
import {
	addMember,
	emptyContent,
	newGroup,
	scenarioCatalog,
	type ScenarioContent
} from '../../src/lib/domain/scenario/model';
import { listUnits } from '../../src/lib/server/db/unit.repository';
import { lamDongFiles, tempDb } from '../helpers/db';

let t: Awaited<ReturnType<typeof tempDb>>;
let db: Db;
let datasetId: number;
let catalog: ReturnType<typeof scenarioCatalog>;
const DAY = 86_400_000;
const run = promisify(execFile);
/** The actor of a change. */
const as = (id: string) => ({ id, name: id });
const listDeletedScenarios = async (db: Db, datasetId: number) => (await listDatasetScenarios(db, datasetId)).deleted;

/** Expect a promise to reject with an error of a class; returns the error. */
async function rejection<E>(p: Promise<unknown>, cls: new (...a: never[]) => E): Promise<E> {
	try {
		await p;
	} catch (e) {
		expect(e).toBeInstanceOf(cls);
		return e as E;
	}
	throw new Error('expected a rejection');
}

beforeAll(async () => {
	t = await tempDb();
	db = t.db;
	datasetId = (await importDataset(db, lamDongFiles(), { name: 'Lâm Đồng 2023', createdBy: 'test' })).datasetId;
	catalog = scenarioCatalog(await listUnits(db, datasetId));
});
afterAll(async () => t?.cleanup());

/** Xã Đạ Oai (25111, subject 2023–2025) with its neighbour Xã Đạ Tồn (25108). */
const daOai = (): ScenarioContent => newGroup(emptyContent(), catalog, { id: 'g1', members: ['25111', '25108'] });

describe('create, get, list', () => {
	it('a new scenario is version 1, a draft, owned by its creator, with nothing to undo', async () => {
		const s = await createScenario(db, as('an'), { datasetId, name: 'Phương án 1' });
		expect(s).toMatchObject({
			datasetId,
			name: 'Phương án 1',
			status: 'draft',
			owner: 'an',
			version: 1,
			ruleSetId: 'nq35-2023',
			canUndo: false,
			canRedo: false,
			deletedAt: null
		});
		expect(s.content).toEqual({ groups: [], exemptions: [] });
		expect((await listScenarios(db, datasetId)).map((x) => x.id)).toContain(s.id);
		expect(await getScenario(db, 99_999)).toBeUndefined();
	});
	it('refuses an unknown dataset and an empty name', async () => {
		expect(
			(await rejection(createScenario(db, as('an'), { datasetId: 999, name: 'x' }), ScenarioStateError)).code
		).toBe('dataset_not_found');
		expect((await rejection(createScenario(db, as('an'), { datasetId, name: '  ' }), ScenarioStateError)).code).toBe(
			'bad_name'
		);
	});
});

describe('optimistic versioning', () => {
	it('two writers on one version: one succeeds, the other gets a conflict with the current version, nothing lost', async () => {
		const s = await createScenario(db, as('an'), { datasetId, name: 'Hai người sửa' });
		const base = daOai();
		const v2 = await saveScenario(db, as('an'), s.id, 1, base, 'g1');
		expect(v2.version).toBe(2);
		// Both load version 2 and edit it differently.
		const mine = addMember(v2.content, catalog, 'g1', '25117'); // + Xã Ma Đa Guôi
		const theirs = newGroup(v2.content, catalog, { id: 'g2', members: ['25147', '25138'] }); // Triệu Hải + Quảng Trị
		const results = await Promise.allSettled([
			saveScenario(db, as('an'), s.id, 2, mine, 'add 25117'),
			saveScenario(db, as('binh'), s.id, 2, theirs, 'new g2')
		]);
		const ok = results.filter((r) => r.status === 'fulfilled');
		const bad = results.filter((r) => r.status === 'rejected') as PromiseRejectedResult[];
		expect(ok).toHaveLength(1);
		expect(bad).toHaveLength(1);
		expect(bad[0].reason).toBeInstanceOf(VersionConflictError);
		expect(bad[0].reason).toMatchObject({ scenarioId: s.id, expectedVersion: 2, currentVersion: 3 });
		expect((bad[0].reason as VersionConflictError).messages.vi).toContain('phiên bản hiện tại 3');
		// The winner's change is stored; the loser reloads, re-applies on version 3 and saves: both changes are there.
		const now = (await getScenario(db, s.id))!;
		expect(now.version).toBe(3);
		expect(now.content).toEqual(mine);
		const retried = await saveScenario(
			db,
			as('binh'),
			s.id,
			3,
			newGroup(now.content, catalog, { id: 'g2', members: ['25147', '25138'] }),
			'new g2'
		);
		expect(retried.version).toBe(4);
		expect(retried.content.groups.map((g) => [g.id, g.members])).toEqual([
			['g1', ['25111', '25108', '25117']],
			['g2', ['25147', '25138']]
		]);
		expect((await listScenarioVersions(db, s.id)).map((v) => [v.version, v.op, v.who])).toEqual([
			[4, 'save', 'binh'],
			[3, 'save', 'an'],
			[2, 'save', 'an'],
			[1, 'create', 'an']
		]);
	});

	it('two processes on the same file (server and CLI): still exactly one winner', async () => {
		const s = await createScenario(db, as('an'), { datasetId, name: 'Hai tiến trình' });
		// Each child waits for the same instant, then saves a different content on version 1.
		const script = join(t.dir, 'writer.mts'); // ESM: top-level await
		writeFileSync(
			script,
			`import { openMigrated } from ${JSON.stringify(resolve('src/lib/server/db/database.ts'))};
import { saveScenario } from ${JSON.stringify(resolve('src/lib/server/services/scenario.service.ts'))};
import { VersionConflictError } from ${JSON.stringify(resolve('src/lib/domain/scenario/lifecycle.ts'))};
const as = (id) => ({ id, name: id });
const [path, id, who, members, at] = process.argv.slice(2);
const db = await openMigrated(path);
await new Promise((r) => setTimeout(r, Math.max(0, Number(at) - Date.now() - 5)));
while (Date.now() < Number(at)) {} // the last few ms spun, so both writes start together
try {
	const r = await saveScenario(db, as(who), Number(id), 1, { groups: [{ id: who, level: 'commune', members: members.split(','), name: null, kind: null, kindReason: null, keptCode: null, seatCode: null, phase: null, notes: '', locked: false }], exemptions: [] });
	console.log(JSON.stringify({ ok: r.version }));
} catch (e) {
	console.log(JSON.stringify(e instanceof VersionConflictError ? { conflict: e.currentVersion } : { error: String(e) }));
}
await db.destroy();
`
		);
		const at = String(Date.now() + 3000); // both children are up by then
		const child = (who: string, members: string) =>
			run('node_modules/.bin/tsx', [script, t.path, String(s.id), who, members, at]).then((r) =>
				JSON.parse(r.stdout.trim().split('\n').pop()!)
			);
		const results = await Promise.all([child('an', '25111,25108'), child('binh', '25147,25138')]);
		expect(results.filter((r) => r.ok === 2)).toHaveLength(1);
		expect(results.filter((r) => r.conflict === 2)).toHaveLength(1);
		const now = (await getScenario(db, s.id))!;
		expect(now.version).toBe(2);
		expect(now.content.groups).toHaveLength(1);
	});

	it('applyScenarioOps checks the version before running the ops (stale → conflict, not an op error)', async () => {
		const s = await createScenario(db, as('an'), { datasetId, name: 'Thao tác' });
		const r = await applyScenarioOps(db, as('an'), s.id, 1, [
			{ op: 'newGroup', id: 'g1', members: ['25111', '25108'] }
		]);
		expect(r.scenario.version).toBe(2);
		expect(r.evaluation.groups[0]).toMatchObject({
			id: 'g1',
			contiguous: true,
			roles: { '25111': 'mandatory', '25108': 'adjacent_partner' }
		});
		// The same op again on the stale version 1 would be an op error ("already in g1"); the conflict comes first.
		await rejection(
			applyScenarioOps(db, as('binh'), s.id, 1, [{ op: 'newGroup', id: 'g1', members: ['25111', '25108'] }]),
			VersionConflictError
		);
	});

	it('an unchanged content writes no version', async () => {
		const s = await createScenario(db, as('an'), { datasetId, name: 'Không đổi' });
		expect((await saveScenario(db, as('an'), s.id, 1, emptyContent())).version).toBe(1);
	});
});

describe('audit trail', () => {
	it('one row per change: who, when, scenario/group, field, before → after, with the op summary', async () => {
		const s = await createScenario(db, as('an'), { datasetId, name: 'Nhật ký' });
		await saveScenario(db, as('an'), s.id, 1, daOai(), 'newGroup g1');
		await saveScenario(db, as('binh'), s.id, 2, addMember(daOai(), catalog, 'g1', '25117'), 'addMember 25117 → g1');
		const rows = await listScenarioAudit(db, s.id);
		expect(rows.map((r) => [r.who, r.entity, r.entity_key, r.action, r.field])).toEqual([
			['binh', 'group', `${s.id}/g1`, 'update', 'members'],
			['an', 'group', `${s.id}/g1`, 'create', null],
			['an', 'scenario', String(s.id), 'create', null]
		]);
		const upd = rows[0];
		expect(JSON.parse(upd.before!)).toEqual(['25111', '25108']);
		expect(JSON.parse(upd.after!)).toEqual(['25111', '25108', '25117']);
		expect(upd.note).toBe('v3: save — addMember 25117 → g1');
		expect(upd.dataset_id).toBe(datasetId);
		expect(upd.at).toMatch(/^\d{4}-\d{2}-\d{2}T/);
	});
	it('a conflicting save writes no audit row', async () => {
		const s = await createScenario(db, as('an'), { datasetId, name: 'Nhật ký 2' });
		await saveScenario(db, as('an'), s.id, 1, daOai());
		const before = (await listScenarioAudit(db, s.id)).length;
		await rejection(
			saveScenario(db, as('binh'), s.id, 1, addMember(daOai(), catalog, 'g1', '25117')),
			VersionConflictError
		);
		expect((await listScenarioAudit(db, s.id)).length).toBe(before);
	});
});

describe('undo and redo across saves', () => {
	it('undo writes the previous content as a new version; redo brings it back; a new save clears redo', async () => {
		const s = await createScenario(db, as('an'), { datasetId, name: 'Hoàn tác' });
		const c2 = daOai();
		const c3 = newGroup(c2, catalog, { id: 'g2', members: ['25147', '25138'] });
		await saveScenario(db, as('an'), s.id, 1, c2, 'g1');
		let x = await saveScenario(db, as('an'), s.id, 2, c3, 'g2');
		expect(x).toMatchObject({ version: 3, canUndo: true, canRedo: false });

		x = await undoScenario(db, as('an'), s.id, 3);
		expect(x).toMatchObject({ version: 4, content: c2, canUndo: true, canRedo: true });
		x = await undoScenario(db, as('an'), s.id, 4);
		expect(x).toMatchObject({ version: 5, content: emptyContent(), canUndo: false, canRedo: true });
		expect((await rejection(undoScenario(db, as('an'), s.id, 5), ScenarioStateError)).code).toBe('nothing_to_undo');

		x = await redoScenario(db, as('an'), s.id, 5);
		expect(x).toMatchObject({ version: 6, content: c2, canRedo: true });
		x = await redoScenario(db, as('an'), s.id, 6);
		expect(x).toMatchObject({ version: 7, content: c3, canRedo: false });
		expect((await rejection(redoScenario(db, as('an'), s.id, 7), ScenarioStateError)).code).toBe('nothing_to_redo');

		// undo, then a different save: redo is gone, undo goes back to the state the save was made on
		x = await undoScenario(db, as('an'), s.id, 7);
		const c9 = addMember(x.content, catalog, 'g1', '25117');
		x = await saveScenario(db, as('an'), s.id, 8, c9, '+25117');
		expect(x).toMatchObject({ version: 9, canRedo: false });
		x = await undoScenario(db, as('an'), s.id, 9);
		expect(x.content).toEqual(c2);
		expect((await listScenarioVersions(db, s.id)).map((v) => v.op)).toEqual([
			'undo',
			'save',
			'undo',
			'redo',
			'redo',
			'undo',
			'undo',
			'save',
			'save',
			'create'
		]);
	});
	it('undo and redo are conflict-checked and audited', async () => {
		const s = await createScenario(db, as('an'), { datasetId, name: 'Hoàn tác 2' });
		await saveScenario(db, as('an'), s.id, 1, daOai());
		await rejection(undoScenario(db, as('binh'), s.id, 1), VersionConflictError);
		await undoScenario(db, as('binh'), s.id, 2);
		const rows = await listScenarioAudit(db, s.id);
		// newest first; rows of one change share its time and note
		expect(
			rows
				.slice(0, 2)
				.map((r) => [r.who, r.entity, r.action, r.field])
				.sort()
		).toEqual([
			['binh', 'group', 'delete', null],
			['binh', 'scenario', 'undo', 'version']
		]);
		expect(rows[0].note).toBe(rows[1].note);
		expect(rows[0].note).toMatch(/^v3: undo — → v1/);
	});
});

describe('duplicate, rename', () => {
	it('copies the current content as a new draft "Bản sao của …", independent of the original', async () => {
		const s = await createScenario(db, as('an'), { datasetId, name: 'Gốc' });
		await saveScenario(db, as('an'), s.id, 1, daOai());
		const copy = await duplicateScenario(db, as('binh'), s.id);
		expect(copy).toMatchObject({
			name: 'Bản sao của Gốc',
			status: 'draft',
			version: 1,
			owner: 'binh',
			copiedFrom: s.id,
			content: daOai()
		});
		await saveScenario(db, as('binh'), copy.id, 1, emptyContent());
		expect((await getScenario(db, s.id))!.content).toEqual(daOai());
		expect((await listScenarioVersions(db, copy.id))[1]).toMatchObject({ op: 'duplicate', summary: `#${s.id} v2` });
	});
	it('rename is audited and does not change the version', async () => {
		const s = await createScenario(db, as('an'), { datasetId, name: 'Tên cũ' });
		const r = await updateScenarioMeta(db, as('binh'), s.id, { name: 'Tên mới', description: 'Mô tả' });
		expect(r).toMatchObject({ name: 'Tên mới', description: 'Mô tả', version: 1, updatedBy: 'binh' });
		expect(
			(await listScenarioAudit(db, s.id))
				.slice(0, 2)
				.map((a) => a.field)
				.sort()
		).toEqual(['description', 'name']);
	});
	it('an approved scenario is frozen', async () => {
		const s = await createScenario(db, as('an'), { datasetId, name: 'Đã duyệt' });
		await db.updateTable('scenarios').set({ status: 'approved' }).where('id', '=', s.id).execute();
		expect((await rejection(saveScenario(db, as('an'), s.id, 1, daOai()), ScenarioStateError)).code).toBe('frozen');
		expect((await duplicateScenario(db, as('an'), s.id)).status).toBe('draft');
	});
});

describe('submitted for review', () => {
	it('a submitted scenario is frozen too: save, ops and undo refused, nothing written; a copy is a draft', async () => {
		const s = await createScenario(db, as('an'), { datasetId, name: 'Đã trình' });
		await saveScenario(db, as('an'), s.id, 1, daOai());
		await db.updateTable('scenarios').set({ status: 'submitted' }).where('id', '=', s.id).execute();
		const versions = (await listScenarioVersions(db, s.id)).length;
		// One at a time: on PostgreSQL (a pool) three started together run at once, and a refusal not yet awaited
		// would be an unhandled rejection.
		for (const p of [
			() => saveScenario(db, as('an'), s.id, 2, emptyContent()),
			() => applyScenarioOps(db, as('an'), s.id, 2, [{ op: 'deleteGroup', groupId: 'g1' }]),
			() => undoScenario(db, as('an'), s.id, 2)
		])
			expect((await rejection(p(), ScenarioStateError)).code).toBe('frozen');
		expect((await listScenarioVersions(db, s.id)).length).toBe(versions);
		expect((await duplicateScenario(db, as('binh'), s.id)).status).toBe('draft');
	});
});

describe('soft delete, restore within 30 days, purge', () => {
	it('a deleted scenario leaves the list, shows as recently deleted, cannot be edited, and comes back on restore', async () => {
		const s = await createScenario(db, as('an'), { datasetId, name: 'Xoá thử' });
		const d = await deleteScenario(db, as('binh'), s.id);
		expect(d).toMatchObject({ deletedBy: 'binh' });
		expect((await listScenarios(db, datasetId)).map((x) => x.id)).not.toContain(s.id);
		const deleted = await listDeletedScenarios(db, datasetId);
		expect(deleted.find((x) => x.id === s.id)).toMatchObject({ deletedBy: 'binh' });
		expect(Date.parse(deleted.find((x) => x.id === s.id)!.purgeAfter!) - Date.parse(d.deletedAt!)).toBe(30 * DAY);
		expect((await rejection(saveScenario(db, as('an'), s.id, 1, daOai()), ScenarioStateError)).code).toBe('deleted');
		const r = await restoreScenario(db, as('an'), s.id);
		expect(r.deletedAt).toBeNull();
		expect((await listScenarios(db, datasetId)).map((x) => x.id)).toContain(s.id);
		expect((await rejection(restoreScenario(db, as('an'), s.id), ScenarioStateError)).code).toBe('not_deleted');
		expect((await listScenarioAudit(db, s.id)).slice(0, 2).map((a) => a.action)).toEqual(['restore', 'delete']);
	});
	it('after 30 days: no longer listed, cannot be restored, and purge removes it with its versions', async () => {
		const s = await createScenario(db, as('an'), { datasetId, name: 'Xoá lâu' });
		await saveScenario(db, as('an'), s.id, 1, daOai());
		const then = new Date(Date.now() - 31 * DAY);
		await deleteScenario(db, as('an'), s.id, { now: then });
		expect((await listDeletedScenarios(db, datasetId)).map((x) => x.id)).not.toContain(s.id);
		expect((await rejection(restoreScenario(db, as('an'), s.id), ScenarioStateError)).code).toBe('restore_expired');
		const recent = await createScenario(db, as('an'), { datasetId, name: 'Xoá gần đây' });
		await deleteScenario(db, as('an'), recent.id);
		const purged = await purgeDeletedScenarios(db, as('system'));
		expect(purged).toContain(s.id);
		expect(purged).not.toContain(recent.id);
		expect(await getScenario(db, s.id)).toBeUndefined();
		expect(await listScenarioVersions(db, s.id)).toEqual([]);
		expect((await listScenarioAudit(db, s.id))[0]).toMatchObject({ action: 'purge', who: 'system' });
	});
});
