/**
 * Rule values as data: building them, listing them for the standards page, and administrator overrides.
 */
import type { Citation, OverrideNote, RuleOverride, RuleSet, RuleValue, RuleValueRow, ValueUnit } from './types';

/** Build a rule value (verified unless said otherwise). */
export function rv<T extends number | boolean | string = number>(
	key: string,
	value: T,
	unit: ValueUnit,
	citation: Citation,
	label_vi: string,
	label_en: string,
	verified = true
): RuleValue<T> {
	return { key, value, unit, citation, verified, label_vi, label_en };
}

/** Freeze an object graph (the built-in rule sets), so that compiled lookups can never go stale by mutation. */
export function deepFreeze<T>(x: T): T {
	if (x !== null && typeof x === 'object' && !Object.isFrozen(x)) {
		Object.freeze(x);
		for (const k of Object.keys(x)) deepFreeze((x as Record<string, unknown>)[k]);
	}
	return x;
}

/** True when x has the shape of a RuleValue. */
export function isRuleValue(x: unknown): x is RuleValue<number | boolean | string> {
	if (x === null || typeof x !== 'object') return false;
	const o = x as Record<string, unknown>;
	return typeof o.key === 'string' && 'value' in o && typeof o.citation === 'object' && typeof o.verified === 'boolean';
}

/** Visit every rule value of a rule set in document order (depth first). */
export function visitRuleValues(node: unknown, fn: (v: RuleValue<number | boolean | string>) => void): void {
	if (node === null || typeof node !== 'object') return;
	if (isRuleValue(node)) {
		fn(node);
		return;
	}
	if (Array.isArray(node)) {
		for (const item of node) visitRuleValues(item, fn);
		return;
	}
	for (const k of Object.keys(node)) visitRuleValues((node as Record<string, unknown>)[k], fn);
}

/** Flat list of every value in any tree of values (each key once): label, value, unit, citation, verified. */
export function listValues(tree: unknown): RuleValueRow[] {
	const rows: RuleValueRow[] = [];
	const seen = new Set<string>();
	visitRuleValues(tree, (v) => {
		if (seen.has(v.key)) return; // a value shared by two places is listed once
		seen.add(v.key);
		rows.push(ruleValueRow(v));
	});
	return rows;
}

/** A value as the standards page lists it: its label, value, unit, clause, verification and correction. */
export function ruleValueRow(v: RuleValue<number | boolean | string>): RuleValueRow {
	const row: RuleValueRow = {
		key: v.key,
		label_vi: v.label_vi,
		label_en: v.label_en,
		value: v.value,
		unit: v.unit,
		citation: v.citation,
		verified: v.verified,
		overridden: v.overridden === true
	};
	if (v.overridden) row.original = v.original;
	return row;
}

/** Flat list of every value of a rule set, for a standards page. */
export function listRuleValues(ruleSet: RuleSet): RuleValueRow[] {
	return listValues(ruleSet);
}

/**
 * What is wrong with a corrected value of a given unit, whatever the value set: a flag is true or false, a date is
 * YYYY-MM-DD, anything else a finite number that is never negative (standards, shares, counts, posts, money).
 */
export function valueShapeProblem(unit: string, value: unknown): OverrideNote['problem'] | null {
	if (unit === 'flag') return typeof value === 'boolean' ? null : 'wrong_type';
	if (unit === 'date') {
		if (typeof value !== 'string') return 'wrong_type';
		return /^\d{4}-\d{2}-\d{2}$/.test(value) ? null : 'invalid_value';
	}
	if (typeof value !== 'number') return 'wrong_type';
	if (!Number.isFinite(value) || value < 0) return 'invalid_value';
	return null;
}

function valueProblem(v: RuleValue<number | boolean | string>, value: unknown): OverrideNote['problem'] | null {
	const shape = valueShapeProblem(v.unit, value);
	if (shape) return shape;
	// A standard of 0 would divide by zero.
	if ((v.unit === 'persons' || v.unit === 'km2') && value === 0) return 'invalid_value';
	return null;
}

/**
 * Return a copy of any tree of values (a rule set, the staffing settings) with the given values replaced; the
 * input is not modified. Replaced values carry `overridden: true` and the legal value in `original`; overrides
 * that cannot apply (unknown key, `problemOf` objects) are listed in `overrideNotes`.
 */
export function overrideValues<T extends { overrideNotes?: OverrideNote[] }>(
	tree: T,
	overrides: RuleOverride[],
	problemOf: (v: RuleValue<number | boolean | string>, value: unknown) => OverrideNote['problem'] | null
): T {
	const copy = structuredClone(tree);
	const byKey = new Map<string, RuleValue<number | boolean | string>[]>();
	visitRuleValues(copy, (v) => {
		const list = byKey.get(v.key);
		if (list) list.push(v);
		else byKey.set(v.key, [v]);
	});
	const notes: OverrideNote[] = [...(copy.overrideNotes ?? [])];
	for (const o of overrides) {
		const targets = byKey.get(o.key);
		if (!targets) {
			notes.push({ key: o.key, problem: 'unknown_key' });
			continue;
		}
		const problem = problemOf(targets[0], o.value);
		if (problem) {
			notes.push({ key: o.key, problem });
			continue;
		}
		// structuredClone keeps shared objects shared (one value used in two places): dedupe before writing.
		for (const t of new Set(targets)) {
			if (!t.overridden) t.original = t.value;
			t.value = o.value;
			t.overridden = true;
		}
	}
	if (notes.length) copy.overrideNotes = notes;
	return copy;
}

/** Corrected rule sets kept per rule set and list of corrections (a few lists per rule set are ever in force). */
const applied = new WeakMap<RuleSet, Map<string, RuleSet>>();
const APPLIED_PER_RULE_SET = 8;

/**
 * A rule set with the administrator's corrections applied (see overrideValues), frozen. The same rule set and the same
 * corrections give the same object: made once and kept (every page view of the dataset map applied them to a copy of
 * the whole rule set again: ~0.2 ms of a server's CPU per view, issue 14 item 5); frozen, so no reader can change it
 * under another.
 */
export function applyOverrides(ruleSet: RuleSet, overrides: RuleOverride[]): RuleSet {
	const key = JSON.stringify(overrides.map((o) => [o.key, o.value]));
	let kept = applied.get(ruleSet);
	if (!kept) applied.set(ruleSet, (kept = new Map()));
	let out = kept.get(key);
	if (out) kept.delete(key);
	else {
		out = deepFreeze(overrideValues(ruleSet, overrides, valueProblem));
		if (kept.size >= APPLIED_PER_RULE_SET) kept.delete(kept.keys().next().value!);
	}
	kept.set(key, out);
	return out;
}
