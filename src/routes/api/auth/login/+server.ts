import { json } from '@sveltejs/kit';
import { ROLE_LABELS } from '$lib/server/auth/roles';
import { signIn } from '$lib/server/auth/http';
import type { RequestHandler } from './$types';
import { both } from '$lib/i18n/catalogue';

/**
 * Sign in. Body: { login, password } → 200 { user } with the session cookie | 401 { error: 'invalid_credentials' }
 * | 429 { error: 'locked', retryAfter } (Retry-After header, seconds) | 400 (not that JSON).
 */
export const POST: RequestHandler = async (event) => {
	const body = (await event.request.json().catch(() => null)) as { login?: unknown; password?: unknown } | null;
	if (!body || typeof body.login !== 'string' || typeof body.password !== 'string')
		return json(
			{
				error: 'bad_request',
				message: both('login.sendJsonLoginPassword')
			},
			{ status: 400 }
		);
	const r = await signIn(event, body.login, body.password);
	if (r.ok)
		return json({
			user: {
				login: r.user.login,
				name: r.user.name,
				role: r.user.role,
				roleLabel: ROLE_LABELS[r.user.role],
				datasets: r.user.datasets
			}
		});
	if (r.reason === 'locked')
		return json(
			{ error: 'locked', retryAfter: r.retryAfterSeconds, message: r.message },
			{ status: 429, headers: { 'retry-after': String(r.retryAfterSeconds) } }
		);
	return json({ error: 'invalid_credentials', message: r.message }, { status: 401 });
};
