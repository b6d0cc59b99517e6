/**
 * Staffing rule values as data (domain.md §6): quotas and their increments (Decree 33/2023), the class-scoring estimate
 * (NQ 1211/2016 as amended), the 5-year deadline and salary retention (NQ 35/2023 Art. 11–12), leave payments
 * (Decree 29/2023 before 2025, Decree 178/2024 from 1 Jan 2025), payroll figures and the project's own defaults.
 *
 * Every number an administrator may correct is a StaffingValue (a RuleValue with a wider choice of units) with a
 * stable key, so that it is overridden exactly like the rule sets: `applyStaffingOverrides(settings, overrides)`,
 * stored under the rule-set id `STAFFING_SETTINGS_ID`. Values that could not be confirmed against the legal text
 * carry `verified: false`.
 *
 * The values live in one file per source, as the rule sets do: settings/decree33.ts (quotas and increments),
 * settings/nq1211-class.ts (class scoring), settings/leave-decrees.ts (Decrees 29/2023 and 178/2024) and
 * settings/local.ts (the project's defaults and assumptions); settings/common.ts holds the shapes.
 *
 * Plain TypeScript, relative imports only (the CLI runs this under tsx).
 */
import type { OverrideNote, RuleOverride } from '../rules/types';
import {
	deepFreeze,
	isRuleValue,
	listValues,
	overrideValues,
	valueShapeProblem,
	visitRuleValues
} from '../rules/values';
import {
	STAFFING_SETTINGS_ID,
	type StaffingSettings,
	type StaffingValue,
	type StaffingValueRow
} from './settings/common';
import { cadreQuota, increments, nonProfessionalQuota } from './settings/decree33';
import { classScoring } from './settings/nq1211-class';
import { d178, d29 } from './settings/leave-decrees';
import { leaders, offices, payroll, plan } from './settings/local';

export * from './settings/common';

/** Build the staffing settings of the legal texts (a fresh, mutable object). */
export function createStaffingSettings(): StaffingSettings {
	return {
		id: STAFFING_SETTINGS_ID,
		quota: { cadres: cadreQuota(), nonProfessional: nonProfessionalQuota() },
		increment: increments(),
		classScoring: classScoring(),
		leaders: leaders(),
		plan: plan(),
		offices: offices(),
		money: { ...payroll(), d29: d29(), d178: d178() }
	};
}

/** The staffing settings of the legal texts, built once and frozen: use applyStaffingOverrides for changes. */
export const STAFFING_SETTINGS: StaffingSettings = deepFreeze(createStaffingSettings());

// ---------------------------------------------------------------------------------------------------------------
// Listing and overrides
// ---------------------------------------------------------------------------------------------------------------

type AnyValue = StaffingValue<number | boolean | string>;

function visit(settings: StaffingSettings, fn: (v: AnyValue) => void): void {
	// visitRuleValues walks any object graph and recognises values by shape; the unit is not inspected.
	visitRuleValues(settings, (v) => fn(v as unknown as AnyValue));
}

/** Flat list of every staffing value (each key once), for the settings page. */
export function listStaffingValues(settings: StaffingSettings = STAFFING_SETTINGS): StaffingValueRow[] {
	return listValues(settings) as unknown as StaffingValueRow[];
}

/** Keys of the values still to verify against the legal text and not corrected by an administrator. */
export function unverifiedStaffingKeys(settings: StaffingSettings = STAFFING_SETTINGS): string[] {
	const out: string[] = [];
	visit(settings, (v) => {
		if (!v.verified && !v.overridden && !out.includes(v.key)) out.push(v.key);
	});
	return out;
}

function valueProblem(v: AnyValue, value: unknown): OverrideNote['problem'] | null {
	const shape = valueShapeProblem(v.unit, value);
	if (shape) return shape;
	if (v.positive && value === 0) return 'invalid_value';
	// A post, a count or a year count is a whole number.
	if ((v.unit === 'posts' || v.unit === 'count') && !Number.isInteger(value)) return 'invalid_value';
	return null;
}

/**
 * Return new settings with the given values replaced (the input is not modified). Replaced values carry
 * `overridden: true` and the legal value in `original`; overrides that cannot apply are listed in `overrideNotes`.
 * Same contract as applyOverrides of the rules engine, so overrides of both are stored and audited alike.
 */
export function applyStaffingOverrides(settings: StaffingSettings, overrides: RuleOverride[]): StaffingSettings {
	return overrideValues(settings, overrides, (v, value) => valueProblem(v as unknown as AnyValue, value));
}

/** True when x is a staffing (or rule) value: used by callers that walk the settings generically. */
export function isStaffingValue(x: unknown): x is AnyValue {
	return isRuleValue(x);
}
