/**
 * Evaluation of a whole scenario on the hand-made 3×3 province (tests/fixtures/scenario.ts): units before and
 * after, roles, contiguity parts, subject units left, district-line crossings, districts carrying their communes.
 */
import { describe, expect, it } from 'vitest';
import { NQ35_2023 } from '../../src/lib/domain/rules';
import {
	emptyContent,
	evaluateGroup,
	evaluateScenario,
	evaluateScenarioOn,
	newGroup,
	scenarioBasis,
	scenarioCatalog,
	setExemption,
	setGroupFields,
	type NewGroupInit,
	type ScenarioContent
} from '../../src/lib/domain/scenario';
import { describeScenarioReason } from '../../src/lib/domain/scenario/text';
import { ADJACENCY, CTX, syntheticProvince, UNITS } from '../fixtures/scenario';

const rules = NQ35_2023;
const catalog = scenarioCatalog(UNITS, rules.exemptionReasons);
const basis = scenarioBasis(UNITS, CTX, rules, ADJACENCY);

/** A content with these groups (ids g1, g2, … unless given). */
function plan(...groups: NewGroupInit[]): ScenarioContent {
	return groups.reduce((c, g) => newGroup(c, catalog, g), emptyContent());
}
const evaluate = (c: ScenarioContent) => evaluateScenarioOn(c, basis);
const codes = (rs: { code: string }[]) => rs.map((r) => r.code);

describe('an empty scenario', () => {
	const ev = evaluate(emptyContent());
	it('counts the units by level and kind, the same before and after', () => {
		expect(ev.unitsBefore).toEqual({ district: { huyen: 3 }, commune: { xa: 8, thi_tran: 1 } });
		expect(ev.unitsAfter).toEqual(ev.unitsBefore);
		expect(ev.unitCount).toEqual({ before: { district: 3, commune: 9 }, after: { district: 3, commune: 9 } });
	});
	it('lists every unit subject in 2023–2025 as left, with phase, criterion, clause and bbox', () => {
		expect(codes(ev.mandatoryLeft)).toEqual(['001', '002', '00001', '00002', '00003']);
		const a1 = ev.mandatoryLeft.find((m) => m.code === '00001')!;
		expect(a1).toMatchObject({
			name: 'Xã A1',
			level: 'commune',
			phase: '2023-2025',
			criterion: 'a<70&p<70',
			bbox: [0, 0, 1, 1]
		});
		expect(a1.clause?.document).toBe('NQ 35/2023/UBTVQH15');
		expect(ev.summary).toMatchObject({ mandatory: 5, mandatoryInGroups: 0, mandatoryLeft: 5 });
	});
	it('with both phases, the 2026–2030 subject unit is listed too', () => {
		const both = evaluateScenario(emptyContent(), UNITS, CTX, rules, ADJACENCY, { phases: ['2023-2025', '2026-2030'] });
		expect(codes(both.mandatoryLeft)).toContain('00005');
		expect(both.mandatoryLeft.find((m) => m.code === '00005')?.phase).toBe('2026-2030');
	});
});

describe('one commune merger', () => {
	const ev = evaluate(plan({ members: ['00001', '00004'] }));
	const g = ev.groups[0];
	it('combines figures and judges them against the xã standard', () => {
		expect(g).toMatchObject({
			id: 'g1',
			level: 'commune',
			kind: 'xa',
			areaKm2: 35,
			population: 12_000,
			meets: 'both',
			valid: true
		});
		expect(g.ratios.area).toBeCloseTo(35 / 30, 12);
		expect(g.ratios.population).toBeCloseTo(12_000 / 8_000, 12);
		expect(g.verdict.standards?.area.citation.document).toBe('NQ 1211/2016/UBTVQH13');
	});
	it('gives roles: the subject unit is mandatory, its neighbour an adjacent partner', () => {
		expect(g.roles).toEqual({ '00001': 'mandatory', '00004': 'adjacent_partner' });
		expect(g.legalPhase).toBe('2023-2025');
	});
	it('keeps the most populous member’s name and code by default; the other code is retired', () => {
		expect(g).toMatchObject({
			name: 'Xã A2',
			nameIsNew: false,
			keptCode: '00004',
			retiredCodes: ['00001'],
			residentsAffected: 3_000
		});
	});
	it('is contiguous in one part', () => {
		expect(g.contiguous).toBe(true);
		expect(g.parts).toEqual([['00001', '00004']]);
	});
	it('units after: two xã become one; the subject unit is no longer left', () => {
		expect(ev.unitsAfter.commune).toEqual({ xa: 7, thi_tran: 1 });
		expect(ev.unitCount.after.commune).toBe(8);
		expect(codes(ev.mandatoryLeft)).not.toContain('00001');
		expect(ev.residentsAffected).toMatchObject({
			absorbedCommunes: 3_000,
			absorbedCommuneCount: 1,
			districtChange: 0,
			total: 3_000
		});
	});
});

