/**
 * Issue 14 item 4 on the real Lâm Đồng data (../shared/data/lam-dong, read from there, nothing copied): the units
 * body of GET /api/datasets/[id]/units carries the adjacency of both levels as unit indices, and the browser's
 * decoding (domain/unit-pack.ts unpackUnitsBody) gives back exactly the stored edges, in their order.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importDataset } from '../../src/lib/server/import';
import { listAdjacency } from '../../src/lib/server/db/adjacency.repository';
import { getDataset } from '../../src/lib/server/db/dataset.repository';
import { listUnits } from '../../src/lib/server/db/unit.repository';
import { unpackUnitsBody } from '../../src/lib/domain/unit-pack';
import { datasetUnitsBody } from '../../src/lib/server/services/page-units';
import { lamDongFiles, tempDb } from '../helpers/db';

describe('the units body’s adjacency on the real Lâm Đồng data', () => {
	let t: Awaited<ReturnType<typeof tempDb>>;
	let id: number;
	beforeAll(async () => {
		t = await tempDb();
		id = (await importDataset(t.db, lamDongFiles(), { name: 'Lâm Đồng 2023', createdBy: 'test' })).datasetId;
	}, 120_000);
	afterAll(async () => t.cleanup());

	it('issue 14 item 4: decodes to exactly the stored edges of both levels (12 districts, 142 communes)', async () => {
		const body = await datasetUnitsBody(t.db, (await getDataset(t.db, id))!);
		// As the browser receives it: JSON text.
		const { units, adjacency } = unpackUnitsBody(JSON.parse(JSON.stringify(body)));
		expect(units.map((u) => u.code)).toEqual((await listUnits(t.db, id)).map((u) => u.code));
		for (const level of ['district', 'commune'] as const) {
			const stored = (await listAdjacency(t.db, id, level)).map((e) => ({ a: e.a_code, b: e.b_code }));
			expect(stored.length, level).toBeGreaterThan(level === 'district' ? 12 : 142);
			expect(adjacency[level], level).toEqual(stored);
		}
		// Indices are fewer characters than the codes they stand for.
		expect(JSON.stringify(body.adjacency).length).toBeLessThan(JSON.stringify(adjacency).length / 3);
	});
});
