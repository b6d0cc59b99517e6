/** Sentences of the quota (Decree 33/2023) and class-estimate (NQ 1211, Decree 307/2025) reasons. */
import { formatArea, formatPopulation } from '../../format';

import type { ClassRuleSetId } from '../settings';
import { classRuleSetLabel, formatPoints, pick, posts, shareText } from './labels';
import { classInText, islandTag, kindName, num, verifyTag, type Template } from './reason-helpers';

export const QUOTA_CLASS_TEMPLATES: Record<string, Template> = {
	// --- quota ---
	quota_base: (p, l) =>
		pick(
			l,
			`${kindName(p.kind, l)} loại ${String(p.communeClass)}: ${num(p.posts)} cán bộ, công chức.`,
			`${kindName(p.kind, l)}, class ${String(p.communeClass)}: ${posts(p.posts, l)} (cadres and civil servants).`
		).replace(/^./, (c) => c.toUpperCase()),
	quota_population_increment: (p, l) => {
		const n = num(p.posts);
		const share = shareText(num(p.stepShare), l);
		return n > 0
			? pick(
					l,
					`Dân số ${formatPopulation(num(p.population), l)} vượt tiêu chuẩn ${formatPopulation(num(p.standard), l)} là ${formatPopulation(num(p.excess), l)}, đủ ${n} lần ${share} mức quy định (${formatPopulation(num(p.step), l)}): tăng thêm ${posts(n, l)}.`,
					`Population ${formatPopulation(num(p.population), l)} exceeds the standard ${formatPopulation(num(p.standard), l)} by ${formatPopulation(num(p.excess), l)}: ${n} full step(s) of ${share} of the standard (${formatPopulation(num(p.step), l)}), ${posts(n, l)} added.`
				)
			: pick(
					l,
					`Dân số ${formatPopulation(num(p.population), l)} chưa vượt tiêu chuẩn ${formatPopulation(num(p.standard), l)} đủ ${share} mức quy định (${formatPopulation(num(p.step), l)}): không tăng thêm.`,
					`Population ${formatPopulation(num(p.population), l)} is not a full step of ${share} of the standard (${formatPopulation(num(p.step), l)}) above ${formatPopulation(num(p.standard), l)}: nothing added.`
				);
	},
	quota_area_increment: (p, l) => {
		const n = num(p.posts);
		const share = shareText(num(p.stepShare), l);
		return n > 0
			? pick(
					l,
					`Diện tích ${formatArea(num(p.areaKm2), l)} vượt tiêu chuẩn ${formatArea(num(p.standard), l)} là ${formatArea(num(p.excess), l)}, đủ ${n} lần ${share} mức quy định: tăng thêm ${posts(n, l)}.`,
					`Area ${formatArea(num(p.areaKm2), l)} exceeds the standard ${formatArea(num(p.standard), l)} by ${formatArea(num(p.excess), l)}: ${n} full step(s) of ${share} of the standard, ${posts(n, l)} added.`
				)
			: pick(
					l,
					`Diện tích ${formatArea(num(p.areaKm2), l)} chưa vượt tiêu chuẩn ${formatArea(num(p.standard), l)} đủ ${share} mức quy định: không tăng thêm.`,
					`Area ${formatArea(num(p.areaKm2), l)} is not a full ${share} of the standard above ${formatArea(num(p.standard), l)}: nothing added.`
				);
	},
	quota_total: (p, l) =>
		pick(
			l,
			`Tổng số cán bộ, công chức theo quy định: ${num(p.base)} + ${num(p.populationIncrement)} + ${num(p.areaIncrement)} = ${posts(p.posts, l)}.`,
			`Quota of cadres and civil servants: ${num(p.base)} + ${num(p.populationIncrement)} + ${num(p.areaIncrement)} = ${posts(p.posts, l)}.`
		),
	quota_non_professional: (p, l) =>
		pick(
			l,
			`Người hoạt động không chuyên trách: tối đa ${num(p.base)} (loại ${String(p.communeClass)}) + ${num(p.increment)} tăng thêm theo số công chức tăng thêm = ${posts(p.posts, l)}${verifyTag(p, l)}.`,
			`Non-professional workers: at most ${num(p.base)} (class ${String(p.communeClass)}) + ${num(p.increment)} added with the added civil servants = ${posts(p.posts, l)}${verifyTag(p, l)}.`
		),
	quota_increment_basis: (p, l) => {
		if (p.basis === 'reduced')
			return pick(
				l,
				'Số tăng thêm tính theo tiêu chuẩn đã giảm theo yếu tố đặc thù (Điều 3a NQ 1211): cách đọc khác, đang bật trong cài đặt; theo hướng dẫn của Bộ Nội vụ (Công văn 4368/BNV-CQĐP) thì tính theo tiêu chuẩn chung.',
				'Increments counted on the Art. 3a-reduced standard: the other reading, switched on in the settings; the Ministry’s guidance (Công văn 4368/BNV-CQĐP) counts them on the normal standard.'
			);
		const notUsed: string[] = [];
		if (p.reducedPopulationStandard != null)
			notUsed.push(pick(l, 'dân số ', 'population ') + formatPopulation(num(p.reducedPopulationStandard), l));
		if (p.reducedAreaStandard != null)
			notUsed.push(pick(l, 'diện tích ', 'area ') + formatArea(num(p.reducedAreaStandard), l));
		const extra = notUsed.length
			? pick(
					l,
					`; không dùng tiêu chuẩn đã giảm theo yếu tố đặc thù (${notUsed.join(', ')})`,
					`; the Art. 3a-reduced standard (${notUsed.join(', ')}) is not used`
				)
			: '';
		return pick(
			l,
			`Số tăng thêm tính theo tiêu chuẩn chung của loại đơn vị và địa hình (Nghị định 33/2023; Công văn 4368/BNV-CQĐP)${extra}.`,
			`Increments counted on the normal standard of the unit's kind and terrain (Decree 33/2023; Công văn 4368/BNV-CQĐP)${extra}.`
		);
	},
	quota_parent_kind_missing: (_p, l) =>
		pick(
			l,
			'Chưa rõ phường thuộc quận hay không: tính tăng thêm theo mức 1/2 quy mô dân số.',
			'Not known whether the ward belongs to a quận: increments counted per 1/2 of the population standard.'
		),
	quota_population_missing: (_p, l) =>
		pick(
			l,
			'Thiếu số liệu dân số hoặc tiêu chuẩn dân số: không tính tăng thêm theo dân số.',
			'Population or its standard missing: no population increment.'
		),
	quota_area_missing: (_p, l) =>
		pick(
			l,
			'Thiếu số liệu diện tích hoặc tiêu chuẩn diện tích: không tính tăng thêm theo diện tích.',
			'Area or its standard missing: no area increment.'
		),

	// --- class estimate ---
	class_population_points: (p, l) => {
		const factor =
			p.factor === 'mountainous'
				? pick(
						l,
						` (xã miền núi, vùng cao: áp dụng ${shareText(num(p.ratio), l)} các mức)`,
						` (mountainous commune: levels at ${shareText(num(p.ratio), l)})`
					)
				: p.factor === 'border'
					? pick(
							l,
							` (có đường biên giới quốc gia trên đất liền: áp dụng ${shareText(num(p.ratio), l)} các mức)`,
							` (on a national land border: levels at ${shareText(num(p.ratio), l)})`
						)
					: p.factor === 'island'
						? islandTag(p, l)
						: '';
		return pick(
			l,
			`Quy mô dân số ${formatPopulation(num(p.population), l)}: ${formatPoints(num(p.points), l)} (10 điểm đến ${formatPopulation(num(p.baseLevel), l)}, thêm 0,5 điểm cho mỗi ${formatPopulation(num(p.step), l)}, tối đa ${num(p.max)} điểm${p.capVerified === false ? ', mức tối đa cần xác minh' : ''})${factor}.`,
			`Population ${formatPopulation(num(p.population), l)}: ${formatPoints(num(p.points), l)} (10 up to ${formatPopulation(num(p.baseLevel), l)}, +0.5 per ${formatPopulation(num(p.step), l)}, at most ${num(p.max)}${p.capVerified === false ? ', cap to verify' : ''})${factor}.`
		);
	},
	class_area_points: (p, l) =>
		pick(
			l,
			`Diện tích tự nhiên ${formatArea(num(p.areaKm2), l)}: ${formatPoints(num(p.points), l)} (10 điểm đến ${formatArea(num(p.baseLevel), l)}, thêm 0,5 điểm cho mỗi ${formatArea(num(p.step), l, 2)}, tối đa ${num(p.max)} điểm${p.capVerified === false ? ', mức tối đa cần xác minh' : ''})${p.factor === 'island' ? islandTag(p, l) : ''}.`,
			`Natural area ${formatArea(num(p.areaKm2), l)}: ${formatPoints(num(p.points), l)} (10 up to ${formatArea(num(p.baseLevel), l)}, +0.5 per ${formatArea(num(p.step), l, 2)}, at most ${num(p.max)}${p.capVerified === false ? ', cap to verify' : ''})${p.factor === 'island' ? islandTag(p, l) : ''}.`
		),
	class_d307_scales_not_encoded: (_p, l) =>
		pick(
			l,
			'Phân loại theo khung điểm của Nghị định 307/2025/NĐ-CP (cần xác minh); điểm dân số và diện tích vẫn tính theo các mức của Nghị quyết 1211/2016 (các mức của Nghị định 307 chưa được đưa vào).',
			'Classified by the bands of Decree 307/2025 (to verify); the population and area points still use the NQ 1211/2016 levels (the Decree 307 levels are not encoded).'
		),
	class_estimate: (p, l) => {
		const cls = classInText(p.estimatedClass ?? p.communeClass, l);
		const special =
			p.specialMin != null
				? pick(l, `, loại đặc biệt từ ${num(p.specialMin)} điểm`, `, special from ${num(p.specialMin)}`)
				: '';
		const rules = p.ruleSet ? `${classRuleSetLabel(p.ruleSet as ClassRuleSetId, l)}: ` : '';
		return pick(
			l,
			`Ước tính: ${formatPoints(num(p.points), l)}, tương ứng ${cls} (${rules}loại I từ ${num(p.classIMin)} điểm, loại II từ ${num(p.classIIMin)} điểm${special})${verifyTag(p, l)}.`,
			`Estimate: ${formatPoints(num(p.points), l)}, ${cls} (${rules}class I from ${num(p.classIMin)}, class II from ${num(p.classIIMin)}${special})${verifyTag(p, l)}.`
		);
	},
	class_estimate_lower_bound: (p, l) =>
		pick(
			l,
			`Chưa tính các tiêu chí khác (ngân sách, nông thôn mới, yếu tố đặc thù; tối đa ${num(p.otherPointsMax)} điểm): đây là mức tối thiểu, đơn vị có thể đạt từ ${classInText(p.lowest, l)} đến ${classInText(p.highest, l)}.`,
			`Other criteria (budget, new-rural status, special factors; up to ${num(p.otherPointsMax)} points) not counted: a lower bound, the unit may be ${classInText(p.lowest, l)} to ${classInText(p.highest, l)}.`
		),
	class_population_missing: (_p, l) =>
		pick(l, 'Thiếu số liệu dân số để tính điểm.', 'Population missing for the points.'),
	class_area_missing: (_p, l) => pick(l, 'Thiếu số liệu diện tích để tính điểm.', 'Area missing for the points.'),
	class_other_points_invalid: (p, l) =>
		pick(l, `Số điểm các tiêu chí khác không hợp lệ: ${String(p.value)}.`, `Invalid other points: ${String(p.value)}.`),
	class_other_points_above_max: (p, l) =>
		pick(
			l,
			`Số điểm các tiêu chí khác (${num(p.value)}) vượt mức tối đa ${num(p.max)} điểm: tính bằng ${num(p.max)} điểm.`,
			`Other points (${num(p.value)}) exceed the maximum ${num(p.max)}: counted as ${num(p.max)}.`
		),
	class_mountainous_not_applicable: (p, l) =>
		pick(
			l,
			`Không áp dụng mức miền núi, vùng cao cho ${kindName(p.kind, l)}.`,
			`No mountainous levels for a ${kindName(p.kind, l)}.`
		)
};
