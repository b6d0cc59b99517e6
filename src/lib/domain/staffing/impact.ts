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
 * Counts are posts (persons); dates are ISO.
 */
import type { CommuneClass, CommuneKind, DistrictKind, UnitRecord } from '../units';
import type { Citation, MergerVerdict, Reason, UnitVerdict } from '../rules/types';
import type { ClassRuleSetId, StaffingSettings } from './settings';
import { SPEC_6, STAFFING_SETTINGS } from './settings';
import type { CommuneQuota, IncrementBasis, QuotaFigures } from './quota';
import { communeQuota, quotaFiguresFromVerdict } from './quota';
import type { ClassEstimate } from './class-estimate';
import { estimateCommuneClass } from './class-estimate';
import { addYears, isIsoDate } from './plan';
import { salaryRetentionMonths } from './money';

// ---------------------------------------------------------------------------------------------------------------
// Inputs
// ---------------------------------------------------------------------------------------------------------------

/** Staff counts entered for a unit (posts filled). null/undefined = not entered. */
export interface ActualStaff {
	cadresCivilServants?: number | null;
	nonProfessional?: number | null;
}

/** One commune-level member of a merger group. */
export interface CommuneMemberInput {
	code: string;
	name?: string | null;
	kind: CommuneKind;
	/** Class of record (input); null → estimated from the NQ 1211 scoring (labelled). */
	communeClass: CommuneClass | null;
	figures: QuotaFigures;
	/** For the class estimate: mountainous/highland xã, national land border, island unit. */
	mountainous?: boolean;
	border?: boolean;
	island?: boolean;
	/** Classification rule set of the class estimate (default NQ 1211/2016). */
	classRuleSet?: ClassRuleSetId;
	actual?: ActualStaff | null;
	/** Leader posts (chair and vice-chairs); default by class (setting). */
	leaderPosts?: number | null;
	/** Offices (trụ sở) of the unit; default 1. */
	offices?: number | null;
}

/** The new commune-level unit of a merger group. */
export interface NewCommuneInput {
	code?: string | null;
	name?: string | null;
	kind: CommuneKind;
	/** Class of the new unit (input); default: the highest class among the members. */
	communeClass?: CommuneClass | null;
	figures: QuotaFigures;
	mountainous?: boolean;
	border?: boolean;
	island?: boolean;
	/** Classification rule set of the class estimate (default NQ 1211/2016). */
	classRuleSet?: ClassRuleSetId;
	otherPoints?: number | null;
	leaderPosts?: number | null;
	/** Offices kept after the merger; default 1. */
	offices?: number | null;
	/** Member whose seat becomes the new unit's seat. */
	seatMemberCode?: string | null;
}

/** Planned use of a surplus office. */
export type OfficeUse = 'other_agency' | 'health_education_culture' | 'disposal';
export const OFFICE_USES: readonly OfficeUse[] = ['other_agency', 'health_education_culture', 'disposal'];

/** The user's plan for one surplus office (by its id, e.g. "00001#1"). */
export interface OfficePlanInput {
	officeId: string;
	use?: OfficeUse | null;
	targetDate?: string | null;
	note?: string | null;
}

interface GroupCommon {
	id: string;
	/** Date the arrangement takes effect (ISO): leaders' retention, office target dates. */
	effectiveDate?: string | null;
	/** End of the current term of office (ISO), for the leaders' salary retention. */
	termEnd?: string | null;
	officePlans?: OfficePlanInput[];
}

export interface CommuneGroupInput extends GroupCommon {
	level: 'commune';
	members: CommuneMemberInput[];
	newUnit: NewCommuneInput;
}

export interface DistrictMemberInput {
	code: string;
	name?: string | null;
	kind: DistrictKind;
	/** Actual staff (posts filled): the only figure at district level. */
	staff: number | null;
	leaderPosts?: number | null;
	offices?: number | null;
}

export interface DistrictGroupInput extends GroupCommon {
	level: 'district';
	members: DistrictMemberInput[];
	newUnit: {
		code?: string | null;
		name?: string | null;
		kind: DistrictKind;
		/** Surplus entered by the user (posts); default: sum − largest member. */
		surplus?: number | null;
		leaderPosts?: number | null;
		offices?: number | null;
		seatMemberCode?: string | null;
	};
}

