import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = ({ cookies, locals }) => ({
	lang: cookies.get('lang') === 'en' ? ('en' as const) : ('vi' as const),
	user: locals.user
});
