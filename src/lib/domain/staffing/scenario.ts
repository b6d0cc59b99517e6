/**
 * Staffing of a whole scenario: from the scenario's evaluation (each group's merger verdict) and the units'
 * staffing inputs, the impact per group (quota after, surplus, leaders, offices), the five-year plan to absorb the
 * surplus, the one-off cost of leaves and the annual payroll saving, and the scenario totals. Pure function: the
 * map panel, the staffing tab, the CLI and the dossier all call it.
 */
import type { MergerVerdict } from '../rules/types.ts';
import type { ScenarioBasis, ScenarioEvaluation } from '../scenario/evaluate.ts';
import type { CommuneClass, DistrictKind, UnitKind, UnitView } from '../units.ts';
import {
	communeMemberFromUnit,
	groupStaffingImpact,
	newCommuneFromMerger,
	type GroupStaffingImpact,
	type MergerGroupStaffingInput,
	type StaffTotals,
	type OfficePlanInput
} from './impact.ts';
import {
	annualPayrollSaving,
	planLeaveCost,
	type PayrollSaving,
	type PlanLeaveCost,
	type TypicalLeave
} from './money.ts';
import type { IncrementBasis } from './quota.ts';
import { staffingPlan, type AgeBand, type StaffingPlan } from './plan.ts';
import { CLASS_RULE_SET_IDS, STAFFING_SETTINGS, type ClassRuleSetId, type StaffingSettings } from './settings.ts';
import { defaultClassRuleSet } from './class-estimate.ts';
import { both } from '../../i18n/catalogue.ts';

/** What the user enters for one group's staffing (all optional). Counts are persons per plan year (index 0 = year 1). */
export interface GroupStaffingInputs {
	newClass?: CommuneClass | null;
	otherPoints?: number | null;
	/** District mergers: surplus entered instead of the default (sum − largest member). */
	districtSurplus?: number | null;
	retirements?: (number | null)[];
	transfers?: (number | null)[];
	leaves?: (number | null)[];
	/** Staff by age band at the effective date: retirements not entered for a year are estimated from it. */
	ageProfile?: AgeBand[];
	officePlans?: OfficePlanInput[];
	termEnd?: string | null;
}

/** Scenario-wide staffing inputs. */
export interface ScenarioStaffingInputs {
	/** Date the arrangement takes effect (ISO): the 5-year deadline runs from it (NQ 35 Art. 11.3). */
	effectiveDate: string;
	/** The typical person taking a streamlining leave, for the one-off cost. */
	typicalLeave: TypicalLeave;
	/** Classification rule set of the class estimates; null/absent = the dataset's default (defaultClassRuleSet). */
	classRuleSet?: ClassRuleSetId | null;
	groups: Record<string, GroupStaffingInputs>;
}

/** Default scenario inputs: effective on the 1st of the month after `today`, a resignation after 10 years' service. */
export function defaultScenarioStaffingInputs(today: string): ScenarioStaffingInputs {
	const d = new Date(today + 'T00:00:00Z');
	const next = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1)).toISOString().slice(0, 10);
	return {
		effectiveDate: next,
		typicalLeave: { kind: 'resignation', serviceYears: 10, monthsToRetirement: 120 },
		groups: {}
	};
}

const ISO = /^\d{4}-\d{2}-\d{2}$/;
const count = (x: unknown) => x == null || (typeof x === 'number' && Number.isInteger(x) && x >= 0);

