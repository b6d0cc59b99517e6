/**
 * Checking consultation input before it is saved: a batch of vote edits from the grid or the API, a CSV's rows, and a
 * council resolution. Every problem names the row and the unit, in Vietnamese and English. Pure TypeScript.
 */
import { bi, type Bilingual } from '../messages.ts';
import { parseDateInput } from '../number-input.ts';
import { parseCountText, type CellParse } from '../staffing/inputs.ts';
import {
	COUNCIL_LEVELS,
	VOTE_FIELDS,
	type AffectedUnit,
	type ConsultationVote,
	type CouncilLevel,
	type CouncilResolutionInput,
	type VoteField,
	type VotePatch
} from './types.ts';
import { both } from '../../i18n/catalogue.ts';

/** One refused value: the row (1-based, as the user counts it), the unit, the field, why. */
export interface ConsultationProblem {
	row?: number;
	code?: string;
	field?: string;
	message: Bilingual;
}

/** Refused input: every problem, nothing written. */
export class ConsultationInputError extends Error {
	readonly problems: ConsultationProblem[];
	readonly messages: Bilingual;
	constructor(problems: ConsultationProblem[]) {
		const messages = bi(problems.map((p) => p.message.vi).join(' '), problems.map((p) => p.message.en).join(' '));
		super(messages.en);
		this.name = 'ConsultationInputError';
		this.problems = problems;
		this.messages = messages;
	}
}

/** Most characters of a note. */
export const MAX_NOTE = 500;
/** Most rows one request may carry. */
export const MAX_VOTE_ROWS = 20_000;

export const VOTE_FIELD_LABELS: Record<VoteField, Bilingual> = {
	voters: both('consultation.validate.voters'),
	agreeing: both('consultation.validate.votersAgreeing'),
	date: both('consultation.validate.dateOfTheConsultation'),
	note: both('consultation.validate.note')
};

/** Read a cell typed or pasted into the grid (counts: "12.345" or "12 345"; dates dd/mm/yyyy). */
export function parseVoteCell(field: VoteField, text: string): CellParse<number | string | null> {
	if (field === 'voters' || field === 'agreeing') {
		// Thousands separators are common in pasted figures ("12.345", "12,345"): a count has no decimals, so a dot or comma
		// between groups of three digits is grouping.
		const t = text.trim();
		const grouped = /^\d{1,3}([.,]\d{3})+$/.test(t) ? t.replace(/[.,]/g, '') : t;
		return parseCountText(grouped);
	}
	if (field === 'date') return parseDateInput(text);
	const n = text.trim();
	if (n.length > MAX_NOTE)
		return { ok: false, message: both('consultation.validate.noteLongerThanMaxNote', { MAX_NOTE }) };
	return { ok: true, value: n || null };
}

/** A unit as the messages name it: "xã Đạ Tẻh (24850)". */
export function unitText(u: Pick<AffectedUnit, 'code' | 'name'> | undefined, code: string): string {
	return u ? `${u.name} (${code})` : code;
}

/** Check one value of a vote as it arrives in JSON. */
function voteValueError(field: VoteField, value: unknown): Bilingual | null {
	if (value === null) return null;
	if (field === 'voters' || field === 'agreeing') {
		if (typeof value !== 'number' || !Number.isFinite(value)) return both('consultation.validate.mustBeANumber');
		if (value < 0) return both('consultation.validate.cannotBeNegative');
		if (!Number.isSafeInteger(value)) return both('consultation.validate.mustBeAWholeNumber');
		if (field === 'voters' && value === 0) return both('consultation.csv.votersMustBeMoreThan');
		return null;
	}
	if (typeof value !== 'string') return both('consultation.validate.mustBeText');
	if (field === 'date') {
		const p = parseDateInput(value);
		return p.ok ? null : p.message;
	}
	return value.length > MAX_NOTE ? both('consultation.validate.longerThanMaxNoteCharacters', { MAX_NOTE }) : null;
}

