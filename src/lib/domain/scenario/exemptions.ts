/**
 * The edit operations on a scenario's recorded exemptions (NQ 35/2023 Art. 3.1: a unit the scenario keeps, with its
 * reason and justification): each takes a content and returns a NEW one, or throws a ScenarioEditError. A unit is
 * not both exempted and merged (operations.ts refuses the other way round).
 */
import { isIsoDate } from '../unit-edit.ts';
import { groupOfUnit } from './content.ts';
import { err, unitText } from './errors.ts';
import type { ScenarioCatalog, ScenarioContent, ScenarioExemption } from './types.ts';
import { both } from '../../i18n/catalogue.ts';

/** Record (or replace) that the scenario keeps a unit, with its NQ 35 Art. 3.1 reason code and justification. */
export function setExemption(
	content: ScenarioContent,
	catalog: ScenarioCatalog,
	exemption: ScenarioExemption
): ScenarioContent {
	const code = String(exemption.code ?? '');
	const u = catalog.unit(code);
	if (!u) throw err('unknown_unit', { code }, both('scenario.exemptions.noUnitWithCodeCode', { code }));
	const reasonCode = String(exemption.reasonCode ?? '');
	if (catalog.exemptionReasonCodes.size && !catalog.exemptionReasonCodes.has(reasonCode)) {
		const known = [...catalog.exemptionReasonCodes].join(', ');
		throw err(
			'unknown_exemption_reason',
			{ reasonCode, known: [...catalog.exemptionReasonCodes] },
			both('scenario.exemptions.reasonReasoncodeIsNotOne', { reasonCode, known })
		);
	}
	const justification = typeof exemption.justification === 'string' ? exemption.justification.trim() : '';
	if (!justification) {
		throw err(
			'justification_required',
			{ code },
			both('scenario.exemptions.giveAJustificationForKeeping', { p1: unitText(u, code) })
		);
	}
	const g = groupOfUnit(content, code);
	if (g) {
		throw err(
			'unit_in_group',
			{ code, groupId: g.id },
			both('scenario.exemptions.p1IsInGroupId', { p1: unitText(u, code), id: g.id })
		);
	}
	const refNumber = typeof exemption.refNumber === 'string' ? exemption.refNumber.trim() : '';
	const refDate = typeof exemption.refDate === 'string' ? exemption.refDate.trim() : '';
	if (refNumber.length > 100) {
		throw err(
			'invalid_reference',
			{ code, field: 'refNumber' },
			both('scenario.exemptions.theReferenceNumberForKeeping', { p1: unitText(u, code) })
		);
	}
	if (refDate && !isIsoDate(refDate)) {
		throw err(
			'invalid_reference',
			{ code, field: 'refDate' },
			both('scenario.exemptions.theDateOfTheLetter', { p1: unitText(u, code), refDate })
		);
	}
	const rest = content.exemptions.filter((x) => x.code !== code);
	const ref = { ...(refNumber ? { refNumber } : {}), ...(refDate ? { refDate } : {}) };
	return { ...content, exemptions: [...rest, { code, reasonCode, justification, ...ref }] };
}

/** Remove a recorded exemption. */
export function clearExemption(content: ScenarioContent, code: string): ScenarioContent {
	if (!content.exemptions.some((x) => x.code === code)) {
		throw err('not_exempted', { code }, both('scenario.exemptions.unitCodeHasNoRecorded', { code }));
	}
	return { ...content, exemptions: content.exemptions.filter((x) => x.code !== code) };
}
