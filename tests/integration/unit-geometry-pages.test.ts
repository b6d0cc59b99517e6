/**
 * The geometry reads of a level go a page at a time (unit.repository.ts `inPages`: a country's 10,000 rows at once
 * held SQLite's synchronous read, and the event loop, for ~100-250 ms). A level larger than one page comes back
 * whole, once each, in code order, on SQLite and PostgreSQL.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../src/lib/server/demo';
import { displayLayerGeoJson, geometryTexts, listUnits } from '../../src/lib/server/db/unit.repository';
import { tempDb } from '../helpers/db';

describe('geometry reads of a level larger than a page', () => {
	let t: Awaited<ReturnType<typeof tempDb>>;
	let id: number;
	let codes: string[];

	beforeAll(async () => {
		t = await tempDb();
		id = (await seedDemo(t.db, { communes: 1100, seed: 5 })).datasetId;
		codes = (await listUnits(t.db, id, 'commune')).map((u) => u.code).sort();
	}, 120_000);
	afterAll(async () => {
		await t?.cleanup();
	});

	it('every commune once, in code order, with its geometry (full and display)', async () => {
		expect(codes).toHaveLength(1100);
		const full = await geometryTexts(t.db, id, 'commune');
		expect(full.map((r) => r.code)).toEqual(codes);
		for (const r of full) expect(JSON.parse(r.geometry).type).toMatch(/Polygon$/);
		const display = JSON.parse(await displayLayerGeoJson(t.db, id, 'commune')) as {
			features: { properties: { code: string } }[];
		};
		expect(display.features.map((f) => f.properties.code)).toEqual(codes);
	});
});
