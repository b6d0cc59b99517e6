/**
 * The standards of NQ 1211/2016/UBTVQH13 as amended by NQ 27/2022/UBTVQH15 (consolidated text 19/VBHN-VPQH) and
 * their reductions (Art. 3a, island units), shared by the rule sets that apply them (NQ 35/2023, NQ 76/2025).
 * Every number is a RuleValue with its citation; the *(verify)* items of domain.md carry `verified: false`.
 */
import type { UnitKind } from '../units';
import { SPEC_CITATIONS } from './common';
import type { Citation, ReductionRules, StandardRow } from './types';
import { rv } from './values';
import { both } from '../../i18n/catalogue.ts';

export const NQ1211 = 'NQ 1211/2016/UBTVQH13';
const NQ27 = 'NQ 27/2022/UBTVQH15';

const cite = (article: string, clause?: string): Citation =>
	clause ? { document: NQ1211, article, clause, amendedBy: NQ27 } : { document: NQ1211, article, amendedBy: NQ27 };

/** Every citation of NQ 1211 the rule sets print, written once (domain.md §3, §4). */
export const NQ1211_CITATIONS = {
	art1: cite('1'), // province
	art2: cite('2'), // huyện
	art3: cite('3'), // xã
	/** Art. 3.1.b: population standard of a xã that is not mountainous (8,000), the basis of the coastal reduction. */
	art3_1b: cite('3', '1.b'),
	art3a: cite('3a'), // reductions for specific factors
	art5: cite('5'), // thành phố
	art6: cite('6'), // thị xã
	art7: cite('7'), // quận
	art8: cite('8'), // phường
	art9: cite('9'), // thị trấn
	/** Island units: domain.md §3 gives the 20% (verify) without the article, so only the document is cited. */
	island: cite('')
} as const satisfies Record<string, Citation>;

const C = NQ1211_CITATIONS;

/** Build one row of the standards table (domain.md §3): population in persons, area in km². */
export function standardRow(
	id: string,
	kind: UnitKind,
	terrain: StandardRow['terrain'],
	population: number,
	areaKm2: number,
	citation: Citation,
	label: { vi: string; en: string },
	extra: Partial<Pick<StandardRow, 'parentKinds' | 'provinceClass' | 'island'>> = {},
	verified = true,
	keyBase = `standard.${id}`
): StandardRow {
	return {
		id,
		kind,
		terrain,
		...extra,
		population: rv(
			`${keyBase}.population`,
			population,
			'persons',
			citation,
			`Quy mô dân số tối thiểu – ${label.vi}`,
			`Minimum population – ${label.en}`,
			verified
		),
		area: rv(
			`${keyBase}.area`,
			areaKm2,
			'km2',
			citation,
			`Diện tích tự nhiên tối thiểu – ${label.vi}`,
			`Minimum natural area – ${label.en}`,
			verified
		),
		citation
	};
}

/** Standards of NQ 1211 as amended (domain.md §3). */
export function nq1211Standards(): StandardRow[] {
	return [
		standardRow(
			'tinh.mountainous',
			'tinh',
			'mountainous',
			900_000,
			8_000,
			C.art1,
			both('rules.nq1211.mountainousHighlandProvince')
		),
		standardRow('tinh.other', 'tinh', 'other', 1_400_000, 5_000, C.art1, both('rules.nq1211.otherProvince')),
		standardRow(
			'huyen.mountainous',
			'huyen',
			'mountainous',
			80_000,
			850,
			C.art2,
			both('rules.nq1211.mountainousHighlandRuralDistrict')
		),
		standardRow('huyen.other', 'huyen', 'other', 120_000, 450, C.art2, both('rules.nq1211.otherRuralDistrict')),
		standardRow(
			'xa.mountainous',
			'xa',
			'mountainous',
			5_000,
			50,
			C.art3,
			both('rules.nq1122025.mountainousHighlandCommune')
		),
		standardRow('xa.other', 'xa', 'other', 8_000, 30, C.art3, both('rules.nq1122025.otherCommune')),
		// Provincial cities and cities inside a centrally-run city share one standard (Art. 5): same keys.
		standardRow('thanh_pho', 'thanh_pho', 'any', 150_000, 150, C.art5, both('rules.nq1211.provincialCityCityInA')),
		standardRow(
			'thanh_pho_thuoc_tp',
			'thanh_pho_thuoc_tp',
			'any',
			150_000,
			150,
			C.art5,
			both('rules.nq1211.provincialCityCityInA'),
			{},
			true,
			'standard.thanh_pho'
		),
		// domain.md: "verify: 100,000 and 200 remembered; towns were created in 2023 below 200 km²".
		standardRow('thi_xa', 'thi_xa', 'any', 100_000, 200, C.art6, both('rules.nq1211.townThiXa'), {}, false),
		standardRow('quan', 'quan', 'any', 150_000, 35, C.art7, both('rules.nq1211.urbanDistrict')),
		standardRow('phuong.of_quan', 'phuong', 'any', 15_000, 5.5, C.art8, both('rules.nq1211.wardOfAnUrbanDistrict'), {
			parentKinds: ['quan']
		}),
		standardRow('phuong.of_thanh_pho', 'phuong', 'any', 7_000, 5.5, C.art8, both('rules.nq1211.wardOfACity'), {
			parentKinds: ['thanh_pho', 'thanh_pho_thuoc_tp']
		}),
		standardRow('phuong.of_thi_xa', 'phuong', 'any', 5_000, 5.5, C.art8, both('rules.nq1211.wardOfATown'), {
			parentKinds: ['thi_xa']
		}),
		standardRow('thi_tran', 'thi_tran', 'any', 8_000, 14, C.art9, both('rules.nq1211.township'))
	];
}

