import type { Kysely } from 'kysely';
import { applyOverrides, getRuleSet, type RuleSet } from '../domain/rules/index.ts';
import { listActiveOverrides } from './db/rule-override.repository.ts';
import type { DB } from './db/schema.ts';

/** The administrator's corrections in force for a rule set (what a page sends for the browser to apply). */
export async function ruleSetOverrides(
	db: Kysely<DB>,
	id?: string | null
): Promise<{ key: string; value: number | boolean | string }[]> {
	return (await listActiveOverrides(db, getRuleSet(id).id)).map((o) => ({ key: o.key, value: o.value }));
}

/** A rule set with the administrator's corrections applied. */
export async function loadRuleSet(
	db: Kysely<DB>,
	id?: string | null
): Promise<{ rules: RuleSet; overrides: { key: string; value: number | boolean | string }[] }> {
	const overrides = await ruleSetOverrides(db, id);
	return { rules: applyOverrides(getRuleSet(id), overrides), overrides };
}
