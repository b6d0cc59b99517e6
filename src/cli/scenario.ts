/**
 * `scenario <sub-command>`: scenarios from the command line, over the same repository and domain code as the app.
 *
 *   scenario list <dataset> [--json]
 *   scenario import <dataset> <plan.csv> [--name N] [--rules id] [--json]
 *   scenario evaluate <scenario-id> [--phases 2023-2025[,2026-2030]] [--json]
 *   scenario export <scenario-id> [--out plan.csv]
 *   scenario purge [--json]          (scenarios deleted more than 30 days ago)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import type { Db } from '../lib/server/db/database.ts';
import { findDataset } from '../lib/server/db/dataset.repository.ts';
import { listUnits } from '../lib/server/db/unit.repository.ts';
import { planToCsv, PlanCsvError } from '../lib/server/import/plan-csv.ts';
import { ImportError } from '../lib/server/import/errors.ts';
import {
	evaluateStored,
	findScenario,
	importPlanScenario,
	listDatasetScenarios,
	parsePhases,
	purgeDeletedScenarios,
	type Actor,
	type Scenario
} from '../lib/server/services/scenario.service.ts';
import { RULE_SETS } from '../lib/domain/rules/index.ts';
import { describeScenarioReason } from '../lib/domain/scenario/text.ts';
import { ScenarioStateError } from '../lib/domain/scenario/lifecycle.ts';
import type { ScenarioEvaluation } from '../lib/domain/scenario/evaluate.ts';
import type { Reason } from '../lib/domain/rules/types.ts';
import { formatArea, formatPopulation } from '../lib/domain/format.ts';
import { kindName, meetsLabel, percentText, roleLabel } from '../lib/domain/rules/text.ts';
import { KIND_LABEL_VI, KIND_LABEL_EN, type UnitKind } from '../lib/domain/units.ts';
import { tIn } from '../lib/i18n/catalogue.ts';
import { cliLang } from './common.ts';

export interface ScenarioCliOptions {
	json: boolean;
	name?: string;
	rules?: string;
	phases?: string;
	out?: string;
	who: string;
}

export const SCENARIO_HELP = `  scenario list <dataset> [--json]     scenarios of a dataset
  scenario import <dataset> <plan.csv> [--name N] [--rules nq35-2023|nq76-2025] [--json]
                                       a merger plan (group,code[,new_name,seat_code,phase,kept_code]) as a new scenario
  scenario evaluate <scenario-id> [--phases 2023-2025[,2026-2030]] [--json]
                                       units before/after, every group's verdict, subject units left
  scenario export <scenario-id> [--out plan.csv]
                                       the plan as CSV (UTF-8 with BOM, codes quoted)
  scenario purge [--json]              remove for good the scenarios deleted more than 30 days ago`;

const reasonJson = (r: Reason) => ({
	code: r.code,
	params: r.params,
	text_vi: describeScenarioReason(r, 'vi'),
	text_en: describeScenarioReason(r, 'en')
});

/** The evaluation as the CLI prints it in JSON: snake_case, figures unrounded, reasons with their words. */
export function evaluationJson(ev: ScenarioEvaluation, names: ReadonlyMap<string, string>) {
	return {
		rule_set_id: ev.ruleSetId,
		phases: ev.phases,
		units_before: ev.unitsBefore,
		units_after: ev.unitsAfter,
		unit_count: ev.unitCount,
		summary: {
			groups: ev.summary.groups,
			valid_groups: ev.summary.validGroups,
			mandatory: ev.summary.mandatory,
			mandatory_in_groups: ev.summary.mandatoryInGroups,
			mandatory_exempted: ev.summary.mandatoryExempted,
			mandatory_left: ev.summary.mandatoryLeft
		},
		groups: ev.groups.map((g) => ({
			id: g.id,
			level: g.level,
			members: g.members,
			member_names: Object.fromEntries(g.members.map((c) => [c, names.get(c) ?? null])),
			name: g.name,
			name_is_new: g.nameIsNew,
			kind: g.kind,
			kind_source: g.kindSource,
			kept_code: g.keptCode,
			retired_codes: g.retiredCodes,
			seat_code: g.seatCode,
			seat_suggestion: g.seatSuggestion,
			phase: g.phase,
			legal_phase: g.legalPhase,
			area_km2: g.areaKm2,
			area_source: g.areaSource,
			population: g.population,
			area_ratio: g.ratios.area,
			population_ratio: g.ratios.population,
			standard: g.verdict.standards
				? {
						id: g.verdict.standardId,
						area_km2: g.verdict.standards.area.effective,
						population: g.verdict.standards.population.effective,
						clause: g.verdict.standards.area.citation
					}
				: null,
			meets: g.meets,
			contiguous: g.contiguous,
			parts: g.parts,
			roles: g.roles,
			parent_after: g.parentAfter,
			residents_affected: g.residentsAffected,
			valid: g.valid,
			errors: g.errors.map(reasonJson),
			warnings: g.warnings.map(reasonJson)
		})),
		mandatory_left: ev.mandatoryLeft.map((m) => ({
			code: m.code,
			name: m.name,
			level: m.level,
			kind: m.kind,
			parent_code: m.parentCode,
			phase: m.phase,
			criterion: m.criterion,
			area_ratio: m.ratios.area,
			population_ratio: m.ratios.population,
			bbox: m.bbox
		})),
		exemptions: ev.exemptions.map((x) => ({
			code: x.code,
			name: x.name,
			level: x.level,
			source: x.source,
			reason_code: x.reasonCode,
			justification: x.justification,
			phase: x.phase,
			needed: x.needed,
			clause: x.clause
		})),
		residents_affected: {
			absorbed_communes: ev.residentsAffected.absorbedCommunes,
			absorbed_commune_count: ev.residentsAffected.absorbedCommuneCount,
			absorbed_districts: ev.residentsAffected.absorbedDistricts,
			absorbed_district_count: ev.residentsAffected.absorbedDistrictCount,
			district_change: ev.residentsAffected.districtChange,
			district_change_communes: ev.residentsAffected.districtChangeCommunes,
			total: ev.residentsAffected.total,
			missing_population: ev.residentsAffected.missingPopulation
		},
		district_follow: ev.districtFollow.map((f) => ({
			code: f.code,
			name: f.name,
			from: f.fromDistrict,
			to: f.toDistrict,
			changes: f.changes,
			group: f.groupId
		}))
	};
}

