import type { Kysely } from 'kysely';
import { appendAudit } from './audit.repository.ts';
import type { DB } from './schema.ts';
import { defaultScenarioStaffingInputs, type ScenarioStaffingInputs } from '../../domain/staffing/scenario.ts';

/** The staffing inputs saved on another version than the caller's. */
export class StaffingVersionConflictError extends Error {
	constructor(readonly currentVersion: number) {
		super(`staffing inputs changed elsewhere (version ${currentVersion})`);
	}
}

/** A scenario's staffing inputs (defaults when none saved yet) and their version (0 = never saved). */
export async function getScenarioStaffing(
	db: Kysely<DB>,
	scenarioId: number,
	today = new Date().toISOString().slice(0, 10)
): Promise<{ inputs: ScenarioStaffingInputs; version: number }> {
	const row = await db
		.selectFrom('scenario_staffing')
		.selectAll()
		.where('scenario_id', '=', scenarioId)
		.executeTakeFirst();
	if (!row) return { inputs: defaultScenarioStaffingInputs(today), version: 0 };
	return {
		inputs: { ...defaultScenarioStaffingInputs(today), ...(JSON.parse(row.inputs) as ScenarioStaffingInputs) },
		version: row.version
	};
}

/** Save a scenario's staffing inputs made on `expectedVersion` (409-style conflict otherwise); audited. */
export async function saveScenarioStaffing(
	db: Kysely<DB>,
	scenarioId: number,
	expectedVersion: number,
	inputs: ScenarioStaffingInputs,
	who: string
): Promise<number> {
	return db.transaction().execute(async (trx) => {
		const row = await trx
			.selectFrom('scenario_staffing')
			.selectAll()
			.where('scenario_id', '=', scenarioId)
			.executeTakeFirst();
		const current = row?.version ?? 0;
		if (current !== expectedVersion) throw new StaffingVersionConflictError(current);
		const now = new Date().toISOString();
		const json = JSON.stringify(inputs);
		// The write names the version it read: a concurrent save committed in between (another instance, or another
		// connection of the pool on PostgreSQL) makes it write nothing, and that is a conflict, not a lost update.
		const written = row
			? (
					await trx
						.updateTable('scenario_staffing')
						.set({ inputs: json, version: current + 1, updated_at: now, updated_by: who })
						.where('scenario_id', '=', scenarioId)
						.where('version', '=', current)
						.executeTakeFirst()
				).numUpdatedRows
			: (
					await trx
						.insertInto('scenario_staffing')
						.values({ scenario_id: scenarioId, inputs: json, version: 1, updated_at: now, updated_by: who })
						.onConflict((oc) => oc.column('scenario_id').doNothing())
						.executeTakeFirst()
				).numInsertedOrUpdatedRows;
		if (Number(written) !== 1) {
			const latest = await trx
				.selectFrom('scenario_staffing')
				.select('version')
				.where('scenario_id', '=', scenarioId)
				.executeTakeFirst();
			throw new StaffingVersionConflictError(latest?.version ?? 0);
		}
		const s = await trx.selectFrom('scenarios').select('dataset_id').where('id', '=', scenarioId).executeTakeFirst();
		await appendAudit(
			trx,
			[
				{
					who,
					dataset_id: s?.dataset_id ?? null,
					entity: 'scenario_staffing',
					entity_key: String(scenarioId),
					action: 'update',
					before: row ? JSON.parse(row.inputs) : null,
					after: inputs
				}
			],
			now
		);
		return current + 1;
	});
}
