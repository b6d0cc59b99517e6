/**
 * NQ 35/2023 rule set: standards (NQ 1211 Art. 1–9), Art. 3a reductions, the phase criteria (NQ 35 Art. 1.2, 1.3),
 * exemptions (Art. 3), overrides, text. One case per rule row of domain.md, the clause in the test name.
 */
import { testUnit } from '../fixtures/units';
import { describe, expect, it } from 'vitest';
import {
	NQ35_2023,
	applyOverrides,
	checkDataset,
	evaluateUnit,
	getRuleSet,
	listRuleValues,
	RULE_SETS,
	DEFAULT_RULE_SET_ID,
	DEFAULT_AREA_DIFFERENCE_WARN,
	areaDifferenceCheck
} from '../../src/lib/domain/rules/index';
import type { UnitVerdict } from '../../src/lib/domain/rules/index';
import {
	criterionLabel,
	describeReason,
	formatCitation,
	hasReasonText,
	meetsLabel,
	percentText,
	phaseLabel,
	roleLabel,
	statusLabel,
	terrainLabel
} from '../../src/lib/domain/rules/text';
import { formatArea, formatNumber, formatPercent, formatPopulation } from '../../src/lib/domain/format';
import type { DatasetContext, Terrain, UnitKind, UnitRecord } from '../../src/lib/domain/units';

const rules = NQ35_2023;
const ctx: DatasetContext = {
	provinceCode: '68',
	provinceName: 'Lâm Đồng',
	referenceDate: '2022-12-31',
	defaultTerrain: 'other'
};
const mountainCtx: DatasetContext = { ...ctx, defaultTerrain: 'mountainous' };

let seq = 0;
/** A unit with neutral defaults: a lowland commune with official area and population. */
function unit(o: Partial<UnitRecord> = {}): UnitRecord {
	const n = ++seq;
	return testUnit(
		String(n).padStart(5, '0'),
		`Đơn vị ${n}`,
		{ population: 100_000, populationDate: '2022-12-31', areaOfficialKm2: 1_000 },
		o
	);
}

const codes = (v: UnitVerdict, list: 'reasons' | 'warnings') => v[list].map((r) => r.code);

// ---------------------------------------------------------------------------------------------------------------
describe('standards (NQ 1211/2016 as amended by NQ 27/2022)', () => {
	const rows: [string, UnitKind, Terrain, UnitKind | undefined, number, number, string][] = [
		['Art. 1 province, mountainous/highland', 'tinh', 'mountainous', undefined, 900_000, 8_000, '1'],
		['Art. 1 province, other', 'tinh', 'other', undefined, 1_400_000, 5_000, '1'],
		['Art. 2 huyện, mountainous/highland', 'huyen', 'mountainous', undefined, 80_000, 850, '2'],
		['Art. 2 huyện, other', 'huyen', 'other', undefined, 120_000, 450, '2'],
		['Art. 3 xã, mountainous/highland', 'xa', 'mountainous', undefined, 5_000, 50, '3'],
		['Art. 3 xã, other', 'xa', 'other', undefined, 8_000, 30, '3'],
		['Art. 5 thành phố thuộc tỉnh', 'thanh_pho', 'other', undefined, 150_000, 150, '5'],
		['Art. 5 thành phố thuộc TP trực thuộc TW', 'thanh_pho_thuoc_tp', 'other', undefined, 150_000, 150, '5'],
		['Art. 6 thị xã (verify)', 'thi_xa', 'other', undefined, 100_000, 200, '6'],
		['Art. 7 quận', 'quan', 'other', undefined, 150_000, 35, '7'],
		['Art. 8 phường of a quận', 'phuong', 'other', 'quan', 15_000, 5.5, '8'],
		['Art. 8 phường of a thành phố thuộc tỉnh', 'phuong', 'other', 'thanh_pho', 7_000, 5.5, '8'],
		['Art. 8 phường of a thành phố thuộc TP trực thuộc TW', 'phuong', 'other', 'thanh_pho_thuoc_tp', 7_000, 5.5, '8'],
		['Art. 8 phường of a thị xã', 'phuong', 'other', 'thi_xa', 5_000, 5.5, '8'],
		['Art. 9 thị trấn', 'thi_tran', 'other', undefined, 8_000, 14, '9'],
		// Urban kinds have no mountainous variant.
		['Art. 5 thành phố, mountainous terrain: same standard', 'thanh_pho', 'mountainous', undefined, 150_000, 150, '5'],
		['Art. 6 thị xã, mountainous terrain: same standard', 'thi_xa', 'mountainous', undefined, 100_000, 200, '6'],
		['Art. 7 quận, mountainous terrain: same standard', 'quan', 'mountainous', undefined, 150_000, 35, '7'],
		['Art. 8 phường of a quận, mountainous terrain: same standard', 'phuong', 'mountainous', 'quan', 15_000, 5.5, '8'],
		['Art. 9 thị trấn, mountainous terrain: same standard', 'thi_tran', 'mountainous', undefined, 8_000, 14, '9']
	];
	it.each(rows)('%s', (_name, kind, terrain, parentKind, pop, area, article) => {
		// A unit exactly at the standard: both ratios 100 %, never subject.
		const v = evaluateUnit(unit({ kind, terrain, population: pop, areaOfficialKm2: area }), ctx, rules, { parentKind });
		expect(v.standards?.population.base).toBe(pop);
		expect(v.standards?.area.base).toBe(area);
		expect(v.standards?.population.effective).toBe(pop);
		expect(v.standards?.population.citation.article).toBe(article);
		expect(v.standards?.population.citation.document).toBe('NQ 1211/2016/UBTVQH13');
		expect(v.ratios.area).toBe(1);
		expect(v.ratios.population).toBe(1);
		expect(v.status).toBe('not_subject');
		expect(v.terrain.value).toBe(terrain);
	});

	it('Art. 6 thị xã values are marked verify (not verified)', () => {
		const v = evaluateUnit(unit({ kind: 'thi_xa', population: 50_000, areaOfficialKm2: 100 }), ctx, rules);
		expect(v.standards?.population.verified).toBe(false);
		expect(v.standards?.area.verified).toBe(false);
		const r = v.reasons.find((x) => x.code === 'uses_unverified_values');
		expect(r?.params.keys).toEqual(['standard.thi_xa.population', 'standard.thi_xa.area']);
	});

	it('Art. 1 province: standards apply, but NQ 35 has no criteria at province level', () => {
		const v = evaluateUnit(unit({ kind: 'tinh', population: 100_000, areaOfficialKm2: 100 }), ctx, rules);
		expect(v.status).toBe('not_subject');
		expect(codes(v, 'reasons')).toContain('level_not_in_scope');
	});

	it('Art. 8 phường without the parent kind cannot pick its standard: missing_data', () => {
		const v = evaluateUnit(unit({ kind: 'phuong', population: 1_000, areaOfficialKm2: 1 }), ctx, rules);
		expect(v.status).toBe('missing_data');
		expect(codes(v, 'warnings')).toContain('parent_kind_missing');
	});

	it('terrain: dataset default applies when the unit has none, unit value overrides it (domain.md §2)', () => {
		const a = evaluateUnit(unit({ kind: 'xa' }), mountainCtx, rules);
		expect(a.terrain).toEqual({ value: 'mountainous', source: 'dataset_default' });
		expect(a.standardId).toBe('xa.mountainous');
		const b = evaluateUnit(unit({ kind: 'xa', terrain: 'other' }), mountainCtx, rules);
		expect(b.terrain).toEqual({ value: 'other', source: 'unit' });
		expect(b.standardId).toBe('xa.other');
	});
});

