/**
 * Issue 10 item 8 ("Vietnamese everywhere in the Vietnamese UI"): every page of the app, opened in Vietnamese on
 * Lâm Đồng with a scenario of one commune group and one district group, shows no English word, no rule key
 * (`criterion.…`, snake_case), no internal group id (`g1#1`) and no reference to the tool's specification. A word
 * counts as foreign when, stripped of its diacritics, it is not a Vietnamese syllable and is not on the allow-list
 * of proper names and codes below.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { importDataset } from '../../src/lib/server/import';
import { foldVietnamese } from '../../src/lib/domain/units';
import { lamDongFiles } from '../helpers/db';
import { type BrowserSession, type RunningServer, openSession, screenshot, waitForMapIdle } from './harness';

/** Onset, vowel nucleus, coda: the shape of a Vietnamese syllable once its diacritics are removed. */
const SYLLABLE = /^(ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?[aeiouy]{1,3}(ng|nh|ch|[cmnpt])?$/;

/** Proper names and codes that are not Vietnamese syllables but belong on a Vietnamese screen. */
const ALLOWED = new Set(
	[
		// The language switch names the other language in that language.
		'english',
		// Account names (the test accounts; a person's login is a name).
		'admin',
		'quantri',
		'test',
		// Keys and programs named as they are printed on them.
		'shift',
		'esc',
		'tab',
		'enter',
		'delete',
		'ctrl',
		'excel',
		// File formats.
		'topojson',
		'cpg',
		// Names of text encodings (the import form's encoding choice: Windows-1258, Latin-1).
		'windows',
		'latin',
		'zip',
		'prj',
		// Names of methods, software and sources.
		'polsby',
		'popper',
		'maplibre',
		'openstreetmap',
		'sapxep',
		'csv',
		'xlsx',
		'geojson',
		'shapefile',
		'utf',
		// Units.
		'km',
		'km²',
		// Place names of Lâm Đồng in the ethnic-minority languages (Đạ Tẻh, Đạ K'Nớ, Rô Men, Đạ Rsal, Lộc Thol, …).
		'teh',
		'huoai',
		'kno',
		'rsal',
		'ploa',
		'thol',
		'sar',
		'chais',
		'sronh',
		'hine',
		'pal',
		'bri',
		'pro'
	].map((w) => w.toLowerCase())
);

/** Words on a page that are foreign to the Vietnamese UI. */
function foreignWords(text: string): string[] {
	const out = new Set<string>();
	for (const raw of text.split(/[^\p{L}\p{N}_.#'’-]+/u)) {
		const token = raw.replace(/^[.'’-]+|[.'’-]+$/g, '');
		if (!token) continue;
		if (/^[a-z]+(\.[a-z0-9_]+)+$/i.test(token) || /_/.test(token) || /^g\d+(#\d+)?$/i.test(token)) {
			out.add(token); // rule keys, snake_case, group ids
			continue;
		}
		for (const part of token.split(/[-'’.#]/)) {
			if (part.length < 2 || /\d/.test(part)) continue; // single letters (điểm a), codes, figures
			if (/^[\p{Lu}Đ]+$/u.test(part) && part.length <= 7) continue; // acronyms: NQ, UBTVQH, UBND, TP, ĐBKK
			const folded = foldVietnamese(part);
			if (SYLLABLE.test(folded) || ALLOWED.has(folded)) continue;
			out.add(part);
		}
	}
	return [...out];
}

describe('no English in the Vietnamese UI (issue 10 item 8)', () => {
	let s: BrowserSession;
	let server: RunningServer;
	let page: Page;
	let id: number;
	let scenarioUrl: string;

	beforeAll(async () => {
		s = await openSession(async (db) => {
			id = (await importDataset(db, lamDongFiles(), { name: 'Lâm Đồng 2023', createdBy: 'test' })).datasetId;
		});
		({ server, page } = s);
	});
	afterAll(async () => s?.close());

	it('a district group whose staffing has no formula shows "chưa có số liệu", never 0 or "— → —" (item 6)', async () => {
		await page.setViewportSize({ width: 1366, height: 768 });
		// A scenario with a commune group and a district group, so the staffing pages have something to show.
		await page.goto(`${server.url}/datasets/${id}/scenarios`);
		await page.locator('[data-testid=create-scenario] input[name=name]').fill('Phương án kiểm tra');
		await page.locator('[data-testid=create-scenario] button').click();
		await page.waitForURL(/\/scenarios\/\d+$/);
		scenarioUrl = page.url();
		await waitForMapIdle(page);
		const add = async (name: string, pick: string) => {
			await page.locator('[data-testid=add-unit-search]').fill(name);
			await expect.poll(() => page.locator('[data-testid=add-unit-results]').innerText()).toContain(pick);
			const items = await page.locator('[data-testid=add-unit-results] li').allInnerTexts();
			const i = items.findIndex((t) => t.startsWith(pick));
			await page.locator('[data-testid=add-unit-results] li button').nth(i).click();
		};
		await add('Đạ Oai', 'Xã Đạ Oai');
		await add('Đạ Tồn', 'Xã Đạ Tồn');
		await expect.poll(() => page.locator('[data-testid=group-panel] table.members tbody tr').count()).toBe(2);
		await page.keyboard.press('Escape');
		await add('Huyện Đạ Huoai', 'Huyện Đạ Huoai');
		await add('Huyện Đạ Tẻh', 'Huyện Đạ Tẻh');
		await expect.poll(() => page.locator('[data-testid=group-panel] table.members tbody tr').count()).toBe(2);
		await expect.poll(() => page.locator('[data-testid=save-state]').textContent(), { timeout: 15_000 }).toBe('Đã lưu');
		await expect
			.poll(() => page.locator('[data-testid=group-surplus]').innerText(), { timeout: 15_000 })
			.toContain('chưa có số liệu');
		const text = await page.locator('[data-testid=group-surplus]').innerText();
		expect(text).not.toContain('— → —');
		expect(text).not.toMatch(/dôi dư[^:]*: 0\b/);
		await screenshot(page, '66-panels-district-staffing-unknown-1366');
	});

	let compareUrl = '';
	it('a second scenario to compare with (a copy of the first)', async () => {
		const sid = Number(scenarioUrl.split('/').pop());
		await page.goto(scenarioUrl);
		const copy = await page.evaluate(async (sid) => {
			const r = await fetch(`/api/scenarios/${sid}/duplicate`, { method: 'POST', body: '{}' });
			return { status: r.status, id: (await r.json()).scenario?.id as number };
		}, sid);
		expect(copy.status).toBe(201);
		compareUrl = `${server.url}/datasets/${id}/compare?s=${sid},${copy.id}`;
	});

	const pages: [string, () => string, boolean][] = [
		['datasets list', () => `${server.url}/datasets`, false],
		['dataset map', () => `${server.url}/datasets/${id}`, true],
		['dataset map, unit panel', () => `${server.url}/datasets/${id}?unit=25111`, true],
		['data quality', () => `${server.url}/datasets/${id}/quality`, false],
		['staffing inputs', () => `${server.url}/datasets/${id}/staffing`, false],
		['scenarios list', () => `${server.url}/datasets/${id}/scenarios`, false],
		['scenario map', () => scenarioUrl, true],
		['scenario staffing', () => `${scenarioUrl}/staffing`, false],
		['compare scenarios', () => compareUrl, true],
		['standards', () => `${server.url}/standards`, false],
		['account', () => `${server.url}/account`, false]
	];

	it.each(pages)('%s shows no English word, rule key or internal id', async (name, url, map) => {
		await page.goto(url());
		if (map) await waitForMapIdle(page);
		else await page.waitForLoadState('networkidle');
		// Open every collapsed section so its text is scanned too.
		await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
		await page.waitForTimeout(300);
		// Column names of a file format, shown as code, are what the user types: they are read without them.
		const text = await page.evaluate(() => {
			const style = document.createElement('style');
			style.textContent = 'code, kbd { display: none !important; }';
			document.head.appendChild(style);
			const t = document.body.innerText;
			style.remove();
			return t;
		});
		expect(text.length).toBeGreaterThan(50);
		const found = foreignWords(text);
		if (found.length) await screenshot(page, `67-english-${name.replace(/\W+/g, '-')}`);
		expect(found, `${name}: ${found.join(', ')}`).toEqual([]);
		expect(text).not.toMatch(/Đặc tả nghiệp vụ|domain\.md|criterion\./);
	});

	it('the scanner itself catches English fragments and passes Vietnamese', () => {
		expect(foreignWords('GSO 2019 census, pre-merger figure')).toEqual(['census', 'pre', 'merger', 'figure']);
		expect(foreignWords('criterion.2026_2030_a g1#1')).toEqual(['criterion.2026_2030_a', 'g1#1']);
		expect(foreignWords('Xã Đạ Oai — Huyện Đạ Huoai: thuộc diện sắp xếp giai đoạn 2023–2025 (NQ 35)')).toEqual([]);
	});
});
