/**
 * The consultation page's calls to its endpoints: a JSON answer with its status, the problems of a refusal (each
 * with its row when the server names one), and the body of a new People's Council resolution from the form.
 */
import type { CouncilLevel } from '../domain/consultation/index.ts';
import type { Bilingual } from '../domain/messages.ts';
import { both } from '../i18n/catalogue.ts';

export type Problem = { row?: number | null; message: Bilingual };

export async function call(
	url: string,
	init: RequestInit,
	fetchFn: typeof fetch = fetch
): Promise<{ ok: boolean; status: number; body: Record<string, unknown> }> {
	const r = await fetchFn(url, init);
	const body = (await r.json().catch(() => ({}))) as Record<string, unknown>;
	return { ok: r.ok, status: r.status, body };
}

/** The problems of a refused call: the server's list, its one message, or "server error (HTTP n)". */
export const problemsOf = (body: Record<string, unknown>, status: number): Problem[] =>
	(body.problems as Problem[] | undefined) ??
	(body.message
		? [{ message: body.message as Bilingual }]
		: [{ message: both('apiError.serverErrorHttpStatus', { status }) }]);

/** The resolution form as typed: every field text. */
export interface ResolutionForm {
	level: CouncilLevel;
	unitCode: string;
	number: string;
	date: string;
	votesFor: string;
	votesAgainst: string;
	votesAbstaining: string;
	note: string;
}

export const emptyResolutionForm = (level: CouncilLevel = 'province'): ResolutionForm => ({
	level,
	unitCode: '',
	number: '',
	date: '',
	votesFor: '',
	votesAgainst: '0',
	votesAbstaining: '0',
	note: ''
});

const int = (s: string) => (s.trim() === '' ? null : Number(s.trim()));

/** The body of POST …/resolutions: a provincial council has no unit; an empty count is null (the server says so). */
export function resolutionBody(form: ResolutionForm) {
	return {
		level: form.level,
		unitCode: form.level === 'province' ? null : form.unitCode,
		number: form.number,
		date: form.date,
		votesFor: int(form.votesFor),
		votesAgainst: int(form.votesAgainst),
		votesAbstaining: int(form.votesAbstaining),
		note: form.note
	};
}
