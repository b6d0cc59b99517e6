/**
 * The shapes of a scenario's evaluation: one group's verdict and figures, the units left, the exemptions, the
 * residents affected, the communes following a district merger. Areas in km², population in persons.
 */
import type { Citation, MergerRole, MergerVerdict, Meets, PhaseId, Reason } from '../rules/types.ts';
import type { UnitKind } from '../units.ts';
import type { ScenarioLevel, ScenarioPhase } from './model.ts';

/** Counts of units by kind, per level: `{ district: { huyen: 10, thanh_pho: 2 }, commune: { xa: 111, … } }`. */
export type KindCounts = Record<ScenarioLevel, Partial<Record<UnitKind | 'unknown', number>>>;

/** Evaluation of one merger group. Areas in km², population in persons, ratios as fractions (0.7 = 70 %). */
export interface GroupEvaluation {
	id: string;
	level: ScenarioLevel;
	members: string[];
	/** The rules engine's verdict (figures, standards, clauses, roles, member verdicts, reasons, warnings, errors). */
	verdict: MergerVerdict;
	/** Name of the new unit: the chosen one, else the default (most populous member's). */
	name: string | null;
	nameIsNew: boolean;
	kind: UnitKind | null;
	kindSource: 'rule' | 'override';
	keptCode: string | null;
	retiredCodes: string[];
	seatCode: string | null;
	/** The most central member (most shared borders inside the group, then most populous): a suggestion for the seat. */
	seatSuggestion: string | null;
	/** Phase the user plans the group for. */
	phase: ScenarioPhase | null;
	/** Phase in which a member is subject (decides the roles); null = no member subject (encouraged merger). */
	legalPhase: PhaseId | null;
	areaKm2: number | null;
	areaSource: 'official' | 'effective' | null;
	population: number | null;
	ratios: { area: number | null; population: number | null };
	meets: Meets | null;
	/** true/false from the stored adjacency graph; null = unknown (no graph for this level, or < 2 members). */
	contiguous: boolean | null;
	/** Connected parts, largest first (one part when contiguous). */
	parts: string[][];
	roles: Record<string, MergerRole>;
	/** For commune groups: the district the new unit belongs to after district mergers of this scenario. */
	parentAfter: string | null;
	/** Persons whose commune/district changes: every member except the kept one. */
	residentsAffected: number | null;
	/** Things to look at (crossing a district line, a new name, a kind change, 3+ members, shortfalls, data gaps). */
	warnings: Reason[];
	/** Problems that make the proposal invalid as it stands (not contiguous, fewer than 2 members, unknown units…). */
	errors: Reason[];
	/** Informative reasons (the verdict's reasons plus the scenario's). */
	reasons: Reason[];
	valid: boolean;
	locked: boolean;
}

/** A subject unit not yet in any group and not exempted. `bbox` = [min lon, min lat, max lon, max lat] for zooming. */
export interface MandatoryLeft {
	code: string;
	name: string;
	level: ScenarioLevel;
	kind: UnitKind;
	parentCode: string | null;
	phase: PhaseId;
	criterion: string | null;
	clause: Citation | null;
	ratios: { area: number | null; population: number | null };
	bbox: [number, number, number, number] | null;
}

/** A unit the scenario keeps although (or whether or not) it is subject, and why. */
export interface ExemptionEvaluation {
	code: string;
	name: string;
	level: ScenarioLevel;
	/** scenario = recorded in this scenario (Art. 3.1); dataset = recorded on the unit; law = automatic (Art. 3.2/3.3). */
	source: 'scenario' | 'dataset' | 'law';
	kind: 'automatic' | 'recorded';
	reasonCode: string;
	justification: string | null;
	/** The letter proposing to keep the unit (number, ISO date), when recorded. */
	refNumber: string | null;
	refDate: string | null;
	/** Phase the unit would be subject in; null = not subject (the exemption is not needed). */
	phase: PhaseId | null;
	needed: boolean;
	clause: Citation | null;
	warnings: Reason[];
}

/** A commune whose district is merged: its district after the scenario. */
export interface DistrictFollow {
	code: string;
	name: string;
	fromDistrict: string;
	toDistrict: string;
	/** Id of the district group. */
	groupId: string;
	/** true when the commune's district code changes (its district is absorbed, not kept). */
	changes: boolean;
	population: number | null;
}

/** Persons whose administrative unit changes (documents to update), counted by cause. */
export interface ResidentsAffected {
	/** Commune-level members absorbed (every member of a commune group except the kept one): persons, units. */
	absorbedCommunes: number;
	absorbedCommuneCount: number;
	/** District-level members absorbed (every member of a district group except the kept one): persons, units. */
	absorbedDistricts: number;
	absorbedDistrictCount: number;
	/** Communes whose district changes because their district is absorbed: persons, communes. */
	districtChange: number;
	districtChangeCommunes: number;
	/**
	 * Distinct persons: communes absorbed or changing district, counted once; absorbed districts without communes in
	 * the dataset are counted at their own figure.
	 */
	total: number;
	/** Units whose population is missing (counted as 0). */
	missingPopulation: string[];
}

export interface ScenarioEvaluation {
	ruleSetId: string;
	/** Phases the mandatory list is taken from. */
	phases: PhaseId[];
	unitsBefore: KindCounts;
	unitsAfter: KindCounts;
	unitCount: { before: Record<ScenarioLevel, number>; after: Record<ScenarioLevel, number> };
	groups: GroupEvaluation[];
	mandatoryLeft: MandatoryLeft[];
	exemptions: ExemptionEvaluation[];
	residentsAffected: ResidentsAffected;
	districtFollow: DistrictFollow[];
	summary: {
		groups: number;
		validGroups: number;
		/** Subject units in the phases: total, in a group, exempted, left. */
		mandatory: number;
		mandatoryInGroups: number;
		mandatoryExempted: number;
		mandatoryLeft: number;
	};
}
