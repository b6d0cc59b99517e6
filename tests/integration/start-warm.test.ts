/**
 * At start the server makes the newest datasets' maps ready (src/lib/server/services/start-warm.ts): their units body
 * is made and kept as a first visit would keep it, so the first person after a restart does not wait for it; older
 * datasets are left to their first visit. Generated provinces, a real SQLite file with the real migrations.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDb } from '../helpers/db';
import { importDataset } from '../../src/lib/server/import';
import { generateProvince } from '../../src/lib/domain/generate/province';
import { provinceToFiles } from '../../src/lib/domain/generate/files';
import { keptGeometry } from '../../src/lib/server/services/map-geometry';
import { datasetUnitsResponse, UNITS_BODY } from '../../src/lib/server/services/page-units';
import { warmAtStart, WARM_AT_START } from '../../src/lib/server/services/start-warm';
import { viewTiles } from '../../src/lib/map/view-tiles';
import { unionBbox } from '../../src/lib/domain/units';
import { listUnits } from '../../src/lib/server/db/unit.repository';

let t: Awaited<ReturnType<typeof tempDb>>;
const ids: number[] = [];
beforeAll(async () => {
	t = await tempDb();
	for (const seed of [21, 22, 23]) {
		const f = provinceToFiles(generateProvince({ communes: 30, seed }));
		const r = await importDataset(
			t.db,
			[
				{ name: 'districts.geojson', data: JSON.stringify(f.districts) },
				{ name: 'communes.geojson', data: JSON.stringify(f.communes) }
			],
			{ name: `Tỉnh ${seed}`, createdBy: 'test' }
		);
		ids.push(r.datasetId);
	}
}, 60_000);
afterAll(async () => t?.cleanup());

/** The kept body `what` of a dataset, or 'not made' when only a new build would give it. */
const kept = (id: number, what: string) =>
	keptGeometry(
		t.db,
		id,
		what,
		async () => {
			throw new Error('not made');
		},
		what.startsWith('tile|') ? 'tiles' : 'layers'
	).catch((e: Error) => e.message);
const keptUnits = (id: number) => kept(id, UNITS_BODY);
const firstView = async (id: number) => viewTiles(unionBbox(await listUnits(t.db, id))!);

describe('maps made ready at server start', () => {
	it(`the ${WARM_AT_START} newest datasets get their units body made and kept; an older one is left to its first visit`, async () => {
		expect(await warmAtStart(t.db)).toEqual([ids[2], ids[1]]);
		for (const id of [ids[2], ids[1]]) {
			const kept = await keptUnits(id);
			expect(kept).toBeInstanceOf(Buffer);
			// The very body a visit gets.
			const visit = await datasetUnitsResponse(t.db, new Request('http://localhost/'), id);
			expect(Buffer.from(await visit.arrayBuffer()).equals(kept as Buffer)).toBe(true);
		}
		expect(await keptUnits(ids[0])).toBe('not made');
	});

	it("the tiles of their map's first view are cut and kept, both levels; an older dataset's are not", async () => {
		for (const id of [ids[2], ids[1]]) {
			const tiles = await firstView(id);
			expect(tiles.length).toBeGreaterThan(0);
			for (const level of ['commune', 'district'])
				for (const tile of tiles) expect(await kept(id, `tile|${level}|${tile}`)).toBeInstanceOf(Buffer);
		}
		const [old] = await firstView(ids[0]);
		expect(await kept(ids[0], `tile|commune|${old}`)).toBe('not made');
	});

	it("the after view's simplified levels are made and kept; an older dataset's are not", async () => {
		for (const id of [ids[2], ids[1]])
			for (const level of ['commune', 'district'])
				expect(await kept(id, `geometry|${level}|after`)).toBeInstanceOf(Buffer);
		expect(await kept(ids[0], 'geometry|commune|after')).toBe('not made');
	});

	it('an empty database: nothing to make, no error', async () => {
		const empty = await tempDb();
		try {
			expect(await warmAtStart(empty.db)).toEqual([]);
		} finally {
			await empty.cleanup();
		}
	});
});