export type MergerGroupStaffingInput = CommuneGroupInput | DistrictGroupInput;

// ---------------------------------------------------------------------------------------------------------------
// Results
// ---------------------------------------------------------------------------------------------------------------

/** Where a staff figure comes from. */
export type StaffSource = 'actual' | 'quota' | 'missing';

export interface StaffFigure {
	value: number | null; // posts
	source: StaffSource;
}

/** Cadres and civil servants, and non-professional workers (null at district level or when unknown). */
export interface StaffTotals {
	cadresCivilServants: number | null;
	nonProfessional: number | null;
}

export interface MemberStaffing {
	code: string;
	name: string | null;
	kind: CommuneKind | DistrictKind;
	communeClass: CommuneClass | null;
	classSource: 'input' | 'estimate' | null;
	classEstimate: ClassEstimate | null;
	quota: CommuneQuota | null;
	cadresCivilServants: StaffFigure;
	nonProfessional: StaffFigure;
	leaderPosts: { value: number; source: 'input' | 'default' };
	offices: number;
}

export interface SurplusOffice {
	id: string;
	/** Member whose office it was; null when the seat is not chosen yet. */
	memberCode: string | null;
	use: OfficeUse | null;
	targetDate: string | null;
	targetDateSource: 'entered' | 'default' | null;
	note: string | null;
}

export interface GroupStaffingImpact {
	id: string;
	level: 'commune' | 'district';
	members: MemberStaffing[];
	newUnit: {
		code: string | null;
		name: string | null;
		kind: CommuneKind | DistrictKind;
		communeClass: CommuneClass | null;
		classSource: 'input' | 'highest_member' | 'estimate' | null;
		classEstimate: ClassEstimate | null;
		quota: CommuneQuota | null;
	};
	/** Staff of the members (posts). */
	before: StaffTotals;
	/** The norm after the merger: quota of the new unit (commune) or before − surplus (district). */
	after: StaffTotals;
	/** Posts above the norm (≥ 0). */
	surplus: StaffTotals;
	/** Posts the norm leaves unfilled (the new quota exceeds the staff), ≥ 0. */
	vacancies: StaffTotals;
	surplusSource: 'quota' | 'district_default' | 'entered';
	/**
	 * Commune level: which standard the new unit's quota increments were counted on (Decree 33 Art. 6.2; domain.md
	 * §6: the normal one unless the reduced-standard setting is on). null at district level (no quota formula).
	 */
	incrementBasis: IncrementBasis | null;
	leaders: {
		before: number;
		after: number;
		/** Leaders who lose their post. */
		affected: number;
		retention: { months: number; until: string | null; minMonths: number; clause: Citation; verified: boolean };
	};
	offices: { before: number; after: number; surplus: number; items: SurplusOffice[] };
	/** Assumptions made for missing inputs (labelled in the UI and the dossier). */
	assumptions: Reason[];
	reasons: Reason[];
	warnings: Reason[];
}

const reason = (code: string, params: Record<string, unknown> = {}, clause?: Citation): Reason =>
	clause ? { code, params, clause } : { code, params };

const CLASS_RANK: Record<CommuneClass, number> = { I: 1, II: 2, III: 3 };

/** The highest class (I above II above III) among those given, or null. */
export function highestClass(classes: (CommuneClass | null | undefined)[]): CommuneClass | null {
	let best: CommuneClass | null = null;
	for (const c of classes) if (c && (!best || CLASS_RANK[c] < CLASS_RANK[best])) best = c;
	return best;
}

/** A count entered by the user: a finite number ≥ 0 (floored to whole posts), else null. */
function entered(x: number | null | undefined): number | null {
	return x != null && Number.isFinite(x) && x >= 0 ? Math.floor(x) : null;
}

const sumOrNull = (xs: (number | null)[]): number | null =>
	xs.some((x) => x == null) ? null : xs.reduce<number>((s, x) => s + (x as number), 0);

// ---------------------------------------------------------------------------------------------------------------
// Leaders and offices (shared by both levels)
// ---------------------------------------------------------------------------------------------------------------

