/**
 * The scenario model's data (domain.md §4, §5, §7): merger groups, recorded exemptions, a scenario's content,
 * and the catalog of a dataset's units that edits are checked against.
 */
import type { Level, UnitKind } from '../units.ts';

/** Levels a merger group can have (the province level is out of scope). */
export type ScenarioLevel = 'district' | 'commune';
export const SCENARIO_LEVELS: readonly ScenarioLevel[] = ['district', 'commune'];

/** NQ 35 phase in which a group is to be carried out (null = not decided). */
export type ScenarioPhase = '2023-2025' | '2026-2030';
export const SCENARIO_PHASES: readonly ScenarioPhase[] = ['2023-2025', '2026-2030'];

/** One proposed new unit: the members merged into it and the choices the user made about it. */
export interface MergerGroup {
	/** Stable id within the scenario (the audit trail and the UI refer to it). */
	id: string;
	level: ScenarioLevel;
	/** Unit codes (text, leading zeros kept), in the order they were added. */
	members: string[];
	/** Name of the new unit; null = the default (the most populous member's name). */
	name: string | null;
	/** Kind of the new unit; null = decided by the rule set. A non-null kind is an override and needs `kindReason`. */
	kind: UnitKind | null;
	kindReason: string | null;
	/** Member whose GSO code the new unit keeps; null = default (the most populous member). */
	keptCode: string | null;
	/** Member whose seat (trụ sở) becomes the new unit's seat; null = not chosen yet. */
	seatCode: string | null;
	phase: ScenarioPhase | null;
	notes: string;
	/** A locked group cannot be edited (only unlocked). */
	locked: boolean;
}

/** A subject unit the scenario keeps, with its NQ 35 Art. 3.1 a–d reason code and a free-text justification. */
export interface ScenarioExemption {
	code: string;
	reasonCode: string;
	justification: string;
	/** The number of the commune's or district's letter proposing to keep the unit (optional). */
	refNumber?: string | null;
	/** Its date, ISO yyyy-mm-dd (optional). */
	refDate?: string | null;
}

/** What a scenario contains. Stored as JSON, one row per version. */
export interface ScenarioContent {
	groups: MergerGroup[];
	exemptions: ScenarioExemption[];
}

/** The fields of a group `setGroupFields` may change. */
export type GroupFields = Partial<
	Pick<MergerGroup, 'name' | 'kind' | 'kindReason' | 'keptCode' | 'seatCode' | 'phase' | 'notes'>
>;
export const GROUP_FIELDS: readonly (keyof GroupFields)[] = [
	'name',
	'kind',
	'kindReason',
	'keptCode',
	'seatCode',
	'phase',
	'notes'
];

/** What the edit operations need to know about a unit. */
export interface CatalogUnit {
	code: string;
	name: string;
	level: Level;
	kind: UnitKind;
	parentCode: string | null;
}

/** The units of a dataset and the reason codes of the rule set, as the edit operations look them up. */
export interface ScenarioCatalog {
	unit(code: string): CatalogUnit | undefined;
	/** Commune codes of a district, sorted. */
	communesOf(districtCode: string): readonly string[];
	/** NQ 35 Art. 3.1 reason codes a scenario exemption may use (empty set = any code accepted). */
	exemptionReasonCodes: ReadonlySet<string>;
}

/** Build the catalog once per dataset and rule set (O(n)); every operation then looks units up in O(1). */
export function scenarioCatalog(
	units: readonly CatalogUnit[],
	exemptionReasons: readonly { code: string }[] = []
): ScenarioCatalog {
	const byCode = new Map<string, CatalogUnit>();
	const children = new Map<string, string[]>();
	for (const u of units) {
		byCode.set(u.code, u);
		if (u.level === 'commune' && u.parentCode) {
			const list = children.get(u.parentCode);
			if (list) list.push(u.code);
			else children.set(u.parentCode, [u.code]);
		}
	}
	for (const list of children.values()) list.sort();
	const reasons = new Set(exemptionReasons.map((r) => r.code));
	return {
		unit: (code) => byCode.get(code),
		communesOf: (d) => children.get(d) ?? [],
		exemptionReasonCodes: reasons
	};
}