function kindsText(k: Partial<Record<string, number>>, l: 'vi' | 'en'): string {
	const labels = l === 'vi' ? KIND_LABEL_VI : KIND_LABEL_EN;
	return Object.entries(k)
		.map(([kind, n]) => `${n} ${(labels[kind as UnitKind] ?? kind).toLowerCase()}`)
		.join(', ');
}

/** The evaluation as text for a terminal. */
function evaluationText(title: string, ev: ScenarioEvaluation, names: ReadonlyMap<string, string>): string {
	const l = cliLang();
	const lines: string[] = [title];
	lines.push(
		tIn(l, 'scenario.beforeDistrictDistrictLevelP1', {
			district: ev.unitCount.before.district,
			p1: kindsText(ev.unitsBefore.district, l),
			commune: ev.unitCount.before.commune,
			p2: kindsText(ev.unitsBefore.commune, l)
		})
	);
	lines.push(
		tIn(l, 'scenario.afterDistrictDistrictLevelP1', {
			district: ev.unitCount.after.district,
			p1: kindsText(ev.unitsAfter.district, l),
			commune: ev.unitCount.after.commune,
			p2: kindsText(ev.unitsAfter.commune, l)
		})
	);
	for (const g of ev.groups) {
		lines.push('');
		lines.push(
			`  [${g.id}] ${g.name ?? '—'} (${kindName(g.kind, l)}) ← ${g.members.map((c) => `${names.get(c) ?? c} ${c} (${roleLabel(g.roles[c] ?? 'not_applicable', l)})`).join(' + ')}`
		);
		lines.push(
			`      ${formatArea(g.areaKm2, l)} (${percentText(g.ratios.area, l)}), ${formatPopulation(g.population, l)} (${percentText(g.ratios.population, l)}): ${meetsLabel(g.meets, l)}; ${
				g.contiguous == null
					? tIn(l, 'scenario.contiguityUnknown')
					: g.contiguous
						? tIn(l, 'scenario.contiguous')
						: tIn(l, 'scenario.partslengthSeparateParts', { partsLength: g.parts.length })
			}`
		);
		for (const e of g.errors) lines.push(`      ✗ ${describeScenarioReason(e, l)}`);
		for (const w of g.warnings) lines.push(`      ! ${describeScenarioReason(w, l)}`);
	}
	lines.push('');
	lines.push(
		tIn(l, 'scenario.subjectUnitsLeftP1Mandatoryleftlength', {
			p1: ev.phases.join(', '),
			mandatoryLeftLength: ev.mandatoryLeft.length
		})
	);
	for (const m of ev.mandatoryLeft)
		lines.push(
			`    ${m.code}\t${m.name}\t${percentText(m.ratios.area, l)}\t${percentText(m.ratios.population, l)}\t${m.criterion ?? ''}`
		);
	const r = ev.residentsAffected;
	lines.push(
		tIn(l, 'scenario.residentsWhoseDocumentsChangeP1', {
			p1: formatPopulation(r.total, l),
			p2: formatPopulation(r.absorbedCommunes, l),
			p3: formatPopulation(r.districtChange, l),
			districtChangeCommunes: r.districtChangeCommunes
		})
	);
	return lines.join('\n');
}

