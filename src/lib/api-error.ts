/** The text of an error answer from our API, in the user's language (every endpoint answers with bilingual messages). */
import { tr, msg } from './i18n.svelte.ts';

type Msg = { vi: string; en: string };
export function apiErrorText(body: unknown, status: number): string {
	const b = (body ?? {}) as {
		message?: Msg;
		message_vi?: string;
		message_en?: string;
		problems?: { message?: Msg }[];
		errors?: { message?: Msg }[];
	};
	if (b.message?.vi) return tr(b.message.vi, b.message.en);
	if (b.message_vi) return tr(b.message_vi, b.message_en ?? b.message_vi);
	const list = b.problems ?? b.errors;
	if (list?.length)
		return list
			.map((p) => (p.message ? tr(p.message.vi, p.message.en) : ''))
			.filter(Boolean)
			.join('\n');
	return msg('apiError.serverErrorHttpStatus', { status });
}
