/**
 * Merger plans from spreadsheets, and back: reading is in plan-parse.ts (and plan-groups.ts); this module writes a
 * scenario's plan as CSV and reads a plan file against a dataset's units (the scenario service stores it).
 */
import { getRuleSet } from '../../domain/rules/index.ts';
import type { ScenarioContent } from '../../domain/scenario/model.ts';
import type { UnitView } from '../../domain/units.ts';
import { toCsv } from '../export/csv.ts';
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

/** Read a plan file against a dataset's units and the rule set's exemption reasons (nothing is stored). */
export function readPlan(file: { name: string; data: Uint8Array | string }, units: UnitView[], ruleSetId: string) {
	return parsePlanCsv(file.name, file.data, units, getRuleSet(ruleSetId).exemptionReasons);
}