/** A vote after a patch; dates normalised to ISO. */
export function applyVotePatch(before: ConsultationVote | undefined, code: string, patch: VotePatch): ConsultationVote {
	const v: ConsultationVote = before
		? { ...before }
		: { unitCode: code, voters: null, agreeing: null, date: null, note: null };
	for (const f of VOTE_FIELDS) {
		if (!(f in patch)) continue;
		const value = patch[f];
		if (f === 'date') v.date = value == null ? null : (parseDateInput(String(value)) as { value: string }).value;
		else if (f === 'note') v.note = value == null || String(value).trim() === '' ? null : String(value).trim();
		else v[f] = (value as number | null) ?? null;
	}
	return v;
}

/** Whether a vote holds nothing (it is then removed rather than stored empty). */
export function isEmptyVote(v: ConsultationVote): boolean {
	return v.voters == null && v.agreeing == null && v.date == null && v.note == null;
}

/** The cross-field check of a whole vote: no more agreeing than voters. */
export function voteProblem(v: ConsultationVote): { field: VoteField; message: Bilingual } | null {
	if (v.voters != null && v.agreeing != null && v.agreeing > v.voters)
		return {
			field: 'agreeing',
			message: both('consultation.validate.moreVotersAgreeingAgreeingThan', { agreeing: v.agreeing, voters: v.voters })
		};
	return null;
}

/**
 * Check a batch of edits `{ rows: [{ code, patch }] }` against the affected units and the stored votes. Each edit is
 * applied to the unit's stored vote and the result checked as a whole. Returns the votes to write (an empty one means
 * delete), or every problem (row, unit, field).
 */
export function validateVoteEdits(
	body: unknown,
	affected: readonly AffectedUnit[],
	stored: ReadonlyMap<string, ConsultationVote>
): { votes: ConsultationVote[]; problems: ConsultationProblem[] } {
	const problems: ConsultationProblem[] = [];
	const votes: ConsultationVote[] = [];
	const list = (body as { rows?: unknown } | null)?.rows;
	if (!Array.isArray(list) || list.length === 0)
		return { votes, problems: [{ message: both('consultation.validate.noRowsToSave') }] };
	if (list.length > MAX_VOTE_ROWS)
		return {
			votes,
			problems: [{ message: both('consultation.validate.tooManyRowsAtMost', { MAX_VOTE_ROWS }) }]
		};
	const byCode = new Map(affected.map((a) => [a.code, a]));
	const seen = new Map<string, number>();
	list.forEach((item, i) => {
		const row = i + 1;
		const r = item as { code?: unknown; patch?: unknown } | null;
		const code = typeof r?.code === 'string' ? r.code : null;
		const at = (c: string | undefined, field: string | undefined, m: Bilingual): ConsultationProblem => {
			const u = c ? byCode.get(c) : undefined;
			const who = c ? unitText(u, c) : '';
			return {
				row,
				code: c,
				field,
				message: both('consultation.validate.rowRowP1P3', {
					row,
					p1: who ? `, ${who}` : '',
					p2: m.vi.replace(/\.$/, ''),
					p3: m.en.replace(/\.$/, '')
				})
			};
		};
		if (!code) return void problems.push(at(undefined, undefined, both('consultation.csv.unitCodeMissing')));
		if (!byCode.has(code))
			return void problems.push(at(code, undefined, both('consultation.validate.thisUnitIsInNone')));
		if (seen.has(code))
			return void problems.push(
				at(code, undefined, both('consultation.validate.codeAppearsTwiceRowP1', { p1: seen.get(code) }))
			);
		seen.set(code, row);
		if (!r?.patch || typeof r.patch !== 'object' || Array.isArray(r.patch))
			return void problems.push(at(code, undefined, both('consultation.validate.noPatchGiven')));
		const patch: VotePatch = {};
		let bad = false;
		for (const [field, value] of Object.entries(r.patch as Record<string, unknown>)) {
			if (!(VOTE_FIELDS as readonly string[]).includes(field)) {
				problems.push(at(code, field, both('consultation.validate.fieldFieldCannotBeEdited', { field })));
				bad = true;
				continue;
			}
			const f = field as VoteField;
			const err = voteValueError(f, value);
			if (err) {
				problems.push(
					at(
						code,
						f,
						both('consultation.validate.p2En', {
							p1: VOTE_FIELD_LABELS[f].vi.toLowerCase(),
							vi: err.vi,
							p2: VOTE_FIELD_LABELS[f].en.toLowerCase(),
							en: err.en
						})
					)
				);
				bad = true;
			} else (patch as Record<string, unknown>)[f] = value;
		}
		if (bad) return;
		const v = applyVotePatch(stored.get(code), code, patch);
		const p = voteProblem(v);
		if (p) return void problems.push(at(code, p.field, p.message));
		votes.push(v);
	});
	return { votes: problems.length ? [] : votes, problems };
}