// ---------------------------------------------------------------------------------------------------------------
describe('NQ 35 Art. 1.2 / 1.3 criteria: strict "below", both sides of every line', () => {
	// xã other: 8,000 persons / 30 km²; huyện other: 120,000 persons / 450 km².
	type Row = [string, UnitKind, number, number, string, string | null];
	const rows: Row[] = [
		// [name, kind, area km², population, expected status, expected criterion]
		['1.2.a commune a=69.99% p=69.99% → subject 2023–2025', 'xa', 20.997, 5_599.2, 'subject_2023_2025', 'a<70&p<70'],
		[
			'1.2.a commune a=70.00% (not below) p=69.99% → only 2026–2030',
			'xa',
			21,
			5_599.2,
			'subject_2026_2030',
			'a<100&p<100'
		],
		[
			'1.2.a commune a=69.99% p=70.00% (not below) → only 2026–2030',
			'xa',
			20.997,
			5_600,
			'subject_2026_2030',
			'a<100&p<100'
		],
		[
			'1.2.a district a=69.99% p=69.99% → subject 2023–2025',
			'huyen',
			314.955,
			83_988,
			'subject_2023_2025',
			'a<70&p<70'
		],
		['1.2.a district a=70.00% p=69.99% → only 2026–2030', 'huyen', 315, 83_988, 'subject_2026_2030', 'a<100&p<100'],
		[
			'1.2.b district a=19.99% p=199.99% → subject 2023–2025',
			'huyen',
			89.955,
			239_988,
			'subject_2023_2025',
			'a<20&p<200'
		],
		[
			'1.2.b district a=20.00% p=199.99% → 2026–2030 by a<30&p<200',
			'huyen',
			90,
			239_988,
			'subject_2026_2030',
			'a<30&p<200'
		],
		['1.2.b district a=19.99% p=200.00% → not subject', 'huyen', 89.955, 240_000, 'not_subject', null],
		[
			'1.2.b district a=19% p=250%: the commune line (300%) does not apply',
			'huyen',
			85.5,
			300_000,
			'not_subject',
			null
		],
		['1.2.c commune a=19.99% p=299.99% → subject 2023–2025', 'xa', 5.997, 23_999.2, 'subject_2023_2025', 'a<20&p<300'],
		[
			'1.2.c commune a=20.00% p=299.99% → 2026–2030 by a<30&p<300',
			'xa',
			6,
			23_999.2,
			'subject_2026_2030',
			'a<30&p<300'
		],
		['1.2.c commune a=19.99% p=300.00% → not subject', 'xa', 5.997, 24_000, 'not_subject', null],
		[
			'1.2.c commune a=19% p=250% → subject 2023–2025 (commune line)',
			'xa',
			5.7,
			20_000,
			'subject_2023_2025',
			'a<20&p<300'
		],
		['1.3.a commune a=99.99% p=99.99% → subject 2026–2030', 'xa', 29.997, 7_999.2, 'subject_2026_2030', 'a<100&p<100'],
		['1.3.a commune a=100.00% p=99.99% → not subject', 'xa', 30, 7_999.2, 'not_subject', null],
		['1.3.a commune a=99.99% p=100.00% → not subject', 'xa', 29.997, 8_000, 'not_subject', null],
		[
			'1.3.a district a=99.99% p=99.99% → subject 2026–2030',
			'huyen',
			449.955,
			119_988,
			'subject_2026_2030',
			'a<100&p<100'
		],
		['1.3.a district a=100% p=99.99% → not subject', 'huyen', 450, 119_988, 'not_subject', null],
		[
			'1.3.b district a=29.99% p=199.99% → subject 2026–2030',
			'huyen',
			134.955,
			239_988,
			'subject_2026_2030',
			'a<30&p<200'
		],
		['1.3.b district a=30.00% p=199.99% → not subject', 'huyen', 135, 239_988, 'not_subject', null],
		['1.3.b district a=29.99% p=200.00% → not subject', 'huyen', 134.955, 240_000, 'not_subject', null],
		[
			'1.3.c commune a=29.99% p=299.99% → subject 2026–2030 (verify)',
			'xa',
			8.997,
			23_999.2,
			'subject_2026_2030',
			'a<30&p<300'
		],
		['1.3.c commune a=30.00% p=299.99% → not subject', 'xa', 9, 23_999.2, 'not_subject', null],
		['1.3.c commune a=29.99% p=300.00% → not subject', 'xa', 8.997, 24_000, 'not_subject', null]
	];
	it.each(rows)('Art. %s', (_name, kind, area, pop, status, criterion) => {
		const v = evaluateUnit(unit({ kind, areaOfficialKm2: area, population: pop }), ctx, rules);
		expect(v.status).toBe(status);
		expect(v.criterion).toBe(criterion);
		if (criterion) {
			expect(v.clause?.document).toBe('NQ 35/2023/UBTVQH15');
			expect(v.phase).toBe(status === 'subject_2023_2025' ? '2023-2025' : '2026-2030');
		} else expect(v.phase).toBeNull();
	});

	it('ratios are unrounded (0.6999 stays 0.6999)', () => {
		const v = evaluateUnit(unit({ areaOfficialKm2: 20.997, population: 5_599.2 }), ctx, rules);
		expect(v.ratios.area).toBeCloseTo(0.6999, 10);
		expect(v.ratios.population).toBeCloseTo(0.6999, 10);
	});

	it('Art. 1.2 a unit subject in 2023–2025 is not also reported as 2026–2030', () => {
		const v = evaluateUnit(unit({ areaOfficialKm2: 10, population: 3_000 }), ctx, rules);
		expect(v.status).toBe('subject_2023_2025');
		expect(v.matchedCriteria.every((c) => ['a<70&p<70', 'a<20&p<300'].includes(c))).toBe(true);
		expect(v.reasons.filter((r) => r.code === 'criterion_met').every((r) => r.params.phase === '2023-2025')).toBe(true);
		expect(codes(v, 'reasons')).not.toContain('phase_halted');
	});

	it('Art. 1.2.a and 1.2.c both matched: the first is the criterion, both are listed', () => {
		const v = evaluateUnit(unit({ areaOfficialKm2: 5, population: 4_000 }), ctx, rules);
		expect(v.criterion).toBe('a<70&p<70');
		expect(v.matchedCriteria).toEqual(['a<70&p<70', 'a<20&p<300']);
	});

	it('Art. 1.3 the 2026–2030 phase is shown with its halted status (March 2025)', () => {
		const v = evaluateUnit(unit({ areaOfficialKm2: 25, population: 7_000 }), ctx, rules);
		expect(v.status).toBe('subject_2026_2030');
		const halted = v.reasons.find((r) => r.code === 'phase_halted');
		expect(halted?.params).toMatchObject({ phase: '2026-2030', since: '2025-03', replacedBy: 'nq76-2025' });
		expect(phaseLabel('2026-2030', 'vi')).toBe(
			'Giai đoạn 2026–2030 (đã dừng thực hiện từ tháng 3/2025, thay bằng đợt sắp xếp năm 2025 (Nghị quyết số 76/2025/UBTVQH15))'
		);
		expect(describeReason(halted!, 'vi')).toContain('đã dừng thực hiện từ tháng 3/2025');
	});

	it('Art. 1.3.c is marked verify: the verdict says it relies on unverified values', () => {
		const v = evaluateUnit(unit({ areaOfficialKm2: 8, population: 20_000 }), ctx, rules);
		expect(v.criterion).toBe('a<30&p<300');
		expect(v.reasons.find((r) => r.code === 'uses_unverified_values')?.params.keys).toEqual([
			'criterion.2026_2030.a30_p300.area_below',
			'criterion.2026_2030.a30_p300.population_below'
		]);
	});
});

