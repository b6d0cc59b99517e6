/**
 * The units after an arrangement, as the dossier's data exports give them (domain.md §7): one feature per unit after
 * at a level (a merger group's members dissolved into one outline; every other unit as it is), with the figures of
 * the scenario evaluation, and the old-code → new-code equivalence table.
 *
 * Codes of merged units (domain.md §5, "GSO code of the new unit: the receiving member's code is kept in practice;
 * codes of absorbed units are retired"): a new unit takes the code of its receiving member (the group's kept code:
 * the user's choice, else the most populous member). That code is provisional until the General Statistics Office
 * confirms or assigns one, and the exports say so (`code_prov`).
 *
 * Plain TypeScript: no DOM, no database, no file system.
 */
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { dissolveScenario } from '../geo/dissolve.ts';
import type { Lang } from '../messages.ts';
import type { UnitVerdict } from '../rules/types.ts';
import type { ScenarioEvaluation } from '../scenario/evaluate.ts';
import type { ScenarioLevel } from '../scenario/model.ts';
import { KIND_LABEL_EN, KIND_LABEL_VI, type UnitKind, type UnitView } from '../units.ts';
import { both } from '../../i18n/catalogue.ts';

/** Properties of a unit after the arrangement (short names: they are also the Shapefile's DBF fields, ≤ 10 chars). */
export interface UnitAfterProps {
	/** GSO code: the unit's own, or for a merged unit its receiving member's (provisional). */
	code: string;
	name: string;
	/** Kind id (xa, phuong, thi_tran, huyen, …). */
	kind: UnitKind | null;
	/** Kind in words, in the export's language. */
	kind_name: string | null;
	/** The area the criteria use (official where given, else computed), km², unrounded: the figure the screens show. */
	area_km2: number | null;
	population: number | null;
	/** Codes of the units before (the unit itself when untouched). */
	members: string[];
	/** true when `code` is the receiving member's code kept for a merged unit, pending the GSO's confirmation. */
	code_prov: boolean;
	/** Id of the scenario's merger group, null for a unit left as it is. */
	group: string | null;
	/** For a commune-level unit: its district after the arrangement (null in a two-tier dataset's province). */
	parent: string | null;
}

export type UnitAfterFeature = Feature<Polygon | MultiPolygon | null, UnitAfterProps>;

/** What happened to a unit: left as it is, the receiving member of a merger, or absorbed (its code retired). */
export type EquivalenceChange = 'unchanged' | 'kept' | 'absorbed';

/** One row of the equivalence table: an old unit and the unit it belongs to after the arrangement. */
export interface EquivalenceRow {
	oldCode: string;
	oldName: string;
	oldKind: UnitKind;
	newCode: string;
	newName: string;
	newKind: UnitKind | null;
	change: EquivalenceChange;
	codeProvisional: boolean;
	group: string | null;
	/** Commune level: the district before and after (it changes when the district is absorbed). */
	parentBefore: string | null;
	parentAfter: string | null;
}

export const EQUIVALENCE_CHANGE_LABEL: Record<EquivalenceChange, { vi: string; en: string }> = {
	unchanged: both('dossier.unitsAfter.unchanged'),
	kept: both('dossier.unitsAfter.receivingUnitCodeKept'),
	absorbed: both('dossier.unitsAfter.mergedIntoTheNewUnit')
};

export function kindLabel(kind: UnitKind | null, lang: Lang): string | null {
	if (!kind) return null;
	return (lang === 'en' ? KIND_LABEL_EN : KIND_LABEL_VI)[kind] ?? kind;
}

export interface UnitsAfterInput {
	level: ScenarioLevel;
	evaluation: ScenarioEvaluation;
	/** The dataset's units (both levels). */
	units: readonly UnitView[];
	/** The dataset verdict of every unit: the area and population an untouched unit is shown with. */
	verdicts: ReadonlyMap<string, UnitVerdict>;
	lang: Lang;
}

/** The districts after, for communes: a district absorbed by a district merger becomes its group's kept district. */
function parentAfterOf(input: UnitsAfterInput): (u: UnitView) => string | null {
	const follow = new Map(input.evaluation.districtFollow.map((f) => [f.code, f.toDistrict]));
	return (u) => (u.level === 'commune' ? (follow.get(u.code) ?? u.parentCode) : null);
}

