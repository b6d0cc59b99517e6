import { json } from '@sveltejs/kit';
import { dialectOf, getDb, pingDatabase } from '$lib/server/db/database';
import { databaseFault } from '$lib/server/db/faults';
import type { RequestHandler } from './$types';
import { both } from '$lib/i18n/catalogue';

/**
 * The health check of a reverse proxy or a monitor (public, no session): a trivial query on the database.
 * 200 { ok: true, database: 'sqlite' | 'postgres' } | 503 { ok: false, database?, error, message: { vi, en } }.
 * The hook lets it through before the session is read (hooks.server.ts), so it answers even when that fails.
 */
export const GET: RequestHandler = async () => {
	const headers = { 'cache-control': 'no-store' };
	let database: string | undefined;
	try {
		const db = await getDb();
		database = dialectOf(db);
		await pingDatabase(db);
		return json({ ok: true, database }, { headers });
	} catch (e) {
		const fault = databaseFault(e);
		return json(
			{
				ok: false,
				database,
				error: fault ? `database_${fault.code}` : 'database_error',
				message: fault?.message ?? both('healthz.databaseErrorP1', { p1: e instanceof Error ? e.message : String(e) })
			},
			{ status: 503, headers }
		);
	}
};
