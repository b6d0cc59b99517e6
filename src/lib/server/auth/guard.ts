/**
 * The one place that decides access. Every request passes here (hooks.server.ts) before any load, form action or
 * endpoint runs: it reads the session cookie (the only source of "who": headers such as x-sapxep-user are
 * ignored), sets `event.locals.user` and `event.locals.session`, and checks the route's rule in route-rules.ts.
 * Refused: an anonymous API call gets 401 JSON, an anonymous page is sent to /login (and back after signing in),
 * a signed-in account without the right gets 403.
 */
import { error, json, redirect, type Handle, type RequestEvent } from '@sveltejs/kit';
import { getDb, type Db } from '../db/database.ts';
import { datasetOfScenario } from '../db/user.repository.ts';
import { roleGrants } from './roles.ts';
import { requestKind, ROUTE_RULES, type DatasetRef, type RouteRule } from './route-rules.ts';
import {
	deleteSessionCookie,
	SESSION_COOKIE,
	setSessionCookie,
	validateSessionToken,
	type AuthUser
} from './session.ts';
import { both } from '../../i18n/catalogue.ts';

export type Decision = { allow: true } | { allow: false; status: 401 | 403; reason: string };

/** The parts of a request the decision reads. */
export type GuardedRequest = Pick<RequestEvent, 'params' | 'request' | 'url'> & { route: { id: string | null } };

/** The rule of a request, or undefined when the table has none (then it is refused). */
export function ruleOf(routeId: string | null, method: string, url: URL): { kind: string; rule?: RouteRule } {
	const rules = routeId == null ? undefined : ROUTE_RULES[routeId];
	const kind = requestKind(rules, method, url);
	return { kind, rule: rules?.[kind] };
}

async function datasetsOf(db: Db, ref: DatasetRef, event: GuardedRequest): Promise<number | undefined> {
	if ('param' in ref) return Number(event.params[ref.param as keyof typeof event.params]);
	if ('scenarioParam' in ref) {
		const sid = Number(event.params[ref.scenarioParam as keyof typeof event.params]);
		return Number.isInteger(sid) ? datasetOfScenario(db, sid) : undefined;
	}
	// A form field: read a copy of the body, the action reads the original.
	const form = await event.request
		.clone()
		.formData()
		.catch(() => null);
	const sid = Number(form?.get(ref.scenarioField));
	return Number.isInteger(sid) ? datasetOfScenario(db, sid) : undefined;
}

/** Whether `user` (null = anonymous) may make this request. */
export async function decide(db: Db, event: GuardedRequest, user: AuthUser | null): Promise<Decision> {
	const routeId = event.route.id;
	if (routeId == null) {
		// No such page: a signed-in user gets SvelteKit's 404; anonymous requests are sent to sign in first.
		return user ? { allow: true } : { allow: false, status: 401, reason: 'anonymous' };
	}
	const { kind, rule } = ruleOf(routeId, event.request.method, event.url);
	if (!rule) return { allow: false, status: user ? 403 : 401, reason: `no rule for ${routeId} ${kind}` };
	if (rule.access === 'public') return { allow: true };
	if (!user) return { allow: false, status: 401, reason: 'anonymous' };
	if (!roleGrants(user.role, rule.access)) return { allow: false, status: 403, reason: `role ${user.role}` };
	if (user.datasets && rule.datasets) {
		for (const ref of rule.datasets) {
			const id = await datasetsOf(db, ref, event);
			// A scenario that does not exist names no dataset: the route answers 404 itself.
			if (id === undefined && !('param' in ref)) continue;
			if (id === undefined || !user.datasets.includes(id))
				return { allow: false, status: 403, reason: `dataset ${id ?? '?'} outside the account's datasets` };
		}
	}
	return { allow: true };
}

const MESSAGES = {
	401: both('auth.guard.signInFirst'),
	403: both('auth.guard.yourAccountMayNotDo')
};

function escapeHtml(s: string): string {
	return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** A small page for a refused page request, in both languages, with the way back and the way to switch account. */
function forbiddenPage(user: AuthUser): Response {
	const body = `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>403 — sapxep</title>
<meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body style="font-family: 'Segoe UI', 'Noto Sans', Arial, sans-serif; margin: 3em auto; max-width: 40em; color: #1f2933">
<h1>Không có quyền truy cập</h1>
<p>${MESSAGES[403].vi} Tài khoản: <b>${escapeHtml(user.name)}</b> (${escapeHtml(user.login)}).</p>
<p lang="en" style="color: #5f6b7a">${MESSAGES[403].en} Account: ${escapeHtml(user.login)}.</p>
<p><a href="/datasets">Về danh sách bộ dữ liệu / Back to the datasets</a> · <a href="/account">Tài khoản / Account</a></p>
</body></html>`;
	return new Response(body, { status: 403, headers: { 'content-type': 'text/html; charset=utf-8' } });
}

function refuse(event: RequestEvent, d: Extract<Decision, { allow: false }>, user: AuthUser | null): Response {
	const isApi = event.url.pathname === '/api' || event.url.pathname.startsWith('/api/');
	const message = MESSAGES[d.status];
	if (isApi) return json({ error: d.status === 401 ? 'unauthenticated' : 'forbidden', message }, { status: d.status });
	if (d.status === 401 || !user) {
		// After signing in, come back to the page asked for (a form action: its page).
		const back = event.request.method === 'GET' ? event.url.pathname + event.url.search : event.url.pathname;
		redirect(event.request.method === 'GET' ? 302 : 303, `/login?next=${encodeURIComponent(back)}`);
	}
	if (event.request.method === 'POST' && (event.request.headers.get('accept') ?? '').includes('application/json'))
		// A form action sent by use:enhance expects an action result.
		return json({ type: 'error', error: { message: `${message.vi} / ${message.en}` } }, { status: 403 });
	if (event.isDataRequest) error(403, `${message.vi} / ${message.en}`);
	return forbiddenPage(user);
}

/** The hook: who is signed in, then whether the request may go on. */
export const guard: Handle = async ({ event, resolve }) => {
	const db = await getDb();
	const https = event.url.protocol === 'https:';
	const token = event.cookies.get(SESSION_COOKIE);
	const session = await validateSessionToken(db, token);
	if (session) {
		event.locals.session = { id: session.id, user: session.user };
		event.locals.user = session.user;
		if (session.renewed) setSessionCookie(event.cookies, token!, session.expiresAt, https);
	} else {
		event.locals.session = null;
		if (token) deleteSessionCookie(event.cookies, https);
	}
	const d = await decide(db, event, session?.user ?? null);
	if (d.allow) return resolve(event);
	return refuse(event, d, session?.user ?? null);
};
