import Papa from 'papaparse';

/**
 * A CSV table for spreadsheets: UTF-8 with a BOM (Excel reads Vietnamese correctly), CRLF, every field quoted.
 *
 * Text cells that begin with =, +, -, @, tab or carriage return are prefixed with an apostrophe (papaparse
 * `escapeFormulae`), so a unit named "=HYPERLINK(…)" opens as text, not as a formula (CSV injection). Numbers are
 * written as numbers and never escaped.
 *
 * Quoting does NOT keep leading zeros in Excel: Excel converts a quoted "00123" to the number 123 when it opens a
 * CSV. The codes here are written as text with their zeros for programs that read CSV as CSV (and our own
 * importers, which also restore zeros Excel dropped); Excel users should take the XLSX export of the dossier.
 */
export function toCsv(header: string[], rows: (string | number | null | undefined)[][]): string {
	return (
		'\ufeff' +
		Papa.unparse(
			{ fields: header, data: rows.map((r) => r.map((v) => (v == null ? '' : typeof v === 'number' ? v : String(v)))) },
			{ quotes: true, newline: '\r\n', escapeFormulae: true }
		)
	);
}

/** Undo the apostrophe `toCsv` puts before a formula-leading cell, so an exported file imports as it was. */
export function unescapeFormula(cell: string): string {
	return /^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell;
}
