/** Part I of the scheme and its title page: the Decree 30 header block, the title, and the necessity. */
import type { RuleSet } from '../rules/types.ts';
import { STATUS_LABELS } from '../scenario/status.ts';
import { docDate, docDateLong, pick } from './format.ts';
import { bareProvinceName, provinceKindVi, type DossierInput } from './input.ts';
import type { DossierTitle } from './types.ts';

export function titleBlock(input: DossierInput, rules: RuleSet): DossierTitle {
	const { lang, dataset, scenario, evaluation } = input;
	const province = bareProvinceName(dataset.provinceName);
	const kindVi = provinceKindVi(dataset.provinceName);
	const phases = [...evaluation.phases];
	const phaseText = phases.map((p) => p.replace('-', '–')).join(', ');
	const twoTier = !rules.merger.levels.includes('district');
	const whatVi = twoTier ? 'cấp xã' : 'cấp huyện, cấp xã';
	const whatEn = twoTier ? 'commune-level' : 'district- and commune-level';
	const periodVi = phases.length ? ` giai đoạn ${phaseText}` : rules.id === 'nq76-2025' ? ' năm 2025' : '';
	const periodEn = phases.length ? `, ${phaseText}` : rules.id === 'nq76-2025' ? ', 2025' : '';
	const provinceInText = pick(lang, `${kindVi} ${province}`, `${province} province`);
	return {
		provinceCode: dataset.provinceCode,
		provinceName: province,
		provinceInText,
		datasetId: dataset.id,
		datasetName: dataset.name,
		scenarioId: scenario.id,
		scenarioName: scenario.name,
		scenarioDescription: scenario.description,
		version: scenario.version,
		status: scenario.status,
		statusLabel: STATUS_LABELS[scenario.status]?.[lang] ?? scenario.status,
		date: input.today,
		dateText: docDateLong(input.today, lang),
		referenceDate: dataset.referenceDate,
		referenceDateText: dataset.referenceDate ? docDate(dataset.referenceDate, lang) : '—',
		ruleSetId: rules.id,
		ruleSetTitle: pick(lang, rules.title_vi, rules.title_en),
		phases,
		nationalMotto: {
			country: pick(lang, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'SOCIALIST REPUBLIC OF VIET NAM'),
			motto: pick(lang, 'Độc lập - Tự do - Hạnh phúc', 'Independence - Freedom - Happiness')
		},
		issuer: pick(
			lang,
			`ỦY BAN NHÂN DÂN ${kindVi.toUpperCase()} ${province.toUpperCase()}`,
			`PEOPLE’S COMMITTEE OF ${province.toUpperCase()} PROVINCE`
		),
		numberLine: pick(lang, 'Số:        /ĐA-UBND', 'No.        /ĐA-UBND'),
		placeDateLine: pick(
			lang,
			`${province}, ${docDateLong(input.today, lang)}`,
			`${province}, ${docDateLong(input.today, lang)}`
		),
		documentKind: pick(lang, 'ĐỀ ÁN', 'SCHEME'),
		documentTitle: pick(
			lang,
			`Sắp xếp đơn vị hành chính ${whatVi}${periodVi} của ${kindVi} ${province}`,
			`Arrangement of the ${whatEn} administrative units of ${province} province${periodEn}`
		)
	};
}

export function necessity(input: DossierInput, rules: RuleSet): string[] {
	const { lang } = input;
	const province = bareProvinceName(input.dataset.provinceName);
	return [
		pick(
			lang,
			`Thực hiện ${rules.id === 'nq35-2023' ? 'Nghị quyết số 35/2023/UBTVQH15 của Ủy ban Thường vụ Quốc hội' : rules.title_vi}, việc sắp xếp các đơn vị hành chính cấp huyện, cấp xã chưa đạt tiêu chuẩn về diện tích tự nhiên và quy mô dân số nhằm tổ chức hợp lý đơn vị hành chính các cấp, phù hợp với điều kiện phát triển kinh tế - xã hội, gắn với sắp xếp tổ chức bộ máy, tinh giản biên chế, nâng cao hiệu lực, hiệu quả hoạt động của bộ máy chính quyền địa phương.`,
			`Under ${rules.id === 'nq35-2023' ? 'Resolution 35/2023/UBTVQH15' : rules.title_en}, units below the area and population standards are arranged to organise administrative units rationally, tied to restructuring the apparatus, reducing payroll and making local government more effective.`
		),
		pick(
			lang,
			`Phương án được xây dựng trên cơ sở số liệu về diện tích tự nhiên, quy mô dân số của từng đơn vị hành chính ${provinceKindVi(input.dataset.provinceName)} ${province}, bảo đảm thận trọng, chặt chẽ, phù hợp với điều kiện thực tiễn và tạo sự đồng thuận của Nhân dân.`,
			`The plan rests on the official area and population of each unit of ${province} province, and seeks care, consistency with local conditions and public consensus.`
		)
	];
}
