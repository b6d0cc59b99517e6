/**
 * Merger verdicts under NQ 35/2023 (domain.md §4 roles, §5 rules for a proposed merger).
 */
import { testUnit } from '../fixtures/units';
import { describe, expect, it } from 'vitest';
import { NQ35_2023, applyOverrides, evaluateMerger, evaluateUnit } from '../../src/lib/domain/rules/index';
import type { MergerVerdict } from '../../src/lib/domain/rules/index';
import { describeReason, hasReasonText } from '../../src/lib/domain/rules/text';
import type { DatasetContext, UnitKind, UnitRecord } from '../../src/lib/domain/units';

const rules = NQ35_2023;
const ctx: DatasetContext = {
	provinceCode: '68',
	provinceName: 'Lâm Đồng',
	referenceDate: '2022-12-31',
	defaultTerrain: 'other'
};

function unit(code: string, o: Partial<UnitRecord> = {}): UnitRecord {
	return testUnit(code, `Xã ${code}`, { population: 4_000, populationDate: '2022-12-31', areaOfficialKm2: 15 }, o);
}

const codesOf = (v: MergerVerdict, list: 'reasons' | 'warnings' | 'errors') => v[list].map((r) => r.code);
/** Adjacency from a list of edges "a-b". */
const adj =
	(...edges: string[]) =>
	(a: string, b: string): boolean =>
		edges.includes(`${a}-${b}`) || edges.includes(`${b}-${a}`);

// ---------------------------------------------------------------------------------------------------------------
describe('combined figures (domain.md §2, §5)', () => {
	it('official area where every member has it; population summed', () => {
		const v = evaluateMerger(
			[unit('1', { areaOfficialKm2: 10.25 }), unit('2', { areaOfficialKm2: 12.5, areaComputedKm2: 99 })],
			ctx,
			rules
		);
		expect(v.area).toEqual({ km2: 22.75, source: 'official' });
		expect(v.population).toBe(8_000);
	});
	it("a member without official area: each member's effective area (official else computed), said so", () => {
		const v = evaluateMerger(
			[unit('1', { areaOfficialKm2: 10 }), unit('2', { areaOfficialKm2: null, areaComputedKm2: 7.5 })],
			ctx,
			rules
		);
		expect(v.area).toEqual({ km2: 17.5, source: 'effective' });
		expect(v.reasons.find((r) => r.code === 'area_mixed_sources')?.params).toEqual({ computed: ['2'] });
	});
	it('a member with no area at all: combined area unknown, meets unknown', () => {
		const v = evaluateMerger([unit('1'), unit('2', { areaOfficialKm2: null })], ctx, rules);
		expect(v.area.km2).toBeNull();
		expect(codesOf(v, 'warnings')).toContain('member_area_missing');
		expect(v.meets).toBeNull();
	});
	it('a member with no population: combined population unknown', () => {
		const v = evaluateMerger([unit('1'), unit('2', { population: null })], ctx, rules);
		expect(v.population).toBeNull();
		expect(codesOf(v, 'warnings')).toContain('member_population_missing');
		expect(codesOf(v, 'reasons')).toContain('merger_undetermined');
	});
});

