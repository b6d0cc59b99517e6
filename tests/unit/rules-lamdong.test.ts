/**
 * The corrected clauses on the real Lâm Đồng data (read from /work/shared/data/lam-dong, never copied): every
 * subject unit cites Article 1 of NQ 35 (clause 2 in 2023–2025, clause 3 in 2026–2030), the counts of subject
 * units are those of the map, and a merger of two Lâm Đồng communes names its justification or says none applies.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importDataset } from '../../src/lib/server/import';
import { listUnits } from '../../src/lib/server/db/unit.repository';
import { getDataset } from '../../src/lib/server/db/dataset.repository';
import { listAdjacency } from '../../src/lib/server/db/adjacency.repository';
import { NQ35_2023, evaluateMerger } from '../../src/lib/domain/rules/index';
import type { UnitVerdict } from '../../src/lib/domain/rules/index';
import { describeReason, formatCitation } from '../../src/lib/domain/rules/text';
import { evaluateUnits } from '../../src/lib/domain/verdicts';
import { adjacencyIndex } from '../../src/lib/domain/geo/contiguity';
import { datasetContext, type DatasetContext, type UnitView } from '../../src/lib/domain/units';
import { lamDongFiles, tempDb } from '../helpers/db';

describe('NQ 35 clauses on the Lâm Đồng data', () => {
	let t: Awaited<ReturnType<typeof tempDb>>;
	let units: UnitView[];
	let ctx: DatasetContext;
	let verdicts: Map<string, UnitVerdict>;
	let edges: { a: string; b: string }[];

	beforeAll(async () => {
		t = await tempDb();
		const id = (await importDataset(t.db, lamDongFiles(), { name: 'Lâm Đồng', createdBy: 'test' })).datasetId;
		units = await listUnits(t.db, id);
		ctx = datasetContext((await getDataset(t.db, id))!);
		verdicts = evaluateUnits(units, ctx, NQ35_2023);
		edges = (await listAdjacency(t.db, id, 'commune')).map((e) => ({ a: e.a_code, b: e.b_code }));
	}, 120_000);
	afterAll(async () => t?.cleanup());

	it('§4 Xã Đạ Oai (25111), subject in 2023–2025, cites point a of clause 2 of Article 1', () => {
		const v = verdicts.get('25111')!;
		expect(v.status).toBe('subject_2023_2025');
		expect(formatCitation(v.clause!, 'vi')).toBe('Điểm a khoản 2 Điều 1 Nghị quyết số 35/2023/UBTVQH15');
	});

	it('§4 every subject unit cites Article 1 (clause 2 for 2023–2025, clause 3 for 2026–2030), never Article 2', () => {
		const subject = [...verdicts.values()].filter((v) => v.phase);
		const communes = subject.filter((v) => v.level === 'commune');
		// The legend of the commune map: 6 in 2023–2025, 16 in 2026–2030.
		expect(communes.filter((v) => v.status === 'subject_2023_2025')).toHaveLength(6);
		expect(communes.filter((v) => v.status === 'subject_2026_2030')).toHaveLength(16);
		for (const v of subject) {
			expect(v.clause, v.unitCode).toMatchObject({ document: 'NQ 35/2023/UBTVQH15', article: '1' });
			expect(v.clause!.clause!.startsWith(v.phase === '2023-2025' ? '2.' : '3.'), v.unitCode).toBe(true);
		}
	});

	it('§5 Đạ Oai + one neighbour, short of the population standard: neither justification (a) nor (b) applies', () => {
		const idx = adjacencyIndex(edges);
		const nb = idx.neighbours('25111');
		expect(nb.length).toBeGreaterThan(0);
		const byCode = new Map(units.map((u) => [u.code, u]));
		const members = ['25111', nb[0]].map((c) => byCode.get(c)!);
		const v = evaluateMerger(members, ctx, NQ35_2023, {
			adjacency: idx.isAdjacent,
			neighbours: idx.neighbours,
			memberVerdicts: Object.fromEntries(members.map((m) => [m.code, verdicts.get(m.code)!]))
		});
		expect(v.contiguity.connected).toBe(true);
		// Đạ Oai + Xã 25108: 136.8% of the area standard, 86.2% of the population standard (meets the area only).
		expect(nb[0]).toBe('25108');
		expect(v.meets).toBe('area');
		// Two units, other adjacent communes could still be added, no specific factor: neither (a) nor (b).
		expect(v.justification?.code).toBe('none');
		expect(v.justification?.furtherAdjacent).toEqual(expect.arrayContaining(['25117', '25153']));
		const r = v.warnings.find((x) => x.code === 'merger_justification')!;
		expect(describeReason(r, 'vi')).toMatch(/^Chưa có lý do được thừa nhận/);
	});
});
