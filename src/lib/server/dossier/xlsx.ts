/**
 * The dossier's tables as an Excel workbook (issue 12 item 4), written with exceljs 4.4.0 (pinned: stack-notes).
 * One sheet per table of the dossier model (loadDossier: current state, plan, members, units kept, staffing, the
 * five-year plan, surplus offices, residents, consultation when entered), then the units after and the old-code →
 * new-code table of the request's level. Codes as text cells (leading zeros kept, Excel does not turn them into numbers), figures as
 * numbers with display formats, the header row frozen, column widths set, Vietnamese sheet names (≤ 31 characters).
 *
 * Number formats: a workbook stores format codes in Excel's invariant syntax (`,` groups thousands, `.` marks
 * decimals); Excel and LibreOffice show them with the reader's locale. `#,##0` shows 12345 as 12.345 and `#,##0.00`
 * shows 1448.48 as 1.448,48 under vi-VN (12,345 and 1,448.48 under en-US). Writing the vi-VN pattern itself
 * ("#.##0") would be read as a different format by every Excel. Ratios are percentages truncated to 0.01 % as the
 * screens truncate them (69,999 % is shown 69,99 %, never 70 %).
 */
import ExcelJS from 'exceljs';
import { consultationTable, resolutionsTable } from '../../domain/dossier/tables.ts';
import { equivalenceTable, unitsAfterCollection } from '../../domain/dossier/units-after.ts';
import type { Dossier, DossierCellKind, DossierTable } from '../../domain/dossier/types.ts';
import { equivalenceCells, equivalenceHeader, fileBase, loadDataBasis } from './geodata.ts';
import { loadDossier } from './model.ts';
import type { Exporter } from './types.ts';
import { tIn } from '../../i18n/catalogue.ts';

export const NUMBER_FORMATS: Record<DossierCellKind, string | undefined> = {
	text: undefined,
	code: '@',
	integer: '#,##0',
	area: '#,##0.00',
	percent: '0.00%',
	date: 'dd/mm/yyyy'
};

/** A sheet name Excel accepts: no []:*?/\, at most 31 characters, unique in the workbook. */
export function sheetName(raw: string, taken: Set<string>): string {
	const base =
		raw
			.replace(/[[\]:*?/\\]/g, ' ')
			.trim()
			.slice(0, 31) || 'Bảng';
	let name = base;
	for (let i = 2; taken.has(name.toLowerCase()); i++) name = `${base.slice(0, 31 - String(i).length - 1)} ${i}`;
	taken.add(name.toLowerCase());
	return name;
}

function cellValue(kind: DossierCellKind, v: string | number | null | undefined): ExcelJS.CellValue {
	if (v === null || v === undefined || v === '') return null;
	if (kind === 'code' || kind === 'text') return String(v);
	if (kind === 'date') {
		const m = typeof v === 'string' ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(v) : null;
		return m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : String(v);
	}
	if (typeof v !== 'number') return v;
	if (kind === 'percent') return Math.trunc(v * 10000 + 1e-9) / 10000;
	return v;
}

function columnWidth(col: DossierTable['columns'][number], rows: DossierTable['rows']): number {
	const lens = rows.slice(0, 500).map((r) => {
		const v = r[col.key];
		if (v == null) return 0;
		if (typeof v === 'number') return col.kind === 'integer' ? 10 : 12;
		return String(v).length;
	});
	const header = Math.max(...col.label.split(/\s+/).map((w) => w.length), Math.min(col.label.length, 24));
	return Math.max(8, Math.min(60, Math.max(header, ...lens) + 2));
}

/** Add one table as a sheet: caption note, header row frozen, typed cells, widths. */
export function addTableSheet(wb: ExcelJS.Workbook, table: DossierTable, taken: Set<string>): ExcelJS.Worksheet {
	const ws = wb.addWorksheet(sheetName(table.sheetName, taken), {
		views: [{ state: 'frozen', ySplit: 1, xSplit: 0 }]
	});
	ws.columns = table.columns.map((c) => ({
		key: c.key,
		width: columnWidth(c, table.rows),
		style: NUMBER_FORMATS[c.kind] ? { numFmt: NUMBER_FORMATS[c.kind] } : {}
	}));
	const header = ws.getRow(1);
	table.columns.forEach((c, i) => {
		const cell = header.getCell(i + 1);
		cell.value = c.label;
		cell.font = { bold: true };
		cell.alignment = { wrapText: true, vertical: 'middle' };
		cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEDEAE2' } };
		cell.numFmt = 'General';
	});
	const write = (values: Record<string, string | number | null>, bold: boolean) => {
		const row = ws.addRow(table.columns.map((c) => cellValue(c.kind, values[c.key])));
		table.columns.forEach((c, i) => {
			const cell = row.getCell(i + 1);
			const fmt = NUMBER_FORMATS[c.kind];
			if (fmt) cell.numFmt = fmt;
			if (c.kind === 'code') cell.alignment = { horizontal: 'left' };
			if (bold) cell.font = { bold: true };
		});
	};
	for (const r of table.rows) write(r, false);
	if (table.total) write(table.total, true);
	ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: Math.max(1, table.columns.length) } };
	if (table.note || table.caption) {
		ws.addRow([]);
		if (table.caption) ws.addRow([table.caption]).getCell(1).font = { italic: true };
		if (table.note) ws.addRow([table.note]).getCell(1).font = { italic: true };
	}
	return ws;
}

