/**
 * Class scoring of commune-level units: the points scales of NQ 1211/2016/UBTVQH13 (as amended by NQ 27/2022/UBTVQH15),
 * the island levels, and the class bands of the two classification rule sets (NQ 1211/2016 and Decree 307/2025).
 */
import type { CommuneKind } from '../../units';
import type { Citation } from '../../rules/types';
import {
	cite,
	D307,
	NQ1211,
	NQ27,
	SPEC_6,
	sv,
	type PointScale,
	type StaffingSettings,
	type StaffingValueUnit
} from './common';
import { both } from '../../../i18n/catalogue.ts';

/** NQ 1211's classification chapter (Chương II), where the class bands are: not its Art. 21, which is about islands. */
export const NQ1211_CLASS: Citation = { document: NQ1211, article: 'Chương II', amendedBy: NQ27 };
/** Decree 307/2025/NĐ-CP on the classification of administrative units (two-tier local government; article not cited). */
export const D307_CLASS: Citation = { document: D307, article: '' };

const KIND_VI: Record<CommuneKind, string> = { xa: 'xã', phuong: 'phường', thi_tran: 'thị trấn' };
const KIND_EN: Record<CommuneKind, string> = { xa: 'commune', phuong: 'ward', thi_tran: 'township' };

/**
 * One points scale. `verifiedCap` is false where domain.md does not give the cap (phường, thị trấn): the caps chosen
 * there (35 population / 30 area points) mirror the xã and make "population and area give at most 65 points" hold.
 */
function scale(
	kind: CommuneKind,
	criterion: 'population' | 'area',
	levels: { base: number; step: number; max: number },
	citation: Citation,
	verifiedCap: boolean
): PointScale {
	const unit: StaffingValueUnit = criterion === 'population' ? 'persons' : 'km2';
	const k = `staffing.class.${kind}.${criterion}`;
	const what = criterion === 'population' ? both('rules.textUtil.population') : both('rules.textUtil.naturalArea');
	const tag = `${KIND_VI[kind]}`;
	return {
		baseLevel: sv(
			`${k}.base_level`,
			levels.base,
			unit,
			citation,
			`Điểm phân loại ${tag} – mức ${what.vi} được tính điểm cơ bản`,
			`Class points, ${KIND_EN[kind]} – ${what.en} level that earns the base points`,
			true,
			true
		),
		step: sv(
			`${k}.step`,
			levels.step,
			unit,
			citation,
			`Điểm phân loại ${tag} – mỗi mức ${what.vi} tăng thêm`,
			`Class points, ${KIND_EN[kind]} – each further step of ${what.en}`,
			true,
			true
		),
		basePoints: sv(
			`${k}.base_points`,
			10,
			'points',
			citation,
			`Điểm phân loại ${tag} – điểm cơ bản theo ${what.vi}`,
			`Class points, ${KIND_EN[kind]} – base points for ${what.en}`
		),
		stepPoints: sv(
			`${k}.step_points`,
			0.5,
			'points',
			citation,
			`Điểm phân loại ${tag} – điểm cho mỗi mức ${what.vi} tăng thêm`,
			`Class points, ${KIND_EN[kind]} – points per further step of ${what.en}`
		),
		maxPoints: sv(
			`${k}.max_points`,
			levels.max,
			'points',
			citation,
			`Điểm phân loại ${tag} – điểm tối đa theo ${what.vi}`,
			`Class points, ${KIND_EN[kind]} – most points for ${what.en}`,
			verifiedCap
		),
		citation
	};
}