/** Problems with staffing inputs sent by a client (empty = valid). Messages in Vietnamese and English. */
export function validateStaffingInputs(raw: unknown): { vi: string; en: string }[] {
	const out: { vi: string; en: string }[] = [];
	const x = raw as Partial<ScenarioStaffingInputs> | null;
	if (!x || typeof x !== 'object') return [both('staffing.scenario.staffingInputsMissing')];
	if (!x.effectiveDate || !ISO.test(x.effectiveDate)) out.push(both('staffing.scenario.theEffectiveDateMustBe'));
	const t = x.typicalLeave;
	if (
		!t ||
		(t.kind !== 'resignation' && t.kind !== 'early_retirement') ||
		!(typeof t.serviceYears === 'number' && t.serviceYears >= 0)
	) {
		out.push(both('staffing.scenario.theTypicalLeaverIsNot'));
	}
	if (x.classRuleSet != null && !CLASS_RULE_SET_IDS.includes(x.classRuleSet))
		out.push(both('staffing.scenario.unknownClassificationRuleSet'));
	for (const [id, g] of Object.entries(x.groups ?? {})) {
		if (g.newClass != null && !['I', 'II', 'III'].includes(g.newClass))
			out.push(both('staffing.scenario.groupIdClassMustBe', { id }));
		for (const k of ['retirements', 'transfers', 'leaves'] as const) {
			const list = g[k];
			if (list != null && (!Array.isArray(list) || list.length > 10 || !list.every(count))) {
				out.push(both('staffing.scenario.groupIdYearlyCountsMust', { id }));
			}
		}
		if (
			g.ageProfile != null &&
			(!Array.isArray(g.ageProfile) ||
				!g.ageProfile.every(
					(b) =>
						b &&
						count(b.count) &&
						Number.isInteger(b.fromAge) &&
						Number.isInteger(b.toAge) &&
						b.fromAge <= b.toAge &&
						(b.sex == null || b.sex === 'male' || b.sex === 'female')
				))
		) {
			out.push(both('staffing.scenario.groupIdInvalidAgeProfile', { id }));
		}
		if (!count(g.districtSurplus) || !count(g.otherPoints))
			out.push(both('staffing.scenario.groupIdInvalidFigure', { id }));
	}
	return out;
}

/**
 * The figures of one group that every screen shows the same way (the map's group panel, the staffing tab, the
 * dossier): staff before, the norm after and the surplus, with what they are measured against. Built once per group
 * by scenarioStaffing, from the scenario's stored staffing inputs.
 */
export interface GroupSurplusSummary {
	groupId: string;
	name: string | null;
	level: 'district' | 'commune';
	/** Members the figures were computed for (a screen whose group changed since shows them as being updated). */
	memberCodes: string[];
	before: StaffTotals;
	after: StaffTotals;
	surplus: StaffTotals;
	/** Commune level: against the Decree 33/2023 norm; district level: sum − largest member, or entered. */
	surplusSource: GroupStaffingImpact['surplusSource'];
	/** Commune level: which standard the new unit's quota increments were counted on. */
	incrementBasis: IncrementBasis | null;
	/** Members whose staff came from their quota (no actual count entered). */
	membersOnQuota: number;
	/** Date the arrangement takes effect, as stored with the staffing inputs (the reference date of the figures). */
	effectiveDate: string;
}

/** The summary of one group's impact (see GroupSurplusSummary). */
export function groupSurplusSummary(
	impact: GroupStaffingImpact,
	name: string | null,
	effectiveDate: string
): GroupSurplusSummary {
	return {
		groupId: impact.id,
		name,
		level: impact.level,
		memberCodes: impact.members.map((m) => m.code),
		before: impact.before,
		after: impact.after,
		surplus: impact.surplus,
		surplusSource: impact.surplusSource,
		incrementBasis: impact.incrementBasis,
		membersOnQuota: impact.members.filter((m) => m.cadresCivilServants.source !== 'actual').length,
		effectiveDate
	};
}

export interface GroupStaffingResult {
	id: string;
	name: string | null;
	level: 'district' | 'commune';
	impact: GroupStaffingImpact;
	/** What the group panel and the staffing tab both show (one function, same inputs). */
	summary: GroupSurplusSummary;
	plan: StaffingPlan | null;
	leaveCost: PlanLeaveCost | null;
	saving: PayrollSaving;
}

