import { ROLE_LABELS } from '$lib/server/auth/roles';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = ({ locals }) => ({
	lang: locals.lang,
	// Who is signed in (null on the sign-in page), for the top bar.
	user: locals.session
		? { login: locals.user.login, name: locals.user.name, roleLabel: ROLE_LABELS[locals.user.role] }
		: null
});
