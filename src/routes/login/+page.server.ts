import { fail, redirect } from '@sveltejs/kit';
import { safeNext, signIn } from '$lib/server/auth/http';
import type { Actions, PageServerLoad } from './$types';
import { both } from '$lib/i18n/catalogue';

export const load: PageServerLoad = ({ locals, url }) => {
	const next = safeNext(url.searchParams.get('next'));
	if (locals.session) redirect(303, next);
	return { next };
};

export const actions: Actions = {
	/** The sign-in form: login, password, next (the page to go back to). */
	default: async (event) => {
		const form = await event.request.formData();
		const login = String(form.get('login') ?? '').trim();
		const password = String(form.get('password') ?? '');
		const next = safeNext(String(form.get('next') ?? ''));
		if (!login || !password)
			return fail(400, {
				login,
				error: both('login.enterYourLoginAndPassword'),
				locked: false
			});
		const r = await signIn(event, login, password);
		if (r.ok) redirect(303, next);
		return fail(r.reason === 'locked' ? 429 : 401, { login, error: r.message, locked: r.reason === 'locked' });
	}
};