// ---------------------------------------------------------------------------------------------------------------
describe('kind of the new unit (domain.md §5)', () => {
	const pk = (codes: string[], kind: UnitKind) => Object.fromEntries(codes.map((c) => [c, kind]));
	type Row = [string, Partial<UnitRecord>[], Record<string, UnitKind> | undefined, UnitKind, string];
	const rows: Row[] = [
		['§5 xã + xã → xã', [{ kind: 'xa' }, { kind: 'xa' }], undefined, 'xa', 'same_kind'],
		[
			'§5 phường + phường → phường',
			[{ kind: 'phuong' }, { kind: 'phuong' }],
			pk(['1', '2'], 'thanh_pho'),
			'phuong',
			'same_kind'
		],
		[
			'§5 thị trấn + thị trấn → thị trấn',
			[{ kind: 'thi_tran' }, { kind: 'thi_tran' }],
			undefined,
			'thi_tran',
			'same_kind'
		],
		[
			'§5 practice: thị trấn + xã meeting the thị trấn standards (8,000 / 14 km²) → thị trấn',
			[
				{ kind: 'thi_tran', population: 6_000, areaOfficialKm2: 8 },
				{ kind: 'xa', population: 2_000, areaOfficialKm2: 6 }
			],
			undefined,
			'thi_tran',
			'urban_kept_practice'
		],
		[
			'§5 practice: thị trấn absorbing a xã keeps its kind even short of the thị trấn population standard',
			[
				{ kind: 'thi_tran', population: 5_000, areaOfficialKm2: 8 },
				{ kind: 'xa', population: 2_999, areaOfficialKm2: 6 }
			],
			undefined,
			'thi_tran',
			'urban_kept_practice'
		],
		[
			'§5 practice: phường (of a thành phố) + xã → phường',
			[
				{ kind: 'phuong', population: 5_000, areaOfficialKm2: 3 },
				{ kind: 'xa', population: 2_000, areaOfficialKm2: 2.5 }
			],
			{ '1': 'thanh_pho', '2': 'thanh_pho' },
			'phuong',
			'urban_kept_practice'
		],
		[
			'§5 practice: phường (of a quận) + xã short of 15,000 → still phường',
			[
				{ kind: 'phuong', population: 5_000, areaOfficialKm2: 3 },
				{ kind: 'xa', population: 2_000, areaOfficialKm2: 2.5 }
			],
			{ '1': 'quan', '2': 'quan' },
			'phuong',
			'urban_kept_practice'
		],
		['§5 huyện + huyện → huyện', [{ kind: 'huyen' }, { kind: 'huyen' }], undefined, 'huyen', 'same_kind'],
		[
			'§5 (by analogy) thị xã + huyện → thị xã',
			[
				{ kind: 'thi_xa', population: 70_000, areaOfficialKm2: 120 },
				{ kind: 'huyen', population: 40_000, areaOfficialKm2: 300 }
			],
			undefined,
			'thi_xa',
			'urban_kept_practice'
		]
	];
	it.each(rows)('%s', (_name, specs, parentKinds, kind, rule) => {
		const members = specs.map((s, i) => unit(String(i + 1), s));
		const v = evaluateMerger(members, ctx, rules, { parentKinds });
		expect(v.kind).toBe(kind);
		expect(v.kindRule).toBe(rule);
		expect(v.kindSource).toBe('rule');
		expect(v.errors).toEqual([]);
	});

	it('§5 the user may override the kind with a recorded reason', () => {
		const members = [unit('1', { kind: 'thi_tran', population: 5_000 }), unit('2', { population: 1_000 })];
		const v = evaluateMerger(members, ctx, rules, {
			kindOverride: { kind: 'xa', reason: 'Không đạt tiêu chuẩn thị trấn' }
		});
		expect(v.kind).toBe('xa');
		expect(v.kindSource).toBe('override');
		expect(v.reasons.find((r) => r.code === 'kind_overridden')?.params).toMatchObject({
			kind: 'xa',
			ruleKind: 'thi_tran',
			reason: 'Không đạt tiêu chuẩn thị trấn'
		});
		expect(v.standardId).toBe('xa.other');
		expect(codesOf(v, 'warnings')).not.toContain('urban_kind_standards_missed');
	});

	it('§5 practice: thị trấn Thổ Tang absorbing xã Vĩnh Sơn stays a thị trấn, labelled practice, warned when short', () => {
		// 5,000 + 2,999 = 7,999 persons (< 8,000) and 14 km² (= 14): the thị trấn population standard is missed.
		const members = [
			unit('1', { kind: 'thi_tran', name: 'Thị trấn Thổ Tang', population: 5_000, areaOfficialKm2: 8 }),
			unit('2', { kind: 'xa', name: 'Xã Vĩnh Sơn', population: 2_999, areaOfficialKm2: 6 })
		];
		const v = evaluateMerger(members, ctx, rules);
		expect(v.kind).toBe('thi_tran');
		expect(v.name.chosen).toBe('Thị trấn Thổ Tang');
		expect(v.standardId).toBe('thi_tran');
		expect(v.meets).toBe('area');
		const practice = v.reasons.find((r) => r.code === 'urban_kept_practice')!;
		expect(practice.params).toMatchObject({ kind: 'thi_tran', absorbed: ['xa'] });
		expect(practice.clause).toEqual({ document: 'domain.md', article: '§5' });
		expect(describeReason(practice, 'vi')).toContain('Theo thực tiễn sắp xếp giai đoạn 2023–2025 (không phải quy định');
		expect(describeReason(practice, 'vi')).toContain('thị trấn nhập thêm xã giữ nguyên loại và tên');
		const missed = v.warnings.find((r) => r.code === 'urban_kind_standards_missed')!;
		expect(describeReason(missed, 'vi')).toBe(
			'Đơn vị mới giữ loại thị trấn theo thực tiễn nhưng chưa đạt tiêu chuẩn của thị trấn (đạt tiêu chuẩn diện tích tự nhiên, chưa đạt tiêu chuẩn quy mô dân số).'
		);
		// Reaching both thị trấn standards: no warning.
		const ok = evaluateMerger(
			[
				unit('1', { kind: 'thi_tran', population: 6_000, areaOfficialKm2: 8 }),
				unit('2', { population: 2_000, areaOfficialKm2: 6 })
			],
			ctx,
			rules
		);
		expect(ok.meets).toBe('both');
		expect(codesOf(ok, 'warnings')).not.toContain('urban_kind_standards_missed');
	});

	it('§5 a kind override of another level is an error', () => {
		const v = evaluateMerger([unit('1'), unit('2')], ctx, rules, { kindOverride: { kind: 'huyen', reason: 'x' } });
		expect(codesOf(v, 'errors')).toContain('kind_override_wrong_level');
		expect(v.kind).toBe('xa');
		expect(v.valid).toBe(false);
	});
});

