/**
 * Issue 14 item 4: no map page embeds the units (a scenario's editor and its after view, the planner, the compare
 * page carry only their summary, as the dataset map page does); the browser fetches them packed column by column,
 * read and packed once per dataset version (services/page-units.ts); an edit of a unit gives a new packing with the
 * new figure.
 * Issue 14 item 5: the dataset map page embeds no unit at all, only a summary; it fetches the same packing from
 * GET /api/datasets/[id]/units, one body per dataset version, compressed, revalidated by ETag (304).
 * Issue 14 item 4 ("pages stay light"): the scenario pages no longer carry the adjacency either; the units body
 * carries it as unit indices, decoded by the browser to the stored edges (a manual edge gives a new body and ETag).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { brotliDecompressSync } from 'node:zlib';
import { getDb } from '../../src/lib/server/db/database';
import { seedDemo } from '../../src/lib/server/demo';
import { listUnits, updateUnits } from '../../src/lib/server/db/unit.repository';
import { createScenario } from '../../src/lib/server/db/scenario.repository';
import { packUnits, unpackUnits, unpackUnitsBody } from '../../src/lib/domain/unit-pack';
import { packedDatasetUnits, packedForMapPage, summariseUnits } from '../../src/lib/server/services/page-units';
import { listAdjacency, setManualEdge } from '../../src/lib/server/db/adjacency.repository';
import { bumpDataVersion } from '../../src/lib/server/db/dataset-version.repository';
import { compareBounds } from '../../src/lib/map/compare-colours';
import { normalizeContent } from '../../src/lib/domain/scenario';
import { sharedDatasetUnits } from '../../src/lib/server/services/dataset-units';
import { loadWorkspace } from '../../src/lib/server/services/scenario-workspace';
import { getDataset } from '../../src/lib/server/db/dataset.repository';
import { RULE_SETS } from '../../src/lib/domain/rules';
import { setOverride } from '../../src/lib/server/db/rule-override.repository';
import { unionBbox } from '../../src/lib/domain/units';
import * as unitsApi from '../../src/routes/api/datasets/[id]/units/+server';
import * as mapPage from '../../src/routes/datasets/[id]/+page.server';
import * as scenarioPage from '../../src/routes/datasets/[id]/scenarios/[sid]/+page.server';
import * as afterPage from '../../src/routes/datasets/[id]/scenarios/[sid]/after/+page.server';
import * as plannerPage from '../../src/routes/datasets/[id]/scenarios/planner/+page.server';
import * as comparePage from '../../src/routes/datasets/[id]/compare/+page.server';
import { useHandlerDb } from '../helpers/db';

type Load = (e: never) => Promise<unknown>;
const pageData = async (load: unknown, params: Record<string, string>, search = '') =>
	(await (load as Load)({
		params,
		url: new URL(`http://localhost/datasets/${params.id}/page${search}`)
	} as never)) as Record<string, unknown>;

describe('the map pages’ packed units', () => {
	useHandlerDb();
	let id: number;
	let sid: number;
	let sid2: number;

	beforeAll(async () => {
		const db = await getDb();
		id = (await seedDemo(db, { communes: 40, seed: 4 })).datasetId;
		sid = (await createScenario(db, { datasetId: id, name: 'Phương án A', who: 'test' })).id;
		sid2 = (await createScenario(db, { datasetId: id, name: 'Phương án B', who: 'test' })).id;
	}, 60_000);

	const unitsGet = (datasetId: number, headers: Record<string, string> = {}) =>
		(unitsApi.GET as unknown as (e: never) => Promise<Response>)({
			params: { id: String(datasetId) },
			request: new Request(`http://localhost/api/datasets/${datasetId}/units`, { headers })
		} as never);

	it('issue 14 item 4: the scenario editor, its after view, the planner and compare embed no unit in their data, only the summary the map starts from', async () => {
		const db = await getDb();
		const all = await listUnits(db, id);
		const summary = summariseUnits(all);
		// Names only the units list carries: no group of these scenarios has a member, so no page names a unit.
		const names = all.filter((u) => u.level === 'commune').map((u) => u.name);
		const p = { id: String(id), sid: String(sid) };
		for (const [page, data] of [
			['editor', await pageData(scenarioPage.load, p)],
			['after', await pageData(afterPage.load, p)],
			['planner', await pageData(plannerPage.load, p)]
		] as const) {
			expect(data, page).not.toHaveProperty('units');
			expect(data, page).not.toHaveProperty('adjacency');
			expect(data.summary, page).toEqual(summary);
			const text = JSON.stringify(data);
			for (const n of names) expect(text, `${page}: ${n}`).not.toContain(n);
		}
		const compare = await pageData(comparePage.load, p, `?s=${sid},${sid2}`);
		expect(compare).not.toHaveProperty('units');
		// No group in either scenario: the maps open on the whole province.
		expect(compare.bounds).toEqual(unionBbox(all));
		for (const n of names) expect(JSON.stringify(compare)).not.toContain(n);
		// The editor still gets what the browser evaluates with besides the units and their adjacency.
		const editor = await pageData(scenarioPage.load, p);
		expect(Object.keys(editor).sort()).toEqual(['dataset', 'overrides', 'scenario', 'summary']);
	});

	it('the compare page opens its maps around the compared groups (worked out on the server from the units)', async () => {
		const db = await getDb();
		const all = await listUnits(db, id);
		const edges = await listAdjacency(db, id, 'commune');
		const [a, b] = [edges[0].a_code, edges[0].b_code];
		const s3 = await createScenario(db, {
			datasetId: id,
			name: 'Phương án C',
			who: 'test',
			content: normalizeContent({ groups: [{ id: 'g1', level: 'commune', members: [a, b] }] })
		});
		const data = await pageData(comparePage.load, { id: String(id) }, `?s=${sid},${s3.id}`);
		const byCode = new Map(all.map((u) => [u.code, u]));
		expect(data.bounds).toEqual(
			compareBounds(
				(data.comparison as { maps: Parameters<typeof compareBounds>[0] }).maps,
				(c) => byCode.get(c)?.bbox,
				unionBbox(all)
			)
		);
		expect(data.bounds).not.toEqual(unionBbox(all));
	});

	it('an edit of a unit gives a new packing with the new figure and a new summary', async () => {
		const db = await getDb();
		const before = await packedDatasetUnits(db, (await getDataset(db, id))!);
		const code = unpackUnits(before).find((u) => u.level === 'commune')!.code;
		await updateUnits(db, id, [{ code, patch: { population: 123_456 } }], 'an');
		const after = await packedDatasetUnits(db, (await getDataset(db, id))!);
		expect(after).not.toBe(before);
		expect(unpackUnits(after).find((u) => u.code === code)!.population).toBe(123_456);
		const p = { id: String(id), sid: String(sid) };
		expect(await pageData(afterPage.load, p).then((d) => d.summary)).toEqual(summariseUnits(await listUnits(db, id)));
		expect(await packedDatasetUnits(db, (await getDataset(db, id))!)).toBe(after);
		// What the pages fetch instead: the same packing, its points on a 1 m grid (beside the adjacency).
		const { adjacency: _adjacency, ...sent } = JSON.parse(await (await unitsGet(id)).text());
		expect(sent).toEqual(packedForMapPage(after));
	});

	it('issue 14 item 5: the dataset map page embeds no unit, only their counts, population and extent', async () => {
		const data = (await (mapPage.load as unknown as Load)({ params: { id: String(id) } } as never)) as Record<
			string,
			unknown
		>;
		expect(Object.keys(data).sort()).toEqual(['dataset', 'defaultRuleSetId', 'overrides', 'summary']);
		const all = await listUnits(await getDb(), id);
		const sum = (level: string) => all.filter((u) => u.level === level).reduce((s, u) => s + (u.population ?? 0), 0);
		expect(data.summary).toEqual({
			districts: all.filter((u) => u.level === 'district').length,
			communes: all.filter((u) => u.level === 'commune').length,
			population: { district: sum('district'), commune: sum('commune') },
			bounds: unionBbox(all)
		});
		// The corrections in force per rule set, for the browser to apply.
		expect(Object.keys(data.overrides as object).sort()).toEqual(Object.keys(RULE_SETS).sort());
		await setOverride(await getDb(), 'nq35-2023', 'data.area_difference_warn', 0.1, 'thử 10%', 'admin', 0.05);
		const again = (await (mapPage.load as unknown as Load)({ params: { id: String(id) } } as never)) as {
			overrides: Record<string, { key: string; value: unknown }[]>;
		};
		expect(again.overrides['nq35-2023']).toEqual([{ key: 'data.area_difference_warn', value: 0.1 }]);
		// The page data's size does not grow with the units: a few hundred bytes of summary, no names.
		expect(JSON.stringify(data.summary).length).toBeLessThan(300);
		expect(JSON.stringify(data)).not.toContain(all.find((u) => u.level === 'commune')!.name);
	});

	it('issue 14 item 5: the units endpoint answers brotli when asked, 304 to its ETag, and a new ETag after an edit', async () => {
		const first = await unitsGet(id, { 'accept-encoding': 'br, gzip' });
		expect(first.status).toBe(200);
		expect(first.headers.get('content-encoding')).toBe('br');
		expect(first.headers.get('cache-control')).toBe('private, no-cache');
		const etag = first.headers.get('etag')!;
		const packed = JSON.parse(brotliDecompressSync(Buffer.from(await first.arrayBuffer())).toString('utf8'));
		// Every field as stored but the label points and boxes, which are on a ≈ 1 m grid (boxes rounded outwards).
		const stored = await listUnits(await getDb(), id);
		const sent = unpackUnits(packed);
		expect(sent.map(({ label: _l, bbox: _b, ...u }) => u)).toEqual(stored.map(({ label: _l, bbox: _b, ...u }) => u));
		for (const [i, u] of sent.entries()) {
			const s = stored[i];
			for (const k of [0, 1]) expect(Math.abs(u.label![k] - s.label![k])).toBeLessThanOrEqual(5e-6);
			expect(u.bbox![0]).toBeLessThanOrEqual(s.bbox![0]);
			expect(u.bbox![1]).toBeLessThanOrEqual(s.bbox![1]);
			expect(u.bbox![2]).toBeGreaterThanOrEqual(s.bbox![2]);
			expect(u.bbox![3]).toBeGreaterThanOrEqual(s.bbox![3]);
			expect(u.bbox![2] - u.bbox![0] - (s.bbox![2] - s.bbox![0])).toBeLessThan(2.1e-5);
		}
		expect(JSON.stringify(packed.columns.label).length).toBeLessThan(
			JSON.stringify(packUnits(stored).columns.label).length
		);
		const again = await unitsGet(id, { 'if-none-match': etag });
		expect(again.status).toBe(304);
		expect((await again.arrayBuffer()).byteLength).toBe(0);

		const code = unpackUnits(packed).find((u) => u.level === 'commune')!.code;
		await updateUnits(await getDb(), id, [{ code, patch: { population: 98_765 } }], 'an');
		const edited = await unitsGet(id, { 'if-none-match': etag });
		expect(edited.status).toBe(200);
		expect(edited.headers.get('etag')).not.toBe(etag);
		const now = unpackUnits(JSON.parse(await edited.text()));
		expect(now.find((u) => u.code === code)!.population).toBe(98_765);
		const summary = (
			(await (mapPage.load as unknown as Load)({ params: { id: String(id) } } as never)) as {
				summary: { population: { commune: number } };
			}
		).summary;
		expect(summary.population.commune).toBe(
			now.filter((u) => u.level === 'commune').reduce((s, u) => s + (u.population ?? 0), 0)
		);
	});

	it('issue 14 item 5: the scenario workspaces of every rule set and the map pages share one reading of the units per dataset version', async () => {
		const db = await getDb();
		const dataset = (await getDataset(db, id))!;
		const shared = await sharedDatasetUnits(db, dataset);
		const ids = Object.keys(RULE_SETS);
		expect(ids.length).toBeGreaterThan(1);
		for (const rs of ids) expect((await loadWorkspace(db, id, rs)).units).toBe(shared);
		expect(unpackUnits(await packedDatasetUnits(db, dataset))).toEqual(shared);
		await updateUnits(db, id, [{ code: shared[0].code, patch: { population: 4_321 } }], 'an');
		const next = await sharedDatasetUnits(db, (await getDataset(db, id))!);
		expect(next).not.toBe(shared);
		expect((await loadWorkspace(db, id, ids[0])).units).toBe(next);
		expect(next[0].population).toBe(4_321);
	});

	/** The units body as the browser decodes it (domain/unit-pack.ts unpackUnitsBody), with its ETag. */
	const fetchedBody = async (headers: Record<string, string> = {}) => {
		const r = await unitsGet(id, headers);
		return { r, etag: r.headers.get('etag'), body: r.status === 200 ? unpackUnitsBody(await r.json()) : null };
	};
	const storedEdges = async (level: 'district' | 'commune') =>
		(await listAdjacency(await getDb(), id, level)).map((e) => ({ a: e.a_code, b: e.b_code }));

	it('issue 14 item 4: the units body carries the adjacency of both levels, decoding to exactly the stored edges', async () => {
		const { body } = await fetchedBody();
		const district = await storedEdges('district');
		const commune = await storedEdges('commune');
		expect(district.length).toBeGreaterThan(0);
		expect(commune.length).toBeGreaterThan(district.length);
		expect(body!.adjacency).toEqual({ district, commune });
		expect(body!.units).toHaveLength((await listUnits(await getDb(), id)).length);
	});

	it('issue 14 item 4: a manual adjacency edge (quality page) shows in the next units body, under a new ETag', async () => {
		const db = await getDb();
		const before = await fetchedBody();
		const communes = before.body!.units.filter((u) => u.level === 'commune').map((u) => u.code);
		const linked = new Set(before.body!.adjacency.commune.map((e) => `${e.a}|${e.b}`));
		// An island's ferry link between two communes that share no border, and a computed edge removed.
		const [x, y] = communes
			.flatMap((a) => communes.map((b) => [a, b]))
			.find(([a, b]) => a < b && !linked.has(`${a}|${b}`) && !linked.has(`${b}|${a}`))!;
		const wrong = before.body!.adjacency.commune[0];
		await setManualEdge(db, id, 'commune', x, y, 'add', 'đò ngang', 'test');
		await setManualEdge(db, id, 'commune', wrong.a, wrong.b, 'remove', 'chỉ chạm một điểm', 'test');
		const after = await fetchedBody({ 'if-none-match': before.etag! });
		expect(after.r.status).toBe(200);
		expect(after.etag).not.toBe(before.etag);
		const pairs = after.body!.adjacency.commune.map((e) => `${e.a}|${e.b}`);
		expect(pairs).toContain(`${x}|${y}`);
		expect(pairs).not.toContain(`${wrong.a}|${wrong.b}`);
		expect(after.body!.adjacency.commune).toEqual(await storedEdges('commune'));
	});

	it('an adjacency edge naming a code that is not among the units is left out of the body, not a crash', async () => {
		const db = await getDb();
		// A stray row as messy data may hold one (a unit deleted from the files after its edges were computed).
		const [edge] = await listAdjacency(db, id, 'commune');
		const { id: _id, ...row } = edge;
		await db
			.insertInto('adjacency')
			.values({ ...row, b_code: '99999-không-có' })
			.execute();
		await bumpDataVersion(db, id);
		const { r, body } = await fetchedBody();
		expect(r.status).toBe(200);
		const stored = await storedEdges('commune');
		expect(stored.some((e) => e.b === '99999-không-có')).toBe(true);
		expect(body!.adjacency.commune).toEqual(stored.filter((e) => e.b !== '99999-không-có'));
	});

	it('the units of a dataset that is not there are 404', async () => {
		expect((await unitsGet(id + 99)).status).toBe(404);
	});

	it('a scenario that is not there, or not of this dataset, is 404 on both scenario pages', async () => {
		for (const load of [scenarioPage.load, afterPage.load]) {
			for (const params of [
				{ id: String(id), sid: String(sid + 99) },
				{ id: String(id + 99), sid: String(sid) }
			])
				await expect((load as unknown as Load)({ params } as never)).rejects.toMatchObject({ status: 404 });
		}
	});
});
