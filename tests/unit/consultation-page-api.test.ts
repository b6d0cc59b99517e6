/**
 * The consultation page's calls (src/lib/consultation/consultation-api.ts): a refusal's problems keep their rows, a
 * single message becomes one problem, an answer without a body says the HTTP status; a provincial council's
 * resolution is sent without a unit and empty counts as null, so the server names the missing figure.
 */
import { describe, expect, it } from 'vitest';
import { call, emptyResolutionForm, problemsOf, resolutionBody } from '../../src/lib/consultation/consultation-api';

describe('the consultation page’s calls', () => {
	it('keeps the rows of the server’s problems, wraps one message, and names the HTTP status otherwise', () => {
		const problems = [{ row: 3, message: { vi: 'Số cử tri đồng ý lớn hơn tổng số', en: 'More agreeing than voters' } }];
		expect(problemsOf({ problems }, 422)).toEqual(problems);
		expect(problemsOf({ message: { vi: 'Phương án đã trình', en: 'Submitted' } }, 409)).toEqual([
			{ message: { vi: 'Phương án đã trình', en: 'Submitted' } }
		]);
		expect(problemsOf({}, 502)).toEqual([
			{ message: { vi: 'Lỗi máy chủ (HTTP 502).', en: 'Server error (HTTP 502).' } }
		]);
	});

	it('sends a provincial resolution without a unit, and an empty count as null', () => {
		const form = {
			...emptyResolutionForm(),
			unitCode: '25111',
			number: '15/NQ-HĐND',
			date: '20/05/2024',
			votesFor: ' 48 '
		};
		expect(resolutionBody(form)).toEqual({
			level: 'province',
			unitCode: null,
			number: '15/NQ-HĐND',
			date: '20/05/2024',
			votesFor: 48,
			votesAgainst: 0,
			votesAbstaining: 0,
			note: ''
		});
		expect(resolutionBody({ ...form, level: 'commune', votesFor: '' })).toMatchObject({
			unitCode: '25111',
			votesFor: null
		});
	});

	it('reads an answer that is not JSON as an empty body with its status', async () => {
		const r = await call('/x', {}, (async () => new Response('oops', { status: 500 })) as unknown as typeof fetch);
		expect(r).toEqual({ ok: false, status: 500, body: {} });
	});
});
