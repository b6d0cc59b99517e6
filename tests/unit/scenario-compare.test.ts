/**
 * Issue 11 item 5, comparing 2–4 scenarios: the selection (2 to 4 ids), the metrics read from each scenario's own
 * evaluation and staffing totals (nothing recomputed), the table rows, and the groups' differences (only in A,
 * only in B, same members with another name, seat or phase), on the hand-made 3×3 province.
 */
import { describe, expect, it } from 'vitest';
import { NQ35_2023 } from '../../src/lib/domain/rules';
import {
	emptyContent,
	evaluateScenarioOn,
	newGroup,
	scenarioBasis,
	scenarioCatalog,
	setExemption,
	type NewGroupInit,
	type ScenarioContent
} from '../../src/lib/domain/scenario';
import {
	bestOf,
	compareScenarios,
	CompareSelectionError,
	diffGroups,
	memberSetKey,
	metricRows,
	otherDatasetError,
	parseCompareSelection,
	scenarioMetrics,
	type CompareInput,
	type CompareStaffingTotals
} from '../../src/lib/domain/scenario/compare';
import { compareBounds, compareColours, compareLegend, MEETS_COLORS } from '../../src/lib/map/compare-colours';
import { buildStyle } from '../../src/lib/map/style';
import { LAYER } from '../../src/lib/map/ids';
import { NEUTRAL_FILL } from '../../src/lib/map/legend';
import { STATUS_COLORS } from '../../src/lib/map/verdict-colors';
import { ADJACENCY, CTX, UNITS } from '../fixtures/scenario';

const rules = NQ35_2023;
const catalog = scenarioCatalog(UNITS, rules.exemptionReasons);
const basis = scenarioBasis(UNITS, CTX, rules, ADJACENCY);
const plan = (...groups: NewGroupInit[]): ScenarioContent =>
	groups.reduce((c, g) => newGroup(c, catalog, g), emptyContent());

const STAFF: CompareStaffingTotals = {
	surplus: 12,
	nonProfessionalSurplus: 7,
	officesBefore: 4,
	officesAfter: 2,
	annualSavingVnd: 1_500_000_000,
	meetsDeadline: true
};
const input = (id: number, content: ScenarioContent, o: Partial<CompareInput> = {}): CompareInput => ({
	id,
	name: `Phương án ${id}`,
	status: 'draft',
	version: 1,
	evaluation: evaluateScenarioOn(content, basis),
	staffing: STAFF,
	staffedGroups: 1,
	...o
});

// A: Xã A1 + Xã A2 (meets both standards), Xã B1 + Xã C1 (meets neither).
const A = plan({ id: 'a1', members: ['00001', '00004'] }, { id: 'a2', members: ['00002', '00003'] });
// B: the same first pair (added in the other order) under a new name, with a seat; Xã B1 + Xã B2 instead.
const B = plan(
	{ id: 'b1', members: ['00004', '00001'], name: 'Xã Hòa Bình', seatCode: '00004' },
	{ id: 'b2', members: ['00002', '00005'] }
);

describe('the selection: 2 to 4 scenarios of one dataset', () => {
	it('reads ids in order, without repeats', () => {
		expect(parseCompareSelection('3, 1,3,2')).toEqual([3, 1, 2]);
	});
	it.each([
		[null, 'too_few'],
		['', 'too_few'],
		['5', 'too_few'],
		['5,5', 'too_few'],
		['1,2,3,4,5', 'too_many'],
		['1,x', 'bad_selection'],
		['1,0', 'bad_selection'],
		['1,-2', 'bad_selection']
	])('%s is refused (%s) with a Vietnamese message', (raw, code) => {
		let e: unknown;
		try {
			parseCompareSelection(raw);
		} catch (x) {
			e = x;
		}
		expect(e).toBeInstanceOf(CompareSelectionError);
		expect((e as CompareSelectionError).code).toBe(code);
		expect((e as CompareSelectionError).messages.vi).toMatch(/phương án/);
	});
	it('a scenario of another dataset is named by its id only, with the dataset being compared', () => {
		const e = otherDatasetError(9, 'Lâm Đồng 2023');
		expect(e.messages.vi).toBe(
			'Phương án #9 không thuộc bộ dữ liệu «Lâm Đồng 2023»: chỉ so sánh được các phương án của cùng một bộ dữ liệu.'
		);
	});
	it('compareScenarios itself refuses one or five scenarios', () => {
		expect(() => compareScenarios([input(1, A)])).toThrow(CompareSelectionError);
		expect(() => compareScenarios([1, 2, 3, 4, 5].map((i) => input(i, A)))).toThrow(CompareSelectionError);
	});
});

