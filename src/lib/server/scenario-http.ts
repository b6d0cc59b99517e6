/**
 * HTTP shapes of the scenario API: the errors of the repository, the domain and the plan import as JSON responses
 * with their status codes, and the small request-body readers the endpoints share.
 *
 *   409 { error: 'conflict', currentVersion, expectedVersion, message: { vi, en } }      stale version
 *   422 { error: 'invalid_op', code, params, opIndex?, message: { vi, en } }             an edit op is refused
 *   422 { error: 'invalid_plan', problems: [{ code, where: { file, row, column }, message }] }  plan CSV problems
 *   404 { error: 'not_found' | 'dataset_not_found', message }                            no such scenario/dataset
 *   410 { error: 'deleted' | 'restore_expired', message }                                 soft-deleted
 *   409 { error: 'frozen', message }                                                     submitted or approved
 *   409 { error: 'bad_move' | 'stale_status', message }   a status move the state does not allow / status changed
 *   403 { error: 'move_forbidden', message }             a status move the actor's role may not make
 *   422 { error: 'reason_required', message }            a return without a reason
 *   422 { error: 'nothing_to_undo' | 'nothing_to_redo' | 'not_deleted' | 'bad_name', message }
 *   422 { error: 'invalid_content', problems: [{ code, params, groupId, message }] }     a new scenario's content
 *   400 { error: 'unknown_rule_set', message }                                           no such rule set
 *   400 { error: 'bad_request', message }                                                malformed body
 *
 * Form actions get the same statuses through `scenarioFail` (fail(status, { error: { vi, en } })).
 */
import { fail, json, type ActionFailure, type RequestHandler } from '@sveltejs/kit';
import type { Bilingual } from '../domain/messages.ts';
import {
	ScenarioEditError,
	ScenarioOpError,
	type ScenarioEditEvaluation,
	type ScenarioEvaluation
} from '../domain/scenario/index.ts';
import { ScenarioContentError, ScenarioStateError, VersionConflictError } from '../domain/scenario/lifecycle.ts';
import type { Scenario } from './db/scenario.repository.ts';
import { getDb } from './db/database.ts';
import { evaluateStored, parsePhases, stepScenario } from './services/scenario.service.ts';
import { ImportError, type ImportWarning } from './import/errors.ts';
import { PlanCsvError } from './import/plan-csv.ts';

/** A request that cannot be read (not JSON, missing version…). */
export class BadRequestError extends Error {
	readonly vi: string;
	constructor(vi: string, en: string) {
		super(en);
		this.vi = vi;
	}
}

const STATE_STATUS: Record<string, number> = {
	not_found: 404,
	dataset_not_found: 404,
	deleted: 410,
	restore_expired: 410,
	// Issue 11 item 3: an edit of a submitted or approved scenario is a conflict with its state.
	frozen: 409,
	stale_status: 409,
	bad_move: 409,
	move_forbidden: 403,
	reason_required: 422,
	comment_not_found: 404,
	bad_comment: 422,
	nothing_to_undo: 422,
	nothing_to_redo: 422,
	not_deleted: 422,
	bad_name: 422,
	unknown_rule_set: 400
};

/** The HTTP status of a known error, or undefined (unknown errors are 500s). */
export function scenarioErrorStatus(e: unknown): number | undefined {
	if (e instanceof VersionConflictError) return 409;
	if (e instanceof ScenarioStateError) return STATE_STATUS[e.code] ?? 422;
	if (e instanceof ScenarioEditError || e instanceof ScenarioContentError) return 422;
	if (e instanceof PlanCsvError || e instanceof ImportError) return 422;
	if (e instanceof BadRequestError) return 400;
	return undefined;
}

/** A form action's answer to a known error: fail(status, { error: { vi, en } }); unknown errors are rethrown. */
export function scenarioFail(e: unknown): ActionFailure<{ error: Bilingual }> {
	const status = scenarioErrorStatus(e);
	if (status === undefined) throw e;
	if (e instanceof BadRequestError) return fail(status, { error: { vi: e.vi, en: e.message } });
	if (e instanceof ImportError) return fail(status, { error: { vi: e.describe('vi'), en: e.describe('en') } });
	return fail(status, { error: (e as { messages: Bilingual }).messages });
}