// ---------------------------------------------------------------------------------------------------------------
describe('NQ 1211 Art. 3a reductions (rural units, one factor per standard)', () => {
	// Mountainous xã: 5,000 persons standard.
	const steps: [string, number, number | null][] = [
		['29.9% share → no reduction', 0.299, null],
		['30% share → 50%', 0.3, 0.5],
		['39.9% share → 50% (whole 10-point steps only)', 0.399, 0.5],
		['40% share → 45%', 0.4, 0.45],
		['49.99% share → 45%', 0.4999, 0.45],
		['50% share → 40%', 0.5, 0.4],
		['51.37% share → 40%', 0.5137, 0.4],
		['60% share → 35%', 0.6, 0.35],
		['70% share → 30%', 0.7, 0.3],
		['80% share → 25%', 0.8, 0.25],
		['89.99% share → 25%', 0.8999, 0.25],
		['90% share → 20% (floor)', 0.9, 0.2],
		['100% share → 20% (never below the floor)', 1, 0.2]
	];
	it.each(steps)('Art. 3a mountainous xã, ethnic minority %s', (_name, share, percent) => {
		const v = evaluateUnit(unit({ terrain: 'mountainous', ethnicMinorityShare: share }), ctx, rules);
		const red = v.standards!.population.reduction;
		if (percent == null) {
			expect(red).toBeNull();
			expect(v.standards!.population.effective).toBe(5_000);
		} else {
			expect(red?.factor).toBe('ethnic_minority');
			expect(red?.percent).toBe(percent);
			expect(red?.clause.article).toBe('3a');
			expect(v.standards!.population.effective).toBeCloseTo(5_000 * percent, 9);
			expect(v.standards!.population.base).toBe(5_000);
		}
		expect(v.standards!.area.reduction).toBeNull();
	});

	it('Art. 3a ethnic share alone does not reduce a lowland (not mountainous) unit', () => {
		const v = evaluateUnit(unit({ terrain: 'other', ethnicMinorityShare: 0.8 }), ctx, rules);
		expect(v.standards!.population.reduction).toBeNull();
	});

	const border: [string, Partial<UnitRecord>, number][] = [
		['lowland xã on the border, no ethnic minority → 50%', { terrain: 'other', border: true }, 0.5],
		[
			'lowland xã on the border, 45% ethnic share → 45%',
			{ terrain: 'other', border: true, ethnicMinorityShare: 0.45 },
			0.45
		],
		[
			'mountainous xã on the border, 10% ethnic share → 50%',
			{ terrain: 'mountainous', border: true, ethnicMinorityShare: 0.1 },
			0.5
		],
		['huyện on the border → 50%', { kind: 'huyen', border: true }, 0.5],
		['province on the border → 50%', { kind: 'tinh', border: true }, 0.5]
	];
	it.each(border)('Art. 3a border unit: %s', (_name, o, percent) => {
		const v = evaluateUnit(unit(o), ctx, rules);
		expect(v.standards!.population.reduction?.percent).toBe(percent);
		expect(['border', 'ethnic_minority']).toContain(v.standards!.population.reduction?.factor);
	});

	it('Art. 3a border unit without the mountainous ethnic condition reports the border factor', () => {
		const v = evaluateUnit(unit({ border: true }), ctx, rules);
		expect(v.standards!.population.reduction?.factor).toBe('border');
	});

	it('Art. 3a mountainous huyện with 50% ethnic share → population standard 40% of 80,000', () => {
		const v = evaluateUnit(unit({ kind: 'huyen', terrain: 'mountainous', ethnicMinorityShare: 0.5 }), ctx, rules);
		expect(v.standards!.population.effective).toBe(32_000);
	});

	it('Art. 3a specially difficult coastal commune → population 50%', () => {
		const v = evaluateUnit(unit({ coastalDifficult: true }), ctx, rules);
		expect(v.standards!.population.reduction?.factor).toBe('coastal_difficult');
		expect(v.standards!.population.effective).toBe(4_000);
	});

	it('Art. 3a coastal factor is for communes only (a huyện flagged coastal gets none)', () => {
		const v = evaluateUnit(unit({ kind: 'huyen', coastalDifficult: true }), ctx, rules);
		expect(v.standards!.population.reduction).toBeNull();
	});

	it('Art. 3a Red River Delta rural unit → area 70% (30 → 21 km²)', () => {
		const v = evaluateUnit(unit({ delta: true }), ctx, rules);
		expect(v.standards!.area.reduction?.factor).toBe('delta');
		expect(v.standards!.area.effective).toBe(21);
		expect(v.standards!.population.reduction).toBeNull();
	});

	it('Art. 3a never stacked: border + coastal difficult → 50%, not 25%', () => {
		const v = evaluateUnit(unit({ border: true, coastalDifficult: true }), ctx, rules);
		expect(v.standards!.population.reduction?.percent).toBe(0.5);
		expect(v.standards!.population.effective).toBe(4_000);
	});

	it('Art. 3a never stacked: 90% ethnic share + coastal → the more favourable 20% only', () => {
		const v = evaluateUnit(
			unit({ terrain: 'mountainous', ethnicMinorityShare: 0.9, coastalDifficult: true }),
			ctx,
			rules
		);
		expect(v.standards!.population.reduction).toMatchObject({ factor: 'ethnic_minority', percent: 0.2 });
		expect(v.standards!.population.effective).toBe(1_000);
	});

	it('Art. 3a one factor per standard: delta (area) and border (population) each reduce their own standard', () => {
		const v = evaluateUnit(unit({ delta: true, border: true }), ctx, rules);
		expect(v.standards!.area.effective).toBe(21);
		expect(v.standards!.population.effective).toBe(4_000);
	});

	const urban: [UnitKind, UnitKind | undefined][] = [
		['thi_tran', undefined],
		['phuong', 'quan'],
		['quan', undefined],
		['thi_xa', undefined],
		['thanh_pho', undefined]
	];
	it.each(urban)('Art. 3a urban units get no reduction: %s', (kind, parentKind) => {
		const v = evaluateUnit(
			unit({
				kind,
				terrain: 'mountainous',
				ethnicMinorityShare: 0.95,
				border: true,
				coastalDifficult: true,
				delta: true
			}),
			ctx,
			rules,
			{ parentKind }
		);
		expect(v.standards!.population.reduction).toBeNull();
		expect(v.standards!.area.reduction).toBeNull();
		expect(v.standards!.population.effective).toBe(v.standards!.population.base);
	});

	it('Art. 3a + NQ 35 Art. 1: the reduction changes the verdict (percentages against the reduced standard)', () => {
		// 2,000 persons / 20 km² mountainous xã: 40% / 40% of 5,000 / 50 → subject; with 90% ethnic share the
		// population standard is 1,000, p = 200% → not subject.
		const plain = evaluateUnit(unit({ terrain: 'mountainous', population: 2_000, areaOfficialKm2: 20 }), ctx, rules);
		expect(plain.status).toBe('subject_2023_2025');
		const reduced = evaluateUnit(
			unit({ terrain: 'mountainous', population: 2_000, areaOfficialKm2: 20, ethnicMinorityShare: 0.9 }),
			ctx,
			rules
		);
		expect(reduced.ratioBasis).toBe('reduced');
		expect(reduced.ratios.population).toBe(2);
		expect(reduced.status).toBe('not_subject');
	});

	it('setting off: NQ 35 percentages against the base standard (override setting.percentages_against_reduced)', () => {
		const rs = applyOverrides(rules, [{ key: 'setting.percentages_against_reduced', value: false }]);
		const v = evaluateUnit(
			unit({ terrain: 'mountainous', population: 2_000, areaOfficialKm2: 20, ethnicMinorityShare: 0.9 }),
			ctx,
			rs
		);
		expect(v.ratioBasis).toBe('base');
		expect(v.ratios.population).toBe(0.4);
		expect(v.status).toBe('subject_2023_2025');
		expect(codes(v, 'reasons')).toContain('percentages_against_base');
	});

	it('Art. 3a ethnic share outside 0..1 is ignored with a warning', () => {
		const v = evaluateUnit(unit({ terrain: 'mountainous', ethnicMinorityShare: 45 }), ctx, rules);
		expect(v.standards!.population.reduction).toBeNull();
		expect(codes(v, 'warnings')).toContain('ethnic_share_out_of_range');
	});
});