function leadersOf(
	beforeList: number[],
	after: number,
	group: GroupCommon,
	settings: StaffingSettings,
	reasons: Reason[]
): GroupStaffingImpact['leaders'] {
	const before = beforeList.reduce((s, x) => s + x, 0);
	const affected = Math.max(0, before - after);
	const retention =
		group.effectiveDate && isIsoDate(group.effectiveDate)
			? salaryRetentionMonths(
					group.effectiveDate,
					group.termEnd && isIsoDate(group.termEnd) ? group.termEnd : null,
					settings
				)
			: {
					months: settings.leaders.salaryRetentionMinMonths.value,
					until: null,
					minMonths: settings.leaders.salaryRetentionMinMonths.value,
					clause: settings.leaders.salaryRetentionMinMonths.citation,
					verified: settings.leaders.salaryRetentionMinMonths.verified
				};
	if (affected > 0)
		reasons.push(
			reason(
				'leaders_affected',
				{ before, after, affected, months: retention.months, until: retention.until, verified: retention.verified },
				retention.clause
			)
		);
	return { before, after, affected, retention };
}

function officesOf(
	members: { code: string; offices: number }[],
	afterInput: number | null | undefined,
	seatMemberCode: string | null | undefined,
	group: GroupCommon,
	settings: StaffingSettings,
	reasons: Reason[],
	warnings: Reason[],
	assumptions: Reason[]
): GroupStaffingImpact['offices'] {
	const before = members.reduce((s, m) => s + m.offices, 0);
	const after = entered(afterInput) ?? 1;
	if (entered(afterInput) == null) assumptions.push(reason('assumed_offices_after', { offices: 1 }, SPEC_6));
	const surplusCount = Math.max(0, before - after);
	const seat = seatMemberCode && members.some((m) => m.code === seatMemberCode) ? seatMemberCode : null;
	if (seatMemberCode && !seat) warnings.push(reason('seat_not_member', { code: seatMemberCode }));

	// Which offices stay: the seat member's first, then in member order; the rest are surplus. Without a chosen
	// seat the surplus offices are not tied to a member yet.
	const ids: { id: string; memberCode: string | null }[] = [];
	if (seat) {
		const ordered = [...members.filter((m) => m.code === seat), ...members.filter((m) => m.code !== seat)];
		const all: { id: string; memberCode: string }[] = [];
		for (const m of ordered)
			for (let i = 1; i <= m.offices; i++) all.push({ id: `${m.code}#${i}`, memberCode: m.code });
		ids.push(...all.slice(after));
	} else {
		for (let i = 1; i <= surplusCount; i++) ids.push({ id: `${group.id}#${i}`, memberCode: null });
	}

	const plans = new Map((group.officePlans ?? []).map((p) => [p.officeId, p]));
	const targetYears = settings.offices.targetYears;
	const defaultDate =
		group.effectiveDate && isIsoDate(group.effectiveDate) ? addYears(group.effectiveDate, targetYears.value) : null;
	const items: SurplusOffice[] = ids.map(({ id, memberCode }) => {
		const p = plans.get(id);
		const use = p?.use && OFFICE_USES.includes(p.use) ? p.use : null;
		if (p?.use && !use) warnings.push(reason('office_use_unknown', { officeId: id, use: p.use }));
		const enteredDate = p?.targetDate && isIsoDate(p.targetDate) ? p.targetDate : null;
		if (p?.targetDate && !enteredDate)
			warnings.push(reason('office_target_date_invalid', { officeId: id, value: p.targetDate }));
		return {
			id,
			memberCode,
			use,
			targetDate: enteredDate ?? defaultDate,
			targetDateSource: enteredDate ? 'entered' : defaultDate ? 'default' : null,
			note: p?.note ?? null
		};
	});
	for (const pid of plans.keys())
		if (!ids.some((x) => x.id === pid)) warnings.push(reason('office_plan_unknown_office', { officeId: pid }));
	if (surplusCount > 0) reasons.push(reason('offices_surplus', { before, after, surplus: surplusCount }, SPEC_6));
	const unplanned = items.filter((i) => !i.use).map((i) => i.id);
	if (unplanned.length) warnings.push(reason('office_use_missing', { officeIds: unplanned }));
	if (items.some((i) => i.targetDateSource === 'default'))
		assumptions.push(
			reason('assumed_office_target_date', { years: targetYears.value, date: defaultDate }, targetYears.citation)
		);
	return { before, after, surplus: surplusCount, items };
}

