// Issue 16 item 4: the interface's, the dossier's and the domain's texts live in one message catalogue per language
// (src/lib/i18n/messages/{vi,en}.ts); `npm run i18n:extract` moves inline pairs there and this file keeps them out.
import { AsyncLocalStorage } from 'node:async_hooks';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { extract, readCatalogue } from '../../scripts/i18n-extract';
import { findLeftovers, findPairs, kindsFor, SKIP } from '../../scripts/i18n/scan';
import type { Lang } from '../../src/lib/domain/messages';
import { both, catalogues, tIn, type MessageKey } from '../../src/lib/i18n/catalogue';
import { en } from '../../src/lib/i18n/messages/en';
import { vi } from '../../src/lib/i18n/messages/vi';
import { i18n, msg, useRequestLang } from '../../src/lib/i18n.svelte';

const ROOT = join(import.meta.dirname, '../..');

function sourceFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
		const p = join(dir, d.name);
		if (d.isDirectory()) return sourceFiles(p);
		return /\.(ts|svelte)$/.test(d.name) && !d.name.endsWith('.d.ts') ? [p] : [];
	});
}

/** Letters only Vietnamese writes. */
const VIETNAMESE = /[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]/i;

/** Texts written the same in both languages: names, codes, units, symbols. */
const SAME_IN_BOTH = new Set<string>([
	'Web Mercator (EPSG:3857)', // a projection's name
	'«p1» / Transverse Mercator («desc»)',
	'proj4 "«raw»"' // a proj4 definition as given
]);

const viCat = readCatalogue(join(ROOT, 'src/lib/i18n/messages/vi.ts'), 'vi');
const enCat = readCatalogue(join(ROOT, 'src/lib/i18n/messages/en.ts'), 'en');

/** A message's text with each parameter shown as «name». */
function sample(lang: Lang, key: MessageKey): string {
	const entry = catalogues[lang][key];
	if (typeof entry === 'string') return entry;
	const params = Object.fromEntries(viCat.get(key)!.params.map((p) => [p, `«${p}»`]));
	return entry(params);
}

describe('the message catalogues (issue 16 item 4)', () => {
	it('no inline literal pair (tr, bi, the dossier’s pick) is left anywhere in src', () => {
		const left: string[] = [];
		for (const file of sourceFiles(join(ROOT, 'src'))) {
			const rel = relative(ROOT, file).split('\\').join('/');
			if (SKIP.some((s) => rel.startsWith(s))) continue;
			const text = readFileSync(file, 'utf8');
			for (const p of findPairs(text, kindsFor(rel))) left.push(`${rel}: ${text.slice(p.start, p.end).slice(0, 80)}`);
		}
		expect(left, 'run `npm run i18n:extract` to move them to the catalogues').toEqual([]);
	});

	it('no [vi, en] tuple and no language ternary over literal texts is left in src (the codemod cannot move them)', () => {
		const left: string[] = [];
		for (const file of sourceFiles(join(ROOT, 'src'))) {
			const rel = relative(ROOT, file).split('\\').join('/');
			if (SKIP.some((s) => rel.startsWith(s))) continue;
			const text = readFileSync(file, 'utf8');
			for (const l of findLeftovers(text)) left.push(`${rel}: ${l.kind}: ${text.slice(l.start, l.end).slice(0, 80)}`);
		}
		expect(left, 'write them as catalogue messages (msg / tIn / both)').toEqual([]);
	});

	it('the leftover finder sees tuples and language ternaries, and passes runtime pairs and language codes', () => {
		const kinds = (s: string) => findLeftovers(s).map((l) => l.kind);
		expect(kinds("const F = { name: ['tên', 'name'], seat: [\n\t'trụ sở',\n\t'seat'\n] };")).toEqual([
			'tuple',
			'tuple'
		]);
		expect(kinds("tr(...(STAGES[s] ?? ['Đang xử lý', 'Working']))")).toEqual(['tuple']);
		expect(kinds("const y = lang === 'vi' ? 'có' : 'yes';")).toEqual(['ternary']);
		expect(kinds('parts.push(lang === "en" ? `row ${r}` : `dòng ${r}`);')).toEqual(['ternary']);
		expect(kinds("`${n} ${lang === 'vi' ? 'người' : n === 1 ? 'person' : 'people'}`")).toEqual(['ternary']);
		expect(kinds("{i18n.lang === 'vi' ? 'English' : 'Tiếng Việt'}")).toEqual(['ternary']);
		expect(kinds("cliLang() === 'en' ? 'not found' : x")).toEqual(['ternary']);
		// runtime pairs, codes, separators and lists are no bilingual literal text
		expect(kinds("pick(lang, def.label_vi, def.label_en); lang === 'vi' ? rules.title_vi : rules.title_en")).toEqual(
			[]
		);
		expect(kinds("setLang(i18n.lang === 'vi' ? 'en' : 'vi'); const dec = lang === 'vi' ? ',' : '.';")).toEqual([]);
		expect(
			kinds("const pair = ['Xã', 'Phường']; const codes = ['25111', '25114']; const q = ['Đạ', 'Ia', 'Ea'];")
		).toEqual([]);
	});

	it('both catalogues have the same keys, each message the same parameters, every parameter used', () => {
		expect(Object.keys(en).sort()).toEqual(Object.keys(vi).sort());
		expect([...enCat.keys()].sort()).toEqual([...viCat.keys()].sort());
		for (const [key, v] of viCat) {
			const e = enCat.get(key)!;
			const used = (pieces: typeof v.pieces) => pieces.flatMap((p) => ('p' in p ? [p.p] : []));
			expect(typeof catalogues.en[key as MessageKey], key).toBe(typeof catalogues.vi[key as MessageKey]);
			for (const p of used(e.pieces)) expect(v.params, `${key}: en uses ${p}`).toContain(p);
			for (const p of v.params) expect([...used(v.pieces), ...used(e.pieces)], `${key}: ${p} unused`).toContain(p);
		}
	});

	it('no message is empty, and a Vietnamese text is not an English copy', () => {
		const copies: string[] = [];
		for (const key of Object.keys(vi) as MessageKey[]) {
			const v = sample('vi', key);
			const e = sample('en', key);
			expect(v.trim(), `${key} (vi)`).not.toBe('');
			expect(e.trim(), `${key} (en)`).not.toBe('');
			const bare = v.replace(/«\w+»/g, '');
			if (v === e && !VIETNAMESE.test(bare) && /[A-Za-z]/.test(bare) && !SAME_IN_BOTH.has(v))
				copies.push(`${key}: ${v}`);
		}
		expect(copies).toEqual([]);
	});
});

