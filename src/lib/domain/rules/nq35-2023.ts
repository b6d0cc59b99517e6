/**
 * Rule set NQ 35/2023/UBTVQH15 (12 July 2023): arranging district- and commune-level units, 2023–2030.
 * Standards: NQ 1211/2016/UBTVQH13 as amended by NQ 27/2022/UBTVQH15 (consolidated text 19/VBHN-VPQH).
 * Every number is a RuleValue with its citation; the *(verify)* items of domain.md carry `verified: false`.
 */
import { projectDataChecks, SPEC_CITATIONS } from './common';
import { NQ1211_CITATIONS, nq1211Reductions, nq1211Standards } from './nq1211';
import type { Citation, Criterion, PhaseId, RuleSet } from './types';
import { deepFreeze, rv } from './values';
import { both } from '../../i18n/catalogue.ts';

const NQ35 = 'NQ 35/2023/UBTVQH15';
const nq35 = (article: string, clause?: string): Citation =>
	clause ? { document: NQ35, article, clause } : { document: NQ35, article };

/**
 * Every citation of NQ 35/2023 the rule set prints, written once (domain.md §4): the criteria are points a–c of
 * clause 2 (2023–2025) and clause 3 (2026–2030) of Article 1 (Article 2 holds the principles); the exemptions
 * are Article 3.
 */
export const NQ35_CITATIONS = {
	criterion_2023_a: nq35('1', '2.a'),
	criterion_2023_b: nq35('1', '2.b'),
	criterion_2023_c: nq35('1', '2.c'),
	criterion_2026_a: nq35('1', '3.a'),
	criterion_2026_b: nq35('1', '3.b'),
	criterion_2026_c: nq35('1', '3.c'),
	exempt_isolated: nq35('3', '1.a'),
	exempt_unchanged_1945: nq35('3', '1.b'),
	exempt_special_factors: nq35('3', '1.c'),
	exempt_planned_urban: nq35('3', '1.d'),
	exempt_arranged_2019_2021: nq35('3', '2'),
	exempt_arranged_2019_2025: nq35('3', '3')
} as const satisfies Record<string, Citation>;

const C = NQ35_CITATIONS;

/** One criterion: "area below A and population below P" as ratios of the standard (strict). */
function criterion(
	phase: PhaseId,
	areaBelow: number,
	populationBelow: number,
	levels: Criterion['levels'],
	citation: Citation,
	verified = true
): Criterion {
	// The id is built from the legal percentages and stays stable when a value is overridden.
	const aPct = Math.round(areaBelow * 100);
	const pPct = Math.round(populationBelow * 100);
	const id = `a<${aPct}&p<${pPct}`;
	const slug = `${phase.replace('-', '_')}.a${aPct}_p${pPct}`;
	const levelVi = levels.length === 2 ? 'cấp huyện, cấp xã' : levels[0] === 'district' ? 'cấp huyện' : 'cấp xã';
	const levelEn = levels.length === 2 ? 'district and commune level' : `${levels[0]} level`;
	const phaseText = phase.replace('-', '–');
	const ruleVi = `tiêu chí “diện tích tự nhiên dưới ${aPct}% và quy mô dân số dưới ${pPct}% tiêu chuẩn”, ${levelVi}, giai đoạn ${phaseText}`;
	const ruleEn = `criterion “area below ${aPct}% and population below ${pPct}% of the standard”, ${levelEn}, phase ${phaseText}`;
	return {
		id,
		levels,
		areaBelow: rv(
			`criterion.${slug}.area_below`,
			areaBelow,
			'ratio',
			citation,
			`Ngưỡng diện tích tự nhiên (tỷ lệ so với tiêu chuẩn) – ${ruleVi}`,
			`Area threshold (share of the standard) – ${ruleEn}`,
			verified
		),
		populationBelow: rv(
			`criterion.${slug}.population_below`,
			populationBelow,
			'ratio',
			citation,
			`Ngưỡng quy mô dân số (tỷ lệ so với tiêu chuẩn) – ${ruleVi}`,
			`Population threshold (share of the standard) – ${ruleEn}`,
			verified
		),
		citation
	};
}

