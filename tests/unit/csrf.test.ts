// Issue 9: cross-site form submissions stay refused now that the check runs in hooks.server.ts (SvelteKit's own,
// which answered in English plain text, is off). The rule must be SvelteKit's: form content types, writing methods,
// Origin equal to the origin of the URL the server sees.
import { describe, expect, it } from 'vitest';
import { isCrossSiteForm } from '../../src/lib/server/csrf';

const url = new URL('http://sapxep.lan:3000/datasets?/delete');
const req = (method: string, headers: Record<string, string>) =>
	new Request(url, { method, headers, body: method === 'GET' ? undefined : 'id=1' });
const form = { 'content-type': 'application/x-www-form-urlencoded' };

describe('cross-site form submissions (CSRF), issue 9', () => {
	it('lets a form posted from the page’s own origin through, whatever host the user typed', () => {
		expect(isCrossSiteForm(req('POST', { ...form, origin: 'http://sapxep.lan:3000' }), url)).toBe(false);
		const local = new URL('http://127.0.0.1:3000/datasets?/delete');
		expect(isCrossSiteForm(req('POST', { ...form, origin: 'http://127.0.0.1:3000' }), local)).toBe(false);
	});

	it('refuses a form posted from another site, or from the same host on another port or scheme', () => {
		for (const origin of ['http://evil.example', 'http://sapxep.lan:3001', 'https://sapxep.lan:3000', 'null'])
			expect(isCrossSiteForm(req('POST', { ...form, origin }), url)).toBe(true);
	});

	it('refuses a form without Origin, as SvelteKit does', () => {
		expect(isCrossSiteForm(req('POST', form), url)).toBe(true);
	});

	it('covers every content type a page can send without a preflight, and every writing method', () => {
		for (const type of [
			'application/x-www-form-urlencoded',
			'multipart/form-data; boundary=x',
			'text/plain;charset=UTF-8',
			'Application/X-WWW-Form-Urlencoded',
			'application/x-sveltekit-formdata'
		])
			expect(isCrossSiteForm(req('POST', { 'content-type': type, origin: 'http://evil.example' }), url)).toBe(true);
		for (const method of ['PUT', 'PATCH', 'DELETE'])
			expect(isCrossSiteForm(req(method, { ...form, origin: 'http://evil.example' }), url)).toBe(true);
	});

	it('leaves reads and JSON bodies (which need a CORS preflight from another site) alone', () => {
		expect(isCrossSiteForm(req('GET', { origin: 'http://evil.example' }), url)).toBe(false);
		expect(
			isCrossSiteForm(req('POST', { 'content-type': 'application/json', origin: 'http://evil.example' }), url)
		).toBe(false);
	});
});
