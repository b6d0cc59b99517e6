/**
 * SQL of a scenario's public consultation: the voters' results per affected unit (consultation_votes) and the
 * People's Council resolutions (council_resolutions). Writes take the caller's transaction and append their audit rows
 * there, so a change and its record commit together.
 */
import type { Kysely, Selectable, Transaction } from 'kysely';
import { appendAudit, type AuditEntry } from './audit.repository.ts';
import type { ConsultationVoteTable, CouncilResolutionTable, DB } from './schema.ts';
import type {
	ConsultationVote,
	CouncilLevel,
	CouncilResolution,
	CouncilResolutionInput,
	StoredConsultationVote
} from '../../domain/consultation/types.ts';

type Executor = Kysely<DB> | Transaction<DB>;

const toVote = (r: Selectable<ConsultationVoteTable>): StoredConsultationVote => ({
	unitCode: r.unit_code,
	voters: r.voters == null ? null : Number(r.voters),
	agreeing: r.agreeing == null ? null : Number(r.agreeing),
	date: r.vote_date,
	note: r.note,
	updatedAt: r.updated_at,
	updatedBy: r.updated_by
});

const toResolution = (r: Selectable<CouncilResolutionTable>): CouncilResolution => ({
	id: r.id,
	level: r.level as CouncilLevel,
	unitCode: r.unit_code,
	number: r.number,
	date: r.resolution_date,
	votesFor: Number(r.votes_for),
	votesAgainst: Number(r.votes_against),
	votesAbstaining: Number(r.votes_abstaining),
	note: r.note
});

/** A scenario's consultation results, by unit code. */
export async function listVotes(db: Executor, scenarioId: number): Promise<StoredConsultationVote[]> {
	const rows = await db
		.selectFrom('consultation_votes')
		.selectAll()
		.where('scenario_id', '=', scenarioId)
		.orderBy('unit_code')
		.execute();
	return rows.map(toVote);
}

/**
 * Write votes (insert, replace, or delete when `empty(v)`), with the audit rows the caller built. Inside the caller's
 * transaction.
 */
export async function writeVotes(
	trx: Transaction<DB>,
	scenarioId: number,
	changes: { vote: ConsultationVote; existed: boolean; remove: boolean }[],
	who: string,
	audit: AuditEntry[],
	at: string
): Promise<void> {
	for (const { vote: v, existed, remove } of changes) {
		if (remove) {
			await trx
				.deleteFrom('consultation_votes')
				.where('scenario_id', '=', scenarioId)
				.where('unit_code', '=', v.unitCode)
				.execute();
			continue;
		}
		const values = {
			voters: v.voters,
			agreeing: v.agreeing,
			vote_date: v.date,
			note: v.note,
			updated_at: at,
			updated_by: who
		};
		if (existed)
			await trx
				.updateTable('consultation_votes')
				.set(values)
				.where('scenario_id', '=', scenarioId)
				.where('unit_code', '=', v.unitCode)
				.execute();
		else
			await trx
				.insertInto('consultation_votes')
				.values({ scenario_id: scenarioId, unit_code: v.unitCode, ...values })
				.execute();
	}
	await appendAudit(trx, audit, at);
}

/** A scenario's council resolutions: province first, then districts, then communes, each by unit and date. */
export async function listResolutions(db: Executor, scenarioId: number): Promise<CouncilResolution[]> {
	const rows = await db
		.selectFrom('council_resolutions')
		.selectAll()
		.where('scenario_id', '=', scenarioId)
		.orderBy('unit_code')
		.orderBy('resolution_date')
		.orderBy('id')
		.execute();
	const rank: Record<string, number> = { province: 0, district: 1, commune: 2 };
	return rows.map(toResolution).sort((a, b) => rank[a.level] - rank[b.level]);
}

/** One resolution of a scenario, or undefined. */
export async function getResolution(
	db: Executor,
	scenarioId: number,
	id: string
): Promise<CouncilResolution | undefined> {
	const r = await db
		.selectFrom('council_resolutions')
		.selectAll()
		.where('scenario_id', '=', scenarioId)
		.where('id', '=', id)
		.executeTakeFirst();
	return r && toResolution(r);
}

const resolutionColumns = (r: CouncilResolutionInput) => ({
	level: r.level,
	unit_code: r.unitCode,
	number: r.number,
	resolution_date: r.date,
	votes_for: r.votesFor,
	votes_against: r.votesAgainst,
	votes_abstaining: r.votesAbstaining,
	note: r.note
});

/** Insert a resolution (inside the caller's transaction), with its audit rows. */
export async function insertResolution(
	trx: Transaction<DB>,
	scenarioId: number,
	id: string,
	r: CouncilResolutionInput,
	who: string,
	audit: AuditEntry[],
	at: string
): Promise<void> {
	await trx
		.insertInto('council_resolutions')
		.values({
			id,
			scenario_id: scenarioId,
			...resolutionColumns(r),
			created_at: at,
			created_by: who,
			updated_at: at,
			updated_by: who
		})
		.execute();
	await appendAudit(trx, audit, at);
}

/** Replace a resolution's fields (inside the caller's transaction), with its audit rows. */
export async function updateResolution(
	trx: Transaction<DB>,
	scenarioId: number,
	id: string,
	r: CouncilResolutionInput,
	who: string,
	audit: AuditEntry[],
	at: string
): Promise<void> {
	await trx
		.updateTable('council_resolutions')
		.set({ ...resolutionColumns(r), updated_at: at, updated_by: who })
		.where('scenario_id', '=', scenarioId)
		.where('id', '=', id)
		.execute();
	await appendAudit(trx, audit, at);
}

/** Delete a resolution (inside the caller's transaction), with its audit rows. */
export async function deleteResolution(
	trx: Transaction<DB>,
	scenarioId: number,
	id: string,
	audit: AuditEntry[],
	at: string
): Promise<void> {
	await trx.deleteFrom('council_resolutions').where('scenario_id', '=', scenarioId).where('id', '=', id).execute();
	await appendAudit(trx, audit, at);
}
