/**
 * Which rule set a dataset is evaluated under when the user has chosen none (domain.md §8): a two-tier dataset
 * (province → communes and wards, no district level) under the standards made for it, NQ 112/2025 (or, in a build
 * that does not know that rule set, the 2025 round of NQ 76/2025); a three-tier dataset under NQ 35/2023.
 */
import { DEFAULT_RULE_SET_ID, RULE_SETS } from './rules/index.ts';
import { preferredRuleSetIds, type DatasetStructure } from './units.ts';

export function datasetDefaultRuleSetId(structure: DatasetStructure | string | null | undefined): string {
	for (const id of preferredRuleSetIds(structure === 'two-tier' ? 'two-tier' : 'three-tier'))
		if (RULE_SETS[id]) return id;
	return DEFAULT_RULE_SET_ID;
}