// ---------------------------------------------------------------------------------------------------------------
describe('figures: official vs computed area, missing data (domain.md §2)', () => {
	it('official area beats computed area', () => {
		const v = evaluateUnit(unit({ areaOfficialKm2: 20, areaComputedKm2: 20.5 }), ctx, rules);
		expect(v.areaUsed).toEqual({ km2: 20, source: 'official' });
		expect(codes(v, 'warnings')).not.toContain('area_difference');
	});
	it('computed area is used when there is no official figure', () => {
		const v = evaluateUnit(unit({ areaOfficialKm2: null, areaComputedKm2: 12.5 }), ctx, rules);
		expect(v.areaUsed).toEqual({ km2: 12.5, source: 'computed' });
	});
	it('a difference of exactly 5% is not flagged (> 5%)', () => {
		const v = evaluateUnit(unit({ areaOfficialKm2: 100, areaComputedKm2: 105 }), ctx, rules);
		expect(codes(v, 'warnings')).not.toContain('area_difference');
	});
	it('a difference above 5% is flagged, either way', () => {
		const up = evaluateUnit(unit({ areaOfficialKm2: 100, areaComputedKm2: 105.1 }), ctx, rules);
		expect(up.warnings.find((w) => w.code === 'area_difference')?.params).toMatchObject({
			officialKm2: 100,
			computedKm2: 105.1
		});
		const down = evaluateUnit(unit({ areaOfficialKm2: 100, areaComputedKm2: 94 }), ctx, rules);
		expect(codes(down, 'warnings')).toContain('area_difference');
		expect(down.areaUsed.km2).toBe(100);
	});
	it('missing population: warning; small area leaves the status open (missing_data)', () => {
		const v = evaluateUnit(unit({ population: null, areaOfficialKm2: 10 }), ctx, rules);
		expect(codes(v, 'warnings')).toContain('population_missing');
		expect(v.status).toBe('missing_data');
		expect(v.reasons.find((r) => r.code === 'undetermined')?.params).toEqual({
			phase: '2023-2025',
			missing: ['population']
		});
	});
	it('missing population: an area ≥ 100% of the standard decides "not subject" anyway', () => {
		const v = evaluateUnit(unit({ population: null, areaOfficialKm2: 31 }), ctx, rules);
		expect(v.status).toBe('not_subject');
		expect(codes(v, 'warnings')).toContain('population_missing');
	});
	it('missing area (neither official nor computed): warning and missing_data', () => {
		const v = evaluateUnit(unit({ areaOfficialKm2: null, areaComputedKm2: null, population: 3_000 }), ctx, rules);
		expect(codes(v, 'warnings')).toContain('area_missing');
		expect(v.status).toBe('missing_data');
		expect(v.areaUsed).toEqual({ km2: null, source: null });
	});
	it('missing area but population ≥ 300% of the standard: not subject', () => {
		const v = evaluateUnit(unit({ areaOfficialKm2: null, population: 24_000 }), ctx, rules);
		expect(v.status).toBe('not_subject');
	});
	it('unknown kind: warning and missing_data', () => {
		const v = evaluateUnit(unit({ kind: 'lang' as UnitKind }), ctx, rules);
		expect(v.status).toBe('missing_data');
		expect(codes(v, 'warnings')).toContain('unknown_kind');
	});
});

