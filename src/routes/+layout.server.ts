import { ROLE_LABELS } from '$lib/server/auth/roles';
import { getDb } from '$lib/server/db/database';
import { waitingForReview } from '$lib/server/services/review.service';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = async ({ locals }) => ({
	lang: locals.lang,
	// Who is signed in (null on the sign-in page), for the top bar.
	user: locals.session
		? {
				login: locals.user.login,
				name: locals.user.name,
				role: locals.user.role,
				roleLabel: ROLE_LABELS[locals.user.role]
			}
		: null,
	// A reviewer sees "Chờ tôi thẩm định (n)" in the top bar from signing in on (issue 11 item 3).
	waitingForReview:
		locals.session && (locals.user.role === 'reviewer' || locals.user.role === 'admin')
			? (await waitingForReview(await getDb(), locals.user)).length
			: null
});
