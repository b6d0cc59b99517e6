import Papa from 'papaparse';

/**
 * A CSV table for spreadsheets: UTF-8 with a BOM (Excel reads Vietnamese correctly), CRLF, every
 * field quoted so codes stay text and leading zeros survive.
 */
export function toCsv(header: string[], rows: (string | number | null | undefined)[][]): string {
	return (
		'\ufeff' +
		Papa.unparse(
			{ fields: header, data: rows.map((r) => r.map((v) => (v == null ? '' : String(v)))) },
			{ quotes: true, newline: '\r\n' }
		)
	);
}
