/**
 * GET /api/scenarios/[sid]: a scenario with its whole evaluation (every group, the subject units left, the
 * exemptions: MBs for a scenario of a whole country). The answer is made once per state and kept, serialised and
 * compressed (issue 14 item 5: 50 readers asking for the same scenario must not each evaluate, stringify and
 * compress it): keyed by the scenario's row as read on every request (version, status, names, update time…), the
 * workspace (dataset version, rule set, overrides, phases), so any change anywhere gives a new answer. Per database
 * handle, bounded (least recently used first; SCENARIO_ANSWER_CACHE entries, default 16). With its ETag, a client
 * that has it gets 304.
 */
import type { Kysely } from 'kysely';
import { createHash } from 'node:crypto';
import type { PhaseId } from '../domain/rules/index.ts';
import { evaluateScenarioIncremental } from '../domain/scenario/index.ts';
import { checkNotDeleted, scenarioNotFound, VersionConflictError } from '../domain/scenario/lifecycle.ts';
import { compressBody } from './compress.ts';
import { getScenarioHead } from './db/scenario-head.repository.ts';
import { HandleCache } from './handle-cache.ts';
import type { DB } from './db/schema.ts';
import { keptBytes, pickEncoding } from './services/map-geometry.ts';
import { contentAt } from './services/scenario-content-cache.ts';
import { loadWorkspace } from './services/scenario-workspace.ts';

interface Answer {
	body: Buffer;
	etag: string;
	encoded: Map<'br' | 'gzip', Promise<Buffer>>;
}

const limit = () => Math.max(1, Number(process.env.SCENARIO_ANSWER_CACHE) || 16);
const caches = new HandleCache<Answer>(limit);

/** The answer to GET /api/scenarios/[sid] (404/410 as ScenarioStateError, thrown). */
export async function scenarioAnswer(
	db: Kysely<DB>,
	request: Request | undefined,
	id: number,
	phases: PhaseId[] | undefined
): Promise<Response> {
	const answer = await keptAnswer(db, id, phases);
	const headers: Record<string, string> = {
		'content-type': 'application/json',
		'cache-control': 'private, no-cache',
		etag: answer.etag,
		vary: 'Accept-Encoding'
	};
	const header = (name: string) => request?.headers.get(name) ?? null;
	if (
		header('if-none-match')
			?.split(',')
			.some((t) => t.trim() === answer.etag)
	)
		return new Response(null, { status: 304, headers });
	const enc = pickEncoding(header('accept-encoding'));
	if (!enc || answer.body.length < 1024) return new Response(keptBytes(answer.body), { headers });
	let e = answer.encoded.get(enc);
	if (!e) {
		e = compressBody(answer.body, enc);
		answer.encoded.set(enc, e);
	}
	return new Response(keptBytes(await e), { headers: { ...headers, 'content-encoding': enc } });
}

/**
 * The kept answer of the scenario's current state, made when there is none. The content is read after the head
 * (from the content cache, else the database): a write that lands between the two reads makes the content of
 * another version (VersionConflictError), and the reader then starts again from the new head rather than answer a
 * read with a conflict.
 */
async function keptAnswer(db: Kysely<DB>, id: number, phases: PhaseId[] | undefined, tries = 3): Promise<Answer> {
	const head = await getScenarioHead(db, id);
	if (!head) throw scenarioNotFound(id);
	checkNotDeleted(head);
	const workspace = await loadWorkspace(db, head.datasetId, head.ruleSetId, { phases });
	const key = `${JSON.stringify(head)}|${workspace.key}`;
	const p = caches.get(db, key, () =>
		contentAt(db, head).then((content) => {
			const scenario = { ...head, content };
			const evaluation = evaluateScenarioIncremental(content, workspace.basis, workspace.memo);
			const body = Buffer.from(JSON.stringify({ scenario, evaluation }), 'utf8');
			const etag = `W/"${createHash('sha1').update(body).digest('base64url')}"`;
			return { body, etag, encoded: new Map() };
		})
	);
	try {
		return await p;
	} catch (e) {
		if (e instanceof VersionConflictError && tries > 1) return keptAnswer(db, id, phases, tries - 1);
		throw e;
	}
}
