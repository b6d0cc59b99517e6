/**
 * The set-partitioning integer programme of one sub-problem, written in CPLEX LP format with short lines (HiGHS's
 * LP reader refuses lines longer than about 560 characters: every expression is wrapped at 200).
 *
 *   minimise   Σ_g cost_g · x_g + Σ_m 1000 · s_m
 *   subject to Σ_{g ∋ m} x_g + s_m = 1    for every subject unit m     (covered exactly once, or left: s_m = 1)
 *              Σ_{g ∋ u} x_g ≤ 1          for every other unit u       (at most one group)
 *              no-good cuts excluding earlier solutions (alternatives)
 *              x, s binary
 */
import type { Candidate } from './types.ts';
import { POINTS } from './candidates.ts';

const WRAP = 200;

/** Append `terms` to `lines` as an expression wrapped at WRAP characters, the first line starting with `head`. */
function wrap(lines: string[], head: string, terms: string[]): void {
	let line = head;
	for (const t of terms) {
		const piece = line.endsWith(': ') || line === ' ' ? t : ` ${t}`;
		if (line.length + piece.length > WRAP) {
			lines.push(line);
			line = `  ${t}`;
		} else line += piece;
	}
	lines.push(line);
}

const num = (x: number) => {
	const r = Math.round(x * 1000) / 1000;
	return Number.isInteger(r) ? String(r) : r.toFixed(3).replace(/0+$/, '');
};

export interface SubProblem {
	/** Candidates of this sub-problem (their `index` is global). */
	candidates: Candidate[];
	/** Subject units of this sub-problem that candidates can cover. */
	mandatory: string[];
	/** Other units that appear in candidates. */
	others: string[];
}

/** Write the LP of a sub-problem; `exclude` = earlier solutions (sets of candidate indexes) to cut off. */
export function writeLp(sp: SubProblem, exclude: readonly (readonly number[])[] = []): string {
	const lines: string[] = ['\\ sapxep planner: set partitioning', 'Minimize'];
	const obj: string[] = [];
	for (const c of sp.candidates) obj.push(`${obj.length ? '+ ' : ''}${num(c.cost)} x${c.index}`);
	sp.mandatory.forEach((_, i) => obj.push(`${obj.length ? '+ ' : ''}${POINTS.uncovered} s${i}`));
	wrap(lines, ' obj: ', obj);
	lines.push('Subject To');
	const byUnit = new Map<string, number[]>();
	for (const c of sp.candidates)
		for (const m of c.members) {
			const l = byUnit.get(m);
			if (l) l.push(c.index);
			else byUnit.set(m, [c.index]);
		}
	sp.mandatory.forEach((m, i) => {
		const terms = (byUnit.get(m) ?? []).map((j, k) => `${k ? '+ ' : ''}x${j}`);
		terms.push(`${terms.length ? '+ ' : ''}s${i}`, '= 1');
		wrap(lines, ` m${i}: `, terms);
	});
	sp.others.forEach((u, i) => {
		const l = byUnit.get(u) ?? [];
		if (l.length < 2) return;
		wrap(lines, ` o${i}: `, [...l.map((j, k) => `${k ? '+ ' : ''}x${j}`), '<= 1']);
	});
	exclude.forEach((sol, i) => {
		// Σ_{j ∉ S} x_j − Σ_{j ∈ S} x_j ≥ 1 − |S|: at least one choice differs.
		const inS = new Set(sol);
		const terms = sp.candidates.map((c, k) => `${inS.has(c.index) ? '- ' : k ? '+ ' : ''}x${c.index}`);
		wrap(lines, ` n${i}: `, [...terms, '>=', num(1 - sol.length)]);
	});
	lines.push('Binary');
	const vars = [...sp.candidates.map((c) => `x${c.index}`), ...sp.mandatory.map((_, i) => `s${i}`)];
	wrap(lines, ' ', vars);
	lines.push('End', '');
	return lines.join('\n');
}

/** The candidate indexes chosen in a solution (columns at 1). */
export function chosenOf(sp: SubProblem, columns: Record<string, number>): number[] {
	return sp.candidates.filter((c) => (columns[`x${c.index}`] ?? 0) > 0.5).map((c) => c.index);
}
