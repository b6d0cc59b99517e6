/**
 * Issue 12 item 7, the download endpoint GET /api/scenarios/[sid]/export/[format]?level=&lang=, called as SvelteKit
 * calls it against a real database (SQLite or PostgreSQL) holding the real Lâm Đồng import: content types and
 * Content-Disposition per format, the cache (second call: same bytes, no exporter run), formats not built yet,
 * bad levels, unknown scenarios; the progress endpoint; the equivalence CSV.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '../../src/lib/server/db/database';
import { importDataset } from '../../src/lib/server/import';
import { importPlanScenario } from '../../src/lib/server/services/scenario.service';
import { EXPORTERS, exportDossier, exportRuns } from '../../src/lib/server/dossier/registry';
import { lamDongFiles, tempLocation } from '../helpers/db';
import * as exportRoute from '../../src/routes/api/scenarios/[sid]/export/[format]/+server';
import * as progressRoute from '../../src/routes/api/scenarios/[sid]/export/[format]/progress/+server';
import * as equivalenceRoute from '../../src/routes/api/scenarios/[sid]/equivalence.csv/+server';

let dir: string;
let dropDb: () => Promise<void>;
let sid: string;

type Handler = (event: never) => Promise<Response> | Response;
async function get(handler: Handler, params: Record<string, string>, query = '', lang: 'vi' | 'en' = 'vi') {
	const url = new URL(`http://localhost/api${query}`);
	const res = await handler({ params, url, request: new Request(url), locals: { lang, user: { id: 'an' } } } as never);
	return { status: res.status, headers: res.headers, bytes: new Uint8Array(await res.arrayBuffer()) };
}
const jsonOf = (b: Uint8Array) => JSON.parse(new TextDecoder().decode(b));

beforeAll(async () => {
	dir = mkdtempSync(join(tmpdir(), 'sapxep-dossier-api-'));
	const t = await tempLocation(join(dir, 'api.db'));
	process.env.DATABASE_PATH = t.location;
	if (t.location.startsWith('postgres')) process.env.DATABASE_URL = t.location;
	dropDb = t.drop;
	const db = await getDb();
	const datasetId = (await importDataset(db, lamDongFiles(), { name: 'Lâm Đồng 2023', createdBy: 'test' })).datasetId;
	const plan = [
		'group,code,new_name,seat_code,phase,kept_code',
		'H1,681,Huyện Đạ Huoai,682,2023-2025,681',
		'H1,682,,,,',
		'H1,683,,,,',
		'X2,25147,Xã Quảng Trị,,2023-2025,25138',
		'X2,25138,,,,'
	].join('\n');
	sid = String(
		(await importPlanScenario(db, { id: 'an', name: 'an' }, datasetId, { name: 'p.csv', data: Buffer.from(plan) }))
			.scenario.id
	);
}, 60_000);
afterAll(async () => {
	await (await getDb()).destroy();
	delete process.env.DATABASE_PATH;
	delete process.env.DATABASE_URL;
	await dropDb();
	rmSync(dir, { recursive: true, force: true });
});

describe('GET /api/scenarios/[sid]/export/[format]', () => {
	const TYPES: Record<string, [string, RegExp]> = {
		geojson: ['application/geo+json', /^phuong-an-\d+-v1-don-vi-sau-sap-xep-cap-huyen\.geojson$/],
		shp: ['application/zip', /^phuong-an-\d+-v1-don-vi-sau-sap-xep-cap-huyen\.zip$/],
		gpkg: ['application/geopackage+sqlite3', /^phuong-an-\d+-v1-don-vi-sau-sap-xep-cap-huyen\.gpkg$/],
		csv: ['text/csv; charset=utf-8', /^phuong-an-\d+-v1\.csv$/],
		xlsx: ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', /^phuong-an-\d+-v1-cac-bang\.xlsx$/]
	};
	it.each(Object.keys(TYPES))(
		'%s: 200 with its content type and an attachment file name; the second call is the cached file (same bytes, no run)',
		async (format) => {
			const first = await get(exportRoute.GET as Handler, { sid, format }, '?level=district');
			expect(first.status).toBe(200);
			expect(first.headers.get('content-type')).toBe(TYPES[format][0]);
			const cd = first.headers.get('content-disposition')!;
			const name = /filename="([^"]+)"/.exec(cd)![1];
			expect(cd.startsWith('attachment;')).toBe(true);
			expect(name).toMatch(TYPES[format][1]);
			expect(Number(first.headers.get('content-length'))).toBe(first.bytes.byteLength);
			expect(first.headers.get('x-export-cache')).toBe('miss');
			const runs = exportRuns();
			const second = await get(exportRoute.GET as Handler, { sid, format }, '?level=district');
			expect(second.headers.get('x-export-cache')).toBe('hit');
			expect(exportRuns()).toBe(runs);
			expect(Buffer.from(second.bytes).equals(Buffer.from(first.bytes))).toBe(true);
		},
		60_000
	);

	it('the language is part of the key: ?lang=en makes an English file, cached apart from the Vietnamese one', async () => {
		const vi = await get(exportRoute.GET as Handler, { sid, format: 'geojson' }, '?level=commune&lang=vi');
		const en = await get(exportRoute.GET as Handler, { sid, format: 'geojson' }, '?level=commune&lang=en');
		expect(en.headers.get('x-export-cache')).toBe('miss');
		const kind = (b: Uint8Array, code: string) =>
			jsonOf(b).features.find((f: { properties: { code: string } }) => f.properties.code === code).properties.kind_name;
		expect(kind(vi.bytes, '25138')).toBe('Xã');
		expect(kind(en.bytes, '25138')).toBe('Commune');
	}, 60_000);

	it('a format not built yet answers 501 "not available yet" in both languages; an unknown one 404', async () => {
		const missing = ['docx', 'pdf', 'html'].filter((f) => !EXPORTERS[f as 'docx']);
		for (const format of missing) {
			const r = await get(exportRoute.GET as Handler, { sid, format });
			expect(r.status).toBe(501);
			const body = jsonOf(r.bytes);
			expect(body.error).toBe('not_available');
			expect(body.message.vi).toContain('chưa có');
			expect(body.message.en).toContain('not available yet');
		}
		expect((await get(exportRoute.GET as Handler, { sid, format: 'exe' })).status).toBe(404);
	});

	it('a bad level is 400, an unknown scenario 404', async () => {
		const bad = await get(exportRoute.GET as Handler, { sid, format: 'geojson' }, '?level=province');
		expect(bad.status).toBe(400);
		expect(jsonOf(bad.bytes).error).toBe('bad_level');
		expect((await get(exportRoute.GET as Handler, { sid: '9999', format: 'geojson' })).status).toBe(404);
	});

	it('the progress endpoint says nothing runs when nothing does', async () => {
		const r = await get(progressRoute.GET as Handler, { sid, format: 'geojson' }, '?level=commune');
		expect(r.status).toBe(200);
		expect(jsonOf(r.bytes)).toEqual({ running: false, step: null, fraction: null });
	});

	it('the progress endpoint reports the running export’s step and fraction while it runs', async () => {
		// Asked from inside the export's own progress callback (no timing): the endpoint sees the export running.
		const seen: Promise<{ bytes: Uint8Array }>[] = [];
		const file = await exportDossier({
			db: await getDb(),
			scenarioId: Number(sid),
			format: 'gpkg',
			level: 'commune',
			lang: 'en',
			onProgress: (step, fraction) => {
				if (fraction < 1)
					seen.push(get(progressRoute.GET as Handler, { sid, format: 'gpkg' }, '?level=commune&lang=en'));
			}
		});
		expect(file.cached).toBe(false);
		const answers = await Promise.all(seen.map(async (p) => jsonOf((await p).bytes)));
		expect(answers.length).toBeGreaterThanOrEqual(3);
		for (const a of answers) expect(a.running).toBe(true);
		expect(answers.map((a) => a.step)).toContain('Dissolving the new units');
		expect(answers.map((a) => a.fraction)).toEqual([...answers.map((a) => a.fraction)].sort((x, y) => x - y));
		// Once done, nothing runs.
		expect(
			jsonOf((await get(progressRoute.GET as Handler, { sid, format: 'gpkg' }, '?level=commune&lang=en')).bytes).running
		).toBe(false);
	}, 60_000);
});

describe('GET /api/scenarios/[sid]/equivalence.csv', () => {
	it('the old → new code table as CSV with BOM, one row per old unit of the level', async () => {
		const r = await get(equivalenceRoute.GET as Handler, { sid }, '?level=district');
		expect(r.status).toBe(200);
		expect(r.headers.get('content-type')).toBe('text/csv; charset=utf-8');
		const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(r.bytes);
		expect(text.charCodeAt(0)).toBe(0xfeff);
		const lines = text.trim().split('\r\n');
		expect(lines.length).toBe(1 + 12);
		expect(lines.find((l) => l.startsWith('"683"'))).toMatch(/^"683","[^"]+","Huyện","681","Huyện Đạ Huoai"/);
	});
});
