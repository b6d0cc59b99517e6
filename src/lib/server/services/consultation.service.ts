/**
 * Public consultation use cases (issue 12 item 1; domain.md §7): what the "Lấy ý kiến" page, its API, the overview and
 * the dossier read, and the changes editors make: the voters' results per affected unit (a batch from the grid, or a
 * CSV, all or nothing) and the People's Council resolutions. Every change is audited with who, when, what,
 * before → after. A submitted or approved scenario is frozen: its consultation refuses changes (409 frozen), as every
 * other edit of it does.
 */
import { randomUUID } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import {
	affectedUnits,
	agreementClauseText,
	CONSULTATION_PROCEDURE,
	CONSULTATION_RULES,
	ConsultationInputError,
	consultationRows,
	expectedCouncils,
	isEmptyVote,
	readVoteCsv,
	summarizeConsultation,
	validateResolution,
	validateVoteEdits,
	VOTE_FIELDS,
	type AffectedUnit,
	type ConsultationRow,
	type ConsultationSummary,
	type ConsultationVote,
	type CouncilResolution,
	type CouncilResolutionInput,
	type ExpectedCouncil,
	type StoredConsultationVote
} from '../../domain/consultation/index.ts';
import { isFrozen, checkWritable, scenarioNotFound, ScenarioStateError } from '../../domain/scenario/lifecycle.ts';
import { bi, type Lang } from '../../domain/messages.ts';
import type { DossierConsultation } from '../../domain/dossier/types.ts';
import { formatCitation } from '../../domain/rules/text-labels.ts';
import type { AuditEntry } from '../db/audit.repository.ts';
import {
	deleteResolution,
	getResolution,
	insertResolution,
	listResolutions,
	listVotes,
	updateResolution,
	writeVotes
} from '../db/consultation.repository.ts';
import { lockScenario } from '../db/scenario.repository.ts';
import type { DB } from '../db/schema.ts';
import { decodeText } from '../import/geojson.ts';
import { ImportError } from '../import/errors.ts';
import { evaluateStored } from './scenario-workspace.ts';
import { requireScenario, type Actor, type DatasetScope } from './scenario.service.ts';
import { both } from '../../i18n/catalogue.ts';

type Db = Kysely<DB>;

/** Everything the consultation page and the dossier show of a scenario. */
export interface ScenarioConsultation {
	scenario: { id: number; datasetId: number; name: string; status: string; version: number; frozen: boolean };
	affected: AffectedUnit[];
	rows: ConsultationRow[];
	/** Results entered for units that are no longer in any group (kept, not counted). */
	orphanVotes: StoredConsultationVote[];
	resolutions: CouncilResolution[];
	expectedCouncils: ExpectedCouncil[];
	summary: ConsultationSummary;
	/** The threshold and the clauses, as printed. */
	rule: {
		threshold: number;
		verified: boolean;
		clause: { vi: string; en: string };
		procedure: { vi: string; en: string };
	};
}

/** The affected units of a stored scenario (names of the new units from the same evaluation as the screens). */
async function affectedOf(db: Db, scenarioId: number, scope: DatasetScope = {}) {
	const scenario = await requireScenario(db, scenarioId, scope);
	const { evaluation, workspace } = await evaluateStored(db, scenario);
	const names = Object.fromEntries(evaluation.groups.map((g) => [g.id, g.name]));
	const affected = affectedUnits(scenario.content.groups, workspace.units, names);
	return { scenario, affected, units: workspace.units };
}

/** A scenario's consultation: affected units with their results and verdicts, resolutions, the summary. */
export async function scenarioConsultation(
	db: Db,
	scenarioId: number,
	scope: DatasetScope = {}
): Promise<ScenarioConsultation> {
	const { scenario, affected, units } = await affectedOf(db, scenarioId, scope);
	const [votes, resolutions] = await Promise.all([listVotes(db, scenarioId), listResolutions(db, scenarioId)]);
	const rows = consultationRows(affected, votes);
	const expected = expectedCouncils(affected, units);
	const codes = new Set(affected.map((a) => a.code));
	return {
		scenario: {
			id: scenario.id,
			datasetId: scenario.datasetId,
			name: scenario.name,
			status: scenario.status,
			version: scenario.version,
			frozen: isFrozen(scenario.status)
		},
		affected,
		rows,
		orphanVotes: votes.filter((v) => !codes.has(v.unitCode)),
		resolutions,
		expectedCouncils: expected,
		summary: summarizeConsultation(rows, expected, resolutions),
		rule: {
			threshold: CONSULTATION_RULES.minAgreeShare.value,
			verified: CONSULTATION_RULES.minAgreeShare.verified,
			clause: bi(agreementClauseText('vi'), agreementClauseText('en')),
			procedure: bi(formatCitation(CONSULTATION_PROCEDURE, 'vi'), formatCitation(CONSULTATION_PROCEDURE, 'en'))
		}
	};
}

