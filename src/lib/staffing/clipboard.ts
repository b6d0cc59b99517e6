/**
 * Reading a block of cells pasted from a spreadsheet (Excel, LibreOffice, Google Sheets copy cells as tab-separated
 * text; a cell holding a tab, a quote or a line break is quoted, quotes doubled). Parsed with papaparse, the CSV
 * reader the importer already uses, so that a quoted cell with a line break stays ONE cell and the rows below do not
 * shift (the hand-written split on line breaks broke there). Pure: no DOM.
 */
import Papa from 'papaparse';

/** Rows of cells of a clipboard text; the final line break that spreadsheets append is dropped. */
export function clipboardBlock(text: string): string[][] {
	if (text === '') return [];
	const parsed = Papa.parse<string[]>(text, {
		delimiter: '\t',
		quoteChar: '"',
		escapeChar: '"',
		skipEmptyLines: false, // newline left out: papaparse detects \r\n, \n or \r
		dynamicTyping: false
	});
	const rows = parsed.data.map((r) => r.map((c) => c ?? ''));
	// Spreadsheets end the copied block with a line break: papaparse reads it as one empty last row.
	while (rows.length && rows[rows.length - 1].length === 1 && rows[rows.length - 1][0] === '') rows.pop();
	return rows;
}

/** True when the text is more than one plain value (a tab or a line break outside quotes): paste it as a block. */
export function isBlock(text: string): boolean {
	const b = clipboardBlock(text);
	return b.length > 1 || (b[0]?.length ?? 0) > 1;
}
