/**
 * The staffing grid's cell state: text being edited (drafts), text sent and waiting for the answer (in flight),
 * refused values with their message, the notice above the table, and the cells just saved. Saving sends a batch
 * (all or nothing) through the page's `save`; a refused batch goes back to drafts with the errors beside the cells.
 */
import type { Bilingual } from '$lib/domain/messages';
import type { CommuneClass } from '$lib/domain/units';
import {
	parseStaffingCell,
	type StaffingInputField,
	type StaffingInputPatch,
	type StaffingInputRow
} from '$lib/domain/staffing/inputs';
import { pasteBlock } from './grid';
import { both } from '../i18n/catalogue.ts';

/** A batch of edits the grid asks the page to save (all or nothing). */
export type StaffingChange = { code: string; patch: StaffingInputPatch };
/** What a save answered: per-cell errors carry the unit code and the field. */
export type StaffingSaveResult =
	{ ok: true } | { ok: false; errors: { code?: string; field?: string; message: Bilingual }[] };

type CellValue = CommuneClass | number | null;
type Cell = { code: string; field: StaffingInputField; text: string; value: CellValue };

export const cellKey = (code: string, field: StaffingInputField) => `${code}:${field}`;

export class StaffingCells {
	drafts = $state<Record<string, string>>({});
	inflight = $state<Record<string, string>>({});
	errors = $state<Record<string, Bilingual>>({});
	notice = $state<{ kind: 'error' | 'info'; text: Bilingual } | null>(null);
	savedFlash = $state<Record<string, true>>({});

	constructor(
		private readonly save: () => (changes: StaffingChange[]) => Promise<StaffingSaveResult>,
		private readonly fields: () => readonly StaffingInputField[],
		private readonly lang: (vi: string, en: string) => string
	) {}

	/** The text a cell shows: its draft, else what is being saved, else the saved value. */
	text(r: StaffingInputRow, f: StaffingInputField): string {
		const k = cellKey(r.code, f);
		if (k in this.drafts) return this.drafts[k];
		if (k in this.inflight) return this.inflight[k];
		const v = r[f];
		return v == null ? '' : String(v);
	}

	/** Send a batch; cells go from draft to in flight, then to saved (or back to draft with their errors). */
	async send(cells: Cell[]): Promise<void> {
		if (!cells.length) return;
		const patches = new Map<string, StaffingInputPatch>();
		for (const c of cells) {
			const k = cellKey(c.code, c.field);
			this.inflight[k] = c.text;
			delete this.drafts[k];
			delete this.errors[k];
			const p = patches.get(c.code) ?? {};
			(p as Record<string, unknown>)[c.field] = c.value;
			patches.set(c.code, p);
		}
		let result: StaffingSaveResult;
		try {
			result = await this.save()([...patches].map(([code, patch]) => ({ code, patch })));
		} catch {
			result = {
				ok: false,
				errors: [{ message: both('consultationGrid.couldNotReachTheServer') }]
			};
		}
		for (const c of cells) {
			const k = cellKey(c.code, c.field);
			if (this.inflight[k] !== c.text) continue; // a later edit of the same cell owns it now
			delete this.inflight[k];
			if (!result.ok && !(k in this.drafts)) this.drafts[k] = c.text; // keep what the user typed, to correct it
		}
		if (result.ok) {
			this.notice = null;
			for (const c of cells) this.savedFlash[cellKey(c.code, c.field)] = true;
			setTimeout(() => {
				for (const c of cells) delete this.savedFlash[cellKey(c.code, c.field)];
			}, 1200);
			return;
		}
		const general: string[] = [];
		const fields = this.fields() as readonly string[];
		for (const e of result.errors) {
			if (e.code && e.field && fields.includes(e.field))
				this.errors[cellKey(e.code, e.field as StaffingInputField)] = e.message;
			else general.push(this.lang(e.message.vi, e.message.en));
		}
		const more = general.length ? ' ' + general.join('; ') : '';
		this.notice = {
			kind: 'error',
			text: both('staffing.gridCells.notSavedSomeValuesAre', { more })
		};
	}

	/** Commit one cell: check its text; a bad value stays with its message (false), a good one is saved. */
	commit(r: StaffingInputRow, f: StaffingInputField): boolean {
		const k = cellKey(r.code, f);
		if (!(k in this.drafts)) return true;
		const text = this.drafts[k];
		const parsed = parseStaffingCell(f, text);
		if (!parsed.ok) {
			this.errors[k] = parsed.message;
			return false;
		}
		delete this.errors[k];
		if (parsed.value === r[f] && !(k in this.inflight)) {
			delete this.drafts[k];
			return true;
		}
		void this.send([{ code: r.code, field: f, text, value: parsed.value }]);
		return true;
	}

	/** Undo the unsaved text of a cell. */
	revert(r: StaffingInputRow, f: StaffingInputField): void {
		const k = cellKey(r.code, f);
		delete this.drafts[k];
		delete this.errors[k];
	}

	/** Fill a pasted block from a cell; save it at once when every cell is valid. Returns the last row reached. */
	paste(block: string[][], row: number, col: number, order: readonly string[]): number {
		const r = pasteBlock(block, { row, col }, order, this.fields(), parseStaffingCell);
		for (const c of r.cells) {
			const k = cellKey(c.code, c.field);
			this.drafts[k] = c.text;
			delete this.errors[k];
		}
		for (const e of r.errors) {
			const k = cellKey(e.code, e.field);
			this.drafts[k] = e.text;
			this.errors[k] = e.message;
		}
		const skipped = r.outside
			? both('staffing.gridCells.outsideCellsOutsideTheTable', { outside: r.outside })
			: { vi: '', en: '' };
		if (r.errors.length) {
			const bad = r.errors.length;
			this.notice = {
				kind: 'error',
				text: both('staffing.gridCells.notSavedBadPastedCells', { bad, vi: skipped.vi, en: skipped.en })
			};
			return r.lastRow;
		}
		this.notice = r.outside ? { kind: 'info', text: skipped } : null;
		void this.send(r.cells);
		return r.lastRow;
	}

	/** Keys of the unsaved cells (left by a refused paste, or typed and not committed). */
	get pending(): string[] {
		return Object.keys(this.drafts);
	}

	/** Save every unsaved cell, or say how many are still invalid. */
	saveAll(): void {
		const cells: Cell[] = [];
		let bad = 0;
		for (const k of this.pending) {
			const [code, f] = k.split(':') as [string, StaffingInputField];
			const parsed = parseStaffingCell(f, this.drafts[k]);
			if (parsed.ok) cells.push({ code, field: f, text: this.drafts[k], value: parsed.value });
			else {
				this.errors[k] = parsed.message;
				bad++;
			}
		}
		if (bad) {
			this.notice = {
				kind: 'error',
				text: both('staffing.gridCells.notSavedBadCellsAre', { bad })
			};
			return;
		}
		void this.send(cells);
	}

	/** Drop every unsaved change. */
	discardAll(): void {
		this.drafts = {};
		this.errors = {};
		this.notice = null;
	}
}
