/** Sentences of the impact reasons: staff before, surplus, assumptions, leaders, offices. */
import { formatDate } from '../../format';
import type { StaffSource } from '../impact';

import { formatPoints, posts, staffSourceLabel } from './labels';
import { kindName, list, num, verifyTag, type Template } from './reason-helpers';
import { tIn } from '../../../i18n/catalogue.ts';

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
		return tIn(l, 'text.reasonsImpact.afterTheMergerP1Class', {
			p1: kindName(p.kind, l),
			p2: String(p.communeClass),
			p3: String(b.cadresCivilServants ?? '—'),
			p4: String(a.cadresCivilServants ?? '—'),
			p5: String(s.cadresCivilServants ?? '—'),
			p6: String(b.nonProfessional ?? '—'),
			p7: String(a.nonProfessional ?? '—'),
			p8: String(s.nonProfessional ?? '—')
		});
	},
	surplus_district: (p, l) =>
		tIn(l, 'text.reasonsImpact.districtLevelNoQuotaFormula', {
			p1: String(p.before ?? '—'),
			p2: String(p.surplus ?? '—'),
			p3: p.source === 'entered' ? ' (do người dùng nhập)' : ' (mặc định: tổng số trừ số của đơn vị lớn nhất)',
			p4: String(p.after ?? '—'),
			p5: p.source === 'entered' ? ' (entered)' : ' (default: sum minus the largest member)'
		}),
	surplus_exceeds_staff: (p, l) =>
		tIn(l, 'text.reasonsImpact.enteredSurplusP1ExceedsThe', { p1: num(p.surplus), p2: num(p.staff) }),
	member_staff_missing: (p, l) => tIn(l, 'text.reasonsImpact.staffOfP1UnknownNot', { p1: String(p.code) }),
	new_unit_class_unknown: (_p, l) => tIn(l, 'text.reasonsImpact.classOfTheNewUnit'),
	assumed_new_class_highest: (p, l) =>
		tIn(l, 'text.reasonsImpact.assumptionTheNewUnitIs', { p1: String(p.communeClass) }),
	assumed_new_class_estimate: (p, l) =>
		tIn(l, 'text.reasonsImpact.assumptionTheNewUnitIs2', {
			p1: String(p.communeClass),
			p2: formatPoints(num(p.points), l),
			p3: p.lowerBound ? ', mức tối thiểu' : '',
			p4: p.lowerBound ? ', a lower bound' : ''
		}),
	assumed_member_class_estimate: (p, l) =>
		tIn(l, 'text.reasonsImpact.assumptionP1IsClassP2', {
			p1: String(p.code),
			p2: String(p.communeClass),
			p3: formatPoints(num(p.points), l),
			p4: p.lowerBound ? ', mức tối thiểu' : '',
			p5: p.lowerBound ? ', a lower bound' : ''
		}),
	assumed_leader_posts: (p, l) =>
		tIn(l, 'text.reasonsImpact.assumptionP3HasP2In', {
			p1: p.newUnit ? 'đơn vị mới' : String(p.code),
			p2: posts(p.posts, l),
			p3: p.newUnit ? 'the new unit' : String(p.code)
		}),
	assumed_district_surplus: (p, l) =>
		tIn(l, 'text.reasonsImpact.assumptionSurplusTotalStaffP1', {
			p1: num(p.sum),
			p2: num(p.largest),
			p3: num(p.surplus)
		}),
	leaders_affected: (p, l) =>
		tIn(l, 'text.reasonsImpact.leadersLosingTheirPostP7', {
			p1: posts(p.affected, l),
			p2: num(p.before),
			p3: num(p.after),
			p4: num(p.months),
			p5: p.until ? ` (đến ${formatDate(String(p.until), l)})` : '',
			p6: verifyTag(p, l),
			p7: num(p.affected),
			p8: p.until ? ` (to ${formatDate(String(p.until), l)})` : ''
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
