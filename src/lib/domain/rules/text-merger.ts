/**
 * Sentences for the reasons of a merger verdict (domain.md §5, §8) and the dataset-level notes.
 */
import { formatArea, formatDate, formatPopulation } from '../format';
import type { Lang } from '../format';
import type { Level, Terrain, UnitKind } from '../units';
import type { Meets, ProvinceClass } from './types';
import { kindName, levelLabel, meetsLabel, percentText, provinceClassLabel, terrainLabel } from './text-labels';
import { capitalise, codes, count, lowerFirst, missingText, num, phaseText, type P, type Template } from './text-util';
import { tIn, type MessageKey } from '../../i18n/catalogue.ts';

const pct = (x: unknown, lang: Lang): string => percentText(num(x), lang);

const JUSTIFICATION_FACTOR: Record<string, MessageKey> = {
	isolated: 'rules.textMerger.factorIsolated',
	island: 'rules.textMerger.factorIsland',
	ethnic_minority: 'rules.textMerger.factorEthnicMinority',
	border: 'rules.textMerger.factorBorder',
	defence_or_special: 'rules.textMerger.factorDefenceOrSpecial'
};

/** What was wrong with an override that was not applied. */
const OVERRIDE_PROBLEM: Record<string, MessageKey> = {
	unknown_key: 'rules.textMerger.overrideUnknownKey',
	wrong_type: 'rules.textMerger.overrideWrongType',
	invalid_value: 'rules.textMerger.overrideInvalidValue'
};