// ---------------------------------------------------------------------------------------------------------------
describe('standards of the new unit (domain.md §5): meets both / one / none, shortfall, never blocks', () => {
	// Lowland xã: 8,000 persons, 30 km².
	type Row = [string, number, number, string, number, number];
	const rows: Row[] = [
		['Art. 3 meets both (exactly 100%)', 30, 8_000, 'both', 0, 0],
		['Art. 3 meets area only', 31, 7_000, 'area', 0, 1_000],
		['Art. 3 meets population only', 20, 9_000, 'population', 10, 0],
		['Art. 3 meets none', 20, 6_000, 'none', 10, 2_000],
		['Art. 3 area 29.99 km² is short', 29.99, 8_000, 'population', 0.01, 0]
	];
	it.each(rows)('%s', (_name, area, pop, meets, shortArea, shortPop) => {
		const v = evaluateMerger(
			[
				unit('1', { areaOfficialKm2: area / 2, population: pop / 2 }),
				unit('2', { areaOfficialKm2: area / 2, population: pop / 2 })
			],
			ctx,
			rules
		);
		expect(v.meets).toBe(meets);
		expect(v.shortfall.areaKm2).toBeCloseTo(shortArea, 9);
		expect(v.shortfall.population).toBeCloseTo(shortPop, 9);
		expect(v.ratios.area).toBeCloseTo(area / 30, 12);
		expect(v.required).toEqual({ area: 1, population: 1 });
		expect(v.valid).toBe(true); // falling short is not an error
		if (meets === 'both') expect(codesOf(v, 'warnings')).not.toContain('standards_not_met');
		else expect(codesOf(v, 'warnings')).toContain('standards_not_met');
	});

	it('§5 3 or more units falling short: the usual justification is noted (verify)', () => {
		// 3 × 5 km² = 15 km² (50%), 3 × 4,000 = 12,000 persons (150%).
		const v = evaluateMerger(
			[unit('1', { areaOfficialKm2: 5 }), unit('2', { areaOfficialKm2: 5 }), unit('3', { areaOfficialKm2: 5 })],
			ctx,
			rules
		);
		expect(v.meets).toBe('population');
		expect(v.justification).toMatchObject({ code: 'three_or_more', verified: false });
		const r = v.reasons.find((x) => x.code === 'merger_justification');
		expect(r?.params).toMatchObject({ code: 'three_or_more', count: 3, min: 3, verified: false });
		expect(describeReason(r!, 'vi')).toContain('Lý do (a): nhập 3 đơn vị (từ 3 đơn vị trở lên) (cần xác minh)');
		expect(v.standardsAssessed).toBe(true);
	});
	const small = { areaOfficialKm2: 5, population: 1_000 };
	const nb = (map: Record<string, string[]>) => (code: string) => map[code] ?? [];
	it('§5 (b) 2 units short of the standards with no further adjacent unit: justification (b)', () => {
		const v = evaluateMerger([unit('1', small), unit('2', small)], ctx, rules, {
			neighbours: nb({ '1': ['2'], '2': ['1'] })
		});
		expect(v.meets).toBe('none');
		expect(v.justification?.code).toBe('two_no_further_adjacent');
		const r = v.reasons.find((x) => x.code === 'merger_justification')!;
		expect(describeReason(r, 'vi')).toContain('Lý do (b): nhập 2 đơn vị, không còn đơn vị liền kề nào khác');
	});
	it('§5 (b) 2 units short of the standards with specific factors (border, island): justification (b)', () => {
		const v = evaluateMerger([unit('1', { ...small, border: true }), unit('2', small)], ctx, rules, {
			neighbours: nb({ '1': ['2', '9'], '2': ['1'] })
		});
		expect(v.justification).toMatchObject({ code: 'two_specific_factors', factors: ['border'] });
		expect(
			describeReason(
				v.reasons.find((x) => x.code === 'merger_justification')!,
				'vi'
			)
		).toContain('Lý do (b): nhập 2 đơn vị có yếu tố đặc thù (biên giới, quốc phòng)');
	});
	it('§5 neither (a) nor (b): 2 units, a further adjacent unit could be added, no factor → none, as a warning', () => {
		const v = evaluateMerger([unit('1', small), unit('2', small)], ctx, rules, {
			neighbours: nb({ '1': ['2', '9'], '2': ['1', '8'] })
		});
		expect(v.justification).toMatchObject({ code: 'none', furtherAdjacent: ['8', '9'] });
		const w = v.warnings.find((x) => x.code === 'merger_justification')!;
		expect(describeReason(w, 'vi')).toContain('Chưa có lý do được thừa nhận');
		expect(describeReason(w, 'vi')).toContain('(8, 9)');
		expect(codesOf(v, 'reasons')).not.toContain('merger_justification');
	});
	it('§5 2 units without neighbour data and no factor: (b) undetermined', () => {
		const v = evaluateMerger([unit('1', small), unit('2', small)], ctx, rules);
		expect(v.justification?.code).toBe('undetermined');
	});
	it('§5 3 units meeting both: no note needed', () => {
		const v = evaluateMerger(
			[unit('1', { areaOfficialKm2: 10 }), unit('2', { areaOfficialKm2: 10 }), unit('3', { areaOfficialKm2: 10 })],
			ctx,
			rules
		);
		expect(v.meets).toBe('both');
		expect(v.justification).toBeNull();
		expect(codesOf(v, 'reasons')).not.toContain('merger_justification');
	});
	it('Art. 3a the new unit keeps a reduction: a border member → population standard 50%', () => {
		// 20 km² (66.7%), 8,000 persons = 200% of the reduced 4,000.
		const v = evaluateMerger(
			[unit('1', { border: true, areaOfficialKm2: 10 }), unit('2', { areaOfficialKm2: 10 })],
			ctx,
			rules
		);
		expect(v.standards?.population.effective).toBe(4_000);
		expect(v.ratios.population).toBe(2);
		expect(v.meets).toBe('population');
	});
	it('Art. 3a the new unit: population-weighted ethnic-minority share (mountainous)', () => {
		const v = evaluateMerger(
			[
				unit('1', { terrain: 'mountainous', ethnicMinorityShare: 0.8, population: 3_000 }),
				unit('2', { terrain: 'mountainous', ethnicMinorityShare: 0.2, population: 1_000 })
			],
			ctx,
			rules
		);
		// (0.8 × 3,000 + 0.2 × 1,000) / 4,000 = 65% → 3 steps → 35% of 5,000.
		expect(v.standards?.population.reduction?.percent).toBe(0.35);
		expect(v.standards?.population.effective).toBe(1_750);
	});
	it('§3 island: two island xã of 3,000 people and 8 km² → 6,000 / 16 km² against 1,600 / 6 km² (20%, verify)', () => {
		const isl = { island: true, population: 3_000, areaOfficialKm2: 8 };
		const v = evaluateMerger([unit('1', isl), unit('2', isl)], ctx, rules);
		expect(v.standards?.population).toMatchObject({ base: 8_000, effective: 1_600 });
		expect(v.standards?.area).toMatchObject({ base: 30, effective: 6 });
		expect(v.meets).toBe('both');
		expect(codesOf(v, 'reasons')).toContain('reduction_island');
		expect(v.reasons.find((r) => r.code === 'uses_unverified_values')?.params.keys).toContain(
			'reduction.island.percent'
		);
		// A merger reaching the mainland is not an island unit: the mainland standard applies (meets neither).
		const mixed = evaluateMerger([unit('1', isl), unit('2', { population: 3_000, areaOfficialKm2: 8 })], ctx, rules);
		expect(mixed.standards?.population.effective).toBe(8_000);
		expect(mixed.meets).toBe('none');
	});
	it('mixed terrain: kept member terrain, with a warning', () => {
		const v = evaluateMerger(
			[unit('1', { terrain: 'mountainous', population: 9_000 }), unit('2', { terrain: 'other' })],
			ctx,
			rules
		);
		expect(v.terrain).toEqual({ value: 'mountainous', source: 'kept_member' });
		expect(codesOf(v, 'warnings')).toContain('mixed_terrain');
	});
	it('overrides change a merger verdict (xã other area 30 → 25 km²)', () => {
		const members = [
			unit('1', { areaOfficialKm2: 13, population: 4_000 }),
			unit('2', { areaOfficialKm2: 13, population: 4_000 })
		];
		expect(evaluateMerger(members, ctx, rules).meets).toBe('population');
		const rs = applyOverrides(rules, [{ key: 'standard.xa.other.area', value: 25 }]);
		expect(evaluateMerger(members, ctx, rs).meets).toBe('both');
	});
});

