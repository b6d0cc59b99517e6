/**
 * Commune level (Decree 33/2023): staff before = each member's actual counts where entered, else its quota (the
 * source kept per member and per category); staff after = the quota of the new unit, whose class is an input and
 * otherwise the highest class among the members (an assumption, labelled), else an estimate; surplus = before − after,
 * for cadres and civil servants and for non-professional workers separately, against the Decree 33 norm.
 */
import type { CommuneClass } from '../../units';
import type { Reason } from '../../rules/types';
import type { StaffingSettings } from '../settings';
import { SPEC_6 } from '../settings';
import { communeQuota } from '../quota';
import type { ClassEstimate } from '../class-estimate';
import { estimateCommuneClass } from '../class-estimate';
import { entered, highestClass, leadersOf, newUnitLeaderPosts, officesOf, reason, sumOrNull } from './common';
import type {
	CommuneGroupInput,
	CommuneMemberInput,
	GroupStaffingImpact,
	MemberStaffing,
	StaffFigure,
	StaffTotals
} from './types';

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

export function communeGroup(g: CommuneGroupInput, settings: StaffingSettings): GroupStaffingImpact {
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

	const leaders = leadersOf(
		members.map((m) => m.leaderPosts.value),
		newUnitLeaderPosts(
			nu.leaderPosts,
			settings.leaders.defaultCommune[cls ?? 'III'],
			{ code: nu.code ?? null, communeClass: cls },
			assumptions
		),
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
