/**
 * Citations (issue 9 item 1, domain.md §4): every citation a rule set can print is one of §4's list (and, for the
 * other rule sets, §8's documents), each lives once in the rule set's data, and the verdicts of NQ 35 cite
 * Article 1 (clause 2 for 2023–2025, clause 3 for 2026–2030), never Article 2; exemptions cite Article 3.
 */
import { describe, expect, it } from 'vitest';
import { testUnit } from '../fixtures/units';
import { NQ35_2023, RULE_SETS, evaluateUnit } from '../../src/lib/domain/rules/index';
import type { Citation, RuleSet } from '../../src/lib/domain/rules/index';
import { formatCitation } from '../../src/lib/domain/rules/text';
import type { DatasetContext, UnitRecord } from '../../src/lib/domain/units';

const NQ35 = 'Nghị quyết số 35/2023/UBTVQH15';
const NQ1211 = 'Nghị quyết số 1211/2016/UBTVQH13 (được sửa đổi, bổ sung bởi Nghị quyết số 27/2022/UBTVQH15)';

/** domain.md §4's list, as printed (Vietnamese). */
const SECTION_4 = [
	// 2023–2025 criteria: points a, b, c of clause 2 of Article 1.
	`Điểm a khoản 2 Điều 1 ${NQ35}`,
	`Điểm b khoản 2 Điều 1 ${NQ35}`,
	`Điểm c khoản 2 Điều 1 ${NQ35}`,
	// 2026–2030 criteria: points a, b, c of clause 3 of Article 1.
	`Điểm a khoản 3 Điều 1 ${NQ35}`,
	`Điểm b khoản 3 Điều 1 ${NQ35}`,
	`Điểm c khoản 3 Điều 1 ${NQ35}`,
	// Exemptions: Art. 3.1 a–d (decided, with a reason), 3.2 and 3.3 (by law).
	`Điểm a khoản 1 Điều 3 ${NQ35}`,
	`Điểm b khoản 1 Điều 3 ${NQ35}`,
	`Điểm c khoản 1 Điều 3 ${NQ35}`,
	`Điểm d khoản 1 Điều 3 ${NQ35}`,
	`Khoản 2 Điều 3 ${NQ35}`,
	`Khoản 3 Điều 3 ${NQ35}`,
	// The standards: the articles of NQ 1211 in §3's table (Art. 3.1.b is the basis of the coastal reduction).
	...['1', '2', '3', '5', '6', '7', '8', '9'].map((a) => `Điều ${a} ${NQ1211}`),
	`Điểm b khoản 1 Điều 3 ${NQ1211}`,
	// The reductions: Art. 3a; island units (§3 gives no article: the document only).
	`Điều 3a ${NQ1211}`,
	NQ1211
];
/** §8: the other rule sets (NQ 76 Art. 5 as the rule set had it; NQ 112 articles to verify: the document only). */
const SECTION_8 = ['Điều 5 Nghị quyết số 76/2025/UBTVQH15', 'Nghị quyết số 112/2025/UBTVQH15'];
/**
 * The tool's specification, for project conventions and practice (§2 data checks, §3 setting, §4 date, §5), is
 * printed as the tool's method, with no section number (issue 10: no spec references on screen).
 */
const SPEC = ['Cách tính của công cụ (không phải quy định pháp luật)'];

function isCitation(x: unknown): x is Citation {
	return (
		x !== null &&
		typeof x === 'object' &&
		typeof (x as Citation).document === 'string' &&
		typeof (x as Citation).article === 'string'
	);
}

/** Every citation object reachable from a rule set, except its `citations` table itself. */
function citationsIn(rules: RuleSet): Citation[] {
	const out: Citation[] = [];
	const walk = (node: unknown) => {
		if (node === null || typeof node !== 'object') return;
		if (isCitation(node)) {
			out.push(node);
			return;
		}
		for (const v of Array.isArray(node) ? node : Object.values(node)) walk(v);
	};
	const { citations: _table, ...rest } = rules;
	walk(rest);
	return out;
}