/** The reductions of NQ 1211 (Art. 3a, added by NQ 27/2022; island units, domain.md §3). */
export function nq1211Reductions(): ReductionRules {
	return {
		appliesToKinds: ['tinh', 'huyen', 'xa'],
		ethnicOrBorder: {
			minShare: rv(
				'reduction.ethnic_border.min_share',
				0.3,
				'ratio',
				C.art3a,
				'Tỷ lệ dân số là người dân tộc thiểu số tối thiểu để đơn vị miền núi, vùng cao được giảm tiêu chuẩn quy mô dân số',
				'Minimum ethnic-minority share that qualifies a mountainous/highland unit for the reduction'
			),
			basePercent: rv(
				'reduction.ethnic_border.base_percent',
				0.5,
				'ratio',
				C.art3a,
				'Tỷ lệ tiêu chuẩn quy mô dân số áp dụng khi có yếu tố dân tộc thiểu số hoặc biên giới',
				'Share of the population standard that applies with the ethnic-minority or border factor'
			),
			stepShare: rv(
				'reduction.ethnic_border.step_share',
				0.1,
				'ratio',
				C.art3a,
				'Bước tăng tỷ lệ dân số là người dân tộc thiểu số để được giảm thêm tiêu chuẩn',
				'Step of further ethnic-minority share that lowers the standard again'
			),
			stepPercent: rv(
				'reduction.ethnic_border.step_percent',
				0.05,
				'ratio',
				C.art3a,
				'Mức giảm thêm tiêu chuẩn quy mô dân số cho mỗi bước',
				'Further reduction of the population standard per step'
			),
			floorPercent: rv(
				'reduction.ethnic_border.floor_percent',
				0.2,
				'ratio',
				C.art3a,
				'Mức tiêu chuẩn quy mô dân số thấp nhất sau khi giảm',
				'Lowest share of the population standard after reductions'
			),
			citation: C.art3a
		},
		coastalDifficult: {
			percent: rv(
				'reduction.coastal_difficult.percent',
				0.5,
				'ratio',
				C.art3a,
				'Tỷ lệ so với tiêu chuẩn quy mô dân số của xã tại điểm b khoản 1 Điều 3 (xã không thuộc miền núi, vùng cao) áp dụng cho xã đặc biệt khó khăn vùng bãi ngang, ven biển, không phân biệt địa hình',
				'Share of the population standard of Art. 3.1.b (commune not mountainous) that applies to a specially difficult coastal commune, whatever its terrain'
			),
			appliesToKinds: ['xa'],
			basisStandardId: 'xa.other',
			basisCitation: C.art3_1b,
			citation: C.art3a
		},
		deltaArea: {
			percent: rv(
				'reduction.delta.area_percent',
				0.7,
				'ratio',
				C.art3a,
				'Tỷ lệ tiêu chuẩn diện tích tự nhiên của đơn vị hành chính nông thôn vùng Đồng bằng sông Hồng',
				'Share of the area standard for a Red River Delta rural unit'
			),
			citation: C.art3a
		},
		island: {
			percent: rv(
				'reduction.island.percent',
				0.2,
				'ratio',
				C.island,
				'Tỷ lệ tiêu chuẩn quy mô dân số và diện tích tự nhiên áp dụng cho đơn vị hành chính ở hải đảo (so với tiêu chuẩn của loại đơn vị đó)',
				'Share of the population and area standards that applies to an island unit (of its kind’s standards)',
				false
			),
			// Island districts and communes (huyện đảo, xã đảo) and the urban units on islands: never mainland standards.
			appliesToKinds: ['huyen', 'quan', 'thi_xa', 'thanh_pho', 'xa', 'phuong', 'thi_tran'],
			citation: C.island
		},
		percentagesAgainstReduced: rv(
			'setting.percentages_against_reduced',
			true,
			'flag',
			SPEC_CITATIONS.standards,
			'Tỷ lệ % theo Nghị quyết 35 được tính trên tiêu chuẩn đã giảm',
			'NQ 35 percentages are taken against the reduced standard'
		)
	};
}
