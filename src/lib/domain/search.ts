/**
 * Finding a unit by name, with or without diacritics and with a small typo:
 * "dai tẻh", "Da Teh" and "đạ tẻh" all find "Huyện Đạ Tẻh".
 */
import { foldVietnamese } from './units.ts';

export interface Searchable {
	code: string;
	name: string;
}

/** Levenshtein distance, stopping early above `max` (short tokens only). */
function editDistance(a: string, b: string, max: number): number {
	if (Math.abs(a.length - b.length) > max) return max + 1;
	let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		const cur = [i];
		let rowMin = i;
		for (let j = 1; j <= b.length; j++) {
			cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
			rowMin = Math.min(rowMin, cur[j]);
		}
		if (rowMin > max) return max + 1;
		prev = cur;
	}
	return prev[b.length];
}

/** How well one query token matches one name token: 3 exact, 2 prefix, 1 one edit away, 0 none. */
function tokenScore(q: string, t: string): number {
	if (q === t) return 3;
	if (t.startsWith(q)) return 2;
	if (q.length >= 3 && editDistance(q, t, 1) <= 1) return 1;
	return 0;
}

const KIND_WORDS = new Set(['xa', 'phuong', 'thi', 'tran', 'huyen', 'quan', 'thanh', 'pho', 'tinh']);

/** Prepared index: folded tokens of every name. */
export function buildSearchIndex<T extends Searchable>(units: T[]): { unit: T; folded: string; tokens: string[] }[] {
	return units.map((unit) => {
		const folded = foldVietnamese(unit.name).replace(/['’`]/g, '');
		return { unit, folded, tokens: folded.split(/[\s\-()]+/).filter(Boolean) };
	});
}

/**
 * Units matching a query, best first. Every query token must match some token of the name
 * (exactly, as a prefix, or one edit away); the code matches exactly or as a prefix.
 */
export function searchUnits<T extends Searchable>(
	index: ReturnType<typeof buildSearchIndex<T>>,
	query: string,
	limit = 10
): T[] {
	const q = foldVietnamese(query).replace(/['’`]/g, '');
	if (!q) return [];
	const qTokens = q.split(/[\s\-()]+/).filter(Boolean);
	const scored: { unit: T; score: number }[] = [];
	for (const e of index) {
		let score = 0;
		if (/^\d+$/.test(q)) {
			if (e.unit.code === q) score = 1000;
			else if (e.unit.code.startsWith(q)) score = 500;
		} else {
			if (e.folded.includes(q)) score += 50;
			let all = true;
			for (const qt of qTokens) {
				let best = 0;
				for (const t of e.tokens) best = Math.max(best, tokenScore(qt, t));
				if (best === 0 && !KIND_WORDS.has(qt)) {
					all = false;
					break;
				}
				score += best * 10;
			}
			if (!all) score = 0;
		}
		if (score > 0) scored.push({ unit: e.unit, score: score - e.tokens.length * 0.1 });
	}
	scored.sort((a, b) => b.score - a.score || a.unit.name.localeCompare(b.unit.name, 'vi'));
	return scored.slice(0, limit).map((s) => s.unit);
}