/** The justification of a new unit short of its standards (domain.md §5): which one applies, or none. */
function justificationText(p: P, l: Lang): string {
	const verify = p.verified === false ? tIn(l, 'rules.textMerger.toVerify') : '';
	const factors = ((p.factors ?? []) as string[])
		.map((f) => (JUSTIFICATION_FACTOR[f] ? tIn(l, JUSTIFICATION_FACTOR[f]) : f))
		.join(', ');
	switch (p.code) {
		case 'three_or_more':
			return tIn(l, 'rules.textMerger.justificationAP1UnitsMerged', { p1: String(p.count), p2: String(p.min), verify });
		case 'two_no_further_adjacent':
			return tIn(l, 'rules.textMerger.justificationB2UnitsMerged', { verify });
		case 'two_specific_factors':
			return tIn(l, 'rules.textMerger.justificationB2UnitsMerged2', { factors, verify });
		case 'none':
			return tIn(l, 'rules.textMerger.noRecognisedJustificationForThe', {
				p1: String(p.min),
				p2: codes(p.furtherAdjacent),
				verify
			});
		default:
			return tIn(l, 'rules.textMerger.justificationB2UnitsNo', { verify });
	}
}
/** Reasons of a merger verdict and of a dataset, by code. */
export const MERGER_TEMPLATES: Record<string, Template> = {
	// --- merger ---
	too_few_members: (p, l) => tIn(l, 'rules.textMerger.aMergerNeedsAtLeast', { p1: String(p.count) }),
	duplicate_member: (p, l) => tIn(l, 'rules.textMerger.unitsListedTwiceP1', { p1: codes(p.codes) }),
	mixed_levels: (p, l) => {
		const by = (p.byLevel ?? {}) as Record<string, string[]>;
		const parts = Object.entries(by).map(([lv, cs]) => `${levelLabel(lv as Level, l)}: ${cs.join(', ')}`);
		return tIn(l, 'rules.textMerger.mergedUnitsMustBeOf', { p1: parts.join('; ') });
	},
	crosses_parent_boundary: (p, l) =>
		p.level === 'district'
			? tIn(l, 'rules.textMerger.theUnitsBelongToDifferent', { p1: codes(p.parentCodes) })
			: tIn(l, 'rules.textMerger.theUnitsBelongToDifferent2', { p1: codes(p.parentCodes) }),
	not_contiguous: (p, l) => {
		const names = (Array.isArray(p.names) ? p.names : []) as string[][];
		const groups = names.map((g, i) => `${tIn(l, 'rules.textMerger.group')} ${i + 1}: ${g.join(', ')}`).join('; ');
		return tIn(l, 'rules.textMerger.theUnitsDoNotForm', { namesLength: names.length, groups });
	},
	contiguity_unknown: (p, l) => {
		const pairs = (Array.isArray(p.unknownPairs) ? p.unknownPairs : []) as [string, string][];
		const list = pairs.map(([a, b]) => `${a}–${b}`).join(', ');
		return tIn(l, 'rules.textMerger.cannotTellWhetherTheUnits', { list });
	},
	contiguity_not_checked: (_p, l) => tIn(l, 'rules.textMerger.contiguityNotCheckedNoBoundary'),
	member_population_missing: (p, l) => tIn(l, 'rules.textMerger.populationMissingForP1', { p1: codes(p.codes) }),
	member_area_missing: (p, l) => tIn(l, 'rules.textMerger.areaMissingForP1', { p1: codes(p.codes) }),
	area_mixed_sources: (p, l) => tIn(l, 'rules.textMerger.notEveryMemberHasAn', { p1: codes(p.computed) }),
	kept_code_not_member: (p, l) => tIn(l, 'rules.textMerger.codeP1IsNotOne', { p1: String(p.code) }),
	new_name: (p, l) => tIn(l, 'rules.textMerger.newNameP1IsNone', { p1: String(p.name) }),
	mixed_terrain: (p, l) =>
		tIn(l, 'rules.textMerger.theMembersMixMountainousHighland', {
			p1: codes(p.mountainous),
			p2: codes(p.other),
			p3: terrainLabel(p.used as Terrain, l).toLowerCase()
		}),
	ethnic_share_incomplete: (_p, l) => tIn(l, 'rules.textMerger.ethnicMinorityShareOrPopulation'),
	nq76_ward: (_p, l) => tIn(l, 'rules.textMerger.wardsMergedTogetherTheNew'),
	nq76_commune: (_p, l) => tIn(l, 'rules.textMerger.aCommuneOrTownshipIs'),
	urban_kept_practice: (p, l) => {
		const absorbed = ((p.absorbed ?? []) as UnitKind[]).map((k) => kindName(k, l)).join(', ');
		const k = kindName(p.kind as UnitKind, l);
		return tIn(l, 'rules.textMerger.byThe20232025Practice', { k, absorbed });
	},
	urban_kind_standards_missed: (p, l) =>
		tIn(l, 'rules.textMerger.theNewUnitKeepsThe', {
			p1: kindName(p.kind as UnitKind, l),
			p2: lowerFirst(meetsLabel(p.meets as Meets, l))
		}),
	same_kind: (p, l) => tIn(l, 'rules.textMerger.sameKindTheNewUnit', { p1: kindName(p.kind as UnitKind, l) }),
	kind_override_wrong_level: (p, l) =>
		tIn(l, 'rules.textMerger.kindP1IsNotOf', {
			p1: kindName(p.kind as UnitKind, l),
			p2: levelLabel(p.level as Level, l)
		}),
	kind_overridden: (p, l) => {
		const why = typeof p.reason === 'string' && p.reason.trim() ? p.reason.trim() : null;
		return tIn(l, 'rules.textMerger.kindChosenByTheUser', {
			p1: kindName(p.kind as UnitKind, l),
			p2: kindName(p.ruleKind as UnitKind, l),
			p3: why ? ` Lý do: ${why}` : '',
			p4: why ? ` Reason: ${why}` : ''
		});
	},
	kind_override_reason_missing: (_p, l) => tIn(l, 'rules.textMerger.noReasonRecordedForThe'),
	three_or_more_not_assessed: (p, l) =>
		tIn(l, 'rules.textMerger.p2UnitsMergedP1Or', { p1: String(p.min), p2: String(p.count) }),
	merger_meets: (p, l) => {
		const req = (x: unknown) => (num(x) === 1 ? '' : tIn(l, 'rules.textMerger.requiredP1', { p1: pct(x, l) }));
		return tIn(l, 'rules.textMerger.newUnitP1NaturalArea', {
			p1: kindName(p.kind as UnitKind, l),
			p2: pct(p.areaRatio, l),
			p3: req(p.requiredArea),
			p4: pct(p.populationRatio, l),
			p5: req(p.requiredPopulation),
			p6: meetsLabel(p.meets as Meets, l)
		});
	},
	standards_not_met: (p, l) => {
		const a = num(p.shortfallAreaKm2);
		const n = num(p.shortfallPopulation);
		const parts: string[] = [];
		if (a && a > 0) parts.push(tIn(l, 'rules.textMerger.p1OfNaturalArea', { p1: formatArea(a, l) }));
		if (n && n > 0) parts.push(formatPopulation(Math.ceil(n - 1e-9), l));
		return tIn(l, 'rules.textMerger.theNewUnitFallsShort', { p1: parts.join(' và '), p2: parts.join(' and ') });
	},
	merger_justification: (p, l) => justificationText(p, l),
	merger_undetermined: (p, l) =>
		tIn(l, 'rules.textMerger.p2MissingTheNewUnit', {
			p1: missingText(p.missing, l),
			p2: capitalise(missingText(p.missing, l))
		}),
	merger_phase: (p, l) =>
		tIn(l, 'rules.textMerger.theProposalIncludesUnitsSubject', { p1: phaseText(p.phase), p2: codes(p.mandatory) }),
	merger_encouraged: (_p, l) => tIn(l, 'rules.textMerger.noMemberIsSubjectAn'),
	member_status_unknown: (p, l) => tIn(l, 'rules.textMerger.arrangementStatusUnknownForP1', { p1: codes(p.codes) }),

	// --- dataset ---
	reference_date_missing: (p, l) =>
		tIn(l, 'rules.textMerger.theDatasetHasNoReference', { p1: formatDate(String(p.expected), l) }),
	reference_date_mismatch: (p, l) =>
		tIn(l, 'rules.textMerger.theDatasetSFiguresAre', {
			p1: formatDate(String(p.dataset), l),
			p2: formatDate(String(p.expected), l)
		}),
	province_class_inferred: (p, l) =>
		tIn(l, 'rules.textMerger.provinceClassForTheWard', { p1: provinceClassLabel(p.provinceClass as ProvinceClass, l) }),
	override_not_applied: (p, l) => {
		const problem = OVERRIDE_PROBLEM[String(p.problem)];
		return tIn(l, 'rules.textMerger.overrideNotApplied', {
			key: String(p.key),
			problem: problem ? tIn(l, problem) : String(p.problem)
		});
	},
	unverified_values: (p, l) => tIn(l, 'rules.textMerger.p1RuleSetValuesAre', { p1: count(p.keys) })
};
