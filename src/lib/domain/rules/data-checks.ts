/**
 * Data checks that read their threshold from the rule set (one value, overridable, shown everywhere alike):
 * the difference between the computed and the official natural area (domain.md §2).
 */
import { areaDifference } from '../units';
import type { UnitRecord } from '../units';
import type { RuleSet } from './types';

/** Computed vs official area of a unit against the rule set's threshold (ratio): flagged when strictly above. */
export function areaDifferenceCheck(
	unit: Pick<UnitRecord, 'areaOfficialKm2' | 'areaComputedKm2'>,
	rules: RuleSet
): { difference: number | null; threshold: number; flagged: boolean } {
	const threshold = rules.dataChecks.areaDifferenceWarn.value; // ratio
	const difference = areaDifference(unit); // ratio, signed
	return { difference, threshold, flagged: difference != null && Math.abs(difference) > threshold };
}
