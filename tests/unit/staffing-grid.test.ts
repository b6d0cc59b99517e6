/**
 * The staffing grid's pure rules: reading a pasted block (papaparse: a quoted cell with a line break is one cell,
 * issue 9 regression), where each key moves the cursor, and which cells a pasted block fills.
 */
import { describe, expect, it } from 'vitest';
import { clipboardBlock, isBlock } from '../../src/lib/staffing/clipboard';
import { caretOf, classShortcut, gridMove, pasteBlock } from '../../src/lib/staffing/grid';
import { parseStaffingCell, type StaffingInputField } from '../../src/lib/domain/staffing/inputs';

describe('clipboard block (spreadsheet copy: tab-separated, quoted cells)', () => {
	it('rows by line, cells by tab, the final line break dropped', () => {
		expect(clipboardBlock('1\t2\r\n3\t4\r\n')).toEqual([
			['1', '2'],
			['3', '4']
		]);
		expect(clipboardBlock('7\n')).toEqual([['7']]);
	});

	it('regression (issue 9): a quoted cell with a line break stays one cell and the rows below do not shift', () => {
		// Excel copies a cell holding a line break as "…" with the break inside the quotes.
		const text = '12\t"ghi chú\ndòng 2"\t3\r\n14\t5\t6\r\n';
		expect(clipboardBlock(text)).toEqual([
			['12', 'ghi chú\ndòng 2', '3'],
			['14', '5', '6']
		]);
	});

	it('quotes doubled inside a quoted cell are one quote; a tab inside quotes is part of the cell', () => {
		expect(clipboardBlock('"a ""b"""\t"x\ty"\n')).toEqual([['a "b"', 'x\ty']]);
	});

	it('empty cells are kept (they clear a value); an empty clipboard is no block', () => {
		expect(clipboardBlock('1\t\t3\n')).toEqual([['1', '', '3']]);
		expect(clipboardBlock('')).toEqual([]);
	});

	it('a single plain value is not a block (typed into the cell as usual)', () => {
		expect(isBlock('12')).toBe(false);
		expect(isBlock('12\n')).toBe(false);
		expect(isBlock('1\t2')).toBe(true);
		expect(isBlock('1\n2\n')).toBe(true);
	});
});

describe('keyboard: where a key moves the cursor', () => {
	const grid = { rows: 3, cols: 4 };
	const edge = { atStart: true, atEnd: true };
	const mid = { atStart: false, atEnd: false };
	it('Enter / Shift+Enter go down / up; past the table the cursor stays', () => {
		expect(gridMove('Enter', false, { row: 0, col: 2 }, grid, edge)).toEqual({ kind: 'move', to: { row: 1, col: 2 } });
		expect(gridMove('Enter', true, { row: 1, col: 2 }, grid, edge)).toEqual({ kind: 'move', to: { row: 0, col: 2 } });
		expect(gridMove('Enter', false, { row: 2, col: 2 }, grid, edge)).toEqual({ kind: 'stay' });
	});

	it('Tab wraps to the next row; past the last cell the focus leaves the table', () => {
		expect(gridMove('Tab', false, { row: 0, col: 3 }, grid, edge)).toEqual({ kind: 'move', to: { row: 1, col: 0 } });
		expect(gridMove('Tab', true, { row: 1, col: 0 }, grid, edge)).toEqual({ kind: 'move', to: { row: 0, col: 3 } });
		expect(gridMove('Tab', false, { row: 2, col: 3 }, grid, edge)).toEqual({ kind: 'leave' });
		expect(gridMove('Tab', true, { row: 0, col: 0 }, grid, edge)).toEqual({ kind: 'leave' });
	});

	it('left/right move only when the caret is at the edge of the text', () => {
		expect(gridMove('ArrowLeft', false, { row: 1, col: 1 }, grid, mid)).toEqual({ kind: 'ignore' });
		expect(gridMove('ArrowRight', false, { row: 1, col: 1 }, grid, { atStart: false, atEnd: true })).toEqual({
			kind: 'move',
			to: { row: 1, col: 2 }
		});
		expect(gridMove('ArrowLeft', false, { row: 1, col: 0 }, grid, edge)).toEqual({ kind: 'stay' });
		expect(gridMove('ArrowUp', false, { row: 1, col: 1 }, grid, mid)).toEqual({ kind: 'move', to: { row: 0, col: 1 } });
		expect(gridMove('x', false, { row: 1, col: 1 }, grid, mid)).toEqual({ kind: 'ignore' });
	});

	it('caret: whole text selected counts as both edges', () => {
		expect(caretOf('12', 0, 2)).toEqual({ atStart: true, atEnd: true });
		expect(caretOf('123', 1, 1)).toEqual({ atStart: false, atEnd: false });
		expect(caretOf('123', 3, 3)).toEqual({ atStart: false, atEnd: true });
		expect(caretOf('123', 0, 0)).toEqual({ atStart: true, atEnd: false });
	});

	it('class cell: 1/2/3 pick I/II/III, Delete clears', () => {
		expect(['1', '2', '3', 'Delete', 'a'].map(classShortcut)).toEqual(['I', 'II', 'III', '', undefined]);
	});
});

describe('paste: which cells a block fills', () => {
	const fields: StaffingInputField[] = ['communeClass', 'staffActual', 'nonprofessionalActual', 'leaders', 'offices'];
	const order = ['25108', '25111', '25114'];
	it('fills rightwards and down from the cell pasted into, in the visible order; cells outside are counted', () => {
		const r = pasteBlock(
			[
				['17', '9'],
				['16', '8'],
				['15', '7'],
				['14', '6']
			],
			{ row: 1, col: 4 },
			order,
			fields,
			parseStaffingCell
		);
		// Column 4 is the last (offices): the second column of the block falls outside; row 1 + 3 is past the end.
		expect(r.cells).toEqual([
			{ code: '25111', field: 'offices', text: '17', value: 17 },
			{ code: '25114', field: 'offices', text: '16', value: 16 }
		]);
		expect(r.outside).toBe(6);
		expect(r.errors).toEqual([]);
	});

	it('a bad value is returned with its message and its cell; the good ones are read', () => {
		const r = pasteBlock([['II', '12,5', '']], { row: 0, col: 0 }, order, fields, parseStaffingCell);
		expect(r.cells).toEqual([
			{ code: '25108', field: 'communeClass', text: 'II', value: 'II' },
			{ code: '25108', field: 'nonprofessionalActual', text: '', value: null }
		]);
		expect(r.errors).toHaveLength(1);
		expect(r.errors[0]).toMatchObject({ code: '25108', field: 'staffActual', text: '12,5' });
		expect(r.errors[0].message.vi).toContain('số nguyên');
	});

	it('regression (issue 9): a quoted multi-line cell does not push the next rows down a line', () => {
		const block = clipboardBlock('"17\n"\t9\r\n16\t8\r\n');
		const r = pasteBlock(block, { row: 0, col: 1 }, order, fields, parseStaffingCell);
		// Row 2 of the clipboard lands on the second unit, not the third.
		expect(r.cells.find((c) => c.code === '25111' && c.field === 'staffActual')?.value).toBe(16);
		expect(r.cells.some((c) => c.code === '25114')).toBe(false);
		expect(r.lastRow).toBe(1);
	});
});
