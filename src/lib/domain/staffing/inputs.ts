/**
 * The per-unit staffing inputs a specialist enters (domain.md §6): the class of record, the actual cadres and civil
 * servants, the non-professional workers, the leader posts and the offices. Parsing of a typed or pasted cell and
 * checking of a batch of edits before it is saved; messages in both languages. Pure TypeScript (the browser table,
 * the API and the tests share it).
 */
import type { CommuneClass, Level, UnitKind } from '../units';
import { type Bilingual } from '../messages';
import type { EstimatedClass } from './class-estimate';
import { both } from '../../i18n/catalogue.ts';

/** The editable staffing inputs of a unit, in table order. */
export const STAFFING_INPUT_FIELDS = [
	'communeClass',
	'staffActual',
	'nonprofessionalActual',
	'leaders',
	'offices'
] as const;
export type StaffingInputField = (typeof STAFFING_INPUT_FIELDS)[number];

/** The count fields: whole numbers ≥ 0, or null (not entered). */
export const STAFFING_COUNT_FIELDS = ['staffActual', 'nonprofessionalActual', 'leaders', 'offices'] as const;
export type StaffingCountField = (typeof STAFFING_COUNT_FIELDS)[number];

/** A change of staffing inputs; null clears a value (not entered). */
export interface StaffingInputPatch {
	communeClass?: CommuneClass | null;
	staffActual?: number | null; // posts
	nonprofessionalActual?: number | null; // persons
	leaders?: number | null; // posts
	offices?: number | null; // buildings
}

/** The class estimate as the table shows it (always an estimate; `lowerBound` when the other points are unknown). */
export interface ClassEstimateCell {
	communeClass: CommuneClass | null;
	points: number | null; // NQ 1211 points
	populationPoints: number | null;
	areaPoints: number | null;
	lowerBound: boolean;
	/** Highest class the unit may reach with the other criteria's points (when a lower bound). */
	highest: EstimatedClass | null;
	/** Decree 307/2025: a ward at or above the special band. */
	special: boolean;
	/** Island unit: its population and area levels were scaled (NQ 1211 Art. 21, verify). */
	island: boolean;
	/** Why there is no estimate (population or area missing). */
	missing: ('population' | 'area')[];
}

/** One row of the staffing-inputs table (the "Biên chế" tab). */
export interface StaffingInputRow {
	code: string;
	name: string;
	level: Level;
	kind: UnitKind;
	parentCode: string | null;
	districtName: string | null;
	population: number | null; // persons
	areaKm2: number | null; // km², official when given, else computed
	areaSource: 'official' | 'computed' | null;
	communeClass: CommuneClass | null;
	staffActual: number | null; // posts
	nonprofessionalActual: number | null; // persons
	leaders: number | null; // posts
	offices: number | null; // buildings
	estimate: ClassEstimateCell | null; // communes only
}

/** Labels of the inputs (Vietnamese as the Department writes them, English gloss). */
export const STAFFING_INPUT_LABELS: Record<StaffingInputField, Bilingual> = {
	communeClass: both('staffingGridHead.class'),
	staffActual: both('staffing.inputs.cadresAndCivilServantsIn'),
	nonprofessionalActual: both('staffing.inputs.nonProfessionalWorkers'),
	leaders: both('staffing.inputs.leaderPosts'),
	offices: both('staffingGroupCard.offices')
};

/** Which inputs apply to a level: districts have no class of this kind and no non-professional workers. */
export function fieldAppliesTo(field: StaffingInputField, level: Level): boolean {
	if (level === 'commune') return true;
	return field === 'staffActual' || field === 'leaders' || field === 'offices';
}

/** A field's error, in both languages. */
export interface StaffingInputError {
	/** Index of the row in the request (absent for a malformed body). */
	index?: number;
	code?: string;
	field?: string;
	message: Bilingual;
}

export type CellParse<T> = { ok: true; value: T } | { ok: false; message: Bilingual };

const CLASS_OF: Record<string, CommuneClass> = { I: 'I', II: 'II', III: 'III', '1': 'I', '2': 'II', '3': 'III' };

/** Read a class typed or pasted as "I", "II", "III", "1"–"3" or "Loại II"; empty = not entered. */
export function parseClassText(text: string): CellParse<CommuneClass | null> {
	const s = text.trim();
	if (s === '' || s === '—' || s === '-') return { ok: true, value: null };
	const u = s
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.toUpperCase()
		.replace(/^(LOAI|CLASS)\s*/, '')
		.trim();
	const cls = CLASS_OF[u];
	if (cls) return { ok: true, value: cls };
	return {
		ok: false,
		message: both('staffing.inputs.sIsNotAClass', { s })
	};
}

/**
 * Read a count typed or pasted from Excel: "12", " 12 ", "1 234" (spaces and no-break spaces are thousands
 * separators); empty or a dash = not entered. Decimals, negatives and text are refused with a message.
 */