// ---------------------------------------------------------------------------------------------------------------
describe('NQ 35 Art. 3 exemptions', () => {
	const subject2023 = { areaOfficialKm2: 10, population: 3_000 };
	const subject2026 = { areaOfficialKm2: 25, population: 7_000 };
	const auto: [string, Partial<UnitRecord>, string, string, string][] = [
		[
			'3.2 subject 2023–2025, arranged 2019–2021 → exempt',
			{ ...subject2023, lastArrangedPeriod: '2019-2021' },
			'exempt',
			'2023-2025',
			'2'
		],
		[
			'3.3 subject 2026–2030, arranged 2019–2021 → exempt',
			{ ...subject2026, lastArrangedPeriod: '2019-2021' },
			'exempt',
			'2026-2030',
			'3'
		],
		[
			'3.3 subject 2026–2030, arranged 2023–2025 → exempt',
			{ ...subject2026, lastArrangedPeriod: '2023-2025' },
			'exempt',
			'2026-2030',
			'3'
		]
	];
	it.each(auto)('Art. %s (automatic)', (_name, o, status, phase, clause) => {
		const v = evaluateUnit(unit(o), ctx, rules);
		expect(v.status).toBe(status);
		expect(v.phase).toBe(phase); // still reported as what it would be subject to
		expect(v.criterion).not.toBeNull();
		expect(v.exemption).toMatchObject({ kind: 'automatic', phase, period: o.lastArrangedPeriod });
		expect(v.exemption?.clause).toEqual({ document: 'NQ 35/2023/UBTVQH15', article: '3', clause });
		expect(codes(v, 'reasons')).toContain('auto_exempt');
	});

	it('Art. 3.2 covers only 2019–2021: a unit arranged in 2023–2025 and subject in 2023–2025 stays subject', () => {
		const v = evaluateUnit(unit({ ...subject2023, lastArrangedPeriod: '2023-2025' }), ctx, rules);
		expect(v.status).toBe('subject_2023_2025');
		expect(v.exemption).toBeNull();
	});

	it('Art. 3.2 / 3.3 do not touch a unit that is not subject', () => {
		const v = evaluateUnit(unit({ lastArrangedPeriod: '2019-2021' }), ctx, rules);
		expect(v.status).toBe('not_subject');
		expect(v.exemption).toBeNull();
	});

	const recorded: [string, string][] = [
		['3.1.a isolated location', 'isolated_location'],
		['3.1.b boundaries unchanged since 1945', 'unchanged_since_1945'],
		['3.1.c special defence, security, historical, cultural, ethnic, religious factors', 'special_factors'],
		['3.1.d rural unit planned to become urban, already meeting the urban standards', 'planned_urban']
	];
	it.each(recorded)('Art. %s (recorded reason)', (name, code) => {
		const v = evaluateUnit(unit(subject2023), ctx, rules, {
			exemption: { reasonCode: code, justification: 'Đảo xa đất liền' }
		});
		expect(v.status).toBe('exempt');
		expect(v.phase).toBe('2023-2025');
		expect(v.exemption).toMatchObject({ kind: 'recorded', reasonCode: code, justification: 'Đảo xa đất liền' });
		expect(v.exemption?.clause.clause).toBe(`1.${name.charAt(4)}`);
		expect(
			describeReason(
				v.reasons.find((r) => r.code === 'recorded_exemption')!,
				'vi'
			)
		).toContain('Giải trình: Đảo xa đất liền');
	});

	it('Art. 3.1 an unknown reason code is not applied (warning), the unit stays subject', () => {
		const v = evaluateUnit(unit(subject2023), ctx, rules, { exemption: { reasonCode: 'because', justification: 'x' } });
		expect(v.status).toBe('subject_2023_2025');
		expect(codes(v, 'warnings')).toContain('unknown_exemption_reason');
	});

	it('Art. 3.1 a recorded reason without justification applies but warns', () => {
		const v = evaluateUnit(unit(subject2023), ctx, rules, {
			exemption: { reasonCode: 'special_factors', justification: '  ' }
		});
		expect(v.status).toBe('exempt');
		expect(codes(v, 'warnings')).toContain('exemption_justification_missing');
	});

	it('Art. 3.1 a recorded reason on a unit that is not subject is not needed', () => {
		const v = evaluateUnit(unit(), ctx, rules, { exemption: { reasonCode: 'special_factors', justification: 'x' } });
		expect(v.status).toBe('not_subject');
		expect(codes(v, 'reasons')).toContain('exemption_not_needed');
	});

	it('Art. 3.2 automatic exemption takes precedence over a recorded one', () => {
		const v = evaluateUnit(unit({ ...subject2023, lastArrangedPeriod: '2019-2021' }), ctx, rules, {
			exemption: { reasonCode: 'special_factors', justification: 'x' }
		});
		expect(v.exemption?.kind).toBe('automatic');
	});
});

// ---------------------------------------------------------------------------------------------------------------
describe('sub-unit counts (NQ 1211 Art. 1, 2): information only', () => {
	it.each([
		['Art. 2 huyện with 12 communes: below 13', 'huyen', 12, false],
		['Art. 2 huyện with 13 communes: meets 13', 'huyen', 13, true],
		['Art. 1 province with 8 districts: below 9', 'tinh', 8, false],
		['Art. 1 province with 9 districts: meets 9', 'tinh', 9, true]
	] as [string, UnitKind, number, boolean][])('%s', (_n, kind, count, met) => {
		const v = evaluateUnit(unit({ kind }), ctx, rules, { childCount: count });
		expect(v.reasons.find((r) => r.code === 'subunit_count')?.params).toMatchObject({ count, met });
		expect(v.status).toBe('not_subject'); // never a criterion
	});
	it('Art. 2 huyện without a thị trấn: information reason', () => {
		const v = evaluateUnit(unit({ kind: 'huyen' }), ctx, rules, { childCount: 14, hasThiTranChild: false });
		expect(codes(v, 'reasons')).toContain('subunit_kind_missing');
	});
	it('no count given: no reason', () => {
		const v = evaluateUnit(unit({ kind: 'huyen' }), ctx, rules);
		expect(codes(v, 'reasons')).not.toContain('subunit_count');
	});
});

