/** Sentences of the quota (Decree 33/2023) and class-estimate (NQ 1211, Decree 307/2025) reasons. */
import { formatArea, formatPopulation } from '../../format';

import type { ClassRuleSetId } from '../settings';
import { classRuleSetLabel, formatPoints, posts, shareText } from './labels';
import { classInText, islandTag, kindName, num, verifyTag, type Template } from './reason-helpers';
import { tIn } from '../../../i18n/catalogue.ts';

export const QUOTA_CLASS_TEMPLATES: Record<string, Template> = {
	// --- quota ---
	quota_base: (p, l) =>
		tIn(l, 'text.reasonsQuotaClass.p1ClassP2P4Cadres', {
			p1: kindName(p.kind, l),
			p2: String(p.communeClass),
			p3: num(p.posts),
			p4: posts(p.posts, l)
		}).replace(/^./, (c) => c.toUpperCase()),
	quota_population_increment: (p, l) => {
		const n = num(p.posts);
		const share = shareText(num(p.stepShare), l);
		return n > 0
			? tIn(l, 'text.reasonsQuotaClass.populationP1ExceedsTheStandard', {
					p1: formatPopulation(num(p.population), l),
					p2: formatPopulation(num(p.standard), l),
					p3: formatPopulation(num(p.excess), l),
					n,
					share,
					p4: formatPopulation(num(p.step), l),
					p5: posts(n, l)
				})
			: tIn(l, 'text.reasonsQuotaClass.populationP1IsNotA', {
					p1: formatPopulation(num(p.population), l),
					p2: formatPopulation(num(p.standard), l),
					share,
					p3: formatPopulation(num(p.step), l)
				});
	},
	quota_area_increment: (p, l) => {
		const n = num(p.posts);
		const share = shareText(num(p.stepShare), l);
		return n > 0
			? tIn(l, 'text.reasonsQuotaClass.areaP1ExceedsTheStandard', {
					p1: formatArea(num(p.areaKm2), l),
					p2: formatArea(num(p.standard), l),
					p3: formatArea(num(p.excess), l),
					n,
					share,
					p4: posts(n, l)
				})
			: tIn(l, 'text.reasonsQuotaClass.areaP1IsNotA', {
					p1: formatArea(num(p.areaKm2), l),
					p2: formatArea(num(p.standard), l),
					share
				});
	},
	quota_total: (p, l) =>
		tIn(l, 'text.reasonsQuotaClass.quotaOfCadresAndCivil', {
			p1: num(p.base),
			p2: num(p.populationIncrement),
			p3: num(p.areaIncrement),
			p4: posts(p.posts, l)
		}),
	quota_non_professional: (p, l) =>
		tIn(l, 'text.reasonsQuotaClass.nonProfessionalWorkersAtMost', {
			p1: num(p.base),
			p2: String(p.communeClass),
			p3: num(p.increment),
			p4: posts(p.posts, l),
			p5: verifyTag(p, l)
		}),
	quota_increment_basis: (p, l) => {
		if (p.basis === 'reduced') return tIn(l, 'text.reasonsQuotaClass.incrementsCountedOnTheArt');
		const notUsed: string[] = [];
		if (p.reducedPopulationStandard != null)
			notUsed.push(tIn(l, 'text.reasonsQuotaClass.population') + formatPopulation(num(p.reducedPopulationStandard), l));
		if (p.reducedAreaStandard != null)
			notUsed.push(tIn(l, 'text.reasonsQuotaClass.area') + formatArea(num(p.reducedAreaStandard), l));
		const extra = notUsed.length
			? tIn(l, 'text.reasonsQuotaClass.theArt3aReducedStandard', { p1: notUsed.join(', ') })
			: '';
		return tIn(l, 'text.reasonsQuotaClass.incrementsCountedOnTheNormal', { extra });
	},
	quota_parent_kind_missing: (_p, l) => tIn(l, 'text.reasonsQuotaClass.notKnownWhetherTheWard'),
	quota_population_missing: (_p, l) => tIn(l, 'text.reasonsQuotaClass.populationOrItsStandardMissing'),
	quota_area_missing: (_p, l) => tIn(l, 'text.reasonsQuotaClass.areaOrItsStandardMissing'),

	// --- class estimate ---
	class_population_points: (p, l) => {
		const factor =
			p.factor === 'mountainous'
				? tIn(l, 'text.reasonsQuotaClass.mountainousCommuneLevelsAtP1', { p1: shareText(num(p.ratio), l) })
				: p.factor === 'border'
					? tIn(l, 'text.reasonsQuotaClass.onANationalLandBorder', { p1: shareText(num(p.ratio), l) })
					: p.factor === 'island'
						? islandTag(p, l)
						: '';
		return tIn(l, 'text.reasonsQuotaClass.populationP1P210Up', {
			p1: formatPopulation(num(p.population), l),
			p2: formatPoints(num(p.points), l),
			p3: formatPopulation(num(p.baseLevel), l),
			p4: formatPopulation(num(p.step), l),
			p5: num(p.max),
			p6: p.capVerified === false ? ', mức tối đa cần xác minh' : '',
			factor,
			p7: p.capVerified === false ? ', cap to verify' : ''
		});
	},
	class_area_points: (p, l) =>
		tIn(l, 'text.reasonsQuotaClass.naturalAreaP1P210', {
			p1: formatArea(num(p.areaKm2), l),
			p2: formatPoints(num(p.points), l),
			p3: formatArea(num(p.baseLevel), l),
			p4: formatArea(num(p.step), l, 2),
			p5: num(p.max),
			p6: p.capVerified === false ? ', mức tối đa cần xác minh' : '',
			p7: p.factor === 'island' ? islandTag(p, l) : '',
			p8: p.capVerified === false ? ', cap to verify' : ''
		}),
	class_d307_scales_not_encoded: (_p, l) => tIn(l, 'text.reasonsQuotaClass.classifiedByTheBandsOf'),
	class_estimate: (p, l) => {
		const cls = classInText(p.estimatedClass ?? p.communeClass, l);
		const special =
			p.specialMin != null ? tIn(l, 'text.reasonsQuotaClass.specialFromP1', { p1: num(p.specialMin) }) : '';
		const rules = p.ruleSet ? `${classRuleSetLabel(p.ruleSet as ClassRuleSetId, l)}: ` : '';
		return tIn(l, 'text.reasonsQuotaClass.estimateP1ClsRulesClass', {
			p1: formatPoints(num(p.points), l),
			cls,
			rules,
			p2: num(p.classIMin),
			p3: num(p.classIIMin),
			special,
			p4: verifyTag(p, l)
		});
	},
	class_estimate_lower_bound: (p, l) =>
		tIn(l, 'text.reasonsQuotaClass.otherCriteriaBudgetNewRural', {
			p1: num(p.otherPointsMax),
			p2: classInText(p.lowest, l),
			p3: classInText(p.highest, l)
		}),
	class_population_missing: (_p, l) => tIn(l, 'text.reasonsQuotaClass.populationMissingForThePoints'),
	class_area_missing: (_p, l) => tIn(l, 'text.reasonsQuotaClass.areaMissingForThePoints'),
	class_other_points_invalid: (p, l) => tIn(l, 'text.reasonsQuotaClass.invalidOtherPointsP1', { p1: String(p.value) }),
	class_other_points_above_max: (p, l) =>
		tIn(l, 'text.reasonsQuotaClass.otherPointsP1ExceedThe', { p1: num(p.value), p2: num(p.max) }),
	class_mountainous_not_applicable: (p, l) =>
		tIn(l, 'text.reasonsQuotaClass.noMountainousLevelsForA', { p1: kindName(p.kind, l) })
};