/** Dispatch `scenario <sub-command> ...`. */
export async function scenarioCommand(
	db: Db,
	args: string[],
	opts: ScenarioCliOptions,
	fail: (m: string, code?: number) => never
): Promise<void> {
	const [sub, ...rest] = args;
	const actor: Actor = { id: opts.who, name: opts.who };
	/** A scenario that exists and is not deleted, or the usage failure. */
	const liveScenario = async (ref: string): Promise<Scenario> => {
		const s = await findScenario(db, Number(ref)).catch((e) => {
			if (e instanceof ScenarioStateError) return undefined;
			throw e;
		});
		if (!s || s.deletedAt) fail(tIn(cliLang(), 'scenario.noScenarioRef', { ref }));
		return s;
	};
	const print = (obj: unknown, text: string) =>
		process.stdout.write(opts.json ? JSON.stringify(obj, null, 2) + '\n' : text + '\n');
	switch (sub) {
		case 'list': {
			const [ref] = rest;
			if (!ref) fail('Usage: scenario list <dataset> [--json]');
			const ds = await findDataset(db, ref);
			if (!ds) fail(tIn(cliLang(), 'evaluate.noDatasetRef', { ref }));
			const list = (await listDatasetScenarios(db, ds.id)).scenarios;
			print(
				list,
				list
					.map((s) =>
						tIn(cliLang(), 'scenario.idNameVVersionStatus', {
							id: s.id,
							name: s.name,
							version: s.version,
							status: s.status,
							groups: s.groups,
							ruleSetId: s.ruleSetId,
							updatedAt: s.updatedAt
						})
					)
					.join('\n') || tIn(cliLang(), 'scenario.noScenarios')
			);
			return;
		}
		case 'import': {
			const [ref, file] = rest;
			if (!ref || !file) fail('Usage: scenario import <dataset> <plan.csv> [--name N] [--rules id] [--json]');
			if (opts.rules && !RULE_SETS[opts.rules])
				fail(
					tIn(cliLang(), 'evaluate.unknownRuleSetRulesKnown', {
						rules: opts.rules,
						p1: Object.keys(RULE_SETS).join(', ')
					})
				);
			const ds = await findDataset(db, ref);
			if (!ds) fail(tIn(cliLang(), 'evaluate.noDatasetRef', { ref }));
			let data: Buffer;
			try {
				data = readFileSync(resolve(file));
			} catch {
				fail(tIn(cliLang(), 'scenario.cannotReadFile', { file }));
			}
			try {
				const { scenario, warnings } = await importPlanScenario(
					db,
					actor,
					ds.id,
					{ name: basename(file), data },
					{ name: opts.name, ruleSetId: opts.rules }
				);
				print(
					{
						scenario_id: scenario.id,
						dataset_id: ds.id,
						name: scenario.name,
						version: scenario.version,
						rule_set_id: scenario.ruleSetId,
						groups: scenario.content.groups.length,
						exemptions: scenario.content.exemptions.length,
						warnings: warnings.map((w) => w.message_en),
						warnings_vi: warnings.map((w) => w.message_vi)
					},
					[
						tIn(cliLang(), 'scenario.importedScenarioIdNameGroupslength', {
							id: scenario.id,
							name: scenario.name,
							groupsLength: scenario.content.groups.length,
							exemptionsLength: scenario.content.exemptions.length
						}),
						...warnings.map((w) => `  ! ${w.message_vi}`)
					].join('\n')
				);
			} catch (e) {
				if (e instanceof ImportError) {
					const problems = e instanceof PlanCsvError ? e.problems : [e];
					if (opts.json) {
						process.stderr.write(
							JSON.stringify({
								error: 'invalid_plan',
								problems: problems.map((p) => ({
									code: p.code,
									where: p.where,
									message: p.describe('en'),
									message_vi: p.describe('vi')
								}))
							}) + '\n'
						);
					} else {
						process.stderr.write(
							tIn(cliLang(), 'scenario.planFileErrorsP2The', {
								p1: problems.map((p) => `  ${p.describe('vi')}`).join('\n'),
								p2: problems.map((p) => `  ${p.describe('en')}`).join('\n')
							})
						);
					}
					process.exit(2);
				}
				throw e;
			}
			return;
		}
		case 'evaluate': {
			const [ref] = rest;
			if (!ref || !/^\d+$/.test(ref))
				fail('Usage: scenario evaluate <scenario-id> [--phases 2023-2025[,2026-2030]] [--json]');
			const scenario = await liveScenario(ref);
			const t0 = performance.now();
			const { evaluation, workspace } = await evaluateStored(db, scenario, { phases: parsePhases(opts.phases) });
			const ms = performance.now() - t0; // includes loading units and adjacency
			const names = new Map(workspace.units.map((u) => [u.code, u.name]));
			print(
				{
					scenario: {
						id: scenario.id,
						name: scenario.name,
						dataset_id: scenario.datasetId,
						rule_set_id: scenario.ruleSetId,
						version: scenario.version,
						status: scenario.status
					},
					...evaluationJson(evaluation, names)
				},
				evaluationText(
					`#${scenario.id} ${scenario.name} (v${scenario.version}, ${workspace.rules.id}) — ${ms.toFixed(1)} ms`,
					evaluation,
					names
				)
			);
			return;
		}
		case 'export': {
			const [ref] = rest;
			if (!ref || !/^\d+$/.test(ref)) fail('Usage: scenario export <scenario-id> [--out plan.csv]');
			const scenario = await liveScenario(ref);
			const csv = planToCsv(scenario.content, await listUnits(db, scenario.datasetId));
			if (opts.out) {
				writeFileSync(resolve(opts.out), csv);
				process.stderr.write(tIn(cliLang(), 'scenario.writtenOut', { out: opts.out }));
			} else process.stdout.write(csv);
			return;
		}
		case 'purge': {
			const ids = await purgeDeletedScenarios(db, actor);
			print(
				{ purged: ids },
				ids.length
					? tIn(cliLang(), 'scenario.purgedP1', { p1: ids.map((i) => `#${i}`).join(', ') })
					: tIn(cliLang(), 'scenario.nothingToPurge')
			);
			return;
		}
		default:
			fail(tIn(cliLang(), 'scenario.unknownScenarioCommandP1Scenario', { p1: sub ?? '', SCENARIO_HELP }));
	}
}
