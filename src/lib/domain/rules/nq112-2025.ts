/**
 * Rule set NQ 112/2025/UBTVQH15: the standards of commune-level units from 2026, for the two-tier local government
 * (province → communes and wards, no district level since 1 July 2025) that provinces' datasets hold today
 * (domain.md §8). Every value is *(verify)*: the articles are not known, so the citations name the document only.
 *
 * NQ 112 gives standards, not NQ 35-style "subject when" criteria: a unit, and a proposed merger, is evaluated
 * against the standards of its kind (meets both / one / none), with one reduction per standard.
 */
import { projectDataChecks, SPEC_CITATIONS } from './common';
import { standardRow } from './nq1211';
import type { Citation, RuleSet } from './types';
import { deepFreeze, rv } from './values';
import { both } from '../../i18n/catalogue.ts';

const NQ112 = 'NQ 112/2025/UBTVQH15';

/** Every citation of NQ 112/2025 the rule set prints, written once: the document (articles to verify). */
export const NQ112_CITATIONS = {
	nq112: { document: NQ112, article: '' }
} as const satisfies Record<string, Citation>;

const DOC = NQ112_CITATIONS.nq112;

/** A ratio value of NQ 112 (all *(verify)*). */
const ratio = (key: string, value: number, vi: string, en: string) => rv(key, value, 'ratio', DOC, vi, en, false);

/** The NQ 112/2025 rule set. */
export function createNq112RuleSet(): RuleSet {
	return {
		id: 'nq112-2025',
		title_vi:
			'Nghị quyết số 112/2025/UBTVQH15 – tiêu chuẩn của đơn vị hành chính cấp xã từ năm 2026 (chính quyền địa phương hai cấp)',
		title_en: 'Resolution 112/2025/UBTVQH15 – standards of commune-level units from 2026 (two-tier local government)',
		document: NQ112,
		issued: '2025',
		governs: both('rules.nq1122025.from2026TwoTierDatasets'),
		citations: { ...NQ112_CITATIONS, ...SPEC_CITATIONS },
		status: {
			code: 'in_force',
			since: '2026-01',
			note_vi: 'Áp dụng từ năm 2026 cho chính quyền địa phương hai cấp; các giá trị cần xác minh với văn bản gốc.',
			note_en: 'Applies from 2026 to the two-tier local government; values to verify against the legal text.'
		},
		referenceDate: rv(
			'reference_date',
			'2024-12-31',
			'date',
			DOC,
			'Thời điểm số liệu dùng để đánh giá tiêu chuẩn (cần xác minh)',
			'Date of the figures the standards are assessed on (to verify)',
			false
		),
		standards: [
			standardRow(
				'xa.mountainous',
				'xa',
				'mountainous',
				5_000,
				100,
				DOC,
				both('rules.nq1122025.mountainousHighlandCommune'),
				{},
				false
			),
			standardRow('xa.other', 'xa', 'other', 16_000, 30, DOC, both('rules.nq1122025.otherCommune'), {}, false),
			standardRow(
				'xa.island',
				'xa',
				'any',
				2_500,
				15,
				DOC,
				both('rules.nq1122025.islandCommune'),
				{ island: true },
				false
			),
			standardRow('phuong', 'phuong', 'any', 21_000, 5.5, DOC, both('rules.nq1122025.ward'), {}, false)
		],
		reductions: {
			appliesToKinds: ['xa'],
			ethnicOrBorder: {
				minShare: ratio(
					'reduction.ethnic_border.min_share',
					0.5,
					'Tỷ lệ dân số là người dân tộc thiểu số tối thiểu để xã miền núi, vùng cao được giảm tiêu chuẩn quy mô dân số',
					'Minimum ethnic-minority share that qualifies a mountainous/highland commune for the reduction'
				),
				basePercent: ratio(
					'reduction.ethnic_border.base_percent',
					0.5,
					'Tỷ lệ tiêu chuẩn quy mô dân số áp dụng khi có yếu tố dân tộc thiểu số hoặc biên giới',
					'Share of the population standard that applies with the ethnic-minority or border factor'
				),
				stepShare: ratio(
					'reduction.ethnic_border.step_share',
					0.1,
					'Bước tăng tỷ lệ dân số là người dân tộc thiểu số để được giảm thêm tiêu chuẩn',
					'Step of further ethnic-minority share that lowers the standard again'
				),
				stepPercent: ratio(
					'reduction.ethnic_border.step_percent',
					0.05,
					'Mức giảm thêm tiêu chuẩn quy mô dân số cho mỗi bước',
					'Further reduction of the population standard per step'
				),
				floorPercent: ratio(
					'reduction.ethnic_border.floor_percent',
					0.2,
					'Mức tiêu chuẩn quy mô dân số thấp nhất sau khi giảm',
					'Lowest share of the population standard after reductions'
				),
				citation: DOC
			},
			coastalDifficult: {
				percent: ratio(
					'reduction.coastal_difficult.percent',
					0.5,
					'Tỷ lệ tiêu chuẩn quy mô dân số của xã đặc biệt khó khăn vùng bãi ngang, ven biển',
					'Share of the population standard for a specially difficult coastal commune'
				),
				appliesToKinds: ['xa'],
				basisStandardId: null,
				basisCitation: null,
				citation: DOC
			},
			deltaArea: {
				percent: ratio(
					'reduction.delta.area_percent',
					0.7,
					'Tỷ lệ tiêu chuẩn diện tích tự nhiên của xã vùng Đồng bằng sông Hồng',
					'Share of the area standard for a Red River Delta commune'
				),
				citation: DOC
			},
			// Island communes have their own row (2,500 people, 15 km²), not a reduction.
			island: null,
			percentagesAgainstReduced: rv(
				'setting.percentages_against_reduced',
				true,
				'flag',
				SPEC_CITATIONS.standards,
				'Tỷ lệ % so với tiêu chuẩn được tính trên tiêu chuẩn đã giảm',
				'Percentages are taken against the reduced standard'
			)
		},
		phases: [],
		exemptionReasons: [],
		merger: {
			levels: ['commune'],
			kindRule: { code: 'nq35', citation: SPEC_CITATIONS.merger, verified: false },
			required: [],
			threeOrMore: null,
			warnCrossParent: false
		},
		subUnitCounts: [],
		dataChecks: projectDataChecks()
	};
}

/** The NQ 112/2025 rule set, built once and frozen: use applyOverrides for changes. */
export const NQ112_2025: RuleSet = deepFreeze(createNq112RuleSet());
