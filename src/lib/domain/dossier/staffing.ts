/** Part IV of the scheme: staff and offices before and after, the five-year plan for the surplus, surplus offices. */
import { describeStaffingReason } from '../staffing/text.ts';
import { formatStaffingCitation, formatVnd, officeUseLabel } from '../staffing/text/labels.ts';
import { docDate, docDateLong, docInteger, pick } from './format.ts';
import type { DossierInput } from './input.ts';
import type { DossierStaffing, DossierTable } from './types.ts';

export function staffingSection(input: DossierInput): DossierStaffing | null {
	const s = input.staffing;
	if (!s) return null;
	const { lang } = input;
	const plans = s.groups.map((g) => g.plan).filter((p): p is NonNullable<typeof p> => !!p);
	const deadline = plans.length ? plans.map((p) => p.deadline).sort()[0] : null;
	const deadlineClause = plans[0]?.deadlineCitation ?? null;
	const t = s.totals;
	const assumptions = new Set<string>();
	for (const g of s.groups)
		for (const r of g.impact.assumptions) assumptions.add(describeStaffingReason(r, lang, { withClause: false }));
	const paragraphs = [
		pick(
			lang,
			`Tổng số cán bộ, công chức cấp xã, cấp huyện của các đơn vị thực hiện sắp xếp là ${docInteger(t.staffBefore, lang)} người; số lượng theo quy định sau sắp xếp là ${docInteger(t.quotaAfter, lang)} người; số dôi dư là ${docInteger(t.surplus, lang)} người (so với định mức của Nghị định số 33/2023/NĐ-CP đối với cấp xã). Số người hoạt động không chuyên trách dôi dư: ${docInteger(t.nonProfessionalSurplus, lang)} người. Số người thôi giữ chức vụ lãnh đạo: ${docInteger(t.leadersAffected, lang)} người.`,
			`Staff of the merged units: ${docInteger(t.staffBefore, lang)}; quota after the arrangement: ${docInteger(t.quotaAfter, lang)}; surplus: ${docInteger(t.surplus, lang)} (commune level against the Decree 33/2023 norm). Non-professional surplus: ${docInteger(t.nonProfessionalSurplus, lang)}. Leaders who lose their post: ${docInteger(t.leadersAffected, lang)}.`
		),
		pick(
			lang,
			`Lộ trình giải quyết số lượng dôi dư trong thời hạn 05 năm kể từ ngày nghị quyết của Ủy ban Thường vụ Quốc hội có hiệu lực (${docDate(s.effectiveDate, lang)}${deadline ? `, hạn chót ${docDate(deadline, lang)}` : ''}${deadlineClause ? `; ${formatStaffingCitation(deadlineClause, lang)}` : ''}): ${t.meetsDeadline ? 'bảo đảm giải quyết hết số dôi dư đúng thời hạn' : 'chưa bảo đảm giải quyết hết số dôi dư trong thời hạn, cần bổ sung giải pháp'}.`,
			`Plan to resolve the surplus within 5 years of the Standing Committee's resolution taking effect (${docDate(s.effectiveDate, lang)}${deadline ? `, deadline ${docDate(deadline, lang)}` : ''}): ${t.meetsDeadline ? 'the surplus is resolved in time' : 'the surplus is not resolved in time; more measures are needed'}.`
		),
		pick(
			lang,
			`Trụ sở: trước sắp xếp ${docInteger(t.officesBefore, lang)}, sau sắp xếp ${docInteger(t.officesAfter, lang)}, dôi dư ${docInteger(t.officesBefore - t.officesAfter, lang)}. Khi giải quyết xong số dôi dư, tiết kiệm chi thường xuyên khoảng ${formatVnd(t.annualSavingVnd, lang)}/năm${t.oneOffCostVnd > 0 ? `; chi phí giải quyết chế độ, chính sách một lần ước tính ${formatVnd(t.oneOffCostVnd, lang)}` : ''}.`,
			`Offices: ${docInteger(t.officesBefore, lang)} before, ${docInteger(t.officesAfter, lang)} after, ${docInteger(t.officesBefore - t.officesAfter, lang)} surplus. Once the surplus is resolved the payroll saving is about ${formatVnd(t.annualSavingVnd, lang)} a year${t.oneOffCostVnd > 0 ? `; one-off leave payments are estimated at ${formatVnd(t.oneOffCostVnd, lang)}` : ''}.`
		)
	];
	const name = (id: string) => input.evaluation.groups.find((g) => g.id === id)?.name ?? id;
	const table: DossierTable = {
		id: 'staffing',
		caption: pick(lang, 'Cán bộ, công chức và trụ sở trước, sau sắp xếp', 'Staff and offices before and after'),
		sheetName: pick(lang, 'Biên chế', 'Staffing'),
		columns: [
			{ key: 'name', label: pick(lang, 'Đơn vị mới', 'New unit'), kind: 'text' },
			{ key: 'before', label: pick(lang, 'CBCC hiện có', 'Staff before'), kind: 'integer' },
			{ key: 'after', label: pick(lang, 'CBCC theo quy định', 'Quota after'), kind: 'integer' },
			{ key: 'surplus', label: pick(lang, 'CBCC dôi dư', 'Surplus'), kind: 'integer' },
			{ key: 'npSurplus', label: pick(lang, 'Không chuyên trách dôi dư', 'Non-prof. surplus'), kind: 'integer' },
			{ key: 'leaders', label: pick(lang, 'Lãnh đạo thôi chức vụ', 'Leaders losing post'), kind: 'integer' },
			{ key: 'officesBefore', label: pick(lang, 'Trụ sở trước', 'Offices before'), kind: 'integer' },
			{ key: 'officesAfter', label: pick(lang, 'Trụ sở sau', 'Offices after'), kind: 'integer' }
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
			name: pick(lang, 'Tổng cộng', 'Total'),
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
		caption: pick(lang, 'Lộ trình giải quyết cán bộ, công chức dôi dư (05 năm)', 'Five-year plan for the surplus'),
		sheetName: pick(lang, 'Lộ trình 5 năm', 'Five-year plan'),
		columns: [
			{ key: 'year', label: pick(lang, 'Năm thứ', 'Year'), kind: 'integer' },
			{ key: 'headcount', label: pick(lang, 'Số có mặt cuối năm', 'Headcount'), kind: 'integer' },
			{ key: 'norm', label: pick(lang, 'Định mức', 'Norm'), kind: 'integer' },
			{ key: 'retirements', label: pick(lang, 'Nghỉ hưu', 'Retirements'), kind: 'integer' },
			{ key: 'transfers', label: pick(lang, 'Điều động, luân chuyển', 'Transfers'), kind: 'integer' },
			{ key: 'leaves', label: pick(lang, 'Tinh giản, nghỉ việc', 'Streamlining leaves'), kind: 'integer' },
			{ key: 'remaining', label: pick(lang, 'Còn dôi dư', 'Remaining surplus'), kind: 'integer' }
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
		caption: pick(lang, 'Phương án sử dụng trụ sở dôi dư', 'Use of the surplus offices'),
		sheetName: pick(lang, 'Trụ sở dôi dư', 'Surplus offices'),
		columns: [
			{ key: 'newUnit', label: pick(lang, 'Đơn vị mới', 'New unit'), kind: 'text' },
			{ key: 'office', label: pick(lang, 'Trụ sở của', 'Office of'), kind: 'text' },
			{ key: 'use', label: pick(lang, 'Phương án sử dụng', 'Planned use'), kind: 'text' },
			{ key: 'target', label: pick(lang, 'Thời hạn', 'Target date'), kind: 'date' }
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
		totals: {
			staffBefore: t.staffBefore,
			quotaAfter: t.quotaAfter,
			surplus: t.surplus,
			nonProfessionalSurplus: t.nonProfessionalSurplus,
			leadersAffected: t.leadersAffected,
			officesBefore: t.officesBefore,
			officesAfter: t.officesAfter,
			annualSavingVnd: t.annualSavingVnd,
			oneOffCostVnd: t.oneOffCostVnd,
			meetsDeadline: t.meetsDeadline,
			membersOnQuota: t.membersOnQuota
		},
		paragraphs,
		assumptions: [...assumptions],
		table,
		planTable,
		officesTable
	};
}
