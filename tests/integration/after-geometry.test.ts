/**
 * Issue 14 item 4: "the after view fetches simplified dissolved geometry, once". GET /api/scenarios/[sid]/after-geometry
 * (the real handler over a real database): each group of the scenario dissolved into one new unit on the simplified
 * boundaries, at its level, covering what its members cover (area within 1 %) with no inner border left (one outer
 * ring where the members are contiguous); compressed, ETag, 304; an edit gives a new body; a deleted scenario 410.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { brotliDecompressSync } from 'node:zlib';
import { area } from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { getDb } from '../../src/lib/server/db/database';
import { seedDemo } from '../../src/lib/server/demo';
import { listAdjacency } from '../../src/lib/server/db/adjacency.repository';
import { applyScenarioOps, createScenario, deleteScenario } from '../../src/lib/server/services/scenario.service';
import * as afterGeometry from '../../src/routes/api/scenarios/[sid]/after-geometry/+server';
import * as geometry from '../../src/routes/api/datasets/[id]/geometry/[level]/+server';
import { useHandlerDb } from '../helpers/db';

type Handler = (e: never) => Promise<Response>;
type Area = Polygon | MultiPolygon;
const actor = { id: 'an', name: 'An' };

describe('the after view gets its new units dissolved by the server', () => {
	useHandlerDb();
	let datasetId: number;
	let communePairs: [string, string][];
	let districtPair: [string, string];

	beforeAll(async () => {
		const db = await getDb();
		datasetId = (await seedDemo(db, { communes: 150, seed: 4 })).datasetId;
		// Three disjoint pairs of neighbouring communes, and one pair of neighbouring districts.
		const taken = new Set<string>();
		communePairs = [];
		for (const e of await listAdjacency(db, datasetId, 'commune')) {
			if (taken.has(e.a_code) || taken.has(e.b_code) || communePairs.length === 4) continue;
			taken.add(e.a_code).add(e.b_code);
			communePairs.push([e.a_code, e.b_code]);
		}
		const d = (await listAdjacency(db, datasetId, 'district'))[0];
		districtPair = [d.a_code, d.b_code];
	}, 60_000);

	const get = (sid: number, headers: Record<string, string> = {}) =>
		(afterGeometry.GET as unknown as Handler)({
			params: { sid: String(sid) },
			request: new Request(`http://localhost/api/scenarios/${sid}/after-geometry`, { headers })
		} as never);

	async function afterLayer(level: string): Promise<Map<string, Area>> {
		const url = new URL(`http://localhost/api/datasets/${datasetId}/geometry/${level}?detail=after`);
		const r = await (geometry.GET as unknown as Handler)({
			params: { id: String(datasetId), level },
			request: new Request(url),
			url
		} as never);
		const fc = (await r.json()) as FeatureCollection<Area, { code: string }>;
		return new Map(fc.features.map((f) => [f.properties.code, f.geometry]));
	}

	it('each group dissolved at its level: the members’ area, one piece, no inner border; br, ETag, 304; an edit a new body', async () => {
		const db = await getDb();
		const s = await createScenario(db, actor, { datasetId, name: 'Sau sắp xếp' });
		await applyScenarioOps(db, actor, s.id, 1, [
			...communePairs.slice(0, 3).map((members, i) => ({
				op: 'newGroup' as const,
				id: `c${i}`,
				level: 'commune' as const,
				members
			})),
			{ op: 'newGroup', id: 'd0', level: 'district', members: districtPair }
		]);
		const r = await get(s.id, { 'accept-encoding': 'br' });
		expect(r.status).toBe(200);
		expect(r.headers.get('content-encoding')).toBe('br');
		expect(r.headers.get('cache-control')).toBe('private, no-cache');
		const fc = JSON.parse(
			brotliDecompressSync(Buffer.from(await r.arrayBuffer())).toString('utf8')
		) as FeatureCollection<Area, { groupId: string; level: string }>;
		const byId = new Map(fc.features.map((f) => [f.properties.groupId, f]));
		expect([...byId.keys()].sort()).toEqual(['c0', 'c1', 'c2', 'd0']);
		const layers = { commune: await afterLayer('commune'), district: await afterLayer('district') };
		const check = (id: string, level: 'commune' | 'district', members: string[]) => {
			const f = byId.get(id) as Feature<Area, { level: string }>;
			expect(f.properties.level).toBe(level);
			const sum = members.reduce((s, c) => s + area(layers[level].get(c)!), 0);
			expect(Math.abs(area(f.geometry) - sum) / sum, id).toBeLessThan(0.01);
			// Neighbours dissolve into one polygon with one outer ring (their common border is gone).
			const polys = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
			expect(polys, id).toHaveLength(1);
		};
		communePairs.slice(0, 3).forEach((m, i) => check(`c${i}`, 'commune', m));
		check('d0', 'district', districtPair);

		const etag = r.headers.get('etag')!;
		expect((await get(s.id, { 'if-none-match': etag })).status).toBe(304);
		// The next version is dissolved on the layers' topology the worker kept from the first: the groups left as
		// they were come out the same, a new group is checked like the others.
		await applyScenarioOps(db, actor, s.id, 2, [
			{ op: 'deleteGroup', groupId: 'c2' },
			{ op: 'newGroup', id: 'c3', level: 'commune', members: communePairs[3] }
		]);
		const changed = await get(s.id, { 'if-none-match': etag });
		expect(changed.status).toBe(200);
		expect(changed.headers.get('etag')).not.toBe(etag);
		const next = (await changed.json()) as FeatureCollection<Area, { groupId: string; level: string }>;
		expect(next.features.map((f) => f.properties.groupId).sort()).toEqual(['c0', 'c1', 'c3', 'd0']);
		const first = new Map(byId);
		byId.clear();
		for (const f of next.features) byId.set(f.properties.groupId, f);
		for (const id of ['c0', 'c1', 'd0']) expect(byId.get(id)!.geometry, id).toEqual(first.get(id)!.geometry);
		check('c3', 'commune', communePairs[3]);
	});

	it('a deleted scenario answers 410, an unknown one 404', async () => {
		const db = await getDb();
		const s = await createScenario(db, actor, { datasetId, name: 'Xoá' });
		await deleteScenario(db, actor, s.id);
		expect((await get(s.id)).status).toBe(410);
		expect((await get(999_999)).status).toBe(404);
	});
});