// ---------------------------------------------------------------------------------------------------------------
describe('rule values: registry, listing, overrides', () => {
	it('registry: default id nq35-2023, three rule sets (NQ 35, NQ 76, NQ 112), unknown id throws', () => {
		expect(DEFAULT_RULE_SET_ID).toBe('nq35-2023');
		expect(getRuleSet()).toBe(NQ35_2023);
		expect(getRuleSet('nq35-2023')).toBe(NQ35_2023);
		expect(Object.keys(RULE_SETS).sort()).toEqual(['nq112-2025', 'nq35-2023', 'nq76-2025']);
		expect(() => getRuleSet('nq99')).toThrow();
	});

	it('listRuleValues: flat rows with label, unit, citation; verify items are not verified', () => {
		const rows = listRuleValues(rules);
		const keys = rows.map((r) => r.key);
		expect(new Set(keys).size).toBe(keys.length);
		const thiXa = rows.find((r) => r.key === 'standard.thi_xa.population')!;
		expect(thiXa).toMatchObject({ value: 100_000, unit: 'persons', verified: false, overridden: false });
		expect(thiXa.label_vi).toContain('thị xã');
		expect(thiXa.citation.article).toBe('6');
		const unverified = rows
			.filter((r) => !r.verified)
			.map((r) => r.key)
			.sort();
		expect(unverified).toEqual([
			'criterion.2026_2030.a30_p300.area_below',
			'criterion.2026_2030.a30_p300.population_below',
			'merger.three_or_more.min_members',
			'reduction.island.percent',
			'standard.thi_xa.area',
			'standard.thi_xa.population'
		]);
		for (const r of rows) {
			expect(r.label_vi.length).toBeGreaterThan(5);
			expect(r.label_en.length).toBeGreaterThan(5);
			expect(r.citation.document).toBeTruthy();
		}
		expect(rows.find((r) => r.key === 'reference_date')?.value).toBe('2022-12-31');
		expect(rows.find((r) => r.key === 'criterion.2023_2025.a70_p70.area_below')?.value).toBe(0.7);
	});

	it('override of standard.thi_xa.population changes the verdict and keeps the original', () => {
		const u = unit({ kind: 'thi_xa', population: 60_000, areaOfficialKm2: 100 });
		expect(evaluateUnit(u, ctx, rules).status).toBe('subject_2023_2025');
		const rs = applyOverrides(rules, [{ key: 'standard.thi_xa.population', value: 50_000 }]);
		const v = evaluateUnit(u, ctx, rs);
		expect(v.standards!.population.base).toBe(50_000);
		expect(v.standards!.population.overridden).toBe(true);
		expect(v.status).toBe('not_subject');
		const row = listRuleValues(rs).find((r) => r.key === 'standard.thi_xa.population')!;
		expect(row).toMatchObject({ value: 50_000, overridden: true, original: 100_000 });
		// The input rule set is untouched.
		expect(rules.standards.find((s) => s.id === 'thi_xa')!.population.value).toBe(100_000);
		expect(evaluateUnit(u, ctx, rules).status).toBe('subject_2023_2025');
	});

	it('override of a criterion threshold changes the verdict (a<70 → 80%)', () => {
		const u = unit({ areaOfficialKm2: 22.5, population: 6_000 }); // 75% / 75%
		expect(evaluateUnit(u, ctx, rules).status).toBe('subject_2026_2030');
		const rs = applyOverrides(rules, [
			{ key: 'criterion.2023_2025.a70_p70.area_below', value: 0.8 },
			{ key: 'criterion.2023_2025.a70_p70.population_below', value: 0.8 }
		]);
		const v = evaluateUnit(u, ctx, rs);
		expect(v.status).toBe('subject_2023_2025');
		expect(v.criterion).toBe('a<70&p<70'); // stable id
		expect(criterionLabel(rs.phases[0].criteria[0], 'vi')).toBe(
			'Diện tích tự nhiên dưới 80% và quy mô dân số dưới 80% tiêu chuẩn'
		);
	});

	it('override of an Art. 3a value (floor 20% → 30%) changes the reduced standard', () => {
		const rs = applyOverrides(rules, [{ key: 'reduction.ethnic_border.floor_percent', value: 0.3 }]);
		const v = evaluateUnit(unit({ terrain: 'mountainous', ethnicMinorityShare: 0.95 }), ctx, rs);
		expect(v.standards!.population.reduction?.percent).toBe(0.3);
	});

	it('shared key: standard.thanh_pho overrides both city kinds', () => {
		const rs = applyOverrides(rules, [{ key: 'standard.thanh_pho.population', value: 140_000 }]);
		expect(
			rs.standards.filter((s) => s.population.key === 'standard.thanh_pho.population').map((s) => s.population.value)
		).toEqual([140_000, 140_000]);
	});

	it('overrides that cannot apply are reported, not applied', () => {
		const rs = applyOverrides(rules, [
			{ key: 'standard.nope', value: 1 },
			{ key: 'standard.xa.other.population', value: 'many' },
			{ key: 'standard.xa.other.area', value: -3 },
			{ key: 'setting.percentages_against_reduced', value: 1 }
		]);
		expect(rs.overrideNotes).toEqual([
			{ key: 'standard.nope', problem: 'unknown_key' },
			{ key: 'standard.xa.other.population', problem: 'wrong_type' },
			{ key: 'standard.xa.other.area', problem: 'invalid_value' },
			{ key: 'setting.percentages_against_reduced', problem: 'wrong_type' }
		]);
		expect(rs.standards.find((s) => s.id === 'xa.other')!.area.value).toBe(30);
		expect(checkDataset(ctx, rs).filter((r) => r.code === 'override_not_applied')).toHaveLength(4);
	});

	it('checkDataset: reference date (31/12/2022), unverified values, halted phase', () => {
		const ok = checkDataset(ctx, rules).map((r) => r.code);
		expect(ok).not.toContain('reference_date_mismatch');
		expect(ok).toContain('unverified_values');
		expect(ok).toContain('phase_halted');
		expect(checkDataset({ ...ctx, referenceDate: '31/12/2022' }, rules).map((r) => r.code)).not.toContain(
			'reference_date_mismatch'
		);
		expect(checkDataset({ ...ctx, referenceDate: '2024-12-31' }, rules).map((r) => r.code)).toContain(
			'reference_date_mismatch'
		);
		expect(checkDataset({ ...ctx, referenceDate: null }, rules).map((r) => r.code)).toContain('reference_date_missing');
	});
});

