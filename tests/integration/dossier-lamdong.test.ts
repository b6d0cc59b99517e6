/**
 * The dossier of a real plan (Lâm Đồng, read from ../shared/data, never copied): loadDossier gives the figures the
 * screens give (evaluateStored, computeScenarioStaffing), and the DOCX (Decree 30/2020 layout) holds each new unit's
 * name, its population written 12.345, its clause and the map images.
 *
 * The plan: Đạ Huoai + Đạ Tẻh + Cát Tiên into one district (as NQ 1245/NQ-UBTVQH15 did), the communes Đạ Oai +
 * Đạ Tồn (Đạ Huoai) merged, and each of the subject communes Đức Phổ, Triệu Hải and Hòa Trung merged with its least
 * populous neighbour in the same district (read from the stored adjacency), so the groups are contiguous.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dossierMaps } from '../../src/lib/server/dossier/map-image';
import { importDataset } from '../../src/lib/server/import';
import { loadDossier } from '../../src/lib/server/dossier/model';
import { computeScenarioStaffing } from '../../src/lib/server/scenario-staffing';
import { createScenario } from '../../src/lib/server/services/scenario.service';
import { evaluateStored } from '../../src/lib/server/services/scenario-workspace';
import { requireScenario } from '../../src/lib/server/services/scenario.service';
import { lamDongFiles, tempDb } from '../helpers/db';
import { listAdjacency } from '../../src/lib/server/db/adjacency.repository';
import { listUnits } from '../../src/lib/server/db/unit.repository';
import { exportDocx } from '../../src/lib/server/dossier/docx';
import { docInteger } from '../../src/lib/domain/dossier/format';
import { strFromU8, unzipSync } from 'fflate';
import type { Db } from '../../src/lib/server/db/database';

let db: Db;
let cleanup: () => Promise<void>;
let scenarioId: number;

const GROUPS: { id: string; level: string; members: string[]; seatCode?: string }[] = [
	{ id: 'd1', level: 'district', members: ['681', '682', '683'] },
	{ id: 'c1', level: 'commune', members: ['25111', '25108'], seatCode: '25111' }
];
/** Subject communes each merged with a neighbour: Đức Phổ, Triệu Hải, Hòa Trung. */
const SUBJECT = ['25183', '25147', '25039'];

beforeAll(async () => {
	const t = await tempDb();
	db = t.db;
	cleanup = t.cleanup;
	const ds = (await importDataset(db, lamDongFiles(), { name: 'Lâm Đồng 2023', createdBy: 'test' })).datasetId;
	const units = new Map((await listUnits(db, ds)).map((u) => [u.code, u]));
	const edges = await listAdjacency(db, ds, 'commune');
	const used = new Set(GROUPS.flatMap((g) => g.members));
	for (const code of SUBJECT) {
		const u = units.get(code)!;
		const partner = edges
			.flatMap((e) => (e.a_code === code ? [e.b_code] : e.b_code === code ? [e.a_code] : []))
			.map((c) => units.get(c)!)
			.filter((n) => n.parentCode === u.parentCode && !used.has(n.code))
			.sort((a, b) => (a.population ?? 0) - (b.population ?? 0))[0];
		GROUPS.push({ id: `c-${code}`, level: 'commune', members: [code, partner.code] });
		used.add(code).add(partner.code);
	}
	const s = await createScenario(
		db,
		{ id: 'test', name: 'test' },
		{ datasetId: ds, name: 'Phương án NQ 1245', content: { groups: GROUPS, exemptions: [] } }
	);
	scenarioId = s.id;
}, 180_000);
afterAll(async () => cleanup?.());

