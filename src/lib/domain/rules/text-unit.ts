/**
 * Sentences for the reasons of a unit verdict: data warnings, standards and reductions, the verdict itself.
 */
import { formatArea, formatNumber, formatPopulation, MONTHS_EN } from '../format';
import type { Lang } from '../format';
import type { Level, UnitKind } from '../units';
import type { Citation, Meets } from './types';
import {
	exemptionReasonLabel,
	formatCitation,
	kindName,
	levelLabel,
	meetsLabel,
	percentText,
	ruleSetName
} from './text-labels';
import { count, lowerFirst, missingText, num, phaseText, type Template } from './text-util';
import { tIn } from '../../i18n/catalogue.ts';

const pct = (x: unknown, lang: Lang): string => percentText(num(x), lang);

/** Reasons of a unit verdict, by code. */
export const UNIT_TEMPLATES: Record<string, Template> = {
	// --- data warnings (unit) ---
	population_missing: (_p, l) => tIn(l, 'rules.textUnit.populationFigureMissing'),
	population_invalid: (p, l) => tIn(l, 'rules.textUnit.invalidPopulationFigureP1', { p1: String(p.value) }),
	area_missing: (_p, l) => tIn(l, 'rules.textUnit.naturalAreaMissingNeitherAn'),
	area_invalid: (p, l) => tIn(l, 'rules.textUnit.invalidAreaFigureP1', { p1: String(p.value) }),
	area_difference: (p, l) =>
		tIn(l, 'rules.textUnit.computedAreaP1DiffersBy', {
			p1: formatArea(num(p.computedKm2), l),
			p2: pct(Math.abs(num(p.difference) ?? 0), l),
			p3: formatArea(num(p.officialKm2), l),
			p4: pct(p.threshold, l)
		}),
	ethnic_share_out_of_range: (p, l) => tIn(l, 'rules.textUnit.ethnicMinorityShareP1Must', { p1: String(p.value) }),
	unknown_kind: (p, l) =>
		tIn(l, 'rules.textUnit.unknownKindOfUnitP1', {
			p1: String(p.kind),
			p2: p.code ? ` – mã ${String(p.code)}` : '',
			p3: p.code ? ` – code ${String(p.code)}` : ''
		}),
	level_kind_mismatch: (p, l) =>
		tIn(l, 'rules.textUnit.theUnitSLevelP1', {
			p1: levelLabel(p.level as Level, l),
			p2: kindName(p.kind as UnitKind, l)
		}),
	parent_kind_missing: (_p, l) => tIn(l, 'rules.textUnit.theKindOfTheWard'),
	level_not_in_rule_set: (p, l) =>
		tIn(l, 'rules.textUnit.p1DoesNotApplyTo', { p1: ruleSetName(p.ruleSetId, l), p2: levelLabel(p.level as Level, l) }),
	no_standard_for_kind: (p, l) =>
		tIn(l, 'rules.textUnit.theRuleSetHasNo', {
			p1: kindName(p.kind as UnitKind, l),
			p2: p.parentKind ? ` thuộc ${kindName(p.parentKind as UnitKind, l)}` : '',
			p3: p.parentKind ? ` of a ${kindName(p.parentKind as UnitKind, l)}` : ''
		}),
	unknown_exemption_reason: (p, l) => tIn(l, 'rules.textUnit.exemptionReasonP1IsNot', { p1: String(p.reasonCode) }),
	exemption_justification_missing: (_p, l) => tIn(l, 'rules.textUnit.noJustificationRecordedForThe'),

	// --- standards and reductions ---
	reduction_ethnic_border: (p, l) => {
		const share = num(p.share);
		const steps = num(p.steps) ?? 0;
		const stepVi = steps > 0 ? ` (giảm thêm ${steps} bậc theo tỷ lệ dân tộc thiểu số ${pct(share, l)})` : '';
		const stepEn =
			steps > 0
				? ` (${steps} further step${steps > 1 ? 's' : ''} for an ethnic-minority share of ${pct(share, l)})`
				: '';
		if (p.factor === 'ethnic_minority') {
			return tIn(l, 'rules.textUnit.mountainousHighlandUnitWithP1', {
				p1: pct(share, l),
				p2: pct(p.percent, l),
				stepVi,
				stepEn
			});
		}
		return tIn(l, 'rules.textUnit.unitOnANationalLand', { p1: pct(p.percent, l), stepVi, stepEn });
	},
	reduction_coastal_difficult: (p, l) => {
		const clause = p.basisClause as Citation | null | undefined;
		if (clause && p.basisStandardId)
			return tIn(l, 'rules.textUnit.speciallyDifficultCoastalCommuneThe', {
				p1: pct(p.percent, l),
				p2: lowerFirst(formatCitation(clause, l, { withAmendment: false })),
				p3: formatPopulation(num(p.basis), l),
				p4: formatCitation(clause, l, { withAmendment: false })
			});
		return tIn(l, 'rules.textUnit.speciallyDifficultCoastalCommuneThe2', { p1: pct(p.percent, l) });
	},
	reduction_island: (p, l) =>
		tIn(l, 'rules.textUnit.islandUnitNotJudgedAgainst', { p1: pct(p.percent, l), p2: kindName(p.kind as UnitKind, l) }),
	reduction_delta: (p, l) => tIn(l, 'rules.textUnit.redRiverDeltaRuralUnit', { p1: pct(p.percent, l) }),
	percentages_against_base: (_p, l) => tIn(l, 'rules.textUnit.percentagesAreTakenAgainstThe'),
	subunit_count: (p, l) =>
		p.met
			? tIn(l, 'rules.textUnit.p1SubUnitsMeetingThe', {
					p1: formatNumber(num(p.count), l),
					p2: formatNumber(num(p.min), l)
				})
			: tIn(l, 'rules.textUnit.p1SubUnitsBelowThe', {
					p1: formatNumber(num(p.count), l),
					p2: formatNumber(num(p.min), l)
				}),
	subunit_kind_missing: (p, l) =>
		tIn(l, 'rules.textUnit.noP1AmongTheSub', { p1: kindName(p.childKind as UnitKind, l) }),
	uses_unverified_values: (p, l) => tIn(l, 'rules.textUnit.theResultReliesOnP1', { p1: count(p.keys) }),

	// --- unit verdict ---
	unit_meets_standards: (p, l) =>
		tIn(l, 'rules.textUnit.naturalAreaP1AndPopulation', {
			p1: pct(p.areaRatio, l),
			p2: pct(p.populationRatio, l),
			p3: lowerFirst(meetsLabel(p.meets as Meets, l))
		}),
	no_unit_criteria: (p, l) => tIn(l, 'rules.textUnit.p1HasNoPerUnit', { p1: ruleSetName(p.ruleSetId, l) }),
	level_not_in_scope: (p, l) => tIn(l, 'rules.textUnit.theRuleSetHasNo2', { p1: levelLabel(p.level as Level, l) }),
	undetermined: (p, l) =>
		tIn(l, 'rules.textUnit.cannotTellWhetherTheUnit', { p1: phaseText(p.phase), p2: missingText(p.missing, l) }),
	not_subject: (p, l) =>
		tIn(l, 'rules.textUnit.notSubjectNaturalAreaIs', { p1: pct(p.areaRatio, l), p2: pct(p.populationRatio, l) }),
	exemption_not_needed: (_p, l) => tIn(l, 'rules.textUnit.theUnitIsNotSubject'),
	criterion_met: (p, l) =>
		tIn(l, 'rules.textUnit.naturalAreaIsP1Of', {
			p1: pct(p.areaRatio, l),
			p2: pct(p.areaBelow, l),
			p3: pct(p.populationRatio, l),
			p4: pct(p.populationBelow, l),
			p5: phaseText(p.phase)
		}),
	phase_halted: (p, l) => {
		const since = typeof p.since === 'string' ? p.since : null;
		const m = since ? /^(\d{4})-(\d{2})/.exec(since) : null;
		const when = m
			? tIn(l, 'rules.textUnit.inP3P2', { p1: Number(m[2]), p2: m[1], p3: MONTHS_EN[Number(m[2]) - 1] })
			: '';
		const repl = p.replacedBy
			? tIn(l, 'rules.textUnit.replacedByTheRoundOf', { p1: ruleSetName(p.replacedBy, l) })
			: '';
		return tIn(l, 'rules.textUnit.theP1PhaseWasHalted', { p1: phaseText(p.phase), when, repl });
	},
	auto_exempt: (p, l) =>
		tIn(l, 'rules.textUnit.notRequiredToBeArranged', { p1: phaseText(p.phase), p2: phaseText(p.period) }),
	recorded_exemption: (p, l) => {
		const label = exemptionReasonLabel(String(p.reasonCode), l);
		const just = typeof p.justification === 'string' && p.justification ? p.justification : null;
		return tIn(l, 'rules.textUnit.notRequiredToBeArranged2', {
			p1: phaseText(p.phase),
			p2: lowerFirst(label),
			p3: just ? ` Giải trình: ${just}` : '',
			p4: just ? ` Justification: ${just}` : ''
		});
	}
};