describe('the lookups', () => {
	const key = 'datasetTabs.map'; // 'Bản đồ' / 'Map'

	it('msg() reads the tab’s language in the browser, Vietnamese by default', () => {
		expect(i18n.lang).toBe('vi');
		expect(msg(key)).toBe(catalogues.vi[key]);
		i18n.lang = 'en';
		expect(msg(key)).toBe(catalogues.en[key]);
		i18n.lang = 'vi';
	});

	it('msg() reads each request’s own language on the server, across awaits', async () => {
		const store = new AsyncLocalStorage<{ lang: Lang }>();
		useRequestLang(() => store.getStore()?.lang);
		const request = (lang: Lang) =>
			store.run({ lang }, async () => {
				const seen: string[] = [];
				for (let i = 0; i < 3; i++) {
					seen.push(msg(key));
					await new Promise((r) => setTimeout(r, 1));
				}
				return seen;
			});
		const [a, b] = await Promise.all([request('vi'), request('en')]);
		expect(a).toEqual(Array(3).fill(catalogues.vi[key]));
		expect(b).toEqual(Array(3).fill(catalogues.en[key]));
	});

	it('tIn() and both() give a document or a message object its texts from the same catalogue', () => {
		expect(tIn('en', key)).toBe('Map');
		expect(tIn('vi', 'apiError.serverErrorHttpStatus', { status: 502 })).toBe('Lỗi máy chủ (HTTP 502).');
		expect(both('apiError.serverErrorHttpStatus', { status: 502 }).en).toBe('Server error (HTTP 502).');
		expect(both(key)).toEqual({ vi: catalogues.vi[key], en: catalogues.en[key] });
	});
});

