import { error, json, type Handle, type HandleServerError } from '@sveltejs/kit';
import { getRequestEvent } from '$app/server';
import { langFromCookie, tr, useRequestLang, msg } from '$lib/i18n.svelte';
import { getDb } from '$lib/server/db/database';
import { DATABASE_FAULT_STATUS, databaseFault, type DatabaseFault } from '$lib/server/db/faults';
import { CROSS_SITE_REFUSED, isCrossSiteForm } from '$lib/server/csrf';
import { guard } from '$lib/server/auth/guard';
import { sweepStaleImportJobs } from '$lib/server/import/jobs';
import { compressResponse } from '$lib/server/compress';
import { warmAtStart } from '$lib/server/services/start-warm';

// Migrate before the first request is served. A failure here (the database server not up yet) is not final:
// every request asks getDb() again, which retries, so the app recovers without a restart.
// Then the import jobs a killed process left 'running' end as failed (once their heartbeat is stale: lib/server/import/jobs.ts).
// The newest datasets' map tiles and units are then made ready in the background (start-warm.ts).
getDb().then(
	async (db) => {
		await sweepStaleImportJobs(db);
		await warmAtStart(db).catch((e) => console.error('Making the maps ready at start failed:', e));
	},
	(e) => console.error('The database could not be opened yet:', e)
);

// Server code (rendering, loads, actions, these hooks) reads the language of the request it serves (tr(), i18n.lang),
// never a module state shared by the requests in flight.
useRequestLang(() => {
	try {
		return getRequestEvent().locals.lang;
	} catch {
		return undefined; // outside a request
	}
});

/** Database faults met while serving a request (set by handleError, keyed by the request's locals: the one object both hooks see), answered 503 instead of 500. */
const faults = new WeakMap<object, DatabaseFault>();

/**
 * The answer to a request whose guard met a database fault (no response was made): 503 in the request's language,
 * as the caller reads it (an error page, an enhanced form's action result, or JSON for scripts and the API).
 */
function faultResponse(request: Request, fault: DatabaseFault): Response {
	const message = tr(fault.message.vi, fault.message.en);
	const init = { status: DATABASE_FAULT_STATUS, headers: { 'retry-after': '60' } };
	if (request.headers.get('x-sveltekit-action') === 'true') return json({ type: 'error', error: { message } }, init);
	if ((request.headers.get('accept') ?? '').includes('text/html')) error(DATABASE_FAULT_STATUS, message);
	return json({ message, code: `database_${fault.code}` }, init);
}

export const handle: Handle = async ({ event, resolve }) => {
	const lang = langFromCookie(event.cookies.get('lang'));
	event.locals.lang = lang;

	// Cross-site form submissions are refused here rather than by SvelteKit, so the answer is readable.
	if (isCrossSiteForm(event.request, event.url)) {
		const message = tr(CROSS_SITE_REFUSED.vi, CROSS_SITE_REFUSED.en);
		// A form with use:enhance: an ActionResult, shown by +error.svelte.
		if (event.request.headers.get('x-sveltekit-action') === 'true')
			return json({ type: 'error', error: { message } }, { status: 403 });
		// Scripts (the upload form) read both languages, as the import errors.
		if (!(event.request.headers.get('accept') ?? '').includes('text/html'))
			return json({ message, message_vi: CROSS_SITE_REFUSED.vi, message_en: CROSS_SITE_REFUSED.en }, { status: 403 });
		// A plain form: the error page (src/error.html) with the message.
		error(403, message);
	}

	// The health check answers for the database itself (its own 503), before any session query.
	if (event.route.id === '/healthz') return resolve(event);

	try {
		await getDb();
		// Who is acting comes from the session cookie only, and the guard decides every route's access (route-rules.ts).
		const response = await guard({
			event,
			resolve: (ev, opts) =>
				resolve(ev, {
					...opts,
					transformPageChunk: ({ html }) => html.replace('<html lang="vi">', `<html lang="${lang}">`)
				})
		});
		// An endpoint, a load or an action met a database fault (handleError saw it): 503 with its message.
		// SvelteKit made the response (error page, action result or JSON) with handleError's message: only the status
		// changes, 503 (the service is unavailable until the cause is fixed; nothing was saved).
		const fault = faults.get(event.locals);
		// Pages of a whole country embed MB of unit data: sent compressed (issue 14 item 4).
		if (!fault || response.status !== 500) return compressResponse(event.request, response);
		const headers = new Headers(response.headers);
		headers.set('retry-after', '60');
		return new Response(response.body, { status: DATABASE_FAULT_STATUS, headers });
	} catch (e) {
		// The guard's own queries (the session) or opening the database met a fault.
		const fault = databaseFault(e);
		if (!fault) throw e;
		console.error(`Database fault (${fault.code}):`, e);
		return faultResponse(event.request, fault);
	}
};

/** An unexpected error: logged for the administrator; the user reads what happened in their language. */
export const handleError: HandleServerError = ({ error: e, event, status, message }) => {
	if (status >= 500) console.error(e);
	const fault = databaseFault(e);
	if (fault) {
		faults.set(event.locals, fault);
		return { message: tr(fault.message.vi, fault.message.en), code: `database_${fault.code}` };
	}
	if (status === 404) return { message: msg('hooks.pageNotFound') };
	if (status === 413) {
		const detail = e instanceof Error ? ` ${e.message}` : '';
		return {
			message: msg('hooks.theUploadIsLargerThan') + detail
		};
	}
	if (status >= 500)
		return {
			message: msg('hooks.theServerMetAnError')
		};
	return { message };
};
