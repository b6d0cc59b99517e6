/**
 * NQ 112/2025/UBTVQH15 rule set (domain.md §8, all values *(verify)*): standards of commune-level units from 2026
 * for two-tier datasets (province → communes and wards). No NQ 35-style "subject when" criteria: units and mergers
 * are evaluated against the standards (meets both / one / none).
 */
import { describe, expect, it } from 'vitest';
import { testUnit } from '../fixtures/units';
import {
	NQ112_2025,
	applyOverrides,
	datasetDefaultRuleSetId,
	evaluateMerger,
	evaluateUnit,
	listRuleValues
} from '../../src/lib/domain/rules/index';
import type { RulesContext } from '../../src/lib/domain/rules/index';
import { describeReason, formatCitation, hasReasonText, ruleSetOptionLabel } from '../../src/lib/domain/rules/text';
import { RULE_SETS } from '../../src/lib/domain/rules/index';
import type { UnitRecord } from '../../src/lib/domain/units';

const rules = NQ112_2025;
const ctx: RulesContext = {
	provinceCode: '68',
	provinceName: 'Lâm Đồng',
	referenceDate: '2024-12-31',
	defaultTerrain: 'other'
};
/** A commune of a two-tier dataset: its parent is the province. */
const unit = (code: string, o: Partial<UnitRecord> = {}): UnitRecord =>
	testUnit(code, `Xã ${code}`, { parentCode: '68', population: 10_000, areaOfficialKm2: 20 }, o);

describe('NQ 112/2025 standards (§8, verify)', () => {
	it.each([
		['mountainous commune 5,000 / 100 km²', { terrain: 'mountainous' as const }, 'xa.mountainous', 5_000, 100],
		['other commune 16,000 / 30 km²', {}, 'xa.other', 16_000, 30],
		['ward 21,000 / 5.5 km²', { kind: 'phuong' as const }, 'phuong', 21_000, 5.5],
		['island commune 2,500 / 15 km² (its own row, not a reduction)', { island: true }, 'xa.island', 2_500, 15]
	])('§8 %s', (_n, o, id, pop, area) => {
		const v = evaluateUnit(unit('00001', o), ctx, rules);
		expect(v.standardId).toBe(id);
		expect(v.standards?.population).toMatchObject({ base: pop, effective: pop, verified: false });
		expect(v.standards?.area).toMatchObject({ base: area, effective: area });
		expect(v.status).toBe('not_subject');
		expect(v.phase).toBeNull();
	});
	it('§8 every value is to verify; the citation names the document only', () => {
		expect(
			listRuleValues(rules)
				.filter((r) => r.key !== 'setting.percentages_against_reduced' && r.key !== 'data.area_difference_warn')
				.every((r) => !r.verified)
		).toBe(true);
		expect(formatCitation(rules.standards[0].citation, 'vi')).toBe('Nghị quyết số 112/2025/UBTVQH15');
	});
	it('§8 a unit is shown against its standards: meets both / one / none, with the clause', () => {
		const both = evaluateUnit(unit('1', { population: 16_000, areaOfficialKm2: 30 }), ctx, rules);
		expect(both.meets).toBe('both');
		const one = evaluateUnit(unit('2', { population: 15_999, areaOfficialKm2: 30 }), ctx, rules);
		expect(one.meets).toBe('area');
		const none = evaluateUnit(unit('3', { population: 8_000, areaOfficialKm2: 15 }), ctx, rules);
		expect(none.meets).toBe('none');
		const r = none.reasons.find((x) => x.code === 'unit_meets_standards')!;
		expect(describeReason(r, 'vi')).toBe(
			'Diện tích tự nhiên bằng 50% và quy mô dân số bằng 50% tiêu chuẩn: chưa đạt tiêu chuẩn diện tích tự nhiên và quy mô dân số. (Nghị quyết số 112/2025/UBTVQH15)'
		);
		expect(none.reasons.map((x) => x.code)).toContain('no_unit_criteria');
	});
});

