/**
 * What every scenario use case shares: who acts, the dataset a look-up is restricted to, finding a scenario, and the
 * two transaction shapes (a change of a locked scenario read back inside it; a new scenario stored and read back).
 */
import type { Kysely, Transaction } from 'kysely';
import { checkNotDeleted, scenarioNotFound } from '../../domain/scenario/lifecycle.ts';
import {
	getScenario,
	insertScenario,
	lockScenario,
	type NewScenario,
	type Scenario,
	type StoredHead
} from '../db/scenario.repository.ts';
import type { DB } from '../db/schema.ts';

type Db = Kysely<DB>;

/** Who makes a change (today the signed-in `locals.user`, or the CLI's --who). Recorded in versions and audit. */
export interface Actor {
	id: string;
	name: string;
}

/** Restrict a look-up to one dataset: a scenario of another dataset is "not found" there. */
export interface DatasetScope {
	datasetId?: number;
}

/** A scenario that exists (in `scope.datasetId` when given), deleted or not; else not_found. */
export async function findScenario(db: Db, id: number, scope: DatasetScope = {}): Promise<Scenario> {
	const s = await getScenario(db, id);
	if (!s || (scope.datasetId != null && s.datasetId !== scope.datasetId)) throw scenarioNotFound(id);
	return s;
}

/** A scenario that exists (in `scope.datasetId` when given) and is not deleted; else not_found / deleted. */
export async function requireScenario(db: Db, id: number, scope: DatasetScope = {}): Promise<Scenario> {
	const s = await findScenario(db, id, scope);
	checkNotDeleted(s);
	return s;
}

/** Run a change on a locked scenario in one transaction and read the result back inside it. */
export async function change(
	db: Db,
	id: number,
	fn: (s: StoredHead, trx: Transaction<DB>) => Promise<void>
): Promise<Scenario> {
	return db.transaction().execute(async (trx) => {
		const s = await lockScenario(trx, id);
		if (!s) throw scenarioNotFound(id);
		await fn(s, trx);
		return (await getScenario(trx, id))!;
	});
}

/** Store a validated new scenario in one transaction and read it back. */
export async function store(db: Db, input: NewScenario): Promise<Scenario> {
	return db.transaction().execute(async (trx) => {
		const id = await insertScenario(trx, input, new Date().toISOString());
		return (await getScenario(trx, id))!;
	});
}
