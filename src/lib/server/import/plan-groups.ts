/**
 * The groups of a plan file once its rows are read: checks that need the whole group (seat and kept code are members,
 * the kind fits the level, single-member groups), then the scenario content built with the domain operations.
 */
import {
	addMember,
	emptyContent,
	newGroup,
	ScenarioEditError,
	setExemption,
	setGroupFields,
	type GroupFields,
	type ScenarioCatalog,
	type ScenarioContent,
	type ScenarioPhase
} from '../../domain/scenario/model.ts';
import { KIND_LABEL_VI, LEVEL_OF_KIND, parseKind, type UnitKind } from '../../domain/units.ts';
import type { Bilingual } from '../../domain/messages.ts';
import { ImportError, warning, type ImportWarning, type InputLocation } from './errors.ts';
import { both } from '../../i18n/catalogue.ts';

/** Columns that describe a whole group: written on any of its rows, once or repeated with the same value. */
export const GROUP_COLUMNS = ['new_name', 'seat_code', 'phase', 'kept_code', 'kind', 'kind_reason', 'notes'] as const;
export type GroupColumn = (typeof GROUP_COLUMNS)[number];

export interface PlanRow {
	row: number;
	group: string;
	code: string;
}

/** A group as read from the rows: its member rows, level, first row, and group columns with the row that set them. */
export interface PlanGroup {
	rows: PlanRow[];
	level: string | null;
	firstRow: number;
	fields: Partial<Record<GroupColumn, { value: string; row: number }>>;
}

/** A unit the plan keeps (empty group, NQ 35 Art. 3.1 reason and justification). */
export interface PlanExemption {
	code: string;
	reasonCode: string;
	justification: string;
	row: number;
}

/** What the group checks need from the file being read. */
export interface PlanFileContext {
	file: string;
	colName: (c: string) => string;
	problems: ImportError[];
	warnings: ImportWarning[];
}

/** Checks that need the whole group; problems and warnings are added to the context's lists. */
export function checkGroups(groups: Map<string, PlanGroup>, ctx: PlanFileContext): void {
	const { file, colName, warnings } = ctx;
	const problem = (code: string, m: Bilingual, where: InputLocation) =>
		ctx.problems.push(new ImportError(code, m, { file, ...where }));
	for (const [id, g] of groups) {
		const codes = new Set(g.rows.map((r) => r.code));
		for (const c of ['seat_code', 'kept_code'] as const) {
			const f = g.fields[c];
			if (!f) continue;
			const padded = codes.has(f.value)
				? f.value
				: [3, 5].map((n) => f.value.padStart(n, '0')).find((x) => codes.has(x));
			if (!padded) {
				problem(
					c === 'seat_code' ? 'plan_seat_not_member' : 'plan_kept_not_member',
					c === 'seat_code'
						? both('import.planGroups.seatValueIsNotA', { value: f.value, id, p1: [...codes].join(', ') })
						: both('import.planGroups.keptCodeValueIsNot', { value: f.value, id, p1: [...codes].join(', ') }),
					{ row: f.row, column: colName(c) }
				);
			} else f.value = padded;
		}
		const k = g.fields.kind;
		if (k && g.level) {
			const kind =
				parseKind(k.value, g.level as 'district' | 'commune') ??
				(k.value in LEVEL_OF_KIND ? (k.value as UnitKind) : null);
			if (!kind || LEVEL_OF_KIND[kind] !== g.level) {
				problem('plan_bad_kind', both('import.planGroups.kindValueIsNotA', { value: k.value, id }), {
					row: k.row,
					column: colName('kind')
				});
			} else if (!g.fields.kind_reason) {
				problem(
					'plan_kind_reason_required',
					both('import.planGroups.overridingTheKindKindNeeds', { p1: KIND_LABEL_VI[kind], kind }),
					{ row: k.row, column: colName('kind') }
				);
			} else k.value = kind;
		}
		if (g.rows.length === 1) {
			warnings.push(
				warning('plan_single_member', both('import.planGroups.groupIdHasASingle', { id }), {
					file,
					row: g.firstRow,
					column: colName('group')
				})
			);
		}
	}
}

/** The scenario content of checked groups and exemptions, built with the domain operations (their checks are the model's rules). */
export function buildContent(
	groups: Map<string, PlanGroup>,
	exemptions: PlanExemption[],
	catalog: ScenarioCatalog,
	ctx: PlanFileContext
): ScenarioContent {
	const { file, colName, problems } = ctx;
	let content = emptyContent();
	for (const [id, g] of groups) {
		try {
			content = newGroup(content, catalog, { id, level: g.level as 'district' | 'commune' });
			for (const r of g.rows) content = addMember(content, catalog, id, r.code);
			const f = g.fields;
			const fields: GroupFields = {};
			if (f.new_name) fields.name = f.new_name.value;
			if (f.seat_code) fields.seatCode = f.seat_code.value;
			if (f.phase) fields.phase = f.phase.value as ScenarioPhase;
			if (f.kept_code) fields.keptCode = f.kept_code.value;
			if (f.kind) {
				fields.kind = f.kind.value as UnitKind;
				fields.kindReason = f.kind_reason?.value ?? null;
			}
			if (f.notes) fields.notes = f.notes.value;
			content = setGroupFields(content, catalog, id, fields);
		} catch (e) {
			if (!(e instanceof ScenarioEditError)) throw e;
			problems.push(new ImportError(`plan_${e.code}`, e.messages, { file, row: g.firstRow, column: colName('group') }));
		}
	}
	for (const x of exemptions) {
		try {
			content = setExemption(content, catalog, x);
		} catch (e) {
			if (!(e instanceof ScenarioEditError)) throw e;
			problems.push(new ImportError(`plan_${e.code}`, e.messages, { file, row: x.row, column: colName('code') }));
		}
	}
	return content;
}
