import type { Kysely } from 'kysely';
import { applyOverrides, getRuleSet, type RuleSet } from '../domain/rules/index.ts';
import { RULE_SETS } from '../domain/rules/index.ts';
import { listActiveOverrides, listAllActiveOverrides } from './db/rule-override.repository.ts';
import type { DB } from './db/schema.ts';

/** The administrator's corrections in force for a rule set (what a page sends for the browser to apply). */
export async function ruleSetOverrides(
	db: Kysely<DB>,
	id?: string | null
): Promise<{ key: string; value: number | boolean | string }[]> {
	return (await listActiveOverrides(db, getRuleSet(id).id)).map((o) => ({ key: o.key, value: o.value }));
}

/**
 * The corrections in force of every rule set, by rule set id (each id of RULE_SETS present), in one query: the
 * dataset map page offers every rule set (it asked once per rule set, on every view).
 */
export async function everyRuleSetOverrides(
	db: Kysely<DB>
): Promise<Record<string, { key: string; value: number | boolean | string }[]>> {
	const out: Record<string, { key: string; value: number | boolean | string }[]> = {};
	for (const id of Object.keys(RULE_SETS)) out[id] = [];
	for (const o of await listAllActiveOverrides(db)) out[o.rule_set_id]?.push({ key: o.key, value: o.value });
	return out;
}

/** A rule set with the administrator's corrections applied. */
export async function loadRuleSet(
	db: Kysely<DB>,
	id?: string | null
): Promise<{ rules: RuleSet; overrides: { key: string; value: number | boolean | string }[] }> {
	const overrides = await ruleSetOverrides(db, id);
	return { rules: applyOverrides(getRuleSet(id), overrides), overrides };
}