describe('the codemod (npm run i18n:extract)', () => {
	const dir = mkdtempSync(join(tmpdir(), 'i18n-extract-'));
	afterAll(() => rmSync(dir, { recursive: true, force: true }));
	mkdirSync(join(dir, 'src/lib/i18n/messages'), { recursive: true });
	mkdirSync(join(dir, 'src/lib/components'), { recursive: true });
	mkdirSync(join(dir, 'src/lib/domain/dossier'), { recursive: true });
	for (const f of ['vi.ts', 'en.ts'])
		writeFileSync(
			join(dir, 'src/lib/i18n/messages', f),
			f === 'vi.ts'
				? "export type Arg = string | number;\nexport const vi = {\n\t'panel.save': 'Lưu'\n};\n"
				: "import type { vi } from './vi.ts';\nexport const en: typeof vi = {\n\t'panel.save': 'Save'\n};\n"
		);
	const panel = [
		'<script lang="ts">',
		"\timport { i18n, tr } from '$lib/i18n.svelte';",
		'\tlet { s, n, m }: { s: { name: string }; n: number; m: { vi: string; en: string } } = $props();',
		'</script>',
		'',
		"<button>{tr('Lưu', 'Save')}</button>",
		"<p title={tr('Đóng', 'Close')}>{tr(`So sánh ${s.name}`, `Compare ${s.name}`)} {tr(m.vi, m.en)} {i18n.lang}</p>",
		'<p>{tr(`${n + 1} nhóm`, `${n + 1} groups`)}</p>',
		"<table><tr><td>{tr('Đóng', 'Close')}</td></tr></table>",
		"<p>{tr('Đóng cửa', 'Close')}</p>",
		''
	].join('\n');
	const doc = [
		"import { bi } from '../messages.ts';",
		"import { pick } from './format.ts';",
		"import type { Lang } from '../format.ts';",
		'export const title = (lang: Lang, year: number) => pick(lang, `Năm ${year}`, `Year ${year}`);',
		"export const failed = bi('Không lưu được', 'Not saved');",
		''
	].join('\n');

	it('moves literal pairs to both catalogues, reuses equal ones, never merges different ones, and is idempotent', async () => {
		writeFileSync(join(dir, 'src/lib/components/Panel.svelte'), panel);
		writeFileSync(join(dir, 'src/lib/domain/dossier/title.ts'), doc);
		const first = await extract({ root: dir, format: false });
		expect(first).toMatchObject({ converted: 8, added: 6 });
		const out = readFileSync(join(dir, 'src/lib/components/Panel.svelte'), 'utf8');
		expect(out).toContain("import { i18n, tr, msg } from '$lib/i18n.svelte';"); // tr stays: tr(m.vi, m.en)
		expect(out).toContain("<button>{msg('panel.save')}</button>"); // the existing entry
		expect(out).toContain("msg('panel.compareName', { name: s.name })");
		expect(out).toContain("msg('panel.p1Groups', { p1: n + 1 })");
		expect(out.match(/msg\('panel\.close'\)/g)).toHaveLength(2); // the same pair, one key
		expect(out).toContain("msg('panel.close2')"); // same English, other Vietnamese: another key
		expect(out).toContain('<tr><td>');
		const d = readFileSync(join(dir, 'src/lib/domain/dossier/title.ts'), 'utf8');
		expect(d).toContain("tIn(lang, 'dossier.title.yearYear', { year })");
		expect(d).toContain("both('dossier.title.notSaved')");
		expect(d).toContain("import { both, tIn } from '../../i18n/catalogue.ts';");
		expect(d).not.toMatch(/\bbi\b|\bpick\b/);
		const viText = readFileSync(join(dir, 'src/lib/i18n/messages/vi.ts'), 'utf8');
		expect(viText).toContain("'panel.compareName': (p: { name: Arg }) => `So sánh ${p.name}`,");
		expect(readFileSync(join(dir, 'src/lib/i18n/messages/en.ts'), 'utf8')).toContain(
			"'panel.p1Groups': (p) => `${p.p1} groups`,"
		);

		const snapshot = (p: string) => readFileSync(join(dir, p), 'utf8');
		const before = ['src/lib/components/Panel.svelte', 'src/lib/i18n/messages/vi.ts'].map(snapshot);
		expect(await extract({ root: dir, format: false })).toMatchObject({ converted: 0, added: 0, files: [] });
		expect(['src/lib/components/Panel.svelte', 'src/lib/i18n/messages/vi.ts'].map(snapshot)).toEqual(before);

		// the same pair written again elsewhere (code moved to another file) gets the same key
		writeFileSync(join(dir, 'src/lib/components/Other.svelte'), panel);
		expect(await extract({ root: dir, format: false })).toMatchObject({ added: 0 });
		expect(snapshot('src/lib/components/Other.svelte')).toContain("msg('panel.compareName', { name: s.name })");
	});
});
