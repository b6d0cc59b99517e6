import { error, json, type Handle, type HandleServerError } from '@sveltejs/kit';
import { getRequestEvent } from '$app/server';
import { langFromCookie, tr, useRequestLang } from '$lib/i18n.svelte';
import { getDb } from '$lib/server/db/database';
import { CROSS_SITE_REFUSED, isCrossSiteForm } from '$lib/server/csrf';
import { guard } from '$lib/server/auth/guard';
import { compressResponse } from '$lib/server/compress';

// Migrate before the first request is served.
const ready = getDb();

// Server code (rendering, loads, actions, these hooks) reads the language of the request it serves (tr(), i18n.lang),
// never a module state shared by the requests in flight.
useRequestLang(() => {
	try {
		return getRequestEvent().locals.lang;
	} catch {
		return undefined; // outside a request
	}
});

export const handle: Handle = async ({ event, resolve }) => {
	const lang = langFromCookie(event.cookies.get('lang'));
	event.locals.lang = lang;

	// Cross-site form submissions are refused here rather than by SvelteKit, so the answer is readable.
	if (isCrossSiteForm(event.request, event.url)) {
		const message = tr(CROSS_SITE_REFUSED.vi, CROSS_SITE_REFUSED.en);
		// A form with use:enhance: an ActionResult, shown by +error.svelte.
		if (event.request.headers.get('x-sveltekit-action') === 'true')
			return json({ type: 'error', error: { message } }, { status: 403 });
		// Scripts (the upload form) read both languages, as the import errors.
		if (!(event.request.headers.get('accept') ?? '').includes('text/html'))
			return json({ message, message_vi: CROSS_SITE_REFUSED.vi, message_en: CROSS_SITE_REFUSED.en }, { status: 403 });
		// A plain form: the error page (src/error.html) with the message.
		error(403, message);
	}

	await ready;
	// Who is acting comes from the session cookie only, and the guard decides every route's access (route-rules.ts).
	const response = await guard({
		event,
		resolve: (ev, opts) =>
			resolve(ev, {
				...opts,
				transformPageChunk: ({ html }) => html.replace('<html lang="vi">', `<html lang="${lang}">`)
			})
	});
	// Pages of a whole country embed MB of unit data: sent compressed (issue 14 item 4).
	return compressResponse(event.request, response);
};

/** An unexpected error: logged for the administrator; the user reads what happened in their language. */
export const handleError: HandleServerError = ({ error: e, status, message }) => {
	if (status >= 500) console.error(e);
	if (status === 404) return { message: tr('Không tìm thấy trang này.', 'Page not found.') };
	if (status === 413) {
		const detail = e instanceof Error ? ` ${e.message}` : '';
		return {
			message:
				tr(
					'Tệp gửi lên lớn hơn mức máy chủ nhận (BODY_SIZE_LIMIT).',
					'The upload is larger than the server accepts (BODY_SIZE_LIMIT).'
				) + detail
		};
	}
	if (status >= 500)
		return {
			message: tr(
				'Máy chủ gặp lỗi khi xử lý yêu cầu này. Chi tiết nằm trong nhật ký của máy chủ.',
				'The server met an error while handling this request. The details are in the server log.'
			)
		};
	return { message };
};