export interface ScenarioStaffingResult {
	effectiveDate: string;
	/** Classification rule set of the class estimates (entered, or the dataset's default). */
	classRuleSet: ClassRuleSetId;
	/** Which standard the quota increments are counted on (Decree 33 Art. 6.2; the setting in force). */
	incrementBasis: IncrementBasis;
	groups: GroupStaffingResult[];
	totals: {
		staffBefore: number;
		quotaAfter: number;
		surplus: number;
		nonProfessionalSurplus: number;
		leadersAffected: number;
		officesBefore: number;
		officesAfter: number;
		annualSavingVnd: number;
		oneOffCostVnd: number;
		/** Sum of the groups' plans per year (persons). */
		plan: {
			year: number;
			headcount: number;
			norm: number;
			retirements: number;
			transfers: number;
			leaves: number;
			remainingSurplus: number;
		}[];
		meetsDeadline: boolean;
		/** How many members' staff came from quotas (not entered actuals). */
		membersOnQuota: number;
	};
}

/** The classification rule set a scenario's estimates use by default: Decree 307/2025 when the dataset is two-tier. */
export function scenarioClassRuleSet(basis: Pick<ScenarioBasis, 'units'>): ClassRuleSetId {
	return defaultClassRuleSet({ twoTier: ![...basis.units.values()].some((u) => u.level === 'district') });
}

const isCommuneKind = (k: UnitKind): k is 'xa' | 'phuong' | 'thi_tran' =>
	k === 'xa' || k === 'phuong' || k === 'thi_tran';

/** The staffing input of one evaluated group. */
export function groupStaffingInput(
	groupId: string,
	verdict: MergerVerdict,
	level: 'district' | 'commune',
	basis: ScenarioBasis,
	inputs: GroupStaffingInputs,
	scenario: Pick<ScenarioStaffingInputs, 'effectiveDate' | 'classRuleSet'>,
	seatCode: string | null,
	settings: StaffingSettings
): MergerGroupStaffingInput | null {
	const classRuleSet = scenario.classRuleSet ?? scenarioClassRuleSet(basis);
	const members = verdict.memberCodes.map((c) => basis.units.get(c)).filter((u): u is UnitView => !!u);
	if (members.length < 2 || !verdict.kind) return null;
	const common = {
		id: groupId,
		effectiveDate: scenario.effectiveDate,
		termEnd: inputs.termEnd ?? null,
		officePlans: inputs.officePlans ?? []
	};
	if (level === 'district') {
		return {
			...common,
			level: 'district',
			members: members.map((u) => ({
				code: u.code,
				name: u.name,
				kind: u.kind as DistrictKind,
				staff: u.staffActual ?? null,
				leaderPosts: u.leaders ?? null,
				offices: u.offices ?? null
			})),
			newUnit: {
				code: verdict.keptCode,
				name: verdict.name.chosen ?? verdict.name.default,
				kind: verdict.kind as DistrictKind,
				surplus: inputs.districtSurplus ?? null,
				seatMemberCode: seatCode
			}
		};
	}
	if (!isCommuneKind(verdict.kind) || members.some((u) => !isCommuneKind(u.kind))) return null;
	const parentKind = (u: UnitView) => (u.parentCode ? basis.units.get(u.parentCode)?.kind : undefined);
	return {
		...common,
		level: 'commune',
		members: members.map((u) =>
			communeMemberFromUnit(
				u,
				verdict.memberVerdicts[u.code] ?? basis.verdicts.get(u.code)!,
				{
					actual: { cadresCivilServants: u.staffActual ?? null, nonProfessional: u.nonprofessionalActual ?? null },
					leaderPosts: u.leaders ?? null,
					offices: u.offices ?? null,
					classRuleSet,
					parentKind: parentKind(u) as never
				},
				settings
			)
		),
		newUnit: newCommuneFromMerger(
			verdict,
			{
				code: verdict.keptCode,
				name: verdict.name.chosen ?? verdict.name.default,
				communeClass: inputs.newClass ?? null,
				otherPoints: inputs.otherPoints ?? null,
				seatMemberCode: seatCode,
				// An island unit merged with island units stays an island unit (class estimate, NQ 1211 Art. 21).
				island: members.every((u) => u.island),
				classRuleSet,
				parentKind: parentKind(members[0]) as never
			},
			settings
		)
	};
}

