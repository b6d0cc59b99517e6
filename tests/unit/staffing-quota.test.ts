/**
 * Commune-level quotas (Decree 33/2023/NĐ-CP Art. 6 and Art. 33): every row of the quota table, each increment rule
 * from both sides of its step (exactly one full step vs just below), non-professional increments, missing figures,
 * and the figures taken from the rules engine's verdict. Posts are persons on the establishment.
 */
import { describe, expect, it } from 'vitest';
import {
	STAFFING_SETTINGS,
	applyStaffingOverrides,
	communeQuota,
	fullSteps,
	quotaFiguresFromVerdict
} from '../../src/lib/domain/staffing/index';
import { describeStaffingReason, incrementBasisLabel } from '../../src/lib/domain/staffing/text';
import type { QuotaFigures } from '../../src/lib/domain/staffing/index';
import { NQ35_2023, evaluateUnit } from '../../src/lib/domain/rules/index';
import type { CommuneClass, CommuneKind, DatasetContext, UnitRecord } from '../../src/lib/domain/units';

/** Figures exactly at the standard: no increment. */
const atStandard = (
	populationStandard: number,
	areaStandard: number,
	parentKind: QuotaFigures['parentKind'] = null
): QuotaFigures => ({
	population: populationStandard,
	areaKm2: areaStandard,
	populationStandard,
	areaStandard,
	parentKind
});

describe('Decree 33/2023 Art. 6.1 and Art. 33.1: base quota by kind and class', () => {
	// [kind, class, cadres and civil servants, non-professional workers, clause of Art. 6.1]
	const rows: [CommuneKind, CommuneClass, number, number, string][] = [
		['phuong', 'I', 23, 14, '1.a'],
		['phuong', 'II', 21, 12, '1.a'],
		['phuong', 'III', 19, 10, '1.a'],
		['xa', 'I', 22, 14, '1.b'],
		['xa', 'II', 20, 12, '1.b'],
		['xa', 'III', 18, 10, '1.b'],
		['thi_tran', 'I', 22, 14, '1.b'],
		['thi_tran', 'II', 20, 12, '1.b'],
		['thi_tran', 'III', 18, 10, '1.b']
	];
	it.each(rows)('Art. 6.%s: %s class %s → %i posts, %i non-professional', (kind, cls, posts, np, clause) => {
		const q = communeQuota(kind, cls, atStandard(8_000, 30, kind === 'phuong' ? 'thanh_pho' : null));
		expect(q.base).toBe(posts);
		expect(q.total).toBe(posts);
		expect(q.populationIncrement).toBe(0);
		expect(q.areaIncrement).toBe(0);
		expect(q.nonProfessionalBase).toBe(np);
		expect(q.nonProfessional).toBe(np);
		expect(q.steps[0].code).toBe('quota_base');
		expect(q.steps[0].clause).toEqual({ document: 'NĐ 33/2023/NĐ-CP', article: '6', clause });
		expect(q.warnings).toEqual([]);
	});

	it('Art. 33.1: the non-professional quota cites Art. 33', () => {
		expect(STAFFING_SETTINGS.quota.nonProfessional.I.citation).toEqual({
			document: 'NĐ 33/2023/NĐ-CP',
			article: '33',
			clause: '1'
		});
	});
});

describe('Decree 33/2023 Art. 6.2.a: +1 civil servant per FULL step of the population standard above it', () => {
	// [case, kind, parent, population standard (persons), population (persons), posts added]
	const rows: [string, CommuneKind, QuotaFigures['parentKind'], number, number, number][] = [
		// Ward of a quận: step = 1/3 × 15,000 = 5,000 persons.
		['phường of a quận, exactly one step (15,000 + 5,000)', 'phuong', 'quan', 15_000, 20_000, 1],
		['phường of a quận, one person short of a step', 'phuong', 'quan', 15_000, 19_999, 0],
		['phường of a quận, exactly three steps', 'phuong', 'quan', 15_000, 30_000, 3],
		['phường of a quận, just below three steps', 'phuong', 'quan', 15_000, 29_999, 2],
		// Every other commune-level unit: step = 1/2 of its standard.
		['phường of a thành phố, exactly one step (7,000 + 3,500)', 'phuong', 'thanh_pho', 7_000, 10_500, 1],
		['phường of a thành phố, just below', 'phuong', 'thanh_pho', 7_000, 10_499, 0],
		['phường of a thị xã, exactly one step (5,000 + 2,500)', 'phuong', 'thi_xa', 5_000, 7_500, 1],
		['phường of a thị xã, just below', 'phuong', 'thi_xa', 5_000, 7_499, 0],
		['xã (other), exactly one step (8,000 + 4,000)', 'xa', null, 8_000, 12_000, 1],
		['xã (other), just below', 'xa', null, 8_000, 11_999, 0],
		['xã (mountainous), exactly two steps (5,000 + 2 × 2,500)', 'xa', null, 5_000, 10_000, 2],
		['xã (mountainous), just below two steps', 'xa', null, 5_000, 9_999, 1],
		['thị trấn, exactly one step (8,000 + 4,000)', 'thi_tran', null, 8_000, 12_000, 1],
		['thị trấn, just below', 'thi_tran', null, 8_000, 11_999, 0],
		['below the standard: nothing', 'xa', null, 8_000, 3_000, 0]
	];
	it.each(rows)('%s', (_name, kind, parentKind, std, population, added) => {
		const q = communeQuota(kind, 'II', {
			population,
			areaKm2: 1,
			populationStandard: std,
			areaStandard: 30,
			parentKind
		});
		expect(q.populationIncrement).toBe(added);
		expect(q.total).toBe(q.base + added);
		const step = q.steps.find((s) => s.code === 'quota_population_increment')!;
		expect(step.clause).toEqual({ document: 'NĐ 33/2023/NĐ-CP', article: '6', clause: '2.a' });
		expect(step.params.ofQuan).toBe(parentKind === 'quan');
	});

	it('a phường without a known parent steps by 1/2 and says so', () => {
		const q = communeQuota('phuong', 'I', {
			population: 20_000,
			areaKm2: 1,
			populationStandard: 15_000,
			areaStandard: 5.5
		});
		// 5,000 above 15,000 would be one 1/3 step of a quận ward, but is less than a 1/2 step (7,500): nothing added.
		expect(q.populationIncrement).toBe(0);
		expect(q.warnings.map((w) => w.code)).toContain('quota_parent_kind_missing');
	});
});