/** Check a council resolution; returns the clean input or the problems (no row: one form). */
export function validateResolution(
	raw: unknown,
	knownUnit: (level: CouncilLevel, code: string) => boolean
): { resolution: CouncilResolutionInput | null; problems: ConsultationProblem[] } {
	const problems: ConsultationProblem[] = [];
	const o = (raw ?? {}) as Record<string, unknown>;
	const add = (field: string, m: Bilingual) => problems.push({ field, message: m });
	const level = o.level as CouncilLevel;
	if (!COUNCIL_LEVELS.includes(level)) add('level', both('consultation.validate.theCouncilLevelMustBe'));
	let unitCode: string | null = null;
	if (level === 'commune' || level === 'district') {
		unitCode = typeof o.unitCode === 'string' && o.unitCode.trim() ? o.unitCode.trim() : null;
		if (!unitCode) add('unitCode', both('consultation.validate.chooseTheUnitWhoseCouncil'));
		else if (!knownUnit(level, unitCode))
			add(
				'unitCode',
				both('consultation.validate.unitUnitcodeIsNotAn', {
					unitCode,
					p1: level === 'commune' ? 'xã' : 'huyện',
					p2: level === 'commune' ? 'commune' : 'district'
				})
			);
	}
	const number = typeof o.number === 'string' ? o.number.trim() : '';
	if (!number || number.length > 100) add('number', both('consultation.validate.giveTheResolutionNumberE'));
	const d = parseDateInput(typeof o.date === 'string' ? o.date : '');
	if (!d.ok) add('date', d.message);
	else if (!d.value) add('date', both('consultation.validate.giveTheResolutionDate'));
	const count = (field: 'votesFor' | 'votesAgainst' | 'votesAbstaining', vi: string, en: string): number => {
		const v = o[field];
		if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < 0) {
			add(field, both('consultation.validate.enMustBeAWhole', { vi, en }));
			return 0;
		}
		return v;
	};
	const votesFor = count('votesFor', 'Số đại biểu tán thành', 'Votes for');
	const votesAgainst = count('votesAgainst', 'Số đại biểu không tán thành', 'Votes against');
	const votesAbstaining = count('votesAbstaining', 'Số đại biểu không biểu quyết', 'Abstentions');
	const note = typeof o.note === 'string' && o.note.trim() ? o.note.trim() : null;
	if (note && note.length > MAX_NOTE) add('note', both('consultation.validate.noteLongerThanMaxNote2', { MAX_NOTE }));
	if (problems.length) return { resolution: null, problems };
	return {
		resolution: {
			level,
			unitCode: level === 'province' ? null : unitCode,
			number,
			date: (d as { value: string }).value,
			votesFor,
			votesAgainst,
			votesAbstaining,
			note
		},
		problems
	};
}
