import { readFileSync } from 'node:fs';
import type { Db } from '../lib/server/db/database.ts';
import { getScenarioStaffing, saveScenarioStaffing } from '../lib/server/db/scenario-staffing.repository.ts';
import { computeScenarioStaffing } from '../lib/server/scenario-staffing.ts';
import { validateStaffingInputs } from '../lib/domain/staffing/scenario.ts';
import { formatNumber } from '../lib/domain/format.ts';
import { cliLang } from './common.ts';
import { tIn } from '../lib/i18n/catalogue.ts';

/** `staffing <scenario> [--inputs file.json] [--json]`: staff, quota, surplus, plan, cost and saving per group and in total. */
export async function staffingCommand(
	db: Db,
	args: string[],
	opts: { json: boolean; inputs?: string; who: string },
	fail: (m: string) => never
): Promise<void> {
	const [ref] = args;
	const id = Number(ref);
	if (!ref || !Number.isInteger(id)) fail('Usage: staffing <scenario-id> [--inputs inputs.json] [--json]');
	if (opts.inputs) {
		let inputs: unknown;
		try {
			inputs = JSON.parse(readFileSync(opts.inputs, 'utf8'));
		} catch (e) {
			fail(tIn(cliLang(), 'staffing.inputsNotValidJsonP1', { inputs: opts.inputs, p1: (e as Error).message }));
		}
		const problems = validateStaffingInputs(inputs);
		if (problems.length) fail(`${opts.inputs}: ${problems.map((p) => p.en).join(' ')}`);
		const { version } = await getScenarioStaffing(db, id);
		await saveScenarioStaffing(db, id, version, inputs as never, opts.who);
	}
	const { staffing } = await computeScenarioStaffing(db, id);
	const groups = staffing.groups.map((g) => ({
		group: g.id,
		name: g.name,
		level: g.level,
		staff_before: g.impact.before.cadresCivilServants,
		staff_before_source: g.impact.members.map((m) => ({
			code: m.code,
			value: m.cadresCivilServants.value,
			source: m.cadresCivilServants.source
		})),
		quota_after: g.impact.after.cadresCivilServants,
		new_unit_class: g.impact.newUnit.communeClass,
		new_unit_class_source: g.impact.newUnit.classSource,
		surplus: g.impact.surplus.cadresCivilServants,
		nonprofessional_surplus: g.impact.surplus.nonProfessional,
		leaders_affected: g.impact.leaders.affected,
		offices_before: g.impact.offices.before,
		offices_after: g.impact.offices.after,
		annual_saving: g.saving.totalVnd,
		one_off_cost: g.leaveCost?.totalVnd ?? 0,
		plan: (g.plan?.years ?? []).map((y) => ({
			year: y.year,
			headcount: y.headcount,
			retirements: y.retirements,
			transfers: y.transfers,
			leaves: y.leaves
		})),
		deadline: g.plan?.deadline ?? null,
		meets_deadline: g.plan?.meetsDeadline ?? null,
		shortfall: g.plan?.shortfall ?? null
	}));
	const t = staffing.totals;
	const total = {
		staff_before: t.staffBefore,
		quota_after: t.quotaAfter,
		surplus: t.surplus,
		nonprofessional_surplus: t.nonProfessionalSurplus,
		leaders_affected: t.leadersAffected,
		offices_before: t.officesBefore,
		offices_after: t.officesAfter,
		annual_saving: t.annualSavingVnd,
		one_off_cost: t.oneOffCostVnd,
		plan: t.plan.map((y) => ({
			year: y.year,
			headcount: y.headcount,
			retirements: y.retirements,
			transfers: y.transfers,
			leaves: y.leaves
		})),
		meets_deadline: t.meetsDeadline,
		members_on_quota: t.membersOnQuota
	};
	if (opts.json) {
		process.stdout.write(
			JSON.stringify({ scenario: id, effective_date: staffing.effectiveDate, groups, total }, null, 2) + '\n'
		);
		return;
	}
	const lang = cliLang();
	const n = (x: number | null | undefined) => formatNumber(x ?? null, lang);
	const date = staffing.effectiveDate;
	const lines = [tIn(lang, 'staffing.scenarioIdInForceFrom', { id, date })];
	const met = (ok: boolean | null) => (ok ? tIn(lang, 'staffing.met') : tIn(lang, 'staffing.notMet'));
	for (const g of groups) {
		lines.push(
			tIn(lang, 'staffing.groupNameStaffBeforeP1', {
				group: g.group,
				name: g.name,
				p1: n(g.staff_before),
				p2: n(g.quota_after),
				p3: n(g.surplus),
				p4: n(g.nonprofessional_surplus),
				p5: n(g.leaders_affected),
				p6: n(g.offices_before),
				p7: n(g.offices_after),
				p8: n(g.annual_saving),
				p9: n(g.one_off_cost),
				p10: met(g.meets_deadline),
				p11: g.deadline ?? '—'
			})
		);
	}
	lines.push(
		tIn(lang, 'staffing.totalSurplusP1SavingP2', {
			p1: n(total.surplus),
			p2: n(total.annual_saving),
			p3: n(total.one_off_cost),
			p4: met(total.meets_deadline)
		})
	);
	process.stdout.write(lines.join('\n') + '\n');
}