// ---------------------------------------------------------------------------------------------------------------
// Commune level
// ---------------------------------------------------------------------------------------------------------------

function communeMember(
	m: CommuneMemberInput,
	settings: StaffingSettings,
	assumptions: Reason[],
	warnings: Reason[]
): MemberStaffing {
	let cls: CommuneClass | null = m.communeClass;
	let classSource: MemberStaffing['classSource'] = cls ? 'input' : null;
	let classEstimate: ClassEstimate | null = null;
	const actualCs = entered(m.actual?.cadresCivilServants);
	const actualNp = entered(m.actual?.nonProfessional);
	if (!cls) {
		classEstimate = estimateCommuneClass(
			m.kind,
			{
				population: m.figures.population,
				areaKm2: m.figures.areaKm2,
				mountainous: m.mountainous,
				border: m.border,
				island: m.island,
				ruleSet: m.classRuleSet
			},
			settings
		);
		if (classEstimate.communeClass) {
			cls = classEstimate.communeClass;
			classSource = 'estimate';
			assumptions.push(
				reason('assumed_member_class_estimate', {
					code: m.code,
					communeClass: cls,
					points: classEstimate.points,
					lowerBound: classEstimate.lowerBound
				})
			);
		}
	}
	const quota = cls ? communeQuota(m.kind, cls, m.figures, settings) : null;
	const cadresCivilServants: StaffFigure =
		actualCs != null
			? { value: actualCs, source: 'actual' }
			: quota
				? { value: quota.total, source: 'quota' }
				: { value: null, source: 'missing' };
	const nonProfessional: StaffFigure =
		actualNp != null
			? { value: actualNp, source: 'actual' }
			: quota
				? { value: quota.nonProfessional, source: 'quota' }
				: { value: null, source: 'missing' };
	if (cadresCivilServants.source === 'missing' || nonProfessional.source === 'missing')
		warnings.push(reason('member_staff_missing', { code: m.code }));
	const leaderInput = entered(m.leaderPosts);
	const defaultLeaders = settings.leaders.defaultCommune[cls ?? 'III'];
	if (leaderInput == null)
		assumptions.push(
			reason(
				'assumed_leader_posts',
				{ code: m.code, posts: defaultLeaders.value, communeClass: cls },
				defaultLeaders.citation
			)
		);
	return {
		code: m.code,
		name: m.name ?? null,
		kind: m.kind,
		communeClass: cls,
		classSource,
		classEstimate,
		quota,
		cadresCivilServants,
		nonProfessional,
		leaderPosts:
			leaderInput != null
				? { value: leaderInput, source: 'input' }
				: { value: defaultLeaders.value, source: 'default' },
		offices: entered(m.offices) ?? 1
	};
}

