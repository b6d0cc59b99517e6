/** Part IV of the scheme: staff and offices before and after, the five-year plan for the surplus, surplus offices. */
import { describeStaffingReason } from '../staffing/text.ts';
import { formatStaffingCitation, formatVnd, officeUseLabel } from '../staffing/text/labels.ts';
import { docDate, docDateLong, docInteger } from './format.ts';
import type { DossierInput } from './input.ts';
import type { DossierStaffing, DossierTable } from './types.ts';
import { tIn } from '../../i18n/catalogue.ts';

export function staffingSection(input: DossierInput): DossierStaffing | null {
	const s = input.staffing;
	if (!s) return null;
	const { lang } = input;
	const plans = s.groups.map((g) => g.plan).filter((p): p is NonNullable<typeof p> => !!p);
	const deadline = plans.length ? plans.map((p) => p.deadline).sort()[0] : null;
	const deadlineClause = plans[0]?.deadlineCitation ?? null;
	const t = s.totals;
	const { plan: _plan, ...totals } = t;
	const assumptions = new Set<string>();
	for (const g of s.groups)
		for (const r of g.impact.assumptions) assumptions.add(describeStaffingReason(r, lang, { withClause: false }));
	const paragraphs = [
		tIn(lang, 'dossier.build.staffOfTheMergedUnits', {
			p1: docInteger(t.staffBefore, lang),
			p2: docInteger(t.quotaAfter, lang),
			p3: docInteger(t.surplus, lang),
			p4: docInteger(t.nonProfessionalSurplus, lang),
			p5: docInteger(t.leadersAffected, lang)
		}),
		tIn(lang, 'dossier.build.planToResolveTheSurplus', {
			p1: docDate(s.effectiveDate, lang),
			p2: deadline ? `, hạn chót ${docDate(deadline, lang)}` : '',
			p3: deadlineClause ? `; ${formatStaffingCitation(deadlineClause, lang)}` : '',
			p4: t.meetsDeadline
				? 'bảo đảm giải quyết hết số dôi dư đúng thời hạn'
				: 'chưa bảo đảm giải quyết hết số dôi dư trong thời hạn, cần bổ sung giải pháp',
			p5: deadline ? `, deadline ${docDate(deadline, lang)}` : '',
			p6: t.meetsDeadline
				? 'the surplus is resolved in time'
				: 'the surplus is not resolved in time; more measures are needed'
		}),
		tIn(lang, 'dossier.build.officesP1BeforeP2After', {
			p1: docInteger(t.officesBefore, lang),
			p2: docInteger(t.officesAfter, lang),
			p3: docInteger(t.officesBefore - t.officesAfter, lang),
			p4: formatVnd(t.annualSavingVnd, lang),
			p5:
				t.oneOffCostVnd > 0
					? `; chi phí giải quyết chế độ, chính sách một lần ước tính ${formatVnd(t.oneOffCostVnd, lang)}`
					: '',
			p6: t.oneOffCostVnd > 0 ? `; one-off leave payments are estimated at ${formatVnd(t.oneOffCostVnd, lang)}` : ''
		})
	];
	const name = (id: string) => input.evaluation.groups.find((g) => g.id === id)?.name ?? id;
	const table: DossierTable = {
		id: 'staffing',
		caption: tIn(lang, 'dossier.build.staffAndOfficesBeforeAnd'),
		sheetName: tIn(lang, 'datasetTabs.staffing'),
		columns: [
			{ key: 'name', label: tIn(lang, 'staffingGroupCard.newUnit'), kind: 'text' },
			{ key: 'before', label: tIn(lang, 'dossier.build.staffBefore'), kind: 'integer' },
			{ key: 'after', label: tIn(lang, 'dossier.build.quotaAfter'), kind: 'integer' },
			{ key: 'surplus', label: tIn(lang, 'dossier.build.surplus'), kind: 'integer' },
			{ key: 'npSurplus', label: tIn(lang, 'dossier.build.nonProfSurplus'), kind: 'integer' },
			{ key: 'leaders', label: tIn(lang, 'dossier.build.leadersLosingPost'), kind: 'integer' },
			{ key: 'officesBefore', label: tIn(lang, 'dossier.build.officesBefore'), kind: 'integer' },
			{ key: 'officesAfter', label: tIn(lang, 'dossier.build.officesAfter'), kind: 'integer' }
		],
		rows: s.groups.map((g) => ({
			name: g.name ?? name(g.id),
			before: g.impact.before.cadresCivilServants,
			after: g.impact.after.cadresCivilServants,
			surplus: g.impact.surplus.cadresCivilServants,
			npSurplus: g.impact.surplus.nonProfessional,
			leaders: g.impact.leaders.affected,
			officesBefore: g.impact.offices.before,
			officesAfter: g.impact.offices.after
		})),
		total: {
			name: tIn(lang, 'dossier.build.total'),
			before: t.staffBefore,
			after: t.quotaAfter,
			surplus: t.surplus,
			npSurplus: t.nonProfessionalSurplus,
			leaders: t.leadersAffected,
			officesBefore: t.officesBefore,
			officesAfter: t.officesAfter
		}
	};
	const planTable: DossierTable = {
		id: 'staffing_plan',
		caption: tIn(lang, 'dossier.build.fiveYearPlanForThe'),
		sheetName: tIn(lang, 'dossier.build.fiveYearPlan'),
		columns: [
			{ key: 'year', label: tIn(lang, 'dossier.build.year'), kind: 'integer' },
			{ key: 'headcount', label: tIn(lang, 'dossier.build.headcount'), kind: 'integer' },
			{ key: 'norm', label: tIn(lang, 'dossier.build.norm'), kind: 'integer' },
			{ key: 'retirements', label: tIn(lang, 'staffingPlanTable.retirements'), kind: 'integer' },
			{ key: 'transfers', label: tIn(lang, 'dossier.build.transfers'), kind: 'integer' },
			{ key: 'leaves', label: tIn(lang, 'dossier.build.streamliningLeaves'), kind: 'integer' },
			{ key: 'remaining', label: tIn(lang, 'dossier.build.remainingSurplus'), kind: 'integer' }
		],
		rows: t.plan.map((y) => ({
			year: y.year,
			headcount: y.headcount,
			norm: y.norm,
			retirements: y.retirements,
			transfers: y.transfers,
			leaves: y.leaves,
			remaining: y.remainingSurplus
		}))
	};
	const officesTable: DossierTable = {
		id: 'offices',
		caption: tIn(lang, 'dossier.build.useOfTheSurplusOffices'),
		sheetName: tIn(lang, 'staffing.surplusOffices.surplusOffices'),
		columns: [
			{ key: 'newUnit', label: tIn(lang, 'staffingGroupCard.newUnit'), kind: 'text' },
			{ key: 'office', label: tIn(lang, 'dossier.build.officeOf'), kind: 'text' },
			{ key: 'use', label: tIn(lang, 'staffing.surplusOffices.plannedUse'), kind: 'text' },
			{ key: 'target', label: tIn(lang, 'dossier.build.targetDate'), kind: 'date' }
		],
		rows: s.groups.flatMap((g) =>
			g.impact.offices.items.map((o) => ({
				newUnit: g.name ?? name(g.id),
				office: o.memberCode ? (input.basis.units.get(o.memberCode)?.name ?? o.memberCode) : '',
				use: officeUseLabel(o.use, lang),
				target: o.targetDate
			}))
		)
	};
	return {
		effectiveDate: s.effectiveDate,
		effectiveDateText: docDateLong(s.effectiveDate, lang),
		deadline,
		deadlineText: deadline ? docDateLong(deadline, lang) : '',
		deadlineClauseText: deadlineClause ? formatStaffingCitation(deadlineClause, lang) : '',
		totals,
		paragraphs,
		assumptions: [...assumptions],
		table,
		planTable,
		officesTable
	};
}
