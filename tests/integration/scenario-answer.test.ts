/**
 * Issue 14 item 5: GET /api/scenarios/[sid] (a scenario and its whole evaluation) is made once per state and kept,
 * serialised and compressed, so 50 readers do not each evaluate, stringify and compress it. Kept answers must never
 * be stale: an edit, a rename, a deletion, another rule set or other phases each give the answer of the new state.
 * Runs on PostgreSQL with TEST_DATABASE_URL.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { brotliDecompressSync } from 'node:zlib';
import type { KyselyPlugin } from 'kysely';
import { openMigrated, type Db } from '../../src/lib/server/db/database';
import { seedDemo } from '../../src/lib/server/demo';
import { scenarioAnswer } from '../../src/lib/server/scenario-answer';
import {
	applyScenarioOps,
	createScenario,
	deleteScenario,
	updateScenarioMeta
} from '../../src/lib/server/services/scenario.service';
import { listAdjacency } from '../../src/lib/server/db/adjacency.repository';
import { tempDb } from '../helpers/db';

const actor = { id: 'an', name: 'An' };

describe('the kept answer of GET /api/scenarios/[sid]', () => {
	let t: Awaited<ReturnType<typeof tempDb>>;
	let db: Db;
	let datasetId: number;
	let pair: [string, string];

	beforeAll(async () => {
		t = await tempDb();
		db = t.db;
		datasetId = (await seedDemo(db, { communes: 150, seed: 9 })).datasetId;
		const e = (await listAdjacency(db, datasetId, 'commune'))[0];
		pair = [e.a_code, e.b_code];
	}, 60_000);
	afterAll(async () => {
		await t?.cleanup();
	});

	const get = async (id: number, headers: Record<string, string> = {}, phases?: ['2023-2025', '2026-2030']) => {
		const r = await scenarioAnswer(db, new Request('http://x/', { headers }), id, phases);
		const raw = Buffer.from(await r.arrayBuffer());
		const text = r.headers.get('content-encoding') === 'br' ? brotliDecompressSync(raw).toString() : raw.toString();
		return { status: r.status, etag: r.headers.get('etag')!, encoding: r.headers.get('content-encoding'), text };
	};

	it('the same state answers the same body (compressed when asked), 304 to its ETag; every change a new answer', async () => {
		const s = await createScenario(db, actor, { datasetId, name: 'Đọc nhiều' });
		const a = await get(s.id);
		const b = await get(s.id, { 'accept-encoding': 'br' });
		expect(b.etag).toBe(a.etag);
		expect(b.encoding).toBe('br');
		expect(b.text).toBe(a.text);
		expect(JSON.parse(a.text).scenario).toMatchObject({ id: s.id, version: 1, name: 'Đọc nhiều' });
		expect((await get(s.id, { 'if-none-match': a.etag })).status).toBe(304);

		const op = await applyScenarioOps(db, actor, s.id, 1, [
			{ op: 'newGroup', id: 'g1', level: 'commune', members: pair }
		]);
		const c = await get(s.id, { 'if-none-match': a.etag });
		expect(c.status).toBe(200);
		const body = JSON.parse(c.text);
		expect(body.scenario.version).toBe(op.scenario.version);
		expect(body.scenario.content.groups.map((g: { id: string }) => g.id)).toEqual(['g1']);
		expect(body.evaluation.groups.map((g: { id: string }) => g.id)).toEqual(['g1']);

		await updateScenarioMeta(db, actor, s.id, { name: 'Đổi tên' });
		expect(JSON.parse((await get(s.id)).text).scenario.name).toBe('Đổi tên');

		const both = JSON.parse((await get(s.id, {}, ['2023-2025', '2026-2030'])).text);
		expect(both.evaluation.phases).toEqual(['2023-2025', '2026-2030']);
		expect(JSON.parse((await get(s.id)).text).evaluation.phases).not.toEqual(['2023-2025', '2026-2030']);

		await deleteScenario(db, actor, s.id);
		await expect(get(s.id)).rejects.toMatchObject({ code: 'deleted' });
	});

	it('bug: a read that a write overtakes between its head and its content answers the new state, not a conflict', async () => {
		const s = await createScenario(db, actor, { datasetId, name: 'Đọc khi đang sửa' });
		const writer = await openMigrated(t.path);
		try {
			// A reader (its own handle, nothing cached) whose first query, the head, is followed by another
			// instance's edit before the reader reads the content.
			let armed = true;
			const overtaken: KyselyPlugin = {
				transformQuery: (a) => a.node,
				transformResult: async (a) => {
					if (armed) {
						armed = false;
						await applyScenarioOps(writer, actor, s.id, 1, [
							{ op: 'newGroup', id: 'g1', level: 'commune', members: pair }
						]);
					}
					return a.result;
				}
			};
			const r = await scenarioAnswer(db.withPlugin(overtaken), undefined, s.id, undefined);
			expect(armed).toBe(false);
			expect(r.status).toBe(200);
			const body = JSON.parse(await r.text());
			expect(body.scenario.version).toBe(2);
			expect(body.scenario.content.groups.map((g: { id: string }) => g.id)).toEqual(['g1']);
		} finally {
			await writer.destroy();
		}
	});
});