describe('Decree 33/2023 Art. 6.2.b: +1 civil servant per FULL 100 % of the area standard above it', () => {
	// [case, area standard (km²), area (km²), posts added]
	const rows: [string, number, number, number][] = [
		['xã (other), exactly one step (30 + 30 km²)', 30, 60, 1],
		['xã (other), just below (59.99 km²)', 30, 59.99, 0],
		['xã (mountainous), exactly two steps (50 + 2 × 50 km²)', 50, 150, 2],
		['xã (mountainous), just below two steps', 50, 149.9, 1],
		['phường, exactly one step (5.5 + 5.5 km²)', 5.5, 11, 1],
		['phường, just below (10.99 km²)', 5.5, 10.99, 0],
		['thị trấn, exactly one step (14 + 14 km²)', 14, 28, 1],
		['below the standard: nothing', 30, 12, 0]
	];
	it.each(rows)('%s', (_name, std, area, added) => {
		const q = communeQuota('xa', 'III', { population: 0, areaKm2: area, populationStandard: 8_000, areaStandard: std });
		expect(q.areaIncrement).toBe(added);
		expect(q.total).toBe(18 + added);
		expect(q.steps.find((s) => s.code === 'quota_area_increment')!.clause).toEqual({
			document: 'NĐ 33/2023/NĐ-CP',
			article: '6',
			clause: '2.b'
		});
	});

	it('population and area increments add up', () => {
		// xã other, class I: 22 + floor((16,000 − 8,000) / 4,000) = 2 + floor((95 − 30) / 30) = 2 → 26.
		const q = communeQuota('xa', 'I', { population: 16_000, areaKm2: 95, populationStandard: 8_000, areaStandard: 30 });
		expect([q.base, q.populationIncrement, q.areaIncrement, q.total]).toEqual([22, 2, 2, 26]);
	});
});

describe('Decree 33/2023 Art. 33.2 (reading): non-professional workers get the same increments', () => {
	it('one non-professional per added civil servant', () => {
		// Class III: 10 + (2 population + 2 area) = 14.
		const q = communeQuota('xa', 'III', {
			population: 16_000,
			areaKm2: 95,
			populationStandard: 8_000,
			areaStandard: 30
		});
		expect(q.nonProfessionalIncrement).toBe(4);
		expect(q.nonProfessional).toBe(14);
		const step = q.steps.find((s) => s.code === 'quota_non_professional')!;
		expect(step.clause).toEqual({ document: 'NĐ 33/2023/NĐ-CP', article: '33', clause: '2' });
		expect(step.params.verified).toBe(false);
	});

	it('an administrator can turn the reading off (ratio 0)', () => {
		const s = applyStaffingOverrides(STAFFING_SETTINGS, [
			{ key: 'staffing.increment.non_professional_per_civil_servant', value: 0 }
		]);
		const q = communeQuota(
			'xa',
			'III',
			{ population: 16_000, areaKm2: 95, populationStandard: 8_000, areaStandard: 30 },
			s
		);
		expect(q.total).toBe(22);
		expect(q.nonProfessional).toBe(10);
	});
});

describe('missing figures', () => {
	it('no population or area: base only, with warnings', () => {
		const q = communeQuota('xa', 'II', {
			population: null,
			areaKm2: null,
			populationStandard: 8_000,
			areaStandard: 30
		});
		expect(q.total).toBe(20);
		expect(q.warnings.map((w) => w.code)).toEqual(['quota_population_missing', 'quota_area_missing']);
	});

	it('fullSteps counts whole steps and ignores float noise (1/3 × 15,000)', () => {
		expect(fullSteps(5_000, 15_000 * (1 / 3))).toBe(1);
		expect(fullSteps(4_999, 5_000)).toBe(0);
		expect(fullSteps(-1, 5_000)).toBe(0);
		expect(fullSteps(10, 0)).toBe(0);
	});
});

