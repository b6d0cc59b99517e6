/**
 * Staffing settings as data: stable keys, citations, the *(verify)* values, overrides through the same contract as the
 * rules engine (applyOverrides), and the words (terms, labels, citations of the decrees).
 */
import { describe, expect, it } from 'vitest';
import {
	STAFFING_SETTINGS,
	STAFFING_SETTINGS_ID,
	applyStaffingOverrides,
	communeQuota,
	listStaffingValues,
	unverifiedStaffingKeys
} from '../../src/lib/domain/staffing/index';
import {
	classLabel,
	formatPoints,
	formatStaffingCitation,
	formatVnd,
	officeUseLabel,
	planYearLabel,
	shareText,
	staffingTerm
} from '../../src/lib/domain/staffing/text';

describe('settings as data', () => {
	const rows = listStaffingValues();
	const byKey = new Map(rows.map((r) => [r.key, r]));

	it('keys are unique and stable', () => {
		expect(new Set(rows.map((r) => r.key)).size).toBe(rows.length);
		for (const key of [
			'staffing.quota.phuong.I',
			'staffing.quota.xa_thi_tran.III',
			'staffing.quota.non_professional.II',
			'staffing.increment.population_step.phuong_of_quan',
			'staffing.increment.population_step.other',
			'staffing.increment.area_step',
			'staffing.class.xa.population.base_level',
			'staffing.class.band.I_min',
			'staffing.plan.deadline_years',
			'staffing.leaders.salary_retention_min_months',
			'staffing.offices.target_years',
			'staffing.money.annual_cost_per_post',
			'staffing.leave.d178.resign.factor_first12'
		])
			expect(byKey.has(key), key).toBe(true);
	});

	it('every value has a citation and both labels', () => {
		for (const r of rows) {
			expect(r.citation.document, r.key).toBeTruthy();
			// A whole-document citation (no article) only for a value still to verify (Decree 307/2025's bands).
			if (!r.citation.article) expect(r.verified, r.key).toBe(false);
			else expect(r.citation.article, r.key).toBeTruthy();
			expect(r.label_vi, r.key).toBeTruthy();
			expect(r.label_en, r.key).toBeTruthy();
		}
	});

	it('citations by source', () => {
		expect(byKey.get('staffing.quota.phuong.I')!.citation).toEqual({
			document: 'NĐ 33/2023/NĐ-CP',
			article: '6',
			clause: '1.a'
		});
		expect(byKey.get('staffing.class.xa.population.mountainous_ratio')!.citation).toEqual({
			document: 'NQ 1211/2016/UBTVQH13',
			article: '14',
			clause: '1.b',
			amendedBy: 'NQ 27/2022/UBTVQH15'
		});
		expect(byKey.get('staffing.offices.target_years')!.citation).toEqual({ document: 'domain.md', article: '§6' });
		expect(byKey.get('staffing.leave.d178.resign.factor_first12')!.citation).toEqual({
			document: 'NĐ 178/2024/NĐ-CP',
			article: '9',
			clause: '1',
			amendedBy: 'NĐ 67/2025/NĐ-CP'
		});
	});

	it('the verify values of domain.md and the project assumptions are unverified', () => {
		const keys = unverifiedStaffingKeys();
		for (const key of [
			'staffing.class.d307.band.special_min',
			'staffing.class.d307.band.I_min',
			'staffing.class.d307.band.II_min',
			'staffing.class.island.population_ratio',
			'staffing.class.phuong.population.max_points',
			'staffing.class.thi_tran.area.max_points',
			'staffing.leaders.salary_retention_min_months',
			'staffing.increment.non_professional_per_civil_servant',
			'staffing.money.annual_cost_per_post'
		])
			expect(keys, key).toContain(key);
		for (const key of [
			'staffing.quota.phuong.I',
			'staffing.plan.deadline_years',
			'staffing.class.xa.population.max_points',
			// domain.md §6: the NQ 1211 bands are confirmed values; the Decree 33 reading is the Ministry's guidance.
			'staffing.class.band.I_min',
			'staffing.class.band.II_min',
			'staffing.increment.against_reduced_standard'
		])
			expect(keys).not.toContain(key);
	});

	it('Decree 33 reading switch: listed for the standards page, off, cited to Decree 33 Art. 6.2', () => {
		expect(byKey.get('staffing.increment.against_reduced_standard')).toMatchObject({
			value: false,
			unit: 'flag',
			verified: true,
			citation: { document: 'NĐ 33/2023/NĐ-CP', article: '6', clause: '2' }
		});
		expect(byKey.get('staffing.increment.against_reduced_standard')!.label_vi).toContain('4368/BNV-CQĐP');
	});

	it('the built-in settings are frozen', () => {
		expect(Object.isFrozen(STAFFING_SETTINGS.quota.cadres.xa.I)).toBe(true);
		expect(STAFFING_SETTINGS.id).toBe(STAFFING_SETTINGS_ID);
	});
});

