/**
 * Pieces shared by the commune and district computations: reasons, entered counts, the highest class, and the
 * leaders (one set remains; the others keep salary and allowance, NQ 35 Art. 12) and surplus offices (seats before −
 * seats after, each with a planned use and a target date).
 */
import type { CommuneClass } from '../../units';
import type { Citation, Reason } from '../../rules/types';
import type { StaffingSettings } from '../settings';
import { SPEC_6 } from '../settings';
import { addYears, isIsoDate } from '../plan';
import { salaryRetentionMonths } from '../money';
import { OFFICE_USES, type GroupCommon, type GroupStaffingImpact, type SurplusOffice } from './types';

export const reason = (code: string, params: Record<string, unknown> = {}, clause?: Citation): Reason =>
	clause ? { code, params, clause } : { code, params };

const CLASS_RANK: Record<CommuneClass, number> = { I: 1, II: 2, III: 3 };

/** The highest class (I above II above III) among those given, or null. */
export function highestClass(classes: (CommuneClass | null | undefined)[]): CommuneClass | null {
	let best: CommuneClass | null = null;
	for (const c of classes) if (c && (!best || CLASS_RANK[c] < CLASS_RANK[best])) best = c;
	return best;
}

/** A count entered by the user: a finite number ≥ 0 (floored to whole posts), else null. */
export function entered(x: number | null | undefined): number | null {
	return x != null && Number.isFinite(x) && x >= 0 ? Math.floor(x) : null;
}

export const sumOrNull = (xs: (number | null)[]): number | null =>
	xs.some((x) => x == null) ? null : xs.reduce<number>((s, x) => s + (x as number), 0);

// ---------------------------------------------------------------------------------------------------------------
// Leaders and offices (shared by both levels)
// ---------------------------------------------------------------------------------------------------------------

/**
 * The new unit's leader posts: the figure entered, else the default of the settings for its level (and class),
 * recorded as an assumption ('assumed_leader_posts') with the default's clause.
 */
export function newUnitLeaderPosts(
	input: number | null | undefined,
	fallback: { value: number; citation: Citation },
	who: { code: string | null; communeClass?: CommuneClass | null },
	assumptions: Reason[]
): number {
	const n = entered(input);
	if (n != null) return n;
	const { code, ...cls } = who;
	assumptions.push(
		reason('assumed_leader_posts', { code, posts: fallback.value, ...cls, newUnit: true }, fallback.citation)
	);
	return fallback.value;
}

export function leadersOf(
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

export function officesOf(
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
