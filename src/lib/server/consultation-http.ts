/**
 * HTTP shape of the consultation API's refusals: input problems are
 *   422 { error: 'invalid_consultation', problems: [{ row, code, field, message: { vi, en } }], message: { vi, en } }
 * and the scenario's state errors (not found 404, deleted 410, frozen 409…) as the rest of the scenario API answers
 * them (scenario-http.ts).
 */
import { json } from '@sveltejs/kit';
import { ConsultationInputError } from '../domain/consultation/validate.ts';
import { handleScenario } from './scenario-http.ts';

/** Run a consultation handler, turning its known errors into their responses. */
export function handleConsultation(fn: () => Promise<Response>): Promise<Response> {
	return handleScenario(async () => {
		try {
			return await fn();
		} catch (e) {
			if (e instanceof ConsultationInputError)
				return json(
					{
						error: 'invalid_consultation',
						problems: e.problems.map((p) => ({
							row: p.row ?? null,
							code: p.code ?? null,
							field: p.field ?? null,
							message: p.message
						})),
						message: e.messages
					},
					{ status: 422 }
				);
			throw e;
		}
	});
}
