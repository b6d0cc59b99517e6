/**
 * Finds inline bilingual text pairs in source text (.ts or .svelte alike, read as plain text):
 *
 *   tr(<vi>, <en>)          the interface's pick by the current language
 *   pick(<lang>, <vi>, <en>) a document's pick by its own language (the dossier; also named say there)
 *   bi(<vi>, <en>)          a bilingual {vi, en} message object (the domain)
 *   { vi: <vi>, en: <en> }  the same object written out
 *
 * where <vi> and <en> are string or template literals. Shared by the codemod (scripts/i18n-extract.ts) and by the
 * unit test that no literal pair is left in src (tests/unit/i18n-catalogue.test.ts).
 */

export type PairKind = 'tr' | 'pick' | 'bi' | 'obj';

/** One piece of a literal: text (its raw source, as written between the quotes/backticks) or an `${expression}`. */
export type Piece = { text: string } | { expr: string };

export interface Literal {
	/** The literal's source, quotes included. */
	source: string;
	/** 'string' for '…' / "…", 'template' for `…`. */
	quote: 'string' | 'template';
	pieces: Piece[];
}

export interface PairCall {
	kind: PairKind;
	/** [start, end) of the whole call in the source text. */
	start: number;
	end: number;
	/** The language argument of pick(lang, …), as written. */
	lang?: string;
	vi: Literal;
	en: Literal;
}

const IDENT = /[A-Za-z0-9_$]/;

/**
 * Where `pick(lang, vi, en)` / `say(…)` are a text's pick by an explicit language: the dossier's documents, the
 * CLI (SAPXEP_LANG), the rules', staffing's and scenarios' text builders and the map legend (each defines or
 * imports such a pick); elsewhere the names may mean other things.
 */
export const PICK_SCOPE = [
	'src/lib/domain/dossier/',
	'src/lib/server/dossier/',
	'src/cli/',
	'src/lib/domain/rules/',
	'src/lib/domain/staffing/',
	'src/lib/domain/scenario/text.ts',
	'src/lib/map/legend.ts'
];

/** Never rewritten nor checked: the catalogues and the lookups themselves. */
export const SKIP = ['src/lib/i18n/', 'src/lib/i18n.svelte.ts', 'src/lib/domain/messages.ts'];

/** The pair calls the codemod rewrites (and the test forbids) in a file, by its path from the repository root. */
export function kindsFor(rel: string): PairKind[] {
	return ['tr', 'bi', 'obj', ...(PICK_SCOPE.some((p) => rel.startsWith(p)) ? (['pick'] as const) : [])];
}

/** The end (exclusive) of the string literal starting at i (s[i] is ' or "), or -1. */
function stringEnd(s: string, i: number): number {
	const q = s[i];
	for (let j = i + 1; j < s.length; j++) {
		const c = s[j];
		if (c === '\\') j++;
		else if (c === q) return j + 1;
		else if (c === '\n') return -1;
	}
	return -1;
}

/** The end (exclusive) of the template literal starting at i (s[i] is `), or -1. */
function templateEnd(s: string, i: number): number {
	for (let j = i + 1; j < s.length; j++) {
		const c = s[j];
		if (c === '\\') j++;
		else if (c === '`') return j + 1;
		else if (c === '$' && s[j + 1] === '{') {
			const e = exprEnd(s, j + 2, '}');
			if (e < 0) return -1;
			j = e; // at the closing }
		}
	}
	return -1;
}

/**
 * Scan an expression from i up to (not including) the first top-level character in `stops` (brackets, strings,
 * templates and comments skipped). Returns the index of the stop character, or -1.
 */
function exprEnd(s: string, i: number, stops: string): number {
	const stack: string[] = [];
	for (let j = i; j < s.length; j++) {
		const c = s[j];
		if (stack.length === 0 && stops.includes(c)) return j;
		if (c === "'" || c === '"') {
			const e = stringEnd(s, j);
			if (e < 0) return -1;
			j = e - 1;
		} else if (c === '`') {
			const e = templateEnd(s, j);
			if (e < 0) return -1;
			j = e - 1;
		} else if (c === '/' && s[j + 1] === '/') {
			const e = s.indexOf('\n', j);
			if (e < 0) return -1;
			j = e;
		} else if (c === '/' && s[j + 1] === '*') {
			const e = s.indexOf('*/', j + 2);
			if (e < 0) return -1;
			j = e + 1;
		} else if (c === '(' || c === '[' || c === '{') stack.push(c === '(' ? ')' : c === '[' ? ']' : '}');
		else if (c === ')' || c === ']' || c === '}') {
			if (stack.pop() !== c) return -1;
		}
	}
	return -1;
}