describe('the Lâm Đồng dossier model', () => {
	it('has the figures of the screens: evaluateStored for the plan, computeScenarioStaffing for staffing', async () => {
		const d = await loadDossier(db, scenarioId, 'vi', { today: '2024-12-01' });
		const { evaluation } = await evaluateStored(db, await requireScenario(db, scenarioId));
		const staffing = await computeScenarioStaffing(db, scenarioId, '2024-12-01');
		expect(d.title.provinceName).toBe('Lâm Đồng');
		expect(d.title.issuer).toBe('ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG');
		for (const g of evaluation.groups) {
			const n = d.plan.newUnits.find((x) => x.groupId === g.id)!;
			expect(n.population).toBe(g.population);
			expect(n.areaKm2).toBe(g.areaKm2);
			expect(n.meets).toBe(g.meets);
		}
		expect(d.staffing?.totals.surplus).toBe(staffing.staffing.totals.surplus);
		expect(d.residents.total).toBe(evaluation.residentsAffected.total);
		expect(d.currentState.units.length).toBeGreaterThan(0);
		expect(d.currentState.units.every((u) => u.clauseText.includes('Nghị quyết số 35/2023/UBTVQH15'))).toBe(true);
	});
});

/** Width and height from a PNG's IHDR chunk. */
function pngSize(png: Uint8Array): { width: number; height: number } {
	const v = new DataView(png.buffer, png.byteOffset, png.byteLength);
	return { width: v.getUint32(16), height: v.getUint32(20) };
}

describe('the Lâm Đồng dossier maps (drawn without a browser)', () => {
	it('draws before, after and one map per new unit as PNG with Vietnamese labels (saved for a look)', async () => {
		const d = await loadDossier(db, scenarioId, 'vi', { today: '2024-12-01' });
		const maps = await dossierMaps(db, d);
		expect(maps.map((m) => m.id)).toEqual(['before', 'after', ...GROUPS.map((g) => `unit-${g.id}`)]);
		const dir = join(process.cwd(), 'tests/e2e/screenshots');
		mkdirSync(dir, { recursive: true });
		for (const m of maps) {
			expect([...m.png!.slice(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
			expect(pngSize(m.png!)).toEqual({ width: m.width, height: m.height });
			writeFileSync(join(dir, `dossier-map-lamdong-${m.id}.png`), m.png!);
		}
		// Vietnamese names are written as text (the font carries the diacritics).
		expect(maps.find((m) => m.id === 'unit-c1')!.svg).toContain('Đạ Tồn');
		expect(maps.find((m) => m.id === 'before')!.svg).toContain('ĐẠ HUOAI');
	}, 120_000);
});

describe('the Lâm Đồng DOCX', () => {
	it('holds every new unit’s name, population as 12.345, clause, and the maps; says how long it took', async () => {
		const steps: string[] = [];
		const t0 = performance.now();
		const file = await exportDocx({
			db,
			scenarioId,
			level: 'commune',
			lang: 'vi',
			onProgress: (step) => steps.push(step)
		});
		const ms = Math.round(performance.now() - t0);
		console.log(`Lâm Đồng DOCX: ${file.bytes.length} bytes in ${ms} ms (${GROUPS.length} new units)`);
		expect(file.filename).toMatch(/^de-an-sap-xep-lam-dong-s\d+-v1\.docx$/);
		expect(steps).toContain('Vẽ bản đồ');
		writeFileSync(join(process.cwd(), 'tests/e2e/screenshots/dossier-lamdong.docx'), file.bytes);
		const files = unzipSync(file.bytes);
		const xml = strFromU8(files['word/document.xml']);
		const d = await loadDossier(db, scenarioId, 'vi');
		expect(d.plan.newUnits).toHaveLength(GROUPS.length);
		for (const n of d.plan.newUnits) {
			expect(xml, n.name).toContain(n.name);
			expect(xml, n.name).toContain(docInteger(n.population, 'vi'));
			expect(xml, n.name).toContain(n.clauseText);
		}
		// The district merger: 33.998 + 43.415 + 35.283 = 112.696 people.
		expect(xml).toContain('112.696');
		expect(xml).toContain('Điều 2 Nghị quyết số 1211/2016/UBTVQH13');
		expect(xml).toContain('ỦY BAN NHÂN DÂN');
		expect(xml).toContain('TỈNH LÂM ĐỒNG');
		const media = Object.keys(files).filter((f) => /^word\/media\/.+\.png$/.test(f));
		expect(media).toHaveLength(2 + GROUPS.length);
	}, 180_000);
});