describe('the metrics are read from the evaluation and the staffing totals, not recomputed', () => {
	const x = input(1, A);
	const m = scenarioMetrics(x);
	it('units before → after by level and kind are the evaluation’s', () => {
		expect(m.unitsBefore).toBe(x.evaluation.unitsBefore);
		expect(m.unitsAfter).toBe(x.evaluation.unitsAfter);
		expect(m.unitCount.after.commune).toBe(x.evaluation.unitCount.after.commune);
		// two mergers of two communes each: nine communes become seven
		expect(m.unitCount).toEqual({ before: { district: 3, commune: 9 }, after: { district: 3, commune: 7 } });
	});
	it('mandatory units handled and left, residents affected are the evaluation’s summary', () => {
		expect(m.mandatory).toEqual({
			total: x.evaluation.summary.mandatory,
			inGroups: x.evaluation.summary.mandatoryInGroups,
			exempted: x.evaluation.summary.mandatoryExempted,
			left: x.evaluation.summary.mandatoryLeft
		});
		expect(m.residentsAffected).toBe(x.evaluation.residentsAffected.total);
	});
	it('new units are counted by the standards their group meets (both / one / none)', () => {
		const meets = x.evaluation.groups.map((g) => g.meets);
		expect(meets).toEqual(['both', 'none']);
		expect(m.newUnits).toEqual({ total: 2, both: 1, one: 0, none: 1, unknown: 0 });
	});
	it('a one-member group is no new unit', () => {
		const one = scenarioMetrics(input(2, plan({ members: ['00001'] })));
		expect(one.newUnits.total).toBe(0);
	});
	it('surplus staff, offices, saving and the deadline are the staffing totals', () => {
		expect(m).toMatchObject({
			surplusStaff: 12,
			nonProfessionalSurplus: 7,
			officesBefore: 4,
			officesAfter: 2,
			surplusOffices: 2,
			annualSavingVnd: 1_500_000_000,
			meetsDeadline: true
		});
	});
	it('with no staff figure at all, surplus and the deadline read "no figure" (null), as on the staffing tab', () => {
		const none = scenarioMetrics({ ...x, staffedGroups: 0 });
		expect(none.surplusStaff).toBeNull();
		expect(none.meetsDeadline).toBeNull();
	});
	it('an exemption counts as handled, not left', () => {
		const base = plan({ members: ['00001', '00004'] });
		const withEx = setExemption(base, catalog, {
			code: '00003',
			reasonCode: rules.exemptionReasons[0].code,
			justification: 'Vùng biên giới'
		});
		const before = scenarioMetrics(input(3, base)).mandatory;
		const after = scenarioMetrics(input(4, withEx)).mandatory;
		expect(after.exempted).toBe(before.exempted + 1);
		expect(after.left).toBe(before.left - 1);
		expect(after.exempted + after.inGroups + after.left).toBe(after.total);
	});
});

describe('the metrics table', () => {
	const rows = metricRows([scenarioMetrics(input(1, A)), scenarioMetrics(input(2, B))]);
	const row = (k: string) => rows.find((r) => r.key === k)!;
	it('has one value per scenario in every row, with Vietnamese labels', () => {
		for (const r of rows) {
			expect(r.values).toHaveLength(2);
			expect(r.label.vi).not.toBe(r.label.en);
		}
		expect(row('units.commune').values).toEqual([
			[9, 7],
			[9, 7]
		]);
		expect(row('units.commune.xa').label.vi).toBe('Xã');
		expect(row('units.commune.thi_tran').label.vi).toBe('Thị trấn');
	});
	it('marks the best value of a row with a direction, and none on a tie', () => {
		expect(bestOf(row('units.commune'))).toBeNull();
		expect(bestOf({ key: 'x', label: { vi: 'x', en: 'x' }, format: 'count', better: 'low', values: [3, 1, 2] })).toBe(
			1
		);
		expect(
			bestOf({ key: 'x', label: { vi: 'x', en: 'x' }, format: 'count', better: 'high', values: [3, null, 2] })
		).toBe(0);
		expect(bestOf({ key: 'x', label: { vi: 'x', en: 'x' }, format: 'count', values: [3, 1] })).toBeNull();
	});
});