function communeGroup(g: CommuneGroupInput, settings: StaffingSettings): GroupStaffingImpact {
	const assumptions: Reason[] = [];
	const reasons: Reason[] = [];
	const warnings: Reason[] = [];
	const members = g.members.map((m) => communeMember(m, settings, assumptions, warnings));
	const sources = members.map((m) => ({
		code: m.code,
		cadresCivilServants: m.cadresCivilServants.source,
		nonProfessional: m.nonProfessional.source
	}));
	reasons.push(reason('staff_before_sources', { members: sources }));

	// --- Class of the new unit: input, else the highest among the members (assumption), else an estimate. ---------
	const nu = g.newUnit;
	let cls: CommuneClass | null = nu.communeClass ?? null;
	let classSource: GroupStaffingImpact['newUnit']['classSource'] = cls ? 'input' : null;
	let classEstimate: ClassEstimate | null = null;
	if (!cls) {
		cls = highestClass(members.map((m) => m.communeClass));
		if (cls) {
			classSource = 'highest_member';
			assumptions.push(
				reason(
					'assumed_new_class_highest',
					{
						communeClass: cls,
						memberClasses: members.map((m) => ({ code: m.code, communeClass: m.communeClass, source: m.classSource }))
					},
					SPEC_6
				)
			);
		}
	}
	if (!cls || classSource !== 'input') {
		// Offered beside the assumed class, and used when no member class is known.
		classEstimate = estimateCommuneClass(
			nu.kind,
			{
				population: nu.figures.population,
				areaKm2: nu.figures.areaKm2,
				mountainous: nu.mountainous,
				border: nu.border,
				island: nu.island,
				ruleSet: nu.classRuleSet,
				otherPoints: nu.otherPoints
			},
			settings
		);
		if (!cls && classEstimate.communeClass) {
			cls = classEstimate.communeClass;
			classSource = 'estimate';
			assumptions.push(
				reason('assumed_new_class_estimate', {
					communeClass: cls,
					points: classEstimate.points,
					lowerBound: classEstimate.lowerBound
				})
			);
		}
	}
	const quota = cls ? communeQuota(nu.kind, cls, nu.figures, settings) : null;
	if (!quota) warnings.push(reason('new_unit_class_unknown', {}));

	const before: StaffTotals = {
		cadresCivilServants: sumOrNull(members.map((m) => m.cadresCivilServants.value)),
		nonProfessional: sumOrNull(members.map((m) => m.nonProfessional.value))
	};
	const after: StaffTotals = {
		cadresCivilServants: quota?.total ?? null,
		nonProfessional: quota?.nonProfessional ?? null
	};
	const diff = (a: number | null, b: number | null) => (a == null || b == null ? null : a - b);
	const dCs = diff(before.cadresCivilServants, after.cadresCivilServants);
	const dNp = diff(before.nonProfessional, after.nonProfessional);
	const surplus: StaffTotals = {
		cadresCivilServants: dCs == null ? null : Math.max(0, dCs),
		nonProfessional: dNp == null ? null : Math.max(0, dNp)
	};
	const vacancies: StaffTotals = {
		cadresCivilServants: dCs == null ? null : Math.max(0, -dCs),
		nonProfessional: dNp == null ? null : Math.max(0, -dNp)
	};
	if (quota) {
		reasons.push(
			reason(
				'surplus_commune',
				{ before, after, surplus, kind: nu.kind, communeClass: cls, classSource },
				settings.quota.cadres[nu.kind][cls as CommuneClass].citation
			)
		);
	}

	const leaderInput = entered(nu.leaderPosts);
	const defaultAfter = settings.leaders.defaultCommune[cls ?? 'III'];
	if (leaderInput == null)
		assumptions.push(
			reason(
				'assumed_leader_posts',
				{ code: nu.code ?? null, posts: defaultAfter.value, communeClass: cls, newUnit: true },
				defaultAfter.citation
			)
		);
	const leaders = leadersOf(
		members.map((m) => m.leaderPosts.value),
		leaderInput ?? defaultAfter.value,
		g,
		settings,
		reasons
	);
	const offices = officesOf(members, nu.offices, nu.seatMemberCode, g, settings, reasons, warnings, assumptions);

	return {
		id: g.id,
		level: 'commune',
		members,
		newUnit: {
			code: nu.code ?? null,
			name: nu.name ?? null,
			kind: nu.kind,
			communeClass: cls,
			classSource,
			classEstimate,
			quota
		},
		before,
		after,
		surplus,
		vacancies,
		surplusSource: 'quota',
		incrementBasis: quota?.incrementBasis ?? nu.figures.standardBasis ?? 'normal',
		leaders,
		offices,
		assumptions,
		reasons,
		warnings
	};
}

// ---------------------------------------------------------------------------------------------------------------
// District level
// ---------------------------------------------------------------------------------------------------------------

/** Default surplus of a district merger: sum of the members' staff − the largest member's staff (posts). */
export function defaultDistrictSurplus(staff: number[]): number {
	if (!staff.length) return 0;
	return staff.reduce((s, x) => s + x, 0) - Math.max(...staff);
}