describe('citations of every rule set (domain.md §4)', () => {
	it.each(Object.values(RULE_SETS).map((r) => [r.id, r] as const))(
		'§4 every citation %s can print is in the list of §4 (or §8, or the specification)',
		(_id, rules) => {
			const allowed = new Set([...SECTION_4, ...SECTION_8, ...SPEC]);
			const printed = new Set(citationsIn(rules).map((c) => formatCitation(c, 'vi')));
			expect(printed.size).toBeGreaterThan(0);
			for (const p of printed) expect(allowed, p).toContain(p);
			for (const c of Object.values(rules.citations)) expect(allowed).toContain(formatCitation(c, 'vi'));
		}
	);

	it.each(Object.values(RULE_SETS).map((r) => [r.id, r] as const))(
		'§4 each citation string of %s lives once, in the rule set data (its citations table)',
		(_id, rules) => {
			// The specification's sections all print as "the tool's method": distinct legal citations only.
			const table = Object.values(rules.citations)
				.filter((c) => c.document !== 'domain.md')
				.map((c) => formatCitation(c, 'vi'));
			expect(new Set(table).size).toBe(table.length);
			// Every citation used anywhere in the rule set is one of the table's objects (same object, not a copy).
			const objects = new Set<Citation>(Object.values(rules.citations));
			for (const c of citationsIn(rules)) expect(objects.has(c), formatCitation(c, 'vi')).toBe(true);
		}
	);

	it('§4 no NQ 35 citation points at Article 2 (the principles)', () => {
		for (const rules of Object.values(RULE_SETS))
			for (const c of citationsIn(rules)) if (c.document === 'NQ 35/2023/UBTVQH15') expect(c.article).not.toBe('2');
	});
});

describe('NQ 35 verdicts cite Article 1 (criteria) and Article 3 (exemptions)', () => {
	const ctx: DatasetContext = {
		provinceCode: '68',
		provinceName: 'Lâm Đồng',
		referenceDate: '2022-12-31',
		defaultTerrain: 'other'
	};
	const unit = (o: Partial<UnitRecord>): UnitRecord => testUnit('00001', 'Xã Thử', {}, o);
	// xã other: 8,000 persons, 30 km²; huyện other: 120,000 persons, 450 km².
	it.each([
		['Art. 1.2.a (2023–2025, a<70 & p<70)', unit({ areaOfficialKm2: 20, population: 5_000 }), 'Điểm a khoản 2 Điều 1'],
		[
			'Art. 1.2.b (2023–2025 district, a<20 & p<200)',
			unit({ kind: 'huyen', areaOfficialKm2: 80, population: 200_000 }),
			'Điểm b khoản 2 Điều 1'
		],
		[
			'Art. 1.2.c (2023–2025 commune, a<20 & p<300)',
			unit({ areaOfficialKm2: 5, population: 20_000 }),
			'Điểm c khoản 2 Điều 1'
		],
		[
			'Art. 1.3.a (2026–2030, a<100 & p<100)',
			unit({ areaOfficialKm2: 25, population: 7_000 }),
			'Điểm a khoản 3 Điều 1'
		],
		[
			'Art. 1.3.b (2026–2030 district, a<30 & p<200)',
			unit({ kind: 'huyen', areaOfficialKm2: 120, population: 200_000 }),
			'Điểm b khoản 3 Điều 1'
		],
		[
			'Art. 1.3.c (2026–2030 commune, a<30 & p<300)',
			unit({ areaOfficialKm2: 8, population: 20_000 }),
			'Điểm c khoản 3 Điều 1'
		]
	])('%s', (_name, u, clause) => {
		const v = evaluateUnit(u, ctx, NQ35_2023);
		expect(formatCitation(v.clause!, 'vi')).toBe(`${clause} ${NQ35}`);
		const met = v.reasons.find((r) => r.code === 'criterion_met')!;
		expect(formatCitation(met.clause!, 'vi')).toBe(`${clause} ${NQ35}`);
	});

	it('Art. 3.2 / 3.3 automatic exemptions and Art. 3.1.c recorded exemption cite Article 3', () => {
		const sub23 = { areaOfficialKm2: 20, population: 5_000 };
		const sub26 = { areaOfficialKm2: 25, population: 7_000 };
		const a = evaluateUnit(unit({ ...sub23, lastArrangedPeriod: '2019-2021' }), ctx, NQ35_2023);
		expect(formatCitation(a.exemption!.clause, 'vi')).toBe(`Khoản 2 Điều 3 ${NQ35}`);
		const b = evaluateUnit(unit({ ...sub26, lastArrangedPeriod: '2023-2025' }), ctx, NQ35_2023);
		expect(formatCitation(b.exemption!.clause, 'vi')).toBe(`Khoản 3 Điều 3 ${NQ35}`);
		const c = evaluateUnit(unit(sub23), ctx, NQ35_2023, {
			exemption: { reasonCode: 'special_factors', justification: 'Xã biên giới' }
		});
		expect(formatCitation(c.exemption!.clause, 'vi')).toBe(`Điểm c khoản 1 Điều 3 ${NQ35}`);
		expect(formatCitation(c.exemption!.clause, 'en')).toBe('Art. 3(1)(c), Resolution 35/2023/UBTVQH15');
	});
});
