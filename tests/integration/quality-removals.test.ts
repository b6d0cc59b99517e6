/**
 * Regression: the quality page used to filter the last 500 audit rows in the route, so an adjacency removal recorded
 * before 500 later changes vanished from the list. It now asks the database for the removals themselves.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '../../src/lib/server/db/database';
import { seedDemo } from '../../src/lib/server/demo';
import { listAdjacency, setManualEdge } from '../../src/lib/server/db/adjacency.repository';
import { updateUnits } from '../../src/lib/server/db/unit.repository';
import * as qualityPage from '../../src/routes/datasets/[id]/quality/+page.server';

describe('quality page: manual adjacency removals survive > 500 later audit rows', () => {
	let dir: string;
	let id: number;
	let pair: string;
	beforeAll(async () => {
		dir = mkdtempSync(join(tmpdir(), 'sapxep-quality-'));
		process.env.DATABASE_PATH = join(dir, 'q.db');
		const db = await getDb();
		id = (await seedDemo(db, { communes: 20, seed: 3 })).datasetId;
		const edge = (await listAdjacency(db, id, 'commune'))[0];
		pair = `${edge.a_code}|${edge.b_code}`;
		await setManualEdge(db, id, 'commune', edge.a_code, edge.b_code, 'remove', 'ranh giới sai (ví dụ)', 'an');
		// 600 later changes (each an audit row): 30 rounds of a population edit on 20 communes.
		const communes = Array.from({ length: 20 }, (_, i) => String(i + 1).padStart(5, '0'));
		for (let round = 1; round <= 30; round++)
			await updateUnits(
				db,
				id,
				communes.map((code) => ({ code, patch: { population: 1000 + round } })),
				'editor'
			);
	});
	afterAll(async () => {
		await (await getDb()).destroy();
		delete process.env.DATABASE_PATH;
		rmSync(dir, { recursive: true, force: true });
	});

	it('lists the removal with its reason, author and time', async () => {
		const db = await getDb();
		const n = await db
			.selectFrom('audit_log')
			.select((e) => e.fn.countAll<number>().as('n'))
			.where('dataset_id', '=', id)
			.executeTakeFirstOrThrow();
		expect(Number(n.n)).toBeGreaterThan(600);
		const data = (await qualityPage.load({ params: { id: String(id) } } as never)) as {
			removals: { pair: string | null; reason: string | null; who: string; at: string }[];
		};
		expect(data.removals).toEqual([
			{ pair, reason: 'ranh giới sai (ví dụ)', who: 'an', at: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) }
		]);
	});
});
