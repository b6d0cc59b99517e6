/** Sentences of the impact reasons: staff before, surplus, assumptions, leaders, offices. */
import { formatDate } from '../../format';
import type { Lang } from '../../messages';
import type { StaffSource } from '../impact';

import { formatPoints, posts, staffSourceLabel } from './labels';
import { kindName, list, num, verifyTag, type Template } from './reason-helpers';
import { tIn } from '../../../i18n/catalogue.ts';

/** ', a lower bound' after estimated points that are a lower bound. */
const lowerBound = (p: Record<string, unknown>, l: Lang) =>
	p.lowerBound ? tIn(l, 'text.reasonsImpact.lowerBound') : '';

export const IMPACT_TEMPLATES: Record<string, Template> = {
	// --- impact ---
	staff_before_sources: (p, l) => {
		const ms = (Array.isArray(p.members) ? p.members : []) as {
			code: string;
			cadresCivilServants: StaffSource;
			nonProfessional: StaffSource;
		}[];
		const parts = ms.map((m) => `${m.code}: ${staffSourceLabel(m.cadresCivilServants, l)}`);
		return tIn(l, 'text.reasonsImpact.staffBeforePerMemberP1', { p1: parts.join('; ') });
	},
	surplus_commune: (p, l) => {
		const b = p.before as { cadresCivilServants: number | null; nonProfessional: number | null };
		const a = p.after as typeof b;
		const s = p.surplus as typeof b;
		return tIn(l, 'text.reasonsImpact.afterTheMerger', {
			kind: kindName(p.kind, l),
			communeClass: String(p.communeClass),
			cadresBefore: String(b.cadresCivilServants ?? '—'),
			cadresQuota: String(a.cadresCivilServants ?? '—'),
			cadresSurplus: String(s.cadresCivilServants ?? '—'),
			nonProBefore: String(b.nonProfessional ?? '—'),
			nonProQuota: String(a.nonProfessional ?? '—'),
			nonProSurplus: String(s.nonProfessional ?? '—')
		});
	},
	surplus_district: (p, l) =>
		tIn(l, 'text.reasonsImpact.districtLevelNoQuotaFormula', {
			before: String(p.before ?? '—'),
			surplus: String(p.surplus ?? '—'),
			source: tIn(
				l,
				p.source === 'entered' ? 'text.reasonsImpact.surplusEntered' : 'text.reasonsImpact.surplusDefault'
			),
			after: String(p.after ?? '—')
		}),
	surplus_exceeds_staff: (p, l) =>
		tIn(l, 'text.reasonsImpact.enteredSurplusP1ExceedsThe', { p1: num(p.surplus), p2: num(p.staff) }),
	member_staff_missing: (p, l) => tIn(l, 'text.reasonsImpact.staffOfP1UnknownNot', { p1: String(p.code) }),
	new_unit_class_unknown: (_p, l) => tIn(l, 'text.reasonsImpact.classOfTheNewUnit'),
	assumed_new_class_highest: (p, l) =>
		tIn(l, 'text.reasonsImpact.assumptionTheNewUnitIs', { p1: String(p.communeClass) }),
	assumed_new_class_estimate: (p, l) =>
		tIn(l, 'text.reasonsImpact.assumptionNewUnitClassEstimated', {
			communeClass: String(p.communeClass),
			points: formatPoints(num(p.points), l),
			lowerBound: lowerBound(p, l)
		}),
	assumed_member_class_estimate: (p, l) =>
		tIn(l, 'text.reasonsImpact.assumptionMemberClassEstimated', {
			code: String(p.code),
			communeClass: String(p.communeClass),
			points: formatPoints(num(p.points), l),
			lowerBound: lowerBound(p, l)
		}),
	assumed_leader_posts: (p, l) =>
		tIn(l, 'text.reasonsImpact.assumptionLeaderPosts', {
			unit: p.newUnit ? tIn(l, 'text.reasonsImpact.theNewUnit') : String(p.code),
			posts: posts(p.posts, l)
		}),
	assumed_district_surplus: (p, l) =>
		tIn(l, 'text.reasonsImpact.assumptionSurplusTotalStaffP1', {
			p1: num(p.sum),
			p2: num(p.largest),
			p3: num(p.surplus)
		}),
	leaders_affected: (p, l) =>
		tIn(l, 'text.reasonsImpact.leadersLosingTheirPost', {
			posts: posts(p.affected, l),
			count: num(p.affected),
			before: num(p.before),
			after: num(p.after),
			months: num(p.months),
			until: p.until ? tIn(l, 'text.reasonsImpact.untilDate', { date: formatDate(String(p.until), l) }) : '',
			verify: verifyTag(p, l)
		}),
	offices_surplus: (p, l) =>
		tIn(l, 'text.reasonsImpact.officesP1BeforeP2After', { p1: num(p.before), p2: num(p.after), p3: num(p.surplus) }),
	assumed_offices_after: (p, l) => tIn(l, 'text.reasonsImpact.assumptionTheNewUnitKeeps', { p1: num(p.offices) }),
	assumed_office_target_date: (p, l) =>
		tIn(l, 'text.reasonsImpact.assumptionSurplusOfficesSettledWithin', {
			p1: num(p.years),
			p2: p.date ? ` (${formatDate(String(p.date), l)})` : ''
		}),
	office_use_missing: (p, l) => tIn(l, 'text.reasonsImpact.noPlannedUseYetFor', { p1: list(p.officeIds) }),
	office_use_unknown: (p, l) =>
		tIn(l, 'text.reasonsImpact.unknownUseForP1P2', { p1: String(p.officeId), p2: String(p.use) }),
	office_target_date_invalid: (p, l) =>
		tIn(l, 'text.reasonsImpact.invalidTargetDateForP1', { p1: String(p.officeId), p2: String(p.value) }),
	office_plan_unknown_office: (p, l) => tIn(l, 'text.reasonsImpact.planForAnOfficeThat', { p1: String(p.officeId) }),
	seat_not_member: (p, l) => tIn(l, 'text.reasonsImpact.chosenSeatP1IsNot', { p1: String(p.code) })
};
