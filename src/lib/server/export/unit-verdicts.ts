import { describeReason, formatCitation, type Lang } from '../../domain/rules/text.ts';
import type { UnitVerdict } from '../../domain/rules/types.ts';
import type { UnitView } from '../../domain/units.ts';

/** One row of the per-unit verdict table (CLI evaluate, CSV export): plain data, codes as text. */
export interface UnitVerdictRecord {
	code: string;
	name: string;
	level: string;
	kind: string;
	area_km2: number | null;
	area_source: string | null;
	population: number | null;
	area_ratio: number | null;
	population_ratio: number | null;
	phase: string | null;
	criterion: string | null;
	clause: string | null;
	status: string;
	exempt: string | null;
	warnings: string[];
}

/** Flatten a unit's verdict into a record, with the clause and warnings written out in a language. */
export function unitVerdictRecord(u: UnitView, v: UnitVerdict, lang: Lang = 'vi'): UnitVerdictRecord {
	return {
		code: u.code,
		name: u.name,
		level: u.level,
		kind: u.kind,
		area_km2: v.areaUsed.km2,
		area_source: v.areaUsed.source,
		population: v.population,
		area_ratio: v.ratios.area,
		population_ratio: v.ratios.population,
		phase: v.phase,
		criterion: v.criterion,
		clause: v.clause ? formatCitation(v.clause, lang) : null,
		status: v.status,
		exempt: v.exemption ? `${v.exemption.kind}:${v.exemption.reasonCode}` : null,
		warnings: v.warnings.map((w) => describeReason(w, lang))
	};
}

export const UNIT_VERDICT_COLUMNS: (keyof UnitVerdictRecord)[] = [
	'code',
	'name',
	'level',
	'kind',
	'area_km2',
	'area_source',
	'population',
	'area_ratio',
	'population_ratio',
	'phase',
	'criterion',
	'clause',
	'status',
	'exempt',
	'warnings'
];
