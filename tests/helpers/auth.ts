/**
 * Accounts for tests: one real account per role (created through the same service as the CLI, argon2id hashes in
 * the real database), and requests through the real guard as SvelteKit would make them.
 */
import { isHttpError, isRedirect, type Cookies, type RequestEvent } from '@sveltejs/kit';
import type { Db } from '../../src/lib/server/db/database';
import { guard } from '../../src/lib/server/auth/guard';
import { ROLES, type Role } from '../../src/lib/server/auth/roles';
import { addUser } from '../../src/lib/server/auth/users';

/** The password of every test account (a real one: 8+ characters, not the login). */
export const TEST_PASSWORD = 'mật khẩu thử 2026';

/** The login of the test account of each role. */
export const ROLE_LOGIN: Record<Role, string> = {
	viewer: 'xem',
	editor: 'bientap',
	reviewer: 'thamdinh',
	admin: 'quantri'
};

/** Create one account per role (all datasets) in a database; returns the logins. */
export async function addRoleUsers(db: Db): Promise<Record<Role, string>> {
	for (const role of ROLES)
		await addUser(db, { login: ROLE_LOGIN[role], role, name: `Thử ${role}`, password: TEST_PASSWORD }, 'test');
	return ROLE_LOGIN;
}

type CookieOptions = Parameters<Cookies['set']>[2];

/** A cookie set by the server, with the attributes it was set with. */
export interface SetCookie {
	name: string;
	value: string;
	options: CookieOptions;
}

/** SvelteKit's `cookies` over a plain jar: what the browser sent, and what the server set or deleted. */
export class CookieJar implements Cookies {
	readonly sent = new Map<string, string>();
	readonly set_: SetCookie[] = [];
	constructor(cookies: Record<string, string> = {}) {
		for (const [k, v] of Object.entries(cookies)) this.sent.set(k, v);
	}
	get(name: string) {
		const last = this.set_.findLast((c) => c.name === name);
		return last ? last.value || undefined : this.sent.get(name);
	}
	getAll() {
		return [...this.sent].map(([name, value]) => ({ name, value }));
	}
	set(name: string, value: string, options: CookieOptions) {
		this.set_.push({ name, value, options });
	}
	delete(name: string, options: CookieOptions) {
		this.set_.push({ name, value: '', options: { ...options, maxAge: 0 } });
	}
	serialize(name: string, value: string, options: CookieOptions) {
		return `${name}=${encodeURIComponent(value)}; Path=${options.path}`;
	}
	/** The last value the server set for a cookie ('' = deleted), or undefined if it did not touch it. */
	lastSet(name: string): SetCookie | undefined {
		return this.set_.findLast((c) => c.name === name);
	}
}

export interface TestRequest {
	method?: string;
	/** Path and query, e.g. "/datasets/1/scenarios?/create". */
	path: string;
	/** The SvelteKit route id ("/datasets/[id]/scenarios") and its parameters. */
	routeId: string | null;
	params?: Record<string, string>;
	cookies?: Record<string, string>;
	headers?: Record<string, string>;
	json?: unknown;
	form?: Record<string, string>;
	address?: string;
	isDataRequest?: boolean;
	https?: boolean;
}

/** A RequestEvent as SvelteKit builds it for the hook (the fields our code reads). */
export function requestEvent(r: TestRequest): RequestEvent & { cookies: CookieJar } {
	const url = new URL(r.path, r.https ? 'https://sapxep.test' : 'http://sapxep.test');
	const headers = new Headers(r.headers);
	let body: BodyInit | undefined;
	if (r.json !== undefined) {
		body = JSON.stringify(r.json);
		headers.set('content-type', 'application/json');
	} else if (r.form) {
		const f = new FormData();
		for (const [k, v] of Object.entries(r.form)) f.set(k, v);
		body = f;
	}
	const request = new Request(url, { method: r.method ?? 'GET', headers, body });
	const cookies = new CookieJar(r.cookies);
	return {
		request,
		url,
		params: r.params ?? {},
		route: { id: r.routeId },
		cookies,
		locals: {} as App.Locals,
		getClientAddress: () => r.address ?? '192.0.2.10',
		isDataRequest: !!r.isDataRequest,
		isSubRequest: false,
		isRemoteRequest: false,
		fetch,
		platform: undefined,
		setHeaders: () => {},
		tracing: { enabled: false, root: undefined, current: undefined }
	} as unknown as RequestEvent & { cookies: CookieJar };
}

/** What came out of the guard: a response, or the redirect or HTTP error it threw (as SvelteKit would answer). */
export interface GuardOutcome {
	status: number;
	location?: string;
	body?: unknown;
	/** The request reached the route (the guard let it through). */
	reached: boolean;
	event: RequestEvent & { cookies: CookieJar };
}

/**
 * Pass a request through the real guard. `route` runs when the guard lets it through (a real handler, or by
 * default a marker that just says it was reached).
 */
export async function throughGuard(
	r: TestRequest,
	route: (event: RequestEvent) => Response | Promise<Response> = () => new Response('reached', { status: 200 })
): Promise<GuardOutcome> {
	const event = requestEvent(r);
	let reached = false;
	try {
		const res = await guard({
			event,
			resolve: async (e) => {
				reached = true;
				return route(e);
			}
		});
		const type = res.headers.get('content-type') ?? '';
		return {
			status: res.status,
			location: res.headers.get('location') ?? undefined,
			body: type.includes('json') ? await res.json() : await res.text(),
			reached,
			event
		};
	} catch (e) {
		if (isRedirect(e)) return { status: e.status, location: e.location, reached, event };
		if (isHttpError(e)) return { status: e.status, body: e.body, reached, event };
		throw e;
	}
}
