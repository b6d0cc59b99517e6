/**
 * `plan <dataset> [--rules nq35-2023] [--phase 2023-2025|2026-2030|both] [--cross-district] [--max-members N]
 * [--protect CODE,…] [--complete SCENARIO] [--save] [--name N] [--json]`: the planner (issue 13) from the command
 * line. Prints the best plan (groups, uncovered subject units with their reason, seconds, number of alternatives);
 * --save stores it as a new scenario (or, with --complete, adds its groups to that draft).
 */
import { parseArgs } from 'node:util';
import type { Db } from '../lib/server/db/database.ts';
import { findDataset } from '../lib/server/db/dataset.repository.ts';
import { acceptPlan, runPlanner } from '../lib/server/planner.service.ts';
import { describeMeets, describeUncovered, PLANNER_PHASES, type PlannerPhase } from '../lib/domain/planner/index.ts';
import { requireScenario } from '../lib/server/services/scenario.service.ts';
import { cliLang } from './common.ts';
import { tIn } from '../lib/i18n/catalogue.ts';

export const PLAN_HELP = `  plan <dataset> [--rules nq35-2023] [--phase 2023-2025|2026-2030|both] [--cross-district]
       [--max-members N] [--protect CODE,…] [--complete SCENARIO] [--save] [--name N] [--json]
                                       propose merger groups covering the units that must be arranged (exact
                                       set-partitioning solved by HiGHS); --save stores the plan as a scenario
                                       (with --complete: adds its groups to that draft, keeping the draft's groups)`;

export async function planCommand(db: Db, args: string[], who: string, fail: (m: string) => never): Promise<void> {
	const { values, positionals } = parseArgs({
		args,
		allowPositionals: true,
		options: {
			json: { type: 'boolean', default: false },
			rules: { type: 'string' },
			phase: { type: 'string', default: '2023-2025' },
			'cross-district': { type: 'boolean', default: false },
			'max-members': { type: 'string', default: '4' },
			'prefer-subject-partners': { type: 'boolean', default: false },
			protect: { type: 'string' },
			complete: { type: 'string' },
			alternatives: { type: 'string', default: '3' },
			'time-limit': { type: 'string', default: '60' },
			seed: { type: 'string', default: '1' },
			save: { type: 'boolean', default: false },
			name: { type: 'string' }
		}
	});
	const [ref] = positionals;
	if (!ref) fail(`Usage:\n${PLAN_HELP}`);
	const dataset = await findDataset(db, ref);
	if (!dataset) fail(`Không có bộ dữ liệu / no such dataset: ${ref}`);
	const phase = values.phase.replace('–', '-') as PlannerPhase;
	if (!PLANNER_PHASES.includes(phase)) fail(`--phase: ${PLANNER_PHASES.join(' | ')}`);
	const maxMembers = Number(values['max-members']);
	if (!Number.isInteger(maxMembers) || maxMembers < 2 || maxMembers > 6) fail('--max-members: 2–6');
	const keepScenarioId = values.complete ? Number(values.complete) : null;
	const run = await runPlanner(db, {
		datasetId: dataset.id,
		ruleSetId: values.rules ?? null,
		keepScenarioId,
		options: {
			phase,
			crossDistrict: values['cross-district'],
			maxMembers,
			preferSubjectPartners: values['prefer-subject-partners'],
			protect: values.protect
				? values.protect
						.split(',')
						.map((s) => s.trim())
						.filter(Boolean)
				: [],
			alternatives: Number(values.alternatives),
			timeLimitSeconds: Number(values['time-limit']),
			seed: Number(values.seed)
		}
	});
	const best = run.plans[0];
	let scenarioId: number | null = null;
	if (values.save) {
		const groups = best.groups.filter((g) => !g.kept).map((g) => ({ level: g.level, members: g.members }));
		if (keepScenarioId) {
			const s = await requireScenario(db, keepScenarioId, { datasetId: dataset.id });
			scenarioId = (
				await acceptPlan(
					db,
					{ id: who, name: who },
					{
						datasetId: dataset.id,
						groups,
						into: { scenarioId: s.id, expectedVersion: s.version }
					}
				)
			).scenarioId;
		} else {
			const name = values.name ?? `Đề xuất tự động ${new Date().toISOString().slice(0, 16).replace('T', ' ')}`;
			scenarioId = (
				await acceptPlan(
					db,
					{ id: who, name: who },
					{
						datasetId: dataset.id,
						ruleSetId: run.ruleSetId,
						groups,
						into: { name }
					}
				)
			).scenarioId;
		}
	}
	const names = (c: string) =>
		best.groups.flatMap((g) => g.members.map((m, i) => [m, g.names[i]])).find(([m]) => m === c)?.[1] ?? c;
	const doc = {
		...(values.save ? { scenario_id: scenarioId } : {}),
		groups: best.groups.map((g) => ({
			members: g.members,
			names: g.names,
			level: g.level,
			meets: g.meets,
			contiguous: g.contiguous,
			kept: g.kept
		})),
		uncovered: best.uncovered.map((u) => ({ code: u.code, name: u.name, reason: u.reason, related: u.related })),
		score: best.score,
		seconds: Math.round(run.seconds * 1000) / 1000,
		status: run.stats.status,
		alternatives: run.plans.length - 1
	};
	if (values.json) {
		process.stdout.write(JSON.stringify(doc, null, 2) + '\n');
		return;
	}
	const lang = cliLang();
	const lines = [
		tIn(cliLang(), 'plan.nameGroupslengthGroupsUncoveredlengthUnits', {
			name: dataset.name,
			groupsLength: best.groups.length,
			uncoveredLength: best.uncovered.length,
			seconds: doc.seconds
		})
	];
	const kept = tIn(lang, 'plan.kept');
	for (const g of best.groups)
		lines.push(
			`  ${g.kept ? kept : ''}${g.names.join(' + ')} [${g.members.join(', ')}]: ${describeMeets(g.meets)[lang]}`
		);
	for (const u of best.uncovered) lines.push(`  ! ${u.name} (${u.code}): ${describeUncovered(u, names)[lang]}`);
	lines.push(tIn(cliLang(), 'plan.alternativesAlternatives', { alternatives: doc.alternatives }));
	if (scenarioId != null) lines.push(tIn(cliLang(), 'plan.scenarioScenarioid', { scenarioId }));
	process.stdout.write(lines.join('\n') + '\n');
}
