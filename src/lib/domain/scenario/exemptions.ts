/**
 * The edit operations on a scenario's recorded exemptions (NQ 35/2023 Art. 3.1: a unit the scenario keeps, with its
 * reason and justification): each takes a content and returns a NEW one, or throws a ScenarioEditError. A unit is
 * not both exempted and merged (operations.ts refuses the other way round).
 */
import { isIsoDate } from '../unit-edit.ts';
import { groupOfUnit } from './content.ts';
import { err, unitText } from './errors.ts';
import type { ScenarioCatalog, ScenarioContent, ScenarioExemption } from './types.ts';

/** Record (or replace) that the scenario keeps a unit, with its NQ 35 Art. 3.1 reason code and justification. */
export function setExemption(
	content: ScenarioContent,
	catalog: ScenarioCatalog,
	exemption: ScenarioExemption
): ScenarioContent {
	const code = String(exemption.code ?? '');
	const u = catalog.unit(code);
	if (!u)
		throw err(
			'unknown_unit',
			{ code },
			`Không có đơn vị mã ${code} trong bộ dữ liệu.`,
			`No unit with code ${code} in the dataset.`
		);
	const reasonCode = String(exemption.reasonCode ?? '');
	if (catalog.exemptionReasonCodes.size && !catalog.exemptionReasonCodes.has(reasonCode)) {
		const known = [...catalog.exemptionReasonCodes].join(', ');
		throw err(
			'unknown_exemption_reason',
			{ reasonCode, known: [...catalog.exemptionReasonCodes] },
			`Lý do «${reasonCode}» không thuộc các lý do tại khoản 1 Điều 3 Nghị quyết số 35/2023/UBTVQH15 (${known}).`,
			`Reason “${reasonCode}” is not one of NQ 35/2023 Art. 3.1 (${known}).`
		);
	}
	const justification = typeof exemption.justification === 'string' ? exemption.justification.trim() : '';
	if (!justification) {
		throw err(
			'justification_required',
			{ code },
			`Cần ghi rõ căn cứ, lý do không sắp xếp ${unitText(u, code)}.`,
			`Give a justification for keeping ${unitText(u, code)}.`
		);
	}
	const g = groupOfUnit(content, code);
	if (g) {
		throw err(
			'unit_in_group',
			{ code, groupId: g.id },
			`${unitText(u, code)} đang thuộc nhóm «${g.id}»: bỏ khỏi nhóm trước khi ghi nhận không sắp xếp.`,
			`${unitText(u, code)} is in group “${g.id}”: remove it from the group before recording it as kept.`
		);
	}
	const refNumber = typeof exemption.refNumber === 'string' ? exemption.refNumber.trim() : '';
	const refDate = typeof exemption.refDate === 'string' ? exemption.refDate.trim() : '';
	if (refNumber.length > 100) {
		throw err(
			'invalid_reference',
			{ code, field: 'refNumber' },
			`Số văn bản đề nghị không sắp xếp ${unitText(u, code)} dài quá 100 ký tự.`,
			`The reference number for keeping ${unitText(u, code)} is longer than 100 characters.`
		);
	}
	if (refDate && !isIsoDate(refDate)) {
		throw err(
			'invalid_reference',
			{ code, field: 'refDate' },
			`Ngày văn bản đề nghị không sắp xếp ${unitText(u, code)} không hợp lệ («${refDate}»): ghi theo dạng ngày/tháng/năm.`,
			`The date of the letter proposing to keep ${unitText(u, code)} is not a date (“${refDate}”): write day/month/year.`
		);
	}
	const rest = content.exemptions.filter((x) => x.code !== code);
	const ref = { ...(refNumber ? { refNumber } : {}), ...(refDate ? { refDate } : {}) };
	return { ...content, exemptions: [...rest, { code, reasonCode, justification, ...ref }] };
}

/** Remove a recorded exemption. */
export function clearExemption(content: ScenarioContent, code: string): ScenarioContent {
	if (!content.exemptions.some((x) => x.code === code)) {
		throw err(
			'not_exempted',
			{ code },
			`Đơn vị ${code} không có ghi nhận không sắp xếp trong phương án.`,
			`Unit ${code} has no recorded exemption in the scenario.`
		);
	}
	return { ...content, exemptions: content.exemptions.filter((x) => x.code !== code) };
}