describe('Decree 33 Art. 6.2: increments counted on the normal standard, not the Art. 3a-reduced one (domain.md §6)', () => {
	const ctx: DatasetContext = {
		provinceCode: '68',
		provinceName: 'Lâm Đồng',
		referenceDate: '2022-12-31',
		defaultTerrain: 'mountainous'
	};
	const xa = (population: number, areaKm2: number, ethnicMinorityShare: number): UnitRecord => ({
		code: '24001',
		name: 'Xã A',
		level: 'commune',
		kind: 'xa',
		parentCode: '672',
		terrain: null, // the dataset default: mountainous/highland
		ethnicMinorityShare,
		border: false,
		island: false,
		coastalDifficult: false,
		delta: false,
		population,
		populationDate: '2022-12-31',
		populationSource: 'test',
		areaOfficialKm2: areaKm2,
		areaSource: 'test',
		areaComputedKm2: null,
		communeClass: 'III',
		lastArrangedPeriod: null
	});
	const reduced = applyStaffingOverrides(STAFFING_SETTINGS, [
		{ key: 'staffing.increment.against_reduced_standard', value: true }
	]);

	it('Decree 33 Art. 6: increments counted on the normal standard — mountainous xã 6,000 people, 90% ethnic minority → no population increment', () => {
		// NQ 1211 Art. 3a lowers this unit's population standard to 20 % (1,000 people) for the NQ 35 criteria, but the
		// quota steps use the normal mountainous-xã standard: 6,000 − 5,000 = 1,000 < 2,500 (1/2 × 5,000) → 0, not ten.
		const verdict = evaluateUnit(xa(6_000, 40, 0.9), ctx, NQ35_2023);
		expect(verdict.standards!.population).toMatchObject({ base: 5_000, effective: 1_000 });
		expect(STAFFING_SETTINGS.increment.againstReducedStandard.value).toBe(false);
		const f = quotaFiguresFromVerdict(verdict);
		expect(f).toMatchObject({
			populationStandard: 5_000,
			areaStandard: 50,
			standardBasis: 'normal',
			reducedPopulationStandard: 1_000
		});
		const q = communeQuota('xa', 'III', f);
		expect([q.populationIncrement, q.areaIncrement, q.total, q.incrementBasis]).toEqual([0, 0, 18, 'normal']);
		const basis = q.steps.find((r) => r.code === 'quota_increment_basis')!;
		expect(describeStaffingReason(basis, 'vi')).toContain('tiêu chuẩn chung');
		expect(describeStaffingReason(basis, 'vi')).toContain(
			'không dùng tiêu chuẩn đã giảm theo yếu tố đặc thù (dân số 1.000 người)'
		);
		expect(incrementBasisLabel(q.incrementBasis, 'vi')).toBe(
			'tăng thêm tính theo tiêu chuẩn chung (Nghị định 33/2023)'
		);
	});

	it('the other reading, a setting (off by default): against the reduced standard the same xã gets ten, and says so', () => {
		const verdict = evaluateUnit(xa(6_000, 40, 0.9), ctx, NQ35_2023);
		const f = quotaFiguresFromVerdict(verdict, reduced);
		expect(f).toMatchObject({ populationStandard: 1_000, standardBasis: 'reduced', reducedPopulationStandard: null });
		// 6,000 − 1,000 = 5,000 over steps of 500 → 10.
		const q = communeQuota('xa', 'III', f, reduced);
		expect([q.populationIncrement, q.total, q.incrementBasis]).toEqual([10, 28, 'reduced']);
		expect(incrementBasisLabel(q.incrementBasis, 'vi')).toContain('tiêu chuẩn đã giảm');
	});

	it('a 40 % share (standard reduced to 45 %): 6,000 people on 120 km² → +0 population, +1 area (normal standard)', () => {
		const verdict = evaluateUnit(xa(6_000, 120, 0.4), ctx, NQ35_2023);
		const f = quotaFiguresFromVerdict(verdict);
		expect(f.populationStandard).toBe(5_000);
		// 6,000 − 5,000 = 1,000 < 2,500 → 0; (120 − 50) / 50 → 1. Against the reduced 2,250: (6,000 − 2,250) / 1,125 → 3.
		expect(communeQuota('xa', 'II', f).populationIncrement).toBe(0);
		expect(communeQuota('xa', 'II', f).areaIncrement).toBe(1);
		expect(communeQuota('xa', 'II', quotaFiguresFromVerdict(verdict, reduced), reduced).populationIncrement).toBe(3);
	});

	it('figures given without a basis are taken as the normal standards', () => {
		expect(communeQuota('xa', 'II', atStandard(5_000, 50)).incrementBasis).toBe('normal');
	});
});