describe('overrides (same contract as the rules engine)', () => {
	it('one key for xã and thị trấn: the override reaches both, listed once', () => {
		const s = applyStaffingOverrides(STAFFING_SETTINGS, [{ key: 'staffing.quota.xa_thi_tran.I', value: 23 }]);
		expect(
			communeQuota('xa', 'I', { population: null, areaKm2: null, populationStandard: null, areaStandard: null }, s).base
		).toBe(23);
		expect(
			communeQuota(
				'thi_tran',
				'I',
				{ population: null, areaKm2: null, populationStandard: null, areaStandard: null },
				s
			).base
		).toBe(23);
		const row = listStaffingValues(s).find((r) => r.key === 'staffing.quota.xa_thi_tran.I')!;
		expect(row).toMatchObject({ value: 23, overridden: true, original: 22 });
		// The input is not modified.
		expect(STAFFING_SETTINGS.quota.cadres.xa.I.value).toBe(22);
	});

	it('an override clears the value from the unverified list', () => {
		const s = applyStaffingOverrides(STAFFING_SETTINGS, [{ key: 'staffing.class.d307.band.I_min', value: 75 }]);
		expect(unverifiedStaffingKeys(s)).not.toContain('staffing.class.d307.band.I_min');
	});

	it('overrides that cannot apply are noted', () => {
		const s = applyStaffingOverrides(STAFFING_SETTINGS, [
			{ key: 'staffing.nope', value: 1 },
			{ key: 'staffing.quota.phuong.I', value: 'x' },
			{ key: 'staffing.quota.phuong.II', value: 20.5 }, // posts are whole
			{ key: 'staffing.increment.area_step', value: 0 }, // a step of 0 would divide by zero
			{ key: 'staffing.money.decree178_from', value: '1/1/2025' },
			{ key: 'staffing.increment.against_reduced_standard', value: 1 }
		]);
		expect(s.overrideNotes).toEqual([
			{ key: 'staffing.nope', problem: 'unknown_key' },
			{ key: 'staffing.quota.phuong.I', problem: 'wrong_type' },
			{ key: 'staffing.quota.phuong.II', problem: 'invalid_value' },
			{ key: 'staffing.increment.area_step', problem: 'invalid_value' },
			{ key: 'staffing.money.decree178_from', problem: 'invalid_value' },
			{ key: 'staffing.increment.against_reduced_standard', problem: 'wrong_type' }
		]);
		expect(s.quota.cadres.phuong.II.value).toBe(21);
	});
});

