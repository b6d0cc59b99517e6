/**
 * District level: there is no quota formula; staff counts are inputs, and the default surplus is the sum of the
 * members' staff minus the largest member's staff (the largest apparatus absorbs the others), editable.
 */
import type { Reason } from '../../rules/types';
import type { StaffingSettings } from '../settings';
import { SPEC_6 } from '../settings';
import { entered, leadersOf, newUnitLeaderPosts, officesOf, reason } from './common';
import type { DistrictGroupInput, GroupStaffingImpact, MemberStaffing } from './types';

/** Default surplus of a district merger: sum of the members' staff − the largest member's staff (posts). */
export function defaultDistrictSurplus(staff: number[]): number {
	if (!staff.length) return 0;
	return staff.reduce((s, x) => s + x, 0) - Math.max(...staff);
}

export function districtGroup(g: DistrictGroupInput, settings: StaffingSettings): GroupStaffingImpact {
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

	const leaders = leadersOf(
		members.map((m) => m.leaderPosts.value),
		newUnitLeaderPosts(g.newUnit.leaderPosts, defaultLeaders, { code: g.newUnit.code ?? null }, assumptions),
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
