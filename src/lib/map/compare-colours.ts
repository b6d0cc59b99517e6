/**
 * The maps of the compare page (issue 11 item 5): each scenario's merger groups filled by the group's verdict (the
 * standards the new unit meets), the subject units it leaves in the red of "subject", the units it keeps with a
 * reason in the purple of "exempt", every other unit neutral; each group outlined in its group colour as on the
 * scenario map. Plain functions over the comparison's map data.
 */
import type { CompareMapData } from '../domain/scenario/compare.ts';
import type { LegendLine, MapLegend } from './legend.ts';
import { NEUTRAL_FILL } from './legend.ts';
import { groupColor } from './scenario-overlay.ts';
import { BAR_PASS, STATUS_COLORS } from './verdict-colors.ts';
import { tIn } from '../i18n/catalogue.ts';

type Level = 'district' | 'commune';
type Lang = 'vi' | 'en';

/** Fill of a new unit by the standards it meets: both (green as a figure above its line), one, none, unknown. */
export const MEETS_COLORS = { both: BAR_PASS, one: '#fee08b', none: '#8c510a', unknown: '#9e9e9e' } as const;

const meetsKey = (m: CompareMapData['groups'][number]['meets']): keyof typeof MEETS_COLORS =>
	m === 'both' ? 'both' : m === 'area' || m === 'population' ? 'one' : m === 'none' ? 'none' : 'unknown';

/** Fill and outline colours per level and unit code for one scenario's map; `codes` = every unit code per level. */
export function compareColours(
	data: CompareMapData,
	codes: Record<Level, readonly string[]>
): { fill: Record<Level, Record<string, string>>; outline: Record<Level, Record<string, string>> } {
	const fill: Record<Level, Record<string, string>> = { district: {}, commune: {} };
	const outline: Record<Level, Record<string, string>> = { district: {}, commune: {} };
	for (const l of ['district', 'commune'] as const) for (const c of codes[l]) fill[l][c] = NEUTRAL_FILL;
	for (const m of data.left) fill[m.level][m.code] = STATUS_COLORS.subject_2023_2025;
	for (const x of data.exempted) fill[x.level][x.code] = STATUS_COLORS.exempt;
	data.groups.forEach((g, i) => {
		for (const c of g.members) {
			// A one-member group merges nothing: its unit keeps the colour it has.
			if (g.members.length >= 2) fill[g.level][c] = MEETS_COLORS[meetsKey(g.meets)];
			outline[g.level][c] = groupColor(i);
		}
	});
	return { fill, outline };
}

/** The legend of one compare map at a level, with how many units of each colour it shows. */
export function compareLegend(data: CompareMapData, level: Level, lang: Lang): MapLegend {
	const groups = data.groups.filter((g) => g.level === level && g.members.length >= 2);
	const count = (k: keyof typeof MEETS_COLORS) => groups.filter((g) => meetsKey(g.meets) === k).length;
	const items: LegendLine[] = [
		{
			color: MEETS_COLORS.both,
			label: tIn(lang, 'map.compareColours.groupMeetingBothStandards'),
			count: count('both')
		},
		{
			color: MEETS_COLORS.one,
			label: tIn(lang, 'map.compareColours.groupMeetingOneStandard'),
			count: count('one')
		},
		{
			color: MEETS_COLORS.none,
			label: tIn(lang, 'map.compareColours.groupMeetingNeitherStandard'),
			count: count('none')
		}
	];
	if (count('unknown'))
		items.push({
			color: MEETS_COLORS.unknown,
			label: tIn(lang, 'map.compareColours.groupLackingData'),
			count: count('unknown')
		});
	items.push(
		{
			color: STATUS_COLORS.subject_2023_2025,
			label: tIn(lang, 'map.legend.subjectNotYetInA'),
			count: data.left.filter((m) => m.level === level).length
		},
		{
			color: STATUS_COLORS.exempt,
			label: tIn(lang, 'scenarios.stillToArrange.keptWithAReason'),
			count: data.exempted.filter((x) => x.level === level).length
		},
		{ color: NEUTRAL_FILL, label: tIn(lang, 'map.legend.otherUnits') }
	);
	return {
		title: tIn(lang, 'map.compareColours.fillTheGroupSVerdict'),
		items
	};
}

type Bbox = [number, number, number, number];

/**
 * Where the compare maps open: around every unit in a merger group of any compared scenario (what differs between
 * them), at least `minSpan` degrees wide and high so the neighbours show too; the whole province when no scenario
 * has a group. Bboxes are [min lon, min lat, max lon, max lat].
 */
export function compareBounds(
	maps: readonly CompareMapData[],
	bboxOf: (code: string) => Bbox | null | undefined,
	province: Bbox | null,
	minSpan = 0.3
): Bbox | null {
	let b: Bbox | null = null;
	for (const m of maps)
		for (const g of m.groups)
			for (const c of g.members) {
				const u = bboxOf(c);
				if (!u) continue;
				b = b ? [Math.min(b[0], u[0]), Math.min(b[1], u[1]), Math.max(b[2], u[2]), Math.max(b[3], u[3])] : [...u];
			}
	if (!b) return province;
	const grow = (lo: number, hi: number): [number, number] => {
		const pad = Math.max(0, minSpan - (hi - lo)) / 2;
		return [lo - pad, hi + pad];
	};
	const [x0, x1] = grow(b[0], b[2]);
	const [y0, y1] = grow(b[1], b[3]);
	return [x0, y0, x1, y1];
}
