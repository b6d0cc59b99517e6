import type { Handle } from '@sveltejs/kit';
import { getDb } from '$lib/server/db/database';

// Migrate before the first request is served.
const ready = getDb();

export const handle: Handle = async ({ event, resolve }) => {
	await ready;
	// Until accounts exist (next issue), the actor is named by a header from a trusted proxy or is the local user.
	const who = event.request.headers.get('x-sapxep-user') || 'local';
	event.locals.user = { id: who, name: who };
	return resolve(event);
};
