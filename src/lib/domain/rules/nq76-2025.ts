/**
 * Rule set NQ 76/2025/UBTVQH15 (14 April 2025): the 2025 round of arrangement (domain.md §8).
 * The district level is abolished from 1 July 2025, so only commune-level mergers are assessed. There are no
 * per-unit "subject" criteria: the standards below (with the NQ 1211 reductions) are those a merged unit must
 * reach; a single unit is shown against them (meets both / one / none).
 */
import { projectDataChecks, SPEC_CITATIONS } from './common';
import type { Citation, RuleSet } from './types';
import { NQ1211_CITATIONS, nq1211Reductions, nq1211Standards, standardRow } from './nq1211';
import { deepFreeze, rv } from './values';
import { both } from '../../i18n/catalogue.ts';

const NQ76 = 'NQ 76/2025/UBTVQH15';

/** Every citation of NQ 76/2025 the rule set prints, written once. */
export const NQ76_CITATIONS = {
	/** Standards of the units formed by the 2025 arrangement, kind of the new unit, figures as of 31 Dec 2024. */
	nq76_art5: { document: NQ76, article: '5' }
} as const satisfies Record<string, Citation>;

const ART5 = NQ76_CITATIONS.nq76_art5;

/** The rows of NQ 1211's standards table this rule set keeps as they are. */
const NQ1211_ROWS = ['xa.mountainous', 'xa.other', 'thi_tran'];

/** The NQ 76/2025 rule set. */
export function createNq76RuleSet(): RuleSet {
	return {
		id: 'nq76-2025',
		title_vi: 'Nghị quyết số 76/2025/UBTVQH15 – sắp xếp đơn vị hành chính năm 2025',
		title_en: 'Resolution 76/2025/UBTVQH15 – arrangement of administrative units in 2025',
		document: NQ76,
		issued: '2025-04-14',
		governs: both('rules.nq762025.the2025RoundFiguresAs'),
		citations: { ...NQ76_CITATIONS, ...NQ1211_CITATIONS, ...SPEC_CITATIONS },
		status: {
			code: 'in_force',
			note_vi: 'Không tổ chức cấp huyện từ ngày 01/7/2025; chỉ sắp xếp đơn vị hành chính cấp xã.',
			note_en: 'No district level from 1 July 2025; only commune-level units are arranged.'
		},
		referenceDate: rv(
			'reference_date',
			'2024-12-31',
			'date',
			ART5,
			'Thời điểm số liệu dùng để đánh giá tiêu chuẩn của đơn vị hình thành sau sắp xếp',
			'Date of the figures used to assess the merged units'
		),
		standards: [
			// The commune and township standards themselves are those of NQ 1211 (Art. 3, 9); NQ 76 asks for multiples.
			...nq1211Standards().filter((row) => NQ1211_ROWS.includes(row.id)),
			standardRow(
				'phuong.central_city',
				'phuong',
				'any',
				45_000,
				5.5,
				ART5,
				both('rules.nq762025.wardInACentrallyRun'),
				{ provinceClass: 'central_city' }
			),
			standardRow(
				'phuong.mountainous_or_border',
				'phuong',
				'any',
				15_000,
				5.5,
				ART5,
				both('rules.nq762025.wardInAMountainousOr'),
				{ provinceClass: 'mountainous_or_border' }
			),
			standardRow('phuong.other', 'phuong', 'any', 21_000, 5.5, ART5, both('rules.nq762025.wardInAnotherProvince'), {
				provinceClass: 'other'
			})
		],
		// Art. 3a reductions apply in the 2025 round too (domain.md §8: Nghệ An kept communes at 464–552% of theirs).
		reductions: nq1211Reductions(),
		phases: [],
		exemptionReasons: [],
		merger: {
			levels: ['commune'],
			kindRule: { code: 'nq76', citation: ART5, verified: true },
			required: [
				{
					kind: 'xa',
					terrain: 'mountainous',
					area: rv(
						'merger.required.xa.mountainous.area',
						2,
						'ratio',
						ART5,
						'Xã miền núi, vùng cao hình thành sau sắp xếp: diện tích tự nhiên đạt tỷ lệ so với tiêu chuẩn',
						'Merged mountainous commune: required share of the area standard'
					),
					population: rv(
						'merger.required.xa.mountainous.population',
						1,
						'ratio',
						ART5,
						'Xã miền núi, vùng cao hình thành sau sắp xếp: quy mô dân số đạt tỷ lệ so với tiêu chuẩn',
						'Merged mountainous commune: required share of the population standard'
					),
					citation: ART5
				},
				{
					kind: 'xa',
					terrain: 'other',
					area: rv(
						'merger.required.xa.other.area',
						1,
						'ratio',
						ART5,
						'Xã khác hình thành sau sắp xếp: diện tích tự nhiên đạt tỷ lệ so với tiêu chuẩn',
						'Other merged commune: required share of the area standard'
					),
					population: rv(
						'merger.required.xa.other.population',
						2,
						'ratio',
						ART5,
						'Xã khác hình thành sau sắp xếp: quy mô dân số đạt tỷ lệ so với tiêu chuẩn',
						'Other merged commune: required share of the population standard'
					),
					citation: ART5
				}
			],
			threeOrMore: {
				minMembers: rv(
					'merger.three_or_more.min_members',
					3,
					'count',
					ART5,
					'Nhập từ số đơn vị này trở lên thì không xét tiêu chuẩn của đơn vị mới',
					'Merging this many units or more: the new unit’s standards are not assessed'
				),
				effect: 'not_assessed',
				citation: ART5
			},
			warnCrossParent: false
		},
		subUnitCounts: [],
		dataChecks: projectDataChecks()
	};
}

/** The NQ 76/2025 rule set, built once and frozen: use applyOverrides for changes. */
export const NQ76_2025: RuleSet = deepFreeze(createNq76RuleSet());
