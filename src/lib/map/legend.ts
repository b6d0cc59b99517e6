/**
 * What each colour means on the scenario map, in the words the legend shows. One colour language with the dataset
 * map: verdict colours always mean the verdict; merger groups are outlines (or, in the labelled "colour by group"
 * mode, fills, with every other unit neutral).
 */
import type { ScenarioContent } from '../domain/scenario/model.ts';
import type { ScenarioEvaluation } from '../domain/scenario/evaluate.ts';
import { statusLabel } from '../domain/rules/text.ts';
import type { UnitStatus } from '../domain/rules/types.ts';
import { groupColor, scenarioFill } from './scenario-overlay.ts';
import { STATUS_COLORS, STATUS_ORDER } from './verdict-colors.ts';
import { tIn } from '../i18n/catalogue.ts';

type Level = 'district' | 'commune';
type Lang = 'vi' | 'en';

/** One line of a legend (the Legend component draws it). */
export interface LegendLine {
	color: string;
	label: string;
	swatch?: 'fill' | 'outline' | 'line' | 'dash';
	count?: number | null;
}

export interface MapLegend {
	title: string;
	items: LegendLine[];
	note?: string;
}

/** Fill of a unit in no group in the "colour by group" mode: neutral, so it cannot be read as a verdict. */
export const NEUTRAL_FILL = '#eceff1';

/** How many groups the legend names before "and N more". */
export const LEGEND_GROUPS = 10;

/** The "colour by group" fills: groups in their colours, units left to arrange red, exempted purple, others neutral. */
export function scenarioGroupColours(
	content: ScenarioContent,
	evaluation: Pick<ScenarioEvaluation, 'mandatoryLeft' | 'exemptions'>,
	verdicts: ReadonlyMap<string, { level: string | null }>,
	communesOf: ReadonlyMap<string, readonly string[]> = new Map()
): Record<Level, Record<string, string>> {
	const out: Record<Level, Record<string, string>> = { district: {}, commune: {} };
	for (const [code, v] of verdicts)
		if (v.level === 'district' || v.level === 'commune') out[v.level][code] = NEUTRAL_FILL;
	// On the commune map a district group shows on its communes (the district fill is not drawn there).
	content.groups.forEach((g, i) => {
		if (g.level === 'district')
			for (const d of g.members) for (const c of communesOf.get(d) ?? []) out.commune[c] = groupColor(i);
	});
	const top = scenarioFill(content, evaluation);
	for (const l of ['district', 'commune'] as const) Object.assign(out[l], top[l]);
	return out;
}

/** Counts per verdicts map, level and exempted units: a click that edits a group does not count 10,000 units again. */
const countsMemo = new WeakMap<object, Map<string, Record<string, number>>>();

/** Status of each unit of a level as the scenario map colours it (a scenario exemption shows as exempt). */
function statusCounts(
	level: Level,
	evaluation: Pick<ScenarioEvaluation, 'exemptions'>,
	verdicts: ReadonlyMap<string, { status: string; level: string | null }>
): Record<string, number> {
	const exemptedCodes = evaluation.exemptions.filter((e) => e.needed && e.level === level).map((e) => e.code);
	const key = `${level}|${exemptedCodes.join(',')}`;
	let memo = countsMemo.get(verdicts);
	if (!memo) countsMemo.set(verdicts, (memo = new Map()));
	const known = memo.get(key);
	if (known) return known;
	const exempted = new Set(exemptedCodes);
	const c: Record<string, number> = {};
	for (const [code, v] of verdicts) {
		if (v.level !== level) continue;
		const s = exempted.has(code) ? 'exempt' : v.status;
		c[s] = (c[s] ?? 0) + 1;
	}
	// A few entries per verdicts map (levels × exemption sets met while editing).
	if (memo.size > 16) memo.clear();
	memo.set(key, c);
	return c;
}

/** The scenario map's legend for its colour mode, view and level. */
export function scenarioLegend(
	mode: 'verdict' | 'group',
	view: 'before' | 'after',
	level: Level,
	content: ScenarioContent,
	evaluation: Pick<ScenarioEvaluation, 'exemptions' | 'groups'>,
	verdicts: ReadonlyMap<string, { status: string; level: string | null }>,
	lang: Lang
): MapLegend {
	// Only the groups named are looked up: a country's plan has thousands, and this runs on every click.
	const shown = content.groups.slice(0, LEGEND_GROUPS).map((g, i) => {
		const ev = evaluation.groups.find((x) => x.id === g.id);
		const what = g.level === 'district' ? tIn(lang, 'planner.districts') : tIn(lang, 'planner.communes');
		return {
			color: groupColor(i),
			label: `${ev?.name ?? g.id} (${g.members.length} ${what})`
		};
	});
	const groups = content.groups;
	const more =
		groups.length > LEGEND_GROUPS ? tIn(lang, 'map.legend.andP1More', { p1: groups.length - LEGEND_GROUPS }) : null;
	const items: LegendLine[] = [];
	let title: string;
	let note: string | undefined;
	if (mode === 'verdict') {
		title = tIn(lang, 'map.legend.fillVerdictColouredOutlineMerger');
		const counts = statusCounts(level, evaluation, verdicts);
		for (const s of STATUS_ORDER)
			items.push({ color: STATUS_COLORS[s], label: statusLabel(s as UnitStatus, lang), count: counts[s] ?? 0 });
		for (const g of shown) items.push({ ...g, swatch: 'outline' });
		if (!groups.length) note = tIn(lang, 'map.legend.noMergerGroupYet');
	} else {
		title = tIn(lang, 'map.legend.colouredByMergerGroup');
		for (const g of shown) items.push({ ...g, swatch: 'fill' });
		items.push({
			color: STATUS_COLORS.subject_2023_2025,
			label: tIn(lang, 'map.legend.subjectNotYetInA')
		});
		items.push({ color: STATUS_COLORS.exempt, label: tIn(lang, 'scenarios.stillToArrange.keptWithAReason') });
		items.push({ color: NEUTRAL_FILL, label: tIn(lang, 'map.legend.otherUnits') });
	}
	if (more) items.push({ color: 'transparent', label: more, swatch: 'line' });
	if (view === 'after')
		items.push({
			color: '#111827',
			label: tIn(lang, 'map.legend.boundaryOfANewUnit'),
			swatch: 'dash'
		});
	return { title, items, note };
}
