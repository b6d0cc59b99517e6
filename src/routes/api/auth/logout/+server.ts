import { json } from '@sveltejs/kit';
import { signOut } from '$lib/server/auth/http';
import type { RequestHandler } from './$types';

/** Sign out: ends this session, or with JSON { everywhere: true } every session of the account. → 200 { ok }. */
export const POST: RequestHandler = async (event) => {
	const body = (await event.request.json().catch(() => null)) as { everywhere?: unknown } | null;
	await signOut(event, body?.everywhere === true);
	return json({ ok: true });
};