// ---------------------------------------------------------------------------------------------------------------
describe('text and number formatting', () => {
	it.each([
		[1448.48, 'vi', 2, '1.448,48'],
		[146064, 'vi', 0, '146.064'],
		[146064, 'en', 0, '146,064'],
		[1448.48, 'en', 2, '1,448.48'],
		[1.005, 'vi', 2, '1,01'],
		[-1234567.5, 'vi', 1, '-1.234.567,5'],
		[0, 'vi', 0, '0'],
		[999.999, 'vi', 2, '1.000,00']
	] as [number, 'vi' | 'en', number, string][])('formatNumber(%s, %s, %s) = %s', (n, lang, d, out) => {
		expect(formatNumber(n, lang, d)).toBe(out);
	});
	it('formatArea / formatPopulation / formatPercent', () => {
		expect(formatArea(1448.48, 'vi')).toBe('1.448,48 km²');
		expect(formatPopulation(146064, 'vi')).toBe('146.064 người');
		expect(formatPopulation(146064, 'en')).toBe('146,064 people');
		expect(formatPercent(0.693, 'vi')).toBe('69,3%');
		expect(formatNumber(null, 'vi')).toBe('—');
	});
	it('percentText truncates so 69.999% never shows as 70%', () => {
		expect(percentText(0.69999, 'vi')).toBe('69,99%');
		expect(percentText(0.7, 'vi')).toBe('70%');
		expect(percentText(0.7 - Number.EPSILON / 2, 'vi')).toBe('70%');
		expect(percentText(0.5137, 'en')).toBe('51.37%');
	});
	it('formatCitation in Vietnamese and English', () => {
		const c = { document: 'NQ 35/2023/UBTVQH15', article: '1', clause: '2.a' };
		expect(formatCitation(c, 'vi')).toBe('Điểm a khoản 2 Điều 1 Nghị quyết số 35/2023/UBTVQH15');
		expect(formatCitation(c, 'en')).toBe('Art. 1(2)(a), Resolution 35/2023/UBTVQH15');
		expect(formatCitation({ document: 'NQ 35/2023/UBTVQH15', article: '3', clause: '2' }, 'vi')).toBe(
			'Khoản 2 Điều 3 Nghị quyết số 35/2023/UBTVQH15'
		);
		expect(
			formatCitation({ document: 'NQ 1211/2016/UBTVQH13', article: '3a', amendedBy: 'NQ 27/2022/UBTVQH15' }, 'vi')
		).toBe('Điều 3a Nghị quyết số 1211/2016/UBTVQH13 (được sửa đổi, bổ sung bởi Nghị quyết số 27/2022/UBTVQH15)');
	});
	it('labels use the legal terms with diacritics', () => {
		expect(statusLabel('subject_2023_2025', 'vi')).toBe('Thuộc diện sắp xếp giai đoạn 2023–2025');
		expect(statusLabel('exempt', 'vi')).toBe('Không bắt buộc sắp xếp');
		expect(roleLabel('encouraged', 'vi')).toBe('Khuyến khích sắp xếp');
		expect(roleLabel('adjacent_partner', 'vi')).toBe('Đơn vị liền kề');
		expect(meetsLabel('area', 'vi')).toBe('Đạt tiêu chuẩn diện tích tự nhiên, chưa đạt tiêu chuẩn quy mô dân số');
		expect(terrainLabel('mountainous', 'vi')).toBe('Miền núi, vùng cao');
		expect(criterionLabel('a<20&p<300', 'vi')).toBe(
			'Diện tích tự nhiên dưới 20% và quy mô dân số dưới 300% tiêu chuẩn'
		);
		expect(phaseLabel('2023-2025', 'en')).toBe('Phase 2023–2025');
	});
	it('describeReason: every reason a verdict emits has a sentence in both languages', () => {
		const samples: UnitVerdict[] = [
			evaluateUnit(
				unit({ terrain: 'mountainous', ethnicMinorityShare: 0.5137, areaOfficialKm2: 10, population: 1_000 }),
				ctx,
				rules
			),
			evaluateUnit(
				unit({ border: true, coastalDifficult: true, delta: true, island: true, areaComputedKm2: 2_000 }),
				ctx,
				rules
			),
			evaluateUnit(unit({ population: null, areaOfficialKm2: 10 }), ctx, rules),
			evaluateUnit(unit({ areaOfficialKm2: 25, population: 7_000, lastArrangedPeriod: '2023-2025' }), ctx, rules),
			evaluateUnit(unit({ kind: 'huyen' }), ctx, rules, { childCount: 5, hasThiTranChild: false }),
			evaluateUnit(unit({ kind: 'thi_xa', population: 1, areaOfficialKm2: 1 }), ctx, rules, {
				exemption: { reasonCode: 'planned_urban', justification: '' }
			})
		];
		for (const v of samples) {
			for (const r of [...v.reasons, ...v.warnings]) {
				expect(hasReasonText(r.code), r.code).toBe(true);
				const vi = describeReason(r, 'vi');
				const en = describeReason(r, 'en');
				expect(vi).not.toContain('undefined');
				expect(en).not.toContain('undefined');
				expect(vi).not.toBe(en);
			}
		}
		const reduction = samples[0].reasons.find((r) => r.code === 'reduction_ethnic_border')!;
		expect(describeReason(reduction, 'vi')).toContain('dân tộc thiểu số');
		expect(describeReason(reduction, 'vi')).toContain('40%');
	});
});

// ---------------------------------------------------------------------------------------------------------------
describe('10,000 units (issue 16: the verdicts of known units, not a sum that holds by construction)', () => {
	// Eight units whose verdicts are worked out by hand, repeated to 10,000 with fresh codes.
	// xã other: 8,000 persons / 30 km²; xã mountainous: 5,000 / 50 km²; huyện other: 120,000 / 450 km².
	const known: [string, Partial<UnitRecord>, UnitVerdict['status'], string | null][] = [
		['xã 20 km² (66.7%), 5,000 (62.5%)', { areaOfficialKm2: 20, population: 5_000 }, 'subject_2023_2025', 'a<70&p<70'],
		[
			'xã 25 km² (83.3%), 7,000 (87.5%)',
			{ areaOfficialKm2: 25, population: 7_000 },
			'subject_2026_2030',
			'a<100&p<100'
		],
		['xã 40 km², 9,000: above both standards', { areaOfficialKm2: 40, population: 9_000 }, 'not_subject', null],
		[
			'mountainous xã, 90% ethnic minority: 2,000 = 200% of the reduced 1,000; 20 km² = 40%',
			{ terrain: 'mountainous', ethnicMinorityShare: 0.9, areaOfficialKm2: 20, population: 2_000 },
			'not_subject',
			null
		],
		[
			'xã subject in 2023–2025 but arranged in 2019–2021 (Art. 3.2)',
			{ areaOfficialKm2: 20, population: 5_000, lastArrangedPeriod: '2019-2021' },
			'exempt',
			'a<70&p<70'
		],
		[
			'island xã 3,000 / 8 km² against 1,600 / 6 km² (20%)',
			{ island: true, areaOfficialKm2: 8, population: 3_000 },
			'not_subject',
			null
		],
		['xã 10 km², no population', { areaOfficialKm2: 10, population: null }, 'missing_data', null],
		[
			'huyện 300 km² (66.7%), 80,000 (66.7%)',
			{ kind: 'huyen', areaOfficialKm2: 300, population: 80_000 },
			'subject_2023_2025',
			'a<70&p<70'
		]
	];
	it('each of 10,000 units gets the verdict worked out for its kind of case', () => {
		const units = Array.from({ length: 10_000 }, (_, i) =>
			unit({ ...known[i % known.length][1], code: String(i).padStart(5, '0') })
		);
		const counts: Record<string, number> = {};
		units.forEach((u, i) => {
			const [name, , status, criterion] = known[i % known.length];
			const v = evaluateUnit(u, ctx, rules);
			expect(v.status, `${u.code}: ${name}`).toBe(status);
			expect(v.criterion, `${u.code}: ${name}`).toBe(criterion);
			counts[v.status] = (counts[v.status] ?? 0) + 1;
		});
		expect(counts).toEqual({
			subject_2023_2025: 2_500,
			subject_2026_2030: 1_250,
			not_subject: 3_750,
			exempt: 1_250,
			missing_data: 1_250
		});
	});
});

