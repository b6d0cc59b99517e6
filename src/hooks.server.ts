import type { Handle } from '@sveltejs/kit';
import { getDb } from '$lib/server/db/database';
import { guard } from '$lib/server/auth/guard';

// Migrate before the first request is served.
const ready = getDb();

export const handle: Handle = async ({ event, resolve }) => {
	await ready;
	// Who is acting comes from the session cookie only, and the guard decides every route's access (route-rules.ts).
	return guard({ event, resolve });
};
