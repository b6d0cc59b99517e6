/**
 * Edits of a scenario's staffing inputs made on the staffing tab (pure: they change the given inputs object and the
 * page marks it unsaved). Counts are persons per plan year (index 0 = year 1); a blank or a bad count clears it.
 */
import type { GroupStaffingInputs, ScenarioStaffingInputs } from '$lib/domain/staffing/scenario';
import type { OfficeUse, SurplusOffice } from '$lib/domain/staffing/impact';

/** Plan years shown and entered (NQ 35 Art. 11.3: five years). */
export const PLAN_YEARS = 5;

/** Age bands offered for the retirement estimate (completed years of age at the effective date). */
export const AGE_BANDS: readonly [number, number][] = [
	[50, 54],
	[55, 57],
	[58, 59],
	[60, 62]
];

/** A whole count ≥ 0 typed in a cell, or null (blank, decimal, negative, text). */
export function countOf(raw: string): number | null {
	if (raw.trim() === '') return null;
	const n = Number(raw);
	return Number.isInteger(n) && n >= 0 ? n : null;
}

/** The inputs of one group (created empty on first use). */
export function groupInputs(inputs: ScenarioStaffingInputs, id: string): GroupStaffingInputs {
	inputs.groups[id] ??= {};
	return inputs.groups[id];
}

/** Set the count of one plan year (retirements, transfers or streamlining leaves). */
export function setYear(
	inputs: ScenarioStaffingInputs,
	id: string,
	key: 'retirements' | 'transfers' | 'leaves',
	year: number,
	raw: string
): void {
	const g = groupInputs(inputs, id);
	const list = [...(g[key] ?? [])];
	while (list.length < PLAN_YEARS) list.push(null);
	list[year] = countOf(raw);
	g[key] = list;
}

/** The count entered for one age band and sex, as cell text. */
export function bandCount(g: GroupStaffingInputs | undefined, fromAge: number, sex: 'male' | 'female'): string {
	return String(g?.ageProfile?.find((b) => b.fromAge === fromAge && b.sex === sex)?.count ?? '');
}

/** Set the count of one age band and sex (a blank removes the band). */
export function setBand(
	inputs: ScenarioStaffingInputs,
	id: string,
	[fromAge, toAge]: readonly [number, number],
	sex: 'male' | 'female',
	raw: string
): void {
	const g = groupInputs(inputs, id);
	const rest = (g.ageProfile ?? []).filter((b) => !(b.fromAge === fromAge && b.sex === sex));
	const n = countOf(raw);
	g.ageProfile = n != null ? [...rest, { fromAge, toAge, count: n, sex }] : rest;
}

/**
 * Record the plan for one surplus office (use and/or target date), keeping what was entered before; a default
 * target date (not entered) is not written back as if it had been entered.
 */
export function setOffice(
	inputs: ScenarioStaffingInputs,
	groupId: string,
	o: Pick<SurplusOffice, 'id' | 'use' | 'targetDate' | 'targetDateSource'>,
	change: { use?: OfficeUse | null; targetDate?: string | null }
): void {
	const g = groupInputs(inputs, groupId);
	const prev = (g.officePlans ?? []).find((p) => p.officeId === o.id);
	const next = {
		officeId: o.id,
		use: change.use !== undefined ? change.use : (prev?.use ?? o.use),
		targetDate:
			change.targetDate !== undefined
				? change.targetDate
				: (prev?.targetDate ?? (o.targetDateSource === 'entered' ? o.targetDate : null))
	};
	g.officePlans = [...(g.officePlans ?? []).filter((p) => p.officeId !== o.id), next];
}
