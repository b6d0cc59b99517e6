/**
 * The i18n codemod: moves inline bilingual text pairs into the message catalogues (src/lib/i18n/messages/{vi,en}.ts)
 * and rewrites each call to a catalogue lookup.
 *
 *   npm run i18n:extract -- [files or directories…]      (default: src)
 *
 *   tr('vi', 'en')               → msg('area.key')                 (the current request's / tab's language)
 *   tr(`… ${x} …`, `… ${x} …`)   → msg('area.key', { x })
 *   pick(lang, 'vi', 'en')       → tIn(lang, 'area.key')            (a document's own language; dossier only)
 *   bi('vi', 'en')               → both('area.key')                 (a bilingual {vi, en} message object)
 *   { vi: 'vi', en: 'en' }       → both('area.key')                 (the same, written out)
 *
 * Deterministic and idempotent: files are read in path order; a pair whose texts and parameter names equal an
 * existing entry's reuses its key; a new pair gets `<area>.<slug of its English words>` (the area from the file's
 * path), with a number appended when that key is taken by different texts. `${expression}` parts become parameters
 * named after the expression when it is an identifier or a member chain (`s.name` → name, `xs.length` →
 * xsLength), else p1, p2…. Imports are fixed (msg from the module tr came from; tIn/both from the catalogue), and
 * files are formatted with Prettier. A second run changes nothing.
 */
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import * as prettier from 'prettier';
import ts from 'typescript';
import { findPairs, kindsFor, SKIP, type Literal, type PairCall, type PairKind } from './i18n/scan.ts';

const REPO = resolve(import.meta.dirname, '..');
let ROOT = REPO;
const VI = 'src/lib/i18n/messages/vi.ts';
const EN = 'src/lib/i18n/messages/en.ts';
const CATALOGUE = 'src/lib/i18n/catalogue.ts';

type SigPiece = { t: string } | { p: string };
interface Entry {
	key: string;
	vi: SigPiece[];
	en: SigPiece[];
	params: string[];
}

const sig = (vi: SigPiece[], en: SigPiece[]) => JSON.stringify([vi, en]);

// ---------------------------------------------------------------------------------------------------------------
// The catalogues as they are

export function readCatalogue(file: string, name: 'vi' | 'en'): Map<string, { pieces: SigPiece[]; params: string[] }> {
	const src = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
	const out = new Map<string, { pieces: SigPiece[]; params: string[] }>();
	const visit = (node: ts.Node) => {
		if (ts.isVariableDeclaration(node) && node.name.getText() === name && node.initializer) {
			const obj = node.initializer;
			if (!ts.isObjectLiteralExpression(obj)) throw new Error(`${file}: ${name} is not an object literal`);
			for (const prop of obj.properties) {
				if (!ts.isPropertyAssignment(prop)) throw new Error(`${file}: unexpected ${prop.getText()}`);
				const key = ts.isStringLiteral(prop.name) ? prop.name.text : prop.name.getText();
				out.set(key, entryPieces(prop.initializer, file));
			}
		} else ts.forEachChild(node, visit);
	};
	visit(src);
	return out;
}

function textPieces(node: ts.Expression, file: string, param: string | null): SigPiece[] {
	while (ts.isParenthesizedExpression(node)) node = node.expression;
	if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return [{ t: node.text }];
	if (ts.isTemplateExpression(node)) {
		const out: SigPiece[] = node.head.text ? [{ t: node.head.text }] : [];
		for (const span of node.templateSpans) {
			const e = span.expression;
			if (!param || !ts.isPropertyAccessExpression(e) || e.expression.getText() !== param)
				throw new Error(`${file}: a catalogue text may only interpolate its parameters: ${e.getText()}`);
			out.push({ p: e.name.text });
			if (span.literal.text) out.push({ t: span.literal.text });
		}
		return out;
	}
	throw new Error(`${file}: not a catalogue text: ${node.getText()}`);
}

function entryPieces(init: ts.Expression, file: string): { pieces: SigPiece[]; params: string[] } {
	if (ts.isArrowFunction(init)) {
		const p = init.parameters[0];
		const param = p ? p.name.getText() : null;
		const params: string[] = [];
		if (p?.type && ts.isTypeLiteralNode(p.type))
			for (const m of p.type.members) if (m.name) params.push(m.name.getText());
		if (!ts.isExpression(init.body)) throw new Error(`${file}: a message function must be one expression`);
		return { pieces: textPieces(init.body, file, param), params };
	}
	return { pieces: textPieces(init, file, null), params: [] };
}

