// Issue 9: the interface language was one module-level $state on the server, written while rendering and shared by
// every request. Each request now renders in its own language (cookie → locals.lang → tr()). Many requests in both
// languages are sent to the built server at once; each page must be wholly in the language its cookie asked for.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../src/lib/server/demo';
import { tempDb } from '../helpers/db';
import { signInToken, startServer, type RunningServer } from './harness';
import { addRoleUsers } from '../helpers/auth';
import { SESSION_COOKIE } from '../../src/lib/server/auth/session';

/** Words the layout and pages show, by language; a page must show its own and none of the other's. */
const WORDS = {
	vi: ['<html lang="vi">', 'Sắp xếp ĐVHC cấp huyện, cấp xã', '>Bộ dữ liệu</a>', '>Tiêu chuẩn</a>', '>English</button>'],
	en: [
		'<html lang="en">',
		'District and commune unit arrangement',
		'>Datasets</a>',
		'>Standards</a>',
		'>Tiếng Việt</button>'
	]
} as const;
const PAGE_WORDS: Record<string, { vi: string; en: string }> = {
	'/datasets': { vi: 'Nhập dữ liệu một tỉnh', en: 'Import a province' },
	'/standards': { vi: 'Tiêu chuẩn', en: 'Standards' },
	'/datasets/1/quality': { vi: 'Chất lượng dữ liệu', en: 'Data quality' },
	'/datasets/1/staffing': { vi: 'Biên chế', en: 'Staff' },
	'/nowhere': { vi: 'Không tìm thấy', en: 'Not found' }
};

describe('the language of each request (issue 9)', () => {
	let db: Awaited<ReturnType<typeof tempDb>>;
	let server: RunningServer;
	let session = '';

	beforeAll(async () => {
		db = await tempDb();
		await seedDemo(db.db, { communes: 60, seed: 4 });
		await addRoleUsers(db.db);
		server = await startServer(db.path);
		session = `${SESSION_COOKIE}=${await signInToken(server.url, 'viewer')}`;
	});
	afterAll(async () => {
		await server?.stop();
		await db?.cleanup();
	});

	it('answers outside rendering (refused cross-site forms) in each request’s language', async () => {
		// The old module state held the language of the last page rendered, whoever asked for it.
		const answers = await Promise.all(
			Array.from({ length: 60 }, async (_, i) => {
				const lang = i % 2 ? ('en' as const) : ('vi' as const);
				const enhanced = i % 4 < 2; // a use:enhance submission (ActionResult) or a script's (JSON)
				const r = await fetch(`${server.url}/datasets?/delete`, {
					method: 'POST',
					headers: {
						cookie: `lang=${lang}`,
						origin: 'http://evil.example',
						'content-type': 'application/x-www-form-urlencoded',
						accept: 'application/json',
						...(enhanced ? { 'x-sveltekit-action': 'true' } : {})
					},
					body: 'id=1'
				});
				// A page rendered in the other language in between, as another user's would be.
				await fetch(`${server.url}/datasets`, {
					headers: { cookie: `lang=${lang === 'en' ? 'vi' : 'en'}; ${session}` }
				});
				const body = await r.json();
				return { lang, status: r.status, message: (enhanced ? body.error.message : body.message) as string };
			})
		);
		for (const { lang, status, message } of answers) {
			expect(status).toBe(403);
			expect(message).toContain(lang === 'en' ? 'The server refused this form' : 'Máy chủ từ chối biểu mẫu này');
		}
	});

	it('renders 60 concurrent requests with alternating lang=en / lang=vi cookies each in its own language', async () => {
		const paths = Object.keys(PAGE_WORDS);
		const requests = Array.from({ length: 60 }, (_, i) => ({
			path: paths[Math.floor(i / 2) % paths.length],
			lang: i % 2 ? ('en' as const) : ('vi' as const)
		}));
		const pages = await Promise.all(
			requests.map(async ({ path, lang }) => {
				const r = await fetch(server.url + path, { headers: { cookie: `lang=${lang}; ${session}` } });
				return { path, lang, status: r.status, html: await r.text() };
			})
		);
		for (const { path, lang, status, html } of pages) {
			expect(status, path).toBe(path === '/nowhere' ? 404 : 200);
			const other = lang === 'en' ? 'vi' : 'en';
			for (const w of WORDS[lang]) expect(html, `${lang} ${path}`).toContain(w);
			for (const w of WORDS[other]) expect(html, `${lang} ${path}`).not.toContain(w);
			expect(html, `${lang} ${path}`).toContain(PAGE_WORDS[path][lang]);
		}
	});
});
