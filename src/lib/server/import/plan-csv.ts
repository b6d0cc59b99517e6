/**
 * Merger plans from spreadsheets, and back: reading is in plan-parse.ts (and plan-groups.ts); this module writes a
 * scenario's plan as CSV and stores a plan file as a scenario (new, or a versioned replacement).
 */
import type { Kysely } from 'kysely';
import { getRuleSet, RULE_SETS } from '../../domain/rules/index.ts';
import type { ScenarioContent } from '../../domain/scenario/model.ts';
import type { UnitView } from '../../domain/units.ts';
import type { DB } from '../db/schema.ts';
import { listUnits } from '../db/unit.repository.ts';
import { getDataset } from '../db/dataset.repository.ts';
import { createScenario, getScenario, saveScenario, type Scenario } from '../db/scenario.repository.ts';
import { toCsv } from '../export/csv.ts';
import { bi, ImportError, type ImportWarning } from './errors.ts';
import { parsePlanCsv } from './plan-parse.ts';

export { PlanCsvError, parsePhase, parsePlanCsv } from './plan-parse.ts';

/** Header of an exported plan (the import reads the same file back). */
export const PLAN_COLUMNS = [
	'group',
	'code',
	'name',
	'level',
	'new_name',
	'seat_code',
	'phase',
	'kept_code',
	'kind',
	'kind_reason',
	'notes',
	'exemption_reason',
	'justification'
];

/** A scenario's plan as CSV: UTF-8 with BOM, every field quoted (codes stay text). Reads back with parsePlanCsv. */
export function planToCsv(
	content: ScenarioContent,
	units: readonly Pick<UnitView, 'code' | 'name' | 'level'>[]
): string {
	const byCode = new Map(units.map((u) => [u.code, u]));
	const rows: (string | null)[][] = [];
	for (const g of content.groups) {
		g.members.forEach((code, i) => {
			const u = byCode.get(code);
			const first = i === 0;
			rows.push([
				g.id,
				code,
				u?.name ?? null,
				u?.level ?? g.level,
				first ? g.name : null,
				first ? g.seatCode : null,
				first ? g.phase : null,
				first ? g.keptCode : null,
				first ? g.kind : null,
				first ? g.kindReason : null,
				first ? g.notes || null : null,
				null,
				null
			]);
		});
	}
	for (const x of content.exemptions) {
		const u = byCode.get(x.code);
		rows.push([
			null,
			x.code,
			u?.name ?? null,
			u?.level ?? null,
			null,
			null,
			null,
			null,
			null,
			null,
			null,
			x.reasonCode,
			x.justification
		]);
	}
	return toCsv(PLAN_COLUMNS, rows);
}

/** Read a plan file for a dataset (units and the rule set's exemption reasons). */
async function readPlan(
	db: Kysely<DB>,
	datasetId: number,
	file: { name: string; data: Uint8Array | string },
	ruleSetId: string
) {
	const rules = getRuleSet(ruleSetId);
	const units = await listUnits(db, datasetId);
	return parsePlanCsv(file.name, file.data, units, rules.exemptionReasons);
}

function checkRuleSet(ruleSetId: string | undefined): string {
	const id = ruleSetId ?? 'nq35-2023';
	if (!RULE_SETS[id])
		throw new ImportError(
			'plan_unknown_rule_set',
			bi(
				`bộ quy tắc "${id}" không có (${Object.keys(RULE_SETS).join(', ')}).`,
				`unknown rule set "${id}" (${Object.keys(RULE_SETS).join(', ')}).`
			)
		);
	return id;
}

/** Import a plan CSV as a new scenario of a dataset (version 1). Nothing is written when the file has a problem. */
export async function importPlanScenario(
	db: Kysely<DB>,
	datasetId: number,
	file: { name: string; data: Uint8Array | string },
	opts: { name?: string; ruleSetId?: string; description?: string | null; who: string }
): Promise<{ scenario: Scenario; warnings: ImportWarning[] }> {
	const ruleSetId = checkRuleSet(opts.ruleSetId);
	if (!(await getDataset(db, datasetId)))
		throw new ImportError('plan_no_dataset', bi(`không có bộ dữ liệu #${datasetId}.`, `no dataset #${datasetId}.`));
	const { content, warnings } = await readPlan(db, datasetId, file, ruleSetId);
	const name = opts.name?.trim() || `Phương án từ ${file.name}`;
	const scenario = await createScenario(db, {
		datasetId,
		name,
		description: opts.description ?? null,
		ruleSetId,
		content,
		who: opts.who,
		op: 'import',
		summary: `CSV ${file.name}`
	});
	return { scenario, warnings };
}

/** Replace the content of an existing scenario with a plan CSV (a versioned, conflict-checked save). */
export async function replacePlanFromCsv(
	db: Kysely<DB>,
	scenarioId: number,
	expectedVersion: number,
	file: { name: string; data: Uint8Array | string },
	who: string
): Promise<{ scenario: Scenario; warnings: ImportWarning[] }> {
	const s = await getScenario(db, scenarioId);
	if (!s)
		throw new ImportError('plan_no_scenario', bi(`không có phương án #${scenarioId}.`, `no scenario #${scenarioId}.`));
	const { content, warnings } = await readPlan(db, s.datasetId, file, s.ruleSetId);
	const scenario = await saveScenario(db, scenarioId, expectedVersion, content, who, `CSV ${file.name}`);
	return { scenario, warnings };
}