/** Parse `source` as exactly one string or template literal, or null. */
export function parseLiteral(source: string): Literal | null {
	const c = source[0];
	if (c === "'" || c === '"') {
		if (stringEnd(source, 0) !== source.length) return null;
		return { source, quote: 'string', pieces: [{ text: source.slice(1, -1) }] };
	}
	if (c !== '`' || templateEnd(source, 0) !== source.length) return null;
	const pieces: Piece[] = [];
	let text = '';
	for (let j = 1; j < source.length - 1; j++) {
		const ch = source[j];
		if (ch === '\\') {
			text += source.slice(j, j + 2);
			j++;
		} else if (ch === '$' && source[j + 1] === '{') {
			const e = exprEnd(source, j + 2, '}');
			if (text) pieces.push({ text });
			text = '';
			pieces.push({ expr: source.slice(j + 2, e).trim() });
			j = e;
		} else text += ch;
	}
	if (text) pieces.push({ text });
	return { source, quote: 'template', pieces };
}

/** The arguments of the call whose `(` is at `open`, as trimmed source texts, and the index after `)`. */
function callArgs(s: string, open: number): { args: string[]; end: number } | null {
	const args: string[] = [];
	let i = open + 1;
	for (;;) {
		const e = exprEnd(s, i, ',)');
		if (e < 0) return null;
		const arg = s.slice(i, e).trim();
		if (arg) args.push(arg);
		else if (s[e] === ',') return null;
		if (s[e] === ')') return { args, end: e + 1 };
		i = e + 1;
	}
}

const isEmpty = (l: Literal) =>
	l.pieces.length === 0 || (l.pieces.length === 1 && 'text' in l.pieces[0] && !l.pieces[0].text);

const KINDS: { kind: PairKind; name: string; arity: number }[] = [
	{ kind: 'tr', name: 'tr', arity: 2 },
	{ kind: 'pick', name: 'pick', arity: 3 },
	{ kind: 'pick', name: 'say', arity: 3 },
	{ kind: 'bi', name: 'bi', arity: 2 }
];

/** Every literal pair call in `s` of the given kinds, in source order (nested ones included). */
export function findPairs(s: string, kinds: readonly PairKind[] = ['tr']): PairCall[] {
	const out: PairCall[] = [];
	for (const k of KINDS) {
		if (!kinds.includes(k.kind)) continue;
		const re = new RegExp(`\\b${k.name}\\s*\\(`, 'g');
		for (let m = re.exec(s); m; m = re.exec(s)) {
			const start = m.index;
			const before = s.slice(Math.max(0, start - 9), start);
			// not a member (x.tr(), not part of a longer name, not the helper's own definition
			if (start > 0 && (IDENT.test(s[start - 1]) || s[start - 1] === '.')) continue;
			if (/function\s+$/.test(before)) continue;
			const call = callArgs(s, start + m[0].length - 1);
			if (!call || call.args.length !== k.arity) continue;
			const [a, b] = call.args.slice(k.arity - 2);
			const vi = parseLiteral(a);
			const en = parseLiteral(b);
			if (!vi || !en) continue;
			if (isEmpty(vi) && isEmpty(en)) continue; // no text: nothing to translate (bi('', ''))
			out.push({
				kind: k.kind,
				start,
				end: call.end,
				...(k.kind === 'pick' ? { lang: call.args[0] } : {}),
				vi,
				en
			});
		}
	}
	if (kinds.includes('obj')) {
		const re = /\{\s*vi\s*:\s*/g;
		for (let m = re.exec(s); m; m = re.exec(s)) {
			const a = m.index + m[0].length;
			const ae = exprEnd(s, a, ',}');
			if (ae < 0 || s[ae] !== ',') continue;
			const enKey = /^,\s*en\s*:\s*/.exec(s.slice(ae));
			if (!enKey) continue;
			const b = ae + enKey[0].length;
			const be = exprEnd(s, b, ',}');
			if (be < 0) continue;
			const close = /^,?\s*\}(\s*as\s+const\b)?/.exec(s.slice(be));
			if (!close) continue;
			const vi = parseLiteral(s.slice(a, ae).trim());
			const en = parseLiteral(s.slice(b, be).trim());
			if (!vi || !en || (isEmpty(vi) && isEmpty(en))) continue;
			out.push({ kind: 'obj', start: m.index, end: be + close[0].length, vi, en });
		}
	}
	return out.sort((x, y) => x.start - y.start);
}

