/**
 * The map endpoints' long geometry work, run in the geometry worker (geometry-worker-main.ts) so that a country's
 * after view does not stall every other request while it is built:
 *  - the `after` detail of a level: its boundaries simplified together (map-geometry.ts `simplifiedLayerGeoJson`);
 *  - a scenario's groups dissolved into the new units (issue 14 item 4: "the after view fetches simplified dissolved
 *    geometry, once"), on those simplified boundaries, one layer at a time with its topology built once
 *    (dissolveScenario: gaps between members filled, a group the arcs cannot trace dissolved by polygon union).
 * Both bodies are kept compressed with an ETag like the other geometry bodies (map-geometry.ts); the dissolved
 * groups per scenario version and update time, so an edit gives a new body and a new ETag.
 */
import type { Kysely } from 'kysely';
import { checkNotDeleted, scenarioNotFound } from '../../domain/scenario/lifecycle.ts';
import { getScenarioHead } from '../db/scenario-head.repository.ts';
import type { DB } from '../db/schema.ts';
import { geometryTexts } from '../db/unit.repository.ts';
import { RequestWorker, workerOf, type WithoutId } from '../request-worker.ts';
import { cachedGeometryResponse, keptGeometry } from './map-geometry.ts';
import { contentAt } from './scenario-content-cache.ts';

type Level = 'district' | 'commune';

/** Main thread → geometry worker. */
export type GeometryJob =
	| { id: number; type: 'simplify'; rows: { code: string; parentCode: string | null; geometry: string }[] }
	| {
			id: number;
			type: 'dissolve';
			layers: { level: Level; text: string }[];
			groupOf: Partial<Record<Level, Record<string, string>>>;
	  };
/** Geometry worker → main thread: the body's text, or what failed. */
export type GeometryJobReply = { id: number; text: string } | { id: number; error: string };

const geometryWorker = workerOf(
	() => new RequestWorker<GeometryJob, GeometryJobReply>(import.meta.url, 'src/lib/server/services/geometry-worker.mjs')
);

async function runJob(job: WithoutId<GeometryJob>, what: string): Promise<string> {
	const r = await geometryWorker().ask(job);
	if ('error' in r) throw new Error(`${what}: ${r.error}`);
	return r.text;
}

const AFTER_TYPE = 'application/geo+json; charset=utf-8';
const afterWhat = (level: Level) => `geometry|${level}|after`;
const buildAfterLayer = (db: Kysely<DB>, datasetId: number, level: Level) => async () =>
	runJob({ type: 'simplify', rows: await geometryTexts(db, datasetId, level) }, `after layer ${level}`);

/** GET …/geometry/[level]?detail=after: the level simplified for the after view. */
export function afterLayerResponse(db: Kysely<DB>, request: Request, datasetId: number, level: Level) {
	return cachedGeometryResponse(
		db,
		request,
		datasetId,
		afterWhat(level),
		AFTER_TYPE,
		buildAfterLayer(db, datasetId, level)
	);
}

/**
 * GET /api/scenarios/[sid]/after-geometry: the scenario's current groups dissolved (features with groupId and
 * level). 404 when the scenario or its dataset is gone (a deleted scenario: 410, as its other reads).
 */
export async function afterDissolvedResponse(db: Kysely<DB>, request: Request, scenarioId: number): Promise<Response> {
	const head = await getScenarioHead(db, scenarioId);
	if (!head) throw scenarioNotFound(scenarioId);
	checkNotDeleted(head);
	return cachedGeometryResponse(
		db,
		request,
		head.datasetId,
		`after-dissolved|${head.id}|${head.version}|${head.updatedAt}`,
		AFTER_TYPE,
		async () => {
			// The content of this very version (the key's): a writer in between makes a VersionConflictError.
			const content = await contentAt(db, head);
			const groupOf: Partial<Record<Level, Record<string, string>>> = {};
			for (const g of content.groups) for (const c of g.members) (groupOf[g.level] ??= {})[c] = g.id;
			const layers: { level: Level; text: string }[] = [];
			for (const level of ['district', 'commune'] as const) {
				if (!groupOf[level]) continue;
				const kept = await keptGeometry(
					db,
					head.datasetId,
					afterWhat(level),
					buildAfterLayer(db, head.datasetId, level)
				);
				if (!kept) throw new Error(`dataset ${head.datasetId} is gone`);
				layers.push({ level, text: kept.toString('utf8') });
			}
			return runJob({ type: 'dissolve', layers, groupOf }, `after view of scenario ${head.id}`);
		}
	);
}
