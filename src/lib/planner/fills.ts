/** The planner map's colours: each proposed group its own, the subject units left out red, every other unit grey. */
import type { Plan } from '../domain/planner/types.ts';

export const PLANNER_PALETTE = ['#1f77b4', '#2ca02c', '#9467bd', '#8c564b', '#e377c2', '#17becf', '#bcbd22', '#ff7f0e'];
export const PLANNER_UNCOVERED = '#d62728';
export const PLANNER_OTHER = '#e5e7eb';

/** The colour of group i of a plan (the list and the map use the same). */
export const groupColour = (i: number): string => PLANNER_PALETTE[i % PLANNER_PALETTE.length];

type Level = 'district' | 'commune';

/** Fill colour by level and code for the map. */
export function plannerFills(
	units: readonly { code: string; level: string }[],
	plan: Pick<Plan, 'groups' | 'uncovered'> | null
): Record<Level, Record<string, string>> {
	const out: Record<Level, Record<string, string>> = { district: {}, commune: {} };
	// Units the plan leaves as they are: one quiet grey, so that groups and left-out units stand out.
	for (const u of units) if (u.level === 'district' || u.level === 'commune') out[u.level][u.code] = PLANNER_OTHER;
	if (!plan) return out;
	plan.groups.forEach((g, i) => {
		for (const m of g.members) out[g.level][m] = groupColour(i);
	});
	for (const u of plan.uncovered) out[u.level][u.code] = PLANNER_UNCOVERED;
	return out;
}

/** The codes of the "never touch" field: separated by spaces, commas or semicolons. */
export function parseProtect(text: string): string[] {
	return text
		.split(/[\s,;]+/)
		.map((s) => s.trim())
		.filter(Boolean);
}