/** Letters only Vietnamese writes. */
const VIETNAMESE = /[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]/i;

/** A literal's text as written (its `${…}` parts left out). */
const textOf = (l: Literal) => l.pieces.map((p) => ('text' in p ? p.text : ' ')).join('');

/** The literal (string or template) starting at i after blanks, with the index after it, or null. */
function literalAt(s: string, i: number): { lit: Literal; end: number } | null {
	while (/\s/.test(s[i] ?? '')) i++;
	const c = s[i];
	const e = c === "'" || c === '"' ? stringEnd(s, i) : c === '`' ? templateEnd(s, i) : -1;
	if (e < 0) return null;
	const lit = parseLiteral(s.slice(i, e));
	return lit ? { lit, end: e } : null;
}

const LETTER = /\p{L}/u;

const skipBlanks = (s: string, i: number) => {
	while (/\s/.test(s[i] ?? '')) i++;
	return i;
};

/** A language or locale code ('vi', 'en', 'vi-VN'): not a text. */
const isLangCode = (l: Literal) => /^[a-z]{2}(-[A-Z]{2})?$/.test(textOf(l));

export interface Leftover {
	kind: 'tuple' | 'ternary';
	start: number;
	end: number;
}

/**
 * Bilingual texts written in other shapes than the pair calls above, which the codemod does not rewrite and the
 * catalogue test forbids:
 *
 *   ['Vietnamese', 'English']              a [vi, en] tuple (a Vietnamese text, then one without Vietnamese letters)
 *   lang === 'vi' ? 'text' : …             a language ternary with a literal text in either branch (either order, any
 *                                          `…lang` or `…Lang()` on the left); language codes ('vi' : 'en') are no text
 *
 * Pairs known only at run time (a row's label_vi/label_en, a {vi, en} message) are not literals and pass.
 */
export function findLeftovers(s: string): Leftover[] {
	const out: Leftover[] = [];
	for (let m, re = /\[/g; (m = re.exec(s));) {
		const a = literalAt(s, m.index + 1);
		if (!a) continue;
		let i = skipBlanks(s, a.end);
		if (s[i] !== ',') continue;
		const b = literalAt(s, i + 1);
		if (!b) continue;
		i = skipBlanks(s, b.end);
		if (s[i] === ',') i = skipBlanks(s, i + 1);
		if (s[i] !== ']') continue;
		const [vi, en] = [textOf(a.lit), textOf(b.lit)];
		if (VIETNAMESE.test(vi) && !VIETNAMESE.test(en) && /[A-Za-z]/.test(en))
			out.push({ kind: 'tuple', start: m.index, end: i + 1 });
	}
	for (let m, re = /[\w$.]*(?:lang|Lang\(\))\s*===\s*(['"])(?:vi|en)\1\s*\?/g; (m = re.exec(s));) {
		const from = m.index + m[0].length;
		const a = literalAt(s, from);
		const colon = a ? skipBlanks(s, a.end) : exprEnd(s, from, ':');
		if (colon < 0 || s[colon] !== ':') continue;
		const b = literalAt(s, colon + 1);
		const lits = [a?.lit, b?.lit].filter((l): l is Literal => !!l);
		if (lits.some(isLangCode)) continue;
		if (lits.some((l) => LETTER.test(textOf(l).replace(/\\./g, ' '))))
			out.push({ kind: 'ternary', start: m.index, end: b?.end ?? colon + 1 });
	}
	return out.sort((x, y) => x.start - y.start);
}