/** Run a change on a locked, writable scenario (not deleted, not submitted or approved) in one transaction. */
async function onWritable<T>(
	db: Db,
	scenarioId: number,
	fn: (trx: Transaction<DB>, s: { datasetId: number }) => Promise<T>
): Promise<T> {
	return db.transaction().execute(async (trx) => {
		const s = await lockScenario(trx, scenarioId);
		if (!s) throw scenarioNotFound(scenarioId);
		// The consultation is not part of the versioned content: only the state is checked, not the version.
		checkWritable(s, s.version);
		return fn(trx, { datasetId: s.datasetId });
	});
}

/**
 * Write the votes `build` makes from the stored ones (each replacing the unit's stored vote; an empty vote deletes it),
 * audited per field, in one transaction on the locked scenario.
 */
async function storeVotes(
	db: Db,
	actor: Actor,
	scenarioId: number,
	build: (stored: ReadonlyMap<string, ConsultationVote>) => ConsultationVote[],
	source: string
): Promise<number> {
	return onWritable(db, scenarioId, async (trx, s) => {
		const stored = new Map((await listVotes(trx, scenarioId)).map((v) => [v.unitCode, v]));
		const next = build(stored);
		const at = new Date().toISOString();
		const audit: AuditEntry[] = [];
		const changes: { vote: ConsultationVote; existed: boolean; remove: boolean }[] = [];
		for (const v of next) {
			const before = stored.get(v.unitCode);
			const remove = isEmptyVote(v);
			let changed = false;
			for (const f of VOTE_FIELDS) {
				const b = before?.[f] ?? null;
				const a = v[f] ?? null;
				if (b === a) continue;
				changed = true;
				audit.push({
					who: actor.id,
					dataset_id: s.datasetId,
					entity: 'consultation',
					entity_key: `${scenarioId}/${v.unitCode}`,
					action: remove ? 'delete' : before ? 'update' : 'create',
					field: f,
					// SQL null (not the JSON text "null") for a value that was or becomes empty.
					before: b ?? undefined,
					after: a ?? undefined,
					note: source
				});
			}
			if (changed && (before || !remove)) changes.push({ vote: v, existed: !!before, remove });
		}
		await writeVotes(trx, scenarioId, changes, actor.id, audit, at);
		return changes.length;
	});
}

/**
 * Save a batch of edits from the grid or the API: `{ rows: [{ code, patch: { voters?, agreeing?, date?, note? } }] }`.
 * All or nothing: any problem → ConsultationInputError (422) with the row, unit and field of each.
 */
export async function saveConsultationVotes(db: Db, actor: Actor, scenarioId: number, body: unknown): Promise<number> {
	const { scenario, affected } = await affectedOf(db, scenarioId);
	// A frozen scenario answers "frozen" before its input is judged (checked again under the lock).
	checkWritable(scenario, scenario.version);
	const stored = new Map((await listVotes(db, scenarioId)).map((v) => [v.unitCode, v]));
	const first = validateVoteEdits(body, affected, stored);
	if (first.problems.length) throw new ConsultationInputError(first.problems);
	// The patches are applied again to what the locked transaction reads, so that two editors of different cells of
	// one unit both keep their change; the whole vote is checked again there.
	return storeVotes(
		db,
		actor,
		scenarioId,
		(fresh) => {
			const again = validateVoteEdits(body, affected, fresh);
			if (again.problems.length) throw new ConsultationInputError(again.problems);
			return again.votes;
		},
		'grid'
	);
}

/**
 * Import the voters' results from a CSV (UTF-8): one row per affected unit, all or nothing; the columns given replace
 * the unit's stored values. Any problem → ConsultationInputError naming the line and the unit.
 */
export async function importConsultationCsv(
	db: Db,
	actor: Actor,
	scenarioId: number,
	file: { name: string; data: Uint8Array | string }
): Promise<{ rows: number; changed: number; ignoredColumns: string[] }> {
	const { scenario, affected } = await affectedOf(db, scenarioId);
	// A frozen scenario says so before the file is read.
	checkWritable(scenario, scenario.version);
	let text: string;
	try {
		text = decodeText(file.name, file.data);
	} catch (e) {
		if (e instanceof ImportError)
			throw new ConsultationInputError([
				{
					row: e.where.row,
					message: both('services.consultationService.nameP2', {
						name: file.name,
						p1: e.describe('vi'),
						p2: e.describe('en')
					})
				}
			]);
		throw e;
	}
	const r = readVoteCsv(text, affected);
	if (r.problems.length) throw new ConsultationInputError(r.problems);
	// Columns the file does not have keep the stored values (a file of counts only keeps the dates entered).
	const changed = await storeVotes(
		db,
		actor,
		scenarioId,
		(stored) =>
			r.votes.map((v) => {
				const b = stored.get(v.unitCode);
				const keep = (f: 'date' | 'note') => (r.columns.includes(f) ? v[f] : (b?.[f] ?? null));
				return { ...v, date: keep('date'), note: keep('note') };
			}),
		`CSV ${file.name}`
	);
	return { rows: r.votes.length, changed, ignoredColumns: r.ignoredColumns };
}