describe('the groups’ differences (only in A, only in B, same members with another name, seat or phase)', () => {
	const d = diffGroups([input(1, A), input(2, B)]);
	const byKey = new Map(d.map((e) => [e.key, e]));
	it('the same members in another order are one member set; its new name and seat are the differences', () => {
		const e = byKey.get(memberSetKey('commune', ['00001', '00004']))!;
		expect(e.kind).toBe('differs');
		expect(e.differs).toEqual(['name', 'seat']);
		expect(e.sides.map((s) => s?.groupId)).toEqual(['a1', 'b1']);
		expect(e.sides[1]?.name).toBe('Xã Hòa Bình');
	});
	it('a group only in A and one only in B', () => {
		expect(byKey.get(memberSetKey('commune', ['00002', '00003']))).toMatchObject({ kind: 'some' });
		expect(byKey.get(memberSetKey('commune', ['00002', '00003']))!.sides[1]).toBeNull();
		expect(byKey.get(memberSetKey('commune', ['00002', '00005']))!.sides[0]).toBeNull();
	});
	it('lists what is not in every scenario first, then what differs, then what is alike', () => {
		expect(d.map((e) => e.kind)).toEqual(['some', 'some', 'differs']);
		const same = diffGroups([input(1, A), input(2, A)]);
		expect(same.every((e) => e.kind === 'same')).toBe(true);
	});
	it('a phase set in one scenario only is a difference', () => {
		const C = plan({ id: 'c1', members: ['00001', '00004'], phase: '2026-2030' });
		const e = diffGroups([input(1, A), input(3, C)]).find(
			(x) => x.key === memberSetKey('commune', ['00001', '00004'])
		)!;
		expect(e.differs).toEqual(['phase']);
	});
});

describe('the compare maps: groups filled by their verdict', () => {
	const c = compareScenarios([input(1, A), input(2, B)]);
	const codes = {
		district: UNITS.filter((u) => u.level === 'district').map((u) => u.code),
		commune: UNITS.filter((u) => u.level === 'commune').map((u) => u.code)
	};
	it('members of a group meeting both standards are green, of one meeting none brown; left units red', () => {
		const { fill, outline } = compareColours(c.maps[0], codes);
		expect(fill.commune['00001']).toBe(MEETS_COLORS.both);
		expect(fill.commune['00002']).toBe(MEETS_COLORS.none);
		expect(fill.commune['00009']).toBe(NEUTRAL_FILL);
		expect(outline.commune['00001']).toBeDefined();
		expect(outline.commune['00009']).toBeUndefined();
		// districts 001 and 002 are subject 2023–2025 and in no group of A
		expect(fill.district['001']).toBe(STATUS_COLORS.subject_2023_2025);
	});
	it('the legend counts each colour, in Vietnamese', () => {
		const l = compareLegend(c.maps[0], 'commune', 'vi');
		expect(l.items.find((i) => i.label === 'Nhóm đạt cả hai tiêu chuẩn')?.count).toBe(1);
		expect(l.items.find((i) => i.label === 'Nhóm chưa đạt tiêu chuẩn nào')?.count).toBe(1);
	});
});

describe('where the compare maps open', () => {
	const maps = compareScenarios([input(1, A), input(2, B)]).maps;
	const boxes: Record<string, [number, number, number, number]> = {
		'00001': [106.0, 11.0, 106.1, 11.1],
		'00004': [106.1, 11.0, 106.2, 11.1],
		'00002': [106.2, 11.5, 106.3, 11.6],
		'00003': [106.3, 11.5, 106.9, 11.6],
		'00005': [106.2, 11.4, 106.3, 11.5]
	};
	const province: [number, number, number, number] = [105, 10, 108, 13];
	it('around every grouped unit of any scenario, at least 0.3° wide and high', () => {
		expect(compareBounds(maps, (c) => boxes[c], province)).toEqual([106.0, 11.0, 106.9, 11.6]);
		const small = compareBounds(
			[compareScenarios([input(1, plan({ members: ['00001', '00004'] })), input(2, A)]).maps[0]],
			(c) => boxes[c],
			province
		)!;
		expect(small[2] - small[0]).toBeCloseTo(0.3, 9);
		expect(small[3] - small[1]).toBeCloseTo(0.3, 9);
		expect((small[0] + small[2]) / 2).toBeCloseTo(106.1, 9);
	});
	it('the whole province when no scenario has a group', () => {
		const empty = compareScenarios([input(1, emptyContent()), input(2, emptyContent())]).maps;
		expect(compareBounds(empty, (c) => boxes[c], province)).toBe(province);
	});
});

describe('open comments on a commune show at the province view (issue 11 item 4)', () => {
	it('the map style marks a commune with comments (✎n) below the zoom where commune names appear', () => {
		const style = buildStyle(() => '/x');
		const mark = style.layers.find((l) => l.id === LAYER.communeCommentMark) as {
			filter: unknown;
			maxzoom: number;
			layout: Record<string, unknown>;
		};
		const names = style.layers.find((l) => l.id === LAYER.communeLabel) as { minzoom: number };
		expect(mark.filter).toEqual(['all', ['==', ['get', 'level'], 'commune'], ['has', 'comments']]);
		expect(mark.maxzoom).toBe(names.minzoom);
		expect(mark.layout['text-field']).toEqual(['concat', '✎', ['to-string', ['get', 'comments']]]);
	});
});