/** Staffing impact, plan, cost and saving of every group of an evaluated scenario, and the totals. */
export function scenarioStaffing(
	evaluation: ScenarioEvaluation,
	basis: ScenarioBasis,
	inputs: ScenarioStaffingInputs,
	seats: Record<string, string | null> = {},
	settings: StaffingSettings = STAFFING_SETTINGS
): ScenarioStaffingResult {
	const groups: GroupStaffingResult[] = [];
	for (const g of evaluation.groups) {
		const gi = inputs.groups[g.id] ?? {};
		const input = groupStaffingInput(
			g.id,
			g.verdict,
			g.level,
			basis,
			gi,
			inputs,
			seats[g.id] ?? g.seatCode ?? null,
			settings
		);
		if (!input) continue;
		const impact = groupStaffingImpact(input, settings);
		const headcount = impact.before.cadresCivilServants;
		const norm = impact.after.cadresCivilServants;
		const plan =
			headcount != null && norm != null
				? staffingPlan(
						{
							effectiveDate: inputs.effectiveDate,
							headcount,
							norm,
							retirements: gi.retirements,
							ageProfile: gi.ageProfile,
							transfers: gi.transfers,
							leaves: gi.leaves
						},
						settings
					)
				: null;
		const leaveCost = plan ? planLeaveCost(plan, inputs.typicalLeave, settings) : null;
		const saving = annualPayrollSaving(
			{
				cadresCivilServants: impact.surplus.cadresCivilServants ?? 0,
				nonProfessional: impact.surplus.nonProfessional ?? 0
			},
			settings
		);
		groups.push({
			id: g.id,
			name: g.name,
			level: g.level,
			impact,
			summary: groupSurplusSummary(impact, g.name, inputs.effectiveDate),
			plan,
			leaveCost,
			saving
		});
	}
	const sum = (f: (r: GroupStaffingResult) => number | null | undefined) => groups.reduce((s, r) => s + (f(r) ?? 0), 0);
	const years = Math.max(0, ...groups.map((r) => r.plan?.years.length ?? 0));
	const plan = Array.from({ length: years }, (_, i) => ({
		year: i + 1,
		headcount: sum((r) => r.plan?.years[i]?.headcount ?? r.plan?.norm),
		norm: sum((r) => r.plan?.norm),
		retirements: sum((r) => r.plan?.years[i]?.retirements),
		transfers: sum((r) => r.plan?.years[i]?.transfers),
		leaves: sum((r) => r.plan?.years[i]?.leaves),
		remainingSurplus: sum((r) => r.plan?.years[i]?.remainingSurplus)
	}));
	return {
		effectiveDate: inputs.effectiveDate,
		classRuleSet: inputs.classRuleSet ?? scenarioClassRuleSet(basis),
		incrementBasis: settings.increment.againstReducedStandard.value ? 'reduced' : 'normal',
		groups,
		totals: {
			staffBefore: sum((r) => r.impact.before.cadresCivilServants),
			quotaAfter: sum((r) => r.impact.after.cadresCivilServants),
			surplus: sum((r) => r.impact.surplus.cadresCivilServants),
			nonProfessionalSurplus: sum((r) => r.impact.surplus.nonProfessional),
			leadersAffected: sum((r) => r.impact.leaders.affected),
			officesBefore: sum((r) => r.impact.offices.before),
			officesAfter: sum((r) => r.impact.offices.after),
			annualSavingVnd: sum((r) => r.saving.totalVnd),
			oneOffCostVnd: sum((r) => r.leaveCost?.totalVnd),
			plan,
			meetsDeadline: groups.every((r) => !r.plan || r.plan.meetsDeadline),
			membersOnQuota: groups.reduce(
				(n, r) => n + r.impact.members.filter((m) => m.cadresCivilServants.source !== 'actual').length,
				0
			)
		}
	};
}
