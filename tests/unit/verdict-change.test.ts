import { describe, expect, it } from 'vitest';
import { NQ35_2023 } from '../../src/lib/domain/rules/index';
import { evaluateUnits } from '../../src/lib/domain/verdicts';
import { verdictChangeNotice, verdictChanges } from '../../src/lib/domain/verdict-change';
import type { DatasetContext, UnitView } from '../../src/lib/domain/units';
import { testUnit } from '../fixtures/units';

const ctx: DatasetContext = {
	provinceCode: '68',
	provinceName: 'Lâm Đồng',
	referenceDate: '2022-12-31',
	defaultTerrain: 'mountainous'
};
const view = (u: ReturnType<typeof testUnit>): UnitView => ({
	...u,
	label: null,
	bbox: null,
	exemptionCode: null,
	exemptionNote: null
});
const district = view(
	testUnit('681', 'Huyện Đạ Huoai', { kind: 'huyen', parentCode: '68', population: 150_000, areaOfficialKm2: 900 })
);
const daOai = (population: number) =>
	view(testUnit('25111', 'Xã Đạ Oai', { parentCode: '681', population, areaOfficialKm2: 20 }));

describe('say when a verdict changes (issue 10 item 7; NQ 35 Art. 1.2 and 1.3)', () => {
	it('an edit of the population that moves Đạ Oai from 2023–2025 to 2026–2030 gives one notice with its reason', () => {
		const before = evaluateUnits([district, daOai(2_000)], ctx, NQ35_2023);
		const after = evaluateUnits([district, daOai(4_500)], ctx, NQ35_2023);
		expect(before.get('25111')!.phase).toBe('2023-2025');
		expect(after.get('25111')!.phase).toBe('2026-2030');
		const changes = verdictChanges(before, after);
		expect(changes.map((c) => c.code)).toEqual(['25111']);
		const n = verdictChangeNotice(changes[0], 'Xã Đạ Oai — Huyện Đạ Huoai', 'vi');
		expect(n.title).toBe('Xã Đạ Oai — Huyện Đạ Huoai: 2023–2025 → 2026–2030');
		expect(n.reason).toMatch(/Điều 1/);
	});
	it('an edit that changes no verdict gives no notice', () => {
		const before = evaluateUnits([district, daOai(2_000)], ctx, NQ35_2023);
		const after = evaluateUnits([district, daOai(2_100)], ctx, NQ35_2023);
		expect(verdictChanges(before, after)).toEqual([]);
	});
});
