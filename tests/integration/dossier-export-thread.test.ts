/**
 * Dossier exports run in a worker thread of their own (src/lib/server/dossier/export-thread.ts; issue 14: on a
 * 10,000-commune country the XLSX blocked every other request of the server for 2.9 s): the worker opens its own
 * handle on the same database file, runs the format's exporter from the registry and hands over the same bytes the
 * exporter makes in this thread; its progress is reported here; an export error keeps its code, status and both
 * languages. A handle that cannot be opened twice (in-memory SQLite) exports in this thread. Generated provinces
 * (the project's generator), real SQLite files with the real migrations.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDb } from '../helpers/db';
import { openMigrated } from '../../src/lib/server/db/database';
import { listAdjacency } from '../../src/lib/server/db/adjacency.repository';
import { importDataset } from '../../src/lib/server/import';
import { createScenario } from '../../src/lib/server/services/scenario.service';
import { generateProvince } from '../../src/lib/domain/generate/province';
import { provinceToFiles, provinceToTwoTierFiles } from '../../src/lib/domain/generate/files';
import { EXPORT_THREADS, exportThreads, runExporter } from '../../src/lib/server/dossier/export-thread';
import { EXPORTERS, exportDossier } from '../../src/lib/server/dossier/registry';
import { DossierExportError } from '../../src/lib/server/dossier/errors';
import type { DossierFile, Exporter, ExportRequest } from '../../src/lib/server/dossier/types';

const actor = { id: 'editor', name: 'editor' };
let t: Awaited<ReturnType<typeof tempDb>>;
let scenarioId: number;
let twoTierScenarioId: number;

/** A scenario of two commune groups, each of two neighbours (from the dataset's adjacency). */
async function scenarioOn(datasetId: number, name: string): Promise<number> {
	const edges = await listAdjacency(t.db, datasetId, 'commune');
	const used = new Set<string>();
	const groups: { id: string; level: 'commune'; members: string[] }[] = [];
	for (const e of edges) {
		if (groups.length === 2) break;
		if (used.has(e.a_code) || used.has(e.b_code)) continue;
		used.add(e.a_code).add(e.b_code);
		groups.push({ id: `g${groups.length + 1}`, level: 'commune', members: [e.a_code, e.b_code] });
	}
	return (await createScenario(t.db, actor, { datasetId, name, content: { groups, exemptions: [] } })).id;
}

beforeAll(async () => {
	t = await tempDb();
	const f = provinceToFiles(generateProvince({ communes: 60, seed: 11 }));
	const three = await importDataset(
		t.db,
		[
			{ name: 'districts.geojson', data: JSON.stringify(f.districts) },
			{ name: 'communes.geojson', data: JSON.stringify(f.communes) }
		],
		{ name: 'Tỉnh thử', createdBy: 'test' }
	);
	scenarioId = await scenarioOn(three.datasetId, 'Phương án 1');
	const two = provinceToTwoTierFiles(generateProvince({ communes: 40, seed: 12 }));
	const twoTier = await importDataset(
		t.db,
		[
			{ name: 'communes.geojson', data: JSON.stringify(two.communes) },
			{ name: 'units.csv', data: two.unitsCsv }
		],
		{ name: 'Tỉnh hai cấp', createdBy: 'test' }
	);
	twoTierScenarioId = await scenarioOn(twoTier.datasetId, 'Phương án hai cấp');
}, 120_000);
afterAll(async () => t?.cleanup());

/** An exporter that must never run: the worker takes the registry's own. */
const notHere: Exporter = async () => {
	throw new Error('the exporter ran in the calling thread');
};

const request = (over: Partial<ExportRequest> = {}): ExportRequest => ({
	db: t.db,
	scenarioId,
	level: 'commune',
	lang: 'vi',
	...over
});

describe('a dossier export in its worker thread', () => {
	it.each(['geojson', 'xlsx', 'csv'] as const)(
		'%s: made in the worker (the exporter given is not called), the same bytes as the exporter makes in this thread',
		async (format) => {
			const inWorker = await runExporter(format, notHere, request());
			const here = await EXPORTERS[format]!(request());
			expect(inWorker.filename).toBe(here.filename);
			expect(inWorker.contentType).toBe(here.contentType);
			expect(inWorker.bytes.byteLength).toBeGreaterThan(100);
			if (format === 'xlsx') {
				// An XLSX is a zip with its files' times in it: the same entries, each of the same size.
				expect(Math.abs(inWorker.bytes.byteLength - here.bytes.byteLength)).toBeLessThan(64);
			} else expect(Buffer.from(inWorker.bytes).equals(Buffer.from(here.bytes))).toBe(true);
		},
		60_000
	);

	it("reports the exporter's progress (its steps in the request's language) as it goes", async () => {
		const steps: [string, number][] = [];
		await runExporter('geojson', notHere, request({ onProgress: (s, f) => steps.push([s, f]) }));
		expect(steps.length).toBeGreaterThanOrEqual(3);
		expect(steps.map(([s]) => s)).toContain('Gộp ranh giới các đơn vị mới');
		const fractions = steps.map(([, f]) => f);
		expect(fractions).toEqual([...fractions].sort((a, b) => a - b));
	}, 60_000);

	it('an export error keeps its code, status and both languages (a district-level export of a two-tier dataset)', async () => {
		const e = await runExporter(
			'geojson',
			notHere,
			request({ scenarioId: twoTierScenarioId, level: 'district' })
		).catch((x) => x);
		expect(e).toBeInstanceOf(DossierExportError);
		expect([e.code, e.status]).toEqual(['no_district_level', 422]);
		expect(e.messages().vi).toMatch(/^Bộ dữ liệu này không có cấp huyện/);
		expect(e.messages().en).toMatch(/^This dataset has no district level/);
	}, 60_000);

	it('through the registry (the download endpoint and the CLI): the file, then the cache', async () => {
		const first = await exportDossier({ db: t.db, scenarioId, format: 'geojson', level: 'commune', lang: 'en' });
		expect(first.cached).toBe(false);
		const fc = JSON.parse(new TextDecoder().decode(first.bytes)) as { features: unknown[] };
		expect(fc.features.length).toBe(60 - 2);
		const again = await exportDossier({ db: t.db, scenarioId, format: 'geojson', level: 'commune', lang: 'en' });
		expect(again.cached).toBe(true);
		expect(Buffer.from(again.bytes).equals(Buffer.from(first.bytes))).toBe(true);
	}, 60_000);

	it(`several exports at once: at most ${EXPORT_THREADS} workers at a time, the others wait their turn and all finish`, async () => {
		const formats = ['geojson', 'csv', 'xlsx', 'geojson'] as const;
		const files = await Promise.all(formats.map((f) => runExporter(f, notHere, request())));
		expect(files.map((f) => f.bytes.byteLength > 100)).toEqual([true, true, true, true]);
		expect(exportThreads().running).toBe(0);
		expect(exportThreads().mostAtOnce).toBe(EXPORT_THREADS);
	}, 120_000);

	it('an in-memory database (which a worker cannot open again) exports in this thread', async () => {
		const mem = await openMigrated(':memory:');
		try {
			const file: DossierFile = { filename: 'x.csv', contentType: 'text/csv', bytes: new Uint8Array([1, 2, 3]) };
			const got = await runExporter('csv', async () => file, { ...request(), db: mem });
			expect(got).toBe(file);
		} finally {
			await mem.destroy();
		}
	});
});
