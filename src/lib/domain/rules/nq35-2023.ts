/**
 * Rule set NQ 35/2023/UBTVQH15 (12 July 2023): arranging district- and commune-level units, 2023–2030.
 * Standards: NQ 1211/2016/UBTVQH13 as amended by NQ 27/2022/UBTVQH15 (consolidated text 19/VBHN-VPQH).
 * Every number is a RuleValue with its citation; the *(verify)* items of domain.md carry `verified: false`.
 */
import { projectDataChecks, SPEC } from './common';
import type { UnitKind } from '../units';
import type { Citation, Criterion, PhaseId, RuleSet, StandardRow } from './types';
import { deepFreeze, rv } from './values';

const NQ35 = 'NQ 35/2023/UBTVQH15';
const NQ1211 = 'NQ 1211/2016/UBTVQH13';
const NQ27 = 'NQ 27/2022/UBTVQH15';

/** Citation of an article of NQ 1211 (as amended by NQ 27/2022). */
export const nq1211 = (article: string, clause?: string): Citation =>
	clause ? { document: NQ1211, article, clause, amendedBy: NQ27 } : { document: NQ1211, article, amendedBy: NQ27 };
const nq35 = (article: string, clause?: string): Citation =>
	clause ? { document: NQ35, article, clause } : { document: NQ35, article };

