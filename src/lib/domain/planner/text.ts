/**
 * Words of the planner (Vietnamese and English): why a subject unit is left out, a group's verdict, and the
 * objective's weights in plain words (the UI never shows the numbers as the choice).
 */
import type { Bilingual } from '../messages.ts';
import type { Meets } from '../rules/types.ts';
import type { UncoveredUnit } from './types.ts';
import { both } from '../../i18n/catalogue.ts';

const list = (codes: string[], names: (c: string) => string) => codes.map((c) => `${names(c)} (${c})`).join(', ');

/** A group's verdict in words. */
export function describeMeets(meets: Meets | null): Bilingual {
	switch (meets) {
		case 'both':
			return both('planner.text.meetsBothStandards');
		case 'area':
			return both('planner.text.meetsTheAreaStandardOnly');
		case 'population':
			return both('planner.text.meetsThePopulationStandardOnly');
		case 'none':
			return both('planner.text.meetsNeitherStandard');
		default:
			return both('planner.text.cannotBeJudgedMissingFigures');
	}
}

/** Why a subject unit is left out of the plan, in words. */
export function describeUncovered(u: UncoveredUnit, names: (code: string) => string = (c) => c): Bilingual {
	const rel = list(u.related, names);
	const best = u.best ? list(u.best.members, names) : '';
	const bm = describeMeets(u.best?.meets ?? null);
	switch (u.reason) {
		case 'protected':
			return both('planner.text.theUnitIsProtectedNever');
		case 'island':
			return both('planner.text.noAdjacentUnitOfIts');
		case 'no_neighbour_in_district':
			return both('planner.text.everyAdjacentUnitIsIn', { rel });
		case 'protected_neighbours':
			return both('planner.text.itsAdjacentUnitsRelAre', { rel });
		case 'all_short':
			return both('planner.text.everyCombinationWithAdjacentUnits', {
				p1: best ? ` (tốt nhất: ${best}, ${bm.vi})` : '',
				p2: best ? ` (best: ${best}, ${bm.en})` : ''
			});
		case 'neighbours_taken':
			return both('planner.text.noAdjacentUnitLeftP3', {
				p1: rel || 'các đơn vị liền kề',
				p2: best ? ` (cách ghép tốt nhất: ${best})` : '',
				p3: rel || 'its neighbours',
				p4: best ? ` (its best combination: ${best})` : ''
			});
		case 'missing_data':
			return both('planner.text.populationOrAreaFiguresAre');
		case 'time_limit':
			return both('planner.text.theSolverRanOutOf');
	}
}

/** The objective in plain words, for the options form. */
export const PLANNER_WEIGHTS_TEXT: Bilingual[] = [
	both('planner.text.everyUnitThatMustBe'),
	both('planner.text.asFewUnitsChangedAnd'),
	both('planner.text.aGroupMeetingOneStandard'),
	both('planner.text.crossingADistrictLineWhen')
];
