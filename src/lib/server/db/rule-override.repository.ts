import type { Kysely, Selectable, Transaction } from 'kysely';
import { appendAudit } from './audit.repository.ts';
import type { DB, RuleOverrideTable } from './schema.ts';

export type RuleOverrideRow = Omit<Selectable<RuleOverrideTable>, 'value'> & { value: OverrideValue };
export type OverrideValue = number | boolean | string;

const decode = (r: Selectable<RuleOverrideTable>): RuleOverrideRow => ({
	...r,
	value: JSON.parse(r.value) as OverrideValue
});

/** Overrides in force for a rule set (one per key: the latest). */
export async function listActiveOverrides(db: Kysely<DB>, ruleSetId: string): Promise<RuleOverrideRow[]> {
	return (
		await db
			.selectFrom('rule_overrides')
			.selectAll()
			.where('rule_set_id', '=', ruleSetId)
			.where('revoked_at', 'is', null)
			.orderBy('id')
			.execute()
	).map(decode);
}

/** The overrides in force of every rule set, oldest first, in one query (a page offering every rule set). */
export async function listAllActiveOverrides(db: Kysely<DB>): Promise<RuleOverrideRow[]> {
	return (
		await db.selectFrom('rule_overrides').selectAll().where('revoked_at', 'is', null).orderBy('id').execute()
	).map(decode);
}

/** Every override ever made for a rule set, newest first (history shown on the standards page). */
export async function listOverrideHistory(db: Kysely<DB>, ruleSetId: string): Promise<RuleOverrideRow[]> {
	return (
		await db
			.selectFrom('rule_overrides')
			.selectAll()
			.where('rule_set_id', '=', ruleSetId)
			.orderBy('id', 'desc')
			.execute()
	).map(decode);
}

/** Correct a rule value: replaces any override of the same key; audited (who, when, why, before → after). */
export async function setOverride(
	db: Kysely<DB>,
	ruleSetId: string,
	key: string,
	value: OverrideValue,
	reason: string,
	who: string,
	before: unknown
): Promise<void> {
	await db.transaction().execute(async (trx) => {
		const now = new Date().toISOString();
		await trx
			.updateTable('rule_overrides')
			.set({ revoked_at: now, revoked_by: who })
			.where('rule_set_id', '=', ruleSetId)
			.where('key', '=', key)
			.where('revoked_at', 'is', null)
			.execute();
		await trx
			.insertInto('rule_overrides')
			.values({ rule_set_id: ruleSetId, key, value: JSON.stringify(value), reason, created_at: now, created_by: who })
			.execute();
		await auditOverride(trx, { ruleSetId, key, who, reason, now }, 'update', before, value);
	});
}

/** An override's audit row: entity 'rule_override', keyed `<rule set>:<key>`, the reason as its note. */
function auditOverride(
	trx: Transaction<DB>,
	o: { ruleSetId: string; key: string; who: string; reason: string; now: string },
	action: 'update' | 'delete',
	before: unknown,
	after: unknown
): Promise<void> {
	return appendAudit(
		trx,
		[
			{
				who: o.who,
				dataset_id: null,
				entity: 'rule_override',
				entity_key: `${o.ruleSetId}:${o.key}`,
				action,
				field: o.key,
				before,
				after,
				note: o.reason
			}
		],
		o.now
	);
}

/** Return a value to the legal text's figure. */
export async function revokeOverride(
	db: Kysely<DB>,
	ruleSetId: string,
	key: string,
	who: string,
	reason: string
): Promise<number> {
	return db.transaction().execute(async (trx) => {
		const now = new Date().toISOString();
		const active = await trx
			.selectFrom('rule_overrides')
			.selectAll()
			.where('rule_set_id', '=', ruleSetId)
			.where('key', '=', key)
			.where('revoked_at', 'is', null)
			.execute();
		if (!active.length) return 0;
		await trx
			.updateTable('rule_overrides')
			.set({ revoked_at: now, revoked_by: who })
			.where(
				'id',
				'in',
				active.map((a) => a.id)
			)
			.execute();
		await auditOverride(trx, { ruleSetId, key, who, reason, now }, 'delete', JSON.parse(active.at(-1)!.value), null);
		return active.length;
	});
}
