/** Part V of the scheme: the residents whose documents change, per new unit. */
import { docInteger, pick } from './format.ts';
import type { DossierInput } from './input.ts';
import type { DossierNewUnit, DossierResidents } from './types.ts';

export function residentsSection(input: DossierInput, newUnits: DossierNewUnit[]): DossierResidents {
	const { lang } = input;
	const r = input.evaluation.residentsAffected;
	const paragraphs = [
		pick(
			lang,
			`Tổng số người dân phải chuyển đổi giấy tờ do thay đổi đơn vị hành chính: ${docInteger(r.total, lang)} người, trong đó ${docInteger(r.absorbedCommunes, lang)} người thuộc ${docInteger(r.absorbedCommuneCount, lang)} đơn vị cấp xã nhập vào đơn vị khác và ${docInteger(r.districtChange, lang)} người thuộc ${docInteger(r.districtChangeCommunes, lang)} đơn vị cấp xã thay đổi đơn vị cấp huyện.`,
			`Residents whose documents change: ${docInteger(r.total, lang)}, of whom ${docInteger(r.absorbedCommunes, lang)} in ${docInteger(r.absorbedCommuneCount, lang)} absorbed communes and ${docInteger(r.districtChange, lang)} in ${docInteger(r.districtChangeCommunes, lang)} communes whose district changes.`
		)
	];
	if (r.missingPopulation.length)
		paragraphs.push(
			pick(
				lang,
				`Chưa có số liệu dân số của ${r.missingPopulation.join(', ')} (tính bằng 0).`,
				`Population missing for ${r.missingPopulation.join(', ')} (counted as 0).`
			)
		);
	return {
		total: r.total,
		absorbedCommunes: r.absorbedCommunes,
		absorbedCommuneCount: r.absorbedCommuneCount,
		absorbedDistricts: r.absorbedDistricts,
		absorbedDistrictCount: r.absorbedDistrictCount,
		districtChange: r.districtChange,
		districtChangeCommunes: r.districtChangeCommunes,
		missingPopulation: r.missingPopulation,
		paragraphs,
		table: {
			id: 'residents',
			caption: pick(lang, 'Số người dân phải chuyển đổi giấy tờ theo đơn vị mới', 'Residents affected by new unit'),
			sheetName: pick(lang, 'Người dân', 'Residents'),
			columns: [
				{ key: 'name', label: pick(lang, 'Đơn vị mới', 'New unit'), kind: 'text' },
				{ key: 'retired', label: pick(lang, 'Mã không còn sử dụng', 'Codes retired'), kind: 'text' },
				{ key: 'residents', label: pick(lang, 'Số người (người)', 'Persons'), kind: 'integer' }
			],
			rows: newUnits.map((n) => ({
				name: n.name,
				retired: n.retiredCodes.join(', '),
				residents: n.residentsAffected
			})),
			total: { name: pick(lang, 'Tổng cộng (không trùng)', 'Total (distinct)'), retired: '', residents: r.total }
		}
	};
}
