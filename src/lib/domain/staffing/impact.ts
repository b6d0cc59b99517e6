/**
 * Staffing and offices impact of a merger group and of a whole scenario (domain.md §6).
 *
 * Commune level: staff before = each member's actual counts where entered, else its quota (and the source is kept
 * per member and per category); staff after = the quota of the new unit, whose class is an input and otherwise the
 * highest class among the members (an assumption, labelled); surplus = before − after, for cadres and civil servants
 * and for non-professional workers separately.
 * District level: there is no quota formula; staff counts are inputs, and the default surplus is the sum of the
 * members' staff minus the largest member's staff (the largest apparatus absorbs the others), editable.
 * Leaders: one set remains after the merger; the others keep salary and allowance to the end of their term, at
 * least 6 months (NQ 35 Art. 12, verify). Offices: seats before − seats after; each surplus office gets a planned
 * use and a target date (default: 3 years after the arrangement takes effect, a setting, not law).
 *
 * The pieces live in impact/: types.ts (inputs and results), common.ts (leaders, offices), commune.ts, district.ts.
 * Counts are posts (persons); dates are ISO.
 */
import type { UnitRecord } from '../units';
import type { MergerVerdict, UnitVerdict } from '../rules/types';
import type { StaffingSettings } from './settings';
import { STAFFING_SETTINGS } from './settings';
import type { QuotaFigures } from './quota';
import { quotaFiguresFromVerdict } from './quota';
import { communeGroup } from './impact/commune';
import { districtGroup } from './impact/district';
import type {
	CommuneMemberInput,
	GroupStaffingImpact,
	MergerGroupStaffingInput,
	NewCommuneInput,
	StaffTotals
} from './impact/types';

export * from './impact/types';
export { highestClass } from './impact/common';
export { defaultDistrictSurplus } from './impact/district';

/** Staffing and offices impact of one merger group. */
export function groupStaffingImpact(
	group: MergerGroupStaffingInput,
	settings: StaffingSettings = STAFFING_SETTINGS
): GroupStaffingImpact {
	return group.level === 'district' ? districtGroup(group, settings) : communeGroup(group, settings);
}

export interface ScenarioStaffingImpact {
	groups: GroupStaffingImpact[];
	totals: {
		/** Sums over the groups; null parts are left out and `incomplete` says so. */
		before: StaffTotals;
		after: StaffTotals;
		surplus: StaffTotals;
		leadersAffected: number;
		officesBefore: number;
		officesAfter: number;
		officesSurplus: number;
		officesWithoutUse: number;
		incomplete: boolean;
	};
}

/** Staffing and offices impact of a whole scenario: each group, and the totals. */
export function scenarioStaffingImpact(
	groups: MergerGroupStaffingInput[],
	settings: StaffingSettings = STAFFING_SETTINGS
): ScenarioStaffingImpact {
	const results = groups.map((g) => groupStaffingImpact(g, settings));
	let incomplete = false;
	const add = (pick: (g: GroupStaffingImpact) => StaffTotals): StaffTotals => {
		let cs = 0;
		let np = 0;
		for (const g of results) {
			const t = pick(g);
			if (t.cadresCivilServants == null) incomplete = true;
			else cs += t.cadresCivilServants;
			// District groups have no non-professional workers: not a gap.
			if (g.level === 'commune') {
				if (t.nonProfessional == null) incomplete = true;
				else np += t.nonProfessional;
			}
		}
		return { cadresCivilServants: cs, nonProfessional: np };
	};
	return {
		groups: results,
		totals: {
			before: add((g) => g.before),
			after: add((g) => g.after),
			surplus: add((g) => g.surplus),
			leadersAffected: results.reduce((s, g) => s + g.leaders.affected, 0),
			officesBefore: results.reduce((s, g) => s + g.offices.before, 0),
			officesAfter: results.reduce((s, g) => s + g.offices.after, 0),
			officesSurplus: results.reduce((s, g) => s + g.offices.surplus, 0),
			officesWithoutUse: results.reduce((s, g) => s + g.offices.items.filter((i) => !i.use).length, 0),
			incomplete
		}
	};
}

/**
 * A commune member's input from its unit record and the rules engine's verdict: kind, class of record, figures and
 * standards (reduced or normal per setting), terrain and border for the class estimate.
 */
export function communeMemberFromUnit(
	unit: UnitRecord,
	verdict: UnitVerdict,
	extra: Partial<Pick<CommuneMemberInput, 'actual' | 'leaderPosts' | 'offices' | 'classRuleSet'>> & {
		parentKind?: QuotaFigures['parentKind'];
	} = {},
	settings: StaffingSettings = STAFFING_SETTINGS
): CommuneMemberInput {
	if (unit.kind !== 'xa' && unit.kind !== 'phuong' && unit.kind !== 'thi_tran')
		throw new Error(`Not a commune-level unit: ${unit.code} (${unit.kind})`);
	const figures = quotaFiguresFromVerdict(verdict, settings, extra.parentKind ?? null);
	return {
		code: unit.code,
		name: unit.name,
		kind: unit.kind,
		communeClass: unit.communeClass,
		figures,
		mountainous: verdict.terrain.value === 'mountainous',
		border: unit.border,
		island: unit.island,
		classRuleSet: extra.classRuleSet,
		actual: extra.actual ?? null,
		leaderPosts: extra.leaderPosts ?? null,
		offices: extra.offices ?? null
	};
}

/** The new unit's input from the merger verdict (kind, figures and standards of the new unit). */
export function newCommuneFromMerger(
	verdict: MergerVerdict,
	extra: Partial<Omit<NewCommuneInput, 'kind' | 'figures'>> & { parentKind?: QuotaFigures['parentKind'] } = {},
	settings: StaffingSettings = STAFFING_SETTINGS
): NewCommuneInput {
	const kind = verdict.kind;
	if (kind !== 'xa' && kind !== 'phuong' && kind !== 'thi_tran')
		throw new Error(`Not a commune-level merger: ${String(kind)}`);
	const { parentKind, ...rest } = extra;
	const figures = quotaFiguresFromVerdict(verdict, settings, parentKind ?? null);
	return { ...rest, kind, figures, mountainous: rest.mountainous ?? verdict.terrain?.value === 'mountainous' };
}