function districtGroup(g: DistrictGroupInput, settings: StaffingSettings): GroupStaffingImpact {
	const assumptions: Reason[] = [];
	const reasons: Reason[] = [];
	const warnings: Reason[] = [];
	const defaultLeaders = settings.leaders.defaultDistrict;
	const members: MemberStaffing[] = g.members.map((m) => {
		const staff = entered(m.staff);
		if (staff == null) warnings.push(reason('member_staff_missing', { code: m.code }));
		const leaderInput = entered(m.leaderPosts);
		if (leaderInput == null)
			assumptions.push(
				reason('assumed_leader_posts', { code: m.code, posts: defaultLeaders.value }, defaultLeaders.citation)
			);
		return {
			code: m.code,
			name: m.name ?? null,
			kind: m.kind,
			communeClass: null,
			classSource: null,
			classEstimate: null,
			quota: null,
			cadresCivilServants: staff != null ? { value: staff, source: 'actual' } : { value: null, source: 'missing' },
			nonProfessional: { value: null, source: 'missing' },
			leaderPosts:
				leaderInput != null
					? { value: leaderInput, source: 'input' }
					: { value: defaultLeaders.value, source: 'default' },
			offices: entered(m.offices) ?? 1
		};
	});
	const staff = members.map((m) => m.cadresCivilServants.value);
	const known = staff.every((x) => x != null);
	const beforeCs = known ? (staff as number[]).reduce((s, x) => s + x, 0) : null;
	const enteredSurplus = entered(g.newUnit.surplus);
	let surplusCs: number | null;
	let surplusSource: GroupStaffingImpact['surplusSource'];
	if (enteredSurplus != null) {
		surplusCs = beforeCs == null ? enteredSurplus : Math.min(enteredSurplus, beforeCs);
		surplusSource = 'entered';
		if (beforeCs != null && enteredSurplus > beforeCs)
			warnings.push(reason('surplus_exceeds_staff', { surplus: enteredSurplus, staff: beforeCs }));
	} else {
		surplusCs = known ? defaultDistrictSurplus(staff as number[]) : null;
		surplusSource = 'district_default';
		if (known)
			assumptions.push(
				reason(
					'assumed_district_surplus',
					{ sum: beforeCs, largest: Math.max(...(staff as number[])), surplus: surplusCs },
					SPEC_6
				)
			);
	}
	const afterCs = beforeCs != null && surplusCs != null ? beforeCs - surplusCs : null;
	reasons.push(
		reason('surplus_district', { before: beforeCs, after: afterCs, surplus: surplusCs, source: surplusSource }, SPEC_6)
	);

	const leaderInput = entered(g.newUnit.leaderPosts);
	if (leaderInput == null)
		assumptions.push(
			reason(
				'assumed_leader_posts',
				{ code: g.newUnit.code ?? null, posts: defaultLeaders.value, newUnit: true },
				defaultLeaders.citation
			)
		);
	const leaders = leadersOf(
		members.map((m) => m.leaderPosts.value),
		leaderInput ?? defaultLeaders.value,
		g,
		settings,
		reasons
	);
	const offices = officesOf(
		members,
		g.newUnit.offices,
		g.newUnit.seatMemberCode,
		g,
		settings,
		reasons,
		warnings,
		assumptions
	);
	return {
		id: g.id,
		level: 'district',
		members,
		newUnit: {
			code: g.newUnit.code ?? null,
			name: g.newUnit.name ?? null,
			kind: g.newUnit.kind,
			communeClass: null,
			classSource: null,
			classEstimate: null,
			quota: null
		},
		before: { cadresCivilServants: beforeCs, nonProfessional: null },
		after: { cadresCivilServants: afterCs, nonProfessional: null },
		surplus: { cadresCivilServants: surplusCs, nonProfessional: null },
		vacancies: { cadresCivilServants: surplusCs == null ? null : 0, nonProfessional: null },
		surplusSource,
		incrementBasis: null,
		leaders,
		offices,
		assumptions,
		reasons,
		warnings
	};
}

// ---------------------------------------------------------------------------------------------------------------
// Public API
// ---------------------------------------------------------------------------------------------------------------

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