export function classScoring(): StaffingSettings['classScoring'] {
	// NQ 1211 Art. 14 (xã), Art. 19 (phường), Art. 20 (thị trấn); bands of commune-level classes: domain.md marks verify.
	const xaPop = cite(NQ1211, '14', '1', NQ27);
	const xaArea = cite(NQ1211, '14', '2', NQ27);
	const phPop = cite(NQ1211, '19', '1', NQ27);
	const phArea = cite(NQ1211, '19', '2', NQ27);
	const ttPop = cite(NQ1211, '20', '1', NQ27);
	const ttArea = cite(NQ1211, '20', '2', NQ27);
	const ratio = (key: string, value: number, c: Citation, vi: string, en: string, verified: boolean) =>
		sv(key, value, 'ratio', c, vi, en, verified, true);
	return {
		population: {
			xa: {
				...scale('xa', 'population', { base: 3_500, step: 100, max: 35 }, xaPop, true),
				mountainousRatio: ratio(
					'staffing.class.xa.population.mountainous_ratio',
					0.75,
					cite(NQ1211, '14', '1.b', NQ27),
					'Điểm phân loại xã miền núi, vùng cao – tỷ lệ áp dụng các mức dân số',
					'Class points, mountainous/highland commune – ratio applied to the population levels',
					true
				),
				borderRatio: ratio(
					'staffing.class.xa.population.border_ratio',
					0.3,
					cite(NQ1211, '14', '1.c', NQ27),
					'Điểm phân loại xã có đường biên giới quốc gia trên đất liền – tỷ lệ áp dụng các mức dân số',
					'Class points, commune on a national land border – ratio applied to the population levels',
					true
				)
			},
			phuong: {
				...scale('phuong', 'population', { base: 5_000, step: 200, max: 35 }, phPop, false),
				mountainousRatio: null,
				// Not in domain.md (which names border xã only): read from the Article as quoted in secondary sources.
				borderRatio: ratio(
					'staffing.class.phuong.population.border_ratio',
					0.3,
					cite(NQ1211, '19', '1.b', NQ27),
					'Điểm phân loại phường có đường biên giới quốc gia trên đất liền – tỷ lệ áp dụng các mức dân số',
					'Class points, ward on a national land border – ratio applied to the population levels',
					false
				)
			},
			thi_tran: {
				...scale('thi_tran', 'population', { base: 5_000, step: 100, max: 35 }, ttPop, false),
				mountainousRatio: null,
				borderRatio: ratio(
					'staffing.class.thi_tran.population.border_ratio',
					0.3,
					cite(NQ1211, '20', '1.b', NQ27),
					'Điểm phân loại thị trấn có đường biên giới quốc gia trên đất liền – tỷ lệ áp dụng các mức dân số',
					'Class points, township on a national land border – ratio applied to the population levels',
					false
				)
			}
		},
		area: {
			xa: scale('xa', 'area', { base: 10, step: 0.5, max: 30 }, xaArea, true),
			phuong: scale('phuong', 'area', { base: 2, step: 0.1, max: 30 }, phArea, false),
			thi_tran: scale('thi_tran', 'area', { base: 5, step: 0.2, max: 30 }, ttArea, false)
		},
		island: {
			// domain.md §3 and §6: the island factor counts in the class estimate too. NQ 1211 Art. 21 classifies island
			// units; the reading encoded here (verify) scales the population and the area levels to 20 %, as the island
			// standards are 20 % of their kind's (domain.md §3), the way the mountainous and border levels are scaled.
			populationRatio: ratio(
				'staffing.class.island.population_ratio',
				0.2,
				cite(NQ1211, '21', undefined, NQ27),
				'Điểm phân loại đơn vị hành chính ở hải đảo – tỷ lệ áp dụng các mức dân số',
				'Class points, island unit – ratio applied to the population levels',
				false
			),
			areaRatio: ratio(
				'staffing.class.island.area_ratio',
				0.2,
				cite(NQ1211, '21', undefined, NQ27),
				'Điểm phân loại đơn vị hành chính ở hải đảo – tỷ lệ áp dụng các mức diện tích',
				'Class points, island unit – ratio applied to the area levels',
				false
			)
		},
		bands: {
			// domain.md §6: values confirmed; they sit in NQ 1211's classification chapter (Chương II), not in its Art. 21
			// (which is about island units). The keys are those of the first release (overrides are stored against them).
			nq1211_2016: {
				id: 'nq1211_2016',
				label_vi: 'Nghị quyết 1211/2016/UBTVQH13 (chính quyền 3 cấp)',
				label_en: 'NQ 1211/2016/UBTVQH13 (three-tier local government)',
				citation: NQ1211_CLASS,
				specialMin: null,
				classIMin: sv(
					'staffing.class.band.I_min',
					75,
					'points',
					NQ1211_CLASS,
					'Đơn vị hành chính cấp xã loại I – số điểm tối thiểu',
					'Commune-level class I – minimum points'
				),
				classIIMin: sv(
					'staffing.class.band.II_min',
					50,
					'points',
					NQ1211_CLASS,
					'Đơn vị hành chính cấp xã loại II – số điểm tối thiểu (loại III: dưới mức này)',
					'Commune-level class II – minimum points (class III: below this)'
				),
				inForceFrom: null
			},
			// domain.md §6 (verify): Decree 307/2025/NĐ-CP, in force 27 Nov 2025, classifies the units of the two-tier
			// local government: I ≥ 75, II 60 to under 75, III under 60, and a special class (≥ 90) for wards. Only the
			// bands are encoded; its points scales differ from NQ 1211's and are not (the estimate says so).
			d307_2025: {
				id: 'd307_2025',
				label_vi: 'Nghị định 307/2025/NĐ-CP (chính quyền 2 cấp, từ 27/11/2025)',
				label_en: 'Decree 307/2025/NĐ-CP (two-tier local government, from 27 Nov 2025)',
				citation: D307_CLASS,
				specialMin: sv(
					'staffing.class.d307.band.special_min',
					90,
					'points',
					D307_CLASS,
					'Nghị định 307/2025: phường, đặc khu loại đặc biệt – số điểm tối thiểu (không kể điểm ưu tiên)',
					'Decree 307/2025: special-class ward or special zone – minimum points (priority points excluded)',
					false
				),
				classIMin: sv(
					'staffing.class.d307.band.I_min',
					75,
					'points',
					D307_CLASS,
					'Nghị định 307/2025: đơn vị hành chính loại I – số điểm tối thiểu',
					'Decree 307/2025: class I – minimum points',
					false
				),
				classIIMin: sv(
					'staffing.class.d307.band.II_min',
					60,
					'points',
					D307_CLASS,
					'Nghị định 307/2025: đơn vị hành chính loại II – số điểm tối thiểu (loại III: dưới mức này)',
					'Decree 307/2025: class II – minimum points (class III: below this)',
					false
				),
				inForceFrom: sv<string>(
					'staffing.class.d307.in_force_from',
					'2025-11-27',
					'date',
					D307_CLASS,
					'Nghị định 307/2025/NĐ-CP có hiệu lực từ ngày',
					'Decree 307/2025/NĐ-CP in force from',
					false
				)
			}
		},
		otherPointsMax: sv(
			'staffing.class.other_points_max',
			35,
			'points',
			SPEC_6,
			'Số điểm tối đa của các tiêu chí khác (ngân sách, nông thôn mới, yếu tố đặc thù) = 100 − 65',
			'Most points from the other criteria (budget, new-rural status, special factors) = 100 − 65',
			false
		)
	};
}
