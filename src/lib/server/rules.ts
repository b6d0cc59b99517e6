import type { Kysely } from 'kysely';
import { applyOverrides, getRuleSet, type RuleSet } from '../domain/rules/index.ts';
import { listActiveOverrides } from './db/rule-override.repository.ts';
import type { DB } from './db/schema.ts';

/** A rule set with the administrator's corrections applied. */
export async function loadRuleSet(
	db: Kysely<DB>,
	id?: string | null
): Promise<{ rules: RuleSet; overrides: { key: string; value: number | boolean | string }[] }> {
	const base = getRuleSet(id);
	const overrides = (await listActiveOverrides(db, base.id)).map((o) => ({ key: o.key, value: o.value }));
	return { rules: applyOverrides(base, overrides), overrides };
}
