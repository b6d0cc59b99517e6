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
import { tIn } from '../../i18n/catalogue.ts';

const list = (x: unknown): string => (Array.isArray(x) ? x.map(String).join(', ') : String(x ?? ''));

type Template = (p: Record<string, unknown>, l: Lang) => string;

const TEMPLATES: Record<string, Template> = {
	scenario_unknown_units: (p, l) => tIn(l, 'scenario.text.noUnitWithCodeP1', { p1: list(p.codes) }),
	crossing_resolved_by_district_merger: (p, l) =>
		tIn(l, 'scenario.text.theCommunesBelongToDistricts', { p1: list(p.districts), p2: String(p.district) }),
	scenario_kind_change: (p, l) => {
		const changes = (Array.isArray(p.changes) ? p.changes : []) as { code: string; from: UnitKind }[];
		const what = changes.map((c) => `${c.code} (${kindName(c.from, l)})`).join(', ');
		return tIn(l, 'scenario.text.theNewUnitIsA', { p1: kindName(p.kind as UnitKind, l), what });
	},
	scenario_three_or_more: (p, l) => tIn(l, 'scenario.text.p1UnitsMergedIntoOne', { p1: String(p.count) }),
	scenario_phase_later_than_required: (p, l) =>
		tIn(l, 'scenario.text.theGroupIsPlannedFor', { p1: String(p.phase).replace('-', '–'), p2: list(p.codes) }),
	scenario_seat_not_member: (p, l) => tIn(l, 'scenario.text.theSeatP1IsNot', { p1: String(p.code) })
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