/** Frozen → refused first; then what a resolution's unit may be: an affected commune (commune level), an affected or parent district. */
async function resolutionUnits(db: Db, scenarioId: number) {
	const { scenario, affected, units } = await affectedOf(db, scenarioId);
	checkWritable(scenario, scenario.version);
	const expected = expectedCouncils(affected, units);
	const ok = new Set(expected.map((c) => `${c.level}:${c.unitCode ?? ''}`));
	return (level: string, code: string) => ok.has(`${level}:${code}`);
}

const resolutionAudit = (
	actor: Actor,
	datasetId: number,
	scenarioId: number,
	id: string,
	action: string,
	before: CouncilResolutionInput | null,
	after: CouncilResolutionInput | null
): AuditEntry => ({
	who: actor.id,
	dataset_id: datasetId,
	entity: 'council_resolution',
	entity_key: `${scenarioId}/${id}`,
	action,
	before,
	after
});

const resolutionNotFound = (scenarioId: number, id: string) =>
	new ScenarioStateError(
		'not_found',
		scenarioId,
		both('services.consultationService.scenarioScenarioidHasNoSuch', { scenarioId, id })
	);

/** Record a People's Council resolution (422 with the problems when a field is wrong). */
export async function addResolution(
	db: Db,
	actor: Actor,
	scenarioId: number,
	raw: unknown
): Promise<CouncilResolution> {
	const { resolution, problems } = validateResolution(raw, await resolutionUnits(db, scenarioId));
	if (!resolution) throw new ConsultationInputError(problems);
	const id = randomUUID();
	await onWritable(db, scenarioId, async (trx, s) => {
		const at = new Date().toISOString();
		const audit = [resolutionAudit(actor, s.datasetId, scenarioId, id, 'create', null, resolution)];
		await insertResolution(trx, scenarioId, id, resolution, actor.id, audit, at);
	});
	return { id, ...resolution };
}

/** Change a resolution (every field given again). */
export async function changeResolution(
	db: Db,
	actor: Actor,
	scenarioId: number,
	id: string,
	raw: unknown
): Promise<CouncilResolution> {
	const { resolution, problems } = validateResolution(raw, await resolutionUnits(db, scenarioId));
	if (!resolution) throw new ConsultationInputError(problems);
	await onWritable(db, scenarioId, async (trx, s) => {
		const before = await getResolution(trx, scenarioId, id);
		if (!before) throw resolutionNotFound(scenarioId, id);
		const { id: _id, ...was } = before;
		void _id;
		const at = new Date().toISOString();
		const audit = [resolutionAudit(actor, s.datasetId, scenarioId, id, 'update', was, resolution)];
		await updateResolution(trx, scenarioId, id, resolution, actor.id, audit, at);
	});
	return { id, ...resolution };
}

/** Delete a resolution. */
export async function removeResolution(db: Db, actor: Actor, scenarioId: number, id: string): Promise<void> {
	await onWritable(db, scenarioId, async (trx, s) => {
		const before = await getResolution(trx, scenarioId, id);
		if (!before) throw resolutionNotFound(scenarioId, id);
		const { id: _id, ...was } = before;
		void _id;
		const at = new Date().toISOString();
		await deleteResolution(
			trx,
			scenarioId,
			id,
			[resolutionAudit(actor, s.datasetId, scenarioId, id, 'delete', was, null)],
			at
		);
	});
}

/**
 * The consultation section of the dossier (DossierConsultation): the units with both counts entered, in the order of
 * the groups, and the resolutions with the unit whose council voted; undefined while nothing is entered (the
 * documents then say so).
 */
export async function dossierConsultation(
	db: Db,
	scenarioId: number,
	lang: Lang
): Promise<DossierConsultation | undefined> {
	const c = await scenarioConsultation(db, scenarioId);
	const entered = c.rows.filter((r) => r.verdict.rate != null);
	if (!entered.length && !c.resolutions.length) return undefined;
	const names = new Map(c.expectedCouncils.map((x) => [`${x.level}:${x.unitCode ?? ''}`, x.name]));
	return {
		units: entered.map((r) => ({
			code: r.unit.code,
			name: r.unit.name,
			voters: r.vote!.voters!,
			agreeing: r.vote!.agreeing!,
			ratePercent: r.verdict.rate! * 100,
			date: r.vote!.date ?? '',
			below50: r.verdict.status === 'not_agreed'
		})),
		resolutions: c.resolutions.map((r) => ({
			level: r.level,
			number: r.number,
			date: r.date,
			votesFor: r.votesFor,
			votesAgainst: r.votesAgainst,
			votesAbstaining: r.votesAbstaining,
			unitCode: r.unitCode,
			unitName: r.unitCode ? (names.get(`${r.level}:${r.unitCode}`) ?? r.unitCode) : null
		})),
		summaryText: c.summary.text[lang],
		clauseText: c.rule.clause[lang]
	};
}