export function parseCountText(text: string): CellParse<number | null> {
	const s = text.replace(/[\s\u00a0\u202f]/g, '');
	if (s === '' || s === '—' || s === '-') return { ok: true, value: null };
	if (/^\d+$/.test(s)) {
		const n = Number(s);
		if (Number.isSafeInteger(n)) return { ok: true, value: n };
	}
	if (/^-\d+([.,]\d+)?$/.test(s))
		return {
			ok: false,
			message: both('staffing.inputs.p1IsNegativeACount', { p1: text.trim() })
		};
	if (/^\d+[.,]\d+$/.test(s))
		return {
			ok: false,
			message: both('staffing.inputs.p1MustBeAWhole', { p1: text.trim() })
		};
	return { ok: false, message: both('staffing.inputs.p1IsNotANumber', { p1: text.trim() }) };
}

/** Read a cell of the given input from its text. */
export function parseStaffingCell(field: StaffingInputField, text: string): CellParse<CommuneClass | number | null> {
	return field === 'communeClass' ? parseClassText(text) : parseCountText(text);
}

/** Check one value as it arrives in JSON (number or null for counts; "I" | "II" | "III" or null for the class). */
export function staffingValueError(field: StaffingInputField, value: unknown): Bilingual | null {
	if (value === null) return null;
	if (field === 'communeClass') {
		return value === 'I' || value === 'II' || value === 'III' ? null : both('staffing.inputs.classMustBeIIi');
	}
	if (typeof value !== 'number' || !Number.isFinite(value)) return both('consultation.validate.mustBeANumber');
	if (value < 0) return both('staffing.inputs.aCountCannotBeNegative');
	if (!Number.isSafeInteger(value)) return both('consultation.validate.mustBeAWholeNumber');
	return null;
}

/** Most rows one request may carry (a province has at most a few thousand units). */
export const MAX_STAFFING_ROWS = 20_000;

/**
 * Check a batch of edits `{ rows: [{ code, patch }] }` against the units of the dataset. Returns the clean rows, or
 * every error (each with the row index, the unit code and the field) so the table can show them beside the cells.
 */
export function validateStaffingRows(
	body: unknown,
	levelOf: (code: string) => Level | undefined
): { rows: { code: string; patch: StaffingInputPatch }[]; errors: StaffingInputError[] } {
	const errors: StaffingInputError[] = [];
	const rows: { code: string; patch: StaffingInputPatch }[] = [];
	const list = (body as { rows?: unknown } | null)?.rows;
	if (!Array.isArray(list) || list.length === 0) {
		return { rows, errors: [{ message: both('staffing.inputs.noRowsToSave') }] };
	}
	if (list.length > MAX_STAFFING_ROWS) {
		return {
			rows,
			errors: [{ message: both('staffing.inputs.tooManyRowsAtMost', { MAX_STAFFING_ROWS }) }]
		};
	}
	const seen = new Map<string, number>();
	list.forEach((item, index) => {
		const r = item as { code?: unknown; patch?: unknown } | null;
		const code = typeof r?.code === 'string' ? r.code : null;
		if (!code) {
			errors.push({ index, message: both('consultation.csv.unitCodeMissing') });
			return;
		}
		const level = levelOf(code);
		if (!level) {
			errors.push({
				index,
				code,
				message: both('staffing.inputs.codeCodeIsNotIn', { code })
			});
			return;
		}
		if (seen.has(code)) {
			errors.push({
				index,
				code,
				message: both('staffing.inputs.codeCodeAppearsTwiceRow', { code, p1: seen.get(code)! + 1 })
			});
			return;
		}
		seen.set(code, index);
		if (!r?.patch || typeof r.patch !== 'object' || Array.isArray(r.patch)) {
			errors.push({ index, code, message: both('consultation.validate.noPatchGiven') });
			return;
		}
		const patch: StaffingInputPatch = {};
		for (const [field, value] of Object.entries(r.patch as Record<string, unknown>)) {
			if (!(STAFFING_INPUT_FIELDS as readonly string[]).includes(field)) {
				errors.push({
					index,
					code,
					field,
					message: both('consultation.validate.fieldFieldCannotBeEdited', { field })
				});
				continue;
			}
			const f = field as StaffingInputField;
			if (value !== null && !fieldAppliesTo(f, level)) {
				errors.push({
					index,
					code,
					field,
					message: both('staffing.inputs.p2ApplyToCommuneLevel', {
						p1: STAFFING_INPUT_LABELS[f].vi.toLowerCase(),
						p2: STAFFING_INPUT_LABELS[f].en.toLowerCase()
					})
				});
				continue;
			}
			const err = staffingValueError(f, value);
			if (err) errors.push({ index, code, field, message: err });
			else (patch as Record<string, unknown>)[f] = value;
		}
		rows.push({ code, patch });
	});
	return { rows: errors.length ? [] : rows, errors };
}