/** A workbook of tables, as bytes. */
export async function workbookBytes(tables: DossierTable[], meta: { title: string; creator: string }) {
	const wb = new ExcelJS.Workbook();
	wb.creator = meta.creator;
	wb.title = meta.title;
	wb.created = new Date(0); // the same version gives the same bytes (no clock in the file)
	wb.modified = new Date(0);
	const taken = new Set<string>();
	for (const t of tables) addTableSheet(wb, t, taken);
	return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** The data tables this module makes itself: the old-code → new-code table and the units after. */
export async function dataTables(req: Parameters<Exporter>[0]): Promise<{ tables: DossierTable[]; base: string }> {
	const basis = await loadDataBasis(req);
	const lang = req.lang;
	const rows = equivalenceTable(basis.input);
	const header = equivalenceHeader(lang, req.level);
	const kinds: DossierCellKind[] = [
		'code',
		'text',
		'text',
		'code',
		'text',
		'text',
		'text',
		'text',
		'text',
		'code',
		'code'
	];
	const equivalence: DossierTable = {
		id: 'equivalence',
		caption: tIn(lang, 'dossier.xlsx.oldCodeNewCodeEquivalence'),
		sheetName: tIn(lang, 'dossier.xlsx.codeEquivalence'),
		columns: header.map((label, i) => ({ key: `c${i}`, label, kind: kinds[i] })),
		rows: rows.map((r) => Object.fromEntries(equivalenceCells(r, lang, req.level).map((v, i) => [`c${i}`, v])))
	};
	// The table needs the figures, not the outlines: no geometry, no dissolve.
	const after = unitsAfterCollection(basis.input, null);
	const unitsAfter: DossierTable = {
		id: 'units_after',
		caption: tIn(lang, 'dossier.xlsx.administrativeUnitsAfterTheArrangement'),
		sheetName: tIn(lang, 'dossier.xlsx.unitsAfter'),
		columns: [
			{ key: 'code', label: tIn(lang, 'consultationGrid.code'), kind: 'code' },
			{ key: 'name', label: tIn(lang, 'subjectList.name'), kind: 'text' },
			{ key: 'kind', label: tIn(lang, 'dossier.build.kind'), kind: 'text' },
			{ key: 'area', label: tIn(lang, 'dossier.tables.naturalAreaKm'), kind: 'area' },
			{ key: 'population', label: tIn(lang, 'dossier.tables.populationPersons'), kind: 'integer' },
			{ key: 'members', label: tIn(lang, 'dossier.xlsx.unitsBeforeCodes'), kind: 'text' },
			{ key: 'prov', label: tIn(lang, 'dossier.xlsx.provisionalCode'), kind: 'text' }
		],
		rows: after.features.map((f) => ({
			code: f.properties.code,
			name: f.properties.name,
			kind: f.properties.kind_name,
			area: f.properties.area_km2,
			population: f.properties.population,
			members: f.properties.members.join(', '),
			prov: f.properties.code_prov ? tIn(lang, 'dossier.geodata.yes') : ''
		}))
	};
	return { tables: [unitsAfter, equivalence], base: fileBase(basis.scenario) };
}

/** The tables of the dossier model, in the order of the scheme. */
export function modelTables(d: Dossier): DossierTable[] {
	return [
		d.currentState.table,
		d.plan.table,
		d.plan.membersTable,
		d.plan.keptTable,
		...(d.staffing ? [d.staffing.table, d.staffing.planTable, d.staffing.officesTable] : []),
		d.residents.table,
		...(d.consultation ? [consultationTable(d.consultation, d.lang), resolutionsTable(d.consultation, d.lang)] : [])
	];
}

export const exportXlsx: Exporter = async (req) => {
	req.onProgress?.(tIn(req.lang, 'dossier.xlsx.buildingTheTables'), 0.2);
	const dossier = await loadDossier(req.db, req.scenarioId, req.lang);
	const data = await dataTables(req);
	const tables = [...modelTables(dossier), ...data.tables];
	const base = data.base;
	req.onProgress?.(tIn(req.lang, 'dossier.xlsx.writingTheWorkbook'), 0.8);
	return {
		filename: `${base}-cac-bang.xlsx`,
		contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
		bytes: await workbookBytes(tables, { title: base, creator: 'sapxep' })
	};
};
