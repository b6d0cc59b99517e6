import type { ArrangedPeriod, CommuneClass, Level, Terrain, UnitKind, UnitRecord } from '../../domain/units.ts';
import type { Selectable } from 'kysely';
import type { UnitTable } from './schema.ts';

/** A unit row as the domain sees it. */
export function toUnitRecord(
	r: Pick<
		Selectable<UnitTable>,
		Exclude<keyof UnitTable, 'geometry' | 'display_geometry' | 'id' | 'dataset_id' | 'extra'>
	>
): UnitRecord {
	return {
		code: r.code,
		name: r.name,
		level: r.level as Level,
		kind: r.kind as UnitKind,
		parentCode: r.parent_code,
		terrain: (r.terrain as Terrain | null) ?? null,
		ethnicMinorityShare: r.ethnic_minority_share,
		border: !!r.border,
		island: !!r.island,
		coastalDifficult: !!r.coastal_difficult,
		delta: !!r.delta,
		population: r.population,
		populationDate: r.population_date,
		populationSource: r.population_source,
		populationPermanent: r.population_permanent,
		populationTemporaryConverted: r.population_temporary_converted,
		areaOfficialKm2: r.area_official_km2,
		areaSource: r.area_source,
		areaComputedKm2: r.area_computed_km2,
		communeClass: (r.commune_class as CommuneClass | null) ?? null,
		lastArrangedPeriod: (r.last_arranged_period as ArrangedPeriod | null) ?? null,
		staffActual: r.staff_actual,
		nonprofessionalActual: r.nonprofessional_actual,
		leaders: r.leaders,
		offices: r.offices
	};
}

/** Domain field name → column name, for the attributes a user may edit. */
export const EDITABLE_COLUMNS = {
	population: 'population',
	populationDate: 'population_date',
	populationSource: 'population_source',
	populationPermanent: 'population_permanent',
	populationTemporaryConverted: 'population_temporary_converted',
	areaOfficialKm2: 'area_official_km2',
	areaSource: 'area_source',
	terrain: 'terrain',
	ethnicMinorityShare: 'ethnic_minority_share',
	border: 'border',
	island: 'island',
	coastalDifficult: 'coastal_difficult',
	delta: 'delta',
	communeClass: 'commune_class',
	lastArrangedPeriod: 'last_arranged_period',
	exemptionCode: 'exemption_code',
	exemptionNote: 'exemption_note',
	staffActual: 'staff_actual',
	nonprofessionalActual: 'nonprofessional_actual',
	leaders: 'leaders',
	offices: 'offices'
} as const satisfies Record<string, keyof UnitTable>;

export type EditableField = keyof typeof EDITABLE_COLUMNS;

/** Value as stored: booleans as 0/1. */
export function toColumnValue(v: unknown): string | number | null {
	if (v === undefined || v === null) return null;
	if (typeof v === 'boolean') return v ? 1 : 0;
	return v as string | number;
}