describe('NQ 112/2025 reductions: one per standard (§8, verify)', () => {
	it('§8 the ethnic-minority reduction starts at a 50% share (49.9% → none; 50% → 50%)', () => {
		const m = { terrain: 'mountainous' as const };
		expect(
			evaluateUnit(unit('1', { ...m, ethnicMinorityShare: 0.499 }), ctx, rules).standards?.population.effective
		).toBe(5_000);
		const v = evaluateUnit(unit('2', { ...m, ethnicMinorityShare: 0.5 }), ctx, rules);
		expect(v.standards?.population.effective).toBe(2_500);
		expect(v.standards?.population.reduction).toMatchObject({ factor: 'ethnic_minority', verified: false });
	});
	it('§8 coastal commune: 50% population of its own standard; Red River Delta: 70% area', () => {
		const c = evaluateUnit(unit('1', { coastalDifficult: true }), ctx, rules);
		expect(c.standards?.population.effective).toBe(8_000);
		const d = evaluateUnit(unit('2', { delta: true }), ctx, rules);
		expect(d.standards?.area.effective).toBe(21);
		expect(d.standards?.population.effective).toBe(16_000);
	});
	it('§8 one reduction per standard, never stacked: border + coastal → 50%, not 25%', () => {
		const v = evaluateUnit(unit('1', { border: true, coastalDifficult: true }), ctx, rules);
		expect(v.standards?.population.effective).toBe(8_000);
	});
	it('§8 wards get no reduction', () => {
		const v = evaluateUnit(unit('1', { kind: 'phuong', coastalDifficult: true, delta: true }), ctx, rules);
		expect(v.standards?.population.reduction).toBeNull();
		expect(v.standards?.area.reduction).toBeNull();
	});
	it('§8 values are data: override the other commune population 16,000 → 12,000', () => {
		const rs = applyOverrides(rules, [{ key: 'standard.xa.other.population', value: 12_000 }]);
		expect(evaluateUnit(unit('1', { population: 12_000, areaOfficialKm2: 30 }), ctx, rs).meets).toBe('both');
	});
});

describe('NQ 112/2025 mergers in a two-tier dataset', () => {
	it('§8 two communes of the province: evaluated against 16,000 / 30 km², no district-line warning, no roles', () => {
		const v = evaluateMerger([unit('1'), unit('2')], ctx, rules);
		expect(v.valid).toBe(true);
		expect(v.kind).toBe('xa');
		expect(v.meets).toBe('both'); // 20,000 persons, 40 km²
		expect(v.warnings.map((w) => w.code)).not.toContain('crosses_parent_boundary');
		expect(v.roles).toEqual({ '1': 'not_applicable', '2': 'not_applicable' });
		expect(v.justification).toBeNull();
		for (const r of [...v.reasons, ...v.warnings]) expect(hasReasonText(r.code), r.code).toBe(true);
	});
	it('§8 two island communes: the island row applies to the merged unit', () => {
		const v = evaluateMerger(
			[
				unit('1', { island: true, population: 1_500, areaOfficialKm2: 8 }),
				unit('2', { island: true, population: 1_200, areaOfficialKm2: 8 })
			],
			ctx,
			rules
		);
		expect(v.standardId).toBe('xa.island');
		expect(v.meets).toBe('both');
	});
	it('§8 three or more units: assessed (NQ 112 has no such rule)', () => {
		const v = evaluateMerger([unit('1'), unit('2'), unit('3')], ctx, rules);
		expect(v.standardsAssessed).toBe(true);
	});
	it('§8 a two-tier dataset (communes only) defaults to NQ 112; a dataset with districts to NQ 35', () => {
		expect(datasetDefaultRuleSetId('two-tier')).toBe('nq112-2025');
		expect(datasetDefaultRuleSetId('three-tier')).toBe('nq35-2023');
	});
});

describe('rule-set switch: which period each set governs (§8)', () => {
	it('§8 NQ 35: 2023–2025 and 2026–2030 (halted); NQ 76: the 2025 round; NQ 112: from 2026, two-tier', () => {
		expect(ruleSetOptionLabel(RULE_SETS['nq35-2023'], 'vi')).toBe(
			'NQ 35/2023/UBTVQH15 — Giai đoạn 2023–2025 (số liệu đến 31/12/2022) và giai đoạn 2026–2030 (đã dừng từ tháng 3/2025); bộ dữ liệu có cấp huyện'
		);
		expect(ruleSetOptionLabel(RULE_SETS['nq76-2025'], 'vi')).toContain('Đợt sắp xếp năm 2025');
		expect(ruleSetOptionLabel(RULE_SETS['nq112-2025'], 'vi')).toContain('Từ năm 2026: bộ dữ liệu hai cấp');
		expect(ruleSetOptionLabel(RULE_SETS['nq112-2025'], 'en')).toContain('From 2026: two-tier datasets');
		expect(RULE_SETS['nq35-2023'].phases.find((p) => p.id === '2026-2030')?.status).toMatchObject({
			code: 'halted',
			since: '2025-03'
		});
	});
});
