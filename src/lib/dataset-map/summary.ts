/**
 * The dataset map page's figures: the toolbar's counts, the legend's counts per status, the verdict colour of each
 * unit, and the notices of the verdicts an edit changed. Pure: the page passes its units and verdicts in.
 */
import type { Lang } from '../domain/messages.ts';
import type { UnitVerdict } from '../domain/rules/types.ts';
import type { UnitView } from '../domain/units';
import { verdictChangeNotice, verdictChanges } from '../domain/verdict-change';
import { STATUS_COLORS } from '../map/verdict-colors';

type Verdicts = ReadonlyMap<string, Pick<UnitVerdict, 'status'>>;
type Unit = Pick<UnitView, 'code' | 'level' | 'population'>;

/** How many districts and communes, and the population (of the districts; of the communes in a two-tier dataset). */
export function datasetCounts(units: readonly Unit[], twoTier: boolean) {
	return {
		districts: units.filter((u) => u.level === 'district').length,
		communes: units.filter((u) => u.level === 'commune').length,
		population: units
			.filter((u) => u.level === (twoTier ? 'commune' : 'district'))
			.reduce((s, u) => s + (u.population ?? 0), 0)
	};
}

/** Per level: how many units in each status (the legend's counts). */
export function statusCounts(units: readonly Unit[], verdicts: Verdicts, level: string): Record<string, number> {
	const c: Record<string, number> = {};
	for (const u of units) {
		if (u.level !== level) continue;
		const s = verdicts.get(u.code)!.status;
		c[s] = (c[s] ?? 0) + 1;
	}
	return c;
}

/** The verdict colour of every district and commune, per level (the map's fills). */
export function verdictFills(units: readonly Unit[], verdicts: Verdicts) {
	const out = { district: {} as Record<string, string>, commune: {} as Record<string, string> };
	for (const u of units)
		if (u.level === 'district' || u.level === 'commune')
			out[u.level][u.code] = STATUS_COLORS[verdicts.get(u.code)!.status];
	return out;
}

/** Verdicts that a save changed ("Xã Đạ Oai: 2023–2025 → 2026–2030"), with the reason, one notice per unit. */
export function changeNotices(
	before: ReadonlyMap<string, UnitVerdict>,
	after: ReadonlyMap<string, UnitVerdict>,
	label: (code: string) => string,
	lang: Lang
): { code: string; title: string; reason: string }[] {
	return verdictChanges(before, after).map((c) => ({ code: c.code, ...verdictChangeNotice(c, label(c.code), lang) }));
}
