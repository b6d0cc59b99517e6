/**
 * Decree 33/2023/NĐ-CP values: the commune-level quota of cadres and civil servants (Art. 6.1), the non-professional
 * workers (Art. 33.1) and the increments above the standards (Art. 6.2, Art. 33.2).
 */
import type { CommuneClass } from '../../units';
import { cite, D33, sv, type StaffingSettings } from './common';

export function cadreQuota(): StaffingSettings['quota']['cadres'] {
	const c = (kind: 'phuong' | 'xa_thi_tran', cls: CommuneClass, posts: number) => {
		const vi = kind === 'phuong' ? 'phường' : 'xã, thị trấn';
		const en = kind === 'phuong' ? 'ward' : 'commune, township';
		return sv(
			`staffing.quota.${kind}.${cls}`,
			posts,
			'posts',
			cite(D33, '6', kind === 'phuong' ? '1.a' : '1.b'),
			`Số lượng cán bộ, công chức – ${vi} loại ${cls}`,
			`Cadres and civil servants – ${en}, class ${cls}`
		);
	};
	// xã and thị trấn share one row of the Decree: the same value object sits under both kinds (one key).
	const xaI = c('xa_thi_tran', 'I', 22);
	const xaII = c('xa_thi_tran', 'II', 20);
	const xaIII = c('xa_thi_tran', 'III', 18);
	return {
		phuong: { I: c('phuong', 'I', 23), II: c('phuong', 'II', 21), III: c('phuong', 'III', 19) },
		xa: { I: xaI, II: xaII, III: xaIII },
		thi_tran: { I: xaI, II: xaII, III: xaIII }
	};
}

export function nonProfessionalQuota(): StaffingSettings['quota']['nonProfessional'] {
	const c = (cls: CommuneClass, persons: number) =>
		sv(
			`staffing.quota.non_professional.${cls}`,
			persons,
			'posts',
			cite(D33, '33', '1'),
			`Số lượng người hoạt động không chuyên trách ở cấp xã tối đa – loại ${cls}`,
			`Non-professional workers at most – class ${cls}`
		);
	return { I: c('I', 14), II: c('II', 12), III: c('III', 10) };
}

/** Decree 33 Art. 6.2 and Art. 33.2: quota increments above the standards. */
export function increments(): StaffingSettings['increment'] {
	return {
		populationStepOfQuan: sv(
			'staffing.increment.population_step.phuong_of_quan',
			1 / 3,
			'ratio',
			cite(D33, '6', '2.a'),
			'Phường thuộc quận: cứ tăng thêm đủ tỷ lệ này của mức quy định về quy mô dân số thì tăng thêm 01 công chức',
			'Ward of a quận: one more civil servant per full step of this share of the population standard',
			true,
			true
		),
		populationStepOther: sv(
			'staffing.increment.population_step.other',
			1 / 2,
			'ratio',
			cite(D33, '6', '2.a'),
			'Các đơn vị cấp xã còn lại: cứ tăng thêm đủ tỷ lệ này của mức quy định về quy mô dân số thì tăng thêm 01 công chức',
			'Other commune-level units: one more civil servant per full step of this share of the population standard',
			true,
			true
		),
		areaStep: sv(
			'staffing.increment.area_step',
			1,
			'ratio',
			cite(D33, '6', '2.b'),
			'Cứ tăng thêm đủ tỷ lệ này của mức quy định về diện tích tự nhiên thì tăng thêm 01 công chức',
			'One more civil servant per full step of this share of the area standard',
			true,
			true
		),
		// domain.md is silent: the Decree's Art. 33.2 (as reported) adds one non-professional per added civil servant.
		nonProfessionalPerCivilServant: sv(
			'staffing.increment.non_professional_per_civil_servant',
			1,
			'ratio',
			cite(D33, '33', '2'),
			'Số người hoạt động không chuyên trách tăng thêm cho mỗi công chức tăng thêm',
			'Non-professional workers added per added civil servant',
			false
		),
		// domain.md §6: the increments are counted on the NORMAL standard of the unit's kind and terrain. The Ministry's
		// guidance (Công văn 4368/BNV-CQĐP) gives fixed steps of 5,000 / 3,500 / 2,500 / 4,000 people, half or a third
		// of the normal standards. The reduced-standard reading stays available as this setting, off.
		againstReducedStandard: sv<boolean>(
			'staffing.increment.against_reduced_standard',
			false,
			'flag',
			cite(D33, '6', '2'),
			'Tính số tăng thêm so với tiêu chuẩn đã giảm theo yếu tố đặc thù (Điều 3a NQ 1211) thay cho tiêu chuẩn chung (mặc định: không — theo Công văn 4368/BNV-CQĐP, tăng thêm tính theo tiêu chuẩn chung)',
			'Count the increments above the Art. 3a-reduced standard instead of the normal one (default: no — the Ministry’s guidance, Công văn 4368/BNV-CQĐP, counts them on the normal standard)'
		)
	};
}