/** The NQ 35/2023 rule set (domain.md §3, §4, §5, §8). */
export function createNq35RuleSet(): RuleSet {
	return {
		id: 'nq35-2023',
		title_vi: 'Nghị quyết số 35/2023/UBTVQH15 – sắp xếp đơn vị hành chính cấp huyện, cấp xã giai đoạn 2023–2030',
		title_en: 'Resolution 35/2023/UBTVQH15 – arranging district- and commune-level units, 2023–2030',
		document: NQ35,
		issued: '2023-07-12',
		governs: both('rules.nq352023.phase20232025FiguresAs'),
		citations: { ...NQ35_CITATIONS, ...NQ1211_CITATIONS, ...SPEC_CITATIONS },
		status: {
			code: 'in_force',
			note_vi:
				'Giai đoạn 2023–2025 đã thực hiện; giai đoạn 2026–2030 đã dừng thực hiện từ tháng 3/2025, thay bằng đợt sắp xếp năm 2025 (Nghị quyết số 76/2025/UBTVQH15).',
			note_en:
				'The 2023–2025 phase was carried out; the 2026–2030 phase was halted in March 2025 and replaced by the 2025 round (Resolution 76/2025/UBTVQH15).'
		},
		referenceDate: rv(
			'reference_date',
			'2022-12-31',
			'date',
			SPEC_CITATIONS.subject,
			'Thời điểm số liệu dùng để xác định đơn vị thuộc diện sắp xếp giai đoạn 2023–2025',
			'Date of the figures used to decide the units subject in 2023–2025'
		),
		standards: nq1211Standards(),
		reductions: nq1211Reductions(),
		phases: [
			{
				id: '2023-2025',
				label_vi: 'Giai đoạn 2023–2025',
				label_en: 'Phase 2023–2025',
				criteria: [
					criterion('2023-2025', 0.7, 0.7, ['district', 'commune'], C.criterion_2023_a),
					criterion('2023-2025', 0.2, 2, ['district'], C.criterion_2023_b),
					criterion('2023-2025', 0.2, 3, ['commune'], C.criterion_2023_c)
				],
				autoExempt: { periods: ['2019-2021'], reasonCode: 'arranged_2019_2021', citation: C.exempt_arranged_2019_2021 },
				status: { code: 'in_force', note_vi: 'Đang áp dụng', note_en: 'In force' }
			},
			{
				id: '2026-2030',
				label_vi: 'Giai đoạn 2026–2030',
				label_en: 'Phase 2026–2030',
				criteria: [
					criterion('2026-2030', 1, 1, ['district', 'commune'], C.criterion_2026_a),
					criterion('2026-2030', 0.3, 2, ['district'], C.criterion_2026_b),
					// domain.md marks the commune line of 2026–2030 *(verify)*.
					criterion('2026-2030', 0.3, 3, ['commune'], C.criterion_2026_c, false)
				],
				autoExempt: {
					periods: ['2019-2021', '2023-2025'],
					reasonCode: 'arranged_2019_2021_or_2023_2025',
					citation: C.exempt_arranged_2019_2025
				},
				status: {
					code: 'halted',
					since: '2025-03',
					replacedBy: 'nq76-2025',
					note_vi: 'Đã dừng thực hiện từ tháng 3/2025, thay bằng đợt sắp xếp năm 2025 (Nghị quyết số 76/2025/UBTVQH15)',
					note_en: 'Halted in March 2025, replaced by the 2025 round (Resolution 76/2025/UBTVQH15)'
				}
			}
		],
		exemptionReasons: [
			{
				code: 'isolated_location',
				label_vi: 'Có vị trí biệt lập, khó khăn trong việc tổ chức giao thông kết nối',
				label_en: 'Isolated location with hard transport links',
				citation: C.exempt_isolated
			},
			{
				code: 'unchanged_since_1945',
				label_vi: 'Địa giới đơn vị hành chính ổn định, không thay đổi từ năm 1945 đến nay',
				label_en: 'Boundaries unchanged since 1945',
				citation: C.exempt_unchanged_1945
			},
			{
				code: 'special_factors',
				label_vi: 'Có yếu tố đặc thù về quốc phòng, an ninh, lịch sử, văn hóa, dân tộc, tôn giáo',
				label_en: 'Special defence, security, historical, cultural, ethnic or religious factors',
				citation: C.exempt_special_factors
			},
			{
				code: 'planned_urban',
				label_vi:
					'Đơn vị hành chính nông thôn đã có quy hoạch được duyệt để thành lập đơn vị hành chính đô thị giai đoạn 2023–2030 và đã đạt tiêu chuẩn diện tích tự nhiên, quy mô dân số của đơn vị hành chính đô thị đó',
				label_en:
					'Rural unit with an approved plan to become urban in 2023–2030 that already meets that urban kind’s area and population standards',
				citation: C.exempt_planned_urban
			}
		],
		merger: {
			levels: ['district', 'commune'],
			// domain.md §5: same kind stays; a township or ward absorbing communes keeps its kind (2023–2025 practice).
			kindRule: { code: 'nq35', citation: SPEC_CITATIONS.merger, verified: false },
			required: [],
			threeOrMore: {
				minMembers: rv(
					'merger.three_or_more.min_members',
					3,
					'count',
					SPEC_CITATIONS.merger,
					'Số đơn vị nhập tối thiểu để được nêu là lý do khi đơn vị mới chưa đạt tiêu chuẩn',
					'Number of merged units from which the shortfall is usually justified',
					false
				),
				effect: 'justification',
				citation: SPEC_CITATIONS.merger
			},
			warnCrossParent: true
		},
		subUnitCounts: [
			{
				kind: 'tinh',
				min: rv(
					'subunits.tinh.min',
					9,
					'count',
					NQ1211_CITATIONS.art1,
					'Số đơn vị hành chính cấp huyện trực thuộc tỉnh tối thiểu (thông tin)',
					'Minimum number of district-level units of a province (information)'
				),
				citation: NQ1211_CITATIONS.art1
			},
			{
				kind: 'huyen',
				min: rv(
					'subunits.huyen.min',
					13,
					'count',
					NQ1211_CITATIONS.art2,
					'Số đơn vị hành chính cấp xã trực thuộc huyện tối thiểu, trong đó có ít nhất 01 thị trấn (thông tin)',
					'Minimum number of commune-level units of a rural district, at least one a township (information)'
				),
				requiresChildKind: 'thi_tran',
				citation: NQ1211_CITATIONS.art2
			}
		],
		dataChecks: projectDataChecks()
	};
}

/** The NQ 35/2023 rule set, built once and frozen: use applyOverrides for changes. */
export const NQ35_2023: RuleSet = deepFreeze(createNq35RuleSet());
