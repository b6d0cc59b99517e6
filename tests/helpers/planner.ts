/** Generated provinces as a planner's input: the scenario basis of a synthetic province (no real data). */
import { generateProvince } from '../../src/lib/domain/generate/index';
import { getRuleSet, type PhaseId } from '../../src/lib/domain/rules/index';
import { scenarioBasis } from '../../src/lib/domain/scenario/index';
import type { UnitView } from '../../src/lib/domain/units';

export function generatedBasis(communes: number, seed: number, phases: PhaseId[] = ['2023-2025']) {
	const p = generateProvince({ communes, seed });
	const units: UnitView[] = [...p.districts, ...p.communes].map((u) => ({
		...u.record,
		label: null,
		bbox: null,
		exemptionCode: null,
		exemptionNote: null
	}));
	const ctx = {
		provinceCode: p.provinceCode,
		provinceName: p.provinceName,
		referenceDate: p.referenceDate,
		defaultTerrain: p.defaultTerrain
	};
	const adjacency = {
		commune: p.trueCommunePairs.map(([a, b]) => ({ a, b })),
		district: p.trueDistrictPairs.map(([a, b]) => ({ a, b }))
	};
	return { units, basis: scenarioBasis(units, ctx, getRuleSet('nq35-2023'), adjacency, { phases }), province: p };
}