// ---------------------------------------------------------------------------------------------------------------
// Naming

const camel = (words: string[]) =>
	words
		.filter(Boolean)
		.map((w, i) => (i === 0 ? w[0].toLowerCase() + w.slice(1) : w[0].toUpperCase() + w.slice(1)))
		.join('');

const GENERIC_DIRS = new Set(['src', 'lib', 'components', 'domain', 'server', 'routes', 'cli']);

/** The key prefix of a file: its component or module name, or for a SvelteKit route file its route's last name. */
export function areaOf(file: string): string {
	const rel = relative(ROOT, file).split(sep);
	const base = rel[rel.length - 1];
	const dirs = rel.slice(0, -1).filter((d) => !/^[[(]/.test(d));
	const words = (s: string) => s.split(/[^A-Za-z0-9]+/).filter(Boolean);
	if (base.startsWith('+')) {
		const last = dirs[dirs.length - 1];
		return last && !GENERIC_DIRS.has(last) ? camel(words(last)) : 'app';
	}
	const stem = base.replace(/(\.svelte|\.server)?\.(ts|js)$|\.svelte$/, '');
	const name = camel(words(stem));
	const parent = dirs[dirs.length - 1];
	if (!parent || GENERIC_DIRS.has(parent) || name.toLowerCase().startsWith(parent.toLowerCase())) return name;
	return `${camel(words(parent))}.${name}`;
}

/** A short camelCase slug of a text's English words (diacritics dropped), or '' when it has none. */
function slugOf(pieces: SigPiece[]): string {
	const text = pieces
		.map((p) => ('t' in p ? p.t : ` ${p.p} `))
		.join('')
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/[đĐ]/g, 'd');
	const words = text.split(/[^A-Za-z0-9]+/).filter(Boolean);
	return camel(words.slice(0, 5).map((w) => w.toLowerCase())).slice(0, 48);
}

/** The parameter name of an interpolated expression: an identifier or a member chain's last name, else null. */
function nameOf(expr: string): [string, string] | null {
	if (!/^[A-Za-z_$][\w$]*(\s*\??\.\s*[A-Za-z_$][\w$]*)*$/.test(expr)) return null;
	const segs = expr.split(/\s*\??\.\s*/).map((s) => s.replace(/^\$+/, '') || 'value');
	const last = segs[segs.length - 1];
	const short = last === 'length' && segs.length > 1 ? camel([segs[segs.length - 2], 'Length']) : last;
	return [short, camel(segs)];
}

// ---------------------------------------------------------------------------------------------------------------
// One pair → one entry

/** The text a literal piece stands for (escapes resolved). */
function cook(raw: string, quote: Literal['quote']): string {
	const q = quote === 'template' ? '`' : "'";
	const body = quote === 'template' ? raw : raw.replace(/(^|[^\\])((?:\\\\)*)'/g, "$1$2\\'");
	return new Function(`return ${q}${body}${q};`)() as string;
}

interface Converted {
	vi: SigPiece[];
	en: SigPiece[];
	params: string[];
	/** parameter name → the expression passed for it */
	args: Map<string, string>;
}

function convert(call: PairCall): Converted {
	const byExpr = new Map<string, string>();
	const args = new Map<string, string>();
	const params: string[] = [];
	const taken = new Set<string>();
	let unnamed = 0;
	const paramFor = (expr: string): string => {
		const norm = expr.replace(/\s+/g, ' ');
		const known = byExpr.get(norm);
		if (known) return known;
		const names = nameOf(norm);
		let name = names?.find((n) => !taken.has(n) && /^[A-Za-z_$][\w$]*$/.test(n));
		if (!name) {
			do name = `p${++unnamed}`;
			while (taken.has(name));
		}
		taken.add(name);
		byExpr.set(norm, name);
		args.set(name, expr);
		params.push(name);
		return name;
	};
	const pieces = (lit: Literal): SigPiece[] => {
		const out: SigPiece[] = [];
		for (const p of lit.pieces) {
			if ('expr' in p) out.push({ p: paramFor(p.expr) });
			else {
				const t = cook(p.text, lit.quote);
				const prev = out[out.length - 1];
				if (prev && 't' in prev) prev.t += t;
				else if (t) out.push({ t });
			}
		}
		return out;
	};
	const vi = pieces(call.vi);
	const en = pieces(call.en);
	return { vi, en, params, args };
}

function emitText(pieces: SigPiece[], withParams: boolean): string {
	if (!withParams || pieces.every((p) => 't' in p)) {
		const s = pieces.map((p) => ('t' in p ? p.t : '')).join('');
		return `'${s
			.replace(/\\/g, '\\\\')
			.replace(/'/g, "\\'")
			.replace(/\n/g, '\\n')
			.replace(/\r/g, '\\r')
			.replace(/\t/g, '\\t')
			.replace(/\u2028/g, '\\u2028')
			.replace(/\u2029/g, '\\u2029')}'`;
	}
	return (
		'`' +
		pieces
			.map((p) =>
				't' in p
					? p.t
							.replace(/\\/g, '\\\\')
							.replace(/`/g, '\\`')
							.replace(/\$\{/g, '\\${')
							.replace(/\r/g, '\\r')
							.replace(/\u2028/g, '\\u2028')
							.replace(/\u2029/g, '\\u2029')
					: `\${p.${p.p}}`
			)
			.join('') +
		'`'
	);
}

function emitEntry(e: Entry, lang: 'vi' | 'en'): string {
	const pieces = lang === 'vi' ? e.vi : e.en;
	const key = `'${e.key}'`;
	if (!e.params.length) return `\t${key}: ${emitText(pieces, false)},\n`;
	const uses = pieces.some((p) => 'p' in p);
	if (lang === 'vi') {
		const type = `{ ${e.params.map((p) => `${p}: Arg`).join('; ')} }`;
		return `\t${key}: (${uses ? 'p' : '_p'}: ${type}) => ${emitText(pieces, true)},\n`;
	}
	return `\t${key}: (${uses ? 'p' : ''}) => ${emitText(pieces, true)},\n`;
}

// ---------------------------------------------------------------------------------------------------------------
// Files

function listFiles(paths: string[]): string[] {
	const out: string[] = [];
	const walk = (p: string) => {
		const st = statSync(p);
		if (st.isDirectory()) {
			for (const name of readdirSync(p).sort())
				if (name !== 'node_modules' && !name.startsWith('.')) walk(join(p, name));
		} else if (/\.(ts|svelte)$/.test(p) && !p.endsWith('.d.ts')) out.push(p);
	};
	for (const p of paths) walk(resolve(p));
	return [...new Set(out)]
		.filter((f) => !SKIP.some((s) => relative(ROOT, f).split(sep).join('/').startsWith(s)))
		.sort();
}

const IMPORT_RE = /import\s*(type\s*)?\{([^}]*)\}\s*from\s*(['"])([^'"]+)\3\s*;?/g;

/** Add and remove names in the `import { … } from` whose module matches; returns null when there is none. */
function editImport(s: string, module: (m: string) => boolean, add: string[], remove: string[]): string | null {
	for (const m of s.matchAll(IMPORT_RE)) {
		if (!module(m[4])) continue;
		const names = m[2]
			.split(',')
			.map((n) => n.trim())
			.filter(Boolean);
		const removed = (n: string) => remove.includes(n.replace(/^type\s+/, ''));
		if (!names.some(removed) && add.every((a) => names.includes(a))) {
			if (remove.length && !add.length) continue; // another import may hold the name
			return s;
		}
		let next = names.flatMap((n) => (removed(n) ? add.filter((a) => !names.includes(a)) : [n]));
		for (const a of add) if (!next.includes(a)) next.push(a);
		next = [...new Set(next)];
		const replacement = next.length ? `import ${m[1] ?? ''}{ ${next.join(', ')} } from ${m[3]}${m[4]}${m[3]};` : '';
		const start = m.index;
		let end = start + m[0].length;
		if (!next.length && s[end] === '\n') end++;
		return s.slice(0, start) + replacement + s.slice(end);
	}
	return null;
}

/** Drop `name` from every import when nothing else in `s` names it any more. */
function dropUnused(s: string, name: string, used: (s: string, name: string) => boolean): string {
	for (let i = 0; i < 5 && !used(s, name); i++) {
		const next = editImport(s, () => true, [], [name]);
		if (next === null || next === s) break;
		s = next;
	}
	return s;
}

/** Is `name` named anywhere in `s` outside import declarations and comments (a type, say)? */
function named(s: string, name: string): boolean {
	return new RegExp(`(?<![\\w$.])${name}(?![\\w$])`).test(strip(s));
}

function strip(s: string): string {
	return s
		.replace(IMPORT_RE, '')
		.replace(/<style[\s\S]*?<\/style>/g, '')
		.replace(/\/\*[\s\S]*?\*\//g, '')
		.replace(/<!--[\s\S]*?-->/g, '')
		.replace(/(^|[^:'"`\w])\/\/[^\n]*/g, '$1');
}

/** Is `name` used in `s` outside import declarations, comments and styles: called, or passed as a value? */
function uses(s: string, name: string): boolean {
	return new RegExp(`(?<![\\w$.</])${name}\\s*\\(|[(,=:?]\\s*${name}\\s*[,)\\];]|\\btypeof\\s+${name}\\b`).test(
		strip(s)
	);
}

function insertImport(s: string, file: string, line: string): string {
	const isSvelte = file.endsWith('.svelte');
	let from = 0;
	let to = s.length;
	if (isSvelte) {
		const open = /<script(?![^>]*\bmodule\b)[^>]*>/.exec(s);
		if (!open) throw new Error(`${file}: no <script> to import into`);
		from = open.index + open[0].length;
		to = s.indexOf('</script>', from);
	}
	let at = from;
	const re = /^\s*import\s[\s\S]*?from\s*['"][^'"]+['"]\s*;?[ \t]*\n|^\s*import\s*['"][^'"]+['"]\s*;?[ \t]*\n/gm;
	re.lastIndex = from;
	for (let m = re.exec(s); m && m.index < to; m = re.exec(s)) {
		if (
			m.index !== at &&
			s.slice(at, m.index).trim() &&
			!/^\s*(\/\/[^\n]*\n|\/\*[\s\S]*?\*\/\s*)*$/.test(s.slice(at, m.index))
		)
			break;
		at = m.index + m[0].length;
	}
	if (at === from && !isSvelte) {
		// no import yet: after the file's header comment (one followed by a blank line), if any
		const header = /^\s*(?:\/\*(?:(?!\*\/)[\s\S])*\*\/[ \t]*\n|(?:\/\/[^\n]*\n)+)[ \t]*\n/.exec(s);
		at = header ? header[0].length : 0;
	}
	const pre = at === from && isSvelte ? '\n' : '';
	const post = /^\s*(import\s|\n|$)/.test(s.slice(at)) ? '' : '\n';
	return s.slice(0, at) + pre + line + '\n' + post + s.slice(at);
}

function catalogueSpecifier(file: string): string {
	const rel = relative(ROOT, file).split(sep).join('/');
	// components and routes use the $lib alias; plain modules (domain, server, CLI) a relative path, as they do
	if (file.endsWith('.svelte') || !(rel.startsWith('src/lib/') || rel.startsWith('src/cli/')))
		return '$lib/i18n/catalogue';
	const r = relative(dirname(file), join(ROOT, CATALOGUE)).split(sep).join('/');
	return r.startsWith('.') ? r : `./${r}`;
}

/** A module-local definition of a document-language pick (`const pick = (lang: Lang, vi: string, en: string) => …;`); exported ones stay. */
const PICK_DEF = (name: string) =>
	new RegExp(
		`^[ \\t]*(\\/\\*\\*[^\\n]*\\*\\/\\n[ \\t]*)?const ${name} = \\(lang: Lang, vi: string, en: string\\)(: string)? => \\(lang === '(vi|en)' \\? (vi|en) : (vi|en)\\);\\n`,
		'm'
	);

// ---------------------------------------------------------------------------------------------------------------

export interface ExtractResult {
	converted: number;
	/** files rewritten (the catalogues not counted) */
	files: string[];
	added: number;
}

/** Run the codemod over `paths` (files or directories) of the tree at `root`. */
export async function extract(
	opts: { root?: string; paths?: string[]; format?: boolean } = {}
): Promise<ExtractResult> {
	ROOT = resolve(opts.root ?? REPO);
	const VI_FILE = join(ROOT, VI);
	const EN_FILE = join(ROOT, EN);
	const files = listFiles(opts.paths?.length ? opts.paths.map((p) => resolve(ROOT, p)) : [join(ROOT, 'src')]);

	const viCat = readCatalogue(VI_FILE, 'vi');
	const enCat = readCatalogue(EN_FILE, 'en');
	const bySig = new Map<string, string>();
	const keys = new Set<string>([...viCat.keys(), ...enCat.keys()]);
	for (const [key, v] of viCat) {
		const e = enCat.get(key);
		if (e) bySig.set(sig(v.pieces, e.pieces) + JSON.stringify(v.params), key);
	}
	const added: Entry[] = [];
	const changed: string[] = [];
	let converted = 0;

	for (const file of files) {
		const rel = relative(ROOT, file).split(sep).join('/');
		const original = readFileSync(file, 'utf8');
		const kinds = kindsFor(rel);
		let s = original;
		const did = new Set<PairKind>();
		for (;;) {
			const pairs = findPairs(s, kinds);
			// innermost first: a pair inside another pair's parameter is rewritten before its host
			const inner = pairs.filter((p) => !pairs.some((q) => q !== p && q.start >= p.start && q.end <= p.end));
			if (!inner.length) break;
			// keys are given in source order; the text is rewritten from the end so that offsets hold
			const edits: [number, number, string][] = [];
			for (const call of inner.sort((a, b) => a.start - b.start)) {
				const c = convert(call);
				const id = sig(c.vi, c.en) + JSON.stringify(c.params);
				let key = bySig.get(id);
				if (!key) {
					const area = areaOf(file);
					const slug = slugOf(c.en) || slugOf(c.vi) || 'text';
					key = `${area}.${slug}`;
					for (let n = 2; keys.has(key); n++) key = `${area}.${slug}${n}`;
					keys.add(key);
					bySig.set(id, key);
					added.push({ key, vi: c.vi, en: c.en, params: c.params });
				}
				const params = c.params.length
					? `, { ${c.params.map((p) => (c.args.get(p) === p ? p : `${p}: ${c.args.get(p)}`)).join(', ')} }`
					: '';
				const fn = call.kind === 'tr' ? 'msg' : call.kind === 'pick' ? 'tIn' : 'both';
				const lang = call.kind === 'pick' ? `${call.lang}, ` : '';
				edits.push([call.start, call.end, `${fn}(${lang}'${key}'${params})`]);
				did.add(call.kind);
				converted++;
			}
			for (const [a, b, text] of edits.reverse()) s = s.slice(0, a) + text + s.slice(b);
		}
		if (s === original) continue;

		if (did.has('tr')) {
			const next = editImport(s, (m) => /i18n\.svelte(\.ts|\.js)?$/.test(m), ['msg'], uses(s, 'tr') ? [] : ['tr']);
			if (next === null) throw new Error(`${rel}: tr() is not imported from i18n.svelte`);
			s = next;
		}
		const fromCatalogue = [...(did.has('bi') || did.has('obj') ? ['both'] : []), ...(did.has('pick') ? ['tIn'] : [])];
		if (fromCatalogue.length) {
			const spec = catalogueSpecifier(file);
			const isCat = (m: string) => /i18n\/catalogue(\.ts)?$/.test(m);
			s =
				editImport(s, isCat, fromCatalogue, []) ??
				insertImport(s, file, `import { ${fromCatalogue.join(', ')} } from '${spec}';`);
		}
		if (did.has('bi')) s = dropUnused(s, 'bi', uses);
		if (did.has('pick')) {
			for (const name of ['pick', 'say']) {
				if (!uses(s, name)) s = s.replace(PICK_DEF(name), '');
				s = dropUnused(s, name, uses);
			}
			s = dropUnused(s, 'Lang', named);
		}
		writeFileSync(file, s);
		changed.push(file);
	}

	const rewritten = [...changed];
	if (added.length) {
		for (const [file, lang] of [
			[VI_FILE, 'vi'],
			[EN_FILE, 'en']
		] as const) {
			const text = readFileSync(file, 'utf8');
			const close = text.lastIndexOf('};');
			if (close < 0) throw new Error(`${file}: no closing }; of the catalogue`);
			let head = text.slice(0, close);
			if (!/[,{]\s*$/.test(head)) head = head.replace(/\s*$/, ',\n');
			else head = head.replace(/\s*$/, '\n');
			writeFileSync(file, head + added.map((e) => emitEntry(e, lang)).join('') + text.slice(close));
		}
		changed.push(VI_FILE, EN_FILE);
	}

	if (opts.format !== false)
		for (const file of changed) {
			const options = (await prettier.resolveConfig(file)) ?? {};
			const text = readFileSync(file, 'utf8');
			writeFileSync(file, await prettier.format(text, { ...options, filepath: file }));
		}

	return { converted, files: rewritten, added: added.length };
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
	const argv = process.argv.slice(2);
	const started = Date.now();
	const r = await extract({ paths: argv.filter((a) => !a.startsWith('--')), format: !argv.includes('--no-format') });
	console.log(
		`i18n:extract: ${r.converted} pair(s) rewritten in ${r.files.length} file(s), ${r.added} new catalogue ` +
			`entr${r.added === 1 ? 'y' : 'ies'} (${((Date.now() - started) / 1000).toFixed(1)} s)`
	);
}