// ---------------------------------------------------------------------------------------------------------------
describe('roles of members (NQ 35 Art. 1, domain.md §4)', () => {
	const subject2023 = { areaOfficialKm2: 10, population: 3_000 }; // 33% / 37.5%
	const subject2026 = { areaOfficialKm2: 25, population: 7_000 }; // 83% / 87.5%
	const notSubject = { areaOfficialKm2: 40, population: 9_000 };
	it('subject member → mandatory; the others → adjacent partner', () => {
		const v = evaluateMerger([unit('1', subject2023), unit('2', notSubject), unit('3', subject2026)], ctx, rules);
		expect(v.phase).toBe('2023-2025');
		expect(v.roles).toEqual({ '1': 'mandatory', '2': 'adjacent_partner', '3': 'adjacent_partner' });
	});
	it('no member subject → encouraged', () => {
		const v = evaluateMerger([unit('1', notSubject), unit('2', notSubject)], ctx, rules);
		expect(v.phase).toBeNull();
		expect(v.roles).toEqual({ '1': 'encouraged', '2': 'encouraged' });
		expect(codesOf(v, 'reasons')).toContain('merger_encouraged');
	});
	it('only 2026–2030 subjects → phase 2026–2030 (halted status shown)', () => {
		const v = evaluateMerger([unit('1', subject2026), unit('2', notSubject)], ctx, rules);
		expect(v.phase).toBe('2026-2030');
		expect(v.roles['1']).toBe('mandatory');
		expect(codesOf(v, 'reasons')).toContain('phase_halted');
	});
	it('Art. 3.2 an exempt member is not mandatory', () => {
		const v = evaluateMerger(
			[unit('1', { ...subject2023, lastArrangedPeriod: '2019-2021' }), unit('2', notSubject)],
			ctx,
			rules
		);
		expect(v.memberVerdicts['1'].status).toBe('exempt');
		expect(v.roles['1']).toBe('encouraged');
	});
	it('member verdicts given by the caller are used as is', () => {
		const m1 = unit('1', notSubject);
		const fake = { ...evaluateUnit(m1, ctx, rules), status: 'subject_2023_2025' as const, phase: '2023-2025' as const };
		const v = evaluateMerger([m1, unit('2', notSubject)], ctx, rules, { memberVerdicts: { '1': fake } });
		expect(v.roles['1']).toBe('mandatory');
		expect(v.memberVerdicts['1']).toBe(fake);
	});
});