/** Build one row of the standards table (domain.md §3): population in persons, area in km². */
export function standardRow(
	id: string,
	kind: UnitKind,
	terrain: StandardRow['terrain'],
	population: number,
	areaKm2: number,
	citation: Citation,
	label: { vi: string; en: string },
	extra: Partial<Pick<StandardRow, 'parentKinds' | 'provinceClass'>> = {},
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

const MOUNTAIN_VI = 'miền núi, vùng cao';

/** Standards of NQ 1211 as amended (domain.md §3). */
function standards(): StandardRow[] {
	return [
		standardRow('tinh.mountainous', 'tinh', 'mountainous', 900_000, 8_000, nq1211('1'), {
			vi: `tỉnh ${MOUNTAIN_VI}`,
			en: 'mountainous/highland province'
		}),
		standardRow('tinh.other', 'tinh', 'other', 1_400_000, 5_000, nq1211('1'), {
			vi: 'tỉnh khác',
			en: 'other province'
		}),
		standardRow('huyen.mountainous', 'huyen', 'mountainous', 80_000, 850, nq1211('2'), {
			vi: `huyện ${MOUNTAIN_VI}`,
			en: 'mountainous/highland rural district'
		}),
		standardRow('huyen.other', 'huyen', 'other', 120_000, 450, nq1211('2'), {
			vi: 'huyện khác',
			en: 'other rural district'
		}),
		standardRow('xa.mountainous', 'xa', 'mountainous', 5_000, 50, nq1211('3'), {
			vi: `xã ${MOUNTAIN_VI}`,
			en: 'mountainous/highland commune'
		}),
		standardRow('xa.other', 'xa', 'other', 8_000, 30, nq1211('3'), { vi: 'xã khác', en: 'other commune' }),
		// Provincial cities and cities inside a centrally-run city share one standard (Art. 5): same keys.
		standardRow('thanh_pho', 'thanh_pho', 'any', 150_000, 150, nq1211('5'), {
			vi: 'thành phố thuộc tỉnh, thành phố thuộc thành phố trực thuộc trung ương',
			en: 'provincial city, city in a centrally-run city'
		}),
		standardRow(
			'thanh_pho_thuoc_tp',
			'thanh_pho_thuoc_tp',
			'any',
			150_000,
			150,
			nq1211('5'),
			{
				vi: 'thành phố thuộc tỉnh, thành phố thuộc thành phố trực thuộc trung ương',
				en: 'provincial city, city in a centrally-run city'
			},
			{},
			true,
			'standard.thanh_pho'
		),
		// domain.md: "verify: 100,000 and 200 remembered; towns were created in 2023 below 200 km²".
		standardRow('thi_xa', 'thi_xa', 'any', 100_000, 200, nq1211('6'), { vi: 'thị xã', en: 'town (thị xã)' }, {}, false),
		standardRow('quan', 'quan', 'any', 150_000, 35, nq1211('7'), { vi: 'quận', en: 'urban district' }),
		standardRow(
			'phuong.of_quan',
			'phuong',
			'any',
			15_000,
			5.5,
			nq1211('8'),
			{ vi: 'phường thuộc quận', en: 'ward of an urban district' },
			{ parentKinds: ['quan'] }
		),
		standardRow(
			'phuong.of_thanh_pho',
			'phuong',
			'any',
			7_000,
			5.5,
			nq1211('8'),
			{ vi: 'phường thuộc thành phố', en: 'ward of a city' },
			{ parentKinds: ['thanh_pho', 'thanh_pho_thuoc_tp'] }
		),
		standardRow(
			'phuong.of_thi_xa',
			'phuong',
			'any',
			5_000,
			5.5,
			nq1211('8'),
			{ vi: 'phường thuộc thị xã', en: 'ward of a town' },
			{ parentKinds: ['thi_xa'] }
		),
		standardRow('thi_tran', 'thi_tran', 'any', 8_000, 14, nq1211('9'), { vi: 'thị trấn', en: 'township' })
	];
}

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
			nq35('2'),
			'Thời điểm số liệu dùng để xác định đơn vị thuộc diện sắp xếp giai đoạn 2023–2025',
			'Date of the figures used to decide the units subject in 2023–2025'
		),
		standards: standards(),
		reductions: {
			appliesToKinds: ['tinh', 'huyen', 'xa'],
			ethnicOrBorder: {
				minShare: rv(
					'reduction.ethnic_border.min_share',
					0.3,
					'ratio',
					nq1211('3a'),
					'Tỷ lệ dân số là người dân tộc thiểu số tối thiểu để đơn vị miền núi, vùng cao được giảm tiêu chuẩn quy mô dân số',
					'Minimum ethnic-minority share that qualifies a mountainous/highland unit for the reduction'
				),
				basePercent: rv(
					'reduction.ethnic_border.base_percent',
					0.5,
					'ratio',
					nq1211('3a'),
					'Tỷ lệ tiêu chuẩn quy mô dân số áp dụng khi có yếu tố dân tộc thiểu số hoặc biên giới',
					'Share of the population standard that applies with the ethnic-minority or border factor'
				),
				stepShare: rv(
					'reduction.ethnic_border.step_share',
					0.1,
					'ratio',
					nq1211('3a'),
					'Bước tăng tỷ lệ dân số là người dân tộc thiểu số để được giảm thêm tiêu chuẩn',
					'Step of further ethnic-minority share that lowers the standard again'
				),
				stepPercent: rv(
					'reduction.ethnic_border.step_percent',
					0.05,
					'ratio',
					nq1211('3a'),
					'Mức giảm thêm tiêu chuẩn quy mô dân số cho mỗi bước',
					'Further reduction of the population standard per step'
				),
				floorPercent: rv(
					'reduction.ethnic_border.floor_percent',
					0.2,
					'ratio',
					nq1211('3a'),
					'Mức tiêu chuẩn quy mô dân số thấp nhất sau khi giảm',
					'Lowest share of the population standard after reductions'
				),
				citation: nq1211('3a')
			},
			coastalDifficult: {
				percent: rv(
					'reduction.coastal_difficult.percent',
					0.5,
					'ratio',
					nq1211('3a'),
					'Tỷ lệ tiêu chuẩn quy mô dân số của xã đặc biệt khó khăn vùng bãi ngang, ven biển',
					'Share of the population standard for a specially difficult coastal commune'
				),
				appliesToKinds: ['xa'],
				citation: nq1211('3a')
			},
			deltaArea: {
				percent: rv(
					'reduction.delta.area_percent',
					0.7,
					'ratio',
					nq1211('3a'),
					'Tỷ lệ tiêu chuẩn diện tích tự nhiên của đơn vị hành chính nông thôn vùng Đồng bằng sông Hồng',
					'Share of the area standard for a Red River Delta rural unit'
				),
				citation: nq1211('3a')
			},
			percentagesAgainstReduced: rv(
				'setting.percentages_against_reduced',
				true,
				'flag',
				{ document: SPEC, article: '§3' },
				'Tỷ lệ % theo Nghị quyết 35 được tính trên tiêu chuẩn đã giảm',
				'NQ 35 percentages are taken against the reduced standard'
			)
		},
		phases: [
			{
				id: '2023-2025',
				label_vi: 'Giai đoạn 2023–2025',
				label_en: 'Phase 2023–2025',
				criteria: [
					criterion('2023-2025', 0.7, 0.7, ['district', 'commune'], nq35('2', '1.a')),
					criterion('2023-2025', 0.2, 2, ['district'], nq35('2', '1.b')),
					criterion('2023-2025', 0.2, 3, ['commune'], nq35('2', '1.c'))
				],
				autoExempt: { periods: ['2019-2021'], reasonCode: 'arranged_2019_2021', citation: nq35('3', '2') },
				status: { code: 'in_force', note_vi: 'Đang áp dụng', note_en: 'In force' }
			},
			{
				id: '2026-2030',
				label_vi: 'Giai đoạn 2026–2030',
				label_en: 'Phase 2026–2030',
				criteria: [
					criterion('2026-2030', 1, 1, ['district', 'commune'], nq35('2', '2.a')),
					criterion('2026-2030', 0.3, 2, ['district'], nq35('2', '2.b')),
					// domain.md marks the commune line of 2026–2030 *(verify)*.
					criterion('2026-2030', 0.3, 3, ['commune'], nq35('2', '2.c'), false)
				],
				autoExempt: {
					periods: ['2019-2021', '2023-2025'],
					reasonCode: 'arranged_2019_2021_or_2023_2025',
					citation: nq35('3', '3')
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
				citation: nq35('3', '1.a')
			},
			{
				code: 'unchanged_since_1945',
				label_vi: 'Địa giới đơn vị hành chính ổn định, không thay đổi từ năm 1945 đến nay',
				label_en: 'Boundaries unchanged since 1945',
				citation: nq35('3', '1.b')
			},
			{
				code: 'special_factors',
				label_vi: 'Có yếu tố đặc thù về quốc phòng, an ninh, lịch sử, văn hóa, dân tộc, tôn giáo',
				label_en: 'Special defence, security, historical, cultural, ethnic or religious factors',
				citation: nq35('3', '1.c')
			},
			{
				code: 'planned_urban',
				label_vi:
					'Đơn vị hành chính nông thôn đã có quy hoạch được duyệt để thành lập đơn vị hành chính đô thị giai đoạn 2023–2030 và đã đạt tiêu chuẩn diện tích tự nhiên, quy mô dân số của đơn vị hành chính đô thị đó',
				label_en:
					'Rural unit with an approved plan to become urban in 2023–2030 that already meets that urban kind’s area and population standards',
				citation: nq35('3', '1.d')
			}
		],
		merger: {
			levels: ['district', 'commune'],
			// domain.md §5: "keeps its urban kind only if the result meets that urban kind's standards ... (verify)".
			kindRule: { code: 'nq35', citation: { document: SPEC, article: '§5' }, verified: false },
			required: [],
			threeOrMore: {
				minMembers: rv(
					'merger.three_or_more.min_members',
					3,
					'count',
					{ document: SPEC, article: '§5' },
					'Số đơn vị nhập tối thiểu để được nêu là lý do khi đơn vị mới chưa đạt tiêu chuẩn',
					'Number of merged units from which the shortfall is usually justified',
					false
				),
				effect: 'justification',
				citation: { document: SPEC, article: '§5' }
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
					nq1211('1'),
					'Số đơn vị hành chính cấp huyện trực thuộc tỉnh tối thiểu (thông tin)',
					'Minimum number of district-level units of a province (information)'
				),
				citation: nq1211('1')
			},
			{
				kind: 'huyen',
				min: rv(
					'subunits.huyen.min',
					13,
					'count',
					nq1211('2'),
					'Số đơn vị hành chính cấp xã trực thuộc huyện tối thiểu, trong đó có ít nhất 01 thị trấn (thông tin)',
					'Minimum number of commune-level units of a rural district, at least one a township (information)'
				),
				requiresChildKind: 'thi_tran',
				citation: nq1211('2')
			}
		],
		dataChecks: projectDataChecks()
	};
}

/** The NQ 35/2023 rule set, built once and frozen: use applyOverrides for changes. */
export const NQ35_2023: RuleSet = deepFreeze(createNq35RuleSet());
