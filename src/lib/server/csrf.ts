/**
 * Cross-site form submissions are refused (CSRF). SvelteKit's own check answers with an English plain-text 403 that
 * a user cannot read or act on, so it is turned off in svelte.config.js and the same rule is applied here, in
 * hooks.server.ts, where the answer can be in the reader's language.
 *
 * The rule is SvelteKit's (kit/src/runtime/server/respond.js): a POST, PUT, PATCH or DELETE whose body is a form
 * (the content types a page on another site can send without the browser asking first) is refused unless the
 * request's Origin header equals the origin of the URL it was sent to. The URL's origin comes from adapter-node:
 * ORIGIN, else the protocol and host of the request (scripts/serve.mjs).
 */
import type { Bilingual } from '$lib/domain/messages';

const FORM_CONTENT_TYPES = [
	'application/x-www-form-urlencoded',
	'multipart/form-data',
	'text/plain',
	'application/x-sveltekit-formdata'
];
const WRITES = ['POST', 'PUT', 'PATCH', 'DELETE'];

/** True when the request is a form submission sent from another origin than the app's (or with no Origin). */
export function isCrossSiteForm(request: Request, url: URL): boolean {
	const type = (request.headers.get('content-type')?.split(';', 1)[0] ?? '').trim().toLowerCase();
	if (!FORM_CONTENT_TYPES.includes(type) || !WRITES.includes(request.method)) return false;
	return request.headers.get('origin') !== url.origin;
}

/** What the user reads when a form was refused as cross-site. */
export const CROSS_SITE_REFUSED: Bilingual = {
	vi:
		'Máy chủ từ chối biểu mẫu này vì nó được gửi từ một trang khác với trang của sapxep (chống giả mạo yêu cầu). ' +
		'Hãy mở lại trang từ địa chỉ của sapxep rồi gửi lại. Nếu sapxep chạy sau một reverse proxy, người quản trị cần ' +
		'đặt ORIGIN, hoặc PROTOCOL_HEADER và HOST_HEADER (xem README).',
	en:
		'The server refused this form because it was sent from a page that is not sapxep’s (cross-site request ' +
		'forgery protection). Open the page again from sapxep’s address and resend it. If sapxep runs behind a ' +
		'reverse proxy, the administrator must set ORIGIN, or PROTOCOL_HEADER and HOST_HEADER (see the README).'
};