// ---------------------------------------------------------------------------------------------------------------
describe('checks: level, parent, contiguity (domain.md §5)', () => {
	it('§5 members of different levels: error', () => {
		const v = evaluateMerger([unit('1'), unit('672', { kind: 'huyen' })], ctx, rules);
		expect(codesOf(v, 'errors')).toContain('mixed_levels');
		expect(v.valid).toBe(false);
		expect(v.kind).toBeNull();
	});
	it('a single member is an error; a duplicate member is an error', () => {
		expect(codesOf(evaluateMerger([unit('1')], ctx, rules), 'errors')).toContain('too_few_members');
		expect(codesOf(evaluateMerger([unit('1'), unit('1')], ctx, rules), 'errors')).toContain('duplicate_member');
	});
	it('§5 communes of one district: no warning', () => {
		const v = evaluateMerger([unit('1'), unit('2')], ctx, rules);
		expect(v.sameParent).toBe(true);
		expect(codesOf(v, 'warnings')).not.toContain('crosses_parent_boundary');
	});
	it('§5 crossing a district line is allowed, with a warning', () => {
		const v = evaluateMerger([unit('1', { parentCode: '672' }), unit('2', { parentCode: '673' })], ctx, rules);
		expect(v.sameParent).toBe(false);
		expect(v.parentCodes).toEqual(['672', '673']);
		expect(v.warnings.find((w) => w.code === 'crosses_parent_boundary')?.params).toMatchObject({ level: 'commune' });
		expect(v.valid).toBe(true);
	});
	it('§5 contiguous chain A–B–C: connected', () => {
		const v = evaluateMerger([unit('A'), unit('B'), unit('C')], ctx, rules, { adjacency: adj('A-B', 'C-B') });
		expect(v.contiguity).toEqual({ checked: true, connected: true, components: [['A', 'B', 'C']] });
		expect(v.errors).toEqual([]);
	});
	it('§5 two pieces: error naming the units of each piece', () => {
		const v = evaluateMerger(
			[unit('A', { name: 'Xã Đạ Tẻh' }), unit('B'), unit('C', { name: 'Xã Cát Tiên' })],
			ctx,
			rules,
			{
				adjacency: adj('A-B')
			}
		);
		expect(v.contiguity.connected).toBe(false);
		const e = v.errors.find((x) => x.code === 'not_contiguous');
		expect(e?.params.components).toEqual([['A', 'B'], ['C']]);
		expect(e?.params.names).toEqual([['Xã Đạ Tẻh', 'Xã B'], ['Xã Cát Tiên']]);
		expect(describeReason(e!, 'vi')).toContain('nhóm 2: Xã Cát Tiên');
		expect(v.valid).toBe(false);
	});
	it('§5 unknown adjacency that could join the pieces: warning, not error', () => {
		const v = evaluateMerger([unit('A'), unit('B'), unit('C')], ctx, rules, {
			adjacency: (a, b) => (a === 'A' && b === 'B' ? true : a === 'B' && b === 'C' ? null : false)
		});
		expect(v.contiguity.connected).toBeNull();
		expect(v.warnings.find((w) => w.code === 'contiguity_unknown')?.params.unknownPairs).toEqual([['B', 'C']]);
		expect(v.errors).toEqual([]);
	});
	it('no adjacency function: contiguity not checked', () => {
		const v = evaluateMerger([unit('A'), unit('B')], ctx, rules);
		expect(v.contiguity.checked).toBe(false);
		expect(codesOf(v, 'reasons')).toContain('contiguity_not_checked');
	});
});

