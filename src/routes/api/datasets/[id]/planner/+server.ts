import { getDb } from '$lib/server/db/database';
import { PlannerError, runPlanner } from '$lib/server/planner.service';
import { handleScenario, idParam, readBody, scenarioErrorResponse } from '$lib/server/scenario-http';
import type { RequestHandler } from './$types';

/**
 * Run the planner on a dataset (issue 13). JSON body: { ruleSetId?, keepScenarioId?, options? }. The answer is a
 * stream of JSON lines (application/x-ndjson): { type: 'progress', done, stage } while it works, then
 * { type: 'result', result } or { type: 'error', status, error, message: { vi, en } }.
 */
export const POST: RequestHandler = ({ params, request }) =>
	handleScenario(async () => {
		const datasetId = idParam(params.id);
		const body = await readBody(request);
		const db = await getDb();
		const enc = new TextEncoder();
		const stream = new ReadableStream<Uint8Array>({
			async start(controller) {
				const send = (o: unknown) => controller.enqueue(enc.encode(JSON.stringify(o) + '\n'));
				send({ type: 'progress', done: 0, stage: 'load' });
				try {
					const result = await runPlanner(db, {
						datasetId,
						ruleSetId: typeof body.ruleSetId === 'string' && body.ruleSetId ? body.ruleSetId : null,
						keepScenarioId: Number.isInteger(body.keepScenarioId) ? (body.keepScenarioId as number) : null,
						options: (body.options && typeof body.options === 'object' ? body.options : {}) as never,
						onProgress: (done, stage) => send({ type: 'progress', done, stage })
					});
					send({ type: 'result', result });
				} catch (e) {
					if (e instanceof PlannerError) send({ type: 'error', status: 400, error: 'planner', message: e.messages });
					else {
						const r = scenarioErrorResponse(e);
						const b = await r.json().catch(() => ({}));
						send({ type: 'error', status: r.status, ...b });
					}
				}
				controller.close();
			}
		});
		return new Response(stream, { headers: { 'content-type': 'application/x-ndjson; charset=utf-8' } });
	});
