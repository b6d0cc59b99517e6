/**
 * Words for what scenario evaluation returns as data: the reasons it adds to the rules engine's (kind change,
 * three or more members, …) and short labels. Vietnamese (with diacritics) by default, English on request.
 * Reasons the rules engine knows are worded by rules/text.ts.
 */
import { describeReason as describeRuleReason, hasReasonText, kindName } from '../rules/text.ts';
import type { Lang } from '../rules/text.ts';
import { formatPopulation } from '../format.ts';
import type { Reason } from '../rules/types.ts';
import type { UnitKind } from '../units.ts';

const pick = (lang: Lang, vi: string, en: string): string => (lang === 'vi' ? vi : en);
const list = (x: unknown): string => (Array.isArray(x) ? x.map(String).join(', ') : String(x ?? ''));

type Template = (p: Record<string, unknown>, l: Lang) => string;

const TEMPLATES: Record<string, Template> = {
	scenario_unknown_units: (p, l) =>
		pick(
			l,
			`Không còn đơn vị mã ${list(p.codes)} trong bộ dữ liệu: bỏ khỏi nhóm.`,
			`No unit with code ${list(p.codes)} in the dataset any more: remove it from the group.`
		),
	crossing_resolved_by_district_merger: (p, l) =>
		pick(
			l,
			`Các xã thuộc các huyện ${list(p.districts)}, nhưng các huyện này được nhập trong cùng phương án (vào ${String(p.district)}): không phải điều chỉnh địa giới cấp huyện.`,
			`The communes belong to districts ${list(p.districts)}, which this scenario merges (into ${String(p.district)}): no district boundary adjustment.`
		),
	scenario_kind_change: (p, l) => {
		const changes = (Array.isArray(p.changes) ? p.changes : []) as { code: string; from: UnitKind }[];
		const what = changes.map((c) => `${c.code} (${kindName(c.from, l)})`).join(', ');
		return pick(
			l,
			`Đơn vị mới là ${kindName(p.kind as UnitKind, l)}: thay đổi loại đơn vị của ${what}.`,
			`The new unit is a ${kindName(p.kind as UnitKind, l)}: the kind of ${what} changes.`
		);
	},
	scenario_three_or_more: (p, l) =>
		pick(l, `Nhập ${String(p.count)} đơn vị thành một đơn vị mới.`, `${String(p.count)} units merged into one.`),
	scenario_phase_later_than_required: (p, l) =>
		pick(
			l,
			`Nhóm dự kiến thực hiện giai đoạn ${String(p.phase).replace('-', '–')}, nhưng ${list(p.codes)} thuộc diện phải sắp xếp giai đoạn 2023–2025.`,
			`The group is planned for ${String(p.phase).replace('-', '–')}, but ${list(p.codes)} must be arranged in 2023–2025.`
		),
	scenario_seat_not_member: (p, l) =>
		pick(
			l,
			`Trụ sở (${String(p.code)}) không phải trụ sở của một đơn vị trong nhóm.`,
			`The seat (${String(p.code)}) is not a member's seat.`
		)
};

/** A reason of a scenario evaluation as a sentence (scenario reasons here, rule reasons by rules/text.ts). */
export function describeScenarioReason(r: Reason, lang: Lang = 'vi'): string {
	const t = TEMPLATES[r.code];
	if (t) return t(r.params ?? {}, lang);
	if (hasReasonText(r.code)) return describeRuleReason(r, lang);
	return `${r.code} ${JSON.stringify(r.params ?? {})}`;
}

/** Residents affected, in words: "12.345 người". */
export function residentsText(persons: number, lang: Lang = 'vi'): string {
	return formatPopulation(persons, lang);
}