// ---------------------------------------------------------------------------------------------------------------
describe('name and code (domain.md §5)', () => {
	const members = () => [
		unit('24820', { name: 'Xã Lộc Châu', population: 5_000 }),
		unit('24823', { name: 'Xã Đại Lào', population: 7_000 }),
		unit('24826', { name: 'Xã Lộc Nga', population: 3_000 })
	];
	it('default name and kept code: the most populous member', () => {
		const v = evaluateMerger(members(), ctx, rules);
		expect(v.name).toEqual({ default: 'Xã Đại Lào', chosen: 'Xã Đại Lào', isNew: false });
		expect(v.keptCode).toBe('24823');
		expect(v.retiredCodes).toEqual(['24820', '24826']);
	});
	it("a member's name (any case or diacritics folding) is not new; another name is flagged", () => {
		expect(evaluateMerger(members(), ctx, rules, { name: 'xã lộc châu' }).name.isNew).toBe(false);
		const v = evaluateMerger(members(), ctx, rules, { name: 'Xã Lộc Thanh' });
		expect(v.name).toMatchObject({ chosen: 'Xã Lộc Thanh', isNew: true });
		expect(codesOf(v, 'reasons')).toContain('new_name');
	});
	it('kept code given by the user; a code outside the members is an error', () => {
		expect(evaluateMerger(members(), ctx, rules, { keptCode: '24820' }).keptCode).toBe('24820');
		const v = evaluateMerger(members(), ctx, rules, { keptCode: '99999' });
		expect(codesOf(v, 'errors')).toContain('kept_code_not_member');
		expect(v.keptCode).toBe('24823');
	});
	it('codes keep their leading zeros', () => {
		const v = evaluateMerger([unit('00004', { population: 9 }), unit('00007', { population: 1 })], ctx, rules);
		expect(v.keptCode).toBe('00004');
		expect(v.retiredCodes).toEqual(['00007']);
	});
});