describe('words', () => {
	it('terms in Vietnamese and English', () => {
		expect(staffingTerm('establishment')).toBe('Biên chế');
		expect(staffingTerm('quota')).toBe('Số lượng theo quy định');
		expect(staffingTerm('surplus')).toBe('Dôi dư');
		expect(staffingTerm('surplusPlan')).toBe('Lộ trình giải quyết số lượng dôi dư (5 năm)');
		expect(staffingTerm('surplusOffices')).toBe('Trụ sở dôi dư');
		expect(staffingTerm('cadres')).toBe('Cán bộ');
		expect(staffingTerm('civilServants')).toBe('Công chức');
		expect(staffingTerm('nonProfessional')).toBe('Người hoạt động không chuyên trách');
		expect(staffingTerm('surplus', 'en')).toBe('Surplus');
		expect(classLabel('II')).toBe('Loại II');
		expect(classLabel('III', 'en')).toBe('Class III');
		expect(officeUseLabel('health_education_culture')).toBe('Chuyển sang sử dụng cho y tế, giáo dục, văn hóa');
		expect(officeUseLabel(null, 'en')).toBe('No plan yet');
	});

	it('citations of the decrees', () => {
		expect(formatStaffingCitation({ document: 'NĐ 33/2023/NĐ-CP', article: '6', clause: '2.a' }, 'vi')).toBe(
			'Điểm a khoản 2 Điều 6 Nghị định số 33/2023/NĐ-CP'
		);
		expect(formatStaffingCitation({ document: 'NĐ 33/2023/NĐ-CP', article: '6', clause: '2.a' }, 'en')).toBe(
			'Art. 6(2)(a), Decree 33/2023/NĐ-CP'
		);
		expect(
			formatStaffingCitation(
				{ document: 'NĐ 178/2024/NĐ-CP', article: '9', clause: '1', amendedBy: 'NĐ 67/2025/NĐ-CP' },
				'vi'
			)
		).toBe('Khoản 1 Điều 9 Nghị định số 178/2024/NĐ-CP (được sửa đổi, bổ sung bởi Nghị định số 67/2025/NĐ-CP)');
		expect(formatStaffingCitation({ document: 'NQ 35/2023/UBTVQH15', article: '11', clause: '3' }, 'vi')).toBe(
			'Khoản 3 Điều 11 Nghị quyết số 35/2023/UBTVQH15'
		);
	});

	it('numbers', () => {
		expect(formatVnd(3_773_920_000)).toBe('3.773.920.000 đồng');
		expect(formatVnd(7_020_000, 'en')).toBe('7,020,000 VND');
		expect(formatPoints(32.5)).toBe('32,5 điểm');
		expect(shareText(1 / 3)).toBe('1/3');
		expect(shareText(1)).toBe('100%');
		expect(planYearLabel({ year: 1, from: '2024-12-01', to: '2025-12-01' })).toBe(
			'Năm thứ 1 (01/12/2024 – 01/12/2025)'
		);
	});
});

describe('every reason code the staffing modules return has a sentence', () => {
	it('quota, class estimate, plan and money reasons', async () => {
		const { describeStaffingReason, hasStaffingReasonText } = await import('../../src/lib/domain/staffing/text');
		const S = await import('../../src/lib/domain/staffing/index');
		const reasons = [
			...S.communeQuota('phuong', 'I', {
				population: null,
				areaKm2: null,
				populationStandard: 15_000,
				areaStandard: 5.5
			}).warnings,
			...S.communeQuota('xa', 'I', { population: 20_000, areaKm2: 90, populationStandard: 8_000, areaStandard: 30 })
				.steps,
			...S.estimateCommuneClass('phuong', { population: null, areaKm2: null, mountainous: true, otherPoints: -1 })
				.warnings,
			...S.estimateCommuneClass('xa', { population: 2_700, areaKm2: 12, mountainous: true, otherPoints: 99 }).warnings,
			...S.estimateCommuneClass('xa', { population: 2_700, areaKm2: 12, border: true }).steps,
			...(() => {
				const p = S.staffingPlan({
					effectiveDate: '2024-12-01',
					headcount: 5,
					norm: 3,
					retirements: [-1, 9],
					ageProfile: [{ fromAge: 60, toAge: 61, count: 1 }]
				});
				return [...p.reasons, ...p.warnings];
			})(),
			...S.staffingPlan({ effectiveDate: '2024-12-01', headcount: 5, norm: 3, leaves: [2] }).reasons,
			...S.staffingPlan({ effectiveDate: '2024-12-01', headcount: 2, norm: 3 }).reasons,
			...S.leavePayment({ kind: 'early_retirement', date: '2025-06-01', monthsEarly: 10, serviceYears: 5 }).warnings,
			...S.leavePayment({
				kind: 'early_retirement',
				date: '2025-06-01',
				monthsEarly: 30,
				serviceYears: 5,
				arrangementDate: '2025-01-01'
			}).warnings
		];
		const seen = new Set(reasons.map((r) => r.code));
		expect(seen.size).toBeGreaterThan(15);
		for (const r of reasons) {
			expect(hasStaffingReasonText(r.code), r.code).toBe(true);
			for (const lang of ['vi', 'en'] as const)
				expect(describeStaffingReason(r, lang), r.code).not.toMatch(/undefined|NaN|\[object/);
		}
	});
});