/** The old-code → new-code table of a level: every unit before, in code order. */
export function equivalenceTable(input: UnitsAfterInput): EquivalenceRow[] {
	const groupOf = new Map<string, ScenarioEvaluation['groups'][number]>();
	for (const g of input.evaluation.groups) if (g.level === input.level) for (const m of g.members) groupOf.set(m, g);
	const parentAfter = parentAfterOf(input);
	return input.units
		.filter((u) => u.level === input.level)
		.sort((a, b) => a.code.localeCompare(b.code))
		.map((u) => {
			const g = groupOf.get(u.code);
			const parentBefore = u.level === 'commune' ? u.parentCode : null;
			// A group of one unit merges nothing: the unit stays as it is (the group is an error the screens show).
			if (!g || !g.keptCode || g.members.length < 2)
				return {
					oldCode: u.code,
					oldName: u.name,
					oldKind: u.kind,
					newCode: u.code,
					newName: u.name,
					newKind: u.kind,
					change: 'unchanged',
					codeProvisional: false,
					group: g?.id ?? null,
					parentBefore,
					parentAfter: parentAfter(u)
				};
			return {
				oldCode: u.code,
				oldName: u.name,
				oldKind: u.kind,
				newCode: g.keptCode,
				newName: g.name ?? u.name,
				newKind: g.kind,
				change: u.code === g.keptCode ? 'kept' : 'absorbed',
				codeProvisional: true,
				group: g.id,
				parentBefore,
				parentAfter: u.level === 'commune' ? (g.parentAfter ?? parentAfter(u)) : null
			};
		});
}

/**
 * The units after at a level as GeoJSON features, in code order: each merger group of the level dissolved into one
 * feature (topology-aware, `dissolveScenario`), every other unit of the level with its own geometry. Areas and
 * populations are the evaluation's (groups) and the dataset verdict's (other units), so they equal the screens'.
 * `geometries` null: the features without geometry (the figures only, nothing dissolved).
 */
export function unitsAfterCollection(
	input: UnitsAfterInput,
	geometries: readonly { code: string; geometry: Polygon | MultiPolygon }[] | null
): FeatureCollection<Polygon | MultiPolygon | null, UnitAfterProps> {
	const groups = input.evaluation.groups.filter((g) => g.level === input.level && g.members.length > 0);
	const groupOf = new Map<string, string>();
	for (const g of groups) for (const m of g.members) groupOf.set(m, g.id);
	const dissolved = geometries && groups.length ? dissolveScenario([...geometries], (c) => groupOf.get(c)) : new Map();
	const geometryOf = new Map((geometries ?? []).map((u) => [u.code, u.geometry]));
	const byCode = new Map(input.units.map((u) => [u.code, u]));
	const parentAfter = parentAfterOf(input);
	const features: UnitAfterFeature[] = [];
	for (const g of groups) {
		const code = g.keptCode ?? g.members[0];
		const kept = byCode.get(code);
		features.push({
			type: 'Feature',
			geometry: dissolved.get(g.id)?.geometry ?? null,
			properties: {
				code,
				name: g.name ?? kept?.name ?? code,
				kind: g.kind,
				kind_name: kindLabel(g.kind, input.lang),
				area_km2: g.areaKm2,
				population: g.population,
				members: [...g.members],
				code_prov: g.members.length > 1,
				group: g.id,
				parent: g.level === 'commune' ? (g.parentAfter ?? (kept ? parentAfter(kept) : null)) : null
			}
		});
	}
	for (const u of input.units) {
		if (u.level !== input.level || groupOf.has(u.code)) continue;
		const v = input.verdicts.get(u.code);
		features.push({
			type: 'Feature',
			geometry: geometryOf.get(u.code) ?? null,
			properties: {
				code: u.code,
				name: u.name,
				kind: u.kind,
				kind_name: kindLabel(u.kind, input.lang),
				area_km2: v ? v.areaUsed.km2 : null,
				population: v ? v.population : u.population,
				members: [u.code],
				code_prov: false,
				group: null,
				parent: parentAfter(u)
			}
		});
	}
	features.sort((a, b) => a.properties.code.localeCompare(b.properties.code));
	return { type: 'FeatureCollection', features };
}