describe('text of merger reasons', () => {
	it('every reason, warning and error has a sentence in both languages', () => {
		const verdicts = [
			evaluateMerger(
				[unit('1', { kind: 'thi_tran' }), unit('2', { parentCode: '673', terrain: 'mountainous', border: true })],
				ctx,
				rules,
				{
					adjacency: adj(),
					name: 'Xã Mới',
					kindOverride: { kind: 'huyen', reason: '' }
				}
			),
			evaluateMerger([unit('1'), unit('2'), unit('3', { population: null, areaOfficialKm2: null })], ctx, rules, {
				adjacency: () => null
			}),
			evaluateMerger([unit('1', { kind: 'thi_tran', population: 9_000 }), unit('2')], ctx, rules, {
				kindOverride: { kind: 'xa', reason: ' ' },
				keptCode: 'x'
			}),
			evaluateMerger([unit('1'), unit('2', { kind: 'huyen' }), unit('1')], ctx, rules)
		];
		for (const v of verdicts) {
			for (const r of [...v.reasons, ...v.warnings, ...v.errors]) {
				expect(hasReasonText(r.code), r.code).toBe(true);
				expect(describeReason(r, 'vi')).not.toContain('undefined');
				expect(describeReason(r, 'en')).not.toContain('undefined');
			}
		}
	});
});