// ---------------------------------------------------------------------------------------------------------------
describe('island units (domain.md §3): 20% of their kind’s standards (verify), a reduction like the others', () => {
	it('§3 island xã of 3,000 people and 8 km²: judged against 1,600 / 6 km², not the mainland 8,000 / 30 km²', () => {
		const mainland = evaluateUnit(unit({ areaOfficialKm2: 8, population: 3_000 }), ctx, rules);
		expect(mainland.status).toBe('subject_2023_2025'); // 26.7% and 37.5%
		const v = evaluateUnit(unit({ island: true, areaOfficialKm2: 8, population: 3_000 }), ctx, rules);
		expect(v.standards?.population).toMatchObject({ base: 8_000, effective: 1_600 });
		expect(v.standards?.area).toMatchObject({ base: 30, effective: 6 });
		expect(v.standards?.population.reduction).toMatchObject({ factor: 'island', percent: 0.2, verified: false });
		expect(v.standards?.area.reduction).toMatchObject({ factor: 'island', percent: 0.2 });
		expect(v.ratios.population).toBeCloseTo(1.875, 10); // 187.5%
		expect(v.ratios.area).toBeCloseTo(8 / 6, 10); // 133.3%
		expect(v.status).toBe('not_subject');
		expect(v.warnings).toEqual([]);
		const why = v.reasons.find((r) => r.code === 'reduction_island')!;
		expect(describeReason(why, 'vi')).toContain('Đơn vị hành chính ở hải đảo: không áp dụng tiêu chuẩn của đất liền');
		expect(describeReason(why, 'vi')).toContain('20%');
		expect(v.reasons.find((r) => r.code === 'uses_unverified_values')?.params.keys).toEqual([
			'reduction.island.percent'
		]);
	});
	it('§3 island reduction is more favourable than delta (70%) and never stacked with it', () => {
		const v = evaluateUnit(unit({ island: true, delta: true, border: true }), ctx, rules);
		expect(v.standards?.area).toMatchObject({ effective: 6 });
		expect(v.standards?.population).toMatchObject({ effective: 1_600 });
		expect(v.standards?.area.reduction?.factor).toBe('island');
	});
	it('§3 island thị trấn (urban, no Art. 3a) still gets the island standard: 1,600 / 2.8 km²', () => {
		const v = evaluateUnit(unit({ kind: 'thi_tran', island: true }), ctx, rules);
		expect(v.standards?.population.effective).toBe(1_600);
		expect(v.standards?.area.effective).toBeCloseTo(2.8, 10);
	});
	it('§3 island value is data: override 20% → 50% changes the standard', () => {
		const rs = applyOverrides(rules, [{ key: 'reduction.island.percent', value: 0.5 }]);
		const v = evaluateUnit(unit({ island: true, areaOfficialKm2: 8, population: 3_000 }), ctx, rs);
		expect(v.standards?.population.effective).toBe(4_000);
		// 8 / 15 km² = 53.3%, 3,000 / 4,000 = 75%: not below 70% on population, below 100% on both → 2026–2030.
		expect(v.status).toBe('subject_2026_2030');
	});
});

// ---------------------------------------------------------------------------------------------------------------
describe('coastal reduction (domain.md §3): 50% of the xã standard of Art. 3.1.b whatever the terrain', () => {
	it('Art. 3a coastal, lowland xã: 50% of 8,000 = 4,000', () => {
		const v = evaluateUnit(unit({ coastalDifficult: true }), ctx, rules);
		expect(v.standards?.population).toMatchObject({ base: 8_000, effective: 4_000 });
	});
	it('Art. 3a coastal, mountainous xã: 50% of the Art. 3.1.b 8,000 = 4,000, not 50% of 5,000', () => {
		const v = evaluateUnit(unit({ terrain: 'mountainous', coastalDifficult: true }), ctx, rules);
		expect(v.standards?.population).toMatchObject({ base: 5_000, effective: 4_000 });
		expect(v.standards?.population.reduction).toMatchObject({
			factor: 'coastal_difficult',
			percent: 0.5,
			basis: 8_000,
			basisStandardId: 'xa.other'
		});
		const why = v.reasons.find((r) => r.code === 'reduction_coastal_difficult')!;
		expect(describeReason(why, 'vi')).toBe(
			'Xã đặc biệt khó khăn vùng bãi ngang, ven biển: tiêu chuẩn quy mô dân số bằng 50% mức quy định tại điểm b khoản 1 Điều 3 Nghị quyết số 1211/2016/UBTVQH13 (8.000 người), không phân biệt địa hình. (Điều 3a Nghị quyết số 1211/2016/UBTVQH13)'
		);
	});
	it('Art. 3a coastal vs ethnic minority on a mountainous xã: the lower standard (40% of 5,000 = 2,000) applies', () => {
		const v = evaluateUnit(
			unit({ terrain: 'mountainous', coastalDifficult: true, ethnicMinorityShare: 0.5 }),
			ctx,
			rules
		);
		expect(v.standards?.population).toMatchObject({ effective: 2_000 });
		expect(v.standards?.population.reduction?.factor).toBe('ethnic_minority');
	});
});

// ---------------------------------------------------------------------------------------------------------------
describe('area-difference threshold: one value, read from the rule set, everywhere (regression)', () => {
	it('domain.md §2 an override of data.area_difference_warn (5% → 10%) changes the unit warning and the check', () => {
		const u = unit({ areaOfficialKm2: 100, areaComputedKm2: 108 });
		expect(areaDifferenceCheck(u, rules)).toMatchObject({ threshold: 0.05, flagged: true });
		expect(codes(evaluateUnit(u, ctx, rules), 'warnings')).toContain('area_difference');
		const rs = applyOverrides(rules, [{ key: 'data.area_difference_warn', value: 0.1 }]);
		expect(areaDifferenceCheck(u, rs)).toMatchObject({ threshold: 0.1, flagged: false });
		expect(codes(evaluateUnit(u, ctx, rs), 'warnings')).not.toContain('area_difference');
	});
	it('domain.md §2 the import quality report defaults to the rule set value, not a constant of its own', () => {
		expect(DEFAULT_AREA_DIFFERENCE_WARN).toBe(NQ35_2023.dataChecks.areaDifferenceWarn.value);
		for (const rs of Object.values(RULE_SETS))
			expect(rs.dataChecks.areaDifferenceWarn.value).toBe(DEFAULT_AREA_DIFFERENCE_WARN);
	});
});