describe('checks and warnings', () => {
	it('a non-contiguous group is an error with its parts, largest first', () => {
		const g = evaluate(plan({ members: ['00001', '00004', '00009'] })).groups[0];
		expect(g.contiguous).toBe(false);
		expect(g.parts).toEqual([['00001', '00004'], ['00009']]);
		expect(g.valid).toBe(false);
		expect(g.errors.map((e) => e.code)).toContain('not_contiguous');
	});
	it('crossing a district line is flagged as a district boundary adjustment', () => {
		const g = evaluate(plan({ members: ['00002', '00003'] })).groups[0];
		expect(g.contiguous).toBe(true);
		const w = g.warnings.find((x) => x.code === 'crosses_parent_boundary');
		expect(w?.params.parentCodes).toEqual(['002', '003']);
		expect(describeScenarioReason(w!, 'vi')).toContain('điều chỉnh địa giới đơn vị hành chính cấp huyện');
	});
	it('a new name is flagged', () => {
		const g = evaluate(plan({ members: ['00001', '00004'], name: 'Xã Hòa Bình' })).groups[0];
		expect(g).toMatchObject({ name: 'Xã Hòa Bình', nameIsNew: true });
		expect(g.warnings.map((w) => w.code)).toContain('new_name');
	});
	it('a kind change is flagged (a xã joining a thị trấn that keeps its urban kind)', () => {
		const g = evaluate(plan({ members: ['00004', '00007'] })).groups[0];
		expect(g.kind).toBe('thi_tran'); // 37 km² ≥ 14, 19,000 ≥ 8,000: the township's standard is met
		const w = g.warnings.find((x) => x.code === 'scenario_kind_change')!;
		expect(w.params.changes).toEqual([{ code: '00004', from: 'xa' }]);
		expect(describeScenarioReason(w, 'vi')).toBe('Đơn vị mới là thị trấn: thay đổi loại đơn vị của 00004 (xã).');
	});
	it('a kind override with its reason is used and flagged as a change', () => {
		const c = setGroupFields(plan({ members: ['00004', '00007'] }), catalog, 'g1', {
			kind: 'xa',
			kindReason: 'Theo quy hoạch'
		});
		const g = evaluate(c).groups[0];
		expect(g).toMatchObject({ kind: 'xa', kindSource: 'override' });
		expect(evaluate(c).unitsAfter.commune).toEqual({ xa: 8 }); // 9 − 2 + 1, the township gone
	});
	it('merging 3 or more units is flagged; the seat suggestion is the most central member', () => {
		const g = evaluate(plan({ members: ['00001', '00004', '00007'] })).groups[0];
		expect(g.warnings.map((w) => w.code)).toContain('scenario_three_or_more');
		expect(g.seatSuggestion).toBe('00004');
	});
	it('a merger without a subject member is encouraged', () => {
		const g = evaluate(plan({ members: ['00006', '00009'] })).groups[0];
		expect(g.roles).toEqual({ '00006': 'encouraged', '00009': 'encouraged' });
		expect(g.legalPhase).toBeNull();
	});
	it('a group planned for 2026–2030 that holds a 2023–2025 subject unit is flagged', () => {
		const g = evaluate(plan({ members: ['00001', '00004'], phase: '2026-2030' })).groups[0];
		expect(g.warnings.find((w) => w.code === 'scenario_phase_later_than_required')?.params.codes).toEqual(['00001']);
	});
	it('a one-member group merges nothing: it does not change the counts or cover its unit', () => {
		const ev = evaluate(plan({ members: ['00001'] }));
		expect(ev.groups[0].valid).toBe(false);
		expect(ev.unitsAfter).toEqual(ev.unitsBefore);
		expect(codes(ev.mandatoryLeft)).toContain('00001');
	});
	it('every reason the evaluation adds has words in both languages', () => {
		const ev = evaluate(
			plan(
				{ members: ['00004', '00007', '00008'], name: 'Xã Mới', phase: '2026-2030' },
				{ level: 'district', members: ['001', '002'] },
				{ members: ['00001', '00002'] }
			)
		);
		for (const g of ev.groups)
			for (const r of [...g.warnings, ...g.errors, ...g.reasons]) {
				for (const lang of ['vi', 'en'] as const)
					expect(describeScenarioReason(r, lang), r.code).not.toMatch(/^[a-z_]+ \{/);
			}
	});
});

describe('districts merging carry their communes', () => {
	const c = plan(
		{ id: 'H', level: 'district', members: ['001', '002'], keptCode: '001', name: 'Huyện A' },
		{ id: 'X', members: ['00001', '00002'] }
	);
	const ev = evaluate(c);
	it('the district merger is judged against the huyện standard; both districts were subject', () => {
		const h = ev.groups[0];
		expect(h).toMatchObject({
			kind: 'huyen',
			areaKm2: 550,
			population: 110_000,
			meets: 'area',
			keptCode: '001',
			retiredCodes: ['002']
		});
		expect(h.roles).toEqual({ '001': 'mandatory', '002': 'mandatory' });
	});
	it('reports the new district of every commune of the merged districts', () => {
		expect(ev.districtFollow.map((f) => [f.code, f.fromDistrict, f.toDistrict, f.changes])).toEqual([
			['00001', '001', '001', false],
			['00004', '001', '001', false],
			['00007', '001', '001', false],
			['00002', '002', '001', true],
			['00005', '002', '001', true],
			['00008', '002', '001', true]
		]);
	});
	it('a commune merger across the two merged districts is not a district boundary adjustment', () => {
		const x = ev.groups[1];
		expect(x.warnings.map((w) => w.code)).not.toContain('crosses_parent_boundary');
		expect(x.reasons.find((r) => r.code === 'crossing_resolved_by_district_merger')?.params).toEqual({
			districts: ['001', '002'],
			district: '001'
		});
		expect(x.parentAfter).toBe('001');
	});
	it('counts residents whose commune changes and, separately, those whose district changes', () => {
		// X keeps 00001 (3,000 > 2,500): 00002 (2,500) is absorbed. Communes of 002 change district: 2,500 + 6,000 + 9,000.
		expect(ev.residentsAffected).toEqual({
			absorbedCommunes: 2_500,
			absorbedCommuneCount: 1,
			absorbedDistricts: 50_000,
			absorbedDistrictCount: 1,
			districtChange: 17_500,
			districtChangeCommunes: 3,
			total: 17_500, // 00002 is counted once
			missingPopulation: []
		});
	});
	it('units after: 2 huyện, 8 communes', () => {
		expect(ev.unitsAfter).toEqual({ district: { huyen: 2 }, commune: { xa: 7, thi_tran: 1 } });
	});
});

describe('mandatory_left empties as groups are added', () => {
	it('5 → 3 → 2 → 1 → 0, or an exemption', () => {
		let c = emptyContent();
		const left = () => codes(evaluate(c).mandatoryLeft);
		expect(left()).toHaveLength(5);
		c = newGroup(c, catalog, { level: 'district', members: ['001', '002'] });
		expect(left()).toEqual(['00001', '00002', '00003']);
		c = newGroup(c, catalog, { members: ['00001', '00004'] });
		expect(left()).toEqual(['00002', '00003']);
		c = newGroup(c, catalog, { members: ['00002', '00005'] });
		expect(left()).toEqual(['00003']);
		const kept = setExemption(c, catalog, {
			code: '00003',
			reasonCode: 'isolated_location',
			justification: 'Cù lao, chỉ đi bằng đò'
		});
		const ev = evaluate(kept);
		expect(ev.mandatoryLeft).toEqual([]);
		expect(ev.summary).toMatchObject({ mandatory: 5, mandatoryInGroups: 4, mandatoryExempted: 1, mandatoryLeft: 0 });
		expect(ev.exemptions).toEqual([
			expect.objectContaining({
				code: '00003',
				source: 'scenario',
				kind: 'recorded',
				reasonCode: 'isolated_location',
				phase: '2023-2025',
				needed: true
			})
		]);
		expect(ev.exemptions[0].clause).toMatchObject({ document: 'NQ 35/2023/UBTVQH15', article: '3', clause: '1.a' });
		c = newGroup(c, catalog, { members: ['00003', '00006'] });
		expect(left()).toEqual([]);
	});
	it('units exempt by law (arranged in 2019–2021) are not left, and are listed with the law as source', () => {
		const units = UNITS.map((u) => (u.code === '00003' ? { ...u, lastArrangedPeriod: '2019-2021' as const } : u));
		const ev = evaluateScenario(emptyContent(), units, CTX, rules, ADJACENCY);
		expect(codes(ev.mandatoryLeft)).not.toContain('00003');
		expect(ev.exemptions.find((x) => x.code === '00003')).toMatchObject({ source: 'law', kind: 'automatic' });
	});
});

describe('a scenario of many groups (the map re-evaluates on every click; its speed is in npm run bench)', () => {
	it('evaluating the whole scenario gives each group the verdict of evaluating that group alone', () => {
		const { units, adjacency } = syntheticProvince(10, 14); // 10 districts + 140 communes
		const b = scenarioBasis(units, CTX, rules, adjacency);
		const cat = scenarioCatalog(units, rules.exemptionReasons);
		let c = emptyContent();
		const communes = units.filter((u) => u.level === 'commune').map((u) => u.code);
		for (let i = 0; i + 1 < communes.length; i += 4) c = newGroup(c, cat, { members: communes.slice(i, i + 2) }); // 35 pairs
		const ev = evaluateScenarioOn(c, b);
		expect(ev.groups).toHaveLength(35);
		for (const [i, g] of c.groups.entries()) expect(ev.groups[i]).toEqual(evaluateGroup(g, b));
		// With a district merger too, the communes of district 002 move to the merged district 001.
		c = newGroup(c, cat, { level: 'district', members: ['001', '002'] });
		const withDistricts = evaluateScenarioOn(c, b);
		expect(withDistricts.groups.find((g) => g.members.includes('02002'))?.parentAfter).toBe('001');
		// 36 groups of 2 merge 72 units into 36: 150 → 114.
		expect(withDistricts.unitCount.after.commune + withDistricts.unitCount.after.district).toBe(114);
	});
});
