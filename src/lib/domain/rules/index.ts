/**
 * The rules engine: registry of rule sets and the public API (domain.md §3, §4, §5, §8).
 * Relative imports only: the CLI runs this code under tsx.
 */
import { provinceClassOf, reason } from './compile';
import { NQ35_2023 } from './nq35-2023';
import { NQ76_2025 } from './nq76-2025';
import { NQ112_2025 } from './nq112-2025';
import type { Reason, RuleSet, RulesContext } from './types';
import { visitRuleValues } from './values';

export * from './types';
export { applyOverrides, listRuleValues } from './values';
export { evaluateUnit } from './evaluate-unit';
export { evaluateMerger } from './evaluate-merger';
export { isBelow, reaches, provinceClassOf } from './compile';
export { NQ35_2023, createNq35RuleSet } from './nq35-2023';
export { NQ76_2025, createNq76RuleSet } from './nq76-2025';
export { NQ112_2025, createNq112RuleSet } from './nq112-2025';
export { areaDifferenceCheck } from './data-checks';
export { DEFAULT_AREA_DIFFERENCE_WARN } from './common';

/** Id of the rule set used when none is chosen. */
export const DEFAULT_RULE_SET_ID = 'nq35-2023';

/** All rule sets the tool knows, by id. */
export const RULE_SETS: Readonly<Record<string, RuleSet>> = {
	[NQ35_2023.id]: NQ35_2023,
	[NQ76_2025.id]: NQ76_2025,
	[NQ112_2025.id]: NQ112_2025
};

/** Id of the rule set for two-tier datasets (province → communes and wards, no district level). */
export const TWO_TIER_RULE_SET_ID = NQ112_2025.id;

/**
 * The rule set a dataset is evaluated under when none is chosen (domain.md §8): NQ 112/2025 for a two-tier dataset
 * (province → communes and wards, no district level, since 1 July 2025), else NQ 35/2023.
 */
export function datasetDefaultRuleSetId(structure: string | null | undefined): string {
	return structure === 'two-tier' ? TWO_TIER_RULE_SET_ID : DEFAULT_RULE_SET_ID;
}

/** The rule set with this id (the default NQ 35/2023 when id is null/undefined); throws on an unknown id. */
export function getRuleSet(id?: string | null): RuleSet {
	const rs = RULE_SETS[id ?? DEFAULT_RULE_SET_ID];
	if (!rs) throw new Error(`Unknown rule set: ${id}`);
	return rs;
}

/** Normalise a dataset reference date ("2022-12-31", "31/12/2022", "2022") to ISO, or null when it cannot tell. */
function isoDate(s: string): string | null {
	const t = s.trim();
	let m = /^(\d{4})-(\d{2})-(\d{2})/.exec(t);
	if (m) return `${m[1]}-${m[2]}-${m[3]}`;
	m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(t);
	if (m) return `${m[3]}-${m[2].padStart(2, '0')}-${m[1].padStart(2, '0')}`;
	return null;
}

/**
 * Dataset-level warnings for a rule set, shown once beside the verdicts rather than on every unit: reference date of
 * the figures, inferred province class (NQ 76 wards), overrides that could not apply, values still to verify.
 */
export function checkDataset(ctx: RulesContext, rules: RuleSet): Reason[] {
	const out: Reason[] = [];
	const expected = rules.referenceDate.value;
	if (!ctx.referenceDate) out.push(reason('reference_date_missing', { expected }, rules.referenceDate.citation));
	else {
		const got = isoDate(ctx.referenceDate);
		if (got !== expected)
			out.push(
				reason('reference_date_mismatch', { dataset: ctx.referenceDate, expected }, rules.referenceDate.citation)
			);
	}
	if (rules.standards.some((s) => s.provinceClass != null)) {
		const pc = provinceClassOf(ctx);
		if (pc.inferred) out.push(reason('province_class_inferred', { provinceClass: pc.value }));
	}
	for (const n of rules.overrideNotes ?? [])
		out.push(reason('override_not_applied', { key: n.key, problem: n.problem }));
	const unverified: string[] = [];
	visitRuleValues(rules, (v) => {
		if (!v.verified && !v.overridden && !unverified.includes(v.key)) unverified.push(v.key);
	});
	if (unverified.length) out.push(reason('unverified_values', { keys: unverified }));
	for (const p of rules.phases) {
		if (p.status.code !== 'in_force') {
			out.push(
				reason('phase_halted', { phase: p.id, since: p.status.since ?? null, replacedBy: p.status.replacedBy ?? null })
			);
		}
	}
	return out;
}
