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
	voters: bi('Tổng số cử tri', 'Voters'),
	agreeing: bi('Số cử tri đồng ý', 'Voters agreeing'),
	date: bi('Ngày lấy ý kiến', 'Date of the consultation'),
	note: bi('Ghi chú', 'Note')
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
		return { ok: false, message: bi(`ghi chú dài quá ${MAX_NOTE} ký tự`, `note longer than ${MAX_NOTE} characters`) };
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
		if (typeof value !== 'number' || !Number.isFinite(value)) return bi('phải là một số', 'must be a number');
		if (value < 0) return bi('không được âm', 'cannot be negative');
		if (!Number.isSafeInteger(value)) return bi('phải là số nguyên', 'must be a whole number');
		if (field === 'voters' && value === 0) return bi('tổng số cử tri phải lớn hơn 0', 'voters must be more than 0');
		return null;
	}
	if (typeof value !== 'string') return bi('phải là chữ', 'must be text');
	if (field === 'date') {
		const p = parseDateInput(value);
		return p.ok ? null : p.message;
	}
	return value.length > MAX_NOTE ? bi(`dài quá ${MAX_NOTE} ký tự`, `longer than ${MAX_NOTE} characters`) : null;
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
			message: bi(
				`số cử tri đồng ý (${v.agreeing}) nhiều hơn tổng số cử tri (${v.voters})`,
				`more voters agreeing (${v.agreeing}) than voters (${v.voters})`
			)
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
		return { votes, problems: [{ message: bi('Thiếu danh sách "rows" cần lưu.', 'No "rows" to save.') }] };
	if (list.length > MAX_VOTE_ROWS)
		return {
			votes,
			problems: [
				{ message: bi(`Quá nhiều dòng (tối đa ${MAX_VOTE_ROWS}).`, `Too many rows (at most ${MAX_VOTE_ROWS}).`) }
			]
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
				message: bi(
					`Dòng ${row}${who ? `, ${who}` : ''}: ${m.vi.replace(/\.$/, '')}.`,
					`Row ${row}${who ? `, ${who}` : ''}: ${m.en.replace(/\.$/, '')}.`
				)
			};
		};
		if (!code) return void problems.push(at(undefined, undefined, bi('thiếu mã đơn vị', 'unit code missing')));
		if (!byCode.has(code))
			return void problems.push(
				at(
					code,
					undefined,
					bi(
						'đơn vị này không thuộc nhóm sắp xếp nào của phương án',
						'this unit is in none of the scenario’s merger groups'
					)
				)
			);
		if (seen.has(code))
			return void problems.push(
				at(
					code,
					undefined,
					bi(`mã xuất hiện hai lần (dòng ${seen.get(code)})`, `code appears twice (row ${seen.get(code)})`)
				)
			);
		seen.set(code, row);
		if (!r?.patch || typeof r.patch !== 'object' || Array.isArray(r.patch))
			return void problems.push(at(code, undefined, bi('thiếu nội dung sửa', 'no patch given')));
		const patch: VotePatch = {};
		let bad = false;
		for (const [field, value] of Object.entries(r.patch as Record<string, unknown>)) {
			if (!(VOTE_FIELDS as readonly string[]).includes(field)) {
				problems.push(
					at(code, field, bi(`trường "${field}" không sửa được ở đây`, `field "${field}" cannot be edited here`))
				);
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
						bi(
							`${VOTE_FIELD_LABELS[f].vi.toLowerCase()} ${err.vi}`,
							`${VOTE_FIELD_LABELS[f].en.toLowerCase()} ${err.en}`
						)
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
	if (!COUNCIL_LEVELS.includes(level))
		add(
			'level',
			bi('Cấp HĐND phải là xã, huyện hoặc tỉnh.', 'The council level must be commune, district or province.')
		);
	let unitCode: string | null = null;
	if (level === 'commune' || level === 'district') {
		unitCode = typeof o.unitCode === 'string' && o.unitCode.trim() ? o.unitCode.trim() : null;
		if (!unitCode) add('unitCode', bi('Chọn đơn vị có HĐND đã biểu quyết.', 'Choose the unit whose council voted.'));
		else if (!knownUnit(level, unitCode))
			add(
				'unitCode',
				bi(
					`Đơn vị ${unitCode} không phải ${level === 'commune' ? 'xã' : 'huyện'} chịu ảnh hưởng của phương án.`,
					`Unit ${unitCode} is not an affected ${level === 'commune' ? 'commune' : 'district'} of the scenario.`
				)
			);
	}
	const number = typeof o.number === 'string' ? o.number.trim() : '';
	if (!number || number.length > 100)
		add('number', bi('Ghi số nghị quyết (ví dụ 15/NQ-HĐND).', 'Give the resolution number (e.g. 15/NQ-HĐND).'));
	const d = parseDateInput(typeof o.date === 'string' ? o.date : '');
	if (!d.ok) add('date', d.message);
	else if (!d.value) add('date', bi('Ghi ngày của nghị quyết.', 'Give the resolution date.'));
	const count = (field: 'votesFor' | 'votesAgainst' | 'votesAbstaining', vi: string, en: string): number => {
		const v = o[field];
		if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < 0) {
			add(field, bi(`${vi} phải là số nguyên không âm.`, `${en} must be a whole number, not negative.`));
			return 0;
		}
		return v;
	};
	const votesFor = count('votesFor', 'Số đại biểu tán thành', 'Votes for');
	const votesAgainst = count('votesAgainst', 'Số đại biểu không tán thành', 'Votes against');
	const votesAbstaining = count('votesAbstaining', 'Số đại biểu không biểu quyết', 'Abstentions');
	const note = typeof o.note === 'string' && o.note.trim() ? o.note.trim() : null;
	if (note && note.length > MAX_NOTE)
		add('note', bi(`Ghi chú dài quá ${MAX_NOTE} ký tự.`, `Note longer than ${MAX_NOTE} characters.`));
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