/** The JSON response for a known error; unknown errors are rethrown (500). */
export function scenarioErrorResponse(e: unknown): Response {
	if (e instanceof VersionConflictError) {
		return json(
			{ error: 'conflict', currentVersion: e.currentVersion, expectedVersion: e.expectedVersion, message: e.messages },
			{ status: 409 }
		);
	}
	if (e instanceof ScenarioEditError) {
		return json(
			{
				error: 'invalid_op',
				code: e.code,
				params: e.params,
				...(e instanceof ScenarioOpError ? { opIndex: e.opIndex } : {}),
				message: e.messages
			},
			{ status: 422 }
		);
	}
	if (e instanceof ScenarioContentError) {
		return json(
			{
				error: 'invalid_content',
				problems: e.problems.map((p) => ({
					code: p.code,
					params: p.params,
					groupId: p.groupId ?? null,
					message: p.messages
				}))
			},
			{ status: 422 }
		);
	}
	if (e instanceof ScenarioStateError)
		return json({ error: e.code, message: e.messages }, { status: STATE_STATUS[e.code] ?? 422 });
	if (e instanceof PlanCsvError) {
		return json(
			{
				error: 'invalid_plan',
				problems: e.problems.map((p) => ({
					code: p.code,
					where: p.where,
					message: { vi: p.describe('vi'), en: p.describe('en') }
				}))
			},
			{ status: 422 }
		);
	}
	if (e instanceof ImportError) {
		return json(
			{
				error: 'invalid_plan',
				problems: [{ code: e.code, where: e.where, message: { vi: e.describe('vi'), en: e.describe('en') } }]
			},
			{ status: 422 }
		);
	}
	if (e instanceof BadRequestError)
		return json({ error: 'bad_request', message: { vi: e.vi, en: e.message } }, { status: 400 });
	throw e;
}

/** Run a handler body, turning the known errors into their responses. */
export async function handleScenario(fn: () => Promise<Response>): Promise<Response> {
	try {
		return await fn();
	} catch (e) {
		return scenarioErrorResponse(e);
	}
}

/** The JSON body of a request as an object ({} when empty); 400 when it is not JSON. */
export async function readBody(request: Request): Promise<Record<string, unknown>> {
	const text = await request.text();
	if (!text.trim()) return {};
	try {
		const v = JSON.parse(text);
		if (v && typeof v === 'object' && !Array.isArray(v)) return v as Record<string, unknown>;
	} catch {
		/* fall through */
	}
	throw new BadRequestError('Nội dung yêu cầu không phải JSON hợp lệ.', 'The request body is not valid JSON.');
}

/** The `version` a change was made on: a positive whole number, required. */
export function requireVersion(body: Record<string, unknown>): number {
	const v = body.version;
	if (typeof v !== 'number' || !Number.isInteger(v) || v < 1) {
		throw new BadRequestError(
			'Thiếu số phiên bản (version) mà thay đổi dựa trên.',
			'Missing the version the change was made on ("version").'
		);
	}
	return v;
}

/** An id from the path. */
export function idParam(raw: string): number {
	const n = Number(raw);
	if (!Number.isInteger(n) || n < 1) throw new BadRequestError(`Mã không hợp lệ: ${raw}.`, `Not a valid id: ${raw}.`);
	return n;
}

/** Warnings of an import as API data. */
export function warningsJson(
	ws: ImportWarning[]
): { code: string; where: ImportWarning['where']; message: { vi: string; en: string } }[] {
	return ws.map((w) => ({ code: w.code, where: w.where, message: { vi: w.message_vi, en: w.message_en } }));
}

/** What an edit (ops, undo, redo) answers: the new version and content, the undo/redo flags, the evaluation. */
export function editResponse(scenario: Scenario, evaluation: ScenarioEvaluation | ScenarioEditEvaluation): Response {
	return json({
		version: scenario.version,
		content: scenario.content,
		canUndo: scenario.canUndo,
		canRedo: scenario.canRedo,
		evaluation
	});
}

/**
 * What ops answer: the new version, the undo/redo flags and the edit's evaluation (the groups it changed, with their
 * members, and the totals). Not the whole content: the client applied the same ops to its own copy, and sending
 * every group back at each click would cost what the edit no longer costs (issue 14 item 2).
 */
export function opsResponse(scenario: Scenario, evaluation: ScenarioEditEvaluation): Response {
	return json({ version: scenario.version, canUndo: scenario.canUndo, canRedo: scenario.canRedo, evaluation });
}

/**
 * The one handler of POST /api/scenarios/[sid]/undo and /redo. Body: { version } → 200 { version, content, canUndo,
 * canRedo, evaluation } | 409 conflict | 422 nothing_to_undo / nothing_to_redo. Query: phases=… as for GET.
 */
export function scenarioStepHandler(kind: 'undo' | 'redo'): RequestHandler<{ sid: string }> {
	return ({ params, request, locals, url }) =>
		handleScenario(async () => {
			const db = await getDb();
			const id = idParam(params.sid);
			const version = requireVersion(await readBody(request));
			const scenario = await stepScenario(db, locals.user, id, kind, version);
			const phases = parsePhases(url.searchParams.get('phases'));
			return editResponse(scenario, (await evaluateStored(db, scenario, { phases })).evaluation);
		});
}
