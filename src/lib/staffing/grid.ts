/**
 * The staffing grid's keyboard and paste rules, as pure functions (the component only wires them to the DOM):
 * where a key moves the cursor, and which cells a pasted block fills with what. Unit-tested in
 * tests/unit/staffing-grid.test.ts.
 */
import type { CellParse } from '$lib/domain/staffing/inputs';

/** A cell position: visible row index and editable column index. */
export interface CellPos {
	row: number;
	col: number;
}

/** What the grid does with a key: move to a cell, stay (key used), let the focus leave, or leave the key alone. */
export type GridMove = { kind: 'move'; to: CellPos } | { kind: 'stay' } | { kind: 'leave' } | { kind: 'ignore' };

export interface GridShape {
	rows: number;
	cols: number;
}

/** The caret of a text cell: at its start / at its end (a select cell counts as both). */
export interface Caret {
	atStart: boolean;
	atEnd: boolean;
}

const inside = (p: CellPos, g: GridShape) => p.row >= 0 && p.col >= 0 && p.row < g.rows && p.col < g.cols;

/**
 * Where a key moves the cursor. Enter / Shift+Enter: down / up; Tab / Shift+Tab: next / previous cell, wrapping to the
 * next row, leaving the table past its last cell; arrows move, left/right only when the caret is at the edge of the
 * text. A move out of the table stays put.
 */
export function gridMove(key: string, shift: boolean, at: CellPos, grid: GridShape, caret: Caret): GridMove {
	const to = (row: number, col: number): GridMove => {
		const p = { row, col };
		return inside(p, grid) ? { kind: 'move', to: p } : { kind: 'stay' };
	};
	switch (key) {
		case 'Enter':
			return to(at.row + (shift ? -1 : 1), at.col);
		case 'Tab': {
			const n = at.row * grid.cols + at.col + (shift ? -1 : 1);
			if (n < 0 || n >= grid.rows * grid.cols) return { kind: 'leave' };
			return { kind: 'move', to: { row: Math.floor(n / grid.cols), col: n % grid.cols } };
		}
		case 'ArrowDown':
			return to(at.row + 1, at.col);
		case 'ArrowUp':
			return to(at.row - 1, at.col);
		case 'ArrowLeft':
			return caret.atStart ? to(at.row, at.col - 1) : { kind: 'ignore' };
		case 'ArrowRight':
			return caret.atEnd ? to(at.row, at.col + 1) : { kind: 'ignore' };
		default:
			return { kind: 'ignore' };
	}
}

/** Caret position of a text input's selection (the whole text selected counts as both edges). */
export function caretOf(value: string, selectionStart: number | null, selectionEnd: number | null): Caret {
	const all = selectionStart === 0 && selectionEnd === value.length;
	return {
		atStart: all || selectionEnd === 0,
		atEnd: all || selectionStart === value.length
	};
}

/** A class cell's shortcut keys: 1/2/3 pick class I/II/III, Delete/Backspace clear it; undefined otherwise. */
export function classShortcut(key: string): string | undefined {
	return ({ '1': 'I', '2': 'II', '3': 'III', Delete: '', Backspace: '' } as Record<string, string>)[key];
}

/** One pasted cell, read. */
export interface PastedCell<F extends string, V> {
	code: string;
	field: F;
	text: string;
	value: V;
}
export interface PastedError<F extends string> {
	code: string;
	field: F;
	text: string;
	message: { vi: string; en: string };
}

/**
 * The cells a pasted block fills, from the cell pasted into, rightwards and down in the visible order: each read
 * with `parse`; cells that fall outside the table are counted, not written.
 */
export function pasteBlock<F extends string, V>(
	block: string[][],
	start: CellPos,
	order: readonly string[],
	fields: readonly F[],
	parse: (field: F, text: string) => CellParse<V>
): { cells: PastedCell<F, V>[]; errors: PastedError<F>[]; outside: number; lastRow: number } {
	const cells: PastedCell<F, V>[] = [];
	const errors: PastedError<F>[] = [];
	let outside = 0;
	block.forEach((line, i) => {
		line.forEach((raw, j) => {
			const code = order[start.row + i];
			const field = fields[start.col + j];
			if (code == null || field == null) {
				outside++;
				return;
			}
			const text = raw.trim();
			const parsed = parse(field, raw);
			if (parsed.ok) cells.push({ code, field, text, value: parsed.value });
			else errors.push({ code, field, text, message: parsed.message });
		});
	});
	return { cells, errors, outside, lastRow: start.row + block.length - 1 };
}
