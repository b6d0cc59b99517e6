/**
 * Checking a user's edit of a unit's inputs (population, area, terrain, factors, class, exemption)
 * before it is saved. Returns field errors in both languages; an empty list means valid.
 */
import { bi, type Bilingual } from './messages.ts';

export interface UnitInputPatch {
	population?: number | null;
	populationDate?: string | null;
	populationSource?: string | null;
	areaOfficialKm2?: number | null;
	areaSource?: string | null;
	terrain?: 'mountainous' | 'other' | null;
	ethnicMinorityShare?: number | null;
	border?: boolean;
	island?: boolean;
	coastalDifficult?: boolean;
	delta?: boolean;
	communeClass?: 'I' | 'II' | 'III' | null;
	lastArrangedPeriod?: '2019-2021' | '2023-2025' | null;
	exemptionCode?: string | null;
	exemptionNote?: string | null;
	exemptionRefNumber?: string | null;
	exemptionRefDate?: string | null;
}

export const UNIT_INPUT_FIELDS = [
	'population',
	'populationDate',
	'populationSource',
	'areaOfficialKm2',
	'areaSource',
	'terrain',
	'ethnicMinorityShare',
	'border',
	'island',
	'coastalDifficult',
	'delta',
	'communeClass',
	'lastArrangedPeriod',
	'exemptionCode',
	'exemptionNote',
	'exemptionRefNumber',
	'exemptionRefDate'
] as const satisfies readonly (keyof UnitInputPatch)[];

/** A real calendar date written yyyy-mm-dd. */
function isIsoDate(v: unknown): boolean {
	if (typeof v !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(v)) return false;
	const t = Date.parse(v + 'T00:00:00Z');
	return Number.isFinite(t) && new Date(t).toISOString().startsWith(v);
}

const isNullableNumber = (v: unknown) => v === null || (typeof v === 'number' && Number.isFinite(v));

/** Field errors of a patch; `exemptionCodes` are the reason codes the rule set accepts. */
export function validateUnitPatch(
	patch: Record<string, unknown>,
	exemptionCodes: readonly string[]
): { field: string; message: Bilingual }[] {
	const errors: { field: string; message: Bilingual }[] = [];
	const err = (field: string, m: Bilingual) => errors.push({ field, message: m });
	for (const k of Object.keys(patch)) {
		if (!(UNIT_INPUT_FIELDS as readonly string[]).includes(k))
			err(k, bi(`trường "${k}" không sửa được`, `field "${k}" cannot be edited`));
	}
	const p = patch as UnitInputPatch;
	if (
		'population' in p &&
		(!isNullableNumber(p.population) || (p.population != null && (!Number.isInteger(p.population) || p.population < 0)))
	) {
		err('population', bi('dân số phải là số nguyên không âm', 'population must be a whole non-negative number'));
	}
	if (
		'areaOfficialKm2' in p &&
		(!isNullableNumber(p.areaOfficialKm2) || (p.areaOfficialKm2 != null && p.areaOfficialKm2 <= 0))
	) {
		err('areaOfficialKm2', bi('diện tích phải là số dương (km²)', 'area must be a positive number (km²)'));
	}
	if (
		'ethnicMinorityShare' in p &&
		(!isNullableNumber(p.ethnicMinorityShare) ||
			(p.ethnicMinorityShare != null && (p.ethnicMinorityShare < 0 || p.ethnicMinorityShare > 1)))
	) {
		err(
			'ethnicMinorityShare',
			bi('tỷ lệ dân tộc thiểu số phải từ 0 đến 100%', 'ethnic-minority share must be between 0 and 100%')
		);
	}
	if ('terrain' in p && p.terrain !== null && p.terrain !== 'mountainous' && p.terrain !== 'other')
		err('terrain', bi('địa hình không hợp lệ', 'invalid terrain'));
	for (const f of ['border', 'island', 'coastalDifficult', 'delta'] as const) {
		if (f in p && typeof p[f] !== 'boolean') err(f, bi('phải là có/không', 'must be yes/no'));
	}
	if ('communeClass' in p && p.communeClass !== null && !['I', 'II', 'III'].includes(p.communeClass as string))
		err('communeClass', bi('phân loại phải là I, II hoặc III', 'class must be I, II or III'));
	if (
		'lastArrangedPeriod' in p &&
		p.lastArrangedPeriod !== null &&
		!['2019-2021', '2023-2025'].includes(p.lastArrangedPeriod as string)
	) {
		err(
			'lastArrangedPeriod',
			bi('giai đoạn phải là 2019–2021 hoặc 2023–2025', 'period must be 2019–2021 or 2023–2025')
		);
	}
	for (const f of [
		'populationDate',
		'populationSource',
		'areaSource',
		'exemptionNote',
		'exemptionRefNumber'
	] as const) {
		if (f in p && p[f] !== null && typeof p[f] !== 'string') err(f, bi('phải là văn bản', 'must be text'));
	}
	if ('exemptionRefDate' in p && p.exemptionRefDate != null && !isIsoDate(p.exemptionRefDate))
		err(
			'exemptionRefDate',
			bi(
				'ngày văn bản phải ghi theo dạng ngày/tháng/năm, ví dụ 31/12/2022',
				'the letter’s date must be day/month/year, e.g. 31/12/2022'
			)
		);
	if ('exemptionCode' in p && p.exemptionCode != null) {
		if (!exemptionCodes.includes(p.exemptionCode))
			err(
				'exemptionCode',
				bi('lý do không thuộc danh mục của Nghị quyết', 'reason is not one of the resolution’s reasons')
			);
		if (!p.exemptionNote || !String(p.exemptionNote).trim()) {
			err(
				'exemptionNote',
				bi('cần ghi giải trình cho lý do không sắp xếp', 'a justification is required for keeping the unit')
			);
		}
	}
	return errors;
}
