/**
 * Reading the voters' consultation from a CSV (UTF-8 text already decoded; comma, semicolon or tab separated; one row
 * per affected unit): columns `code, voters, agreeing[, date][, note]`, Vietnamese headings accepted ("Mã ĐVHC",
 * "Tổng số cử tri", "Số cử tri đồng ý", "Ngày lấy ý kiến", "Ghi chú"). All or nothing: every problem is returned with
 * its line and unit, and nothing is written when there is one. Pure TypeScript (papaparse, no file system).
 */
import Papa from 'papaparse';
import { type Bilingual } from '../messages.ts';
import { foldVietnamese } from '../units.ts';
import type { AffectedUnit, ConsultationVote, VoteField } from './types.ts';
import { parseVoteCell, unitText, voteProblem, type ConsultationProblem } from './validate.ts';
import { both } from '../../i18n/catalogue.ts';

const COLUMNS: Record<'code' | VoteField, string[]> = {
	code: ['code', 'ma', 'ma_dvhc', 'ma_don_vi', 'ma_don_vi_hanh_chinh', 'unit_code'],
	voters: ['voters', 'cu_tri', 'so_cu_tri', 'tong_so_cu_tri', 'tong_cu_tri'],
	agreeing: ['agreeing', 'agree', 'dong_y', 'so_dong_y', 'so_cu_tri_dong_y', 'cu_tri_dong_y'],
	date: ['date', 'ngay', 'ngay_lay_y_kien', 'vote_date'],
	note: ['note', 'ghi_chu']
};
/** Headings a spreadsheet of results usually has besides ours: read past quietly. */
const KNOWN_OTHER = new Set(['stt', 'name', 'ten', 'ten_don_vi', 'don_vi', 'rate', 'ty_le', 'ty_le_dong_y', 'huyen']);

/** "Tổng số cử tri" → "tong_so_cu_tri". */
const foldHeader = (s: string) =>
	foldVietnamese(s)
		.replace(/[^a-z0-9]+/g, '_')
		.replace(/^_+|_+$/g, '');

/** The result of reading a CSV: the votes to write, or the problems; and the columns read past. */
export interface VoteCsvResult {
	votes: ConsultationVote[];
	problems: ConsultationProblem[];
	/** The vote fields the file has columns for. */
	columns: VoteField[];
	ignoredColumns: string[];
}

/** Find an affected unit by its code as typed; a code whose leading zeros a spreadsheet dropped is matched too. */
function findUnit(byCode: Map<string, AffectedUnit>, raw: string): AffectedUnit | undefined {
	const code = raw.trim().replace(/^'/, '');
	if (byCode.has(code)) return byCode.get(code);
	if (/^\d+$/.test(code))
		for (const len of [5, 3]) if (byCode.has(code.padStart(len, '0'))) return byCode.get(code.padStart(len, '0'));
	return undefined;
}

/** Read a consultation CSV against the scenario's affected units. */
export function readVoteCsv(text: string, affected: readonly AffectedUnit[]): VoteCsvResult {
	const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
	const parsed = Papa.parse<string[]>(src, { skipEmptyLines: 'greedy', delimitersToGuess: [',', ';', '\t'] });
	const problems: ConsultationProblem[] = [];
	const out: VoteCsvResult = { votes: [], problems, columns: [], ignoredColumns: [] };
	const fatal = parsed.errors.find((e) => e.type === 'Quotes');
	if (fatal) {
		const row = fatal.row != null ? fatal.row + 1 : undefined;
		problems.push({
			row,
			message: both('consultation.csv.lineP1MalformedCsvUnclosed', { p1: row ?? '?' })
		});
		return out;
	}
	const [header, ...body] = parsed.data;
	if (!header || !body.length) {
		problems.push({ message: both('consultation.csv.theCsvFileHasNo') });
		return out;
	}
	const col = new Map<string, number>();
	header.forEach((h, i) => {
		const f = foldHeader(h);
		const c = (Object.keys(COLUMNS) as (keyof typeof COLUMNS)[]).find((k) => COLUMNS[k].includes(f));
		if (c && !col.has(c)) col.set(c, i);
		else if (!c && f && !KNOWN_OTHER.has(f)) out.ignoredColumns.push(h);
	});
	const missing = (['code', 'voters', 'agreeing'] as const).filter((c) => !col.has(c));
	if (missing.length) {
		const names: Record<string, Bilingual> = {
			code: both('consultation.csv.unitCodeCode'),
			voters: both('consultation.csv.votersVoters'),
			agreeing: both('consultation.csv.votersAgreeingAgreeing')
		};
		problems.push({
			row: 1,
			message: both('consultation.csv.line1HeaderMissingColumn', {
				p1: missing.map((m) => names[m].vi).join(', '),
				p2: header.join(', '),
				p3: missing.map((m) => names[m].en).join(', ')
			})
		});
		return out;
	}
	out.columns = (['voters', 'agreeing', 'date', 'note'] as const).filter((f) => col.has(f));
	const byCode = new Map(affected.map((a) => [a.code, a]));
	const seen = new Map<string, number>();
	body.forEach((cells, i) => {
		const line = i + 2;
		const cell = (c: keyof typeof COLUMNS) => (col.has(c) ? (cells[col.get(c)!] ?? '') : '');
		const raw = cell('code').trim();
		const u = raw ? findUnit(byCode, raw) : undefined;
		const who = u ? unitText(u, u.code) : raw;
		const push = (field: string | undefined, m: Bilingual) =>
			problems.push({
				row: line,
				code: u?.code ?? (raw || undefined),
				field,
				message: both('consultation.csv.lineLineP1P3', {
					line,
					p1: who ? `, ${who}` : '',
					p2: m.vi.replace(/\.$/, ''),
					p3: m.en.replace(/\.$/, '')
				})
			});
		if (!raw) return push('code', both('consultation.csv.unitCodeMissing'));
		if (!u) return push('code', both('consultation.csv.codeRawIsNotA', { raw }));
		if (seen.has(u.code)) return push('code', both('consultation.csv.theUnitIsAlreadyOn', { p1: seen.get(u.code) }));
		seen.set(u.code, line);
		const vote: ConsultationVote = { unitCode: u.code, voters: null, agreeing: null, date: null, note: null };
		let bad = false;
		for (const f of ['voters', 'agreeing', 'date', 'note'] as const) {
			if (!col.has(f)) continue;
			const p = parseVoteCell(f, cell(f));
			if (!p.ok) {
				bad = true;
				push(f, both('consultation.csv.columnP1En', { p1: header[col.get(f)!], vi: p.message.vi, en: p.message.en }));
			} else (vote as unknown as Record<string, unknown>)[f] = p.value;
		}
		if (bad) return;
		if (vote.voters == null) return push('voters', both('consultation.csv.theNumberOfVotersIs'));
		if (vote.voters === 0) return push('voters', both('consultation.csv.votersMustBeMoreThan'));
		if (vote.agreeing == null) return push('agreeing', both('consultation.csv.theNumberAgreeingIsMissing'));
		const p = voteProblem(vote);
		if (p) return push(p.field, p.message);
		out.votes.push(vote);
	});
	if (problems.length) out.votes = [];
	return out;
}
